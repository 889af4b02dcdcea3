"""Each operation's client name, and its schemas hoisted under that name before models exist.

The name (resource path and method, from `x-client-method`, else the first tag and the operationId)
comes first because it names the operation's inline schemas: `SendMessageBody`, `ListChatsResponse`.
The result, a `SchemaSet`, is what the model stage and the IR builders receive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.load.document import Document, Parameter, PathOperation, RequestBody, SuccessResponse
from generator.load.extensions import Extensions
from generator.models import naming_rules
from generator.models.registry import SchemaRegistry
from generator.models.webhooks import WebhookSchemaSet, name_webhooks
from generator.naming import CLIENT_ATTRS, RESERVED_ATTRS, snake, unique


@dataclass(frozen=True)
class OperationName:
    """Where an operation lives in the client: `client.<resource...>.<method>`."""

    resource: tuple[str, ...]  # identifiers, e.g. ("conversations", "messages")
    method: str

    @property
    def call_path(self) -> str:
        return ".".join([*self.resource, self.method])

    @property
    def const_name(self) -> str:
        """The module-level name of its static runtime Operation."""
        return "_" + "_".join([*self.resource, self.method]).upper()


@dataclass(frozen=True, eq=False)
class ParamSchema:
    parameter: Parameter
    schema: dict[str, Any]  # hoisted: a reference to a named schema where it is an object


@dataclass(frozen=True, eq=False)
class BodySchema:
    request_body: RequestBody
    schema: dict[str, Any]  # hoisted, readOnly properties left out


@dataclass(frozen=True, eq=False)
class ResponseSchema:
    response: SuccessResponse
    schema: dict[str, Any] | None  # hoisted; None when the response declares no body


@dataclass(frozen=True, eq=False)
class OperationSchemas:
    """One operation with its name and every schema it uses, named."""

    op: PathOperation
    name: OperationName
    params: tuple[ParamSchema, ...]  # merged path-item and operation parameters, in that order
    body: BodySchema | None
    response: ResponseSchema | None  # None: no 2xx and no default response


@dataclass
class SchemaSet:
    """Every named schema of an API (the registry) and every operation's share of them."""

    registry: SchemaRegistry
    operations: tuple[OperationSchemas, ...]
    webhooks: WebhookSchemaSet = field(default_factory=WebhookSchemaSet)  # webhooks: the events


# webhooks: the methods `client.webhooks` has beside the operations of a `webhooks` resource
WEBHOOK_METHODS = ("unwrap", "verify_signature")


def _clear_of_client(resource: tuple[str, ...]) -> tuple[str, ...]:
    """A top-level resource named like a client attribute (`get`, `with_options`) gets `_`."""
    return (f"{resource[0]}_", *resource[1:]) if resource[0] in CLIENT_ATTRS else resource


def name_operations(document: Document, extensions: Extensions) -> list[OperationName]:
    """A unique (resource path, method) for every operation, in document order: `x-client-method`
    where the spec gives it, else the names of `naming_rules`."""
    ops = document.operations
    explicit: list[tuple[tuple[str, ...], str] | None] = []
    for op in ops:
        given = extensions.of(op).client_method
        if given is None:
            explicit.append(None)
            continue
        resource = tuple(snake(p, reserved=RESERVED_ATTRS) for p in given.resource) or ("default",)
        explicit.append((_clear_of_client(resource), snake(given.method, reserved=RESERVED_ATTRS)))
    derived = naming_rules.derived_names(ops)
    wanted = [
        (_clear_of_client(d[0]), d[1], d[2]) if e is None else None
        for d, e in zip(derived, explicit, strict=True)
    ]
    # webhooks: an operation never takes the name of a webhook method
    kept: dict[tuple[str, ...], set[str]] = (
        {("webhooks",): set(WEBHOOK_METHODS)} if document.webhooks else {}
    )
    names = [OperationName(r, m) for r, m in naming_rules.assign(wanted, explicit, kept)]
    taken: dict[tuple[str, ...], set[str]] = {r: set(m) for r, m in kept.items()}
    for name in names:
        taken.setdefault(name.resource, set()).add(name.method)
    # A method may not share its name with a sub-resource of the same resource.
    for i, name in enumerate(names):
        for other in names:
            if other.resource[:-1] == name.resource and other.resource[-1] == name.method:
                name = OperationName(name.resource, unique(name.method + "_", taken[name.resource]))
                names[i] = name
    return names


def _writable(registry: SchemaRegistry, schema: dict[str, Any], hint: str) -> dict[str, Any]:
    """A request body without its readOnly properties (the server sets those; a caller cannot)."""
    resolved = registry.resolve(schema)
    parts = [resolved] + [
        registry.resolve(p) for p in resolved.get("allOf") or [] if isinstance(p, dict)
    ]
    if any(k in part for part in parts for k in ("oneOf", "anyOf")):
        return schema
    props: dict[str, Any] = {}
    required: list[str] = []
    for part in parts:
        props.update(part.get("properties") or {})
        required.extend(
            r for r in part.get("required") or [] if isinstance(r, str) and r not in required
        )
    read_only = {
        k
        for k, v in props.items()
        if isinstance(v, dict)
        and (v.get("readOnly") is True or registry.resolve(v).get("readOnly") is True)
    }
    if not read_only:
        return schema
    writable: dict[str, Any] = {
        "type": "object",
        "properties": {k: v for k, v in props.items() if k not in read_only},
    }
    kept = [r for r in required if r not in read_only]
    if kept:
        writable["required"] = kept
    if isinstance(resolved.get("description"), str):
        writable["description"] = resolved["description"]
    return registry.hoist(writable, f"{hint} body")


def _hoist(
    document: Document, registry: SchemaRegistry, op: PathOperation, name: OperationName
) -> OperationSchemas:
    hint = op.operation_id or " ".join([*name.resource, name.method])
    params = tuple(
        ParamSchema(p, registry.hoist(registry.prepare(p.schema), f"{hint} {p.name}"))
        for p in document.parameters(op)
    )
    body: BodySchema | None = None
    request_body = document.request_body(op)
    if request_body is not None:
        schema = _writable(registry, registry.prepare(request_body.schema), f"{hint} body")
        body = BodySchema(request_body, registry.hoist(schema, f"{hint} body"))
    response: ResponseSchema | None = None
    success = document.success_response(op)
    if success is not None:
        prepared = (
            registry.prepare(success.media_obj.get("schema") or {})
            if success.media_obj is not None
            else None
        )
        hoisted = registry.hoist(prepared, f"{hint} response") if prepared else prepared
        response = ResponseSchema(success, hoisted)
    return OperationSchemas(op, name, params, body, response)


def name_schemas(document: Document, extensions: Extensions) -> SchemaSet:
    """The stage: components renamed, every operation named and its inline schemas hoisted."""
    registry = SchemaRegistry(document.data)
    names = name_operations(document, extensions)
    operations = tuple(
        _hoist(document, registry, op, name)
        for op, name in zip(document.operations, names, strict=True)
    )
    # webhooks: the events' payloads join the registry here, before models are generated
    return SchemaSet(registry, operations, name_webhooks(document, registry))
