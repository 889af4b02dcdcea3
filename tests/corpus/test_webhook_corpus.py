"""Public documents that declare webhooks generate typed events: Lago's 61 and the OpenAPI Initiative's
webhook example, each event unwrapped from one payload.

The payload is the spec's example where it has one, else an instance made here from the payload's
schema (every required property, recursively; `allOf` merged), independently of the generator. Lago
declares no signature in its document, so its events unwrap without a secret; with the four lines of
`x-webhook-signature` that describe its HMAC option (a base64 HMAC-SHA256 of the raw body in
`X-Lago-Signature`, keyed with the API key, as its docs show), the same events are verified.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import importlib
import inspect
import json
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pydantic
import pytest
import yaml
from corpus_location import require_corpus

from generator.pipeline import Job, generate

PUBLIC = require_corpus() / "public-specs"
DOCS = {
    "real-world/lago/openapi.yaml": ("lago_client", 61),
    "oai/v3.1/webhook-example.yaml": ("webhook_example_client", 1),
}
CLIENTS = {
    "lago_client": "Lago",
    "webhook_example_client": "WebhookExample",
    "signed_lago_client": "SignedLago",
}
LAGO_SIGNATURE = {
    "header": "X-Lago-Signature",
    "value": "{signature}",
    "signed": "{body}",
    "encoding": "base64",
}


def _load(doc: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((PUBLIC / doc).read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ModuleType]]:
    out = tmp_path_factory.mktemp("webhook-corpus")
    signed_lago = _load("real-world/lago/openapi.yaml")
    signed_lago["x-webhook-signature"] = LAGO_SIGNATURE
    signed_path = out / "lago-signed.yaml"
    signed_path.write_text(yaml.safe_dump(signed_lago, sort_keys=False), encoding="utf-8")
    jobs = [Job(PUBLIC / doc, out / name, name) for doc, (name, _) in DOCS.items()]
    jobs.append(Job(signed_path, out / "signed_lago_client", "signed_lago_client"))
    # lenient: Lago's document lists `required` names that none of its `properties` declare (a field
    # the model would lack), refused in strict mode since issue 23; here they are warnings
    generate(jobs, staging_near=out, lenient=True)
    for job in jobs:
        sys.path.insert(0, str(job.out / "src"))
    try:
        yield {job.package_name: importlib.import_module(job.package_name) for job in jobs}
    finally:
        for job in jobs:
            sys.path.remove(str(job.out / "src"))


# -- an instance of a schema, every required property filled ---------------------------------------------

_FORMATS = {
    "date-time": "2024-05-01T12:00:00Z",
    "date": "2024-05-01",
    "time": "12:00:00",
    "uuid": "1a901a90-1a90-1a90-1a90-1a901a901a90",
    "email": "billing@example.com",
    "uri": "https://example.com",
}


def instance(spec: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """A value `schema` accepts: its const, enum or (scalar) example, else every required property."""
    while isinstance(schema, dict) and "$ref" in schema:
        schema = target(spec, schema["$ref"])
    if not isinstance(schema, dict):
        return None
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return next((v for v in schema["enum"] if v is not None), None)
    if "example" in schema and not isinstance(schema["example"], (dict, list)):
        return schema["example"]
    for key in ("oneOf", "anyOf"):
        members = [m for m in schema.get(key) or [] if instance(spec, m, depth + 1) is not None]
        if members:
            return instance(spec, members[0], depth + 1)
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = instance(spec, part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        required = _required(spec, schema)
        props = _props(spec, schema)
        merged.update({r: instance(spec, props[r], depth + 1) for r in required if r in props})
        return merged
    types = schema.get("type")
    kind = next((t for t in types if t != "null"), "null") if isinstance(types, list) else types
    if kind is None:
        kind = "object" if "properties" in schema else "string"
    if kind == "object":
        props = schema.get("properties") or {}
        return {
            r: instance(spec, props.get(r, {}), depth + 1) for r in schema.get("required") or []
        }
    if kind == "array":
        return [instance(spec, schema.get("items", {}), depth + 1)] if depth < 12 else []
    if kind in ("integer", "number"):
        return int(schema.get("minimum", 1))
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return _FORMATS.get(str(schema.get("format")), "text")


def _parts(spec: dict[str, Any], schema: dict[str, Any]) -> list[dict[str, Any]]:
    out = [schema]
    for part in schema.get("allOf") or []:
        while isinstance(part, dict) and "$ref" in part:
            part = target(spec, part["$ref"])
        if isinstance(part, dict):
            out.extend(_parts(spec, part))
    return out


def target(spec: dict[str, Any], ref: str) -> Any:
    node: Any = spec
    for token in ref.removeprefix("#/").split("/"):
        node = node[token.replace("~1", "/").replace("~0", "~")]
    return node


def _required(spec: dict[str, Any], schema: dict[str, Any]) -> list[str]:
    return [r for part in _parts(spec, schema) for r in part.get("required") or []]


def _props(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for part in _parts(spec, schema):
        props.update(part.get("properties") or {})
    return props


def _events(doc: str) -> list[tuple[str, Any]]:
    """(webhook name, one payload) for every webhook of the document."""
    spec = _load(doc)
    out = []
    for name, item in spec["webhooks"].items():
        media = item["post"]["requestBody"]["content"]["application/json"]
        examples = media.get("examples") or {}
        if "example" in media:
            payload = media["example"]
        elif examples:
            payload = next(iter(examples.values()))["value"]
        else:
            payload = instance(spec, media["schema"])
        out.append((name, payload))
    return out


def _client(module: ModuleType) -> Any:
    cls = getattr(module, CLIENTS[module.__name__])
    takes_key = "api_key" in inspect.signature(cls).parameters  # a document without security: none
    return cls(**({"api_key": "k"} if takes_key else {}), base_url="https://billing.example.com")


@pytest.mark.parametrize("doc", sorted(DOCS))
def test_every_declared_webhook_unwraps_into_its_own_typed_event(
    packages: dict[str, ModuleType], doc: str
) -> None:
    package, count = DOCS[doc]
    module = packages[package]
    events = _events(doc)
    assert len(events) == count
    client = _client(module)
    classes = set()
    for name, payload in events:
        event = client.webhooks.unwrap(json.dumps(payload), {})
        assert isinstance(event, pydantic.BaseModel), name
        assert type(event).__module__ == f"{package}.models", name
        classes.add(type(event).__name__)
        if isinstance(payload, dict) and "webhook_type" in payload:
            assert event.webhook_type == payload["webhook_type"], name  # the discriminator
    assert len(classes) == count  # one model per event


def test_the_lago_events_are_told_apart_by_their_webhook_type(
    packages: dict[str, ModuleType],
) -> None:
    models = packages["lago_client"].models
    union = models.WebhookEvent
    payload = dict(_events("real-world/lago/openapi.yaml"))["invoice_created"]
    assert type(union.model_validate(payload).root).__name__ == "InvoiceCreatedEvent"
    client = _client(packages["lago_client"])
    with pytest.raises(packages["lago_client"].UnknownWebhookEventError):
        client.webhooks.unwrap(json.dumps({**payload, "webhook_type": "invoice.teleported"}), {})


def test_four_lines_of_spec_make_lagos_events_verified(packages: dict[str, ModuleType]) -> None:
    module = packages["signed_lago_client"]
    client = _client(module)
    key = "lago_api_key_0123"
    for name, payload in _events("real-world/lago/openapi.yaml"):
        body = json.dumps(payload).encode()
        signature = base64.b64encode(hmac.new(key.encode(), body, hashlib.sha256).digest()).decode()
        event = client.webhooks.unwrap(body, {"X-Lago-Signature": signature}, secret=key)
        assert event.webhook_type == payload["webhook_type"], name
        with pytest.raises(module.InvalidWebhookSignatureError):
            client.webhooks.unwrap(body, {}, secret=key)
    tampered = copy.deepcopy(payload)
    tampered["organization_id"] = "another-organization"
    with pytest.raises(module.InvalidWebhookSignatureError):
        client.webhooks.unwrap(json.dumps(tampered), {"X-Lago-Signature": signature}, secret=key)
