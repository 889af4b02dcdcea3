"""Typed usage of the ChatbotX client; must pass mypy --strict and pyright strict (never executed)."""

from __future__ import annotations

from chatbotx_client import (
    AsyncChatbotX,
    AsyncCursorPage,
    ChatbotX,
    ConflictError,
    PaginationError,
    SyncCursorPage,
    SyncPageNumberPage,
    UnprocessableEntityError,
    models,
)


def unread_whatsapp(client: ChatbotX) -> list[str]:
    page: SyncCursorPage[models.Conversation] = client.conversations.list(
        channel="whatsapp",
        status=["unread", "followUp"],
        bot_enabled="false",
        contact_filter=models.ContactFilter(
            operator="and",
            conditions=[
                models.ContactFilterSetCondition(field="country", operator="in", value=["VN"])
            ],
        ),
        sort=[models.SortItem(id="lastActivityAt", desc=True)],
        per_page=20,
    )
    ids: list[str] = []
    try:
        for conversation in page:
            contact: models.Contact | None = conversation.contact
            ids.append(f"{conversation.id}:{contact.full_name if contact else ''}")
    except PaginationError as exc:
        print(exc.message)
    next_cursor: str | None = page.response.next_cursor
    print(next_cursor)
    return ids


def send_variants(client: ChatbotX, conversation_id: str) -> list[models.Message | None]:
    sent: list[models.Message | None] = []
    text: models.Message | None = client.conversations.messages.create(
        conversation_id, text="We are open on Sunday.", client_id="1", idempotency_key="k-1"
    )
    sent.append(text)
    sent.append(
        client.conversations.messages.create(
            conversation_id, text="Menu", inbox_id="12", send_from="inbox"
        )
    )
    sent.append(client.conversations.messages.create(conversation_id, flow_id="210", node_id="4"))
    if text is not None and text.created_at is not None:
        again: models.Message = client.conversations.messages.retrieve(
            conversation_id, text.id, created_at=text.created_at.isoformat()
        )
        print(again.content_attributes)
    return sent


def contacts(client: ChatbotX) -> list[str]:
    page: SyncPageNumberPage[models.Contact] = client.contacts.list(page=1, per_page=50)
    found: list[str] = [c.id for c in page.data]
    count: float | None = page.response.page_count
    everyone: list[str] = [c.id for c in page]  # every page, fetched as needed
    print(count, everyone)
    contact: models.Contact = client.contacts.upsert("phone:+84901234567", first_name="An")
    email: str | None = contact.email
    print(email, contact.location)
    client.contacts.update(contact.id, body={"firstName": "An"})
    client.contacts.tags.add(contact.id, tag_ids=["31"])
    tags: list[models.Tag] = client.contacts.tags.list(contact.id).data
    client.contacts.tags.remove(contact.id, tag_ids=[t.id for t in tags])
    client.contacts.block(contact.id)
    inboxes: list[models.Inbox] = client.inboxes.list().data
    member: models.Member = client.members.retrieve("402")
    hook: models.Webhook = client.webhooks.create(
        name="n8n", url="https://n8n.example.com/w", conditions=[{"type": "newContact"}]
    )
    client.webhooks.delete(hook.id)
    return [*found, *(i.id for i in inboxes), member.role]


def triage(client: ChatbotX, conversation_id: str) -> bool:
    try:
        done: models.SuccessResponse = client.conversations.assign(
            conversation_id, assigned_id=None
        )
    except (ConflictError, UnprocessableEntityError) as exc:
        print(exc.status_code, exc.error_message)
        return False
    client.conversations.disable_bot(conversation_id)
    client.conversations.read(conversation_id, idempotency_key="read-1842")
    ok: bool = done.success
    return ok


async def async_messages(client: AsyncChatbotX, conversation_id: str) -> list[str | None]:
    page: AsyncCursorPage[models.Message] = await client.conversations.messages.list(
        conversation_id, per_page=50
    )
    texts: list[str | None] = [m.text for m in page.data]
    async for message in client.conversations.messages.list(conversation_id):
        texts.append(message.text)
    archived: models.SuccessResponse = await client.conversations.archive(conversation_id)
    print(archived.success)
    return texts


def api_channel_callback(client: ChatbotX, body: bytes, headers: dict[str, str]) -> str | None:
    """The API channel's signed callback and the unsigned system events, told apart by `event`."""
    event = client.webhooks.unwrap(body, headers)  # CHATBOTX_WEBHOOK_SECRET
    if event.event == "message_created":
        message: models.ApiChannelOutgoingMessage = event.message
        return message.text
    if isinstance(event, models.TagAppliedEvent):
        tag: str | None = event.tag
        return tag
    return event.contact_id
