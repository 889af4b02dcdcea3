"""Typed usage of the inbox across providers; must pass mypy --strict and pyright strict (never executed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from chatbotx_client import AsyncChatbotX, ChatbotX
from convapi import (
    APIError,
    AsyncInbox,
    Capabilities,
    Conversation,
    ConversationList,
    Event,
    Inbox,
    InvalidWebhookSignatureError,
    Message,
    Skipped,
    UnsupportedOperationError,
)
from datacrazy_client import DataCrazy
from wacrm_client import Wacrm


def answer_the_newest(inbox: Inbox) -> list[str]:
    lines: list[str] = []
    latest: dict[str, Conversation] = {}
    listing: ConversationList = inbox.conversations.list(
        status="open", max_items=50, on_error="skip"
    )
    for c in listing:
        name: str | None = c.contact.name
        when: dt.datetime | None = c.last_activity_at
        unread: int | None = c.unread_count
        needs: bool | None = c.needs_reply
        lines.append(f"{c.provider} {c.ref} {name} {when} {unread} {needs} {c.status}")
        latest.setdefault(c.provider, c)
    skipped: list[Skipped] = listing.skipped
    for s in skipped:
        error: APIError = s.error
        lines.append(f"{s.provider}: {error.provider}")
    for c in latest.values():
        for m in inbox.messages.list(c, max_items=3):
            text: str | None = m.text
            lines.append(f"{m.direction} {text}")
        sent: Message | None = inbox.messages.send(c, text="Thanks, we are on it")
        if sent is not None:
            lines.append(sent.ref)
        try:
            again: Conversation = inbox.conversations.retrieve(c.ref)
            lines.append(repr(again.raw))
        except UnsupportedOperationError as exc:
            lines.append(exc.operation)
    capabilities: dict[str, Capabilities] = inbox.capabilities
    lines.extend(f"{p}: {', '.join(c.operations)}" for p, c in capabilities.items())
    return lines


def build() -> Inbox:
    return Inbox(
        wacrm=Wacrm(base_url="https://crm.example.com"), chatbotx=ChatbotX(), datacrazy=DataCrazy()
    )


def receive(inbox: Inbox, body: bytes, headers: Mapping[str, str], secrets: dict[str, str]) -> str:
    try:
        event: Event = inbox.webhooks.unwrap(body, headers, secrets=secrets)
    except InvalidWebhookSignatureError:
        return "forged"
    if event.type == "message.received" and event.message is not None:
        return f"{event.conversation_ref}: {event.message.text}"
    return event.name


async def newest_async() -> list[str]:
    inbox = AsyncInbox(chatbotx=AsyncChatbotX())
    refs: list[str] = [c.ref async for c in inbox.conversations.list(max_items=10)]
    first: Conversation = await inbox.conversations.retrieve(refs[0])
    texts: list[str | None] = [m.text async for m in inbox.messages.list(first)]
    sent: Message | None = await inbox.messages.send(first, text="on it")
    return refs + [t or "" for t in texts] + ([sent.ref] if sent else [])


def from_env() -> Inbox:
    return Inbox.from_env()
