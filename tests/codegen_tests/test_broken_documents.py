"""Broken documents are refused: exit 2, the file and the place named, no traceback, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from codegen_tests.helpers import ROOT, run_codegen

ERRORS = ROOT.parent / "shared" / "public-specs" / "openapi-python-client" / "documents_with_errors"

# What each document in the corpus must be refused for, and where.
CORPUS = {
    "bad-status-code.yaml": ("#/paths/~1/get/responses", "abcdef"),
    "circular-body-ref.yaml": ("#/paths/~1/post/requestBody/$ref", "circular reference"),
    "invalid-uuid-defaults.yaml": ("#/paths/~1/post/parameters/0/schema/default", "notauuid"),
    "missing-body-ref.yaml": (
        "#/paths/~1/post/requestBody/$ref",
        "unresolvable reference '#/components/requestBodies/body'",
    ),
    "optional-path-param.yaml": (
        "#/paths/~1{optional}/get/parameters/0",
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


def test_the_corpus_of_broken_documents_is_complete() -> None:
    assert sorted(p.name for p in ERRORS.iterdir()) == sorted(CORPUS)


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_each_broken_document_is_refused_with_its_location(tmp_path: Path, name: str) -> None:
    location, words = CORPUS[name]
    stderr = _refused(tmp_path, ERRORS / name)
    lines = [line for line in stderr.splitlines() if line.startswith(f"{name}:")]
    assert lines, stderr
    assert any(location in line and words in line for line in lines), stderr
    assert all(line.split(":")[1].strip().isdigit() for line in lines), (
        "every problem carries its line"
    )


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
    baseline = (
        ROOT.parent
        / "shared"
        / "public-specs"
        / "openapi-python-client"
        / "baseline_openapi_3.1.yaml"
    )
    strict = run_codegen("validate", str(baseline))
    assert strict.returncode == 2 and ": error: " in strict.stderr
    lenient = run_codegen("validate", "--lenient", str(baseline))
    assert lenient.returncode == 0, lenient.stderr
    assert ": warning: #/paths/~1types~1unions~1duplicate-types/post" in lenient.stderr
