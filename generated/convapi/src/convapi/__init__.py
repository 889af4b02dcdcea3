"""convapi: one inbox across conversation providers, generated from their specs' `x-unified` mappings."""

from ._client import AsyncInbox, Inbox
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    InvalidArgumentError,
    InvalidWebhookPayloadError,
    InvalidWebhookSignatureError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnsupportedOperationError,
    WebhookError,
    WebhookSecretError,
)
from ._inbox import AsyncConversationList, Capabilities, ConversationList, Skipped
from ._version import __version__
from .models import Contact, Conversation, Event, Message

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncConversationList",
    "AsyncInbox",
    "AuthenticationError",
    "BadRequestError",
    "Capabilities",
    "Contact",
    "Conversation",
    "ConversationList",
    "Event",
    "Inbox",
    "InternalServerError",
    "InvalidArgumentError",
    "InvalidWebhookPayloadError",
    "InvalidWebhookSignatureError",
    "Message",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "Skipped",
    "UnsupportedOperationError",
    "WebhookError",
    "WebhookSecretError",
    "__version__",
]
