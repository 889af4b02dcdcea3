"""The interpreter of a provider's `x-unified` mapping, rendered as data into `_providers.py`.

Paths are the spec's wire names (`contact.fullName`); a provider model is read through its fields'
aliases (cached per class), a dict by key. Conditions and value maps follow the vocabulary the
generator checked (`generator/load/unified.py`): `set`, `unset`, `equals`, `above`, `later`; rules in
order, then the value map, then `other`. Nothing here knows a provider: everything comes from the data.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Literal, TypeVar, cast

import pydantic

from .models import Contact, Conversation, Event, Message

Data = Mapping[str, Any]

# how a value of each type is read by wire name: a model's attributes by alias and by name, a root
# model through its `.root`, a mapping by key; anything else has no fields
_ROOT = "root"
_MAPPING = "mapping"
_NOTHING = "nothing"
_READERS: dict[type[Any], dict[str, str] | str] = {}


def _reader(kind: type[Any]) -> dict[str, str] | str:
    found = _READERS.get(kind)
    if found is None:
        if issubclass(kind, pydantic.RootModel):
            found = _ROOT
        elif issubclass(kind, pydantic.BaseModel):
            names: dict[str, str] = {}
            for name, info in kind.model_fields.items():
                names[name] = name
                if info.alias:
                    names[info.alias] = name
            found = names
        elif issubclass(kind, Mapping):
            found = _MAPPING
        else:
            found = _NOTHING
        _READERS[kind] = found
    return found


def value_at(obj: object, path: Sequence[str]) -> Any:
    """The value at a wire path, or None where a step is missing."""
    current: Any = obj
    for step in path:
        while True:
            if current is None:
                return None
            kind = type(cast(object, current))
            reader = _reader(kind)
            if reader is _ROOT:
                current = current.root
                continue
            break
        if isinstance(reader, dict):
            name = reader.get(step)
            if name is not None:
                current = getattr(current, name, None)
            else:
                extra = current.model_extra
                current = extra.get(step) if extra else None
        elif reader is _MAPPING:
            current = current.get(step)
        else:
            return None
    last = type(cast(object, current))
    if current is not None and _reader(last) is _ROOT:
        return current.root
    return current


_M = TypeVar("_M", bound=pydantic.BaseModel)


def build(cls: type[_M], values: dict[str, Any]) -> _M:
    """An instance of a model of the common model from values already of their types (every field given).

    What `model_construct` does, without its per-field default handling: the values come from the
    provider's validated model and the mapping's checked vocabulary, so nothing is validated twice.
    """
    given = set(values)
    for name, info in cls.model_fields.items():
        if name not in values:
            values[name] = info.default
    made = cls.__new__(cls)
    object.__setattr__(made, "__dict__", values)
    object.__setattr__(made, "__pydantic_fields_set__", given)
    object.__setattr__(made, "__pydantic_extra__", {})
    object.__setattr__(made, "__pydantic_private__", None)
    return made


def source(obj: object, alternatives: Sequence[Sequence[Sequence[str]]]) -> Any:
    """The first alternative with a value; an alternative of several paths joins their values."""
    for paths in alternatives:
        if len(paths) == 1:
            value = value_at(obj, paths[0])
            if value is not None and value != "":
                return value
            continue
        parts = [value_at(obj, p) for p in paths]
        text = " ".join(str(p) for p in parts if p is not None and p != "")
        if text:
            return text
    return None


def text_of(value: object) -> str:
    """A provider value as the text a value map compares (`True` is "true", an enum its value)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    inner = getattr(value, "value", value)
    return str(inner)


def when_of(value: object) -> datetime | None:
    """A date-time from a provider value (a datetime, or ISO text); None when it is not one."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, str) and value:
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return None


def holds(obj: object, condition: Data) -> bool:
    kind = condition["kind"]
    value = value_at(obj, condition["path"])
    if kind == "set":
        return value is not None
    if kind == "unset":
        return value is None
    if kind == "equals":
        return value is not None and text_of(value) == text_of(condition["value"])
    if kind == "above":
        return isinstance(value, (int, float)) and not isinstance(value, bool) and value > condition["value"]
    # later: the path is set, and the other is not or is earlier
    first = when_of(value)
    if first is None:
        return False
    second = when_of(value_at(obj, condition["other"]))
    return second is None or first > second


def all_hold(obj: object, conditions: Sequence[Data]) -> bool:
    return all(holds(obj, c) for c in conditions)


def mapped(obj: object, spec: Data) -> tuple[str, Any]:
    """A unified enum value (rules, then the value map, then "other") and the raw value it was read from."""
    raw = value_at(obj, spec["raw"]) if spec["raw"] else None
    for rule in spec["rules"]:
        if all_hold(obj, rule["when"]):
            return rule["value"], raw
    if spec["path"] is not None:
        return spec["map"].get(text_of(raw), "other"), raw
    return "other", raw


def _text(value: object) -> str | None:
    return None if value is None else text_of(value)


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _ref(provider: str, ident: object) -> str | None:
    return None if ident is None or ident == "" else f"{provider}:{text_of(ident)}"


def contact(provider: str, obj: object, fields: Data, root: Sequence[str] | None) -> Contact:
    """The contact read from a provider's object; `raw` is the provider's contact (at `root`), else the object."""

    def read(name: str) -> Any:
        spec = fields.get("contact." + name)
        return source(obj, spec) if spec else None

    raw = value_at(obj, root) if root else None
    ident = _text(read("id"))
    return build(
        Contact,
        dict(
            provider=provider,
            ref=_ref(provider, ident),
            id=ident,
            name=_text(read("name")),
            phone=_text(read("phone")),
            email=_text(read("email")),
            raw=obj if raw is None else raw,
        ),
    )


def conversation(provider: str, obj: object, spec: Data) -> Conversation:
    """A provider's conversation as the unified one (`raw` is the provider's object)."""
    fields: Data = spec["fields"]
    ident = text_of(source(obj, fields["id"]))
    status, status_raw = mapped(obj, spec["status"])
    needs = spec["needs_reply"]

    def read(name: str) -> Any:
        found = fields.get(name)
        return source(obj, found) if found else None

    return build(
        Conversation,
        dict(
            provider=provider,
            ref=f"{provider}:{ident}",
            id=ident,
            status=status,
            status_raw=status_raw,
            contact=contact(provider, obj, fields, spec.get("contact_root")),
            last_activity_at=when_of(read("last_activity_at")),
            unread_count=_int(read("unread_count")),
            needs_reply=all_hold(obj, needs) if needs is not None else None,
            last_message_text=_text(read("last_message_text")),
            raw=obj,
        ),
    )


Direction = Literal["inbound", "outbound", "other"]


def message(
    provider: str,
    obj: object,
    fields: Data,
    direction: Data | None,
    *,
    conversation_ref: str | None = None,
    fixed_direction: Direction | None = None,
    prefix: str = "",
) -> Message:
    """A provider's message (or send result, or event part) as the unified one."""

    def read(name: str) -> Any:
        found = fields.get(prefix + name)
        return source(obj, found) if found else None

    ident = _text(read("id")) or ""
    conv = _text(read("conversation_id"))
    if fixed_direction is not None:
        way: str = fixed_direction
        way_raw: Any = None
    elif direction is not None:
        way, way_raw = mapped(obj, direction)
    else:
        way, way_raw = "other", None
    return build(
        Message,
        dict(
            provider=provider,
            ref=f"{provider}:{ident}",
            id=ident,
            conversation_ref=_ref(provider, conv) if conv else conversation_ref,
            direction=way,
            direction_raw=way_raw,
            text=_text(read("text")),
            created_at=when_of(read("created_at")),
            status_raw=_text(read("status_raw")),
            raw=obj,
        ),
    )


_EVENT_DIRECTIONS: Mapping[str, Direction] = {"message.received": "inbound", "message.sent": "outbound"}


def event(provider: str, name: str, obj: object, spec: Data | None) -> Event:
    """A verified provider event as the unified one; one the mapping does not name is `other`."""
    if spec is None:
        return build(Event, dict(provider=provider, type="other", name=name, raw=obj))
    fields: Data = spec["fields"]
    kind: str = spec["type"]

    def read(field: str) -> Any:
        found = fields.get(field)
        return source(obj, found) if found else None

    conversation_ref = _ref(provider, read("conversation_id"))
    has_message = any(key.startswith("message.") for key in fields)
    has_contact = any(key.startswith("contact.") for key in fields)
    found_message = (
        message(
            provider,
            obj,
            fields,
            None,
            conversation_ref=conversation_ref,
            fixed_direction=_EVENT_DIRECTIONS.get(kind, "other"),
            prefix="message.",
        )
        if has_message
        else None
    )
    return build(
        Event,
        dict(
            provider=provider,
            ref=_ref(provider, read("id")),
            type=kind,
            name=name,
            conversation_ref=conversation_ref,
            message=found_message,
            contact=contact(provider, obj, fields, spec.get("contact_root")) if has_contact else None,
            occurred_at=when_of(read("occurred_at")),
            raw=obj,
        ),
    )
