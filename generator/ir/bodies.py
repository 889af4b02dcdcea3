"""Request bodies -> `ir.Body`: keyword arguments from the properties, an overload per `oneOf`
variant where the variants can be told apart, or one whole-body argument."""

from __future__ import annotations

import ast
from dataclasses import replace
from typing import Any, Literal

from generator.ir import nodes as ir
from generator.ir.context import Context, lit
from generator.ir.reference import schema_allowed, schema_constraints, schema_default
from generator.ir.typemap import join_union
from generator.load.document import example_of, is_json, media_base
from generator.models.lenient import format_note
from generator.models.operations import BodySchema
from generator.naming import comment, snake, unique

BodyKind = Literal["json", "form", "multipart", "binary", "text"]


def body_kind(media: str) -> BodyKind:
    base = media_base(media)
    if is_json(media):
        return "json"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base == "multipart/form-data":
        return "multipart"
    if base.startswith("text/"):
        return "text"
    return "binary"


def build_body(ctx: Context, hoisted: BodySchema | None, taken: set[str]) -> ir.Body | None:
    """The body of an operation; argument names are unique among `taken`, which they join."""
    body = _build_body(ctx, hoisted, taken)
    if body is None or hoisted is None or body.kind not in ("form", "multipart"):
        return body
    fields = _json_fields(hoisted.request_body.media_obj)
    return replace(body, json_fields_lit=lit(fields)) if fields else body


def _json_fields(media_obj: dict[str, Any]) -> tuple[str, ...]:
    """The form fields whose `encoding` sends them as JSON text."""
    encoding = media_obj.get("encoding")
    return tuple(
        str(name)
        for name, enc in (encoding if isinstance(encoding, dict) else {}).items()
        if isinstance(enc, dict)
        and isinstance(enc.get("contentType"), str)
        and is_json(enc["contentType"])
    )


def _build_body(ctx: Context, hoisted: BodySchema | None, taken: set[str]) -> ir.Body | None:
    if hoisted is None:
        return None
    media, obj, schema = hoisted.request_body.media, hoisted.request_body.media_obj, hoisted.schema
    kind = body_kind(media)
    required = bool(hoisted.request_body.body.get("required"))
    doc = comment(hoisted.request_body.body.get("description"))
    example = example_of(obj)
    if kind in ("binary", "text"):
        return ir.Body(
            kind=kind,
            content_type_lit=lit(media),
            required=required,
            type_expr=None,
            whole_annotation="bytes | IO[bytes]" if kind == "binary" else "str",
            whole_name=unique("body", taken),
            doc=doc,
            example_lit="b'data'" if kind == "binary" else "'text'",
        )
    type_expr = _type_expr(ctx, schema)
    # Keyword arguments from the properties, names unique among all the method's arguments.
    fields = _fields(ctx, schema, kind, example)
    if fields is not None:
        fields = tuple(_rename(f, taken) for f in fields)
        resolved_body = ctx.registry.resolve(schema)
        alternatives = resolved_body.get("anyOf") or resolved_body.get("oneOf") or []
        first = (
            alternatives[0].get("required", [])
            if alternatives and isinstance(alternatives[0], dict)
            else []
        )
        return ir.Body(
            kind=kind,
            content_type_lit=lit(media),
            required=required,
            type_expr=type_expr,
            fields=fields,
            doc=doc,
            example_fields=tuple(f.py_name for f in fields if f.wire_name in first),
        )
    variants = _variants(ctx, schema, kind, example)
    if variants is not None:
        body = _union_body(variants, taken, kind, media, required, type_expr, doc)
        return replace(body, example_kwargs=_union_example(ctx, schema, variants, body))
    return ir.Body(
        kind=kind,
        content_type_lit=lit(media),
        required=required,
        type_expr=type_expr,
        whole_annotation=ctx.types.annotation(schema, "input"),
        whole_name=unique("body", taken),
        doc=doc,
        example_lit=ctx.examples.literal(schema, (example,), "body"),
    )


def _type_expr(ctx: Context, schema: dict[str, Any]) -> str | None:
    """The type a body is validated with before it is sent (None: sent as given)."""
    cls = ctx.types.model_class(schema)
    if cls:
        return f"_models.{cls}"
    name = ctx.registry.ref_name(schema)
    if name in ctx.index.classes:
        return f"_models.{name}"
    if not schema:
        return None
    annotation = ctx.types.annotation(schema, "output")
    return None if annotation == "Any" else annotation


def _fields(
    ctx: Context,
    schema: dict[str, Any],
    kind: BodyKind,
    example: Any,
    tags: dict[str, Any] | None = None,
) -> tuple[ir.BodyField, ...] | None:
    """The properties as keyword arguments, or None when the body is not a plain object."""
    resolved = ctx.registry.resolve(schema)
    props: dict[str, Any] = {}
    required: set[str] = set()
    parts = [resolved]
    if isinstance(resolved.get("allOf"), list):
        parts = [ctx.registry.resolve(p) for p in resolved["allOf"] if isinstance(p, dict)] + [
            resolved
        ]
    for part in parts:
        unions = [m for k in ("oneOf", "anyOf") for m in part.get(k) or []]
        # `anyOf: [{required: [a]}, {required: [b]}]` only constrains which properties are present:
        # the properties are still keyword arguments, and the model enforces the rule.
        if any(not _constraint_only(m) for m in unions) or not isinstance(
            part.get("properties", {}), dict
        ):
            return None
        props.update(part.get("properties") or {})
        required.update(r for r in part.get("required") or [] if isinstance(r, str))
    if not props:
        return None
    # the fields' examples from one example of the whole body (valid for every part that declares
    # a property: a `const` in one part and a plain string in another give the `const`)
    whole = ctx.examples.pick(schema, (example,), "body")
    example = whole if isinstance(whole, dict) else example
    out: list[ir.BodyField] = []
    for wire, prop in props.items():
        prop = prop if isinstance(prop, dict) else {}
        target = ctx.registry.resolve(prop)
        if target.get("readOnly") is True:
            continue
        annotation = ctx.types.annotation(prop, "file" if kind == "multipart" else "input")
        given = example.get(wire) if isinstance(example, dict) else None
        tag = (tags or {}).get(wire)
        out.append(
            ir.BodyField(
                wire_name=wire,
                wire_lit=lit(wire),
                py_name=snake(wire, fallback="field", reserved=ctx.reserved_arguments),
                required=wire in required,
                annotation=annotation,
                doc=comment(
                    target.get("description") or prop.get("description") or f"`{wire}` (body field)"
                )
                + format_note(target),
                example_lit=lit(tag)
                if tag is not None
                else ctx.examples.literal(prop, (given, example_of(target)), wire),
                allowed_md=schema_allowed(target),
                default_md=schema_default(target),
                constraints_md=schema_constraints(target),
            )
        )
    return tuple(out)


def _variants(
    ctx: Context, schema: dict[str, Any], kind: BodyKind, example: Any
) -> list[tuple[str, tuple[ir.BodyField, ...]]] | None:
    """The `oneOf`/`anyOf` members of a body, each as keyword fields, if every member is an object."""
    resolved = ctx.registry.resolve(schema)
    members = resolved.get("oneOf") or resolved.get("anyOf")
    if not (
        isinstance(members, list)
        and members
        and all(_fields(ctx, m, kind, None) is not None for m in members if isinstance(m, dict))
    ):
        return None
    variants: list[tuple[str, tuple[ir.BodyField, ...]]] = []
    tags = ctx.examples.discriminator_tags(resolved, members)
    for i, member in enumerate(members):
        name = ctx.registry.ref_name(member) or f"option {i + 1}"
        example_for = example if i == 0 else None
        tag = tags.get(id(member))
        fields = _fields(ctx, member, kind, example_for, dict([tag]) if tag else None)
        variants.append((name, fields or ()))
    return variants


def _union_body(
    variants: list[tuple[str, tuple[ir.BodyField, ...]]],
    taken: set[str],
    kind: BodyKind,
    media: str,
    required: bool,
    type_expr: str | None,
    doc: str,
) -> ir.Body:
    """Every variant's fields as optional keywords; an overload per variant when they can be told apart."""
    by_wire: dict[str, ir.BodyField] = {}
    for _, fields in variants:
        for f in fields:
            if f.wire_name in by_wire:
                seen = by_wire[f.wire_name]
                merged = join_union([seen.annotation, f.annotation])
                by_wire[f.wire_name] = replace(
                    f,
                    required=False,
                    annotation=merged,
                    doc=seen.doc or f.doc,
                    example_lit=seen.example_lit,
                )
            else:
                by_wire[f.wire_name] = replace(f, required=False)
    renamed = {w: _rename(f, taken) for w, f in by_wire.items()}
    overloads = (
        ()
        if _overlapping(variants)
        else tuple(
            ir.Overload(
                name=comment(name),
                fields=tuple(replace(f, py_name=renamed[f.wire_name].py_name) for f in fields),
            )
            for name, fields in variants
        )
    )
    first = variants[0][1] if variants else ()
    return ir.Body(
        kind=kind,
        content_type_lit=lit(media),
        required=required,
        type_expr=type_expr,
        fields=tuple(
            replace(f, example_lit=_first_example(variants, w) or f.example_lit)
            for w, f in renamed.items()
        ),
        overloads=overloads,
        doc=doc,
        example_fields=tuple(renamed[f.wire_name].py_name for f in first if f.required),
    )


def _union_example(
    ctx: Context,
    schema: dict[str, Any],
    variants: list[tuple[str, tuple[ir.BodyField, ...]]],
    body: ir.Body,
) -> tuple[tuple[str, str], ...]:
    """The keyword arguments of the README's call: the first variant whose required fields (else
    all its fields) make a body the whole union accepts (for a oneOf, exactly one variant)."""
    py_names = {f.wire_name: f.py_name for f in body.fields}
    for only_required in (True, False):
        for _, fields in variants:
            chosen = [f for f in fields if f.required or not only_required]
            try:
                value = {f.wire_name: ast.literal_eval(f.example_lit or "None") for f in chosen}
            except (ValueError, SyntaxError):
                continue
            if ctx.examples.valid(value, schema):
                return tuple((py_names[f.wire_name], f.example_lit or "None") for f in chosen)
    return ()


def _first_example(variants: list[tuple[str, tuple[ir.BodyField, ...]]], wire: str) -> str | None:
    """The example of a field as the first variant has it (the README calls that variant)."""
    for f in variants[0][1] if variants else ():
        if f.wire_name == wire:
            return f.example_lit
    return None


def _overlapping(variants: list[tuple[str, tuple[ir.BodyField, ...]]]) -> bool:
    """Would one variant's keyword signature swallow another's (so typing.overload cannot tell them apart)?"""
    names = [frozenset(f.wire_name for f in fields) for _, fields in variants]
    required = [frozenset(f.wire_name for f in fields if f.required) for _, fields in variants]
    for i in range(len(variants)):
        for j in range(len(variants)):
            if i < j and (names[j] <= names[i] or required[i] == required[j]):
                return True
    return False


def _constraint_only(schema: Any) -> bool:
    """A union member that only says which properties must be present (no shape of its own)."""
    return isinstance(schema, dict) and set(schema) <= {
        "required",
        "description",
        "title",
        "minProperties",
        "maxProperties",
    }


def _rename(f: ir.BodyField, taken: set[str]) -> ir.BodyField:
    return replace(f, py_name=unique(f.py_name, taken))
