"""Wacrm public REST API: a typed Python client, generated from wacrm.yaml.

from wacrm_client import Wacrm
client = Wacrm()  # API key from WACRM_API_KEY
"""

from typing import TYPE_CHECKING

from ._base_client import NOT_GIVEN, APIResponse, NotGiven
from ._client import AsyncWacrm, Wacrm
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
    from .models import Contact as Contact
    from .models import ContactList as ContactList
    from .models import ContactResponse as ContactResponse
    from .models import ContactTag as ContactTag
    from .models import Conversation as Conversation
    from .models import ConversationList as ConversationList
    from .models import ConversationResponse as ConversationResponse
    from .models import CreateContactRequest as CreateContactRequest
    from .models import Error as Error
    from .models import ErrorError as ErrorError
    from .models import MeResponse as MeResponse
    from .models import MeResponseData as MeResponseData
    from .models import MeResponseDataAccount as MeResponseDataAccount
    from .models import MeResponseDataKey as MeResponseDataKey
    from .models import Message as Message
    from .models import MessageList as MessageList
    from .models import PageMeta as PageMeta
    from .models import SendMessageRequest as SendMessageRequest
    from .models import SendMessageResponse as SendMessageResponse
    from .models import SendMessageResult as SendMessageResult
    from .models import SendMessageTemplate as SendMessageTemplate
    from .models import UpdateContactRequest as UpdateContactRequest

_MODEL_NAMES: frozenset[str] = frozenset(
    {
        "Contact",
        "ContactList",
        "ContactResponse",
        "ContactTag",
        "Conversation",
        "ConversationList",
        "ConversationResponse",
        "CreateContactRequest",
        "Error",
        "ErrorError",
        "MeResponse",
        "MeResponseData",
        "MeResponseDataAccount",
        "MeResponseDataKey",
        "Message",
        "MessageList",
        "PageMeta",
        "SendMessageRequest",
        "SendMessageResponse",
        "SendMessageResult",
        "SendMessageTemplate",
        "UpdateContactRequest",
    }
)


def __getattr__(name: str) -> object:
    """The models and their module load on first use, so `import wacrm_client` stays quick."""
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
    "AsyncWacrm",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "Wacrm",
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
    "Contact",
    "ContactList",
    "ContactResponse",
    "ContactTag",
    "Conversation",
    "ConversationList",
    "ConversationResponse",
    "CreateContactRequest",
    "Error",
    "ErrorError",
    "MeResponse",
    "MeResponseData",
    "MeResponseDataAccount",
    "MeResponseDataKey",
    "Message",
    "MessageList",
    "PageMeta",
    "SendMessageRequest",
    "SendMessageResponse",
    "SendMessageResult",
    "SendMessageTemplate",
    "UpdateContactRequest",
]
