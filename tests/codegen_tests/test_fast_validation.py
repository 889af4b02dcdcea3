"""The validation fast path (jsonschema-rs decides "no fault"; only a document with faults goes through
the Python validator, whose located messages are printed) gives the Python validator's verdict and
messages on every broken and lenient fixture, on the documents the broken-document tests write, and on
documents made to reach where the two JSON Schema engines could judge differently (formats, patterns,
dialects). `tests/corpus/test_fast_validation.py` does the same over every corpus document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from validator_equality import both_verdicts, validated

from codegen_tests.helpers import ROOT

FIXTURES = ROOT / "tests" / "fixtures"
BASE = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}}


def _op(op_id: str, **extra: Any) -> dict[str, Any]:
    return {"operationId": op_id, "responses": {"200": {"description": "ok"}}, **extra}


def _with_schema(schema: Any, openapi: str = "3.1.0") -> dict[str, Any]:
    return {
        **BASE,
        "openapi": openapi,
        "paths": {"/a": {"get": _op("a")}},
        "components": {"schemas": {"S": schema}},
    }


# Documents written by tests/codegen_tests/test_broken_documents.py, and faults at the edges of the
# two engines: the `regex` format (Python's `re` refuses `\p{L}`, an ECMA engine takes it), formats
# checked only by one side, a default against a pattern, an unknown dialect, a 3.0 document.
MADE: dict[str, dict[str, Any]] = {
    "duplicate-operation-id": {**BASE, "paths": {"/a": {"get": _op("s")}, "/b": {"get": _op("s")}}},
    "clean-undeclared-path-parameter": {  # repaired before validation
        **BASE,
        "paths": {"/items/{itemId}": {"get": _op("getItem")}},
    },
    "operation-title": {**BASE, "paths": {"/a": {"get": {**_op("a"), "title": "x"}}}},
    "unicode-class-pattern": _with_schema({"type": "string", "pattern": "^\\p{L}+$"}),
    "unicode-class-pattern-30": _with_schema({"type": "string", "pattern": "^\\p{L}+$"}, "3.0.3"),
    "unbalanced-pattern": _with_schema({"type": "string", "pattern": "^(a$"}),
    "clean-lookbehind-pattern": _with_schema({"type": "string", "pattern": "(?<=a)b"}),
    "clean-id-not-a-uri": _with_schema({"$id": "not a uri", "type": "string"}),
    "default-against-pattern": _with_schema(
        {"type": "string", "pattern": "^(0|[1-9][0-9]*)$", "default": "02"}
    ),
    "default-not-a-uuid-30": _with_schema(
        {"type": "string", "format": "uuid", "default": "x"}, "3.0.3"
    ),
    "default-date-31": _with_schema({"type": "string", "format": "date", "default": "2024-13-40"}),
    "unknown-dialect": _with_schema({"$schema": "https://example.com/dialect", "type": "string"}),
    "type-not-a-type": _with_schema({"type": "strin"}),
    "minimum-a-string": _with_schema({"type": "integer", "minimum": "1"}),
    "clean-nullable-in-31": _with_schema({"type": "string", "nullable": True}),
    "required-not-unique": _with_schema(
        {"type": "object", "properties": {"a": {}}, "required": ["a", "a"]}
    ),
    "required-undeclared-allof": _with_schema(
        {"allOf": [{"type": "object", "properties": {"a": {}}}], "required": ["b"]}
    ),
    "info-without-title": {"openapi": "3.1.0", "info": {"version": "1"}, "paths": {}},
    "clean-30": _with_schema(
        {"type": "string", "format": "uuid", "default": "3fa85f64-5717-4562-b3fc-2c963f66afa6"},
        "3.0.3",
    ),
    "clean-31": _with_schema({"type": ["string", "null"], "pattern": "^[a-z]+$", "default": "ab"}),
}

PATHS = sorted([*(FIXTURES / "broken").glob("*.yaml"), *(FIXTURES / "lenient").glob("*.yaml")])


def _same(document: Any) -> bool:
    fast, reported, python = both_verdicts(document)
    assert fast == (not python), "the fast path and the Python validator disagree"
    assert reported == python  # the located messages a user sees
    return fast


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.name)
def test_a_fixture_gets_the_python_validators_verdict_and_messages(path: Path) -> None:
    document = validated(path)
    assert document is not None
    _same(document)


@pytest.mark.parametrize("name", sorted(MADE))
def test_a_made_document_gets_the_python_validators_verdict_and_messages(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(MADE[name], sort_keys=False))
    document = validated(path)
    assert document is not None
    clean = _same(document)
    assert clean == name.startswith("clean-"), "each made document is faulty unless named clean"
