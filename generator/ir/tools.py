"""Each operation as an MCP tool -> `ir.Tool`s (the package's `mcp.py`).

A tool's name is its call path with underscores (`conversations.messages.list` ->
`conversations_messages_list`), stable as long as the method's name is. Its input schema is the
operation's own arguments, keyed by their Python names (the names the method takes): each parameter's
and each body field's JSON Schema as the spec declares it, with every reference resolved in place (a
recursive one stops at its second visit), and kept small: no examples, no `x-` extensions, no
OpenAPI-only keywords, long descriptions cut. Annotations come from what the runtime knows: a GET reads,
a DELETE destroys, and a retry is safe for the methods the runtime retries (idempotent methods, or an
operation with an idempotency key).
"""

from __future__ import annotations

import json
from typing import Any

from generator.ir import nodes as ir
from generator.ir.context import Context, lit
from generator.models.operations import OperationSchemas
from generator.models.registry import SchemaRegistry

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
RETRY_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
# OpenAPI keywords JSON Schema does not have, and what only documents: left out of a tool's schema
_LEFT_OUT = frozenset(
    {"example", "examples", "xml", "externalDocs", "discriminator", "readOnly", "writeOnly", "$id"}
)
_SCHEMA_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
)
_SCHEMA_ONES = frozenset(
    {"items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else"}
)
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
DESCRIPTION_LIMIT = 300  # characters of a property's description
TOOL_DESCRIPTION_LIMIT = 1024  # characters of a tool's description


def _short(text: Any, limit: int) -> str:
    words = " ".join(str(text or "").split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


def inline(registry: SchemaRegistry, schema: Any, trail: tuple[str, ...] = ()) -> Any:
    """`schema` with its references resolved in place, OpenAPI-only keywords left out."""
    if not isinstance(schema, dict):
        return schema if isinstance(schema, bool) else {}
    name = registry.ref_name(schema)
    if name is not None:
        siblings = {k: v for k, v in schema.items() if k != "$ref"}
        if name in trail:  # recursive: say what it is instead of unfolding it again
            target: Any = {"type": "object", "description": f"a {name} (as above)"}
        else:
            target = inline(registry, registry.schemas.get(name, {}), (*trail, name))
        if not isinstance(target, dict):  # a reference to `true` or `false`
            return target
        own = inline(registry, siblings, trail) if siblings else {}
        return {**target, **own}
    out: dict[str, Any] = {}
    for key, value in schema.items():
        key = str(key)
        if key.startswith("x-") or key in _LEFT_OUT:
            continue
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {str(k): inline(registry, v, trail) for k, v in value.items()}
        elif key in _SCHEMA_ONES:
            out[key] = inline(registry, value, trail)
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            out[key] = [inline(registry, v, trail) for v in value]
        elif key == "description":
            out[key] = _short(value, DESCRIPTION_LIMIT)
        elif key == "nullable":
            continue  # OpenAPI 3.0: said with the type below
        else:
            out[key] = value
    if schema.get("nullable") is True and isinstance(out.get("type"), str):
        out["type"] = [out["type"], "null"]
    return out


def _properties(
    registry: SchemaRegistry, schema: Any, seen: tuple[str, ...] = ()
) -> dict[str, Any]:
    """The properties of an object schema, through references, `allOf` and union variants."""
    if not isinstance(schema, dict):
        return {}
    name = registry.ref_name(schema)
    if name is not None:
        if name in seen:
            return {}
        return _properties(registry, registry.schemas.get(name, {}), (*seen, name))
    found: dict[str, Any] = {}
    for part in ("allOf", "oneOf", "anyOf"):
        for sub in schema.get(part) or ():
            for key, value in _properties(registry, sub, seen).items():
                found.setdefault(key, value)
    found.update({str(k): v for k, v in (schema.get("properties") or {}).items()})
    return found


def _described(schema: Any, doc: str) -> Any:
    if isinstance(schema, dict) and doc and "description" not in schema:
        return {**schema, "description": _short(doc, DESCRIPTION_LIMIT)}
    return schema


def input_schema(ctx: Context, hoisted: OperationSchemas, op: ir.Operation) -> dict[str, Any]:
    """The JSON Schema of a tool's arguments: the method's own, by their Python names."""
    registry = ctx.registry
    by_wire = {(p.parameter.location, p.parameter.name): p for p in hoisted.params}
    properties: dict[str, Any] = {}
    required: list[str] = []
    for param in op.params:
        source = by_wire.get((param.location, param.wire_name))
        schema = inline(registry, source.schema if source is not None else {})
        properties[param.py_name] = _described(schema, param.doc)
        if param.required:
            required.append(param.py_name)
    body = op.body
    if body is not None and hoisted.body is not None:
        fields = list(body.fields) or [f for ov in body.overloads for f in ov.fields]
        # a union body: what every variant requires is required of the tool's arguments
        in_every = (
            set.intersection(
                *({f.py_name for f in ov.fields if f.required} for ov in body.overloads)
            )
            if body.overloads
            else {f.py_name for f in body.fields if f.required}
        )
        declared = _properties(registry, hoisted.body.schema)
        for field in fields:
            if field.py_name in properties:
                continue
            schema = inline(registry, declared.get(field.wire_name, {}))
            properties[field.py_name] = _described(schema, field.doc)
            if field.py_name in in_every:
                required.append(field.py_name)
        if body.whole_annotation is not None:
            if body.kind in ("binary", "text"):
                whole: Any = {"type": "string", "description": "the request body, as text"}
            else:
                whole = _described(inline(registry, hoisted.body.schema), body.doc)
            properties[body.whole_name] = whole
            if body.required:
                required.append(body.whole_name)
    found: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        found["required"] = required
    found["additionalProperties"] = False
    return found


def build_tool(ctx: Context, hoisted: OperationSchemas, op: ir.Operation) -> ir.Tool:
    summary = hoisted.op.op.get("summary")
    description = hoisted.op.op.get("description")
    parts = [str(t).strip() for t in (summary, description) if isinstance(t, str) and t.strip()]
    if len(parts) == 2 and parts[0][-1] not in ".:!?":
        parts[0] += "."
    text = " ".join(parts)
    keys = tuple((p.key, p.py_name) for p in op.params if p.key and p.key != p.py_name)
    return ir.Tool(
        name_lit=lit(op.call_path.replace(".", "_")),
        call_path_lit=lit(op.call_path),
        title_lit=lit(_short(summary or hoisted.op.label, 120)),
        description_lit=lit(_short(text or hoisted.op.label, TOOL_DESCRIPTION_LIMIT)),
        input_schema_lit=lit(
            json.dumps(input_schema(ctx, hoisted, op), separators=(",", ":"), ensure_ascii=False)
        ),
        http_method_lit=lit(op.method),
        read_only=str(op.method in READ_METHODS),
        destructive=str(op.method == "DELETE"),
        idempotent=str(op.method in RETRY_SAFE_METHODS or op.idempotency_header_lit is not None),
        paged=str(op.paging is not None),
        argument_keys_lit=lit(keys),
    )


def client_config(dist_name: str, package_name: str, env: dict[str, str]) -> str:
    """The entry an MCP client's configuration (`mcpServers`) needs to start the server over stdio."""
    entry = {"command": "python", "args": ["-m", f"{package_name}.mcp"], "env": env}
    return json.dumps({"mcpServers": {dist_name: entry}}, indent=2)


def example_tool(tools: tuple[ir.Tool, ...]) -> str:
    """A read-only tool's name (the first), else the first tool's."""
    chosen = next((t for t in tools if t.read_only == "True"), tools[0] if tools else None)
    return "" if chosen is None else str(chosen.name_lit).strip("'\"")


def selectors_example(tools: tuple[ir.Tool, ...]) -> str:
    """`--tools` arguments for the README: the first resource in, a destructive operation out."""
    paths = [str(t.call_path_lit).strip("'\"") for t in tools]
    if not paths:
        return "--tools NAME"
    out = next((p for t, p in zip(tools, paths, strict=True) if t.destructive == "True"), paths[-1])
    return f"--tools {paths[0].split('.')[0]} --tools=-{out}"
