"""One operation -> `ir.Operation`: its parameters, body, response and paging, built by their own
modules in that order (argument names are unique across all of them), then its method spellings."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from generator.ir import methods, reference
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
        arguments_lit=_arguments_lit(params),
        names_lit=_names_lit(params, body),
        anchor=reference.anchor("op", name.call_path),
        reference=_reference(params, body),
        returns_md=reference.code(reference.python_type(response.annotation))
        if response.annotation != "None"
        else "nothing (`None`)",
        returns_models_md=reference.models_in(response.annotation, set(ctx.index.classes)),
        page_items_md=reference.code(reference.python_type(paging.item_annotation))
        if paging
        else "",
        errors_md=", ".join(reference.status_error(s) for s in ctx.document.error_statuses(op)),
    )


def _reference(params: tuple[ir.Param, ...], body: ir.Body | None) -> tuple[ir.ReferenceRow, ...]:
    """The operation's arguments as the reference lists them: parameters, then the body's fields
    (or the whole body), each with its type, whether it is required, allowed values and default."""
    rows = [
        ir.ReferenceRow(
            name=reference.code(p.py_name)
            + (f" (`{p.wire_name}`)" if p.wire_name != p.py_name else ""),
            type_md=reference.code(reference.python_type(p.annotation)),
            required="yes" if p.required else "no",
            allowed="; ".join(t for t in (p.allowed_md, p.constraints_md) if t),
            default=p.default_md,
            doc=reference.cell(p.doc),
            where=p.location,
        )
        for p in params
    ]
    if body is not None and body.whole_annotation:
        rows.append(
            ir.ReferenceRow(
                name=reference.code(body.whole_name),
                type_md=reference.code(reference.python_type(body.whole_annotation)),
                required="yes" if body.required else "no",
                doc=reference.cell(body.doc),
                where="body",
            )
        )
    elif body is not None:
        fields = {
            f.py_name: f for f in (*body.fields, *(f for ov in body.overloads for f in ov.fields))
        }
        for f in fields.values():
            rows.append(
                ir.ReferenceRow(
                    name=reference.code(f.py_name)
                    + (f" (`{f.wire_name}`)" if f.wire_name != f.py_name else ""),
                    type_md=reference.code(reference.python_type(f.annotation)),
                    required="yes" if f.required else "no",
                    allowed="; ".join(t for t in (f.allowed_md, f.constraints_md) if t),
                    default=f.default_md,
                    doc=reference.cell(f.doc),
                    where="body",
                )
            )
    return tuple(rows)


def _arguments_lit(params: tuple[ir.Param, ...]) -> str | None:
    """`{key: type, ...}`: what the runtime checks each parameter value against before sending."""
    checked = [f"{p.key_lit}: {p.check_annotation}" for p in params if p.check_annotation]
    return "{" + ", ".join(checked) + "}" if checked else None


def _names_lit(params: tuple[ir.Param, ...], body: ir.Body | None) -> str | None:
    """`{key: python_name}` of the arguments whose runtime key is not the name the caller wrote, so
    that an argument error names what the caller wrote (a whole body under the key "")."""
    names = {p.key or p.wire_name: p.py_name for p in params}
    if body is not None:
        if body.whole_annotation:
            names[""] = body.whole_name
        for field in (*body.fields, *(f for ov in body.overloads for f in ov.fields)):
            names[field.wire_name] = field.py_name
    differing = {k: v for k, v in names.items() if k != v}
    return lit(differing) if differing else None


def _body_limits_lit(ctx: Context, op: Any) -> str | None:
    """`x-body-limits` as the runtime's tuple of (array path, counted field, maximum), or None."""
    limits = ctx.extensions.of(op).body_limits
    if not limits:
        return None
    return lit(tuple((tuple(b.array.split(".")), b.counts, b.maximum) for b in limits))
