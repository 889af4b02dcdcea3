"""The request machinery every resource method goes through.

Rendered from the generator's shared runtime template, so each package stands alone (httpx and pydantic
are its only dependencies). Resource methods describe a request with a static `Operation`; this module
builds it (encoding parameters exactly as the spec says), sends it with retries that never re-send a
request which may have reached the server unless that is provably safe, and parses the answer.
"""

from __future__ import annotations

import contextvars
import email.utils
import functools
import importlib
import json
import logging
import os
import random
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import IO, TYPE_CHECKING, Any, Generic, Literal, ParamSpec, TypeVar, Union, cast
from urllib.parse import quote

import httpx

from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    make_status_error,
)

if TYPE_CHECKING:
    import pydantic

    from ._pagination import AsyncPage, AsyncPaginator, BasePage, Paging

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIResponse",
    "AsyncAPIClient",
    "NotGiven",
    "Operation",
    "Param",
    "SyncAPIClient",
]

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")
PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")
AsyncPageT = TypeVar("AsyncPageT", bound="AsyncPage[Any]")

log = logging.getLogger("legacy_client")

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})


class NotGiven:
    """The default of every optional argument: tells "not given" apart from an explicit None."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

TimeoutTypes = Union[float, httpx.Timeout, None]
Headers = Mapping[str, Union[str, NotGiven]]
Query = Mapping[str, object]
FileContent = Union[IO[bytes], bytes]
FileTypes = Union[FileContent, "tuple[str | None, FileContent]", "tuple[str | None, FileContent, str | None]"]


def setup_logging() -> None:
    """Switch the package's logger on from `LEGACY_LOG=debug|info` (off by default)."""
    level = os.environ.get("LEGACY_LOG", "").strip().lower()
    if level in ("debug", "info") and not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.DEBUG if level == "debug" else logging.INFO)


class LazyModule:
    """A module imported on first attribute access: `import <package>` does not load pydantic or the models."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        return getattr(importlib.import_module(self._name), attr)


# --------------------------------------------------------------------------------------------------
# Static description of an operation


@dataclass(frozen=True, slots=True)
class Param:
    """How one parameter goes on the wire: where, and with which OpenAPI style."""

    name: str
    location: Literal["path", "query", "header", "cookie"]
    style: str = "form"
    explode: bool = True
    json_content: bool = False
    model: Callable[[], Any] | None = None  # returns a type to validate and dump structured values with
    key: str = ""  # the argument key when two parameters share a wire name (in different places)


@dataclass(slots=True)
class Operation(Generic[T]):
    """Everything static about one operation; built once at import, never per request.

    `T` is what a successful call returns once parsed (the request functions are typed by it).
    """

    method: str
    path: str
    params: tuple[Param, ...] = ()
    response_type: Callable[[], Any] | None = None  # returns the type: models are imported on first use
    response_kind: Literal["json", "text", "binary", "none"] = "json"
    unwrap_root: bool = False
    body_kind: Literal["json", "form", "multipart", "binary", "text"] | None = None
    body_type: Callable[[], Any] | None = None
    body_content_type: str | None = None
    body_required: bool = False
    empty_ok: bool = False  # the spec declares a success answer without a body (e.g. 204)
    accept: str = "application/json"
    idempotency_header: str | None = None
    auth: bool = True
    paging: Paging | None = None
    by_name: dict[str, Param] = field(init=False)
    _response_adapter: pydantic.TypeAdapter[Any] | None = field(init=False, default=None)
    _body_adapter: pydantic.TypeAdapter[Any] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.by_name = {p.key or p.name: p for p in self.params}

    @property
    def retry_safe(self) -> bool:
        """May an attempt that possibly reached the server be sent again?"""
        return self.method in IDEMPOTENT_METHODS or self.idempotency_header is not None

    def parse(self, response: httpx.Response) -> T:
        """Turn a 2xx response into the declared type; raise APIResponseValidationError if it does not fit."""
        if self.response_kind == "binary":
            return cast(T, response.content)
        if self.response_kind == "text":
            return cast(T, response.text)
        if self.response_kind == "none" or self.response_type is None:
            return cast(T, None)
        content = response.content
        if not content.strip():
            if response.status_code == 204 or self.empty_ok:
                return cast(T, None)  # the action happened and nothing was sent back
            raise APIResponseValidationError(
                response=response, body=None, message="the response body is empty; the spec declares one"
            )
        import pydantic

        try:
            rtype: Any = self.response_type()
            if _is_model_class(rtype):
                value: Any = rtype.model_validate_json(content)
            else:
                if self._response_adapter is None:
                    self._response_adapter = pydantic.TypeAdapter(rtype)
                value = self._response_adapter.validate_json(content)
        except ValueError as exc:  # pydantic.ValidationError is a ValueError
            raise APIResponseValidationError(
                response=response,
                body=_safe_body(response),
                message=f"the response body does not match the spec: {exc}",
            ) from exc
        if self.unwrap_root and isinstance(value, pydantic.RootModel):
            return cast(T, cast(Any, value).root)
        return cast(T, value)

    def dump_body(self, body: Any) -> Any:
        """Validate a request body against the spec's schema, then dump it by wire name (unset fields left out)."""
        if self.body_type is None:
            return _jsonable(body)
        if self._body_adapter is None:
            import pydantic

            self._body_adapter = pydantic.TypeAdapter(self.body_type())
        value = self._body_adapter.validate_python(body)
        return self._body_adapter.dump_python(value, mode="json", by_alias=True, exclude_unset=True)


# --------------------------------------------------------------------------------------------------
# Encoding


def _is_model_class(value: Any) -> bool:
    import pydantic

    return isinstance(value, type) and issubclass(value, pydantic.BaseModel)


def _jsonable(value: Any) -> Any:
    if hasattr(value, "model_dump") and hasattr(value.__class__, "model_fields"):  # a pydantic model
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        mapping = cast("Mapping[object, object]", value)
        return {str(k): _jsonable(v) for k, v in mapping.items() if not isinstance(v, NotGiven)}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in cast("Sequence[object]", value)]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Enum):
        return _scalar(value.value)
    if value is None:
        return ""
    return str(value)


def _q(text: str) -> str:
    return quote(text, safe="")


@functools.cache
def _param_adapter(param: Param) -> pydantic.TypeAdapter[Any]:
    import pydantic

    assert param.model is not None
    return pydantic.TypeAdapter(param.model())


def _structured(param: Param, value: Any) -> Any:
    if param.model is not None and not isinstance(value, (str, bytes, int, float, bool)):
        adapter = _param_adapter(param)
        return adapter.dump_python(adapter.validate_python(value), mode="json", by_alias=True, exclude_unset=True)
    return _jsonable(value)


def encode_query(param: Param, value: Any) -> list[str]:
    """Encode one query parameter as `name=value` pieces, percent-encoded, delimiters literal."""
    name = quote(param.name, safe="[]")
    if param.json_content:
        return [f"{name}={_q(json.dumps(_structured(param, value), separators=(',', ':'), ensure_ascii=False))}"]
    value = _structured(param, value)
    if isinstance(value, Mapping):
        items = [(str(k), v) for k, v in cast("Mapping[object, object]", value).items() if v is not None]
        if param.style == "deepObject":
            return [f"{name}[{_q(k)}]={_q(_scalar(v))}" for k, v in items]
        if param.explode:
            return [f"{_q(k)}={_q(_scalar(v))}" for k, v in items]
        return [f"{name}=" + ",".join(f"{_q(k)},{_q(_scalar(v))}" for k, v in items)]
    if isinstance(value, (list, tuple)):
        values = cast("Sequence[object]", value)
        if param.explode:
            return [f"{name}={_q(_scalar(v))}" for v in values]
        sep = {"spaceDelimited": "%20", "pipeDelimited": "|"}.get(param.style, ",")
        return [f"{name}=" + sep.join(_q(_scalar(v)) for v in values)]
    return [f"{name}={_q(_scalar(value))}"]


def encode_path_value(name: str, value: Any) -> str:
    """Percent-encode a path parameter so that no value can change the path (`../x`, `a/b?c`)."""
    text = _scalar(value)
    if text == "":
        raise ValueError(f"path parameter {name!r} must not be empty")
    encoded = _q(text)
    if encoded in (".", ".."):
        encoded = encoded.replace(".", "%2E")
    return encoded


def encode_header_value(name: str, value: Any) -> str:
    text = (
        value
        if isinstance(value, str)
        else json.dumps(_jsonable(value))
        if isinstance(value, (Mapping, list))
        else _scalar(value)
    )
    if "\r" in text or "\n" in text or "\x00" in text:
        raise ValueError(f"header {name!r} must not contain CR, LF or NUL characters")
    return text


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, list):
        return list(cast("list[object]", value))
    return [value]


def _is_file_list(value: Any) -> bool:
    if not isinstance(value, list):
        return False
    items = cast("list[object]", value)
    return bool(items) and all(_is_file(i) for i in items)


def _is_file(value: Any) -> bool:
    if isinstance(value, tuple):
        return len(cast("tuple[object, ...]", value)) in (2, 3)
    return isinstance(value, (bytes, bytearray)) or hasattr(value, "read")


# --------------------------------------------------------------------------------------------------
# Retry timing


def parse_retry_after(headers: Mapping[str, str] | httpx.Headers | None, *, now: float | None = None) -> float | None:
    """Seconds the server asks us to wait (`retry-after-ms`, `Retry-After` seconds or HTTP date), or None."""
    if not headers:
        return None
    if not isinstance(headers, httpx.Headers):
        headers = httpx.Headers(headers)  # header names are case-insensitive, a plain Mapping's keys are not
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        try:
            ms = float(raw_ms)
        except ValueError:
            ms = -1.0
        if ms >= 0 and ms == ms and ms != float("inf"):
            return ms / 1000.0
    raw = headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        seconds = float(raw)
    except ValueError:
        parsed = email.utils.parsedate_tz(raw)
        if parsed is None:
            return None
        seconds = float(email.utils.mktime_tz(parsed)) - (time.time() if now is None else now)
        return max(seconds, 0.0)
    if seconds != seconds or seconds < 0 or seconds == float("inf"):
        return None
    return seconds


def retry_delay(
    retries_taken: int, headers: Mapping[str, str] | httpx.Headers | None = None, *, jitter: float | None = None
) -> float:
    """How long to sleep before retry number `retries_taken + 1`.

    The server's Retry-After wins (capped at 60 s); otherwise 0.5 s x 2^n capped at 8 s, less up to 25% jitter.
    """
    asked = parse_retry_after(headers)
    if asked is not None:
        return min(asked, MAX_RETRY_AFTER)
    delay = min(INITIAL_RETRY_DELAY * (2.0**retries_taken), MAX_RETRY_DELAY)
    factor = 1.0 - 0.25 * (random.random() if jitter is None else jitter)
    return delay * factor


# --------------------------------------------------------------------------------------------------
# Responses


def _redact_query(url: httpx.URL, name: str) -> str:
    """The URL as text with the value of query parameter `name` (the API key) masked, for logs."""
    if not url.query:
        return str(url)
    wire_name = _q(name).encode()
    parts = [part if part.split(b"=", 1)[0] != wire_name else wire_name + b"=***" for part in url.query.split(b"&")]
    return str(url.copy_with(query=None)) + "?" + b"&".join(parts).decode("ascii", "replace")


def _safe_body(response: httpx.Response) -> object:
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError):
        try:
            return response.text
        except Exception:
            return None


_raw_mode: contextvars.ContextVar[bool] = contextvars.ContextVar("_raw_mode", default=False)


class APIResponse(Generic[T]):
    """A response as it came back: status, headers (rate-limit headers included) and `.parse()`."""

    def __init__(self, http_response: httpx.Response, parser: Callable[[], T], retries_taken: int = 0) -> None:
        self.http_response = http_response
        self._parser = parser
        self._parsed: T | NotGiven = NOT_GIVEN
        self.retries_taken = retries_taken

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> T:
        """Parse the body into the operation's return type (once; later calls reuse it)."""
        if isinstance(self._parsed, NotGiven):
            self._parsed = self._parser()
        return self._parsed

    def __repr__(self) -> str:
        # The query is left out: it may carry the API key (apiKey `in: query`).
        return (
            f"<APIResponse [{self.status_code}] {self.http_response.request.method} {self.url.copy_with(query=None)}>"
        )


# --------------------------------------------------------------------------------------------------
# Clients


@dataclass(slots=True)
class _Prepared:
    method: str
    url: str
    headers: dict[str, str]
    content: bytes | None = None
    data: dict[str, Any] | None = None
    files: list[tuple[str, Any]] | None = None


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # imported on first use: the sync client never pays for it

    await asyncio.sleep(seconds)


class _BaseClient:
    """Configuration and request building shared by the sync and async clients."""

    _auth_scheme: Literal["bearer", "basic", "header", "query", "cookie", "none"] = "none"
    _auth_name: str = ""
    _sleep: Callable[[float], None] = staticmethod(time.sleep)
    _async_sleep: Callable[[float], Awaitable[None]] = staticmethod(_asyncio_sleep)

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        user_agent: str,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        if api_key is not None and any(ch in api_key for ch in "\r\n\x00"):
            # Refused here, not by httpx at send time (which looked like a connection error, was retried,
            # and chained an exception that printed the key). The key itself is never echoed.
            raise ValueError("api_key must not contain CR, LF or NUL characters (a trailing newline from a file?)")
        self._api_key = api_key
        self.base_url = base_url.rstrip("/")
        self.timeout: TimeoutTypes = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout
        self.max_retries = max_retries
        headers = {"Accept": "application/json", "User-Agent": user_agent}
        for name, value in (default_headers or {}).items():
            headers[name] = encode_header_value(name, value)
        self._default_headers = headers
        setup_logging()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def _loggable_url(self, url: httpx.URL) -> str:
        """The URL for log lines: an API key sent as a query parameter is masked."""
        return _redact_query(url, self._auth_name) if self._auth_scheme == "query" and self._auth_name else str(url)

    def _auth(self, headers: dict[str, str], query: list[str]) -> None:
        key = self._api_key
        if key is None or self._auth_scheme == "none":
            return
        if self._auth_scheme == "bearer":
            headers["Authorization"] = f"Bearer {key}"
        elif self._auth_scheme == "basic":
            import base64

            headers["Authorization"] = "Basic " + base64.b64encode(key.encode()).decode()
        elif self._auth_scheme == "header":
            headers[self._auth_name] = key
        elif self._auth_scheme == "query":
            query.append(f"{_q(self._auth_name)}={_q(key)}")
        elif self._auth_scheme == "cookie":
            headers["Cookie"] = f"{self._auth_name}={_q(key)}"

    def _prepare(
        self,
        op: Operation[Any],
        values: Mapping[str, Any],
        body: Any,
        extra_headers: Headers | None,
        extra_query: Query | None,
        idempotency_key: str | None,
    ) -> _Prepared:
        """Build the request; every argument error is raised here, before anything is sent."""
        if isinstance(body, dict):
            body = {k: v for k, v in cast("dict[str, Any]", body).items() if not isinstance(v, NotGiven)}
            if not body and not op.body_required:
                body = NOT_GIVEN  # an optional body the caller gave nothing for is not sent at all
        path = op.path
        query: list[str] = []
        headers = dict(self._default_headers)
        headers["Accept"] = op.accept
        cookies: list[str] = []
        for name, value in values.items():
            if isinstance(value, NotGiven):
                continue
            param = op.by_name[name]
            name = param.name
            if param.location == "path":
                path = path.replace("{" + name + "}", encode_path_value(name, value))
            elif value is None and not param.json_content:
                continue
            elif param.location == "query":
                query.extend(encode_query(param, value))
            elif param.location == "header":
                headers[name] = encode_header_value(name, _structured(param, value))
            else:
                cookies.append(f"{quote(name, safe='')}={_q(_scalar(_structured(param, value)))}")
        if "{" in path:
            missing = path[path.index("{") + 1 : path.index("}")] if "}" in path else path
            raise ValueError(f"path parameter {missing!r} is required")
        if op.auth:
            self._auth(headers, query)
        if cookies:
            headers["Cookie"] = "; ".join([headers["Cookie"], *cookies] if "Cookie" in headers else cookies)
        if extra_query:
            for name, value in extra_query.items():
                if not isinstance(value, NotGiven):
                    query.extend(encode_query(Param(name, "query"), value))
        if op.idempotency_header is not None:
            headers[op.idempotency_header] = encode_header_value(
                op.idempotency_header, idempotency_key or str(uuid.uuid4())
            )
        prepared = _Prepared(op.method, self.base_url + path + ("?" + "&".join(query) if query else ""), headers)
        if op.body_kind is not None and not isinstance(body, NotGiven):
            self._encode_body(op, body, prepared)
        if extra_headers:
            for name, value in extra_headers.items():
                if isinstance(value, NotGiven):
                    prepared.headers.pop(name, None)
                else:
                    prepared.headers[name] = encode_header_value(name, value)
        return prepared

    def _encode_body(self, op: Operation[Any], body: Any, prepared: _Prepared) -> None:
        if op.body_kind == "binary":
            prepared.content = body if isinstance(body, bytes) else body.read()
            prepared.headers["Content-Type"] = op.body_content_type or "application/octet-stream"
            return
        if op.body_kind == "text":
            prepared.content = str(body).encode()
            prepared.headers["Content-Type"] = op.body_content_type or "text/plain"
            return
        if op.body_kind == "multipart":
            files: list[tuple[str, Any]] = []
            if isinstance(body, Mapping):
                fields = cast("Mapping[str, Any]", body)
                plain = {k: v for k, v in fields.items() if not _is_file(v) and not _is_file_list(v)}
                for k, v in fields.items():
                    if k not in plain:
                        files.extend((k, item) for item in _as_list(v))
                dumped = op.dump_body(plain) if op.body_type is not None and not files else _jsonable(plain)
            else:
                dumped = op.dump_body(body)
            data: dict[str, Any] = {}
            for k, v in cast("dict[str, Any]", dumped or {}).items():
                data[k] = json.dumps(v) if isinstance(v, (dict, list)) else _scalar(v)
            prepared.data, prepared.files = data, files or []
            return
        dumped = op.dump_body(body)
        if op.body_kind == "form":
            pairs: list[str] = []
            for k, v in cast("dict[str, Any]", dumped or {}).items():
                for item in _as_list(v):
                    text = json.dumps(item) if isinstance(item, dict) else _scalar(item)
                    pairs.append(f"{_q(k)}={_q(text)}")
            prepared.content = "&".join(pairs).encode()
            prepared.headers["Content-Type"] = "application/x-www-form-urlencoded"
            return
        prepared.content = json.dumps(dumped, separators=(",", ":"), ensure_ascii=False).encode()
        prepared.headers["Content-Type"] = op.body_content_type or "application/json"

    def _resolve_timeout(self, timeout: TimeoutTypes | NotGiven) -> httpx.Timeout:
        value = self.timeout if isinstance(timeout, NotGiven) else timeout
        if isinstance(value, httpx.Timeout):
            return value
        return httpx.Timeout(value) if value is not None else httpx.Timeout(None)

    def _build_request(
        self,
        client: httpx.Client | httpx.AsyncClient,
        op: Operation[Any],
        values: Mapping[str, Any],
        body: Any,
        extra_headers: Headers | None,
        extra_query: Query | None,
        idempotency_key: str | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
    ) -> tuple[httpx.Request, int, str]:
        """The request (built once: every attempt sends the same bytes), the retry budget, the URL to log."""
        prepared = self._prepare(op, values, body, extra_headers, extra_query, idempotency_key)
        retries = self.max_retries if isinstance(max_retries, NotGiven) else max_retries
        request = client.build_request(
            prepared.method,
            prepared.url,
            headers=prepared.headers,
            content=prepared.content,
            data=prepared.data,
            files=prepared.files,
            timeout=self._resolve_timeout(timeout),
        )
        return request, retries, self._loggable_url(request.url)

    def _delay_after_error(
        self,
        op: Operation[Any],
        exc: httpx.TransportError,
        request: httpx.Request,
        attempt: int,
        retries: int,
        shown_url: str,
    ) -> float:
        """How long to wait before trying again after a transport error; raises when it must not be retried.

        A request that could not connect never reached the server and is always safe to send again.
        Any other failure may have reached it: only idempotent or idempotency-keyed operations retry.
        """
        never_sent = isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout))
        if attempt < retries and (never_sent or op.retry_safe):
            delay = retry_delay(attempt)
            log.info("%s %s failed (%s); retrying in %.2f s", request.method, shown_url, type(exc).__name__, delay)
            return delay
        if attempt < retries:
            log.info("%s %s: not retrying a request that may have reached the server", request.method, shown_url)
        if isinstance(exc, httpx.TimeoutException):
            raise APITimeoutError(request=request) from exc
        raise APIConnectionError(request=request, message=f"connection error: {type(exc).__name__}") from exc

    def _delay_after_status(
        self, op: Operation[Any], response: httpx.Response, attempt: int, retries: int, shown_url: str
    ) -> float | None:
        """How long to wait before retrying a non-2xx answer, or None when it goes to the caller."""
        if attempt < retries and self._should_retry_response(op, response):
            delay = retry_delay(attempt, response.headers)
            log.info(
                "%s %s answered %d; retrying in %.2f s", response.request.method, shown_url, response.status_code, delay
            )
            return delay
        return None

    @staticmethod
    def _should_retry_response(op: Operation[Any], response: httpx.Response) -> bool:
        should = response.headers.get("x-should-retry")
        if should == "true":
            return op.retry_safe or response.status_code == 429
        if should == "false":
            return False
        if response.status_code not in RETRYABLE_STATUS:
            return False
        # 429 means the request was refused before it was processed: safe to send again.
        return response.status_code == 429 or op.retry_safe

    @staticmethod
    def _status_error(response: httpx.Response) -> APIStatusError:
        return make_status_error(response, _safe_body(response))

    @staticmethod
    def _log_response(method: str, shown_url: str, response: httpx.Response, started: float) -> None:
        log.info('HTTP %s %s "%s %s"', method, shown_url, response.status_code, response.reason_phrase)
        log.debug("request took %.1f ms", (time.monotonic() - started) * 1000)


class SyncAPIClient(_BaseClient):
    """Sends operations with the synchronous httpx client."""

    def __init__(self, *, http_client: httpx.Client | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._owns_client = http_client is None
        self._client = http_client or httpx.Client(timeout=self.timeout, follow_redirects=True)

    def close(self) -> None:
        """Close the underlying HTTP client (only if this client created it)."""
        if self._owns_client:
            self._client.close()

    def _send(
        self,
        op: Operation[Any],
        values: Mapping[str, Any],
        body: Any,
        *,
        extra_headers: Headers | None,
        extra_query: Query | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        idempotency_key: str | None,
    ) -> tuple[httpx.Response, int]:
        request, retries, shown_url = self._build_request(
            self._client, op, values, body, extra_headers, extra_query, idempotency_key, timeout, max_retries
        )
        attempt = 0
        while True:
            started = time.monotonic()
            log.debug("Sending %s %s (attempt %d of %d)", request.method, shown_url, attempt + 1, retries + 1)
            try:
                response = self._client.send(request)
            except httpx.TransportError as exc:
                self._sleep(self._delay_after_error(op, exc, request, attempt, retries, shown_url))
                attempt += 1
                continue
            self._log_response(request.method, shown_url, response, started)
            if response.is_success:
                return response, attempt
            delay = self._delay_after_status(op, response, attempt, retries, shown_url)
            if delay is None:
                response.read()
                raise self._status_error(response)
            response.close()
            self._sleep(delay)
            attempt += 1

    def request(
        self,
        op: Operation[T],
        values: Mapping[str, Any],
        body: Any = NOT_GIVEN,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> T:
        raw = _raw_mode.get()
        response, retries_taken = self._send(
            op,
            values,
            body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        if raw:  # the raw-response wrappers asked for the response itself (see to_raw_response_wrapper)
            return cast(T, APIResponse(response, lambda: op.parse(response), retries_taken))
        return op.parse(response)

    def request_page(
        self,
        page_cls: type[PageT],
        op: Operation[Any],
        values: Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PageT:
        raw = _raw_mode.get()
        options: dict[str, Any] = {
            "extra_headers": extra_headers,
            "extra_query": extra_query,
            "timeout": timeout,
            "max_retries": max_retries,
        }
        response, retries_taken = self._send(op, values, NOT_GIVEN, idempotency_key=None, **options)
        pages = cast("type[BasePage[Any]]", page_cls)

        def build() -> PageT:
            return cast(PageT, pages.from_response(self, op, values, options, op.parse(response), frozenset()))

        if raw:
            return cast(PageT, APIResponse(response, build, retries_taken))
        return build()

    def fetch_page(self, op: Operation[Any], values: Mapping[str, Any], options: dict[str, Any]) -> Any:
        """The parsed body of a later page (pagination calls this)."""
        response, _ = self._send(op, values, NOT_GIVEN, idempotency_key=None, **options)
        return op.parse(response)


class AsyncAPIClient(_BaseClient):
    """Sends operations with the asynchronous httpx client."""

    def __init__(self, *, http_client: httpx.AsyncClient | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._owns_client = http_client is None
        self._client = http_client or httpx.AsyncClient(timeout=self.timeout, follow_redirects=True)

    async def close(self) -> None:
        """Close the underlying HTTP client (only if this client created it)."""
        if self._owns_client:
            await self._client.aclose()

    async def _send(
        self,
        op: Operation[Any],
        values: Mapping[str, Any],
        body: Any,
        *,
        extra_headers: Headers | None,
        extra_query: Query | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        idempotency_key: str | None,
    ) -> tuple[httpx.Response, int]:
        request, retries, shown_url = self._build_request(
            self._client, op, values, body, extra_headers, extra_query, idempotency_key, timeout, max_retries
        )
        attempt = 0
        while True:
            started = time.monotonic()
            log.debug("Sending %s %s (attempt %d of %d)", request.method, shown_url, attempt + 1, retries + 1)
            try:
                response = await self._client.send(request)
            except httpx.TransportError as exc:
                await self._async_sleep(self._delay_after_error(op, exc, request, attempt, retries, shown_url))
                attempt += 1
                continue
            self._log_response(request.method, shown_url, response, started)
            if response.is_success:
                return response, attempt
            delay = self._delay_after_status(op, response, attempt, retries, shown_url)
            if delay is None:
                await response.aread()
                raise self._status_error(response)
            await response.aclose()
            await self._async_sleep(delay)
            attempt += 1

    async def request(
        self,
        op: Operation[T],
        values: Mapping[str, Any],
        body: Any = NOT_GIVEN,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> T:
        raw = _raw_mode.get()
        response, retries_taken = await self._send(
            op,
            values,
            body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        if raw:  # the raw-response wrappers asked for the response itself (see to_raw_response_wrapper)
            return cast(T, APIResponse(response, lambda: op.parse(response), retries_taken))
        return op.parse(response)

    async def _first_page(
        self, page_cls: type[BasePage[Any]], op: Operation[Any], values: Mapping[str, Any], options: dict[str, Any]
    ) -> Any:
        raw = _raw_mode.get()
        response, retries_taken = await self._send(op, values, NOT_GIVEN, idempotency_key=None, **options)

        def build() -> Any:
            return page_cls.from_response(self, op, values, options, op.parse(response), frozenset())

        if raw:
            return APIResponse(response, build, retries_taken)
        return build()

    def request_page(
        self,
        page_cls: type[AsyncPageT],
        op: Operation[Any],
        values: Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ItemT, AsyncPageT]:  # pyright: ignore[reportInvalidTypeVarUse]
        """The first page's request, lazily: the item type comes from the caller's declared return type."""
        from ._pagination import AsyncPaginator

        options: dict[str, Any] = {
            "extra_headers": extra_headers,
            "extra_query": extra_query,
            "timeout": timeout,
            "max_retries": max_retries,
        }
        pages = cast("type[BasePage[Any]]", page_cls)

        async def first_page() -> AsyncPageT:
            return cast(AsyncPageT, await self._first_page(pages, op, values, options))

        return AsyncPaginator[ItemT, AsyncPageT](first_page)

    async def fetch_page(self, op: Operation[Any], values: Mapping[str, Any], options: dict[str, Any]) -> Any:
        """The parsed body of a later page (pagination calls this)."""
        response, _ = await self._send(op, values, NOT_GIVEN, idempotency_key=None, **options)
        return op.parse(response)


# --------------------------------------------------------------------------------------------------
# Raw-response wrappers


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """Wrap a resource method so that it returns the APIResponse instead of the parsed value."""

    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = _raw_mode.set(True)
        try:
            return cast("APIResponse[R]", func(*args, **kwargs))
        finally:
            _raw_mode.reset(token)

    wrapped.__doc__ = func.__doc__
    return wrapped


def async_to_raw_response_wrapper(func: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[APIResponse[R]]]:
    """Async twin of `to_raw_response_wrapper`."""

    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = _raw_mode.set(True)
        try:
            return cast("APIResponse[R]", await func(*args, **kwargs))
        finally:
            _raw_mode.reset(token)

    wrapped.__doc__ = func.__doc__
    return wrapped
