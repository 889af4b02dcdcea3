"""The pre-check (`generator/load/precheck.py`) is sound: where it says "no fault", openapi-spec-
validator finds none. Tested on every fixture and spec of the project (as read and as repaired), on a
slice of the hostile campaign's mutants, on documents made with one fault of each kind the
validator's walk checks (each must make it say "not sure"), and on clean documents it must pass (or
it gains nothing). Its resources are the Python side's, and it imports none of the validator's
packages. `tests/corpus/test_precheck.py` does the same over the corpus and 300 mutants."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from precheck_soundness import mutant_documents, sound
from validator_equality import validated

from codegen_tests.helpers import ROOT
from generator.load import precheck as pre

BASE: dict[str, Any] = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}}
DOCUMENTS = sorted(
    [
        *(ROOT / "tests" / "fixtures").rglob("*.yaml"),
        *(ROOT / "tests" / "fixtures").rglob("*.json"),
        *(ROOT / "specs").glob("*.yaml"),
        *(ROOT / "tests" / "golden").glob("*.yaml"),
    ]
)


def _op(op_id: str, **extra: Any) -> dict[str, Any]:
    return {"operationId": op_id, "responses": {"200": {"description": "ok"}}, **extra}


def _doc(openapi: str = "3.1.0", **extra: Any) -> dict[str, Any]:
    return {**BASE, "openapi": openapi, "paths": {"/a": {"get": _op("a")}}, **extra}


def _schema(schema: Any, openapi: str = "3.1.0") -> dict[str, Any]:
    return _doc(openapi, components={"schemas": {"S": schema}})


def _param_schema(schema: Any, openapi: str = "3.1.0") -> dict[str, Any]:
    """`schema` as a query parameter's: a place the walk checks defaults."""
    parameter = {"name": "q", "in": "query", "schema": schema}
    return {**BASE, "openapi": openapi, "paths": {"/a": {"get": _op("a", parameters=[parameter])}}}


def _default(schema: dict[str, Any], value: Any, openapi: str = "3.1.0") -> dict[str, Any]:
    return _schema({**schema, "default": value}, openapi)


def _response_schema(schema: Any) -> dict[str, Any]:
    response = {"description": "ok", "content": {"application/json": {"schema": schema}}}
    return {**BASE, "paths": {"/a": {"get": {"operationId": "a", "responses": {"200": response}}}}}


CYCLE = {
    "A": {"allOf": [{"$ref": "#/components/schemas/B"}]},
    "B": {"allOf": [{"$ref": "#/components/schemas/A"}]},
}

# One fault of each kind openapi-spec-validator's walk reports (or fails on): each must make the
# pre-check say "not sure", and each is checked to be a fault indeed.
FAULTY: dict[str, dict[str, Any]] = {
    # the document against the OpenAPI meta-schema
    "info-without-title": {"openapi": "3.1.0", "info": {"version": "1"}, "paths": {}},
    "operation-title-30": {**_doc("3.0.3"), "paths": {"/a": {"get": {**_op("a"), "title": "x"}}}},
    # the keyword walk
    "duplicate-tag": _doc(tags=[{"name": "t"}, {"name": "t"}]),
    "duplicate-operation-id": {**BASE, "paths": {"/a": {"get": _op("s")}, "/b": {"get": _op("s")}}},
    "path-item-referenced-twice": {
        **BASE,
        "paths": {"/a": {"get": _op("a")}, "/b": {"$ref": "#/paths/~1a"}},
    },
    "duplicate-parameter": _doc(
        paths={
            "/a": {
                "get": _op(
                    "a",
                    parameters=[
                        {"name": "q", "in": "query", "schema": {"type": "string"}},
                        {"name": "q", "in": "query", "schema": {"type": "integer"}},
                    ],
                )
            }
        }
    ),
    "undeclared-path-parameter": _doc(paths={"/a/{id}": {"get": _op("a")}}),
    "path-parameter-not-templated": _doc(
        paths={
            "/a": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {}}],
                "get": _op("a"),
            }
        }
    ),
    "unparsable-path-template": _doc(paths={"/a}b": {"get": _op("a")}}),
    # schemas against their dialect's meta-schema, where the walk enters them
    "component-schema-bad-type": _schema({"type": "strin"}),
    "component-schema-bad-type-30": _schema({"type": "strin"}, "3.0.3"),
    "parameter-schema-bad-type": _param_schema({"type": "strin"}),
    "response-schema-bad-type": _response_schema({"type": "strin"}),
    "unbalanced-pattern": _schema({"type": "string", "pattern": "^(a$"}),
    # `re` refuses `\\p{L}`, jsonschema-rs's own engine takes it: the `regex` format must be `re`'s
    "unicode-class-pattern": _schema({"type": "string", "pattern": "^\\p{L}+$"}),
    "unicode-class-pattern-30": _schema({"type": "string", "pattern": "^\\p{L}+$"}, "3.0.3"),
    "unbalanced-pattern-30": _schema({"type": "string", "pattern": "^(a$"}, "3.0.3"),
    "minimum-a-string": _schema({"type": "integer", "minimum": "1"}),
    "unknown-dialect": _schema({"$schema": "https://example.com/dialect", "type": "string"}),
    "unknown-document-dialect": {**_schema({"type": "string"}), "jsonSchemaDialect": "urn:x"},
    "schema-not-an-object": _schema(5),
    "required-not-unique": _schema(
        {"type": "object", "properties": {"a": {}}, "required": ["a", "a"]}
    ),
    # the walk's own schema checks
    "required-undeclared-allof": _schema(
        {"allOf": [{"type": "object", "properties": {"a": {}}}], "required": ["b"]}
    ),
    "allof-cycle": _doc(components={"schemas": CYCLE}),
    # defaults against their schemas
    "default-wrong-type": _default({"type": "integer"}, "1"),
    "default-wrong-type-30": _default({"type": "integer"}, "1", "3.0.3"),
    "default-null-not-nullable-30": _default({"type": "string"}, None, "3.0.3"),
    "default-not-in-enum": _default({"type": "string", "enum": ["a", "b"]}, "c"),
    "default-against-pattern": _default({"type": "string", "pattern": "^[a-z]+$"}, "A1"),
    "default-too-short": _default({"type": "string", "minLength": 3}, "ab"),
    "default-too-large": _default({"type": "integer", "maximum": 3}, 4),
    "default-exclusive-30": _default(
        {"type": "integer", "maximum": 3, "exclusiveMaximum": True}, 3, "3.0.3"
    ),
    "default-exclusive-31": _default({"type": "integer", "exclusiveMaximum": 3}, 3),
    "default-not-a-multiple": _default({"type": "integer", "multipleOf": 5}, 7),
    "default-int32-overflow": _default({"type": "integer", "format": "int32"}, 2**31),
    "default-not-a-uuid": _default({"type": "string", "format": "uuid"}, "x"),
    "default-not-a-uuid-30": _default({"type": "string", "format": "uuid"}, "x", "3.0.3"),
    "default-not-a-date": _default({"type": "string", "format": "date"}, "2024-13-40"),
    "default-not-a-date-time": _default({"type": "string", "format": "date-time"}, "yesterday"),
    "default-not-an-email": _default({"type": "string", "format": "email"}, "nobody"),
    "default-not-an-ipv4": _default({"type": "string", "format": "ipv4"}, "1.2.3"),
    "default-not-an-ipv6": _default({"type": "string", "format": "ipv6"}, "1.2.3.4"),
    "default-not-base64-30": _default({"type": "string", "format": "byte"}, "not base64!", "3.0.3"),
    "default-not-a-regex": _default({"type": "string", "format": "regex"}, "(a"),
    "default-object-missing-required": _default(
        {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}, {}
    ),
    "default-object-extra-property": _default(
        {"type": "object", "properties": {"a": {}}, "additionalProperties": False}, {"b": 1}
    ),
    "default-array-wrong-item": _default({"type": "array", "items": {"type": "string"}}, [1]),
    "default-array-not-unique": _default({"type": "array", "uniqueItems": True}, ["a", "a"]),
    "default-through-a-reference": _doc(
        components={
            "schemas": {
                "S": {"$ref": "#/components/schemas/T", "default": "x"},
                "T": {"type": "integer", "default": "x"},
            }
        }
    ),
    "default-nested-property": _schema(
        {"type": "object", "properties": {"p": {"type": "integer", "default": "one"}}}
    ),
    "default-in-allof-member": _schema({"allOf": [{"type": "integer", "default": "one"}]}),
    "default-in-parameter-schema": _param_schema({"type": "integer", "default": "one"}),
    "default-in-response-schema": _response_schema({"type": "integer", "default": "one"}),
    "default-anyof-none-matches": _default({"anyOf": [{"type": "integer"}, {"type": "null"}]}, "x"),
    # what makes the validator fail
    "unresolvable-reference": _param_schema({"$ref": "#/components/schemas/Missing"}),
    "external-reference": _param_schema({"$ref": "other.yaml#/components/schemas/S"}),
    "reference-to-nowhere-in-responses": {
        **BASE,
        "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/components/responses/No"}}}}},
    },
}

# Clean documents the pre-check must pass: it gains nothing otherwise.
CLEAN: dict[str, dict[str, Any]] = {
    "plain": _doc(tags=[{"name": "a"}, {"name": "b"}]),
    "plain-30": _doc("3.0.3"),
    "path-parameters": _doc(
        paths={
            "/a/{id}/{sub}": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {}}],
                "get": _op(
                    "a",
                    parameters=[
                        {"name": "sub", "in": "path", "required": True, "schema": {}},
                        {"name": "id", "in": "query", "schema": {"type": "string"}},
                    ],
                ),
            }
        }
    ),
    "referenced-parameters-and-schemas": {
        **BASE,
        "paths": {
            "/a/{id}": {
                "get": _op("a", parameters=[{"$ref": "#/components/parameters/Id"}]),
            }
        },
        "components": {
            "parameters": {
                "Id": {
                    "name": "id",
                    "in": "path",
                    "required": True,
                    "schema": {"$ref": "#/components/schemas/Id"},
                }
            },
            "schemas": {"Id": {"type": "string", "format": "uuid"}},
        },
    },
    "defaults-of-every-format": _schema(
        {
            "type": "object",
            "properties": {
                "i": {"type": "integer", "format": "int32", "default": 5, "minimum": 0},
                "u": {
                    "type": "string",
                    "format": "uuid",
                    "default": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                },
                "d": {"type": "string", "format": "date", "default": "2024-02-29"},
                "t": {"type": "string", "format": "date-time", "default": "2024-02-29T10:00:00Z"},
                "e": {"type": "string", "format": "email", "default": "a@b.c"},
                "ip": {"type": "string", "format": "ipv4", "default": "10.0.0.1"},
                "n": {"type": ["string", "null"], "pattern": "^[a-z]+$", "default": "ab"},
                "l": {"type": "array", "items": {"enum": ["x", "y"]}, "default": ["x"]},
                "o": {
                    "type": "object",
                    "properties": {"k": {"type": "boolean"}},
                    "required": ["k"],
                    "additionalProperties": False,
                    "default": {"k": True},
                },
            },
        }
    ),
    "defaults-30": _schema(
        {
            "type": "object",
            "properties": {
                "b": {"type": "string", "format": "byte", "default": "aGk="},
                "n": {"type": "string", "nullable": True, "default": None},
                "m": {"type": "number", "maximum": 3, "exclusiveMaximum": True, "default": 2.5},
            },
        },
        "3.0.3",
    ),
    "allof-required-declared": _doc(
        components={
            "schemas": {
                "Base": {"type": "object", "properties": {"a": {"type": "string"}}},
                "Sub": {
                    "allOf": [{"$ref": "#/components/schemas/Base"}],
                    "properties": {"b": {}},
                    "required": ["a", "b"],
                },
            }
        }
    ),
}


def _write(tmp_path: Path, name: str, data: dict[str, Any]) -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


@pytest.mark.parametrize("name", sorted(FAULTY))
def test_a_document_with_one_fault_is_never_passed(tmp_path: Path, name: str) -> None:
    from generator.load import validator

    document = validated(_write(tmp_path, name, FAULTY[name]), repaired=False)
    assert document is not None
    assert validator._run_validator(document), "the made document has a fault indeed"
    assert not pre.precheck(document.data)


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_a_clean_document_is_passed(tmp_path: Path, name: str) -> None:
    document = validated(_write(tmp_path, name, CLEAN[name]), repaired=False)
    assert document is not None
    assert sound(document) == pre.CLEAN, "the pre-check is not sure of a clean document"


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
@pytest.mark.parametrize("repaired", [True, False], ids=["repaired", "as-read"])
def test_the_precheck_is_sound_on_every_fixture_and_spec(path: Path, repaired: bool) -> None:
    document = validated(path, repaired=repaired)
    if document is not None:
        sound(document)


def test_the_precheck_passes_the_clean_specs_of_the_project() -> None:
    from generator.load import validator

    clean = [
        d
        for d in (validated(p) for p in sorted((ROOT / "specs").glob("*.yaml")))
        if d is not None and not validator._run_validator(d)
    ]
    assert clean and all(pre.precheck(d.data) for d in clean)


def test_the_precheck_is_sound_on_a_slice_of_the_mutants(tmp_path: Path) -> None:
    passed = 0
    for _, path in mutant_documents(29, 40, tmp_path):
        for repaired in (True, False):
            document = validated(path, repaired=repaired)
            if document is not None:
                passed += sound(document) == pre.CLEAN
    assert passed, "some mutants keep no fault"


def test_one_fault_more_on_a_clean_document_is_caught(tmp_path: Path) -> None:
    """A clean document, then the same with a default broken somewhere deep: the walk reaches it."""
    data = copy.deepcopy(CLEAN["defaults-of-every-format"])
    document = validated(_write(tmp_path, "clean", data), repaired=False)
    assert document is not None and pre.precheck(document.data)
    data["components"]["schemas"]["S"]["properties"]["o"]["properties"]["k"]["default"] = "yes"
    document = validated(_write(tmp_path, "broken", data), repaired=False)
    assert document is not None and not pre.precheck(document.data)


# -- the resources and the packages --------------------------------------------------------------


def test_the_meta_schemas_are_the_python_sides() -> None:
    from openapi_schema_validator._specifications import REGISTRY
    from openapi_schema_validator.validators import OAS30Validator, OAS31Validator
    from openapi_spec_validator.schemas import schema_v30, schema_v31

    assert pre.resources() == {uri: REGISTRY[uri].contents for uri in REGISTRY}
    assert pre.document_meta_schema(False) == dict(schema_v30)
    assert pre.document_meta_schema(True) == dict(schema_v31)
    assert pre.resources()[pre.DRAFT4] == OAS30Validator.META_SCHEMA
    assert pre.resources()[pre.OAS31_DIALECT] == OAS31Validator.META_SCHEMA


def test_the_formats_the_python_checkers_check_are_modelled_or_unsure() -> None:
    """Every format the OAS format checkers know is one the pre-check models or one of jsonschema's
    (not sure unless modelled); none of the meta-schemas' URI formats is checked (the pre-check
    passes them, and says "not sure" where a package that would check them is installed)."""
    from openapi_schema_validator import oas30_format_checker, oas31_format_checker

    oas = {"int32", "int64", "float", "double", "binary", "byte", "password", "regex"}
    for checker in (oas30_format_checker, oas31_format_checker):
        assert set(checker.checkers) <= oas | pre._JSONSCHEMA_FORMATS
        assert not {"uri", "uri-reference", "iri", "iri-reference"} & set(checker.checkers)


def test_the_precheck_imports_none_of_the_validators_packages(tmp_path: Path) -> None:
    """Neither the pre-check nor `_faults` on a document it passes imports them."""
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(CLEAN["defaults-of-every-format"]))
    code = (
        "import sys, json\n"
        "from pathlib import Path\n"
        "from generator.load.precheck import precheck\n"
        "from generator.load.reader import read\n"
        "from generator.load.validator import _faults\n"
        f"assert precheck(json.load(open({str(path)!r})))\n"
        f"assert _faults(read(Path({str(path)!r}))) == []\n"
        "banned = ('openapi_spec_validator', 'openapi_schema_validator', 'jsonschema_path',"
        " 'jsonschema', 'pydantic_settings', 'requests')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in banned))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_the_keywords_a_default_check_ignores_are_asserted_by_no_oas_validator() -> None:
    """What the pre-check skips in a schema a default is checked against, openapi-schema-validator's
    OAS30Validator and OAS31Validator do not check either (annotations, or no keyword of theirs)."""
    from openapi_schema_validator.validators import OAS30Validator, OAS31Validator

    for validator_cls in (OAS30Validator, OAS31Validator):
        asserted = {
            name
            for name, check in validator_cls.VALIDATORS.items()
            if check.__name__ != "not_implemented"
        }
        assert not asserted & pre._IGNORED


def test_the_validators_settings_in_the_environment_make_it_unsure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """openapi-spec-validator and openapi-schema-validator read settings from the environment (a
    bad one makes the validator fail): the pre-check is not sure then."""
    clean = CLEAN["plain"]
    assert pre.precheck(clean)
    monkeypatch.setenv("OPENAPI_SPEC_VALIDATOR_RESOLVED_CACHE_MAXSIZE", "-1")
    assert not pre.precheck(clean)
