"""The generated Wacrm and ChatbotX packages unwrap deliveries signed exactly as the providers sign them.

Every event each spec declares, with every example payload the spec gives for it, is delivered as the
provider's code builds the request (`deliveries.py`) and must come back as its typed model, field for
field. Then every way a delivery can be forged or broken: a tampered body, a wrong secret, a missing or
malformed header, a stale or future timestamp. And the rest of the contract: str and bytes payloads,
header names in any case and shape, the secret from `<NAME>_WEBHOOK_SECRET`, unsigned events without
a secret, a signed event never returned without its signature checked.
"""

from __future__ import annotations

import json
import time
from datetime import datetime
from typing import Any

import chatbotx_client
import httpx2
import pytest
import wacrm_client
from chatbotx_client.resources import webhooks as chatbotx_webhooks
from wacrm_client.resources import webhooks as wacrm_webhooks

from .deliveries import (
    DeclaredEvent,
    Delivery,
    chatbotx_api_channel_delivery,
    chatbotx_signing_secret,
    chatbotx_system_delivery,
    declared_events,
    json_stringify,
    wacrm_delivery,
    wacrm_secret,
)

WACRM_EVENTS = declared_events("wacrm")
CHATBOTX_EVENTS = declared_events("chatbotx")
CHATBOTX_SIGNED = next(e for e in CHATBOTX_EVENTS if e.signed)


def _cases(events: list[DeclaredEvent]) -> list[Any]:
    return [
        pytest.param(event, payload, id=f"{event.name}:{example}")
        for event in events
        for example, payload in event.examples.items()
    ]


@pytest.fixture(autouse=True)
def _no_secret_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WACRM_WEBHOOK_SECRET", raising=False)
    monkeypatch.delenv("CHATBOTX_WEBHOOK_SECRET", raising=False)


@pytest.fixture
def wacrm() -> wacrm_client.Wacrm:
    return wacrm_client.Wacrm(api_key="k", base_url="https://crm.example.com")


@pytest.fixture
def chatbotx() -> chatbotx_client.ChatbotX:
    return chatbotx_client.ChatbotX(api_key="k")


def _same(got: Any, sent: Any) -> bool:
    """The model dumped back equals what was sent; a date-time compares as the instant it names."""
    if isinstance(sent, dict) and isinstance(got, dict):
        return set(got) == set(sent) and all(_same(got[k], sent[k]) for k in sent)
    if isinstance(sent, list) and isinstance(got, list):
        return len(got) == len(sent) and all(_same(a, b) for a, b in zip(got, sent, strict=True))
    if isinstance(sent, str) and isinstance(got, str) and got != sent:
        try:
            return datetime.fromisoformat(got) == datetime.fromisoformat(sent)
        except ValueError:
            return False
    return bool(got == sent)


def _dumped(event: Any) -> Any:
    return event.model_dump(mode="json", by_alias=True, exclude_unset=True)


# -- every declared event, as the provider sends it ------------------------------------------------------


def test_the_specs_declare_the_events_of_the_evidence() -> None:
    assert [e.name for e in WACRM_EVENTS] == [
        "message.received",
        "message.status_updated",
        "conversation.created",
    ]
    assert all(e.signed for e in WACRM_EVENTS)
    assert [e.name for e in CHATBOTX_EVENTS if e.signed] == ["message_created"]
    assert len(CHATBOTX_EVENTS) == 23


@pytest.mark.parametrize(("event", "payload"), _cases(WACRM_EVENTS))
def test_every_wacrm_event_unwraps_to_its_model(
    wacrm: wacrm_client.Wacrm, event: DeclaredEvent, payload: dict[str, Any]
) -> None:
    secret = wacrm_secret()
    delivery = wacrm_delivery(payload, secret)
    got = wacrm.webhooks.unwrap(delivery.body, delivery.headers, secret=secret)
    assert type(got).__name__ == event.schema
    assert isinstance(got, getattr(wacrm_client.models, event.schema))
    assert got.event == event.name
    assert _same(_dumped(got), payload), _dumped(got)
    wacrm.webhooks.verify_signature(delivery.body, delivery.headers, secret=secret)


@pytest.mark.parametrize(("event", "payload"), _cases(CHATBOTX_EVENTS))
def test_every_chatbotx_event_unwraps_to_its_model(
    chatbotx: chatbotx_client.ChatbotX, event: DeclaredEvent, payload: dict[str, Any]
) -> None:
    secret = chatbotx_signing_secret()
    if event.signed:
        delivery = chatbotx_api_channel_delivery(payload, secret)
        got = chatbotx.webhooks.unwrap(delivery.body, delivery.headers, secret=secret)
    else:  # a system event: unsigned, unwrapped without any secret
        delivery = chatbotx_system_delivery(payload)
        got = chatbotx.webhooks.unwrap(delivery.body, delivery.headers)
    assert type(got).__name__ == event.schema
    assert got.event == event.name
    assert _same(_dumped(got), payload), _dumped(got)


def test_the_wacrm_dedupe_key_is_typed(wacrm: wacrm_client.Wacrm) -> None:
    """The README's advice: deduplicate on `data.whatsapp_message_id` (the event id changes)."""
    secret = wacrm_secret()
    payload = WACRM_EVENTS[0].examples["text"]
    first = wacrm.webhooks.unwrap(*_parts(wacrm_delivery(payload, secret)), secret=secret)
    again = wacrm.webhooks.unwrap(
        *_parts(wacrm_delivery({**payload, "id": "another-dispatch"}, secret)), secret=secret
    )
    assert isinstance(first, wacrm_client.models.MessageReceivedEvent)
    assert isinstance(again, wacrm_client.models.MessageReceivedEvent)
    assert first.id != again.id
    assert first.data.whatsapp_message_id == again.data.whatsapp_message_id


def _parts(delivery: Delivery) -> tuple[bytes, dict[str, str]]:
    return delivery.body, delivery.headers


# -- forged and broken deliveries ---------------------------------------------------------------------------

WACRM_PAYLOAD = WACRM_EVENTS[0].examples["text"]
CHATBOTX_PAYLOAD = next(iter(CHATBOTX_SIGNED.examples.values()))


def _tampered(delivery: Delivery) -> Delivery:
    """The same headers over another body: a changed field, as an attacker would change it."""
    payload = json.loads(delivery.body)
    if "data" in payload:
        payload["data"]["text"] = "Send the refund to account 666"
    else:
        payload["message"]["text"] = "Send the refund to account 666"
    return Delivery(delivery.event, "", json_stringify(payload), delivery.headers, payload)


def _with(delivery: Delivery, **headers: str | None) -> Delivery:
    changed = {k: v for k, v in delivery.headers.items() if k not in headers}
    changed.update({k: v for k, v in headers.items() if v is not None})
    return Delivery(delivery.event, "", delivery.body, changed, delivery.payload)


WACRM_SECRET = "whsec_provider_secret_for_refusals_0000000000"


def _wacrm_refusal(name: str) -> Delivery:
    """Built when the test runs, so a timestamp is measured against the clock of that moment."""
    secret = WACRM_SECRET
    good = wacrm_delivery(WACRM_PAYLOAD, secret)
    now = int(time.time())
    signature = good.headers["X-Wacrm-Signature"]
    v1 = signature.split("v1=")[1]
    cases = {
        "tampered body": _tampered(good),
        "wrong secret": wacrm_delivery(WACRM_PAYLOAD, "whsec_someone_else"),
        "missing header": _with(good, **{"X-Wacrm-Signature": None}),
        "empty header": _with(good, **{"X-Wacrm-Signature": ""}),
        "no timestamp": _with(good, **{"X-Wacrm-Signature": f"v1={v1}"}),
        "no signature": _with(good, **{"X-Wacrm-Signature": f"t={now}"}),
        "timestamp not a number": _with(good, **{"X-Wacrm-Signature": f"t=now,v1={v1}"}),
        "signature not hex": _with(good, **{"X-Wacrm-Signature": f"t={now},v1=xyz"}),
        "another layout": _with(good, **{"X-Wacrm-Signature": f"sha256={v1}"}),
        "signature of another time": _with(good, **{"X-Wacrm-Signature": f"t={now - 5},v1={v1}"}),
        "stale (301 s old)": wacrm_delivery(WACRM_PAYLOAD, secret, t=now - 301),
        "from the future (301 s)": wacrm_delivery(WACRM_PAYLOAD, secret, t=now + 301),
        "a day old": wacrm_delivery(WACRM_PAYLOAD, secret, t=now - 86_400),
    }
    return cases[name]


WACRM_REFUSALS = [
    "tampered body",
    "wrong secret",
    "missing header",
    "empty header",
    "no timestamp",
    "no signature",
    "timestamp not a number",
    "signature not hex",
    "another layout",
    "signature of another time",
    "stale (301 s old)",
    "from the future (301 s)",
    "a day old",
]


@pytest.mark.parametrize("case", WACRM_REFUSALS)
def test_a_forged_or_broken_wacrm_delivery_is_refused(wacrm: wacrm_client.Wacrm, case: str) -> None:
    delivery = _wacrm_refusal(case)
    with pytest.raises(wacrm_client.InvalidWebhookSignatureError):
        wacrm.webhooks.unwrap(delivery.body, delivery.headers, secret=WACRM_SECRET)
    with pytest.raises(wacrm_client.InvalidWebhookSignatureError):
        wacrm.webhooks.verify_signature(delivery.body, delivery.headers, secret=WACRM_SECRET)


def test_the_unaltered_delivery_of_the_refusal_cases_is_accepted(wacrm: wacrm_client.Wacrm) -> None:
    """Each refusal above comes from its one change: the delivery it changes is a good one."""
    good = wacrm_delivery(WACRM_PAYLOAD, WACRM_SECRET)
    assert wacrm.webhooks.unwrap(good.body, good.headers, secret=WACRM_SECRET)


CHATBOTX_SECRET = "0f" * 32


def _chatbotx_refusal(name: str) -> Delivery:
    secret = CHATBOTX_SECRET
    good = chatbotx_api_channel_delivery(CHATBOTX_PAYLOAD, secret)
    now = int(time.time())
    digest = good.headers["X-ChatbotX-Signature"].removeprefix("sha256=")
    cases = {
        "tampered body": _tampered(good),
        "wrong secret": chatbotx_api_channel_delivery(CHATBOTX_PAYLOAD, chatbotx_signing_secret()),
        "signed with the secret hex-decoded": chatbotx_api_channel_delivery(
            CHATBOTX_PAYLOAD, secret, key=bytes.fromhex(secret)
        ),
        "missing signature header": _with(good, **{"X-ChatbotX-Signature": None}),
        "missing timestamp header": _with(good, **{"X-ChatbotX-Timestamp": None}),
        "sent as a system event": chatbotx_system_delivery(CHATBOTX_PAYLOAD),
        "no sha256= prefix": _with(good, **{"X-ChatbotX-Signature": digest}),
        "signature not hex": _with(good, **{"X-ChatbotX-Signature": "sha256=not-hex"}),
        "timestamp not a number": _with(good, **{"X-ChatbotX-Timestamp": "2026-07-12T08:30:05Z"}),
        "timestamp changed": _with(good, **{"X-ChatbotX-Timestamp": str(now + 1)}),
        "stale (301 s old)": chatbotx_api_channel_delivery(CHATBOTX_PAYLOAD, secret, t=now - 301),
        "from the future (301 s)": chatbotx_api_channel_delivery(
            CHATBOTX_PAYLOAD, secret, t=now + 301
        ),
    }
    return cases[name]


CHATBOTX_REFUSALS = [
    "tampered body",
    "wrong secret",
    "signed with the secret hex-decoded",
    "missing signature header",
    "missing timestamp header",
    "sent as a system event",
    "no sha256= prefix",
    "signature not hex",
    "timestamp not a number",
    "timestamp changed",
    "stale (301 s old)",
    "from the future (301 s)",
]


@pytest.mark.parametrize("case", CHATBOTX_REFUSALS)
def test_a_forged_or_broken_chatbotx_api_channel_delivery_is_refused(
    chatbotx: chatbotx_client.ChatbotX, case: str
) -> None:
    delivery = _chatbotx_refusal(case)
    with pytest.raises(chatbotx_client.InvalidWebhookSignatureError):
        chatbotx.webhooks.unwrap(delivery.body, delivery.headers, secret=CHATBOTX_SECRET)
    good = chatbotx_api_channel_delivery(CHATBOTX_PAYLOAD, CHATBOTX_SECRET)
    assert chatbotx.webhooks.unwrap(good.body, good.headers, secret=CHATBOTX_SECRET)


def test_the_tolerance_is_the_specs_and_can_be_widened(wacrm: wacrm_client.Wacrm) -> None:
    secret = wacrm_secret()
    recent = wacrm_delivery(WACRM_PAYLOAD, secret, t=int(time.time()) - 290)
    wacrm.webhooks.unwrap(recent.body, recent.headers, secret=secret)
    old = wacrm_delivery(WACRM_PAYLOAD, secret, t=int(time.time()) - 3600)
    with pytest.raises(wacrm_client.InvalidWebhookSignatureError, match="tolerance 300 s"):
        wacrm.webhooks.unwrap(old.body, old.headers, secret=secret)
    assert wacrm.webhooks.unwrap(old.body, old.headers, secret=secret, tolerance=4000)


# -- payloads, headers, secrets --------------------------------------------------------------------------


def test_str_and_bytes_payloads(wacrm: wacrm_client.Wacrm) -> None:
    secret = wacrm_secret()
    payload = {**WACRM_PAYLOAD, "data": {**WACRM_PAYLOAD["data"], "text": "Olá, São Paulo 🌎"}}
    delivery = wacrm_delivery(payload, secret)
    for body in (delivery.body, delivery.body.decode("utf-8")):
        got = wacrm.webhooks.unwrap(body, delivery.headers, secret=secret)
        assert isinstance(got, wacrm_client.models.MessageReceivedEvent)
        assert got.data.text == "Olá, São Paulo 🌎"


@pytest.mark.parametrize(
    "shape", ["lower", "upper", "swapped", "pairs", "byte pairs", "httpx2.Headers"]
)
def test_header_names_in_any_case_and_shape(chatbotx: chatbotx_client.ChatbotX, shape: str) -> None:
    secret = chatbotx_signing_secret()
    delivery = chatbotx_api_channel_delivery(CHATBOTX_PAYLOAD, secret)
    items = list(delivery.headers.items())
    headers: Any = {
        "lower": {k.lower(): v for k, v in items},
        "upper": {k.upper(): v for k, v in items},
        "swapped": {k.swapcase(): v for k, v in items},
        "pairs": items,
        "byte pairs": [(k.lower().encode(), v.encode()) for k, v in items],
        "httpx2.Headers": httpx2.Headers(delivery.headers),
    }[shape]
    got = chatbotx.webhooks.unwrap(delivery.body, headers, secret=secret)
    assert isinstance(got, chatbotx_client.models.ApiChannelMessageCreatedEvent)


def test_the_secret_comes_from_the_environment(
    wacrm: wacrm_client.Wacrm, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = wacrm_secret()
    delivery = wacrm_delivery(WACRM_PAYLOAD, secret)
    monkeypatch.setenv("WACRM_WEBHOOK_SECRET", secret)
    assert isinstance(
        wacrm.webhooks.unwrap(delivery.body, delivery.headers),
        wacrm_client.models.MessageReceivedEvent,
    )
    wacrm.webhooks.verify_signature(delivery.body, delivery.headers)
    monkeypatch.setenv("WACRM_WEBHOOK_SECRET", wacrm_secret())
    with pytest.raises(wacrm_client.InvalidWebhookSignatureError):
        wacrm.webhooks.unwrap(delivery.body, delivery.headers)


def test_a_signed_event_without_a_secret_is_never_returned(
    wacrm: wacrm_client.Wacrm, chatbotx: chatbotx_client.ChatbotX
) -> None:
    delivery = wacrm_delivery(WACRM_PAYLOAD, wacrm_secret())
    with pytest.raises(wacrm_client.WebhookSecretError, match="WACRM_WEBHOOK_SECRET"):
        wacrm.webhooks.unwrap(delivery.body, delivery.headers)
    forged = chatbotx_system_delivery(CHATBOTX_PAYLOAD)  # a signed event's body, no signature
    with pytest.raises(chatbotx_client.WebhookSecretError, match="CHATBOTX_WEBHOOK_SECRET"):
        chatbotx.webhooks.unwrap(forged.body, forged.headers)


def test_unsigned_system_events_need_no_secret_and_have_no_signature_to_verify(
    chatbotx: chatbotx_client.ChatbotX,
) -> None:
    payload = next(e for e in CHATBOTX_EVENTS if e.name == "tag_applied").examples["vip"]
    delivery = chatbotx_system_delivery(payload)
    got = chatbotx.webhooks.unwrap(delivery.body, delivery.headers)
    assert isinstance(got, chatbotx_client.models.TagAppliedEvent) and got.tag == "VIP"
    with pytest.raises(chatbotx_client.InvalidWebhookSignatureError, match="declares no signature"):
        chatbotx.webhooks.verify_signature(delivery.body, delivery.headers, secret="x" * 64)


def test_an_undeclared_event_is_unknown_whether_or_not_it_is_signed(
    chatbotx: chatbotx_client.ChatbotX, wacrm: wacrm_client.Wacrm
) -> None:
    """Issue 24 (C6): ChatbotX's older executor sends an undeclared condition type as
    `event_<type>`, unsigned, and fork events are unsigned too; the root `x-webhook-signature` must
    not turn them into signature errors. Nothing undeclared is ever returned as an event."""
    secret = wacrm_secret()
    newer = {**WACRM_PAYLOAD, "event": "deal.won"}
    delivery = wacrm_delivery(newer, secret)
    for headers in (delivery.headers, {}):
        with pytest.raises(wacrm_client.UnknownWebhookEventError) as caught:
            wacrm.webhooks.unwrap(delivery.body, headers, secret=secret)
        assert caught.value.event == "deal.won"
    system = chatbotx_system_delivery({"event": "event_somethingNew", "contact_id": "5310"})
    for secret_given in ("x" * 64, None):
        with pytest.raises(chatbotx_client.UnknownWebhookEventError) as unknown:
            chatbotx.webhooks.unwrap(system.body, system.headers, secret=secret_given)
        assert unknown.value.event == "event_somethingNew"


def test_a_verified_body_that_does_not_fit_its_event(wacrm: wacrm_client.Wacrm) -> None:
    secret = wacrm_secret()
    broken = {**WACRM_PAYLOAD, "data": {"text": 7}}
    delivery = wacrm_delivery(broken, secret)
    with pytest.raises(wacrm_client.InvalidWebhookPayloadError) as caught:
        wacrm.webhooks.unwrap(delivery.body, delivery.headers, secret=secret)
    assert caught.value.event == "message.received"


def test_a_payload_error_says_where_and_why_never_the_customers_values(
    wacrm: wacrm_client.Wacrm,
) -> None:
    secret = wacrm_secret()
    broken = {
        **WACRM_PAYLOAD,
        "data": {"text": {"body": "my secret complaint"}, "from": 14155550123},
    }
    delivery = wacrm_delivery(broken, secret)
    with pytest.raises(wacrm_client.InvalidWebhookPayloadError) as caught:
        wacrm.webhooks.unwrap(delivery.body, delivery.headers, secret=secret)
    message = str(caught.value)
    assert "data" in message
    assert "my secret complaint" not in message and "14155550123" not in message


# -- the same object as the webhook endpoints' resource, sync and async ---------------------------------------


def test_client_webhooks_keeps_its_endpoint_methods_beside_unwrap() -> None:
    for cls in (
        wacrm_webhooks.WebhooksResource,
        wacrm_webhooks.AsyncWebhooksResource,
        chatbotx_webhooks.WebhooksResource,
        chatbotx_webhooks.AsyncWebhooksResource,
    ):
        assert {"list", "create", "delete", "unwrap", "verify_signature"} <= set(dir(cls)), cls


async def test_the_async_clients_unwrap_alike() -> None:
    secret = wacrm_secret()
    delivery = wacrm_delivery(WACRM_PAYLOAD, secret)
    async with wacrm_client.AsyncWacrm(api_key="k", base_url="https://crm.example.com") as client:
        got = client.webhooks.unwrap(delivery.body, delivery.headers, secret=secret)
        assert isinstance(got, wacrm_client.models.MessageReceivedEvent)
        client.webhooks.verify_signature(delivery.body, delivery.headers, secret=secret)
    async with chatbotx_client.AsyncChatbotX(api_key="k") as other:
        signed = chatbotx_api_channel_delivery(CHATBOTX_PAYLOAD, "a" * 64)
        assert other.webhooks.unwrap(signed.body, signed.headers, secret="a" * 64)
