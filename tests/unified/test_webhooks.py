"""Webhook deliveries signed as Wacrm and ChatbotX sign them (tests/webhooks/deliveries.py) become unified
events; the provider is told by its signature header; a forged delivery is refused."""

from __future__ import annotations

from typing import Any

import convapi
import pytest
from convapi import Inbox
from webhooks.deliveries import (
    chatbotx_api_channel_delivery,
    chatbotx_signing_secret,
    wacrm_delivery,
    wacrm_secret,
)

CONVERSATION = "0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18"


def wacrm_event(event: str, data: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": "d2c1b0a9-8f7e-4d6c-9b5a-3e2f1a0b9c8d",
        "event": event,
        "occurred_at": "2026-07-02T09:12:31.204Z",
        "account_id": "acc-1",
        "data": data,
    }


RECEIVED = wacrm_event(
    "message.received",
    {
        "conversation_id": CONVERSATION,
        "contact_id": "6a3d9c1f-2e8b-4f70-b5d4-8c1e0a7f2d96",
        "whatsapp_message_id": "wamid.HBgLMTQxNTU1NTAxOTk",
        "content_type": "text",
        "text": "Can I change my delivery address?",
    },
)
STATUS = wacrm_event(
    "message.status_updated",
    {
        "whatsapp_message_id": "wamid.HBgLMTQxNTU1NTAxOTk",
        "conversation_id": CONVERSATION,
        "status": "read",
    },
)
CREATED = wacrm_event(
    "conversation.created",
    {"conversation_id": CONVERSATION, "contact_id": "6a3d9c1f-2e8b-4f70-b5d4-8c1e0a7f2d96"},
)
CHATBOTX_SENT = {
    "event": "message_created",
    "timestamp": "2026-07-04T10:03:40.000Z",
    "contact": {"id": "5310", "sourceId": "user-42"},
    "conversation": {"id": "1842"},
    "message": {
        "id": "880413",
        "text": "Yes, we are open on Sunday.",
        "messageType": "outgoing",
        "contentType": "text",
    },
}


def test_a_signed_wacrm_message_received_is_a_unified_event(inbox: Inbox) -> None:
    secret = wacrm_secret()
    delivery = wacrm_delivery(RECEIVED, secret)
    event = inbox.webhooks.unwrap(delivery.body, delivery.headers, secrets={"wacrm": secret})
    assert (event.provider, event.type, event.name) == (
        "wacrm",
        "message.received",
        "message.received",
    )
    assert event.conversation_ref == f"wacrm:{CONVERSATION}"
    assert event.message is not None
    assert event.message.direction == "inbound"
    assert event.message.text == "Can I change my delivery address?"
    assert event.message.ref == "wacrm:wamid.HBgLMTQxNTU1NTAxOTk"
    assert event.contact is not None and event.contact.id == "6a3d9c1f-2e8b-4f70-b5d4-8c1e0a7f2d96"
    assert event.occurred_at is not None
    assert type(event.raw).__name__ == "MessageReceivedEvent"
    assert event.message.raw is event.raw and event.contact.raw is event.raw.data


def test_wacrm_status_and_conversation_events(inbox: Inbox) -> None:
    secret = wacrm_secret()
    status = wacrm_delivery(STATUS, secret)
    event = inbox.webhooks.unwrap(status.body, status.headers, secrets={"wacrm": secret})
    assert event.type == "message.status_changed"
    assert event.message is not None and event.message.status_raw == "read"
    created = wacrm_delivery(CREATED, secret)
    event = inbox.webhooks.unwrap(created.body, created.headers, secrets={"wacrm": secret})
    assert (event.type, event.conversation_ref, event.message) == (
        "conversation.created",
        f"wacrm:{CONVERSATION}",
        None,
    )


def test_a_signed_chatbotx_api_channel_delivery_is_a_message_sent_event(inbox: Inbox) -> None:
    secret = chatbotx_signing_secret()
    delivery = chatbotx_api_channel_delivery(CHATBOTX_SENT, secret)
    event = inbox.webhooks.unwrap(delivery.body, delivery.headers, secrets={"chatbotx": secret})
    assert (event.provider, event.type, event.name) == (
        "chatbotx",
        "message.sent",
        "message_created",
    )
    assert event.conversation_ref == "chatbotx:1842"
    assert event.message is not None and event.message.direction == "outbound"
    assert event.message.id == "880413"
    assert type(event.raw).__name__ == "ApiChannelMessageCreatedEvent"


def test_the_secret_comes_from_the_provider_packages_environment_variable(
    inbox: Inbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = wacrm_secret()
    monkeypatch.setenv("WACRM_WEBHOOK_SECRET", secret)
    delivery = wacrm_delivery(RECEIVED, secret)
    assert inbox.webhooks.unwrap(delivery.body, delivery.headers).type == "message.received"


@pytest.mark.parametrize("provider", ["wacrm", "chatbotx"])
def test_a_forged_delivery_is_refused_naming_its_provider(inbox: Inbox, provider: str) -> None:
    if provider == "wacrm":
        delivery = wacrm_delivery(RECEIVED, wacrm_secret())
        secrets = {"wacrm": wacrm_secret()}  # not the one it was signed with
    else:
        delivery = chatbotx_api_channel_delivery(CHATBOTX_SENT, chatbotx_signing_secret())
        secrets = {"chatbotx": chatbotx_signing_secret()}
    with pytest.raises(convapi.InvalidWebhookSignatureError) as caught:
        inbox.webhooks.unwrap(delivery.body, delivery.headers, secrets=secrets)
    assert caught.value.provider == provider
    assert type(caught.value.__cause__).__name__ == "InvalidWebhookSignatureError"


def test_a_tampered_body_is_refused(inbox: Inbox) -> None:
    secret = wacrm_secret()
    delivery = wacrm_delivery(RECEIVED, secret)
    body = delivery.body.replace(b"delivery address", b"delivery addresz")
    with pytest.raises(convapi.InvalidWebhookSignatureError):
        inbox.webhooks.unwrap(body, delivery.headers, secrets={"wacrm": secret})


def test_a_delivery_without_any_providers_signature_header_is_refused(inbox: Inbox) -> None:
    with pytest.raises(convapi.InvalidWebhookSignatureError) as caught:
        inbox.webhooks.unwrap(
            b'{"event": "message.received"}', {"Content-Type": "application/json"}
        )
    assert caught.value.provider is None


def test_no_secret_anywhere_is_its_own_error(inbox: Inbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WACRM_WEBHOOK_SECRET", raising=False)
    delivery = wacrm_delivery(RECEIVED, wacrm_secret())
    with pytest.raises(convapi.WebhookSecretError):
        inbox.webhooks.unwrap(delivery.body, delivery.headers)


def test_an_event_with_no_unified_meaning_is_a_generic_event_with_its_raw(inbox: Inbox) -> None:
    from webhooks.deliveries import chatbotx_system_delivery

    payload = {
        "event": "tag_applied",
        "contact_id": "5310",
        "timestamp": "2026-07-04T10:03:40.000Z",
        "tag": "vip",
    }
    delivery = chatbotx_system_delivery(payload)  # unsigned, as ChatbotX sends its system events
    event = inbox.webhooks.unwrap(delivery.body, delivery.headers, provider="chatbotx")
    assert (event.provider, event.type, event.name) == ("chatbotx", "other", "tag_applied")
    assert type(event.raw).__name__ == "TagAppliedEvent"
    assert event.message is None
