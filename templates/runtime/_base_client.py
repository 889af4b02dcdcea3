"""The clients every generated client class extends: configuration, building a request, sending it.

A resource method hands `request()` (or `request_page()`) a static `Operation` and the caller's
arguments. The request is built once, so every attempt sends the same bytes: parameters by `_qs`, the
body by `_files`, auth and the merged headers here (header names compared without regard to case).
Every argument error is an `InvalidArgumentError`, raised before anything is sent. The request is sent
again only when `_retries` says that is safe; a 2xx answer is parsed by `_response`, any other is
raised as its `_errors` class (the provider's error code, where the spec lists it, decides the class
and whether to retry). `get`/`post`/`put`/`patch`/`delete` reach endpoints the spec does not describe
with the same auth, retries and errors.

The generated modules import the runtime names they use from here and from `_pagination`: the names
imported below as themselves (`Operation as Operation`, ...) are re-exports for them.
"""

from __future__ import annotations

import contextlib
import functools
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast, overload

import httpx2

from ._arguments import argument_error, check_arguments
from ._auth import AuthParts, AuthScheme, Requirements, apply_auth, query_names, secret_values
from ._constants import PACKAGE_NAME
from ._drift import DriftLog, open_drift_log
from ._errors import (
    NO_ERROR_CODES,
    APIStatusError,
    ErrorCodes,
    InvalidArgumentError,
    connection_error,
    error_body,
    make_status_error,
    redacted,
)
from ._files import EncodedBody, encode_body, omit_not_given
from ._logs import logger, redact_query, setup_logging
from ._operation import Operation as Operation
from ._operation import Param as Param
from ._pagination import AsyncCursorPage, AsyncOffsetPage, AsyncPage, AsyncPageNumberPage, AsyncPaginator, SyncPage
from ._qs import encode_params, has_header, merge_extra_query, set_header
from ._response import APIResponse as APIResponse
from ._response import AsyncStreamedAPIResponse, StreamedAPIResponse, parse_response, response_mode
from ._response import async_to_raw_response_wrapper as async_to_raw_response_wrapper
from ._response import async_to_streamed_response_wrapper as async_to_streamed_response_wrapper
from ._response import to_raw_response_wrapper as to_raw_response_wrapper
from ._response import to_streamed_response_wrapper as to_streamed_response_wrapper
from ._retries import DEFAULT_MAX_RETRIES as DEFAULT_MAX_RETRIES
from ._retries import (
    async_sleep,
    is_retry_safe,
    never_reached_server,
    new_idempotency_key,
    retry_delay,
    should_retry_status,
)
from ._types import NOT_GIVEN as NOT_GIVEN
from ._types import Body as Body
from ._types import FileTypes as FileTypes
from ._types import Headers as Headers
from ._types import LazyModule as LazyModule
from ._types import NotGiven as NotGiven
from ._types import Query as Query
from ._types import RequestOptions, TimeoutTypes

T = TypeVar("T")
ItemT = TypeVar("ItemT")
SyncPageT = TypeVar("SyncPageT", bound="SyncPage[Any]")
AsyncPageT = TypeVar("AsyncPageT", bound="AsyncPage[Any]")

# Per phase, not overall: 60 s to read, to write and to wait for a pooled connection, 5 s to connect.
DEFAULT_TIMEOUT = httpx2.Timeout(60.0, connect=5.0)


class _DefaultHttpxClient(httpx2.Client):
    """The connection pool a client makes for itself: closed when garbage-collected, so a forgotten
    `close()` leaks no sockets (a client's `with_options` copies share it and keep it alive)."""

    def __del__(self) -> None:
        if not self.is_closed:
            with contextlib.suppress(Exception):  # interpreter shutdown: nothing left to report to
                self.close()


class _DefaultAsyncHttpxClient(httpx2.AsyncClient):
    """The async client's own pool: on garbage collection inside a running asyncio loop it is closed
    by a task (an async close cannot run in `__del__` itself)."""

    def __del__(self) -> None:
        if self.is_closed:
            return
        try:
            import asyncio

            asyncio.get_running_loop().create_task(self.aclose())
        except Exception:  # no running asyncio loop (trio, or shutdown): the OS reclaims the sockets
            pass


@functools.lru_cache(maxsize=256)
def custom_operation(method: str, path: str, cast_to: Any) -> Operation[Any]:
    """The operation of a `client.get(path, cast_to=...)` call (cached: its validator is built once)."""
    if not path.startswith("/"):
        raise InvalidArgumentError(f"path must start with '/' (it is joined to the base URL), got {path!r}")
    if cast_to is bytes:
        return Operation(method=method, path=path, response_kind="binary", accept="*/*", body_kind="json")
    if cast_to is str:
        return Operation(method=method, path=path, response_kind="text", accept="*/*", body_kind="json")
    if cast_to is None or cast_to is type(None):
        return Operation(method=method, path=path, response_kind="none", body_kind="json")
    decoded: Any = Any if cast_to is object else cast_to  # object: the decoded JSON as it is
    return Operation(method=method, path=path, response_type=lambda: decoded, body_kind="json", empty_ok=True)


class _BaseClient:
    """Configuration and request building shared by the sync and async clients."""

    # auth (_auth.py): the API's security schemes by name, and what an operation asks for by default
    _auth_schemes: Mapping[str, AuthScheme] = {}
    _auth_requirements: Requirements = ()
    _error_codes: ClassVar[ErrorCodes] = NO_ERROR_CODES  # the spec's x-error-codes, set by the generated client
    _sleep: Callable[[float], None] = staticmethod(time.sleep)
    _async_sleep: Callable[[float], Awaitable[None]] = staticmethod(async_sleep)

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int,
        default_headers: Headers | None,
        user_agent: str,
        credentials: Mapping[str, str | None] | None = None,
        strict_response_validation: bool = False,
        drift_log: str | os.PathLike[str] | DriftLog | None = None,
        package_version: str = "",
    ) -> None:
        if max_retries < 0:
            raise InvalidArgumentError("max_retries must be 0 or more")
        # auth: every credential by its argument name (`api_key`, `username`, ...); none is ever echoed
        self._credentials: dict[str, str | None] = {"api_key": api_key, **(credentials or {})}
        try:
            secret_values(self._credentials)
        except ValueError as exc:
            raise InvalidArgumentError(str(exc)) from None
        self.base_url = base_url.rstrip("/")
        self.timeout: TimeoutTypes = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout
        self.max_retries = max_retries
        self.strict_response_validation = strict_response_validation
        # the drift log (`_drift.py`): where answers that differ from the spec are recorded, if anywhere
        self._drift = (
            drift_log
            if isinstance(drift_log, DriftLog)
            else open_drift_log(drift_log, package=PACKAGE_NAME, version=package_version)
        )
        self._custom_headers: dict[str, str | NotGiven] = dict(default_headers or {})
        headers = {"Accept": "application/json", "User-Agent": user_agent}
        try:
            for name, value in self._custom_headers.items():
                set_header(headers, name, value)
        except ValueError as exc:
            raise InvalidArgumentError(str(exc)) from None
        self._default_headers = headers
        setup_logging()

    @property
    def drift_log(self) -> DriftLog | None:
        """Where answers and webhook deliveries that differ from the spec are recorded (`drift_log=`)."""
        return self._drift

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def _loggable_url(self, url: httpx2.URL) -> str:
        """The URL for log lines: an API key sent as a query parameter is masked."""
        shown = str(url)
        for name in query_names(self._auth_schemes):
            shown = redact_query(httpx2.URL(shown), name)
        return shown

    def _prepare(
        self,
        op: Operation[Any],
        values: Mapping[str, Any],
        body: Any,
        options: RequestOptions,
        idempotency_key: str | None,
    ) -> tuple[str, dict[str, str], EncodedBody, bool]:
        """The URL, headers and body of a call, and whether it may be sent twice.

        Every argument error is raised here, before anything is sent, as an InvalidArgumentError (the
        caller's parameters were checked against their schemas on the way in: `check_arguments`).
        """
        try:
            return self._encode(op, values, body, options, idempotency_key)
        except InvalidArgumentError:
            raise
        except (ValueError, TypeError) as exc:  # pydantic's ValidationError is a ValueError
            raise argument_error(op, exc) from redacted(exc)

    def _encode(
        self,
        op: Operation[Any],
        values: Mapping[str, Any],
        body: Any,
        options: RequestOptions,
        idempotency_key: str | None,
    ) -> tuple[str, dict[str, str], EncodedBody, bool]:
        body = omit_not_given(op, body)
        params = encode_params(op, values)
        headers = dict(self._default_headers)
        set_header(headers, "Accept", op.accept)
        for name, value in params.headers.items():
            set_header(headers, name, value)
        query = params.query
        cookie = next((v for k, v in headers.items() if k.lower() == "cookie"), None)
        cookies = [cookie, *params.cookies] if cookie else list(params.cookies)
        if op.auth:  # auth: the first of the operation's requirements the credentials meet
            requirements = self._auth_requirements if op.security is None else op.security
            apply_auth(self._auth_schemes, requirements, self._credentials, AuthParts(headers, query, cookies))
        if cookies:
            set_header(headers, "Cookie", "; ".join(cookies))
        extra_query = options["extra_query"]
        if extra_query:
            query = merge_extra_query(query, extra_query)
        extra_headers = options["extra_headers"]
        keyed = op.idempotency_header
        if keyed is not None and not has_header(extra_headers, keyed):
            # one key per call, the caller's own if given, reused by every attempt of this request
            set_header(headers, keyed, idempotency_key or new_idempotency_key())
        url = self.base_url + params.path + ("?" + "&".join(query) if query else "")
        encoded = encode_body(op, body, options["extra_body"])
        if encoded.content_type is not None and not has_header(params.headers, "Content-Type"):
            # a Content-Type the document declares as a parameter, given, wins over the encoder's
            set_header(headers, "Content-Type", encoded.content_type)
        for name, extra in (extra_headers or {}).items():
            set_header(headers, name, extra)  # the caller's headers win, in whatever case they spell them
        retry_safe = is_retry_safe(op.method, keyed if keyed is not None and has_header(headers, keyed) else None)
        return url, headers, encoded, retry_safe

    def _resolve_timeout(self, timeout: TimeoutTypes | NotGiven) -> httpx2.Timeout:
        value = self.timeout if isinstance(timeout, NotGiven) else timeout
        if isinstance(value, httpx2.Timeout):
            return value
        return httpx2.Timeout(value) if value is not None else httpx2.Timeout(None)

    def _build_request(
        self,
        client: httpx2.Client | httpx2.AsyncClient,
        op: Operation[Any],
        values: Mapping[str, Any],
        body: Any,
        options: RequestOptions,
        idempotency_key: str | None,
    ) -> tuple[httpx2.Request, int, str, bool]:
        """The request (built once: every attempt sends the same bytes), the retry budget, the URL to
        log, and whether an attempt that may have reached the server may be sent again."""
        url, headers, encoded, retry_safe = self._prepare(op, values, body, options, idempotency_key)
        max_retries = options["max_retries"]
        retries = self.max_retries if isinstance(max_retries, NotGiven) else max_retries
        request = client.build_request(
            op.method,
            url,
            headers=headers,
            content=encoded.content,
            data=encoded.data,
            files=encoded.files,
            timeout=self._resolve_timeout(options["timeout"]),
        )
        return request, retries, self._loggable_url(request.url), retry_safe

    def _delay_after_error(
        self,
        exc: httpx2.RequestError,
        request: httpx2.Request,
        attempt: int,
        retries: int,
        shown_url: str,
        retry_safe: bool,
    ) -> float:
        """How long to wait before trying again after a failure without an answer; raises when it must
        not be retried.

        A request that could not connect never reached the server and is always safe to send again.
        Any other transport failure may have reached it: only idempotent or idempotency-keyed requests
        retry. A body that cannot be decoded or a redirect loop is raised at once.
        """
        transient = isinstance(exc, httpx2.TransportError)
        if isinstance(exc, httpx2.TransportError) and attempt < retries and (never_reached_server(exc) or retry_safe):
            delay = retry_delay(attempt)
            logger.info("%s %s failed (%s); retrying in %.2f s", request.method, shown_url, type(exc).__name__, delay)
            return delay
        withheld = transient and attempt < retries
        if withheld:
            logger.info("%s %s: not retrying a request that may have reached the server", request.method, shown_url)
        raise connection_error(exc, request, may_have_been_processed=withheld) from exc

    def _delay_after_status(
        self, response: httpx2.Response, attempt: int, retries: int, shown_url: str, retry_safe: bool
    ) -> float | None:
        """How long to wait before retrying a non-2xx answer (its body read), or None when it goes to the caller."""
        if attempt >= retries:
            return None
        code_retry = self._error_codes.retry(error_body(response)) if self._error_codes.codes else None
        if should_retry_status(response, retry_safe=retry_safe, code_retry=code_retry):
            delay = retry_delay(attempt, response.headers)
            method, status = response.request.method, response.status_code
            logger.info("%s %s answered %d; retrying in %.2f s", method, shown_url, status, delay)
            return delay
        return None

    def _status_error(self, response: httpx2.Response, attempt: int, retries: int, retry_safe: bool) -> APIStatusError:
        """The error of an answer that goes to the caller; it says so when a retry was withheld only
        because the request may have been processed (a send without an idempotency key)."""
        body = error_body(response)
        withheld = False
        if not retry_safe and attempt < retries:
            code_retry = self._error_codes.retry(body) if self._error_codes.codes else None
            withheld = should_retry_status(response, retry_safe=True, code_retry=code_retry)
        return make_status_error(response, body, self._error_codes, may_have_been_processed=withheld)

    @staticmethod
    def _log_response(method: str, shown_url: str, response: httpx2.Response, started: float) -> None:
        logger.info('HTTP %s %s "%s %s"', method, shown_url, response.status_code, response.reason_phrase)
        logger.debug("request took %.1f ms", (time.monotonic() - started) * 1000)


def _options(
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: TimeoutTypes | NotGiven,
    max_retries: int | NotGiven,
) -> RequestOptions:
    return {
        "extra_headers": extra_headers,
        "extra_query": extra_query,
        "extra_body": extra_body,
        "timeout": timeout,
        "max_retries": max_retries,
    }


class SyncAPIClient(_BaseClient):
    """Sends operations with the synchronous httpx2 client."""

    def __init__(
        self, *, http_client: httpx2.Client | None, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, **kwargs: Any
    ) -> None:
        if isinstance(timeout, NotGiven) and http_client is not None:
            timeout = http_client.timeout  # the caller's own client keeps its timeout
        super().__init__(timeout=timeout, **kwargs)
        self._owns_client = http_client is None
        self._client = http_client or _DefaultHttpxClient(timeout=self.timeout, follow_redirects=True)

    def close(self) -> None:
        """Close the underlying HTTP client (only if this client created it)."""
        if self._owns_client:
            self._client.close()

    def is_closed(self) -> bool:
        """Has the connection pool this client sends through been closed?"""
        return self._client.is_closed

    def _send(
        self,
        op: Operation[Any],
        values: Mapping[str, Any],
        body: Any,
        options: RequestOptions,
        *,
        idempotency_key: str | None = None,
        stream: bool = False,
    ) -> tuple[httpx2.Response, int]:
        """The 2xx response and the retries it took; raises the error of any other outcome."""
        request, retries, shown_url, retry_safe = self._build_request(
            self._client, op, values, body, options, idempotency_key
        )
        attempt = 0
        while True:
            started = time.monotonic()
            logger.debug("Sending %s %s (attempt %d of %d)", request.method, shown_url, attempt + 1, retries + 1)
            try:
                response = self._client.send(request, stream=stream)
                self._log_response(request.method, shown_url, response, started)
                if response.is_success:
                    return response, attempt
                response.read()
            except httpx2.RequestError as exc:
                self._sleep(self._delay_after_error(exc, request, attempt, retries, shown_url, retry_safe))
                attempt += 1
                continue
            delay = self._delay_after_status(response, attempt, retries, shown_url, retry_safe)
            if delay is None:
                raise self._status_error(response, attempt, retries, retry_safe)
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
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> T:
        """Send one operation and return its parsed answer (inside a raw or streaming wrapper: the response)."""
        check_arguments(op, values)
        mode = response_mode()
        options = _options(extra_headers, extra_query, extra_body, timeout, max_retries)
        response, retries_taken = self._send(
            op, values, body, options, idempotency_key=idempotency_key, stream=mode == "stream"
        )
        strict = self.strict_response_validation
        if mode == "parsed":
            return parse_response(op, response, strict=strict, drift=self._drift)
        wrapper = StreamedAPIResponse if mode == "stream" else APIResponse
        # the wrapper's own return type says APIResponse
        return cast(
            "T",
            wrapper(response, lambda: parse_response(op, response, strict=strict, drift=self._drift), retries_taken),
        )

    def request_page(
        self,
        page_cls: type[SyncPageT],
        op: Operation[Any],
        values: Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPageT:
        """Fetch the first page of a list operation (inside a raw or streaming wrapper: the response).

        The caller's arguments are checked here; a later page's, which the server's cursor or the
        paging arithmetic make, are sent as they are (`fetch_page`)."""
        check_arguments(op, values)
        mode = response_mode()
        options = _options(extra_headers, extra_query, extra_body, timeout, max_retries)
        response, retries_taken = self._send(op, values, NOT_GIVEN, options, stream=mode == "stream")

        def build() -> SyncPageT:
            parsed = parse_response(op, response, strict=self.strict_response_validation, drift=self._drift)
            return page_cls.from_response(self, op, values, options, parsed, frozenset(), response.headers)

        if mode == "parsed":
            return build()
        wrapper = StreamedAPIResponse if mode == "stream" else APIResponse
        return cast("SyncPageT", wrapper(response, build, retries_taken))

    def fetch_page(
        self, op: Operation[Any], values: Mapping[str, Any], options: RequestOptions
    ) -> tuple[Any, httpx2.Headers]:
        """The parsed body of a later page and its headers (pagination calls this)."""
        response, _ = self._send(op, values, NOT_GIVEN, options)
        return parse_response(op, response, strict=self.strict_response_validation, drift=self._drift), response.headers

    # -- endpoints the spec does not describe -----------------------------------------------------------

    def _custom(
        self,
        method: str,
        path: str,
        cast_to: Any,
        body: object,
        params: Query | None,
        headers: Headers | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
    ) -> Any:
        op = custom_operation(method, path, cast_to)
        return self.request(
            op, {}, body, extra_headers=headers, extra_query=params, timeout=timeout, max_retries=max_retries
        )

    def get(
        self,
        path: str,
        *,
        cast_to: type[T],
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T:
        """GET `path` (below the base URL) with the client's auth, retries and errors; the answer as
        `cast_to` (a model, `list[Model]`, ...; `object`: the decoded JSON; `bytes`; `str`)."""
        return cast("T", self._custom("GET", path, cast_to, NOT_GIVEN, params, headers, timeout, max_retries))

    def post(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = NOT_GIVEN,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T:
        """POST a JSON `body` to `path` (see `get`); not re-sent once it may have reached the server."""
        return cast("T", self._custom("POST", path, cast_to, body, params, headers, timeout, max_retries))

    def put(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = NOT_GIVEN,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T:
        """PUT a JSON `body` to `path` (see `get`)."""
        return cast("T", self._custom("PUT", path, cast_to, body, params, headers, timeout, max_retries))

    def patch(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = NOT_GIVEN,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T:
        """PATCH `path` with a JSON `body` (see `get`); not re-sent once it may have reached the server."""
        return cast("T", self._custom("PATCH", path, cast_to, body, params, headers, timeout, max_retries))

    def delete(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = NOT_GIVEN,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T:
        """DELETE `path` (see `get`)."""
        return cast("T", self._custom("DELETE", path, cast_to, body, params, headers, timeout, max_retries))


class AsyncAPIClient(_BaseClient):
    """Sends operations with the asynchronous httpx2 client."""

    def __init__(
        self, *, http_client: httpx2.AsyncClient | None, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, **kwargs: Any
    ) -> None:
        if isinstance(timeout, NotGiven) and http_client is not None:
            timeout = http_client.timeout  # the caller's own client keeps its timeout
        super().__init__(timeout=timeout, **kwargs)
        self._owns_client = http_client is None
        self._client = http_client or _DefaultAsyncHttpxClient(timeout=self.timeout, follow_redirects=True)

    async def close(self) -> None:
        """Close the underlying HTTP client (only if this client created it)."""
        if self._owns_client:
            await self._client.aclose()

    def is_closed(self) -> bool:
        """Has the connection pool this client sends through been closed?"""
        return self._client.is_closed

    async def _send(
        self,
        op: Operation[Any],
        values: Mapping[str, Any],
        body: Any,
        options: RequestOptions,
        *,
        idempotency_key: str | None = None,
        stream: bool = False,
    ) -> tuple[httpx2.Response, int]:
        """The 2xx response and the retries it took; raises the error of any other outcome."""
        request, retries, shown_url, retry_safe = self._build_request(
            self._client, op, values, body, options, idempotency_key
        )
        attempt = 0
        while True:
            started = time.monotonic()
            logger.debug("Sending %s %s (attempt %d of %d)", request.method, shown_url, attempt + 1, retries + 1)
            try:
                response = await self._client.send(request, stream=stream)
                self._log_response(request.method, shown_url, response, started)
                if response.is_success:
                    return response, attempt
                await response.aread()
            except httpx2.RequestError as exc:
                await self._async_sleep(self._delay_after_error(exc, request, attempt, retries, shown_url, retry_safe))
                attempt += 1
                continue
            delay = self._delay_after_status(response, attempt, retries, shown_url, retry_safe)
            if delay is None:
                raise self._status_error(response, attempt, retries, retry_safe)
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
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> T:
        """Send one operation and return its parsed answer (inside a raw or streaming wrapper: the response)."""
        check_arguments(op, values)
        mode = response_mode()
        options = _options(extra_headers, extra_query, extra_body, timeout, max_retries)
        response, retries_taken = await self._send(
            op, values, body, options, idempotency_key=idempotency_key, stream=mode == "stream"
        )
        strict = self.strict_response_validation
        if mode == "parsed":
            return parse_response(op, response, strict=strict, drift=self._drift)
        wrapper = AsyncStreamedAPIResponse if mode == "stream" else APIResponse
        # the wrapper's own return type says APIResponse
        return cast(
            "T",
            wrapper(response, lambda: parse_response(op, response, strict=strict, drift=self._drift), retries_taken),
        )

    @overload
    def request_page(
        self,
        page_cls: type[AsyncCursorPage[ItemT]],
        op: Operation[Any],
        values: Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ItemT, AsyncCursorPage[ItemT]]: ...

    @overload
    def request_page(
        self,
        page_cls: type[AsyncOffsetPage[ItemT]],
        op: Operation[Any],
        values: Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ItemT, AsyncOffsetPage[ItemT]]: ...

    @overload
    def request_page(
        self,
        page_cls: type[AsyncPageNumberPage[ItemT]],
        op: Operation[Any],
        values: Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ItemT, AsyncPageNumberPage[ItemT]]: ...

    def request_page(
        self,
        page_cls: type[AsyncPage[Any]],
        op: Operation[Any],
        values: Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Any, Any]:
        """The paginator of a list operation: awaited, its first page; iterated, every item of every page.

        The caller's arguments are checked at once (a later page's are sent as the server made them)."""
        check_arguments(op, values)
        options = _options(extra_headers, extra_query, extra_body, timeout, max_retries)
        return AsyncPaginator(lambda: self._first_page(page_cls, op, values, options))

    async def _first_page(
        self, page_cls: type[AsyncPageT], op: Operation[Any], values: Mapping[str, Any], options: RequestOptions
    ) -> AsyncPageT:
        mode = response_mode()
        response, retries_taken = await self._send(op, values, NOT_GIVEN, options, stream=mode == "stream")

        def build() -> AsyncPageT:
            parsed = parse_response(op, response, strict=self.strict_response_validation, drift=self._drift)
            return page_cls.from_response(self, op, values, options, parsed, frozenset(), response.headers)

        if mode == "parsed":
            return build()
        wrapper = AsyncStreamedAPIResponse if mode == "stream" else APIResponse
        return cast("AsyncPageT", wrapper(response, build, retries_taken))

    async def fetch_page(
        self, op: Operation[Any], values: Mapping[str, Any], options: RequestOptions
    ) -> tuple[Any, httpx2.Headers]:
        """The parsed body of a later page and its headers (pagination calls this)."""
        response, _ = await self._send(op, values, NOT_GIVEN, options)
        return parse_response(op, response, strict=self.strict_response_validation, drift=self._drift), response.headers

    # -- endpoints the spec does not describe -----------------------------------------------------------

    async def _custom(
        self,
        method: str,
        path: str,
        cast_to: Any,
        body: object,
        params: Query | None,
        headers: Headers | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
    ) -> Any:
        op = custom_operation(method, path, cast_to)
        return await self.request(
            op, {}, body, extra_headers=headers, extra_query=params, timeout=timeout, max_retries=max_retries
        )

    async def get(
        self,
        path: str,
        *,
        cast_to: type[T],
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T:
        """GET `path` (below the base URL) with the client's auth, retries and errors; the answer as
        `cast_to` (a model, `list[Model]`, ...; `object`: the decoded JSON; `bytes`; `str`)."""
        return cast("T", await self._custom("GET", path, cast_to, NOT_GIVEN, params, headers, timeout, max_retries))

    async def post(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = NOT_GIVEN,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T:
        """POST a JSON `body` to `path` (see `get`); not re-sent once it may have reached the server."""
        return cast("T", await self._custom("POST", path, cast_to, body, params, headers, timeout, max_retries))

    async def put(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = NOT_GIVEN,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T:
        """PUT a JSON `body` to `path` (see `get`)."""
        return cast("T", await self._custom("PUT", path, cast_to, body, params, headers, timeout, max_retries))

    async def patch(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = NOT_GIVEN,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T:
        """PATCH `path` with a JSON `body` (see `get`); not re-sent once it may have reached the server."""
        return cast("T", await self._custom("PATCH", path, cast_to, body, params, headers, timeout, max_retries))

    async def delete(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = NOT_GIVEN,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T:
        """DELETE `path` (see `get`)."""
        return cast("T", await self._custom("DELETE", path, cast_to, body, params, headers, timeout, max_retries))
