"""The `codegen` command: validation messages, determinism, `check` drift detection, untouched output."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import yaml

from codegen_tests.helpers import ROOT, run_codegen, tree_bytes

SPECS = sorted((ROOT / "specs").glob("*.yaml"))


def test_validate_accepts_the_three_provider_specs() -> None:
    result = run_codegen("validate")
    assert result.returncode == 0, result.stderr
    for spec in SPECS:
        assert f"{spec.name}: ok" in result.stdout


def _broken_copy(tmp_path: Path, mutate: object) -> Path:
    data = yaml.safe_load((ROOT / "specs" / "wacrm.yaml").read_text(encoding="utf-8"))
    mutate(data)  # type: ignore[operator]
    path = tmp_path / "wacrm.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def _drop_path_param(data: dict) -> None:
    op = data["paths"]["/api/v1/conversations/{id}"]["get"]
    op["parameters"] = [
        p
        for p in op.get("parameters", [])
        if p.get("$ref", "").split("/")[-1] != "ConversationId" and p.get("name") != "id"
    ]
    data["paths"]["/api/v1/conversations/{id}"].pop("parameters", None)


def _bad_pagination(data: dict) -> None:
    data["paths"]["/api/v1/conversations"]["get"]["x-pagination"]["next-cursor"] = "meta.nope"


def _error_without_schema(data: dict) -> None:
    data["paths"]["/api/v1/me"]["get"]["responses"]["401"] = {"description": "no body schema"}


def _bad_example(data: dict) -> None:
    media = data["paths"]["/api/v1/conversations"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]
    name = next(iter(media["examples"]))
    media["examples"][name]["value"]["data"][0]["unread_count"] = "many"


@pytest.mark.parametrize(
    ("mutate", "location", "words"),
    [
        (_drop_path_param, "#/paths/~1api~1v1~1conversations~1{id}/get", "path parameter {id}"),
        (
            _bad_pagination,
            "#/paths/~1api~1v1~1conversations/get/x-pagination/next-cursor",
            "meta.nope",
        ),
        (_error_without_schema, "#/paths/~1api~1v1~1me/get/responses/401", "no schema"),
        (_bad_example, "/unread_count", "example does not match its schema"),
    ],
)
def test_a_broken_spec_is_refused_naming_file_and_location(
    tmp_path: Path, mutate: object, location: str, words: str
) -> None:
    path = _broken_copy(tmp_path, mutate)
    result = run_codegen("validate", str(path))
    assert result.returncode == 2
    assert "wacrm.yaml:" in result.stderr
    assert location in result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_generate_twice_is_byte_identical_and_independent_of_cwd_env_and_hash_seed(
    tmp_path: Path,
) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    assert run_codegen("generate", "--out", str(first)).returncode == 0
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    env = {
        **os.environ,
        "PYTHONHASHSEED": "12345",
        "LANG": "C",
        "TZ": "Pacific/Kiritimati",
        "WACRM_LOG": "debug",
    }
    specs = [str(p) for p in SPECS]
    result = run_codegen("generate", *specs, "--out", str(second), cwd=elsewhere, env=env)
    assert result.returncode == 0, result.stderr
    # the inbox (convapi) is generated with every spec, i.e. when none is named: not in the second run
    without_inbox = {k: v for k, v in tree_bytes(first).items() if not k.startswith("convapi/")}
    assert without_inbox == tree_bytes(second)
    assert tree_bytes(first) == tree_bytes(ROOT / "generated")
    text = b"".join(tree_bytes(first).values())
    assert str(tmp_path).encode() not in text and str(ROOT).encode() not in text


def test_check_passes_on_the_committed_tree() -> None:
    result = run_codegen("check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_reports_drift_with_a_diff(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(ROOT / "specs", project / "specs")
    shutil.copytree(ROOT / "generated", project / "generated")
    spec = project / "specs" / "wacrm.yaml"
    data = yaml.safe_load(spec.read_text(encoding="utf-8"))
    data["paths"]["/api/v1/me"]["get"]["summary"] = "Who am I, changed"
    spec.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    result = run_codegen("check", cwd=project)
    assert result.returncode == 1
    assert "+++ generated/wacrm/" in result.stdout
    assert "Who am I, changed" in result.stdout


def test_an_invalid_spec_leaves_existing_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    assert (
        run_codegen("generate", str(ROOT / "specs" / "wacrm.yaml"), "--out", str(out)).returncode
        == 0
    )
    before = tree_bytes(out)
    broken = _broken_copy(tmp_path, _bad_pagination)
    result = run_codegen("generate", str(broken), "--out", str(out))
    assert result.returncode == 2
    assert tree_bytes(out) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".codegen-")]


def test_usage_errors_exit_2_and_every_subcommand_has_help() -> None:
    assert run_codegen("frobnicate").returncode == 2
    assert run_codegen("generate", "no-such-spec").returncode == 2
    for sub in ("validate", "generate", "check"):
        result = run_codegen(sub, "--help")
        assert result.returncode == 0 and "usage:" in result.stdout
