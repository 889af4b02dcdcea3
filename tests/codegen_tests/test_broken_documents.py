"""Broken documents are refused: exit 2, the file and the place named, no traceback, nothing written.

The documents are the project's own (`tests/fixtures/broken/`), one per class of fault seen in real
documents; `tests/corpus/test_broken_corpus.py` runs the same checks over openapi-python-client's
`documents_with_errors` when the corpus is present.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from codegen_tests.helpers import ROOT, run_codegen

FIXTURES = ROOT / "tests" / "fixtures"
BROKEN = FIXTURES / "broken"

# What each of our broken documents must be refused for, and where.
EXPECTED = {
    "response-code-not-a-status.yaml": ("#/paths/~1ping/get/responses", "'okay' was unexpected"),
    "request-body-ref-cycle.yaml": ("#/paths/~1notes/post/requestBody/$ref", "circular reference"),
    "default-does-not-match-format.yaml": (
        "#/paths/~1sessions/get/parameters/0/schema/default",
        "'owner-of-everything' is not a 'uuid'",
    ),
    "request-body-ref-missing.yaml": (
        "#/paths/~1tickets/post/requestBody/$ref",
        "unresolvable reference '#/components/requestBodies/Ticket'",
    ),
    "path-parameter-not-required.yaml": (
        "#/paths/~1rooms~1{roomId}/get/parameters/0",
        "'required' is a required property",
    ),
}


def _refused(tmp_path: Path, spec: Path) -> str:
    out = tmp_path / "out"
    result = run_codegen("generate", str(spec), "--out", str(out))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists(), "nothing may be written for a refused spec"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".codegen-")]
    return result.stderr


def refused_at(stderr: str, name: str, location: str, words: str) -> None:
    """The refusal names the file (with its folder), the line and column of every problem, and this
    place with these words."""
    placed = re.compile(rf"^(?:\S*/)?{re.escape(name)}:(\d+):(\d+): (error|warning): ")
    lines = [
        line for line in stderr.splitlines() if re.match(rf"^(?:\S*/)?{re.escape(name)}:", line)
    ]
    assert lines, stderr
    assert any(location in line and words in line for line in lines), stderr
    assert all(placed.match(line) for line in lines), "every problem carries its line and column"


def test_every_broken_fixture_has_its_expectation() -> None:
    assert sorted(p.name for p in BROKEN.glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_broken_document_is_refused_with_its_location(tmp_path: Path, name: str) -> None:
    location, words = EXPECTED[name]
    refused_at(_refused(tmp_path, BROKEN / name), name, location, words)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


BASE = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}}


def _op(op_id: str, **extra: object) -> dict:
    return {"operationId": op_id, "responses": {"200": {"description": "ok"}}, **extra}


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    spec = _write(
        tmp_path,
        "bad.yaml",
        "openapi: 3.1.0\ninfo:\n  title: T\n  version: '1'\npaths:\n  /x: [unclosed\n",
    )
    stderr = _refused(tmp_path, spec)
    assert "bad.yaml:" in stderr and "invalid YAML" in stderr
    assert any(f"bad.yaml:{n}:" in stderr for n in (6, 7)), stderr


def test_unresolvable_ref_is_named(tmp_path: Path) -> None:
    doc = {
        **BASE,
        "paths": {
            "/x": {
                "get": {
                    "operationId": "x",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Missing"}
                                }
                            },
                        }
                    },
                }
            }
        },
    }
    stderr = _refused(tmp_path, _write(tmp_path, "ref.yaml", yaml.safe_dump(doc)))
    assert "'#/components/schemas/Missing'" in stderr
    assert "#/paths/~1x/get/responses/200/content/application~1json/schema/$ref" in stderr


def test_duplicate_operation_id_is_refused(tmp_path: Path) -> None:
    doc = {**BASE, "paths": {"/a": {"get": _op("same")}, "/b": {"get": _op("same")}}}
    stderr = _refused(tmp_path, _write(tmp_path, "dup.yaml", yaml.safe_dump(doc)))
    assert "duplicate operationId 'same'" in stderr and "#/paths/~1b/get/operationId" in stderr


def test_undeclared_path_parameter_is_refused(tmp_path: Path) -> None:
    doc = {**BASE, "paths": {"/items/{itemId}": {"get": _op("getItem")}}}
    stderr = _refused(tmp_path, _write(tmp_path, "undeclared.yaml", yaml.safe_dump(doc)))
    assert "{itemId}" in stderr and "#/paths/~1items~1{itemId}/get" in stderr


def test_swagger_2_is_refused_with_a_conversion_hint(tmp_path: Path) -> None:
    doc = {"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {}}
    stderr = _refused(tmp_path, _write(tmp_path, "old.json", json.dumps(doc)))
    assert "convert it to OpenAPI 3 first" in stderr and "#/swagger" in stderr


def test_empty_file_is_refused(tmp_path: Path) -> None:
    stderr = _refused(tmp_path, _write(tmp_path, "empty.yaml", "\n  \n"))
    assert "empty.yaml" in stderr and "empty" in stderr


@pytest.mark.parametrize("text", ["- a\n- b\n", "just a string\n", "42\n"])
def test_a_document_that_is_not_a_mapping_is_refused(tmp_path: Path, text: str) -> None:
    stderr = _refused(tmp_path, _write(tmp_path, "list.yaml", text))
    assert "not a mapping" in stderr


def test_validator_faults_are_fatal_unless_lenient(tmp_path: Path) -> None:
    document = FIXTURES / "lenient" / "operation-with-a-title.yaml"
    strict = run_codegen("validate", str(document))
    assert strict.returncode == 2 and ": error: #/paths/~1widgets/get:" in strict.stderr
    lenient = run_codegen("validate", "--lenient", str(document))
    assert lenient.returncode == 0, lenient.stderr
    assert "operation-with-a-title.yaml:9:5: warning: #/paths/~1widgets/get:" in lenient.stderr
    assert "'title' was unexpected" in lenient.stderr


@pytest.mark.parametrize(
    "path",
    sorted([*BROKEN.glob("*.yaml"), *(FIXTURES / "lenient").glob("*.yaml")]),
    ids=lambda p: p.name,
)
def test_the_crawled_validator_gives_the_shipped_validators_verdict(path: Path) -> None:
    """`load/validator.py` crawls the meta-schema's registry once; the faults found stay the same."""
    from validator_equality import shipped_python

    from generator.load.validator import _spec_validator

    data = yaml.safe_load(path.read_text())
    v31 = str(data.get("openapi", "")).startswith("3.1")
    shipped = shipped_python(v31)

    def faults(cls: type) -> list[tuple[list[object], str]]:
        return [(list(e.absolute_path), e.message) for e in cls(data).iter_errors()]

    expected = faults(shipped)
    assert faults(_spec_validator(v31)) == expected
    assert expected or path.parent.name == "broken"  # the lenient fixture has faults to compare


def test_faults_the_validator_does_not_place_are_each_placed_on_their_own(tmp_path: Path) -> None:
    """The same wrong default in two places: two faults, two places (not the first place twice)."""
    bad = {"type": "string", "format": "uuid", "default": "not-a-uuid"}
    doc = {
        **BASE,
        "openapi": "3.0.3",
        "paths": {
            "/a": {"get": _op("a", parameters=[{"name": "x", "in": "query", "schema": dict(bad)}])},
            "/b": {"get": _op("b", parameters=[{"name": "y", "in": "query", "schema": dict(bad)}])},
        },
    }
    path = _write(tmp_path, "twice.yaml", yaml.safe_dump(doc))
    result = run_codegen("validate", "--lenient", str(path), env=None)
    places = [
        line.split(": ")[2]
        for line in result.stderr.splitlines()
        if "'not-a-uuid' is not a 'uuid'" in line
    ]
    assert sorted(places) == [
        "#/paths/~1a/get/parameters/0/schema/default",
        "#/paths/~1b/get/parameters/0/schema/default",
    ], result.stderr
