"""Typed usage of the DataCrazy client; must pass mypy --strict and pyright strict (never executed)."""

from __future__ import annotations

import datetime as dt

from datacrazy_client import (
    APIStatusError,
    AsyncDataCrazy,
    AsyncOffsetPage,
    DataCrazy,
    RateLimitError,
    SyncOffsetPage,
    models,
)


def waiting_conversations(client: DataCrazy) -> list[str]:
    page: SyncOffsetPage[models.Conversation] = client.conversations.list(
        take=50,
        filter_status="waiting",
        filter_open_window="last24h",
        filter_tags=["849fefab-e697-4720-9303-e788c23790cc"],
        filter_opened=True,
    )
    total: int = page.response.count
    names: list[str] = [f"{total} in all"]
    for conversation in page:
        last: dt.datetime | None = conversation.last_message_date
        names.append(f"{conversation.id} {conversation.name or '?'} {last}")
    return names


def send(client: DataCrazy, conversation_id: str) -> str:
    try:
        message: models.Message = client.conversations.messages.create(
            conversation_id, body="Como posso ajudar?", is_internal=False
        )
    except RateLimitError as exc:
        wait: float | None = exc.retry_after
        return f"rate limited, retry in {wait}"
    except APIStatusError as exc:
        return f"failed: {exc.status_code} {exc.body!r}"
    attachments: list[models.Attachment] | None = message.attachments
    print(attachments)
    catalogue = models.OutgoingAttachment(
        file_name="catalogo.pdf",
        mime_type="application/pdf",
        type="DOCUMENT",
        url="https://files.example.com/catalogo.pdf",
        size=482133,
    )
    client.conversations.messages.create(
        conversation_id, body="Segue o catálogo", attachments=[catalogue]
    )
    client.conversations.finish(conversation_id)
    return message.id


async def history(client: AsyncDataCrazy, conversation_id: str) -> list[str | None]:
    first: AsyncOffsetPage[models.Message] = await client.conversations.messages.list(
        conversation_id, take=100
    )
    bodies: list[str | None] = [m.body for m in first.data]
    async for message in client.conversations.messages.list(conversation_id, skip=100):
        bodies.append(message.body)
    return bodies
