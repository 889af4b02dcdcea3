"""The error hierarchy: every failure a call can raise, with the provider's own error body attached.

A non-2xx answer becomes the `APIStatusError` subclass of its status (`make_status_error`), carrying
the parsed body, the provider's error code and message wherever its envelope keeps them, and the
request id; a provider's error code listed in the spec's `x-error-codes` (`ErrorCodes`) picks the
class whatever the status. A transport failure, a body that cannot be decoded and a redirect loop
become an `APIConnectionError` (`connection_error`). The one error that is not an `APIError` is
`InvalidArgumentError`, a `ValueError` raised before anything is sent.

APIError
├── APIStatusError (status_code, headers, body, request_id)
│   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403, NotFoundError 404,
│   ├── ConflictError 409, UnprocessableEntityError 422, RateLimitError 429 (retry_after),
│   └── InternalServerError >= 500
├── APIConnectionError
│   └── APITimeoutError
├── APIResponseValidationError (a 2xx body that does not match the spec, with strict_response_validation)
└── PaginationError (in _pagination: a cursor the server sent twice, or no page after the last)
ValueError
└── InvalidArgumentError (a bad argument, refused before anything is sent)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

import httpx2

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
    "InvalidArgumentError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]

_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id", "cf-ray")


class InvalidArgumentError(ValueError):
    """An argument the client refuses before sending anything: a value the spec's schema rejects (the
    validation error is chained as `__cause__`, without the values: `redacted`), a header value with
    CR/LF, an empty path parameter.

    `faults` holds one line per fault, each naming the argument as the caller wrote it; `errors` is
    pydantic's detail of a schema refusal (its `errors()`, without documentation links), else empty.
    """

    def __init__(
        self, message: str, *, faults: list[str] | None = None, errors: list[dict[str, Any]] | None = None
    ) -> None:
        super().__init__(message)
        self.faults: list[str] = faults if faults is not None else [message]
        self.errors: list[dict[str, Any]] = errors or []


_REQUEST_ID_KEYS = {name.encode(): rank for rank, name in enumerate(_REQUEST_ID_HEADERS)}


def request_id_of(headers: httpx2.Headers) -> str | None:
    """The provider's request id of an answer, from the usual headers (None when it sends none).

    One pass over the raw headers, the first name of the list winning. Models and pages keep the
    headers and ask this only when their `_request_id` is read, so parsing never pays for it.
    """
    found: tuple[int, bytes] | None = None
    for key, value in headers.raw:
        rank = _REQUEST_ID_KEYS.get(key.lower())
        if rank is not None and (found is None or rank < found[0]):
            found = (rank, value)
    return found[1].decode("latin-1") if found is not None else None


class APIError(Exception):
    """Base of every error this client raises."""

    message: str
    request: httpx2.Request | None
    body: object | None

    def __init__(self, message: str, request: httpx2.Request | None = None, *, body: object | None = None) -> None:
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


NOT_RETRIED = (
    " (not retried: the request may have reached the server and been processed; check before sending it again)"
)


class APIStatusError(APIError):
    """The server answered with a status that is not 2xx."""

    response: httpx2.Response
    status_code: int
    request_id: str | None

    def __init__(
        self,
        message: str | None = None,
        *,
        response: httpx2.Response,
        body: object | None,
        code: str | None = None,
        may_have_been_processed: bool = False,
    ) -> None:
        described, detail = _describe(body)
        code = code or described
        self.code = code
        self.error_message = detail
        if message is None:
            parts = [f"{response.status_code} {response.reason_phrase}".strip()]
            if code:
                parts.append(f"[{code}]")
            if detail:
                parts.append(detail)
            message = " ".join(parts)
        if may_have_been_processed:
            message += NOT_RETRIED
        # True when a retry was withheld because the request may have reached the server and been
        # processed (a send without an idempotency key): check before sending it again
        self.may_have_been_processed = may_have_been_processed
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = request_id_of(response.headers)

    @property
    def headers(self) -> httpx2.Headers:
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

    def __init__(
        self, *, request: httpx2.Request, message: str = "Connection error.", may_have_been_processed: bool = False
    ) -> None:
        if may_have_been_processed:
            message += NOT_RETRIED
        super().__init__(message, request)
        self.may_have_been_processed = may_have_been_processed


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, *, request: httpx2.Request, may_have_been_processed: bool = False) -> None:
        super().__init__(request=request, message="Request timed out.", may_have_been_processed=may_have_been_processed)


def validation_summary(exc: BaseException | None, limit: int = 3) -> str:
    """A pydantic ValidationError as places and reasons, never the values: an answer or a delivery may
    carry customer data (message text, phone numbers, emails), and error messages end up in logs."""
    errors_of: Any = getattr(exc, "errors", None)
    if not callable(errors_of):
        return type(exc).__name__
    try:
        found: Any = errors_of(include_input=False, include_url=False)
    except TypeError:
        found = errors_of()
    errors = cast("list[dict[str, Any]]", list(found))
    parts: list[str] = []
    for error in errors[:limit]:
        loc = cast("tuple[object, ...]", tuple(error.get("loc", ())))
        parts.append(f"{'.'.join(str(p) for p in loc) or '(root)'}: {error.get('msg', 'invalid')}")
    more = len(errors) - limit
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")


def redacted(exc: BaseException | None) -> BaseException | None:
    """What to chain as the cause of an error made from a pydantic ValidationError: a copy of it that
    keeps every place, type, message and context but not the input values (its text shows each
    one, `input_value='+5511...'`, and a traceback prints the cause into logs); None where no copy
    can be made. Any other exception is chained as it is. The original stays the error's
    `__context__`, which a traceback does not print beside a cause."""
    import pydantic_core

    if not isinstance(exc, pydantic_core.ValidationError):
        return exc
    details: list[Any] = []
    for error in exc.errors(include_url=False, include_input=False):
        detail: dict[str, Any] = {"type": error["type"], "loc": error["loc"], "input": None}
        if "ctx" in error:
            detail["ctx"] = error["ctx"]
        try:  # pydantic-core's own kinds keep their type; a kind it does not know keeps its words
            pydantic_core.ValidationError.from_exception_data(exc.title, [cast("Any", detail)])
        except (KeyError, TypeError, ValueError):
            kind: Any = str(error["type"])
            words: Any = str(error["msg"])  # no context given: nothing in it is filled in
            detail = {"type": pydantic_core.PydanticCustomError(kind, words), "loc": error["loc"], "input": None}
        details.append(detail)
    try:
        return pydantic_core.ValidationError.from_exception_data(exc.title, details, hide_input=True)
    except (KeyError, TypeError, ValueError):
        return None


class APIResponseValidationError(APIError):
    """A 2xx answer whose body does not match the spec's schema."""

    def __init__(self, *, response: httpx2.Response, body: object | None, message: str) -> None:
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


class ErrorCodes:
    """A provider's error codes (the spec's `x-error-codes`): where the code sits in an error body
    (dotted paths, tried in order) and, per code, the error class to raise and whether to retry.

    A plain class, not a dataclass: every package creates one at import, and a dataclass costs more.
    """

    __slots__ = ("codes", "paths")

    def __init__(
        self, paths: tuple[tuple[str, ...], ...] = (), codes: Mapping[str, tuple[str, bool | None]] | None = None
    ) -> None:
        self.paths = paths
        self.codes: Mapping[str, tuple[str, bool | None]] = codes or {}

    def find(self, body: object) -> str | None:
        """The first code found at one of the paths of a parsed error body, as text."""
        for path in self.paths:
            value = body
            for key in path:
                value = cast("dict[str, Any]", value).get(key) if isinstance(value, dict) else None
            if isinstance(value, (str, int)) and not isinstance(value, bool):
                return str(value)
        return None

    def retry(self, body: object) -> bool | None:
        """What the code of this body says of retrying: True, False, or None (no advice: the status decides)."""
        code = self.find(body)
        return self.codes[code][1] if code is not None and code in self.codes else None


NO_ERROR_CODES = ErrorCodes()

_BY_NAME: dict[str, type[APIStatusError]] = {
    cls.__name__: cls
    for cls in (
        APIStatusError,
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        UnprocessableEntityError,
        RateLimitError,
        InternalServerError,
    )
}


def make_status_error(
    response: httpx2.Response,
    body: Any,
    error_codes: ErrorCodes = NO_ERROR_CODES,
    *,
    may_have_been_processed: bool = False,
) -> APIStatusError:
    """The error of a non-2xx answer: the class its error code names (`x-error-codes`), else its status's."""
    code = error_codes.find(body)
    cls = status_error_class(response.status_code)
    if code is not None and code in error_codes.codes:
        cls = _BY_NAME.get(error_codes.codes[code][0]) or cls
    return cls(response=response, body=body, code=code, may_have_been_processed=may_have_been_processed)


def connection_error(
    exc: httpx2.RequestError, request: httpx2.Request, *, may_have_been_processed: bool = False
) -> APIConnectionError:
    """The error a failure without an answer is raised as (the caller chains `exc`).

    A timeout, a body that could not be decoded (a corrupt gzip stream), a redirect loop, or any other
    transport failure, named with the method, the host and the operating system's reason
    (`POST api.example.com: [Errno 111] Connection refused (ConnectError)`). The exception's own text
    is not shown: it may hold the URL, and the URL may hold the API key.
    """
    flag = may_have_been_processed
    if isinstance(exc, httpx2.TimeoutException):
        return APITimeoutError(request=request, may_have_been_processed=flag)
    if isinstance(exc, httpx2.DecodingError):
        return APIConnectionError(request=request, message="the response body could not be decoded (DecodingError)")
    if isinstance(exc, httpx2.TooManyRedirects):
        return APIConnectionError(request=request, message="too many redirects (TooManyRedirects)")
    port = request.url.port
    where = f"{request.method} {request.url.host}" + (f":{port}" if port is not None else "")
    reason = os_reason(exc)
    message = f"connection error: {where}" + (f": {reason}" if reason else "") + f" ({type(exc).__name__})"
    return APIConnectionError(request=request, message=message, may_have_been_processed=flag)


def os_reason(exc: BaseException) -> str | None:
    """The operating system's reason behind a transport failure (`[Errno 111] Connection refused`,
    `[Errno -2] Name or service not known`), found along the chain of causes; None when there is none."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.strerror:
            return f"[Errno {current.errno}] {current.strerror}" if current.errno is not None else current.strerror
        current = current.__cause__ or current.__context__
    return None


def error_body(response: httpx2.Response) -> object:
    """The body of an error answer as parsed JSON, else as text, else None: never raises."""
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError):
        try:
            return response.text
        except Exception:
            return None
