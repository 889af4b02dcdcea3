"""How `convapi` is generated: from the common model and the specs' mappings, never taken for a provider."""

from __future__ import annotations

from pathlib import Path

from generator.cli import _spec_paths

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "generated" / "convapi" / "src" / "convapi"
RUNTIME = ROOT / "templates" / "unified" / "runtime"


def test_the_common_model_is_not_taken_for_a_provider_spec() -> None:
    found = [p.relative_to(ROOT / "specs").as_posix() for p in _spec_paths([], ROOT)]
    assert found == ["chatbotx.yaml", "datacrazy.yaml", "wacrm.yaml"]
    assert (ROOT / "specs" / "unified" / "model.yaml").is_file()


def test_the_runtime_is_copied_as_written_and_the_development_models_are_the_generated_ones() -> (
    None
):
    for module in sorted(RUNTIME.glob("*.py")):
        if module.name in ("__init__.py", "_providers.py"):
            continue
        assert (PACKAGE / module.name).read_text() == module.read_text(), module.name


def test_the_mapping_tables_are_in_the_package_readme() -> None:
    readme = (ROOT / "generated" / "convapi" / "README.md").read_text()
    for provider in ("chatbotx", "datacrazy", "wacrm"):
        assert f"### {provider} (`{provider}-client==" in readme
    assert "approximated: the provider lists by creation" in readme  # Wacrm
    assert "open: client" in readme  # ChatbotX filters open conversations on the client
    assert "none: the provider sends no webhooks" in readme  # DataCrazy
    # a spec's `note` on an operation, after its row: ChatbotX's servers that want a session
    row = next(
        line
        for line in readme.splitlines()
        if line.startswith("| conversations.list | `conversations.list` | by last activity")
    )
    assert "**note**: older servers refuse a workspace token without a dashboard session" in row
