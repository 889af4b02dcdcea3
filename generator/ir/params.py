"""Parameters -> `ir.Param`s: argument names, annotations, wire styles, and the order they come in."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, cast

from generator.ir import nodes as ir
from generator.ir.context import Context, lit
from generator.ir.reference import schema_allowed, schema_constraints, schema_default
from generator.load.document import example_of
from generator.models.lenient import format_note
from generator.models.operations import OperationSchemas, ParamSchema
from generator.models.registry import schema_types
from generator.naming import comment, snake, unique


def build_params(
    ctx: Context, hoisted: OperationSchemas, taken: set[str], idempotency_header: str | None
) -> tuple[ir.Param, ...]:
    """Path parameters first (in path order), then required, then optional ones; the idempotency
    header is left out (the runtime sends it). Names are unique among `taken`, which they join."""
    ordered = sorted(
        hoisted.params,
        key=lambda p: (p.parameter.location != "path", not p.parameter.raw.get("required", False)),
    )
    path_order = hoisted.op.path_names
    ordered.sort(
        key=lambda p: (
            path_order.index(p.parameter.name)
            if p.parameter.location == "path" and p.parameter.name in path_order
            else len(path_order)
        )
    )
    params = [
        _param(ctx, p, taken)
        for p in ordered
        if not (
            idempotency_header is not None
            and p.parameter.location == "header"
            and p.parameter.name.lower() == idempotency_header.lower()
        )
    ]
    # Two parameters may share a wire name in different places: their runtime keys say where.
    shared = {p.wire_name for p in params if sum(q.wire_name == p.wire_name for q in params) > 1}
    return tuple(
        replace(
            p, key=f"{p.location}:{p.wire_name}", shared_key_lit=lit(f"{p.location}:{p.wire_name}")
        )
        if p.wire_name in shared
        else replace(p, key=p.wire_name)
        for p in params
    )


def _param(ctx: Context, hoisted: ParamSchema, taken: set[str]) -> ir.Param:
    param, schema = hoisted.parameter, hoisted.schema
    location = param.location
    annotation = ctx.types.annotation(schema, "input")
    check = ctx.types.annotation(schema, "check")
    resolved = ctx.registry.resolve(schema)
    structured = (
        param.json_content
        or ctx.types.model_class(schema) is not None
        or "object" in schema_types(resolved)
        or any(k in resolved for k in ("oneOf", "anyOf", "allOf"))
    )
    model_expr = ctx.types.annotation(schema, "output") if structured else None
    if model_expr == "Any":
        model_expr = None
    raw = param.raw
    style = raw.get("style") or {"query": "form", "cookie": "form"}.get(location, "simple")
    explode = raw.get("explode", style == "form")
    example_lit = ctx.examples.literal(schema, (param.example, example_of(resolved)), param.name)
    return ir.Param(
        wire_name=param.name,
        wire_lit=lit(param.name),
        py_name=unique(snake(param.name, fallback="param", reserved=ctx.reserved_arguments), taken),
        location=cast(ir.Location, location),
        required=param.required,
        annotation=annotation,
        doc=comment(
            raw.get("description")
            or resolved.get("description")
            or f"`{param.name}` ({location} parameter)"
        )
        + format_note(resolved),
        style=str(style),
        explode=bool(explode),
        json_content=param.json_content,
        model_expr=model_expr,
        example_lit=example_lit,
        check_annotation=None if check == "Any" else check,
        allowed_md=schema_allowed(resolved),
        default_md=schema_default(resolved),
        constraints_md=schema_constraints(resolved),
        pattern_lit=_pattern_lit(resolved) if not structured else None,
    )


def _pattern_lit(schema: dict[str, Any]) -> str | None:
    """The `pattern` of a text parameter, as a literal, when Python's `re` reads it as JSON Schema
    would (an ECMA-only construct is left to the server rather than refused wrongly)."""
    pattern = schema.get("pattern")
    if not isinstance(pattern, str) or "string" not in schema_types(schema):
        return None
    try:
        re.compile(pattern)
    except re.error:
        return None
    return lit(pattern)
