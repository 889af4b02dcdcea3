"""Responses from newer server versions still parse: unknown fields are kept, unknown enum values accepted."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import chatbotx_client
import datacrazy_client
import wacrm_client
from faultserver import FaultServer, Reply, conversation_item


def newer_wacrm_conversation(index: int) -> dict[str, Any]:
    item = conversation_item("wacrm", index)
    item.update(
        status="snoozed",  # not in the spec's enum
        snoozed_until="2026-02-01T00:00:00Z",  # not in the spec at all
        priority={"level": 3, "reason": "vip"},
        contact={
            "id": "contact-1",
            "phone": "+14155550123",
            "name": None,
            "email": None,
            "company": None,
            "tags": [{"id": "t1", "name": "vip", "color": "#3b82f6", "emoji": "*"}],
            "language": "pt-BR",
        },
    )
    return item


def test_wacrm_conversation_keeps_unknown_fields_and_accepts_a_new_status(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    server.route(
        "GET",
        "/api/v1/conversations/0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18",
        Reply(200, {"data": newer_wacrm_conversation(1), "request_ms": 4}),
    )
    client = make_client(wacrm_client.Wacrm)

    response = client.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18")

    conversation = response.data
    assert conversation.status == "snoozed"
    assert conversation.model_extra == {
        "snoozed_until": "2026-02-01T00:00:00Z",
        "priority": {"level": 3, "reason": "vip"},
    }
    assert response.model_extra == {"request_ms": 4}
    assert conversation.contact is not None
    assert conversation.contact.model_extra == {"language": "pt-BR"}
    assert conversation.contact.tags[0].model_extra == {"emoji": "*"}
    # Kept on the way back out too, under the server's names.
    assert conversation.model_dump(mode="json")["priority"] == {"level": 3, "reason": "vip"}


def test_wacrm_page_items_keep_unknown_fields(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    server.serve_pages("wacrm", [newer_wacrm_conversation(i) for i in range(3)])
    client = make_client(wacrm_client.Wacrm)

    page = client.conversations.list()

    assert [c.status for c in page.data] == ["snoozed"] * 3
    assert all(c.model_extra is not None and c.model_extra["priority"]["level"] == 3 for c in page)


def test_wacrm_message_accepts_new_enum_values(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    message = {
        "id": "m1",
        "conversation_id": "0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18",
        "direction": "internal",
        "sender_type": "ai_agent",
        "content_type": "reaction",
        "content_text": None,
        "media_url": None,
        "template_name": None,
        "whatsapp_message_id": None,
        "status": "queued",
        "reply_to_message_id": None,
        "interactive_reply_id": None,
        "created_at": "2026-01-02T03:04:05Z",
        "reaction": {"emoji": "+1"},
    }
    server.route(
        "GET",
        "/api/v1/conversations/0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18/messages",
        Reply(200, {"data": [message], "meta": {"next_cursor": None, "total_hint": 1}}),
    )
    client = make_client(wacrm_client.Wacrm)

    page = client.conversations.messages.list("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18")

    (got,) = page.data
    assert (got.direction, got.sender_type, got.content_type, got.status) == (
        "internal",
        "ai_agent",
        "reaction",
        "queued",
    )
    assert got.model_extra == {"reaction": {"emoji": "+1"}}
    assert page.response.meta.model_extra == {"total_hint": 1}


def test_chatbotx_and_datacrazy_items_keep_unknown_fields(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    server.serve_pages(
        "chatbotx", [{"id": "1", "mood": "happy", "contact": {"id": "c1", "score": 9}}]
    )
    chatbotx = make_client(chatbotx_client.ChatbotX)
    (conversation,) = chatbotx.conversations.list().data
    assert conversation.model_extra == {"mood": "happy"}
    assert conversation.contact is not None
    assert conversation.contact.model_extra == {"score": 9}

    server.serve_pages("datacrazy", [{"id": "d1", "pinned": True}])
    datacrazy = make_client(datacrazy_client.DataCrazy)
    (item,) = datacrazy.conversations.list().data
    assert item.model_extra == {"pinned": True}
