"""ChatbotX inbox API: a typed Python client, generated from chatbotx.yaml.

from chatbotx_client import ChatbotX
client = ChatbotX()  # API key from CHATBOTX_API_KEY
"""

from typing import TYPE_CHECKING

from ._base_client import NOT_GIVEN, APIResponse, NotGiven
from ._client import AsyncChatbotX, ChatbotX
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._pagination import AsyncCursorPage, AsyncPaginator, PaginationError, SyncCursorPage
from ._version import __version__

if TYPE_CHECKING:
    from . import models as models
    from .models import AssignRequest as AssignRequest
    from .models import Contact as Contact
    from .models import ContactFilter as ContactFilter
    from .models import ContactFilterCondition as ContactFilterCondition
    from .models import ContactInbox as ContactInbox
    from .models import Conversation as Conversation
    from .models import ConversationList as ConversationList
    from .models import ConversationResponse as ConversationResponse
    from .models import ConversationStatusFilterValue as ConversationStatusFilterValue
    from .models import Error as Error
    from .models import InboxTeam as InboxTeam
    from .models import MediaFile as MediaFile
    from .models import Message as Message
    from .models import MessageList as MessageList
    from .models import MessageResponse as MessageResponse
    from .models import SendFlowMessage as SendFlowMessage
    from .models import SendMediaFileIdMessage as SendMediaFileIdMessage
    from .models import SendMediaFileIdsMessage as SendMediaFileIdsMessage
    from .models import SendMediaFileMessage as SendMediaFileMessage
    from .models import SendMessageOptions as SendMessageOptions
    from .models import SendMessageRequest as SendMessageRequest
    from .models import SendTextMessage as SendTextMessage
    from .models import SortItem as SortItem
    from .models import SuccessResponse as SuccessResponse
    from .models import User as User

_MODEL_NAMES: frozenset[str] = frozenset(
    {
        "AssignRequest",
        "Contact",
        "ContactFilter",
        "ContactFilterCondition",
        "ContactInbox",
        "Conversation",
        "ConversationList",
        "ConversationResponse",
        "ConversationStatusFilterValue",
        "Error",
        "InboxTeam",
        "MediaFile",
        "Message",
        "MessageList",
        "MessageResponse",
        "SendMessageOptions",
        "SendFlowMessage",
        "SendMediaFileIdMessage",
        "SendMediaFileIdsMessage",
        "SendMediaFileMessage",
        "SendTextMessage",
        "SendMessageRequest",
        "SortItem",
        "SuccessResponse",
        "User",
    }
)


def __getattr__(name: str) -> object:
    """The models and their module load on first use, so `import chatbotx_client` stays quick."""
    if name == "models" or name in _MODEL_NAMES:
        import importlib

        module = importlib.import_module(f"{__name__}.models")
        return module if name == "models" else getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncChatbotX",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ChatbotX",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "__version__",
    "models",
    "AsyncCursorPage",
    "SyncCursorPage",
    "AssignRequest",
    "Contact",
    "ContactFilter",
    "ContactFilterCondition",
    "ContactInbox",
    "Conversation",
    "ConversationList",
    "ConversationResponse",
    "ConversationStatusFilterValue",
    "Error",
    "InboxTeam",
    "MediaFile",
    "Message",
    "MessageList",
    "MessageResponse",
    "SendMessageOptions",
    "SendFlowMessage",
    "SendMediaFileIdMessage",
    "SendMediaFileIdsMessage",
    "SendMediaFileMessage",
    "SendTextMessage",
    "SendMessageRequest",
    "SortItem",
    "SuccessResponse",
    "User",
]
