"""Typed usage of the ChatbotX client; must pass mypy --strict and pyright strict (never executed)."""

from __future__ import annotations

from chatbotx_client import (
    AsyncChatbotX,
    AsyncCursorPage,
    ChatbotX,
    ConflictError,
    PaginationError,
    SyncCursorPage,
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
                models.ContactFilterCondition(field="country", operator="equals", value="VN")
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


def send_variants(client: ChatbotX, conversation_id: str) -> list[models.Message]:
    sent: list[models.Message] = []
    text: models.MessageResponse = client.conversations.messages.create(
        conversation_id, text="We are open on Sunday.", client_id="c-1", idempotency_key="k-1"
    )
    sent.append(text.data)
    sent.append(
        client.conversations.messages.create(conversation_id, media_file_ids=["3301", "3302"]).data
    )
    sent.append(
        client.conversations.messages.create(
            conversation_id,
            media_file=models.MediaFile(
                path="uploads/menu.pdf", mime_type="application/pdf", size=48213
            ),
            text="Menu",
        ).data
    )
    sent.append(
        client.conversations.messages.create(conversation_id, flow_id="210", node_id="welcome").data
    )
    return sent


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
