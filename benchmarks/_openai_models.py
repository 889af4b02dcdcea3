"""The Wacrm conversations page as Stainless's runtime would type it: `openai.BaseModel` classes with
the same fields as our generated `ConversationList` (imported only in the openai benchmark venv)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from openai import BaseModel


class ContactTag(BaseModel):
    id: str
    name: str
    color: str


class ConversationContact(BaseModel):
    id: str
    phone: str
    name: str | None = None
    email: str | None = None
    company: str | None = None
    tags: list[ContactTag]
    instagram_username: str | None = None


class Conversation(BaseModel):
    id: str
    contact_id: str
    status: Literal["open", "pending", "closed"] | str
    assigned_agent_id: str | None = None
    last_message_text: str | None = None
    last_message_at: datetime | None = None
    unread_count: int
    created_at: datetime
    updated_at: datetime
    channel: str | None = None
    contact: ConversationContact | None = None


class PageMeta(BaseModel):
    next_cursor: str | None = None


class ConversationList(BaseModel):
    data: list[Conversation]
    meta: PageMeta
