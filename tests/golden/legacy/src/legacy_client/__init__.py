"""Legacy: a typed Python client, generated from legacy.yaml.

from legacy_client import Legacy
client = Legacy()  # credentials from LEGACY_USERNAME, LEGACY_PASSWORD
"""

from typing import TYPE_CHECKING

from ._base_client import NOT_GIVEN, APIResponse, NotGiven
from ._client import AsyncLegacy, Legacy
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

if TYPE_CHECKING:
    from . import models as models
    from . import params as params
    from .models import Ref as Ref
    from .models import Thing as Thing

_MODEL_NAMES: frozenset[str] = frozenset(
    {
        "Ref",
        "Thing",
    }
)
_PARAM_NAMES: frozenset[str] = frozenset({})


def __getattr__(name: str) -> object:
    """The models, the parameter types and their modules load on first use, so `import legacy_client` stays quick."""
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
    "AsyncLegacy",
    "AsyncPaginator",
    "AsyncStreamedAPIResponse",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "Legacy",
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
    "Ref",
    "Thing",
]
