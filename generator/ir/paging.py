"""`x-pagination` -> `ir.Paging`: the wire paths of the checked extension as attribute paths into the
generated models, and the page classes a list method returns."""

from __future__ import annotations

from typing import Any

from generator.errors import SpecError
from generator.ir import nodes as ir
from generator.ir.context import Context
from generator.load.document import walk_property_path
from generator.models.operations import OperationSchemas


def build_paging(
    ctx: Context, hoisted: OperationSchemas, params: tuple[ir.Param, ...]
) -> ir.Paging | None:
    ext = ctx.extensions.of(hoisted.op).pagination
    if ext is None:
        return None
    # extensions.read_pagination checked the paths against this same success response
    assert hoisted.response is not None and hoisted.response.schema
    schema = hoisted.response.schema
    where = (*hoisted.op.where, "x-pagination")
    keys = {p.wire_name: p.key or p.wire_name for p in params if p.location == "query"}
    items, leaf = _attr_path(ctx, schema, ext.items, where)
    item_schema = ctx.registry.resolve(leaf).get("items", {})
    item_annotation = ctx.types.annotation(item_schema, "output")
    page = _PAGE_CLASSES[ext.style]
    common: dict[str, Any] = {
        "item_annotation": item_annotation,
        "items": items,
        "limit_param": keys[ext.limit_param] if ext.limit_param else None,
        "item_id": _item_id(ctx, item_schema, ext.item_id, where),
        "sync_class": f"Sync{page}",
        "async_class": f"Async{page}",
    }
    if ext.style == "cursor":
        assert ext.cursor_param is not None and ext.next_cursor is not None
        return ir.Paging(
            "cursor",
            page,
            cursor_param=keys[ext.cursor_param],
            next_cursor=_attr_path(ctx, schema, ext.next_cursor, where)[0],
            **common,
        )
    if ext.style == "page":
        assert ext.page_param is not None
        return ir.Paging(
            "page",
            page,
            page_param=keys[ext.page_param],
            page_count=_attr_path(ctx, schema, ext.page_count, where)[0] if ext.page_count else (),
            total=_attr_path(ctx, schema, ext.total, where)[0] if ext.total else (),
            first_page=_first_page(ctx, hoisted, ext.page_param),
            **common,
        )
    assert ext.offset_param is not None
    return ir.Paging(
        "offset",
        page,
        offset_param=keys[ext.offset_param],
        total=_attr_path(ctx, schema, ext.total, where)[0] if ext.total else (),
        **common,
    )


_PAGE_CLASSES = {"cursor": "CursorPage", "offset": "OffsetPage", "page": "PageNumberPage"}


def _item_id(
    ctx: Context, item_schema: Any, named: str | None, where: tuple[Any, ...]
) -> tuple[str, ...]:
    """The attribute path to an item's id: `x-pagination`'s `item-id`, else the item's own `id`
    property; empty when the item names no id (a walk then tells only whole repeated pages apart)."""
    if named is not None:
        return _attr_path(ctx, item_schema, named, (*where, "item-id"))[0]
    resolved = ctx.registry.resolve(item_schema) if isinstance(item_schema, dict) else {}
    props = resolved.get("properties")
    if not (isinstance(props, dict) and "id" in props):
        return ()
    cls = ctx.types.model_class(item_schema)
    attr = ctx.index.attr(cls, "id") if cls is not None else None
    return (attr,) if attr is not None else ()


def _first_page(ctx: Context, hoisted: OperationSchemas, page_param: str) -> int:
    """The number of the first page: the page parameter's default, else its minimum, else 1."""
    for p in hoisted.params:
        if p.parameter.location == "query" and p.parameter.name == page_param:
            schema = ctx.registry.resolve(p.schema)
            for key in ("default", "minimum"):
                value = schema.get(key)
                if isinstance(value, int) and not isinstance(value, bool):
                    return value
    return 1


def _attr_path(
    ctx: Context, schema: dict[str, Any], dotted: str, where: tuple[Any, ...]
) -> tuple[tuple[str, ...], Any]:
    """Wire path `meta.next_cursor` -> attribute path (`meta`, `next_cursor`) and the leaf schema.

    The path walks the named schemas the way the check walked the document (`walk_property_path`);
    each step's attribute is the one datamodel-code-generator gave that field.
    """
    steps = walk_property_path(schema, dotted, ctx.registry.resolve)
    attrs: list[str] = []
    if not isinstance(steps, str):
        for wire, owner in zip(dotted.split("."), [schema, *steps[:-1]], strict=True):
            cls = ctx.types.model_class(owner)
            attr = ctx.index.attr(cls, wire) if cls is not None else None
            if attr is None:
                break
            attrs.append(attr)
        else:
            return tuple(attrs), steps[-1]
    raise SpecError(
        [
            ctx.document.problem(
                list(where),
                f"x-pagination: {dotted!r} has no field in the generated models "
                "(a case the generator does not follow yet)",
            )
        ]
    )
