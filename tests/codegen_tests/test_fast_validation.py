"""The validation fast path (openapi-spec-validator's keyword checks in Python; each meta-schema check
asked of jsonschema-rs first, and run in Python only for a piece it finds faulty) gives the Python
validator's located messages, the same faults in the same order, on every broken and lenient fixture,
on the documents the broken-document tests write, on documents made to reach where the two JSON Schema
engines could judge differently (formats, patterns, dialects), and on documents made with several
faults of each kind: keyword faults, schemas that break their meta-schema, faults of the document
against the OpenAPI meta-schema, mixes of them, validators that fail, documents nested too deep for
the fast path. `tests/corpus/test_fast_validation.py` does the same over every corpus document."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from validator_equality import assert_same_faults, validated

from codegen_tests.helpers import ROOT
from generator.load import validator
from generator.load.document import Document
from generator.load.precheck import FAST_DEPTH

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


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.name)
@pytest.mark.parametrize("repaired", [True, False], ids=["repaired", "as-read"])
def test_a_fixture_gets_the_python_validators_faults_in_order(path: Path, repaired: bool) -> None:
    document = validated(path, repaired=repaired)
    assert document is not None
    assert_same_faults(document)


@pytest.mark.parametrize("name", sorted(MADE))
def test_a_made_document_gets_the_python_validators_faults(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(MADE[name], sort_keys=False))
    document = validated(path)
    assert document is not None
    faults = assert_same_faults(document)
    assert bool(faults) != name.startswith("clean-"), (
        "each made document is faulty unless named clean"
    )


# -- documents with several faults of each kind ---------------------------------------------------


def _q(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": schema}


def _keyword_faults(openapi: str) -> dict[str, Any]:
    """Faults of openapi-spec-validator's Python keyword checks alone: duplicate tags, operation ids
    and parameters, an unresolved path parameter, defaults that do not match (the same value in
    several places: each fault its own place), a required property no schema declares."""
    return {
        **BASE,
        "openapi": openapi,
        "tags": [{"name": "t"}, {"name": "t"}],
        "paths": {
            "/a/{id}": {"get": _op("dup")},
            "/b": {
                "get": _op(
                    "dup",
                    parameters=[
                        _q("q", {"type": "integer", "default": "x"}),
                        _q("q", {"type": "string"}),
                    ],
                )
            },
            "/c": {"get": _op("c", parameters=[_q("r", {"type": "integer", "default": "x"})])},
        },
        "components": {
            "schemas": {
                "A": {"type": "integer", "default": "x"},
                "B": {"allOf": [{"type": "object", "properties": {"a": {}}}], "required": ["b"]},
                "C": {
                    "type": "object",
                    "properties": {
                        "n": {"type": "integer", "default": "x"},
                        "m": {"type": "string", "enum": ["a"], "default": "b"},
                    },
                },
            }
        },
    }


def _schema_faults(openapi: str) -> dict[str, Any]:
    """Schemas that break their meta-schema: reached through a `$ref` from two places (checked
    once), the same content in two places (each checked), two faults in one schema (the first
    reported), a fault nested inside, a pattern that is not a regex (the format checker), and in 3.1
    a schema of another dialect, an unknown dialect, and a 2020-12 keyword misused."""
    schemas: dict[str, Any] = {
        "S1": {"type": "strin"},
        "S2": {"type": "integer", "minimum": "1", "maximum": "2"},
        "S3": {"type": "object", "properties": {"a": {"type": "strin"}, "b": {"minLength": -1}}},
        "S4": {"type": "strin"},
        "S5": {"type": "string", "pattern": "^(a$"},
        "S6": {"type": "array", "items": {"$ref": "#/components/schemas/S1"}},
    }
    if openapi.startswith("3.1"):
        schemas["S7"] = {"$schema": "http://json-schema.org/draft-07/schema#", "type": "strin"}
        schemas["S8"] = {"$schema": "https://example.com/dialect", "type": "string"}
        schemas["S9"] = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "prefixItems": {"type": "string"},
        }
    ref = {"$ref": "#/components/schemas/S1"}
    return {
        **BASE,
        "openapi": openapi,
        "paths": {
            "/a": {"get": _op("a", parameters=[_q("p", ref)])},
            "/b": {"get": _op("b", parameters=[_q("p", ref), _q("r", {"type": "strin"})])},
        },
        "components": {"schemas": schemas},
    }


def _document_faults(openapi: str) -> dict[str, Any]:
    """Faults of the document against the OpenAPI meta-schema (no title, a security scheme with a
    field it may not have), with a keyword fault and a schema fault after them."""
    return {
        "openapi": openapi,
        "info": {"version": "1"},
        "paths": {
            "/a": {"get": _op("a", parameters=[_q("p", {"type": "integer", "default": "x"})])}
        },
        "components": {
            "schemas": {"S": {"type": "strin"}},
            "securitySchemes": {"b": {"type": "http", "scheme": "bearer", "in": "header"}},
        },
    }


def _mix(openapi: str) -> dict[str, Any]:
    """Every kind, interleaved along the walk: a document fault first, then schema faults and keyword
    faults in turn, a faulty schema reached through a `$ref` before its own place, a schema whose
    meta-schema fault stops the keyword checks inside it, a wrong default repeated."""
    body = {
        "type": "object",
        "required": ["x"],
        "allOf": [{"type": "object"}],
        "properties": {"y": {"minimum": "0"}},
    }
    return {
        **BASE,
        "openapi": openapi,
        "servers": [{"url": 5}],
        "paths": {
            "/a": {"get": _op("a", parameters=[_q("p", {"type": "strin"})])},
            "/b/{id}": {"get": _op("b", parameters=[_q("q", {"type": "integer", "default": "x"})])},
            "/c": {
                "get": _op(
                    "a",
                    responses={
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": body}},
                        }
                    },
                )
            },
            "/d": {"get": _op("d", parameters=[_q("q", {"$ref": "#/components/schemas/Bad"})])},
        },
        "components": {
            "schemas": {
                "Bad": {"type": "integer", "default": "x"},
                "Worse": {"type": "strin", "default": 1},
                "Fine": {"type": "integer", "default": "x"},
            }
        },
    }


def _crash_after_faults(openapi: str) -> dict[str, Any]:
    """Faults, then a parameter without a name: the validator fails (KeyError), whatever it found."""
    doc = _mix(openapi)
    doc["paths"]["/e"] = {"get": _op("e", parameters=[{"in": "query", "schema": {}}])}
    return doc


def _integer_codes(openapi: str) -> dict[str, Any]:
    """Integer response codes (as read, before repairs.py): the document check fails on them."""
    doc = _keyword_faults(openapi)
    doc["paths"]["/f"] = {"get": {"responses": {200: {"description": "ok"}}}}
    return doc


def _integer_keys(openapi: str) -> dict[str, Any]:
    """Keys that are not strings (YAML reads `1:` and `on:` so), which jsonschema-rs cannot read:
    the Python checks of those pieces decide."""
    doc = _schema_faults(openapi)
    doc["components"]["schemas"]["K"] = {
        "type": "object",
        "properties": {1: {"type": "strin"}, False: {"type": "integer", "default": "x"}},
    }
    return doc


SEVERAL: dict[str, Callable[[str], dict[str, Any]]] = {
    "keyword-faults": _keyword_faults,
    "schema-faults": _schema_faults,
    "document-faults": _document_faults,
    "mix": _mix,
    "crash-after-faults": _crash_after_faults,
    "crash-integer-codes": _integer_codes,
    "keys-not-strings": _integer_keys,
}


@pytest.mark.parametrize("openapi", ["3.0.3", "3.1.0"])
@pytest.mark.parametrize("name", sorted(SEVERAL))
def test_a_document_with_several_faults_gets_the_python_validators_faults_in_order(
    tmp_path: Path, name: str, openapi: str
) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(SEVERAL[name](openapi), sort_keys=False))
    document = validated(path, repaired=False)  # as read: the mistyped defaults stay
    faults = assert_same_faults(document)
    assert validator._hybrid_faults(document) is not None, "the fast path gives them itself"
    crashed = [text for _, text in faults if text.startswith(validator.CRASHED)]
    assert len(faults) >= (1 if crashed else 3)
    assert bool(crashed) == name.startswith("crash-")


def test_the_faults_come_in_the_walks_order() -> None:
    """The mix, written out: the document's faults against the OpenAPI meta-schema first, then the
    walk's, schema by schema, a schema's meta-schema fault where the walk meets the schema (and
    nothing else inside it), a `$ref`'d schema's at its own place when first reached."""
    document = Document(Path("mix.yaml"), _mix("3.1.0"))
    wrong = "`default` value 'x' does not match its schema: 'x' is not of type 'integer'"
    expected = [
        (["servers", 0, "url"], "5 is not of type 'string'"),
        (
            ["paths", "/a", "get", "parameters", 0, "schema", "type"],
            "'strin' is not valid under any of the given schemas",
        ),
        (["paths", "/b/{id}", "get", "parameters", 0, "schema", "default"], wrong),
        (
            ["paths", "/b/{id}", "get"],
            "Path parameter 'id' for 'get' operation in '/b/{id}' was not resolved",
        ),
        (["paths", "/c", "get"], "Operation ID 'a' for 'get' in '/c' is not unique"),
        (
            [
                *["paths", "/c", "get", "responses", "200", "content", "application/json"],
                *["schema", "properties", "y", "minimum"],
            ],
            "'0' is not of type 'number'",
        ),
        (["components", "schemas", "Bad", "default"], wrong),
        (
            ["components", "schemas", "Worse", "type"],
            "'strin' is not valid under any of the given schemas",
        ),
        (["components", "schemas", "Fine", "default"], wrong),
    ]
    assert validator._hybrid_faults(document) == expected
    assert validator._run_validator(document) == expected


def test_the_python_checks_run_for_the_faulty_pieces_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast path is not the Python validator again: the document's Python meta-schema check runs
    only where the document breaks the OpenAPI meta-schema, and a schema's only where it breaks its
    own (here three schemas of six, `Worse` and two inline ones)."""
    cls = validator._hybrid_spec_validator(True)
    document_check = cls.schema_validator
    ran: list[str] = []

    class Counting:
        def __init__(self, inner: Any, name: str) -> None:
            self.inner, self.name = inner, name

        def iter_errors(self, instance: Any) -> Any:
            ran.append(self.name)
            return self.inner.iter_errors(instance)

        def __call__(self, schema: Any) -> None:
            ran.append(self.name)
            self.inner(schema)

    monkeypatch.setattr(document_check, "_python", Counting(document_check._python, "document"))
    real = validator._schema_checker
    monkeypatch.setattr(validator, "_schema_checker", lambda *a: Counting(real(*a), "schema"))
    validator._hybrid_schema_checker.cache_clear()
    try:
        clean = {**BASE, "paths": {"/a": {"get": _op("a")}}}
        assert validator._hybrid_faults(Document(Path("clean.yaml"), clean)) == []
        assert ran == []
        mix = _mix("3.1.0")
        del mix["servers"]  # no document fault
        assert len(validator._hybrid_faults(Document(Path("mix.yaml"), mix)) or []) == 8
        assert ran == ["schema"] * 3
        ran.clear()
        assert validator._hybrid_faults(Document(Path("mix.yaml"), _mix("3.1.0")))
        assert ran == ["document", *["schema"] * 3]
    finally:
        validator._hybrid_schema_checker.cache_clear()


def _nested(levels: int) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string"}
    for _ in range(levels):
        schema = {"type": "object", "additionalProperties": schema}
    return {
        **BASE,
        "paths": {"/a": {"get": _op("a")}},
        "components": {"schemas": {"Deep": schema, "F": {"type": "integer", "default": "x"}}},
    }


@pytest.mark.parametrize("levels", [40, 60, 120])
def test_a_document_nested_too_deep_gets_the_python_validators_faults(levels: int) -> None:
    """Deeper than the fast path goes (`FAST_DEPTH`), the Python validator gives the verdict: at 120
    levels it fails by recursion checking a schema jsonschema-rs finds conforms, and the fast path
    alone would have missed that (it finds the default's fault only)."""
    document = Document(Path("deep.yaml"), _nested(levels))
    faults = assert_same_faults(document)
    fast = validator._hybrid_faults(document)
    assert (fast is None) == (levels + 4 > FAST_DEPTH)
    if levels == 120:
        assert faults[0][1].startswith(f"{validator.CRASHED} (RecursionError")


# -- faults the document check alone finds, in entries of the document's maps ---------------------


def _entry_faults(openapi: str) -> dict[str, Any]:
    """Faults against the OpenAPI meta-schema that the keyword walk does not look at, each inside
    one entry of a map (a path item, a response, a security scheme, a webhook), between entries
    that conform: the document check is run on the faulty entries alone (`_narrowed`)."""
    ok = {"description": "ok"}
    doc: dict[str, Any] = {
        **BASE,
        "openapi": openapi,
        "paths": {
            "/a": {"get": _op("a")},
            "/b": {"post": {**_op("b"), "requestBody": {"description": "no content"}}},
            "/c": {"get": _op("c")},
            "/d": {"put": {**_op("d"), "requestBody": {"required": True}}},
        },
        "components": {
            "schemas": {"S": {"type": "string"}},
            "responses": {"Fine": ok, "NoDescription": {"content": {}}, "AlsoFine": ok},
            "securitySchemes": {
                "key": {"type": "apiKey", "name": "k", "in": "header"},
                "bearer": {"type": "http", "scheme": "bearer", "in": "header"},
                "oauth": {"type": "oauth2"},
            },
        },
    }
    if openapi.startswith("3.1"):
        doc["webhooks"] = {"fine": {"post": _op("w")}, "broken": {"post": {"responses": 5}}}
    return doc


def _entry_and_root_faults(openapi: str) -> dict[str, Any]:
    """The same, with faults outside every entry too (the info, a component name the meta-schema
    refuses, a member the root may not have): the whole document is checked."""
    doc = _entry_faults(openapi)
    doc["info"] = {"version": "1"}
    doc["components"]["responses"]["not a name"] = {"description": "x"}
    doc["unknown"] = True
    return doc


def _bad_component_name(openapi: str) -> dict[str, Any]:
    """A fault at a map itself (a component name its pattern refuses), beside a faulty entry."""
    doc = _entry_faults(openapi)
    doc["components"]["schemas"]["not a name"] = {"type": "string"}
    return doc


def _many_entries(openapi: str) -> dict[str, Any]:
    """Twenty responses, every other one faulty: in 3.1 a components map is checked through
    `additionalProperties`, which walks its keys as a set, in an order that depends on the whole set
    (and on the process's hash seed): a check of ten of them would meet them in another order."""
    doc = _entry_faults(openapi)
    doc["components"]["responses"] = {
        f"R{i}": ({"description": "ok"} if i % 2 else {"content": {}}) for i in range(20)
    }
    return doc


@pytest.mark.parametrize("openapi", ["3.0.3", "3.1.0"])
@pytest.mark.parametrize(
    "make",
    [_entry_faults, _entry_and_root_faults, _bad_component_name, _many_entries],
    ids=lambda f: f.__name__,
)
def test_faults_in_map_entries_are_the_python_validators_in_order(
    tmp_path: Path, make: Callable[[str], dict[str, Any]], openapi: str
) -> None:
    from generator.load.precheck import DOCUMENT_ONLY, verdict

    path = tmp_path / "entries.yaml"
    path.write_text(yaml.safe_dump(make(openapi), sort_keys=False))
    document = validated(path, repaired=False)
    faults = assert_same_faults(document)
    assert len(faults) >= 3
    assert verdict(document.data) == DOCUMENT_ONLY  # the walk finds nothing in any of them


@pytest.mark.parametrize("openapi", ["3.0.3", "3.1.0"])
def test_the_document_check_runs_on_the_faulty_entries_alone(
    monkeypatch: pytest.MonkeyPatch, openapi: str
) -> None:
    """What the Python document check is given: the faulty entries as they are, every entry
    jsonschema-rs finds conforms replaced by a stand-in (the maps keep their keys, in order: a map
    checked through `additionalProperties` is walked as a set of them), and the root's other
    members; and the whole document where a fault lies outside every entry."""
    check = validator._hybrid_document_check(openapi.startswith("3.1"))
    given: list[Any] = []

    class Seeing:
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def iter_errors(self, instance: Any) -> Any:
            given.append(instance)
            return self.inner.iter_errors(instance)

    monkeypatch.setattr(check, "_python", Seeing(check._python))
    data = _entry_faults(openapi)
    faults = validator._faults(Document(Path("entries.yaml"), data))
    assert len(given) == 1
    narrowed = given[0]
    stand_in = validator._STAND_IN

    def kept(place: dict[str, Any], original: dict[str, Any]) -> list[str]:
        assert list(place) == list(original)  # every key, in its order
        return [k for k, v in place.items() if v is not stand_in and v is original[k]]

    assert kept(narrowed["paths"], data["paths"]) == ["/b", "/d"]
    components = narrowed["components"]
    assert kept(components["responses"], data["components"]["responses"]) == ["NoDescription"]
    security = data["components"]["securitySchemes"]
    assert kept(components["securitySchemes"], security) == ["bearer", "oauth"]
    assert kept(components["schemas"], data["components"]["schemas"]) == []
    assert narrowed["info"] is data["info"]
    assert [place[:3] for place, _ in faults][:1] == [["paths", "/b", "post"]]
    given.clear()
    validator._faults(Document(Path("whole.yaml"), _entry_and_root_faults(openapi)))
    assert len(given) == 1 and list(given[0]["paths"]) == ["/a", "/b", "/c", "/d"]
