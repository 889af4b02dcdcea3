"""The error hierarchy: every failure a call can raise, with the provider's own error body attached.

APIError
├── APIStatusError (status_code, headers, body, request_id)
│   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403, NotFoundError 404,
│   ├── ConflictError 409, UnprocessableEntityError 422, RateLimitError 429 (retry_after),
│   └── InternalServerError >= 500
├── APIConnectionError
│   └── APITimeoutError
└── APIResponseValidationError (a 2xx body that does not match the spec)
"""

from __future__ import annotations

from typing import Any, cast

import httpx

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
            code = candidate.get("code") or candidate.get("statusCode") or candidate.get("type")
            message = (
                candidate.get("message")
                or candidate.get("detail")
                or candidate.get("title")
                or candidate.get("error_description")
            )
            if code is not None or message is not None:
                return (str(code) if code is not None else None, str(message) if message is not None else None)
    code = body.get("code")
    message = (
        body.get("message")
        if isinstance(body.get("message"), str)
        else body.get("error")
        if isinstance(body.get("error"), str)
        else None
    )
    return (str(code) if code is not None else None, message)


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
        from ._base_client import parse_retry_after

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


def make_status_error(response: httpx.Response, body: Any) -> APIStatusError:
    """The error class that matches the response's status."""
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    return cls(response=response, body=body)
