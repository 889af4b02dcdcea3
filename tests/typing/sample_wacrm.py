"""Typed usage of the Wacrm client; must pass mypy --strict and pyright strict (never executed)."""

from __future__ import annotations

import datetime as dt

from wacrm_client import (
    APIStatusError,
    AsyncCursorPage,
    AsyncPaginator,
    AsyncWacrm,
    InvalidWebhookSignatureError,
    NotFoundError,
    RateLimitError,
    SendMessageTemplateParam,
    SyncCursorPage,
    Wacrm,
    models,
)


def inbox_digest(client: Wacrm) -> list[str]:
    me: models.MeResponse = client.me.retrieve()
    scopes: list[str] = me.data.key.scopes
    lines: list[str] = [f"{me.data.account.name} ({len(scopes)} scopes)"]
    page: SyncCursorPage[models.Conversation] = client.conversations.list(status="open", limit=50)
    first: list[models.Conversation] = page.data
    has_more: bool = page.has_next_page()
    lines.append(f"{len(first)} open conversations on the first page, more: {has_more}")
    for conversation in page:
        unread: int = conversation.unread_count
        when: dt.datetime | None = conversation.last_message_at
        contact: models.ConversationContact | None = conversation.contact
        name: str | None = contact.name if contact is not None else None
        lines.append(f"{conversation.id} {name or '?'} unread={unread} last={when}")
    tag_id = "2f8e6c4a-0b1d-4e9f-a3c7-5d2b8e1f6a04"
    for each_page in client.contacts.list(tag=tag_id).iter_pages():
        cursor: str | None = each_page.response.meta.next_cursor
        lines.append(f"{len(each_page.data)} contacts, next cursor {cursor}")
    return lines


def reply(client: Wacrm, phone: str) -> str:
    sent: models.SendMessageResponse = client.messages.create(
        to=phone,
        type="template",
        template=models.SendMessageTemplate(
            name="order_update", language="en_US", params=["A-1042"]
        ),
        name="Alex Kim",
    )
    created: bool = sent.data.contact_created
    client.messages.create(to=phone, type="text", text="Thanks!", timeout=10.0, max_retries=0)
    contact: models.ContactResponse = client.contacts.create(phone=phone, tags=["vip"])
    client.contacts.update(contact.data.id, company=None, email="sam@example.com")
    joined: dt.datetime = contact.data.created_at
    avatar: str | None = contact.data.avatar_url
    print(joined, avatar)
    client.messages.create(
        to=phone,
        type="interactive",
        interactive_payload=models.InteractiveButtonsPayload(
            kind="buttons",
            body="Your order is out for delivery.",
            buttons=[models.InteractiveButton(id="track_order", title="Track my order")],
        ),
    )
    # The same as dicts, checked against the models' TypedDicts (wire names as keys).
    template: SendMessageTemplateParam = {"name": "order_update", "params": ["A-1042"]}
    client.messages.create(to=phone, type="template", template=template)
    client.messages.create(
        to=phone,
        type="interactive",
        interactive_payload={
            "kind": "buttons",
            "body": "Your order is out for delivery.",
            "buttons": [{"id": "track_order", "title": "Track my order"}],
        },
        extra_body={"preview_url": False},
    )
    return f"{sent.data.message_id} new contact: {created}"


def beyond_the_spec(client: Wacrm) -> int:
    fast = client.with_options(timeout=5.0, max_retries=0)
    anything: object = fast.get("/api/v1/something-new", cast_to=object)
    page: models.ConversationList = client.get(
        "/api/v1/conversations", cast_to=models.ConversationList
    )
    print(anything, page.to_dict()["data"])
    with client.with_streaming_response.conversations.retrieve("c1") as response:
        size = sum(len(chunk) for chunk in response.iter_bytes())
    return size


def broadcast_and_webhooks(client: Wacrm) -> str:
    accepted: models.BroadcastAcceptedResponse = client.broadcasts.create(
        template_name="order_update",
        recipients=[models.BroadcastRecipient(to="+14155550123", params=["A-1042"])],
    )
    broadcast: models.BroadcastResponse = client.broadcasts.retrieve(accepted.data.broadcast_id)
    sent: int | None = broadcast.data.sent_count
    created: models.CreatedWebhookEndpointResponse = client.webhooks.create(
        url="https://hooks.example.com/wacrm", events=["message.received"]
    )
    secret: str = created.data.secret
    endpoints: list[models.WebhookEndpoint] = client.webhooks.list().data
    client.webhooks.update(created.data.id, is_active=True)
    deleted: models.DeletedWebhookResponse = client.webhooks.delete(created.data.id)
    return f"{sent} {len(secret)} {len(endpoints)} {deleted.data.deleted}"


def messages_or_none(client: Wacrm, conversation_id: str) -> list[models.Message] | None:
    try:
        page = client.conversations.messages.list(conversation_id, limit=100)
    except NotFoundError as exc:
        status: int = exc.status_code
        code: str | None = exc.code
        print(status, code)
        return None
    except RateLimitError as exc:
        wait: float | None = exc.retry_after
        print(f"retry in {wait}")
        return None
    except APIStatusError as exc:
        body: object | None = exc.body
        print(body)
        raise
    texts: list[str | None] = [m.content_text for m in page.data]
    print(texts)
    return page.data


async def async_digest(client: AsyncWacrm) -> int:
    pages: AsyncPaginator[models.Conversation, AsyncCursorPage[models.Conversation]]
    pages = client.conversations.list(status="pending")
    first: AsyncCursorPage[models.Conversation] = await pages
    if first.has_next_page():
        second: AsyncCursorPage[models.Conversation] = await first.get_next_page()
        print(len(second.data))
    count = 0
    async for message in client.conversations.messages.list("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18"):
        direction: str = message.direction
        print(direction)
        count += 1
    retrieved: models.ConversationResponse = await client.conversations.retrieve("0b7e4f52")
    print(retrieved.data.status)
    return count


def configured() -> Wacrm:
    return Wacrm(
        api_key="wacrm_live_key", base_url="https://crm.example.com", timeout=20.0, max_retries=3
    )


def receive_webhook(client: Wacrm, body: bytes, headers: dict[str, str]) -> str:
    """A delivery, verified and typed: the union narrows on its `event` literal."""
    try:
        event = client.webhooks.unwrap(body, headers, secret="whsec_example", tolerance=600)
    except InvalidWebhookSignatureError as exc:
        return f"refused: {exc.message}"
    if event.event == "message.received":
        dedupe_key: str = event.data.whatsapp_message_id
        text: str | None = event.data.text
        return f"{dedupe_key} {text}"
    if isinstance(event, models.MessageStatusUpdatedEvent):
        status: str = event.data.status
        return status
    created: models.ConversationCreatedEvent = event
    client.webhooks.verify_signature(body.decode(), list(headers.items()))
    return created.data.conversation_id
