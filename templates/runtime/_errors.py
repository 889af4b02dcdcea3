"""The error hierarchy: every failure a call can raise, with the provider's own error body attached.

A non-2xx answer becomes the `APIStatusError` subclass of its status (`make_status_error`), carrying
the parsed body, the provider's error code and message wherever its envelope keeps them, and the
request id. A transport failure becomes an `APIConnectionError` (`connection_error`).

APIError
├── APIStatusError (status_code, headers, body, request_id)
│   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403, NotFoundError 404,
│   ├── ConflictError 409, UnprocessableEntityError 422, RateLimitError 429 (retry_after),
│   └── InternalServerError >= 500
├── APIConnectionError
│   └── APITimeoutError
├── APIResponseValidationError (a 2xx body that does not match the spec)
└── PaginationError (in _pagination: a cursor the server sent twice)
"""

from __future__ import annotations

from typing import Any, cast

import httpx

from ._retries import parse_retry_after

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]

_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id", "cf-ray")


class APIError(Exception):
    """Base of every error this client raises."""

    message: str
    request: httpx.Request | None
    body: object | None

    def __init__(self, message: str, request: httpx.Request | None = None, *, body: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body

    def __str__(self) -> str:
        return self.message


def _describe(body: object) -> tuple[str | None, str | None]:
    """Find the provider's error code and message in a parsed error body, whatever its envelope."""
    if not isinstance(body, dict):
        return None, body.strip()[:500] if isinstance(body, str) and body.strip() else None
    body = cast("dict[str, Any]", body)
    for found in (body.get("error"), body.get("message"), body):
        if isinstance(found, dict):
            candidate = cast("dict[str, Any]", found)
            code = _first_of(candidate, "code", "statusCode", "type")
            message = _first_of(candidate, "message", "detail", "title", "error_description")
            if code is not None or message is not None:
                return _text(code), _text(message)
    message = next((body[key] for key in ("message", "error") if isinstance(body.get(key), str)), None)
    return _text(body.get("code")), message


def _first_of(candidate: dict[str, Any], *keys: str) -> Any:
    """`candidate[k1] or candidate[k2] or ...`: the first truthy value, else the last one (None if absent)."""
    value = None
    for key in keys:
        value = candidate.get(key)
        if value:
            return value
    return value


def _text(value: object) -> str | None:
    return str(value) if value is not None else None


class APIStatusError(APIError):
    """The server answered with a status that is not 2xx."""

    response: httpx.Response
    status_code: int
    request_id: str | None

    def __init__(self, message: str | None = None, *, response: httpx.Response, body: object | None) -> None:
        code, detail = _describe(body)
        self.code = code
        self.error_message = detail
        if message is None:
            parts = [f"{response.status_code} {response.reason_phrase}".strip()]
            if code:
                parts.append(f"[{code}]")
            if detail:
                parts.append(detail)
            message = " ".join(parts)
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = next((response.headers[h] for h in _REQUEST_ID_HEADERS if h in response.headers), None)

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the key lacks a scope or the account may not do this."""


class NotFoundError(APIStatusError):
    """404"""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422"""


class RateLimitError(APIStatusError):
    """429: too many requests; `retry_after` holds the seconds the server asked to wait, if it said."""

    @property
    def retry_after(self) -> float | None:
        return parse_retry_after(self.response.headers)


class InternalServerError(APIStatusError):
    """5xx"""


class APIConnectionError(APIError):
    """The request could not be completed: no connection, or the connection broke."""

    def __init__(self, *, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, *, request: httpx.Request) -> None:
        super().__init__(request=request, message="Request timed out.")


class APIResponseValidationError(APIError):
    """A 2xx answer whose body does not match the spec's schema."""

    def __init__(self, *, response: httpx.Response, body: object | None, message: str) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The error class of a non-2xx status: its own for the common ones, else by its class (5xx or not)."""
    cls = _BY_STATUS.get(status_code)
    if cls is None:
        cls = InternalServerError if status_code >= 500 else APIStatusError
    return cls


def make_status_error(response: httpx.Response, body: Any) -> APIStatusError:
    """The error class that matches the response's status."""
    return status_error_class(response.status_code)(response=response, body=body)


def connection_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    """The error a transport failure is raised as (the caller chains `exc`): a timeout, or any other."""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request=request)
    return APIConnectionError(request=request, message=f"connection error: {type(exc).__name__}")


def error_body(response: httpx.Response) -> object:
    """The body of an error answer as parsed JSON, else as text, else None: never raises."""
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError):
        try:
            return response.text
        except Exception:
            return None
