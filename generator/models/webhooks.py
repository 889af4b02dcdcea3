"""The document's `webhooks` (OpenAPI 3.1): each event's payload schema named in the registry, before
models are generated, and the union of every event's payload.

Each webhook operation with a JSON request body becomes an event; its payload schema is hoisted like an
operation's (an inline object becomes `<operationId> event`, e.g. `AlertTriggeredEvent`). When every
payload has the same required property holding one distinct string (`event: {const: message.received}`,
or an `enum` of one value), that property is the discriminator: the events' union is declared with a
`discriminator` (an existing component that is exactly that union is used as it is), so
datamodel-code-generator types each member's property as its `Literal` and the runtime can tell the
events apart, and their signature schemes, before it validates a payload.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.errors import Problem
from generator.load.document import Document, escape, example_of, json_media, property_of
from generator.models.registry import SCHEMA_PREFIX, SchemaRegistry

UNION_NAME = "WebhookEvent"


@dataclass(frozen=True, eq=False)
class WebhookSchema:
    """One event: a webhook operation and its payload schema, named."""

    name: str  # the webhook's key in `webhooks`
    method: str
    op: dict[str, Any]
    component: str  # the registry name of its payload schema
    value: str | None = None  # its discriminator value
    example: Any = None  # the payload's first example, if the spec gives one

    @property
    def key(self) -> str:
        """The key `Extensions.webhook_signatures` keeps its own signature under."""
        return f"{self.name} {self.method}"

    @property
    def where(self) -> tuple[str, ...]:
        return ("webhooks", self.name, self.method)


@dataclass(frozen=True)
class WebhookSchemaSet:
    """Every event of the document, the property that tells them apart, and their union."""

    events: tuple[WebhookSchema, ...] = ()
    discriminator: str | None = None  # the payload property (wire name)
    union: str | None = None  # the registry name of the union of every payload (two events or more)
    problems: tuple[Problem, ...] = field(default=())  # warnings: webhooks left out, and why


def name_webhooks(document: Document, registry: SchemaRegistry) -> WebhookSchemaSet:
    """Every webhook's payload named in the registry; the discriminator and the union found or made."""
    found: list[WebhookSchema] = []
    problems: list[Problem] = []
    for name, method, op in document.webhook_operations():
        body = document.deref(op.get("requestBody"))
        media = json_media(body.get("content")) if isinstance(body, dict) else None
        schema = media[1].get("schema") if media is not None else None
        if not isinstance(schema, dict):
            problems.append(
                document.problem(
                    ["webhooks", name, method],
                    f"webhook {name!r} ({method.upper()}) has no JSON payload schema: it gets no "
                    "typed event",
                    warning=True,
                )
            )
            continue
        op_id = op.get("operationId")
        hint = f"{op_id if isinstance(op_id, str) and op_id.strip() else name} event"
        hoisted = registry.hoist(registry.prepare(schema), hint)
        component = registry.ref_name(hoisted) or registry.register(hoisted, hint)
        example = example_of(media[1]) if media is not None else None
        found.append(WebhookSchema(name, method, op, component, example=example))
    if not found:
        return WebhookSchemaSet(problems=tuple(problems))
    discriminator, values = _discriminator(registry, [e.component for e in found])
    events = tuple(
        WebhookSchema(e.name, e.method, e.op, e.component, v, e.example)
        for e, v in zip(found, values, strict=True)
    )
    union = _union(registry, events, discriminator)
    return WebhookSchemaSet(events, discriminator, union, tuple(problems))


def _ref(name: str) -> dict[str, str]:
    return {"$ref": SCHEMA_PREFIX + escape(name)}


def _required(registry: SchemaRegistry, schema: dict[str, Any]) -> set[str]:
    """The properties an object schema (or any of its `allOf` parts) requires."""
    parts = [schema] + [
        registry.resolve(p) for p in schema.get("allOf") or [] if isinstance(p, dict)
    ]
    return {r for part in parts for r in part.get("required") or [] if isinstance(r, str)}


def _single_string(schema: dict[str, Any]) -> str | None:
    """The one string a property schema allows (`const`, or an `enum` of one value), else None."""
    if isinstance(schema.get("const"), str):
        return str(schema["const"])
    enum = schema.get("enum")
    if isinstance(enum, list) and len(enum) == 1 and isinstance(enum[0], str):
        return enum[0]
    return None


def _properties(registry: SchemaRegistry, schema: dict[str, Any]) -> list[str]:
    parts = [schema] + [
        registry.resolve(p) for p in schema.get("allOf") or [] if isinstance(p, dict)
    ]
    names: list[str] = []
    for part in parts:
        for key in part.get("properties") or {}:
            if isinstance(key, str) and key not in names:
                names.append(key)
    return names


def _discriminator(
    registry: SchemaRegistry, components: list[str]
) -> tuple[str | None, list[str | None]]:
    """The first property of the first payload that every payload requires with its own single string."""
    schemas = [registry.resolve(_ref(c)) for c in components]
    if len(set(components)) != len(components):
        return None, [None] * len(
            components
        )  # two events of one schema: no property tells them apart
    for candidate in _properties(registry, schemas[0]):
        values: list[str] = []
        for schema in schemas:
            prop = property_of(schema, candidate, registry.resolve)
            value = _single_string(registry.resolve(prop)) if isinstance(prop, dict) else None
            if value is None or candidate not in _required(registry, schema):
                break
            values.append(value)
        else:
            if len(set(values)) == len(values):
                return candidate, list(values)
    return None, [None] * len(components)


def _union(
    registry: SchemaRegistry, events: tuple[WebhookSchema, ...], discriminator: str | None
) -> str | None:
    """The component that is the union of every payload: the spec's own when it has it, else a new one."""
    members = list(dict.fromkeys(e.component for e in events))
    if len(members) < 2:
        return None
    for name, schema in registry.schemas.items():
        if not isinstance(schema, dict):
            continue
        listed = schema.get("oneOf") or schema.get("anyOf")
        refs = [registry.ref_name(m) for m in listed] if isinstance(listed, list) else []
        given = schema.get("discriminator")
        given_name = given.get("propertyName") if isinstance(given, dict) else None
        if sorted(r or "" for r in refs) == sorted(members) and given_name == discriminator:
            return name
    union: dict[str, Any] = {
        "description": "Any webhook event of the API"
        + (f", told apart by `{discriminator}`." if discriminator else "."),
        "oneOf": [_ref(m) for m in members],
    }
    if discriminator is not None:
        union["discriminator"] = {
            "propertyName": discriminator,
            "mapping": {e.value: _ref(e.component)["$ref"] for e in events},
        }
    return registry.register(union, UNION_NAME)
