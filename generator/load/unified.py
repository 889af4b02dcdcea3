"""`x-unified`: how one provider spec maps onto the inbox's common model, read once into typed values.

A small declarative vocabulary, checked against the document it sits in (every fault a located
Problem at its JSON pointer and line); no Python, no code strings:

```yaml
x-unified:
  conversations:
    list: {operation: listConversations, order: created,          # what the server orders by
           filters: {status: {param: status, values: {open: open}}}}  # other values: on the client
    retrieve: {operation: retrieveConversation, id-param: id, result: data,
               note: "not on servers before 2.0 (404)"}            # any operation: said in the tables
    fields: {id: id, last_activity_at: last_message_at, contact.name: [contact.name, name],
             contact.phone: contact.phone}                         # a list: the first one present
    status: {rules: [{when: {set: archivedAt}, value: closed}],    # rules first, then the value map
             path: status, map: {open: open, waiting: pending}}    # anything else: `other`
    needs-reply: {later: [contactRepliedAt, adminRepliedAt]}
  messages:
    list: {operation: listConversationMessages, conversation-param: id}
    fields: {id: id, text: content_text, created_at: created_at}
    direction: {path: direction, map: {inbound: inbound, outbound: outbound}}
    send: {operation: createMessage, result: data, fields: {id: message_id},
           arguments: {to: conversation.contact.phone, text: text, type: {const: text}}}
  events:
    message.received: {type: message.received, fields: {conversation_id: data.conversation_id}}
```

Field paths are the spec's wire names, dotted, relative to the object the mapping reads (a list's
item, an operation's `result`, a webhook's payload); each is checked against its schema here.
Conditions: `{set: p}`, `{unset: p}`, `{equals: {path: p, value: v}}`, `{above: {path: p, value: n}}`,
`{later: [p, q]}` (p is set and q is not, or p is the later time); `when` may list several (all hold).
The targets (`fields` keys, statuses, directions, event types) are the common model's
(`specs/unified/model.yaml`); they are listed here as the grammar of the extension, and the inbox
generator checks that the model still has each of them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from generator.load.document import Document, PathOperation, through_nullable, walk_property_path

# -- the grammar: the common model's names a mapping may target ---------------------------------------

CONVERSATION_FIELDS = (
    "id",
    "last_activity_at",
    "unread_count",
    "last_message_text",
    "contact.id",
    "contact.name",
    "contact.phone",
    "contact.email",
)
MESSAGE_FIELDS = ("id", "text", "created_at", "status_raw", "conversation_id")
EVENT_FIELDS = (
    "id",
    "occurred_at",
    "conversation_id",
    "message.id",
    "message.text",
    "message.created_at",
    "message.status_raw",
    "contact.id",
    "contact.name",
    "contact.phone",
)
STATUSES = ("open", "pending", "closed", "other")
DIRECTIONS = ("inbound", "outbound", "other")
EVENT_TYPES = (
    "message.received",
    "message.sent",
    "message.status_changed",
    "conversation.created",
    "other",
)
FILTERS = ("status",)
ORDERS = ("last-activity", "created", "unspecified")
# what a send argument may take from the unified call: the message text, or a conversation field
SEND_SOURCES = ("text", "conversation.id", "conversation.contact.id", "conversation.contact.phone")
CONDITIONS = ("set", "unset", "equals", "above", "later")


# -- the values -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """Where a unified field's value comes from: the first alternative with a value; an alternative
    of several paths joins their values with a space (a name made of first and last name)."""

    alternatives: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Condition:
    kind: Literal["set", "unset", "equals", "above", "later"]
    path: str
    other: str | None = None  # `later`: the path it is compared with
    value: str | int | float | bool | None = None  # `equals`, `above`


@dataclass(frozen=True)
class Rule:
    """`{when: [conditions], value: v}`: v when every condition holds (no `when`: always)."""

    when: tuple[Condition, ...]
    value: str


@dataclass(frozen=True)
class ValueMap:
    """A unified enum read from the provider: the rules in order, then `map` of the value at `path`
    (compared as text), then `other`; `path` (else the first rule's) is kept as the raw value."""

    rules: tuple[Rule, ...] = ()
    path: str | None = None
    map: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ServerFilter:
    """A unified filter the provider applies: the query parameter and the provider's value of each
    unified value it can filter on (the other values are filtered on the client)."""

    param: str
    values: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Argument:
    """One argument of a bound operation (by wire name): a unified source or a constant."""

    name: str
    source: str | None = None  # one of SEND_SOURCES
    const: str | int | float | bool | None = None


@dataclass(frozen=True)
class Binding:
    """An operation of the spec bound to a unified operation."""

    operation_id: str
    op_key: str  # the operation's JSON pointer
    arguments: tuple[Argument, ...] = ()
    result: str | None = None  # where the object sits in the success response
    id_param: str | None = None  # retrieve: the path parameter taking the id
    conversation_param: str | None = None  # messages: the parameter taking the conversation id
    order: str | None = None  # list: what the server orders by
    filters: tuple[tuple[str, ServerFilter], ...] = ()
    note: str | None = None  # what a caller should know that the mapping cannot say (tables)


@dataclass(frozen=True)
class EventMapping:
    """One webhook of the spec as a unified event."""

    name: str  # the key under `webhooks`
    type: str
    fields: tuple[tuple[str, Source], ...]


@dataclass(frozen=True)
class UnifiedMapping:
    """The whole `x-unified` of one spec."""

    conversation_list: Binding
    conversation_fields: tuple[tuple[str, Source], ...]
    status: ValueMap
    needs_reply: tuple[Condition, ...] | None
    conversation_retrieve: Binding | None
    message_list: Binding | None
    message_fields: tuple[tuple[str, Source], ...]
    direction: ValueMap
    send: Binding | None
    send_fields: tuple[tuple[str, Source], ...]
    events: tuple[EventMapping, ...]


# -- reading --------------------------------------------------------------------------------------


class _Reader(Protocol):
    document: Document

    def fail(self, where: Sequence[Any], message: str) -> None: ...


_SCALAR = (str, int, float, bool)


class _Check:
    """The reading of one `x-unified`: every fault is reported, then the value is dropped."""

    def __init__(self, r: _Reader) -> None:
        self.r = r
        self.doc = r.document
        self.failed = False
        self.by_id = {op.operation_id: op for op in self.doc.operations if op.operation_id}

    def fail(self, where: Sequence[Any], message: str) -> None:
        self.failed = True
        self.r.fail(where, f"x-unified: {message}")

    def mapping(self, where: Sequence[Any], value: Any, keys: Sequence[str]) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            self.fail(where, "must be a mapping")
            return {}
        for key in value:
            if key not in keys and not str(key).startswith("x-"):  # x-evidence-note and the like
                self.fail([*where, key], f"unknown key {key!r}; expected one of {list(keys)}")
        return value

    def text(self, where: Sequence[Any], value: Any) -> str | None:
        if isinstance(value, str) and value:
            return value
        self.fail(where, f"must be a non-empty string, not {value!r}")
        return None

    # -- paths into schemas

    def path(self, where: Sequence[Any], schema: Any, dotted: Any) -> str | None:
        text = self.text(where, dotted)
        if text is None or schema is None:
            return text
        found = walk_property_path(schema, text, self.doc.deref)
        if isinstance(found, str):
            self.fail(
                where, f"{text!r} is not a field of the schema it reads ({found!r} is missing)"
            )
            return None
        return text

    def source(self, where: Sequence[Any], schema: Any, value: Any) -> Source | None:
        """A path, `{join: [paths]}`, or a list of those: the first alternative present wins."""
        items = value if isinstance(value, list) else [value]
        if not items:
            self.fail(where, "needs at least one path")
            return None
        out: list[tuple[str, ...]] = []
        for i, item in enumerate(items):
            at = [*where, i] if isinstance(value, list) else list(where)
            if isinstance(item, dict) and set(item) == {"join"} and isinstance(item["join"], list):
                parts = [self.path([*at, "join", j], schema, p) for j, p in enumerate(item["join"])]
            else:
                parts = [self.path(at, schema, item)]
            if not parts or any(p is None for p in parts):
                return None
            out.append(tuple(p for p in parts if p is not None))
        return Source(tuple(out))

    def fields(
        self, where: Sequence[Any], schema: Any, value: Any, targets: Sequence[str]
    ) -> tuple[tuple[str, Source], ...]:
        if not isinstance(value, dict):
            self.fail(where, "`fields` must be a mapping of unified field to provider path")
            return ()
        out: list[tuple[str, Source]] = []
        for target, spec in value.items():
            if target not in targets:
                self.fail(
                    [*where, target],
                    f"{target!r} is not a field of the common model here; expected one of "
                    f"{list(targets)}",
                )
                continue
            found = self.source([*where, target], schema, spec)
            if found is not None:
                out.append((str(target), found))
        return tuple(out)

    def condition(self, where: Sequence[Any], schema: Any, value: Any) -> Condition | None:
        if not (isinstance(value, dict) and len(value) == 1):
            self.fail(where, f"a condition is one of {list(CONDITIONS)} with its argument")
            return None
        kind, arg = next(iter(value.items()))
        at = [*where, kind]
        if kind in ("set", "unset"):
            path = self.path(at, schema, arg)
            return Condition(kind, path) if path is not None else None
        if kind == "later":
            if not (isinstance(arg, list) and len(arg) == 2):
                self.fail(at, "`later` takes two paths: [later, earlier]")
                return None
            first, second = self.path([*at, 0], schema, arg[0]), self.path([*at, 1], schema, arg[1])
            if first is None or second is None:
                return None
            return Condition("later", first, other=second)
        if kind in ("equals", "above"):
            found = self.mapping(at, arg, ("path", "value"))
            path = self.path([*at, "path"], schema, found.get("path"))
            item = found.get("value")
            wanted = (int, float) if kind == "above" else _SCALAR
            if not isinstance(item, wanted) or (kind == "above" and isinstance(item, bool)):
                self.fail(
                    [*at, "value"], f"`{kind}` needs a {'number' if kind == 'above' else 'value'}"
                )
                return None
            return Condition(kind, path, value=item) if path is not None else None
        self.fail(where, f"unknown condition {kind!r}; expected one of {list(CONDITIONS)}")
        return None

    def conditions(self, where: Sequence[Any], schema: Any, value: Any) -> tuple[Condition, ...]:
        items = value if isinstance(value, list) else [value]
        found = [
            self.condition([*where, i] if isinstance(value, list) else where, schema, c)
            for i, c in enumerate(items)
        ]
        return tuple(c for c in found if c is not None)

    def value_map(
        self, where: Sequence[Any], schema: Any, value: Any, allowed: Sequence[str]
    ) -> ValueMap:
        found = self.mapping(where, value, ("rules", "path", "map"))
        rules: list[Rule] = []
        raw_rules = found.get("rules", [])
        if not isinstance(raw_rules, list):
            self.fail([*where, "rules"], "`rules` must be a list of {when, value}")
            raw_rules = []
        for i, rule in enumerate(raw_rules):
            at = [*where, "rules", i]
            each = self.mapping(at, rule, ("when", "value"))
            result = each.get("value")
            if result not in allowed:
                self.fail([*at, "value"], f"{result!r} is not one of {list(allowed)}")
                continue
            when = self.conditions([*at, "when"], schema, each["when"]) if "when" in each else ()
            rules.append(Rule(when, str(result)))
        path = self.path([*where, "path"], schema, found["path"]) if "path" in found else None
        pairs: list[tuple[str, str]] = []
        raw_map = found.get("map", {})
        if not isinstance(raw_map, dict):
            self.fail([*where, "map"], "`map` must map provider values to unified ones")
            raw_map = {}
        if raw_map and "path" not in found:
            self.fail(where, "`map` needs the `path` of the value it maps")
        for key, target in raw_map.items():
            if target not in allowed:
                self.fail([*where, "map", key], f"{target!r} is not one of {list(allowed)}")
            else:
                pairs.append((_wire_text(key), str(target)))
        if not rules and path is None and "path" not in found:
            self.fail(where, "needs `rules`, or a `path` with its `map`")
        return ValueMap(tuple(rules), path, tuple(pairs))

    # -- operations

    def operation(self, where: Sequence[Any], value: Any) -> PathOperation | None:
        op_id = self.text(where, value)
        if op_id is None:
            return None
        op = self.by_id.get(op_id)
        if op is None:
            self.fail(where, f"no operation has the operationId {op_id!r}")
        return op

    def params(self, op: PathOperation) -> dict[str, str]:
        return {p.name: p.location for p in self.doc.parameters(op)}

    def param(
        self, where: Sequence[Any], op: PathOperation, value: Any, location: str | None
    ) -> str | None:
        name = self.text(where, value)
        if name is None:
            return None
        found = self.params(op).get(name)
        if found is None or (location is not None and found != location):
            self.fail(
                where,
                f"{name!r} is not a {location or ''} parameter of {op.operation_id!r}".replace(
                    "  ", " "
                ),
            )
            return None
        return name

    def response(self, op: PathOperation) -> Any:
        response = self.doc.success_response(op)
        return response.schema if response is not None and response.json else None

    def result(self, where: Sequence[Any], op: PathOperation, value: Any) -> tuple[str | None, Any]:
        """`result`: where the object sits in the success response, and the object's schema."""
        schema = through_nullable(self.doc.deref(self.response(op)), self.doc.deref)
        if value is None:
            return None, schema
        path = self.path(where, schema, value)
        if path is None or schema is None:
            return path, None
        steps = walk_property_path(schema, path, self.doc.deref)
        return path, steps[-1] if isinstance(steps, list) else None

    def list_item(self, where: Sequence[Any], op: PathOperation) -> Any:
        """The item schema of a paged list: what its fields are read from."""
        pagination = op.op.get("x-pagination")
        items = pagination.get("items") if isinstance(pagination, dict) else None
        schema = self.response(op)
        if not isinstance(items, str) or schema is None:
            self.fail(where, f"{op.operation_id!r} is not a paged list (no `x-pagination`)")
            return None
        steps = walk_property_path(schema, items, self.doc.deref)
        if isinstance(steps, str):
            return None  # x-pagination reports it
        array = self.doc.deref(steps[-1])
        return array.get("items") if isinstance(array, dict) else None

    def body_fields(self, op: PathOperation) -> set[str]:
        body = self.doc.request_body(op)
        schema = body.media_obj.get("schema") if body is not None else None
        names: set[str] = set()
        pending = [schema]
        while pending:
            each = self.doc.deref(pending.pop())
            if not isinstance(each, dict):
                continue
            props = each.get("properties")
            if isinstance(props, dict):
                names.update(str(k) for k in props)
            for key in ("allOf", "anyOf", "oneOf"):
                if isinstance(each.get(key), list):
                    pending.extend(each[key])
        return names

    def arguments(
        self, where: Sequence[Any], op: PathOperation, value: Any
    ) -> tuple[Argument, ...]:
        if not isinstance(value, dict):
            self.fail(
                where, "`arguments` must map the operation's parameters and body fields to sources"
            )
            return ()
        known = set(self.params(op)) | self.body_fields(op)
        out: list[Argument] = []
        for name, spec in value.items():
            at = [*where, name]
            if str(name).startswith("x-"):
                continue
            if name not in known:
                self.fail(
                    at, f"{name!r} is neither a parameter nor a body field of {op.operation_id!r}"
                )
            elif (
                isinstance(spec, dict)
                and set(spec) == {"const"}
                and isinstance(spec["const"], _SCALAR)
            ):
                out.append(Argument(str(name), const=spec["const"]))
            elif spec in SEND_SOURCES:
                out.append(Argument(str(name), source=str(spec)))
            else:
                self.fail(at, f"{spec!r} must be one of {list(SEND_SOURCES)} or {{const: value}}")
        return tuple(out)


def _wire_text(value: Any) -> str:
    """A provider value as the text it is compared as (YAML reads `true` as a boolean)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def read_unified(r: _Reader, where: Sequence[Any], value: Any) -> UnifiedMapping | None:
    """The one reading of `x-unified` (the root of a provider spec)."""
    c = _Check(r)
    root = c.mapping(where, value, ("conversations", "messages", "events"))
    conv_at = [*where, "conversations"]
    conv = c.mapping(
        conv_at, root.get("conversations"), ("list", "retrieve", "fields", "status", "needs-reply")
    )
    if "conversations" not in root:
        c.fail(where, "needs `conversations` (at least its `list`, `fields` and `status`)")
    listing = _conversation_list(c, [*conv_at, "list"], conv.get("list"))
    item = listing[1] if listing else None
    fields = c.fields([*conv_at, "fields"], item, conv.get("fields", {}), CONVERSATION_FIELDS)
    if "id" not in dict(fields) and "fields" in conv:
        c.fail([*conv_at, "fields"], "needs `id`")
    status = c.value_map([*conv_at, "status"], item, conv.get("status"), STATUSES)
    needs_reply = (
        c.conditions([*conv_at, "needs-reply"], item, conv["needs-reply"])
        if "needs-reply" in conv
        else None
    )
    retrieve = (
        _retrieve(c, [*conv_at, "retrieve"], conv["retrieve"]) if "retrieve" in conv else None
    )

    msg_at = [*where, "messages"]
    msgs = c.mapping(msg_at, root.get("messages", {}), ("list", "fields", "direction", "send"))
    message_list: Binding | None = None
    message_fields: tuple[tuple[str, Source], ...] = ()
    direction = ValueMap(rules=(Rule((), "other"),))
    if "list" in msgs:
        at = [*msg_at, "list"]
        spec = c.mapping(at, msgs["list"], ("operation", "conversation-param", "note"))
        op = c.operation([*at, "operation"], spec.get("operation"))
        if op is not None:
            param = c.param([*at, "conversation-param"], op, spec.get("conversation-param"), None)
            message_item = c.list_item(at, op)
            message_list = Binding(
                op.operation_id or "", op.key, conversation_param=param, note=_note(c, at, spec)
            )
            message_fields = c.fields(
                [*msg_at, "fields"], message_item, msgs.get("fields", {}), MESSAGE_FIELDS
            )
            if "direction" in msgs:
                direction = c.value_map(
                    [*msg_at, "direction"], message_item, msgs["direction"], DIRECTIONS
                )
    send: Binding | None = None
    send_fields: tuple[tuple[str, Source], ...] = ()
    if "send" in msgs:
        send, send_fields = _send(c, [*msg_at, "send"], msgs["send"])

    events: list[EventMapping] = []
    hooks = {name: hook for name, _method, hook in c.doc.webhook_operations()}
    raw_events = c.mapping([*where, "events"], root.get("events", {}), list(hooks))
    for name, spec in raw_events.items():
        if name not in hooks:
            continue  # reported by `mapping`
        at = [*where, "events", name]
        each = c.mapping(at, spec, ("type", "fields"))
        kind = each.get("type")
        if kind not in EVENT_TYPES:
            c.fail([*at, "type"], f"{kind!r} is not one of {list(EVENT_TYPES)}")
            continue
        body = c.doc.deref(hooks[name].get("requestBody"))
        content = body.get("content") if isinstance(body, dict) else None
        media = content.get("application/json") if isinstance(content, dict) else None
        schema = media.get("schema") if isinstance(media, dict) else None
        events.append(
            EventMapping(
                str(name),
                str(kind),
                c.fields([*at, "fields"], schema, each.get("fields", {}), EVENT_FIELDS),
            )
        )

    if c.failed or listing is None:
        return None
    return UnifiedMapping(
        conversation_list=listing[0],
        conversation_fields=fields,
        status=status,
        needs_reply=needs_reply,
        conversation_retrieve=retrieve,
        message_list=message_list,
        message_fields=message_fields,
        direction=direction,
        send=send,
        send_fields=send_fields,
        events=tuple(events),
    )


def _conversation_list(c: _Check, where: Sequence[Any], value: Any) -> tuple[Binding, Any] | None:
    spec = c.mapping(where, value, ("operation", "order", "filters", "note"))
    if value is None:
        c.fail(where[:-1], "needs `list`: the operation listing conversations")
        return None
    op = c.operation([*where, "operation"], spec.get("operation"))
    if op is None:
        return None
    order = spec.get("order", "last-activity")
    if order not in ORDERS:
        c.fail([*where, "order"], f"{order!r} is not one of {list(ORDERS)}")
    filters: list[tuple[str, ServerFilter]] = []
    raw = c.mapping([*where, "filters"], spec.get("filters", {}), FILTERS)
    for name, each in raw.items():
        at = [*where, "filters", name]
        found = c.mapping(at, each, ("param", "values"))
        param = c.param([*at, "param"], op, found.get("param"), "query")
        values = found.get("values")
        if not isinstance(values, dict) or not values:
            c.fail([*at, "values"], "`values` must map unified values to the provider's")
            continue
        bad = [k for k in values if k not in STATUSES]
        for k in bad:
            c.fail([*at, "values", k], f"{k!r} is not one of {list(STATUSES)}")
        if param is not None and not bad:
            filters.append(
                (
                    str(name),
                    ServerFilter(param, tuple((str(k), _wire_text(v)) for k, v in values.items())),
                )
            )
    item = c.list_item(where, op)
    binding = Binding(
        op.operation_id or "",
        op.key,
        order=str(order),
        filters=tuple(filters),
        note=_note(c, where, spec),
    )
    return binding, item


def _retrieve(c: _Check, where: Sequence[Any], value: Any) -> Binding | None:
    spec = c.mapping(where, value, ("operation", "id-param", "result", "note"))
    op = c.operation([*where, "operation"], spec.get("operation"))
    if op is None:
        return None
    param = c.param([*where, "id-param"], op, spec.get("id-param"), "path")
    result, _schema = c.result([*where, "result"], op, spec.get("result"))
    return Binding(
        op.operation_id or "", op.key, id_param=param, result=result, note=_note(c, where, spec)
    )


def _send(
    c: _Check, where: Sequence[Any], value: Any
) -> tuple[Binding | None, tuple[tuple[str, Source], ...]]:
    spec = c.mapping(where, value, ("operation", "arguments", "result", "fields", "note"))
    op = c.operation([*where, "operation"], spec.get("operation"))
    if op is None:
        return None, ()
    arguments = c.arguments([*where, "arguments"], op, spec.get("arguments"))
    if not any(a.source == "text" for a in arguments):
        c.fail([*where, "arguments"], "no argument takes the message `text`")
    result, schema = c.result([*where, "result"], op, spec.get("result"))
    fields = c.fields([*where, "fields"], schema, spec.get("fields", {}), MESSAGE_FIELDS)
    binding = Binding(
        op.operation_id or "",
        op.key,
        arguments=arguments,
        result=result,
        note=_note(c, where, spec),
    )
    return binding, fields


def _note(c: _Check, where: Sequence[Any], spec: Mapping[str, Any]) -> str | None:
    """An operation's `note`: one line of text for the tables (none: None)."""
    if "note" not in spec:
        return None
    note = c.text([*where, "note"], spec["note"])
    if note is None:
        return None
    note = note.strip()
    if "\n" in note or "|" in note:
        c.fail([*where, "note"], "must be one line without `|` (it is a table cell)")
        return None
    return note
