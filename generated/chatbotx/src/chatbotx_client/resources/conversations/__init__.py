"""The resource classes of `conversations` and of its sub-resources, each from its own module."""

from .conversations import (
    AsyncConversationsResource,
    ConversationsResource,
)
from .messages import (
    AsyncConversationsMessagesResource,
    ConversationsMessagesResource,
)

__all__ = [
    "ConversationsMessagesResource",
    "AsyncConversationsMessagesResource",
    "ConversationsResource",
    "AsyncConversationsResource",
]
