"""The success response -> `ir.Response`: what a call returns, and how the runtime parses it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from generator.ir import nodes as ir
from generator.ir.context import Context, lit
from generator.ir.typemap import join_union
from generator.load.document import media_base
from generator.models.operations import OperationSchemas

_NONE = ir.Response(kind="none", annotation="None", type_expr=None)


def build_response(ctx: Context, hoisted: OperationSchemas) -> ir.Response:
    response = _response(ctx, hoisted)
    if response.kind == "json" and ctx.document.has_empty_success(hoisted.op):
        response = replace(
            response, annotation=join_union([response.annotation, "None"]), empty_ok=True
        )
    success = hoisted.response.response if hoisted.response is not None else None
    if success is not None and success.media:
        media_type = success.media.split(";")[0].strip()
        if media_type and "*" not in media_type:
            response = replace(response, accept_lit=lit(media_type))
    return response


def _response(ctx: Context, hoisted: OperationSchemas) -> ir.Response:
    if hoisted.response is None or hoisted.response.response.media is None:
        return _NONE
    success, schema = hoisted.response.response, hoisted.response.schema
    media = success.media or ""
    if not success.json:
        obj = success.media_obj or {}
        if (
            media_base(media).startswith("text/")
            and (obj.get("schema") or {}).get("format") != "binary"
        ):
            return ir.Response(kind="text", annotation="str", type_expr=None)
        return ir.Response(kind="binary", annotation="bytes", type_expr=None)
    return json_type(ctx, schema)


def json_type(ctx: Context, schema: dict[str, Any] | None) -> ir.Response:
    """A JSON body's type: its model class (a root model is handed back as its root), else an annotation.

    Also the type of a webhook event's payload (ir/webhooks.py)."""
    if not schema:
        return ir.Response(kind="json", annotation="Any", type_expr="Any")
    name = ctx.registry.ref_name(schema)
    cls = ctx.index.classes.get(name) if name else None
    if cls is not None and name is not None:
        if cls.is_root:
            return ir.Response(
                kind="json",
                annotation=ctx.types.annotation(ctx.registry.schemas[name], "output"),
                type_expr=f"_models.{name}",
                unwrap_root=True,
            )
        return ir.Response(kind="json", annotation=f"_models.{name}", type_expr=f"_models.{name}")
    annotation = ctx.types.annotation(schema, "output")
    return ir.Response(kind="json", annotation=annotation, type_expr=annotation)
