"""One operation -> `ir.Operation`: its parameters, body, response and paging, built by their own
modules in that order (argument names are unique across all of them), then its method spellings."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from generator.ir import methods
from generator.ir import nodes as ir
from generator.ir.auth import operation_security, requirements
from generator.ir.bodies import build_body
from generator.ir.context import Context, lit
from generator.ir.examples import example_call
from generator.ir.paging import build_paging
from generator.ir.params import build_params
from generator.ir.responses import build_response
from generator.models.operations import OperationSchemas
from generator.naming import comment, docstring


def build_operation(ctx: Context, hoisted: OperationSchemas) -> ir.Operation:
    op, name = hoisted.op, hoisted.name
    idempotency_header = ctx.extensions.of(op).idempotency_key
    taken = set(ctx.reserved_arguments)
    params = build_params(ctx, hoisted, taken, idempotency_header)
    body = build_body(ctx, hoisted.body, taken)
    if body is not None and body.overloads:
        body = replace(
            body,
            overloads=tuple(
                replace(ov, signature=methods.signature(params, body, ov.fields))
                for ov in body.overloads
            ),
        )
    response = build_response(ctx, hoisted)
    paging = build_paging(ctx, hoisted, params)
    # auth: the operation's own requirements when they differ from the document's (the runtime picks
    # the first one the client's credentials meet; an empty alternative lets it send none)
    default = requirements(ctx.document, ctx.document.data.get("security")) or []
    own = operation_security(ctx.document, op)
    effective = default if own is None else own
    auth = bool(effective)
    security_lit = lit(tuple(own)) if own is not None and own != default and auth else None
    summary, description = op.op.get("summary"), op.op.get("description")
    text = "\n\n".join(t for t in (summary, description) if isinstance(t, str) and t.strip())
    return ir.Operation(
        operation_id=str(op.op.get("operationId") or f"{op.method} {op.path}"),
        py_name=name.method,
        const_name=name.const_name,
        method=op.method.upper(),
        path=op.path,
        path_lit=lit(op.path),
        summary=comment(summary or op.label),
        doc=docstring(text or op.label),
        params=params,
        body=body,
        response=response,
        paging=paging,
        idempotency_header_lit=lit(idempotency_header) if idempotency_header else None,
        body_limits_lit=_body_limits_lit(ctx, op) if body is not None else None,
        auth=auth,
        security_lit=security_lit,
        deprecated=bool(op.op.get("deprecated")),
        error_statuses=ctx.document.error_statuses(op),
        call_path=name.call_path,
        example_call=example_call(name.call_path, params, body),
        signature=methods.signature(params, body, body.fields if body is not None else ()),
        arg_docs=methods.arg_docs(params, body),
        sync_method=methods.sync_method(response, paging),
        async_method=methods.async_method(response, paging),
        path_md=op.path.replace("`", "'"),
    )


def _body_limits_lit(ctx: Context, op: Any) -> str | None:
    """`x-body-limits` as the runtime's tuple of (array path, counted field, maximum), or None."""
    limits = ctx.extensions.of(op).body_limits
    if not limits:
        return None
    return lit(tuple((tuple(b.array.split(".")), b.counts, b.maximum) for b in limits))
