"""One error hierarchy for the inbox, whatever the provider: each error names its provider and keeps the
provider package's own error as `__cause__` (and `.cause`).

The provider packages share one runtime, so their errors are told apart by the runtime's class names
(`APIStatusError` with its `status_code`, `APIConnectionError`, ...), never by provider.
"""

from __future__ import annotations

from collections.abc import Mapping


class APIError(Exception):
    """Every error the inbox raises. `provider` names the provider it came from (None: the inbox's own)."""

    def __init__(self, message: str, *, provider: str | None = None) -> None:
        super().__init__(f"{provider}: {message}" if provider else message)
        self.message = message
        self.provider = provider

    @property
    def cause(self) -> BaseException | None:
        """The provider package's own error, when this one wraps it."""
        return self.__cause__


class InvalidArgumentError(APIError, ValueError):
    """A bad argument, refused before any request: an unknown status, a malformed ref, an empty text."""


class UnsupportedOperationError(APIError):
    """The provider cannot do this operation (or apply this filter); raised before any request."""

    def __init__(self, provider: str, operation: str, detail: str = "") -> None:
        text = f"{operation} is not supported by {provider}" + (f": {detail}" if detail else "")
        super().__init__(text, provider=provider)
        self.operation = operation


class APIConnectionError(APIError):
    """The provider could not be reached (or did not answer in time)."""


class APITimeoutError(APIConnectionError):
    """The provider did not answer in time."""


class APIStatusError(APIError):
    """The provider answered with an error status."""

    def __init__(self, message: str, *, provider: str | None = None, status_code: int = 0) -> None:
        super().__init__(message, provider=provider)
        self.status_code = status_code


class BadRequestError(APIStatusError):
    pass


class AuthenticationError(APIStatusError):
    pass


class PermissionDeniedError(APIStatusError):
    pass


class NotFoundError(APIStatusError):
    pass


class RateLimitError(APIStatusError):
    pass


class InternalServerError(APIStatusError):
    pass


class WebhookError(APIError, ValueError):
    """A webhook delivery that cannot be turned into an event."""


class InvalidWebhookSignatureError(WebhookError):
    """The delivery's signature is missing, malformed, wrong or too old, or no provider's signature header is there."""


class WebhookSecretError(WebhookError):
    """A signed delivery, and no secret to check it with."""


class InvalidWebhookPayloadError(WebhookError):
    """The body is not JSON or does not match its event's schema."""


_BY_STATUS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}

# the provider runtime's class names -> the inbox's classes (the first name found in the MRO wins)
_BY_NAME: Mapping[str, type[APIError]] = {
    "InvalidWebhookSignatureError": InvalidWebhookSignatureError,
    "WebhookSecretError": WebhookSecretError,
    "InvalidWebhookPayloadError": InvalidWebhookPayloadError,
    "APITimeoutError": APITimeoutError,
    "APIConnectionError": APIConnectionError,
    "InvalidArgumentError": InvalidArgumentError,
}


def wrap(provider: str, error: BaseException) -> APIError:
    """The inbox's error for a provider package's error; raise it `from error`."""
    if isinstance(error, APIError):
        return error
    status = getattr(error, "status_code", None)
    if isinstance(status, int):
        cls = _BY_STATUS.get(status, InternalServerError if status >= 500 else APIStatusError)
        return cls(f"HTTP {status} ({type(error).__name__})", provider=provider, status_code=status)
    for klass in type(error).__mro__:
        found = _BY_NAME.get(klass.__name__)
        if found is not None:
            return found(f"{type(error).__name__}: {error}", provider=provider)
    return APIError(f"{type(error).__name__}: {error}", provider=provider)
