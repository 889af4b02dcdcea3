"""ChatbotX public API: a typed Python client, generated from chatbotx.yaml.

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
    InvalidArgumentError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._pagination import (
    AsyncCursorPage,
    AsyncPageNumberPage,
    AsyncPaginator,
    PaginationError,
    SyncCursorPage,
    SyncPageNumberPage,
)
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
    from .models import ApiChannelCallbackReply as ApiChannelCallbackReply
    from .models import ApiChannelContactRef as ApiChannelContactRef
    from .models import ApiChannelConversationRef as ApiChannelConversationRef
    from .models import ApiChannelMessageCreatedEvent as ApiChannelMessageCreatedEvent
    from .models import ApiChannelOutgoingMessage as ApiChannelOutgoingMessage
    from .models import AssignRequest as AssignRequest
    from .models import CallEndedEvent as CallEndedEvent
    from .models import CallRecordedEvent as CallRecordedEvent
    from .models import CallTranscribedEvent as CallTranscribedEvent
    from .models import Contact as Contact
    from .models import ContactFilter as ContactFilter
    from .models import ContactFilterBooleanCondition as ContactFilterBooleanCondition
    from .models import ContactFilterCustomFieldCondition as ContactFilterCustomFieldCondition
    from .models import ContactFilterDateCondition as ContactFilterDateCondition
    from .models import ContactFilterNumberCondition as ContactFilterNumberCondition
    from .models import ContactFilterSetCondition as ContactFilterSetCondition
    from .models import ContactFilterTextCondition as ContactFilterTextCondition
    from .models import ContactInbox as ContactInbox
    from .models import ContactInfoUpdatedEvent as ContactInfoUpdatedEvent
    from .models import ContactPage as ContactPage
    from .models import ContactReferredExistingContactEvent as ContactReferredExistingContactEvent
    from .models import ContactReferredNewContactEvent as ContactReferredNewContactEvent
    from .models import ContactTagIdsRequest as ContactTagIdsRequest
    from .models import ContactUnsubscribedEvent as ContactUnsubscribedEvent
    from .models import Conversation as Conversation
    from .models import ConversationArchivedEvent as ConversationArchivedEvent
    from .models import ConversationAssignedEvent as ConversationAssignedEvent
    from .models import ConversationList as ConversationList
    from .models import ConversationResponse as ConversationResponse
    from .models import ConversationStatusFilterValue as ConversationStatusFilterValue
    from .models import ConversationTransferredToBotEvent as ConversationTransferredToBotEvent
    from .models import ConversationTransferredToHumanEvent as ConversationTransferredToHumanEvent
    from .models import ConversationUnassignedEvent as ConversationUnassignedEvent
    from .models import CreateContactRequest as CreateContactRequest
    from .models import CreateWebhookRequest as CreateWebhookRequest
    from .models import CustomFieldChange as CustomFieldChange
    from .models import CustomFieldChangedEvent as CustomFieldChangedEvent
    from .models import DatetimeBasedTriggerEvent as DatetimeBasedTriggerEvent
    from .models import Error as Error
    from .models import Inbox as Inbox
    from .models import InboxList as InboxList
    from .models import InboxTeam as InboxTeam
    from .models import IncomingCallEvent as IncomingCallEvent
    from .models import MarkedAsFollowUpEvent as MarkedAsFollowUpEvent
    from .models import Member as Member
    from .models import MemberPage as MemberPage
    from .models import MemberUser as MemberUser
    from .models import Message as Message
    from .models import MessageList as MessageList
    from .models import MissedAudioCallEvent as MissedAudioCallEvent
    from .models import NewContactEvent as NewContactEvent
    from .models import SendFilesMessage as SendFilesMessage
    from .models import SendFlowMessage as SendFlowMessage
    from .models import SendMessageOptions as SendMessageOptions
    from .models import SendMessageRequest as SendMessageRequest
    from .models import SendTextMessage as SendTextMessage
    from .models import SentMessage as SentMessage
    from .models import SortItem as SortItem
    from .models import SubscribedToSequenceEvent as SubscribedToSequenceEvent
    from .models import SuccessResponse as SuccessResponse
    from .models import SystemWebhookEvent as SystemWebhookEvent
    from .models import Tag as Tag
    from .models import TagAppliedEvent as TagAppliedEvent
    from .models import TagId as TagId
    from .models import TagList as TagList
    from .models import TagNameRequest as TagNameRequest
    from .models import TagRemovedEvent as TagRemovedEvent
    from .models import UnsubscribedFromSequenceEvent as UnsubscribedFromSequenceEvent
    from .models import UpdateContactFieldsRequest as UpdateContactFieldsRequest
    from .models import UpsertContactRequest as UpsertContactRequest
    from .models import User as User
    from .models import Webhook as Webhook
    from .models import WebhookCondition as WebhookCondition
    from .models import WebhookEvent as WebhookEvent
    from .models import WebhookPage as WebhookPage
    from .params import ContactFilterBooleanConditionParam as ContactFilterBooleanConditionParam
    from .params import ContactFilterCustomFieldConditionParam as ContactFilterCustomFieldConditionParam
    from .params import ContactFilterDateConditionParam as ContactFilterDateConditionParam
    from .params import ContactFilterNumberConditionParam as ContactFilterNumberConditionParam
    from .params import ContactFilterParam as ContactFilterParam
    from .params import ContactFilterSetConditionParam as ContactFilterSetConditionParam
    from .params import ContactFilterTextConditionParam as ContactFilterTextConditionParam
    from .params import SortItemParam as SortItemParam
    from .params import WebhookConditionParam as WebhookConditionParam

_MODEL_NAMES: frozenset[str] = frozenset(
    {
        "ApiChannelCallbackReply",
        "ApiChannelContactRef",
        "ApiChannelConversationRef",
        "ApiChannelMessageCreatedEvent",
        "ApiChannelOutgoingMessage",
        "AssignRequest",
        "CallEndedEvent",
        "CallRecordedEvent",
        "CallTranscribedEvent",
        "Contact",
        "ContactFilter",
        "ContactFilterBooleanCondition",
        "ContactFilterCustomFieldCondition",
        "ContactFilterDateCondition",
        "ContactFilterNumberCondition",
        "ContactFilterSetCondition",
        "ContactFilterTextCondition",
        "ContactInbox",
        "ContactInfoUpdatedEvent",
        "ContactPage",
        "ContactReferredExistingContactEvent",
        "ContactReferredNewContactEvent",
        "ContactTagIdsRequest",
        "ContactUnsubscribedEvent",
        "Conversation",
        "ConversationArchivedEvent",
        "ConversationAssignedEvent",
        "ConversationList",
        "ConversationResponse",
        "ConversationStatusFilterValue",
        "ConversationTransferredToBotEvent",
        "ConversationTransferredToHumanEvent",
        "ConversationUnassignedEvent",
        "CreateContactRequest",
        "CreateWebhookRequest",
        "CustomFieldChange",
        "CustomFieldChangedEvent",
        "DatetimeBasedTriggerEvent",
        "Error",
        "Inbox",
        "InboxList",
        "InboxTeam",
        "IncomingCallEvent",
        "MarkedAsFollowUpEvent",
        "Member",
        "MemberPage",
        "MemberUser",
        "Message",
        "MessageList",
        "MissedAudioCallEvent",
        "NewContactEvent",
        "SendFilesMessage",
        "SendMessageOptions",
        "SendFlowMessage",
        "SendTextMessage",
        "SendMessageRequest",
        "SentMessage",
        "SortItem",
        "SubscribedToSequenceEvent",
        "SuccessResponse",
        "Tag",
        "TagAppliedEvent",
        "TagId",
        "TagList",
        "TagNameRequest",
        "TagRemovedEvent",
        "UnsubscribedFromSequenceEvent",
        "SystemWebhookEvent",
        "UpdateContactFieldsRequest",
        "UpsertContactRequest",
        "User",
        "Webhook",
        "WebhookCondition",
        "WebhookEvent",
        "WebhookPage",
    }
)
_PARAM_NAMES: frozenset[str] = frozenset(
    {
        "ContactFilterParam",
        "ContactFilterBooleanConditionParam",
        "ContactFilterCustomFieldConditionParam",
        "ContactFilterDateConditionParam",
        "ContactFilterNumberConditionParam",
        "ContactFilterSetConditionParam",
        "ContactFilterTextConditionParam",
        "SortItemParam",
        "WebhookConditionParam",
    }
)


def __getattr__(name: str) -> object:
    """The models, the parameter types and their modules load on first use, so `import chatbotx_client` stays quick."""
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
    "AsyncChatbotX",
    "AsyncPaginator",
    "AsyncStreamedAPIResponse",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ChatbotX",
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
    "AsyncPageNumberPage",
    "SyncPageNumberPage",
    "ApiChannelCallbackReply",
    "ApiChannelContactRef",
    "ApiChannelConversationRef",
    "ApiChannelMessageCreatedEvent",
    "ApiChannelOutgoingMessage",
    "AssignRequest",
    "CallEndedEvent",
    "CallRecordedEvent",
    "CallTranscribedEvent",
    "Contact",
    "ContactFilter",
    "ContactFilterBooleanCondition",
    "ContactFilterCustomFieldCondition",
    "ContactFilterDateCondition",
    "ContactFilterNumberCondition",
    "ContactFilterSetCondition",
    "ContactFilterTextCondition",
    "ContactInbox",
    "ContactInfoUpdatedEvent",
    "ContactPage",
    "ContactReferredExistingContactEvent",
    "ContactReferredNewContactEvent",
    "ContactTagIdsRequest",
    "ContactUnsubscribedEvent",
    "Conversation",
    "ConversationArchivedEvent",
    "ConversationAssignedEvent",
    "ConversationList",
    "ConversationResponse",
    "ConversationStatusFilterValue",
    "ConversationTransferredToBotEvent",
    "ConversationTransferredToHumanEvent",
    "ConversationUnassignedEvent",
    "CreateContactRequest",
    "CreateWebhookRequest",
    "CustomFieldChange",
    "CustomFieldChangedEvent",
    "DatetimeBasedTriggerEvent",
    "Error",
    "Inbox",
    "InboxList",
    "InboxTeam",
    "IncomingCallEvent",
    "MarkedAsFollowUpEvent",
    "Member",
    "MemberPage",
    "MemberUser",
    "Message",
    "MessageList",
    "MissedAudioCallEvent",
    "NewContactEvent",
    "SendFilesMessage",
    "SendMessageOptions",
    "SendFlowMessage",
    "SendTextMessage",
    "SendMessageRequest",
    "SentMessage",
    "SortItem",
    "SubscribedToSequenceEvent",
    "SuccessResponse",
    "Tag",
    "TagAppliedEvent",
    "TagId",
    "TagList",
    "TagNameRequest",
    "TagRemovedEvent",
    "UnsubscribedFromSequenceEvent",
    "SystemWebhookEvent",
    "UpdateContactFieldsRequest",
    "UpsertContactRequest",
    "User",
    "Webhook",
    "WebhookCondition",
    "WebhookEvent",
    "WebhookPage",
    "ContactFilterParam",
    "ContactFilterBooleanConditionParam",
    "ContactFilterCustomFieldConditionParam",
    "ContactFilterDateConditionParam",
    "ContactFilterNumberConditionParam",
    "ContactFilterSetConditionParam",
    "ContactFilterTextConditionParam",
    "SortItemParam",
    "WebhookConditionParam",
]
