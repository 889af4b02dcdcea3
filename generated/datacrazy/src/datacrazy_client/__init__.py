"""DataCrazy API: a typed Python client, generated from datacrazy.yaml.

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
    from .models import ActionResult as ActionResult
    from .models import Activity as Activity
    from .models import ActivityFilter as ActivityFilter
    from .models import ActivityList as ActivityList
    from .models import ActivityRequest as ActivityRequest
    from .models import ActivityType as ActivityType
    from .models import Address as Address
    from .models import Attachment as Attachment
    from .models import Attendant as Attendant
    from .models import AttendantList as AttendantList
    from .models import Business as Business
    from .models import BusinessCreateRequest as BusinessCreateRequest
    from .models import BusinessFilter as BusinessFilter
    from .models import BusinessIdsRequest as BusinessIdsRequest
    from .models import BusinessList as BusinessList
    from .models import BusinessUpdateRequest as BusinessUpdateRequest
    from .models import Button as Button
    from .models import Contact as Contact
    from .models import Conversation as Conversation
    from .models import ConversationList as ConversationList
    from .models import CrmList as CrmList
    from .models import CrmListPage as CrmListPage
    from .models import CrmListRequest as CrmListRequest
    from .models import Department as Department
    from .models import Error as Error
    from .models import ExternalInfo as ExternalInfo
    from .models import FinishResult as FinishResult
    from .models import Flow as Flow
    from .models import HistoryEntry as HistoryEntry
    from .models import IdRef as IdRef
    from .models import IdsRef as IdsRef
    from .models import Instance as Instance
    from .models import InstanceConfig as InstanceConfig
    from .models import InstanceList as InstanceList
    from .models import Lead as Lead
    from .models import LeadAttachment as LeadAttachment
    from .models import LeadAttachmentList as LeadAttachmentList
    from .models import LeadAttachmentRequest as LeadAttachmentRequest
    from .models import LeadFilter as LeadFilter
    from .models import LeadHistoryList as LeadHistoryList
    from .models import LeadList as LeadList
    from .models import LeadRequest as LeadRequest
    from .models import LeadWithAdditionalFieldsRequest as LeadWithAdditionalFieldsRequest
    from .models import Location as Location
    from .models import LoseBusinessesRequest as LoseBusinessesRequest
    from .models import LossReason as LossReason
    from .models import LossReasonList as LossReasonList
    from .models import LossReasonRequest as LossReasonRequest
    from .models import Message as Message
    from .models import MessageList as MessageList
    from .models import MoveBusinessesRequest as MoveBusinessesRequest
    from .models import Note as Note
    from .models import NoteList as NoteList
    from .models import NoteRequest as NoteRequest
    from .models import OutgoingAttachment as OutgoingAttachment
    from .models import Pipeline as Pipeline
    from .models import PipelineList as PipelineList
    from .models import Product as Product
    from .models import ProductList as ProductList
    from .models import ProductRequest as ProductRequest
    from .models import SendMessageRequest as SendMessageRequest
    from .models import SendMessageRequest1 as SendMessageRequest1
    from .models import SendMessageRequest2 as SendMessageRequest2
    from .models import SourceReferral as SourceReferral
    from .models import Stage as Stage
    from .models import StageList as StageList
    from .models import Tag as Tag
    from .models import TagList as TagList
    from .models import TagRequest as TagRequest
    from .models import TagSummary as TagSummary
    from .models import Thread as Thread
    from .models import ThreadDepartment as ThreadDepartment
    from .models import VCard as VCard
    from .params import ActivityFilterParam as ActivityFilterParam
    from .params import AddressParam as AddressParam
    from .params import BusinessFilterParam as BusinessFilterParam
    from .params import IdRefParam as IdRefParam
    from .params import IdsRefParam as IdsRefParam
    from .params import LeadFilterParam as LeadFilterParam
    from .params import OutgoingAttachmentParam as OutgoingAttachmentParam
    from .params import SourceReferralParam as SourceReferralParam

_MODEL_NAMES: frozenset[str] = frozenset(
    {
        "ActionResult",
        "Activity",
        "ActivityFilter",
        "ActivityList",
        "ActivityRequest",
        "ActivityType",
        "Address",
        "Attachment",
        "Attendant",
        "AttendantList",
        "Business",
        "BusinessCreateRequest",
        "BusinessFilter",
        "BusinessIdsRequest",
        "BusinessList",
        "BusinessUpdateRequest",
        "Button",
        "Contact",
        "Conversation",
        "ConversationList",
        "CrmList",
        "CrmListPage",
        "CrmListRequest",
        "Department",
        "Error",
        "ExternalInfo",
        "FinishResult",
        "Flow",
        "HistoryEntry",
        "IdRef",
        "IdsRef",
        "Instance",
        "InstanceConfig",
        "InstanceList",
        "Lead",
        "LeadAttachment",
        "LeadAttachmentList",
        "LeadAttachmentRequest",
        "LeadFilter",
        "LeadHistoryList",
        "LeadList",
        "LeadRequest",
        "LeadWithAdditionalFieldsRequest",
        "Location",
        "LoseBusinessesRequest",
        "LossReason",
        "LossReasonList",
        "LossReasonRequest",
        "Message",
        "MessageList",
        "MoveBusinessesRequest",
        "Note",
        "NoteList",
        "NoteRequest",
        "OutgoingAttachment",
        "Pipeline",
        "PipelineList",
        "Product",
        "ProductList",
        "ProductRequest",
        "SendMessageRequest1",
        "SendMessageRequest2",
        "SendMessageRequest",
        "SourceReferral",
        "Stage",
        "StageList",
        "Tag",
        "TagList",
        "TagRequest",
        "TagSummary",
        "Thread",
        "ThreadDepartment",
        "VCard",
    }
)
_PARAM_NAMES: frozenset[str] = frozenset(
    {
        "ActivityFilterParam",
        "AddressParam",
        "BusinessFilterParam",
        "IdRefParam",
        "IdsRefParam",
        "LeadFilterParam",
        "OutgoingAttachmentParam",
        "SourceReferralParam",
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
    "ActionResult",
    "Activity",
    "ActivityFilter",
    "ActivityList",
    "ActivityRequest",
    "ActivityType",
    "Address",
    "Attachment",
    "Attendant",
    "AttendantList",
    "Business",
    "BusinessCreateRequest",
    "BusinessFilter",
    "BusinessIdsRequest",
    "BusinessList",
    "BusinessUpdateRequest",
    "Button",
    "Contact",
    "Conversation",
    "ConversationList",
    "CrmList",
    "CrmListPage",
    "CrmListRequest",
    "Department",
    "Error",
    "ExternalInfo",
    "FinishResult",
    "Flow",
    "HistoryEntry",
    "IdRef",
    "IdsRef",
    "Instance",
    "InstanceConfig",
    "InstanceList",
    "Lead",
    "LeadAttachment",
    "LeadAttachmentList",
    "LeadAttachmentRequest",
    "LeadFilter",
    "LeadHistoryList",
    "LeadList",
    "LeadRequest",
    "LeadWithAdditionalFieldsRequest",
    "Location",
    "LoseBusinessesRequest",
    "LossReason",
    "LossReasonList",
    "LossReasonRequest",
    "Message",
    "MessageList",
    "MoveBusinessesRequest",
    "Note",
    "NoteList",
    "NoteRequest",
    "OutgoingAttachment",
    "Pipeline",
    "PipelineList",
    "Product",
    "ProductList",
    "ProductRequest",
    "SendMessageRequest1",
    "SendMessageRequest2",
    "SendMessageRequest",
    "SourceReferral",
    "Stage",
    "StageList",
    "Tag",
    "TagList",
    "TagRequest",
    "TagSummary",
    "Thread",
    "ThreadDepartment",
    "VCard",
    "ActivityFilterParam",
    "AddressParam",
    "BusinessFilterParam",
    "IdRefParam",
    "IdsRefParam",
    "LeadFilterParam",
    "OutgoingAttachmentParam",
    "SourceReferralParam",
]
