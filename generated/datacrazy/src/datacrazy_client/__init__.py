"""DataCrazy conversations API: a typed Python client, generated from datacrazy.yaml.

from datacrazy_client import DataCrazy
client = DataCrazy()  # API key from DATACRAZY_API_KEY
"""

from typing import TYPE_CHECKING

from ._base_client import NOT_GIVEN, APIResponse, NotGiven
from ._client import AsyncDataCrazy, DataCrazy
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
    InvalidArgumentError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._pagination import AsyncOffsetPage, AsyncPaginator, PaginationError, SyncOffsetPage
from ._response import AsyncStreamedAPIResponse, StreamedAPIResponse
from ._version import __version__
from ._webhooks import (
    InvalidWebhookPayloadError,
    InvalidWebhookSignatureError,
    UnknownWebhookEventError,
    WebhookSecretError,
)

if TYPE_CHECKING:
    from . import models as models
    from . import params as params
    from .models import Attachment as Attachment
    from .models import Attendant as Attendant
    from .models import Button as Button
    from .models import Contact as Contact
    from .models import Conversation as Conversation
    from .models import ConversationList as ConversationList
    from .models import Department as Department
    from .models import Error as Error
    from .models import ExternalInfo as ExternalInfo
    from .models import FinishResult as FinishResult
    from .models import Instance as Instance
    from .models import InstanceConfig as InstanceConfig
    from .models import Location as Location
    from .models import Message as Message
    from .models import MessageList as MessageList
    from .models import OutgoingAttachment as OutgoingAttachment
    from .models import SendMessageRequest as SendMessageRequest
    from .models import SendMessageRequest1 as SendMessageRequest1
    from .models import SendMessageRequest2 as SendMessageRequest2
    from .models import SourceReferral as SourceReferral
    from .models import Thread as Thread
    from .models import ThreadDepartment as ThreadDepartment
    from .models import VCard as VCard
    from .params import OutgoingAttachmentParam as OutgoingAttachmentParam

_MODEL_NAMES: frozenset[str] = frozenset(
    {
        "Attachment",
        "Attendant",
        "Button",
        "Contact",
        "Conversation",
        "ConversationList",
        "Department",
        "Error",
        "ExternalInfo",
        "FinishResult",
        "Instance",
        "InstanceConfig",
        "Location",
        "Message",
        "MessageList",
        "OutgoingAttachment",
        "SendMessageRequest1",
        "SendMessageRequest2",
        "SendMessageRequest",
        "SourceReferral",
        "Thread",
        "ThreadDepartment",
        "VCard",
    }
)
_PARAM_NAMES: frozenset[str] = frozenset(
    {
        "OutgoingAttachmentParam",
    }
)


def __getattr__(name: str) -> object:
    """The models, the parameter types and their modules load on first use, so `import datacrazy_client` stays quick."""
    import importlib

    if name == "models" or name in _MODEL_NAMES:
        module = importlib.import_module(f"{__name__}.models")
        return module if name == "models" else getattr(module, name)
    if name == "params" or name in _PARAM_NAMES:
        module = importlib.import_module(f"{__name__}.params")
        return module if name == "params" else getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncDataCrazy",
    "AsyncPaginator",
    "AsyncStreamedAPIResponse",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DataCrazy",
    "InternalServerError",
    "InvalidArgumentError",
    "InvalidWebhookPayloadError",
    "InvalidWebhookSignatureError",
    "NotFoundError",
    "NotGiven",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "StreamedAPIResponse",
    "UnknownWebhookEventError",
    "UnprocessableEntityError",
    "WebhookSecretError",
    "__version__",
    "models",
    "params",
    "AsyncOffsetPage",
    "SyncOffsetPage",
    "Attachment",
    "Attendant",
    "Button",
    "Contact",
    "Conversation",
    "ConversationList",
    "Department",
    "Error",
    "ExternalInfo",
    "FinishResult",
    "Instance",
    "InstanceConfig",
    "Location",
    "Message",
    "MessageList",
    "OutgoingAttachment",
    "SendMessageRequest1",
    "SendMessageRequest2",
    "SendMessageRequest",
    "SourceReferral",
    "Thread",
    "ThreadDepartment",
    "VCard",
    "OutgoingAttachmentParam",
]
