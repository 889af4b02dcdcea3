"""How an operation is spelled as a method: its signature in order, its docstring's arguments, and
for the sync and the async class its `def`, return type and runtime call."""

from __future__ import annotations

from generator.ir import nodes as ir

_OPTIONAL = "NOT_GIVEN"


def _optional(name: str, annotation: str, doc: str) -> ir.Argument:
    return ir.Argument(name, f"{annotation} | NotGiven", _OPTIONAL, doc)


def signature(
    params: tuple[ir.Param, ...], body: ir.Body | None, fields: tuple[ir.BodyField, ...]
) -> ir.Signature:
    """Path parameters positional; then keyword-only: required parameters, required body fields,
    a required whole body, and the optional ones in the same order."""
    positional = tuple(
        ir.Argument(p.py_name, p.annotation, None, p.doc) for p in params if p.location == "path"
    )
    keyword_params = [p for p in params if p.location != "path"]
    required = [
        ir.Argument(p.py_name, p.annotation, None, p.doc) for p in keyword_params if p.required
    ]
    required += [ir.Argument(f.py_name, f.annotation, None, f.doc) for f in fields if f.required]
    optional = [_optional(p.py_name, p.annotation, p.doc) for p in keyword_params if not p.required]
    optional += [_optional(f.py_name, f.annotation, f.doc) for f in fields if not f.required]
    if body is not None and body.whole_annotation is not None:
        doc = body.doc or "the request body"
        if body.required:
            required.append(ir.Argument(body.whole_name, body.whole_annotation, None, doc))
        else:
            optional.append(_optional(body.whole_name, body.whole_annotation, doc))
    return ir.Signature(positional, tuple(required + optional))


def arg_docs(params: tuple[ir.Param, ...], body: ir.Body | None) -> tuple[ir.Argument, ...]:
    """The docstring's `Args:`: parameters, body fields, the whole body (request options follow)."""
    docs = [ir.Argument(p.py_name, p.annotation, None, p.doc) for p in params]
    if body is not None:
        docs += [ir.Argument(f.py_name, f.annotation, None, f.doc) for f in body.fields]
        if body.whole_annotation is not None:
            docs.append(
                ir.Argument(
                    body.whole_name, body.whole_annotation, None, body.doc or "the request body"
                )
            )
    return tuple(docs)


def sync_method(response: ir.Response, paging: ir.Paging | None) -> ir.Method:
    if paging is None:
        return ir.Method("def", response.annotation, "self._client.request")
    page = f"{paging.sync_class}[{paging.item_annotation}]"
    return ir.Method("def", page, "self._client.request_page", page_type=page)


def async_method(response: ir.Response, paging: ir.Paging | None) -> ir.Method:
    if paging is None:
        return ir.Method("async def", response.annotation, "await self._client.request")
    item = paging.item_annotation
    page = f"{paging.async_class}[{item}]"
    # not a coroutine: the paginator is awaited for the first page, or iterated for every item
    return ir.Method(
        "def", f"AsyncPaginator[{item}, {page}]", "self._client.request_page", page_type=page
    )
