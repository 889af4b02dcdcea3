"""The document datamodel-code-generator reads: our named schemas, in JSON Schema terms, enums open.

Each enum becomes "one of these values, or any other value of the same type", so a response never
fails because the provider added an enum value. Signatures still use the strict values (see
`typemap.py`). OpenAPI 3.0 schemas are turned into 3.1 ones (`nullable`, boolean exclusive bounds).

A `format` becomes a typed field only where that type needs nothing beyond pydantic and keeps the
value as sent (`_TYPED_FORMATS`). Any other (`email` needs email-validator, `password` would be masked
when sent, `byte` decoded, `uuid4` or `decimal` are no JSON Schema format) leaves the plain type, and
the format is named in the field's docstring.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from generator.models.registry import SchemaRegistry, schema_types

# Formats JSON Schema and OpenAPI define whose pydantic type needs no extra package and round-trips
# the wire value.
_TYPED_FORMATS = frozenset(
    {
        "date-time",
        "date",
        "time",
        "duration",
        "uuid",
        "uri",
        "uri-reference",
        "iri",
        "iri-reference",
        "uri-template",
        "hostname",
        "idn-hostname",
        "ipv4",
        "ipv6",
        "json-pointer",
        "relative-json-pointer",
        "regex",
        "int32",
        "int64",
        "float",
        "double",
        "binary",
    }
)


def format_note(schema: Any) -> str:
    """` (format: email)` for a format that is not typed (see `_TYPED_FORMATS`), else ""."""
    fmt = schema.get("format") if isinstance(schema, dict) else None
    return f" (format: {fmt})" if isinstance(fmt, str) and fmt not in _TYPED_FORMATS else ""


def _plain_format(schema: dict[str, Any]) -> dict[str, Any]:
    """A schema whose format is not typed: the format dropped, and named in its description."""
    fmt = schema.get("format")
    if not isinstance(fmt, str) or fmt in _TYPED_FORMATS:
        return schema
    out = {k: v for k, v in schema.items() if k != "format"}
    note = f"(format: {fmt})"
    text = out.get("description")
    out["description"] = f"{text} {note}" if isinstance(text, str) and text.strip() else note
    return out


def _walk(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
        for key, item in value.items():
            if key not in ("example", "examples", "default", "const", "enum"):
                yield from _walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item)


def _lenient_enum(schema: dict[str, Any], openapi30: bool) -> dict[str, Any]:
    values = schema["enum"]
    nullable = None in values or "null" in schema_types(schema)
    present = [v for v in values if v is not None]
    kinds: list[str] = []
    for v in present:
        kind = (
            "boolean"
            if isinstance(v, bool)
            else "integer"
            if isinstance(v, int)
            else "number"
            if isinstance(v, float)
            else "string"
            if isinstance(v, str)
            else ""
        )
        if not kind:
            return schema  # enums of objects or arrays stay as they are
        if kind not in kinds:
            kinds.append(kind)
    if not present or kinds == ["boolean"]:
        return schema
    outer = {k: v for k, v in schema.items() if k not in ("enum", "type", "nullable", "format")}
    options: list[dict[str, Any]] = [{"enum": present}]
    options.extend({"type": kind} for kind in kinds if kind != "boolean")
    if nullable:
        if openapi30:
            outer["nullable"] = True
        else:
            options.append({"type": "null"})
    outer["anyOf"] = options
    return outer


_META = (
    "description",
    "title",
    "default",
    "example",
    "examples",
    "deprecated",
    "readOnly",
    "writeOnly",
)


def as_31(schema: dict[str, Any]) -> dict[str, Any]:
    """An OpenAPI 3.0 schema in 3.1 (JSON Schema) terms: `nullable` and boolean exclusive bounds."""
    out = dict(schema)
    for bound, limit in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if out.get(bound) is True and limit in out:
            out[bound] = out.pop(limit)
        elif isinstance(out.get(bound), bool):
            out.pop(bound)
    if out.pop("nullable", False) is not True:
        return out
    if isinstance(out.get("type"), str):
        out["type"] = [out["type"], "null"]
        if isinstance(out.get("enum"), list) and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        return out
    inner = {k: v for k, v in out.items() if k not in _META}
    if not inner:
        return out
    wrapped = {k: v for k, v in out.items() if k in _META}
    wrapped["anyOf"] = [inner, {"type": "null"}]
    return wrapped


def lenient_copy(registry: SchemaRegistry, openapi_version: str) -> dict[str, Any]:
    """The OpenAPI document datamodel-code-generator reads: our named schemas, enums made open."""
    schemas = copy.deepcopy(registry.schemas)
    discriminators = {
        node["discriminator"]["propertyName"]
        for node in _walk(schemas)
        if isinstance(node.get("discriminator"), dict)
        and isinstance(node["discriminator"].get("propertyName"), str)
    }
    openapi30 = openapi_version.startswith("3.0")

    def transform(value: Any, under_discriminator: bool = False) -> Any:
        if isinstance(value, list):
            return [transform(v) for v in value]
        if not isinstance(value, dict):
            return value
        out: dict[str, Any] = {}
        for key, item in value.items():
            if key in ("example", "examples", "default", "const", "enum", "discriminator"):
                out[key] = item
            elif key == "properties" and isinstance(item, dict):
                out[key] = {p: transform(s, p in discriminators) for p, s in item.items()}
            else:
                out[key] = transform(item)
        out = _plain_format(out)
        if out.get("type") == "null":
            # `[null]`, not `null`: datamodel-code-generator merges a bare `null` that an allOf part
            # gives a property into the other part's type and loses the null
            out["type"] = ["null"]
        if openapi30:
            out = as_31(out)
        if "array" in schema_types(out) and "items" not in out and "prefixItems" not in out:
            out["items"] = {}  # an array of anything: typed `list[Any]`, not a bare `list`
        if "enum" in out and not under_discriminator and isinstance(out["enum"], list):
            return _lenient_enum(out, False)
        return out

    return {
        "openapi": "3.1.0",
        "info": {"title": "models", "version": "0"},
        "paths": {},
        "components": {"schemas": transform(schemas)},
    }
