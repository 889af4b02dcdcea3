"""A document the project never saw, and the package READMEs as a reference (issue 23, findings 7 and 9).

`tests/fixtures/unseen/channel-api.yaml` is a small channel API of our own (bearer auth, a PUT and a
PATCH of one resource whose operationIds both say "update", nothing paged). Its package must need no
fixing by hand: distinct method names, `CHANNEL_API_KEY` (no doubled API), an auth line, no section
about pagination, and `--out` where it goes. The provider packages' READMEs and `api.md` say what a
user looks up: arguments with allowed values and defaults, return types and fields, errors, the API's
version apart from the package's, an example payload per webhook event, shared text said once.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from codegen_tests.helpers import ROOT, run_codegen

UNSEEN = ROOT / "tests" / "fixtures" / "unseen" / "channel-api.yaml"
GENERATED = ROOT / "generated"


def _generate(tmp_path: Path, *extra: str) -> Path:
    out = tmp_path / "channel"
    result = run_codegen("generate", str(UNSEEN), "--out", str(out), *extra)
    assert result.returncode == 0, result.stderr
    return out


def test_a_spec_outside_the_project_needs_out_and_lands_nowhere_else(tmp_path: Path) -> None:
    result = run_codegen("generate", str(UNSEEN))
    assert result.returncode == 2
    assert "not one of the project's specs" in result.stderr and "--out" in result.stderr
    assert not (GENERATED / "channel-api").exists()


def test_a_put_and_a_patch_get_distinct_names_and_the_env_prefix_no_doubled_api(
    tmp_path: Path,
) -> None:
    out = _generate(tmp_path)
    resource = (out / "src" / "channel_api_client" / "resources" / "channels.py").read_text()
    assert "def replace(" in resource and "def update(" in resource and "update_2" not in resource
    package = "\n".join(p.read_text() for p in out.rglob("*") if p.is_file())
    assert "CHANNEL_API_KEY" in package and "API_API" not in package
    prefixed = _generate(tmp_path / "prefixed", "--env-prefix", "ACME")
    constants = (prefixed / "src" / "channel_api_client" / "_constants.py").read_text()
    assert (
        'API_KEY_ENV = "ACME_API_KEY"' in constants
        and 'BASE_URL_ENV = "ACME_BASE_URL"' in constants
    )
    bad = run_codegen(
        "generate", str(UNSEEN), "--out", str(tmp_path / "x"), "--env-prefix", "acme-1"
    )
    assert bad.returncode == 2 and "--env-prefix" in bad.stderr


def test_the_readme_of_an_unseen_document_has_an_auth_line_and_no_pagination_without_paging(
    tmp_path: Path,
) -> None:
    readme = (_generate(tmp_path) / "README.md").read_text()
    assert (
        "**Authentication:** `api_key=` (or `CHANNEL_API_KEY`), sent as `Authorization: Bearer <api_key>`."
        in readme
    )
    assert "## Pagination" not in readme and "iter_pages" not in readme
    assert "API version\n2.3.0 (the spec's `info.version`)" in readme.replace(
        "API version 2.3.0", "API version\n2.3.0"
    )


def test_the_reference_lists_arguments_with_allowed_values_defaults_returns_and_errors() -> None:
    reference = (GENERATED / "wacrm" / "api.md").read_text()
    section = reference.split('<a id="op-conversations-list"></a>', 1)[1].split("<a id=", 1)[0]
    assert (
        "| `status` | query | `Literal['open', 'pending', 'closed']` | no | "
        '`"open"`, `"pending"`, `"closed"` |' in section
    )
    assert re.search(r"\| `limit` \| query \| `int` \| no \| 1\.\.100 \| `50` \|", section)
    assert "Returns `ConversationList`: a page of `Conversation`" in section
    assert "404 `NotFoundError`" in reference and "403 `PermissionDeniedError`" in section
    model = reference.split('<a id="model-conversation"></a>', 1)[1].split("<a id=", 1)[0]
    assert "| `unread_count` | `int` | yes | ge 0 |" in model
    assert "| `created_at` | `AwareDatetime` | yes |" in model and "ISO 8601" in model


def test_the_api_version_and_the_package_version_are_each_named_as_what_they_are() -> None:
    spec = yaml.safe_load((ROOT / "specs" / "wacrm.yaml").read_text())
    readme = (GENERATED / "wacrm" / "README.md").read_text()
    head = " ".join(readme.split("\n\n", 2)[1].split())
    assert (
        f"API version {spec['info']['version']} (the spec's `info.version`), package version"
        in head
    )
    assert "(version 2.0.0)" not in readme


def test_every_webhook_event_has_its_example_payload_and_shared_text_is_said_once() -> None:
    spec = yaml.safe_load((ROOT / "specs" / "chatbotx.yaml").read_text())
    readme = (GENERATED / "chatbotx" / "README.md").read_text()
    assert readme.count("A system event, unsigned: ChatbotX posts it") == 1
    assert "As `tag_applied` above." in readme
    reference = (GENERATED / "chatbotx" / "api.md").read_text()
    blocks = [json.loads(b) for b in re.findall(r"```json\n(.*?)\n```", reference, re.S)]
    examples = []
    for item in spec["webhooks"].values():
        for op in item.values():
            media = op["requestBody"]["content"]["application/json"]
            given = media.get("examples") or {}
            if given:
                examples.append(next(iter(given.values()))["value"])
    assert len(examples) >= 20
    assert all(example in blocks for example in examples)
