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
    InvalidArgumentError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._pagination import AsyncCursorPage, AsyncPaginator, PaginationError, SyncCursorPage
from ._response import AsyncStreamedAPIResponse, StreamedAPIResponse
from ._version import __version__
from ._webhooks import (
    InvalidWebhookPayloadError,
    InvalidWebhookSignatureError,
    UnknownWebhookEventError,
    WebhookSecretError,
)
from .resources.webhooks import Webhooks

if TYPE_CHECKING:
    from . import models as models
    from . import params as params
    from .models import Broadcast as Broadcast
    from .models import BroadcastAccepted as BroadcastAccepted
    from .models import BroadcastAcceptedResponse as BroadcastAcceptedResponse
    from .models import BroadcastRecipient as BroadcastRecipient
    from .models import BroadcastResponse as BroadcastResponse
    from .models import Contact as Contact
    from .models import ContactList as ContactList
    from .models import ContactResponse as ContactResponse
    from .models import ContactTag as ContactTag
    from .models import Conversation as Conversation
    from .models import ConversationContact as ConversationContact
    from .models import ConversationCreatedData as ConversationCreatedData
    from .models import ConversationCreatedEvent as ConversationCreatedEvent
    from .models import ConversationList as ConversationList
    from .models import ConversationResponse as ConversationResponse
    from .models import CreateBroadcastRequest as CreateBroadcastRequest
    from .models import CreateContactRequest as CreateContactRequest
    from .models import CreatedWebhookEndpoint as CreatedWebhookEndpoint
    from .models import CreatedWebhookEndpointResponse as CreatedWebhookEndpointResponse
    from .models import CreateWebhookRequest as CreateWebhookRequest
    from .models import DeletedWebhook as DeletedWebhook
    from .models import DeletedWebhookResponse as DeletedWebhookResponse
    from .models import Error as Error
    from .models import ErrorError as ErrorError
    from .models import InteractiveButton as InteractiveButton
    from .models import InteractiveButtonsPayload as InteractiveButtonsPayload
    from .models import InteractiveListPayload as InteractiveListPayload
    from .models import InteractiveListRow as InteractiveListRow
    from .models import InteractiveListSection as InteractiveListSection
    from .models import MeResponse as MeResponse
    from .models import MeResponseData as MeResponseData
    from .models import MeResponseDataAccount as MeResponseDataAccount
    from .models import MeResponseDataKey as MeResponseDataKey
    from .models import Message as Message
    from .models import MessageList as MessageList
    from .models import MessageReceivedData as MessageReceivedData
    from .models import MessageReceivedEvent as MessageReceivedEvent
    from .models import MessageStatusUpdatedData as MessageStatusUpdatedData
    from .models import MessageStatusUpdatedEvent as MessageStatusUpdatedEvent
    from .models import PageMeta as PageMeta
    from .models import SendInteractiveMessage as SendInteractiveMessage
    from .models import SendMediaMessage as SendMediaMessage
    from .models import SendMessageRequest as SendMessageRequest
    from .models import SendMessageResponse as SendMessageResponse
    from .models import SendMessageResult as SendMessageResult
    from .models import SendMessageTemplate as SendMessageTemplate
    from .models import SendTemplateMessage as SendTemplateMessage
    from .models import SendTextMessage as SendTextMessage
    from .models import UpdateContactRequest as UpdateContactRequest
    from .models import UpdateWebhookRequest as UpdateWebhookRequest
    from .models import UpdateWebhookRequest1 as UpdateWebhookRequest1
    from .models import UpdateWebhookRequest2 as UpdateWebhookRequest2
    from .models import UpdateWebhookRequest3 as UpdateWebhookRequest3
    from .models import Uuid as Uuid
    from .models import WebhookEndpoint as WebhookEndpoint
    from .models import WebhookEndpointList as WebhookEndpointList
    from .models import WebhookEndpointResponse as WebhookEndpointResponse
    from .models import WebhookEvent as WebhookEvent
    from .params import BroadcastRecipientParam as BroadcastRecipientParam
    from .params import InteractiveButtonParam as InteractiveButtonParam
    from .params import InteractiveButtonsPayloadParam as InteractiveButtonsPayloadParam
    from .params import InteractiveListPayloadParam as InteractiveListPayloadParam
    from .params import InteractiveListRowParam as InteractiveListRowParam
    from .params import InteractiveListSectionParam as InteractiveListSectionParam
    from .params import SendMessageTemplateParam as SendMessageTemplateParam

_MODEL_NAMES: frozenset[str] = frozenset(
    {
        "Broadcast",
        "BroadcastAccepted",
        "BroadcastAcceptedResponse",
        "BroadcastRecipient",
        "BroadcastResponse",
        "Contact",
        "ContactList",
        "ContactResponse",
        "ContactTag",
        "Conversation",
        "ConversationContact",
        "ConversationCreatedData",
        "ConversationCreatedEvent",
        "ConversationList",
        "ConversationResponse",
        "CreateBroadcastRequest",
        "CreateContactRequest",
        "CreateWebhookRequest",
        "CreatedWebhookEndpointResponse",
        "DeletedWebhook",
        "DeletedWebhookResponse",
        "Error",
        "ErrorError",
        "InteractiveButton",
        "InteractiveButtonsPayload",
        "InteractiveListPayload",
        "InteractiveListRow",
        "InteractiveListSection",
        "MeResponse",
        "MeResponseData",
        "MeResponseDataAccount",
        "MeResponseDataKey",
        "Message",
        "MessageList",
        "MessageReceivedData",
        "MessageReceivedEvent",
        "MessageStatusUpdatedData",
        "MessageStatusUpdatedEvent",
        "PageMeta",
        "SendInteractiveMessage",
        "SendMediaMessage",
        "SendMessageResponse",
        "SendMessageResult",
        "SendMessageTemplate",
        "SendTemplateMessage",
        "SendTextMessage",
        "SendMessageRequest",
        "UpdateContactRequest",
        "UpdateWebhookRequest1",
        "UpdateWebhookRequest2",
        "UpdateWebhookRequest3",
        "UpdateWebhookRequest",
        "Uuid",
        "WebhookEndpoint",
        "CreatedWebhookEndpoint",
        "WebhookEndpointList",
        "WebhookEndpointResponse",
        "WebhookEvent",
    }
)
_PARAM_NAMES: frozenset[str] = frozenset(
    {
        "BroadcastRecipientParam",
        "InteractiveButtonParam",
        "InteractiveButtonsPayloadParam",
        "InteractiveListPayloadParam",
        "InteractiveListRowParam",
        "InteractiveListSectionParam",
        "SendMessageTemplateParam",
    }
)


def __getattr__(name: str) -> object:
    """The models, the parameter types and their modules load on first use, so `import wacrm_client` stays quick."""
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
    "AsyncWacrm",
    "AsyncPaginator",
    "AsyncStreamedAPIResponse",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "Wacrm",
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
    "Webhooks",
    "WebhookSecretError",
    "__version__",
    "models",
    "params",
    "AsyncCursorPage",
    "SyncCursorPage",
    "Broadcast",
    "BroadcastAccepted",
    "BroadcastAcceptedResponse",
    "BroadcastRecipient",
    "BroadcastResponse",
    "Contact",
    "ContactList",
    "ContactResponse",
    "ContactTag",
    "Conversation",
    "ConversationContact",
    "ConversationCreatedData",
    "ConversationCreatedEvent",
    "ConversationList",
    "ConversationResponse",
    "CreateBroadcastRequest",
    "CreateContactRequest",
    "CreateWebhookRequest",
    "CreatedWebhookEndpointResponse",
    "DeletedWebhook",
    "DeletedWebhookResponse",
    "Error",
    "ErrorError",
    "InteractiveButton",
    "InteractiveButtonsPayload",
    "InteractiveListPayload",
    "InteractiveListRow",
    "InteractiveListSection",
    "MeResponse",
    "MeResponseData",
    "MeResponseDataAccount",
    "MeResponseDataKey",
    "Message",
    "MessageList",
    "MessageReceivedData",
    "MessageReceivedEvent",
    "MessageStatusUpdatedData",
    "MessageStatusUpdatedEvent",
    "PageMeta",
    "SendInteractiveMessage",
    "SendMediaMessage",
    "SendMessageResponse",
    "SendMessageResult",
    "SendMessageTemplate",
    "SendTemplateMessage",
    "SendTextMessage",
    "SendMessageRequest",
    "UpdateContactRequest",
    "UpdateWebhookRequest1",
    "UpdateWebhookRequest2",
    "UpdateWebhookRequest3",
    "UpdateWebhookRequest",
    "Uuid",
    "WebhookEndpoint",
    "CreatedWebhookEndpoint",
    "WebhookEndpointList",
    "WebhookEndpointResponse",
    "WebhookEvent",
    "BroadcastRecipientParam",
    "InteractiveButtonParam",
    "InteractiveButtonsPayloadParam",
    "InteractiveListPayloadParam",
    "InteractiveListRowParam",
    "InteractiveListSectionParam",
    "SendMessageTemplateParam",
]
