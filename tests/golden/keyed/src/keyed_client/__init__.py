"""Keyed: a typed Python client, generated from keyed.yaml.

from keyed_client import KeyedAPI
client = KeyedAPI()  # API key from KEYED_API_KEY
"""

from typing import TYPE_CHECKING

from ._base_client import NOT_GIVEN, APIResponse, NotGiven
from ._client import AsyncKeyedAPI, KeyedAPI
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
from ._pagination import AsyncPaginator, PaginationError
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
    from .models import Contact as Contact
    from .models import ContactCreatedWebhookEvent as ContactCreatedWebhookEvent
    from .models import Error as Error
    from .models import PingWebhookEvent as PingWebhookEvent
    from .models import WebhookEvent as WebhookEvent

_MODEL_NAMES: frozenset[str] = frozenset(
    {
        "Contact",
        "ContactCreatedWebhookEvent",
        "Error",
        "PingWebhookEvent",
        "WebhookEvent",
    }
)
_PARAM_NAMES: frozenset[str] = frozenset({})


def __getattr__(name: str) -> object:
    """The models, the parameter types and their modules load on first use, so `import keyed_client` stays quick."""
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
    "AsyncKeyedAPI",
    "AsyncPaginator",
    "AsyncStreamedAPIResponse",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "KeyedAPI",
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
    "Contact",
    "ContactCreatedWebhookEvent",
    "Error",
    "PingWebhookEvent",
    "WebhookEvent",
]
