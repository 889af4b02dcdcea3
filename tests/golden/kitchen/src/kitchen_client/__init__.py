"""Kitchen sink: a typed Python client, generated from kitchen.yaml.

from kitchen_client import Kitchen
client = Kitchen()  # API key from KITCHEN_API_KEY
"""

from typing import TYPE_CHECKING

from ._base_client import NOT_GIVEN, APIResponse, NotGiven
from ._client import AsyncKitchen, Kitchen
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
    AsyncOffsetPage,
    AsyncPaginator,
    PaginationError,
    SyncCursorPage,
    SyncOffsetPage,
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
    from .models import Base as Base
    from .models import Cat as Cat
    from .models import CreatePetBodyBody as CreatePetBodyBody
    from .models import Dog as Dog
    from .models import Extended as Extended
    from .models import FindUsersWhere as FindUsersWhere
    from .models import GetPetFilter as GetPetFilter
    from .models import ImageMessage as ImageMessage
    from .models import ListNotesResponse as ListNotesResponse
    from .models import Maps as Maps
    from .models import MapsClosed as MapsClosed
    from .models import Node as Node
    from .models import Note as Note
    from .models import Order as Order
    from .models import OrderPage as OrderPage
    from .models import OrderPageMetaOption1 as OrderPageMetaOption1
    from .models import OrderShippedEvent as OrderShippedEvent
    from .models import OrderShippedEventParcel as OrderShippedEventParcel
    from .models import PlaceOrderBody as PlaceOrderBody
    from .models import Problem as Problem
    from .models import SendMessageBody as SendMessageBody
    from .models import SendMessageResponse as SendMessageResponse
    from .models import Shape as Shape
    from .models import ShapeCircle as ShapeCircle
    from .models import ShapeSquare as ShapeSquare
    from .models import SubmitFormBody as SubmitFormBody
    from .models import TextMessage as TextMessage
    from .models import UploadFileBody as UploadFileBody
    from .models import UploadFileResponse as UploadFileResponse
    from .models import User as User
    from .models import Values as Values
    from .models import WebhookEvent as WebhookEvent
    from .params import FindUsersWhereParam as FindUsersWhereParam
    from .params import GetPetFilterParam as GetPetFilterParam
    from .params import NoteParam as NoteParam

_MODEL_NAMES: frozenset[str] = frozenset(
    {
        "Base",
        "Cat",
        "CreatePetBodyBody",
        "Dog",
        "Extended",
        "FindUsersWhere",
        "GetPetFilter",
        "ImageMessage",
        "ListNotesResponse",
        "Maps",
        "MapsClosed",
        "Node",
        "Note",
        "Order",
        "OrderPage",
        "OrderPageMetaOption1",
        "OrderShippedEvent",
        "OrderShippedEventParcel",
        "PlaceOrderBody",
        "Problem",
        "SendMessageResponse",
        "ShapeCircle",
        "ShapeSquare",
        "Shape",
        "SubmitFormBody",
        "TextMessage",
        "SendMessageBody",
        "UploadFileBody",
        "UploadFileResponse",
        "User",
        "Values",
        "WebhookEvent",
    }
)
_PARAM_NAMES: frozenset[str] = frozenset(
    {
        "FindUsersWhereParam",
        "GetPetFilterParam",
        "NoteParam",
    }
)


def __getattr__(name: str) -> object:
    """The models, the parameter types and their modules load on first use, so `import kitchen_client` stays quick."""
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
    "AsyncKitchen",
    "AsyncPaginator",
    "AsyncStreamedAPIResponse",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "Kitchen",
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
    "AsyncOffsetPage",
    "SyncOffsetPage",
    "Base",
    "Cat",
    "CreatePetBodyBody",
    "Dog",
    "Extended",
    "FindUsersWhere",
    "GetPetFilter",
    "ImageMessage",
    "ListNotesResponse",
    "Maps",
    "MapsClosed",
    "Node",
    "Note",
    "Order",
    "OrderPage",
    "OrderPageMetaOption1",
    "OrderShippedEvent",
    "OrderShippedEventParcel",
    "PlaceOrderBody",
    "Problem",
    "SendMessageResponse",
    "ShapeCircle",
    "ShapeSquare",
    "Shape",
    "SubmitFormBody",
    "TextMessage",
    "SendMessageBody",
    "UploadFileBody",
    "UploadFileResponse",
    "User",
    "Values",
    "WebhookEvent",
    "FindUsersWhereParam",
    "GetPetFilterParam",
    "NoteParam",
]
