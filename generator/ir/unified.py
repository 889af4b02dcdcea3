"""`x-unified` -> `ir.Unified`: the checked mapping with every operation named as the client calls it.

The load stage checked the mapping against the document (operation ids, parameters, field paths); here
each bound operation becomes its call path on the client (`conversations.messages.create`) and each
argument its Python name, so the inbox's runtime can interpret the mapping as plain data. The data is
a dict of strings, lists and dicts (`data`), rendered as a Python literal (`data_lit`).
"""

from __future__ import annotations

from typing import Any

from generator.ir import nodes as ir
from generator.load.unified import Binding, Condition, Source, UnifiedMapping, ValueMap


def build_unified(
    mapping: UnifiedMapping | None,
    operations: tuple[ir.Operation, ...],
    spec_name: str,
) -> ir.Unified | None:
    if mapping is None:
        return None
    by_id = {op.operation_id: op for op in operations}
    conversations: dict[str, Any] = {
        "list": _list(by_id, mapping.conversation_list),
        "fields": _fields(mapping.conversation_fields),
        "contact_root": _contact_root(mapping.conversation_fields),
        "status": _value_map(mapping.status),
        "needs_reply": _conditions(mapping.needs_reply)
        if mapping.needs_reply is not None
        else None,
        "retrieve": _retrieve(by_id, mapping.conversation_retrieve),
    }
    messages: dict[str, Any] = {
        "list": _messages(by_id, mapping.message_list),
        "fields": _fields(mapping.message_fields),
        "direction": _value_map(mapping.direction),
        "send": _send(by_id, mapping.send),
        "send_fields": _fields(mapping.send_fields),
    }
    events = {
        e.name: {
            "type": e.type,
            "fields": _fields(e.fields),
            "contact_root": _contact_root(e.fields),
        }
        for e in mapping.events
    }
    data = {"conversations": conversations, "messages": messages, "events": events}
    return ir.Unified(name=spec_name, data=data, data_lit=repr(data))


def _path(dotted: str) -> list[str]:
    return dotted.split(".")


def _fields(fields: tuple[tuple[str, Source], ...]) -> dict[str, list[list[list[str]]]]:
    """target -> alternatives -> paths joined -> wire path parts."""
    return {
        target: [[_path(p) for p in alternative] for alternative in source.alternatives]
        for target, source in fields
    }


def _contact_root(fields: tuple[tuple[str, Source], ...]) -> list[str] | None:
    """Where the provider keeps the contact, when every contact field is read first below one field
    (`contact.name`, `contact.phone`: `contact`); None when they are read from the object itself."""
    firsts = {
        path.split(".")[0] if "." in path else ""
        for target, source in fields
        if target.startswith("contact.")
        for path in source.alternatives[0]
    }
    return [firsts.pop()] if len(firsts) == 1 and "" not in firsts else None


def _condition(c: Condition) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": c.kind, "path": _path(c.path)}
    if c.other is not None:
        out["other"] = _path(c.other)
    if c.kind in ("equals", "above"):
        out["value"] = c.value
    return out


def _conditions(conditions: tuple[Condition, ...]) -> list[dict[str, Any]]:
    return [_condition(c) for c in conditions]


def _value_map(v: ValueMap) -> dict[str, Any]:
    raw = v.path or next((c.path for rule in v.rules for c in rule.when), None)
    return {
        "rules": [{"when": _conditions(rule.when), "value": rule.value} for rule in v.rules],
        "path": _path(v.path) if v.path else None,
        "map": dict(v.map),
        "raw": _path(raw) if raw else None,
    }


def _names(op: ir.Operation) -> dict[str, str]:
    """Wire name -> Python argument name, for the parameters and the body fields of `op`."""
    names = {p.wire_name: p.py_name for p in op.params}
    if op.body is not None:
        names.update({f.wire_name: f.py_name for f in op.body.fields})
        for overload in op.body.overloads:
            names.update({f.wire_name: f.py_name for f in overload.fields})
    return names


def _param(op: ir.Operation, wire: str) -> ir.Param:
    return next(p for p in op.params if p.wire_name == wire)


def _list(by_id: dict[str, ir.Operation], b: Binding) -> dict[str, Any]:
    op = by_id[b.operation_id]
    filters = {}
    for name, f in b.filters:
        param = _param(op, f.param)
        filters[name] = {
            "arg": param.py_name,
            # a parameter taking several values (a JSON array) gets the value as a one-item list
            "many": param.annotation.startswith(("Sequence[", "list[")),
            "values": dict(f.values),
        }
    return {"call": op.call_path, "order": b.order, "filters": filters, "note": b.note}


def _retrieve(by_id: dict[str, ir.Operation], b: Binding | None) -> dict[str, Any] | None:
    if b is None:
        return None
    op = by_id[b.operation_id]
    assert b.id_param is not None
    return {
        "call": op.call_path,
        "id_arg": _names(op)[b.id_param],
        "result": _path(b.result) if b.result else [],
        "note": b.note,
    }


def _messages(by_id: dict[str, ir.Operation], b: Binding | None) -> dict[str, Any] | None:
    if b is None:
        return None
    op = by_id[b.operation_id]
    assert b.conversation_param is not None
    return {
        "call": op.call_path,
        "conversation_arg": _names(op)[b.conversation_param],
        "note": b.note,
    }


def _send(by_id: dict[str, ir.Operation], b: Binding | None) -> dict[str, Any] | None:
    if b is None:
        return None
    op = by_id[b.operation_id]
    names = _names(op)
    arguments = [
        {"arg": names[a.name], "source": a.source}
        if a.source is not None
        else {"arg": names[a.name], "const": a.const}
        for a in b.arguments
    ]
    return {
        "call": op.call_path,
        "arguments": arguments,
        "result": _path(b.result) if b.result else [],
        # the client deduplicates a retried send with this header (None: a retry could send twice)
        "idempotency_key": op.idempotency_header_lit is not None,
        "note": b.note,
    }
