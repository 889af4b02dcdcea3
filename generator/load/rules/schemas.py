"""Schemas that would silently lose fields: every schema object of a document, checked for what valid
YAML with one line indented wrongly produces.

- a keyword no JSON Schema or OpenAPI vocabulary knows (`x-` extensions aside): with a "did you mean"
  when it is close to one (`requried`), and said to look misplaced when its value is itself a schema
  (a property dedented out of `properties`: `name:` beside `properties:` instead of under it);
- a `required` name that is not among `properties` (where nothing else can supply it: no
  `allOf`/`anyOf`/`oneOf`, no `patternProperties`, `additionalProperties` not open, not itself one
  part of an `allOf`);
- a member of `properties` that is not a schema (a keyword indented into `properties`).

Each is an error, a warning with `--lenient`: a generator that goes on would drop the field without a
word, while `required` still lists it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Any

from generator.errors import Problem
from generator.load.document import Document, walk_nodes

KEYWORDS = frozenset(
    {
        # core, applicator, validation, meta-data, format and content (JSON Schema 2020-12)
        *("$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary"),
        *("$comment", "$defs", "allOf", "anyOf", "oneOf", "not", "if", "then", "else"),
        *(
            "dependentSchemas",
            "prefixItems",
            "items",
            "contains",
            "properties",
            "patternProperties",
        ),
        *("additionalProperties", "propertyNames", "unevaluatedItems", "unevaluatedProperties"),
        *("type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum"),
        *("exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems"),
        *(
            "uniqueItems",
            "maxContains",
            "minContains",
            "maxProperties",
            "minProperties",
            "required",
        ),
        *("dependentRequired", "title", "description", "default", "deprecated", "readOnly"),
        *(
            "writeOnly",
            "examples",
            "format",
            "contentEncoding",
            "contentMediaType",
            "contentSchema",
        ),
        # earlier drafts, which OpenAPI 3.0 documents use
        *(
            "definitions",
            "dependencies",
            "additionalItems",
            "$recursiveRef",
            "$recursiveAnchor",
            "id",
        ),
        # OpenAPI's own
        *("discriminator", "xml", "externalDocs", "example", "nullable"),
    }
)

# where a schema keeps its subschemas: one, a list of them, or a mapping of named ones
_ONE = (
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "additionalItems",
    "contentSchema",
)
_ONE_MORE = ("additionalProperties", "unevaluatedProperties", "unevaluatedItems", "items")
_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_NAMED = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_HINTS = frozenset(
    {"type", "$ref", "properties", "items", "enum", "const", "allOf", "anyOf", "oneOf"}
)


def check(document: Document, lenient: bool) -> list[Problem]:
    """Every problem of every schema object of the document, each at its place."""
    problems: list[Problem] = []
    seen: set[tuple[Any, ...]] = set()
    for parts, schema in _schema_roots(document.data):
        for where, node in _schemas(schema, parts):
            if where in seen:
                continue
            seen.add(where)
            problems.extend(_check_one(document, where, node, lenient))
    return problems


def _schema_roots(data: dict[str, Any]) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """The named schemas, and every `schema` of a parameter, header or media type."""
    components = data.get("components")
    named = components.get("schemas") if isinstance(components, dict) else None
    for name, schema in named.items() if isinstance(named, dict) else ():
        if isinstance(schema, dict):
            yield ("components", "schemas", name), schema
    for parts, value in walk_nodes(data, objects_only=True):
        if (
            parts
            and parts[-1] == "schema"
            and isinstance(value, dict)
            and not _inside_a_schema(parts)
        ):
            yield parts, value


_DATA = frozenset({"example", "examples", "default", "enum", "const"})


def _inside_a_schema(parts: tuple[Any, ...]) -> bool:
    """A `schema` key met inside a schema is a property named "schema", and one inside an example or
    an extension is data: neither is a root."""
    return (
        parts[:2] == ("components", "schemas")
        or any(part in _NAMED or part in _DATA for part in parts[:-1])
        or any(isinstance(part, str) and part.startswith("x-") for part in parts[:-1])
    )


def _schemas(
    schema: dict[str, Any], parts: tuple[Any, ...]
) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """The schema and every subschema below it (a `$ref` is checked where it points, not here)."""
    stack = [(parts, schema)]
    while stack:
        where, node = stack.pop()
        yield where, node
        for key in (*_ONE, *_ONE_MORE):
            sub = node.get(key)
            if isinstance(sub, dict):
                stack.append(((*where, key), sub))
            elif key == "items" and isinstance(sub, list):
                stack.extend(
                    ((*where, key, i), s) for i, s in enumerate(sub) if isinstance(s, dict)
                )
        for key in _LISTS:
            members = node.get(key)
            if isinstance(members, list):
                stack.extend(
                    ((*where, key, i), s) for i, s in enumerate(members) if isinstance(s, dict)
                )
        for key in _NAMED:
            members = node.get(key)
            if isinstance(members, dict):
                stack.extend(
                    ((*where, key, n), s) for n, s in members.items() if isinstance(s, dict)
                )


def _check_one(
    document: Document, where: tuple[Any, ...], schema: dict[str, Any], lenient: bool
) -> list[Problem]:
    problems: list[Problem] = []
    properties = schema.get("properties")
    required = schema.get("required")
    required_names = (
        [n for n in required if isinstance(n, str)] if isinstance(required, list) else []
    )
    for key, value in schema.items():
        if not isinstance(key, str) or key in KEYWORDS or key.startswith("x-"):
            continue
        problems.append(
            document.problem([*where, key], _unknown(key, value, required_names), warning=lenient)
        )
    if isinstance(properties, dict):
        for name, value in properties.items():
            if not isinstance(value, (dict, bool)):
                problems.append(
                    document.problem(
                        [*where, "properties", name],
                        f"property {name!r} is not a schema ({type(value).__name__}): is a keyword "
                        "indented into `properties`?",
                        warning=lenient,
                    )
                )
        if _closed(schema) and not (len(where) >= 2 and where[-2] == "allOf"):  # a part of a whole
            for index, name in enumerate(required_names):
                if name not in properties:
                    misplaced = (
                        " (it sits beside `properties`, not under it)" if name in schema else ""
                    )
                    problems.append(
                        document.problem(
                            [*where, "required", index],
                            f"required property {name!r} is not among `properties`{misplaced}: its "
                            "field would be missing from the model",
                            warning=lenient,
                        )
                    )
    return problems


def _unknown(key: str, value: Any, required: list[str]) -> str:
    if isinstance(value, dict) and _SCHEMA_HINTS & set(value):
        listed = " and `required` lists it" if key in required else ""
        return (
            f"{key!r} is not a schema keyword but looks like a property{listed}: is it misplaced "
            "(indented beside `properties` instead of under it)?"
        )
    close = difflib.get_close_matches(key, sorted(KEYWORDS), n=1, cutoff=0.75)
    hint = f"; did you mean {close[0]!r}?" if close else " (an extension must start with `x-`)"
    return f"unknown schema keyword {key!r}{hint}"


def _closed(schema: dict[str, Any]) -> bool:
    """Can nothing but `properties` supply a required name?"""
    if any(k in schema for k in ("allOf", "anyOf", "oneOf", "patternProperties", "$ref", "if")):
        return False
    extra = schema.get("additionalProperties")
    return extra is None or extra is False
