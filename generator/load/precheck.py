"""A sound, fast "no fault" pre-check in front of openapi-spec-validator.

`precheck(data)` says True only when it is sure openapi-spec-validator (0.9.0, as `validator.py`
runs it) reports nothing on `data`; False means "not sure", and the validator then runs as before,
so a fault's message never comes from here. It imports none of openapi-spec-validator,
openapi-schema-validator, jsonschema-path or jsonschema (their import alone costs 0.16-0.28 s): it
walks the plain dicts, and asks jsonschema-rs the two meta-schema questions, with the meta-schemas
read from the very JSON files those packages load.

What openapi-spec-validator 0.9.0 checks on an OpenAPI 3.0/3.1 document (`validation/validators.py`,
`validation/keywords.py`), and how each is decided here:

1. The document against the OpenAPI meta-schema of its version (`resources/schemas/v3.0|v3.1/
   schema.json`; "3.1" when `openapi` starts with it, else 3.0), no format checker: jsonschema-rs,
   formats off, the same registry of JSON Schema and OpenAPI meta-schemas.
2. Its keyword walk, through `jsonschema-path`, which replaces every object holding a string `$ref`
   by its target (siblings ignored), at every step:
   - `tags`: each tag's `name` a string, no name twice.
   - `paths`: each path item (an object, string keys); its `parameters`, then each of `get put post
     delete options head patch trace`:
     - `operationId` unique over every operation walked (a path item `$ref`'d twice is walked twice);
     - `responses` -> each response -> `content` -> each media type -> `schema`: the schema check;
     - `parameters` (operation and path item): each parameter's `schema` gets the schema check, no
       (`name`, `in`) twice in one list;
     - the path parameters (`in: path` of the operation and the path item) exactly the names
       `string.Formatter().parse` finds in the path template.
   - `components.schemas`: each schema gets the schema check.
   Request bodies, headers, callbacks, webhooks, `components.parameters|responses|...` are not walked.
3. The schema check (`SchemaValidator`), each schema object once (by identity):
   - an object or a boolean, else a fault;
   - at an entry (above; not when reached inside another schema) the schema against its dialect's
     meta-schema: 3.0, draft-04's with openapi-schema-validator's 3.0 format checker; 3.1, the
     dialect of the schema's `$schema`, else `jsonSchemaDialect`, else the OAS 3.1 base dialect, with
     the 3.1 format checker. Of those formats only `regex` appears in the meta-schemas and is
     checked (Python's `re`, or `regress` where installed); the others pass.
   - into `allOf`, `anyOf`, `oneOf`, `not`, `items`, `properties` (not `additionalProperties`,
     `prefixItems`, ...);
   - with `allOf`, every `required` name declared in `properties` of the schema or (recursively,
     through `allOf/anyOf/oneOf/items/not`, without a guard against cycles) of its `allOf` members;
   - `default` (unless null with `nullable: true`) valid against the schema, by
     openapi-schema-validator's OAS30Validator / OAS31Validator with its OAS format checker (3.0:
     int32, int64, float, double, binary, byte, password, regex; 3.1: the same but binary and byte;
     no other format is checked).
   Examples and enums are not checked against their schemas (only by the document meta-schema).
   A failure of the validator itself (a `$ref` it cannot resolve, a key that is not a string, a
   recursion too deep, an unknown `type` in 3.0) is a fault too (CRASHED).

Here each of those is decided the same way or declared "not sure": a `$ref` that is not a plain
local JSON pointer, an `$id` on the way, a dialect other than the default, a meta-schema check that
jsonschema-rs does not pass (or cannot read), a default the small exact checker below cannot prove
valid (it knows the keywords above for common values and says "not sure" to any other keyword),
anything of an unexpected shape, a walk deeper than `_MAX_DEPTH`, a document deeper than the fast
path's depth bound. The meta-schema checks rest on the same premise as `validator.py`'s fast path
(jsonschema-rs finds a piece conforms only where the Python check does), tested there.
tests/codegen_tests/test_precheck.py and tests/corpus/test_precheck.py test that precheck never says
True where the Python validator finds a fault.
"""

from __future__ import annotations

import binascii
import importlib.util
import ipaddress
import json
import os
import re
import string
from base64 import b64decode
from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any
from uuid import UUID

OAS31_DIALECT = "https://spec.openapis.org/oas/3.1/dialect/base"
DRAFT4 = "http://json-schema.org/draft-04/schema"
OPERATIONS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# How deep the walk (schemas within schemas, a default's value within it) may go before it is "not
# sure": the Python walk recurses some frames a level, and a chain of `$ref`s can make it recurse
# further than the document nests.
_MAX_DEPTH = 40
_REF_HOPS = 32
# The prefixes of the environment variables the validators' settings (pydantic-settings) read.
_SETTINGS = ("OPENAPI_SPEC_VALIDATOR_", "OPENAPI_SCHEMA_VALIDATOR_")


class _Unsure(Exception):
    """The pre-check cannot be sure the validator reports nothing."""


def precheck(data: Any) -> bool:
    """True only when openapi-spec-validator certainly finds no fault in `data`."""
    return verdict(data) == CLEAN


# `verdict`'s answers.
CLEAN = "clean"  # no fault at all
DOCUMENT_ONLY = "document-only"  # step 2 finds nothing (and does not fail); step 1 does not pass
UNSURE = "unsure"


def verdict(data: Any) -> str:
    """CLEAN only when openapi-spec-validator certainly finds no fault in `data`; DOCUMENT_ONLY when
    its keyword walk (2, 3 above) certainly finds nothing and does not fail, but the document does
    not conform to its OpenAPI meta-schema (1): its faults are then that check's errors alone; else
    UNSURE."""
    try:
        walk = _Walk(data)
        walk.run()
    except Exception:  # _Unsure, or anything unforeseen (RecursionError included): not sure
        return UNSURE
    return CLEAN if walk.conforms else DOCUMENT_ONLY


# -- the resources ---------------------------------------------------------------------------------


def package_dir(name: str) -> Path:
    """Where an installed package's files are, found without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise _Unsure(f"{name} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _schema_files(package: str) -> list[Path]:
    """The JSON resources under `package`'s `schemas/` folder (dot files left out), as
    jsonschema-specifications and openapi-schema-validator load them into their registries."""
    base = package_dir(package) / "schemas"
    return [
        path
        for path in sorted(base.rglob("*"))
        if path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(base).parts)
        and path.suffix not in (".py", ".pyc")
    ]


@cache
def resources() -> dict[str, Any]:
    """The meta-schemas by URI: what openapi-schema-validator's REGISTRY holds (JSON Schema's drafts
    and vocabularies, OpenAPI's dialects)."""
    found: dict[str, Any] = {}
    for package in ("jsonschema_specifications", "openapi_schema_validator"):
        for path in _schema_files(package):
            contents = json.loads(path.read_text(encoding="utf-8"))
            uri = contents.get("$id") or contents.get("id")
            if not isinstance(uri, str):
                raise _Unsure(f"a meta-schema without an id: {path.name}")
            found[uri[:-1] if uri.endswith("#") else uri] = contents
    return found


@cache
def document_meta_schema(openapi31: bool) -> dict[str, Any]:
    """openapi-spec-validator's meta-schema for the version, read from its resource file."""
    version = "3.1" if openapi31 else "3.0"
    path = package_dir("openapi_spec_validator") / "resources" / "schemas" / f"v{version}"
    loaded: dict[str, Any] = json.loads((path / "schema.json").read_text(encoding="utf-8"))
    return loaded


@cache
def _installed(*names: str) -> bool:
    """Whether any of the packages is installed (found, not imported)."""
    return any(importlib.util.find_spec(name) is not None for name in names)


def _regex_engine_is_re() -> bool:
    """openapi-schema-validator checks patterns with `regress` (ECMA) where installed, else `re`."""
    return not _installed("regress")


def _valid_regex(value: Any) -> bool:
    if not isinstance(value, str):
        return True
    try:
        re.compile(value)
    except (re.error, RecursionError, OverflowError):
        return False
    return True


def _any(value: Any) -> bool:
    return True


@cache
def _rs_registry() -> Any:
    import jsonschema_rs

    return jsonschema_rs.Registry(list(resources().items()))


@cache
def document_checker(openapi31: bool) -> Any:
    """jsonschema-rs's check of a document against its OpenAPI meta-schema (1 above), formats off."""
    import jsonschema_rs

    return jsonschema_rs.validator_for(
        document_meta_schema(openapi31), registry=_rs_registry(), validate_formats=False
    )


@cache
def _schema_meta_checker(openapi31: bool) -> Any:
    """A schema against its dialect's meta-schema (the OAS 3.1 base dialect, or draft-04 for 3.0),
    formats as the OAS format checker judges them: `regex` by `re`, every other one passes."""
    import jsonschema_rs

    formats: dict[str, Callable[[Any], bool]] = dict.fromkeys(RS_KNOWN_FORMATS, _any)
    formats["regex"] = _valid_regex
    meta = resources()[OAS31_DIALECT if openapi31 else DRAFT4]
    return jsonschema_rs.validator_for(
        meta, registry=_rs_registry(), validate_formats=True, formats=formats
    )


# Formats jsonschema-rs checks of its own when asked to check formats; each is given the Python
# checker's verdict (every value conforms where that checker does not know the format): by the fast
# path of `validator.py` with the checker's own functions, here as `_schema_meta_checker` says.
# (Also what the fast path uses: they live here so that this module imports nothing of ours.)
RS_KNOWN_FORMATS = (
    "date",
    "date-time",
    "time",
    "duration",
    "email",
    "idn-email",
    "hostname",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "iri",
    "iri-reference",
    "uri-template",
    "json-pointer",
    "relative-json-pointer",
    "regex",
    "uuid",
)


# How deep a document may nest for the fast path (and for the pre-check, which also skips the
# Python meta-schema checks). The Python meta-schema checks recurse along the
# document, about a dozen frames a level (measured: 3.1 schemas nested through `items` or
# `additionalProperties` fail with RecursionError from 85 levels, called from a shallow stack), and
# the fast path skips them where jsonschema-rs finds a piece conforms: it would miss such a failure.
# 48 levels leave the caller some 400 frames. A document nested deeper (the real ones nest 24 levels
# at most; the reader refuses more than 64, an overlay can add more) goes to the Python validator,
# whose verdict then is the verdict, a failure included.
FAST_DEPTH = 48


@cache
def _depth_checker() -> Any:
    """A jsonschema-rs validator: does a value nest no deeper than `FAST_DEPTH` (the document
    being level 1)?"""
    import jsonschema_rs

    def level(k: int) -> dict[str, Any]:
        if k > FAST_DEPTH:
            return {"type": ["string", "number", "boolean", "null"]}
        below = {"$ref": f"#/$defs/{k + 1}"}
        return {"items": below, "additionalProperties": below}

    return jsonschema_rs.validator_for(
        {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$ref": "#/$defs/1",
            "$defs": {str(k): level(k) for k in range(1, FAST_DEPTH + 2)},
        }
    )


def shallow(data: Any) -> bool:
    """Whether `data` nests no deeper than `FAST_DEPTH` levels (`data` being level 1)."""
    try:
        return bool(_depth_checker().is_valid(data))
    except Exception:  # a value jsonschema-rs cannot read (a key that is not a string): walked here
        pass
    stack = [(data, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, (dict, list)):
            if level > FAST_DEPTH:
                return False
            stack += [
                (child, level + 1) for child in (node.values() if isinstance(node, dict) else node)
            ]
    return True


# -- the walk --------------------------------------------------------------------------------------


def _is_ref(node: Any) -> bool:
    return isinstance(node, dict) and isinstance(node.get("$ref"), str)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _same(one: Any, two: Any) -> bool:
    """Equal and of the same types all through: then jsonschema's `equal` says equal too."""
    if type(one) is not type(two):
        return False
    if isinstance(one, list):
        return len(one) == len(two) and all(_same(a, b) for a, b in zip(one, two, strict=True))
    if isinstance(one, dict):
        return one.keys() == two.keys() and all(_same(one[k], two[k]) for k in one)
    return bool(one == two)


# Keywords the OAS value validators do not assert (annotations, or not keywords of theirs at all).
_IGNORED = frozenset(
    {
        "title",
        "description",
        "default",
        "example",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "xml",
        "externalDocs",
        "nullable",
        "discriminator",
        "$comment",
        "$defs",
        "definitions",
        "contentMediaType",
        "contentEncoding",
        "contentSchema",
    }
)
_TYPES_30 = frozenset({"string", "number", "integer", "boolean", "array", "object"})
_TYPES_31 = _TYPES_30 | {"null"}


def _has_type(value: Any, name: str) -> bool:
    if name == "string":
        return isinstance(value, str)
    if name == "number":
        return _number(value)
    if name == "integer":
        return _int(value)  # 3.1 also takes 1.0: not sure of that here
    if name == "boolean":
        return isinstance(value, bool)
    if name == "array":
        return isinstance(value, list)
    if name == "object":
        return isinstance(value, dict)
    return name == "null" and value is None


class _Walk:
    def __init__(self, data: Any) -> None:
        if not isinstance(data, dict) or _is_ref(data):
            raise _Unsure("not an object")
        openapi = data.get("openapi")
        if not isinstance(openapi, str) or not openapi.startswith(("3.0", "3.1")):
            raise _Unsure("not OpenAPI 3.0 or 3.1")
        self.root = data
        self.v31 = openapi.startswith("3.1")
        self.meta_checked: set[int] = set()
        self.visited: set[int] = set()
        self.operation_ids: list[Any] = []
        self.conforms = True  # the document against its OpenAPI meta-schema (1)

    # The steps of jsonschema-path: an object holding a string `$ref` stands for its target.

    def resolve(self, node: Any) -> Any:
        hops = 0
        while _is_ref(node):
            hops += 1
            if hops > _REF_HOPS:
                raise _Unsure("a chain of references")
            node = self.target(node["$ref"])
        return node

    def target(self, ref: str) -> Any:
        """A local JSON pointer's target, as `referencing` finds it from the document's root."""
        if not ref.startswith("#/") or "%" in ref:
            raise _Unsure(f"a reference not followed here: {ref!r}")
        node: Any = self.root
        for raw in ref[2:].split("/"):
            if isinstance(node, dict) and "$id" in node:
                raise _Unsure("an $id on the way")
            segment = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and segment in node:
                node = node[segment]
            elif isinstance(node, list) and segment.isdigit() and int(segment) < len(node):
                node = node[int(segment)]
            else:
                raise _Unsure(f"an unresolvable reference: {ref!r}")
        if isinstance(node, dict) and "$id" in node:
            raise _Unsure("an $id on the way")
        return node

    def child(self, node: dict[str, Any], key: str) -> Any:
        return self.resolve(node[key])

    def object(self, node: Any) -> dict[str, Any]:
        if not isinstance(node, dict) or not all(isinstance(k, str) for k in node):
            raise _Unsure("not an object with string keys")
        return node

    def array(self, node: Any) -> list[Any]:
        if not isinstance(node, list):
            raise _Unsure("not an array")
        return node

    # The walk.

    def run(self) -> None:
        if not _regex_engine_is_re():
            raise _Unsure("patterns are checked with regress")
        if _installed(*_URI_PACKAGES):
            raise _Unsure("jsonschema checks URIs")
        if any(name.upper().startswith(_SETTINGS) for name in os.environ):
            raise _Unsure("the validators' settings are changed by the environment")
        root = self.object(self.root)
        if "$id" in root:
            raise _Unsure("an $id at the root")
        if not shallow(root):
            raise _Unsure("nested too deep")
        # the walk below takes nothing for granted that the meta-schema would promise: it checks
        # every shape it reads, so it decides step 2 on a document that does not conform, too
        self.conforms = bool(document_checker(self.v31).is_valid(root))
        dialect = self.child(root, "jsonSchemaDialect") if "jsonSchemaDialect" in root else None
        if self.v31 and dialect not in (None, OAS31_DIALECT):
            raise _Unsure("another JSON Schema dialect")
        if "tags" in root:
            self.tags(self.child(root, "tags"))
        if "paths" in root:
            for url, item in self.object(self.child(root, "paths")).items():
                self.path(url, self.object(self.resolve(item)))
        if "components" in root:
            components = self.object(self.child(root, "components"))
            if "schemas" in components:
                for schema in self.object(self.child(components, "schemas")).values():
                    self.schema(self.resolve(schema), entry=True, depth=0)

    def tags(self, tags: Any) -> None:
        seen: set[str] = set()
        for tag in self.array(tags):
            name = self.child(self.object(self.resolve(tag)), "name")
            if not isinstance(name, str) or name in seen:
                raise _Unsure("a tag without a name, or a duplicate tag")
            seen.add(name)

    def path(self, url: str, item: dict[str, Any]) -> None:
        shared = self.parameters(self.child(item, "parameters")) if "parameters" in item else None
        for name, operation in item.items():
            if name in OPERATIONS:
                self.operation(url, self.object(self.resolve(operation)), shared)

    def parameters(self, parameters: Any) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        seen: set[tuple[str, str]] = set()
        for parameter in self.array(parameters):
            resolved = self.object(self.resolve(parameter))
            if "schema" in resolved:
                self.schema(self.child(resolved, "schema"), entry=True, depth=0)
            name, place = resolved.get("name"), resolved.get("in")
            if not isinstance(name, str) or not isinstance(place, str) or (name, place) in seen:
                raise _Unsure("a parameter without name or place, or a duplicate parameter")
            seen.add((name, place))
            found.append(resolved)
        return found

    def operation(
        self, url: str, operation: dict[str, Any], shared: list[dict[str, Any]] | None
    ) -> None:
        if "operationId" in operation:
            operation_id = self.child(operation, "operationId")
            if operation_id is not None and operation_id in self.operation_ids:
                raise _Unsure("a duplicate operationId")
            self.operation_ids.append(operation_id)
        if "responses" in operation:
            for response in self.object(self.child(operation, "responses")).values():
                response = self.object(self.resolve(response))
                if "content" in response:
                    for media in self.object(self.child(response, "content")).values():
                        media = self.object(self.resolve(media))
                        if "schema" in media:
                            self.schema(self.child(media, "schema"), entry=True, depth=0)
        names: list[str] = []
        if "parameters" in operation:
            names += self.path_names(self.parameters(self.child(operation, "parameters")))
        if shared is not None:
            names += self.path_names(shared)
        try:
            in_url = {item[1] for item in string.Formatter().parse(url) if item[1]}
        except Exception as exc:
            raise _Unsure("a path template the validator cannot parse") from exc
        if set(names) != in_url:
            raise _Unsure("a path parameter not resolved")

    def path_names(self, parameters: list[dict[str, Any]]) -> list[str]:
        return [p["name"] for p in parameters if p["in"] == "path"]

    # The schema check.

    def schema(self, schema: Any, *, entry: bool, depth: int) -> None:
        if depth > _MAX_DEPTH:
            raise _Unsure("schemas nested too deep")
        if not isinstance(schema, (dict, bool)):
            raise _Unsure("a schema that is not an object or a boolean")
        if entry and id(schema) not in self.meta_checked:
            self.meta_checked.add(id(schema))
            self.meta_check(schema)
        if id(schema) in self.visited or isinstance(schema, bool):
            return
        self.visited.add(id(schema))
        schema = self.object(schema)
        nested: set[str] = set()
        for keyword in ("allOf", "anyOf", "oneOf"):
            if keyword in schema:
                for inner in self.array(self.child(schema, keyword)):
                    inner = self.resolve(inner)
                    self.schema(inner, entry=False, depth=depth + 1)
                    if keyword == "allOf":
                        nested |= self.properties_of(inner, [])
        for keyword in ("not", "items"):
            if keyword in schema:
                self.schema(self.child(schema, keyword), entry=False, depth=depth + 1)
        if "properties" in schema:
            for inner in self.object(self.child(schema, "properties")).values():
                self.schema(self.resolve(inner), entry=False, depth=depth + 1)
        if "allOf" in schema:
            required = self.child(schema, "required") if "required" in schema else []
            if required:
                if not isinstance(required, list) or not all(isinstance(r, str) for r in required):
                    raise _Unsure("an unusual `required`")
                own = (
                    set(self.object(self.child(schema, "properties")))
                    if "properties" in schema
                    else set()
                )
                if set(required) - own - nested:
                    raise _Unsure("a required property no schema declares")
        if "default" in schema:
            default, nullable = schema["default"], schema.get("nullable", False)
            if _is_ref(default) or _is_ref(nullable):
                raise _Unsure("a default that looks like a reference")
            if (default is not None or nullable is not True) and not self.valid(
                schema, default, depth
            ):
                raise _Unsure("a default not proven valid")

    def meta_check(self, schema: dict[str, Any] | bool) -> None:
        if (
            isinstance(schema, dict)
            and "$schema" in schema
            and (not self.v31 or schema["$schema"] != OAS31_DIALECT)
        ):
            raise _Unsure("a schema of another dialect")
        if not _schema_meta_checker(self.v31).is_valid(schema):
            raise _Unsure("a schema that does not conform to its meta-schema")

    def properties_of(self, schema: Any, stack: list[int]) -> set[str]:
        """`SchemaValidator._collect_properties`: every property name reachable from `schema`."""
        if id(schema) in stack or len(stack) > _MAX_DEPTH:
            raise _Unsure("a cycle the validator recurses into forever")
        if not isinstance(schema, dict):
            return set()
        stack = [*stack, id(schema)]
        found: set[str] = set()
        if "properties" in schema:
            found |= set(self.object(self.child(schema, "properties")))
        for keyword in ("allOf", "anyOf", "oneOf"):
            if keyword in schema:
                for inner in self.array(self.child(schema, keyword)):
                    found |= self.properties_of(self.resolve(inner), stack)
        for keyword in ("items", "not"):
            if keyword in schema:
                found |= self.properties_of(self.child(schema, keyword), stack)
        return found

    # A default against its schema: True only when the OAS validator certainly finds it valid.

    def valid(self, schema: Any, value: Any, depth: int) -> bool:
        if depth > _MAX_DEPTH:
            return False
        if schema is True:
            return True
        if not isinstance(schema, dict):
            return False
        for key, keyword in schema.items():
            if not isinstance(key, str):
                return False
            if key in _IGNORED or key.startswith("x-"):
                continue
            if not self.keyword_holds(schema, key, keyword, value, depth):
                return False
        return True

    def keyword_holds(
        self, schema: dict[str, Any], key: str, keyword: Any, value: Any, depth: int
    ) -> bool:
        deeper = depth + 1
        if key == "$ref":
            # one hop: the target's own `$ref` is checked with its siblings, as a keyword of it
            return isinstance(keyword, str) and self.valid(self.target(keyword), value, deeper)
        if key == "type":
            return self.type_holds(schema, keyword, value)
        if key == "enum":
            return isinstance(keyword, list) and any(_same(item, value) for item in keyword)
        if key == "const":
            return self.v31 and _same(keyword, value)
        if key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            return self.bound_holds(schema, key, keyword, value)
        if key == "multipleOf":
            if not _number(value):
                return _number(keyword)
            return _int(keyword) and keyword > 0 and _int(value) and value % keyword == 0
        if key in (
            "minLength",
            "maxLength",
            "minItems",
            "maxItems",
            "minProperties",
            "maxProperties",
        ):
            return _int(keyword) and self.size_holds(key, keyword, value)
        if key == "pattern":
            if not isinstance(keyword, str):
                return False
            try:
                return not isinstance(value, str) or re.search(keyword, value) is not None
            except (re.error, RecursionError, OverflowError):
                return False
        if key == "format":
            return isinstance(keyword, str) and self.format_holds(keyword, value)
        if key == "uniqueItems":
            if not isinstance(keyword, bool):
                return False
            if not keyword or not isinstance(value, list) or len(value) < 2:
                return True
            return all(isinstance(v, str) for v in value) and len(set(value)) == len(value)
        if key == "items":
            if self.v31 and "prefixItems" in schema:
                return False
            if not isinstance(keyword, (dict, bool)):
                return False
            return not isinstance(value, list) or all(self.valid(keyword, v, deeper) for v in value)
        if key == "properties":
            if not isinstance(keyword, dict):
                return False
            if not isinstance(value, dict):
                return True
            return all(self.valid(keyword[k], v, deeper) for k, v in value.items() if k in keyword)
        if key == "required":
            if not isinstance(keyword, list) or not all(isinstance(k, str) for k in keyword):
                return False
            return not isinstance(value, dict) or all(k in value for k in keyword)
        if key == "additionalProperties":
            if not isinstance(keyword, (dict, bool)) or "patternProperties" in schema:
                return False
            if not isinstance(value, dict):
                return True
            declared = schema.get("properties", {})
            if not isinstance(declared, dict):
                return False
            extra = [v for k, v in value.items() if k not in declared]
            if keyword is False:
                return not extra
            return all(self.valid(keyword, v, deeper) for v in extra)
        if key in ("allOf", "anyOf", "oneOf"):
            if not isinstance(keyword, list) or (not self.v31 and "discriminator" in schema):
                return False
            if key == "allOf":
                return all(self.valid(s, value, deeper) for s in keyword)
            if key == "anyOf":
                return any(self.valid(s, value, deeper) for s in keyword)
            return len(keyword) == 1 and self.valid(keyword[0], value, deeper)
        return False  # a keyword not modelled here ($id, not, if, patternProperties, ...)

    def type_holds(self, schema: dict[str, Any], keyword: Any, value: Any) -> bool:
        if not self.v31:
            if not isinstance(keyword, str) or keyword not in _TYPES_30:
                return False
            if value is None:
                return schema.get("nullable") is True
            return _has_type(value, keyword)
        names = [keyword] if isinstance(keyword, str) else keyword
        if not isinstance(names, list) or not all(n in _TYPES_31 for n in names):
            return False
        return any(_has_type(value, n) for n in names)

    def bound_holds(self, schema: dict[str, Any], key: str, keyword: Any, value: Any) -> bool:
        if not self.v31 and key.startswith("exclusive"):
            return isinstance(keyword, bool)  # draft-04: read by minimum and maximum
        if not _number(keyword):
            return False
        if not _number(value):
            return True
        if self.v31:
            exclusive = key.startswith("exclusive")
        else:
            flag = schema.get("exclusiveMinimum" if key == "minimum" else "exclusiveMaximum", False)
            if not isinstance(flag, bool):
                return False
            exclusive = flag
        if key in ("minimum", "exclusiveMinimum"):
            return bool(value > keyword if exclusive else value >= keyword)
        return bool(value < keyword if exclusive else value <= keyword)

    def size_holds(self, key: str, bound: int, value: Any) -> bool:
        kinds = {"Length": str, "Items": list, "Properties": dict}
        kind = next(t for suffix, t in kinds.items() if key.endswith(suffix))
        if not isinstance(value, kind):
            return True
        return len(value) >= bound if key.startswith("min") else len(value) <= bound

    def format_holds(self, name: str, value: Any) -> bool:
        """openapi-schema-validator's OAS format checker for the version (its `_format.py`, and the
        formats jsonschema's `_format.py` registers on every FormatChecker made without a list)."""
        if value is None or isinstance(value, bool):
            return True  # every format checker passes these (3.0 skips None altogether)
        if name in ("int32", "int64"):
            limit = 1 << (31 if name == "int32" else 63)
            return not isinstance(value, int) or ~limit < value < limit
        if name in ("float", "double", "password") or (name == "binary" and not self.v31):
            return True
        if not isinstance(value, str):
            # every other checker passes a value that is not a string, but 3.0's `byte` one
            return not (name == "byte" and not self.v31 and isinstance(value, bytes))
        if name == "byte" and not self.v31:
            try:
                b64decode(value.encode("ascii", errors="strict"), validate=True)
            except (binascii.Error, ValueError):
                return False
            return True
        if name == "regex":
            return _valid_regex(value)
        if name in ("email", "idn-email"):
            return "@" in value
        if name == "uuid":
            try:
                UUID(value)
            except ValueError:
                return False
            return all(value[position] == "-" for position in (8, 13, 18, 23))
        if name in ("ipv4", "ipv6"):
            try:
                address = ipaddress.ip_address(value)
            except ValueError:
                return False
            if name == "ipv4":
                return isinstance(address, ipaddress.IPv4Address)
            return isinstance(address, ipaddress.IPv6Address) and not address.scope_id
        if name == "date":
            try:
                return bool(_DATE.fullmatch(value) and date.fromisoformat(value))
            except ValueError:
                return False
        if name == "date-time":
            return _datetime_holds(value)
        # A format jsonschema may check with a package of its own (hostname, uri, time, ...): not
        # sure; any other format is checked by no one.
        return name not in _JSONSCHEMA_FORMATS


# Every format name jsonschema 4's `_format.py` can register (some only where a package is
# installed): those not modelled above are "not sure".
_JSONSCHEMA_FORMATS = frozenset(
    {
        "color",
        "date",
        "date-time",
        "duration",
        "email",
        "host-name",
        "hostname",
        "idn-email",
        "idn-hostname",
        "ip-address",
        "ipv4",
        "ipv6",
        "iri",
        "iri-reference",
        "json-pointer",
        "regex",
        "relative-json-pointer",
        "time",
        "uri",
        "uri-reference",
        "uri-template",
        "uuid",
    }
)
# Packages with which jsonschema checks `uri`, `uri-reference`, `iri`...: formats the meta-schemas
# use, not modelled here.
_URI_PACKAGES = ("rfc3987", "rfc3986_validator", "rfc3987_syntax")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)


def _datetime_holds(value: str) -> bool:
    """jsonschema's `date-time`: RFC 3339 by rfc3339-validator where installed, else unchecked."""
    if not _installed("rfc3339_validator"):
        return True
    from rfc3339_validator import validate_rfc3339  # type: ignore[import-untyped]

    return bool(validate_rfc3339(value.upper()))
