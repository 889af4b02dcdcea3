"""The clients every generated client class extends: configuration, building a request, sending it.

A resource method hands `request()` (or `request_page()`) a static `Operation` and the caller's
arguments. The request is built once, so every attempt sends the same bytes: parameters by `_qs`, the
body by `_files`, auth and the merged headers here. It is sent again only when `_retries` says that is
safe; a 2xx answer is parsed by `_response`, any other is raised as its `_errors` class.

The generated modules import the runtime names they use from here and from `_pagination`: the names
imported below as themselves (`Operation as Operation`, ...) are re-exports for them.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar, cast, overload

import httpx

from ._auth import AuthParts, AuthScheme, Requirements, apply_auth, query_names, secret_values
from ._errors import APIStatusError, connection_error, error_body, make_status_error
from ._files import EncodedBody, encode_body, omit_not_given
from ._logs import logger, redact_query, setup_logging
from ._operation import Operation as Operation
from ._operation import Param as Param
from ._pagination import AsyncCursorPage, AsyncOffsetPage, AsyncPage, AsyncPaginator, SyncPage
from ._qs import encode_extra_query, encode_header_value, encode_params
from ._response import APIResponse as APIResponse
from ._response import async_to_raw_response_wrapper as async_to_raw_response_wrapper
from ._response import parse_response, raw_response_requested
from ._response import to_raw_response_wrapper as to_raw_response_wrapper
from ._retries import DEFAULT_MAX_RETRIES as DEFAULT_MAX_RETRIES
from ._retries import async_sleep, never_reached_server, new_idempotency_key, retry_delay, should_retry_status
from ._types import NOT_GIVEN as NOT_GIVEN
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

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)


class _BaseClient:
    """Configuration and request building shared by the sync and async clients."""

    # auth (_auth.py): the API's security schemes by name, and what an operation asks for by default
    _auth_schemes: Mapping[str, AuthScheme] = {}
    _auth_requirements: Requirements = ()
    _sleep: Callable[[float], None] = staticmethod(time.sleep)
    _async_sleep: Callable[[float], Awaitable[None]] = staticmethod(async_sleep)

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        user_agent: str,
        credentials: Mapping[str, str | None] | None = None,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        # auth: every credential by its argument name (`api_key`, `username`, ...); none is ever echoed
        self._credentials: dict[str, str | None] = {"api_key": api_key, **(credentials or {})}
        secret_values(self._credentials)
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
        shown = str(url)
        for name in query_names(self._auth_schemes):
            shown = redact_query(httpx.URL(shown), name)
        return shown

    def _prepare(
        self,
        op: Operation[Any],
        values: Mapping[str, Any],
        body: Any,
        extra_headers: Headers | None,
        extra_query: Query | None,
        idempotency_key: str | None,
    ) -> tuple[str, dict[str, str], EncodedBody]:
        """The URL, headers and body of a call; every argument error is raised here, before anything is sent."""
        body = omit_not_given(op, body)
        params = encode_params(op, values)
        headers = {**self._default_headers, "Accept": op.accept, **params.headers}
        query = params.query
        cookies = [headers["Cookie"], *params.cookies] if "Cookie" in headers else list(params.cookies)
        if op.auth:  # auth: the first of the operation's requirements the credentials meet
            requirements = self._auth_requirements if op.security is None else op.security
            apply_auth(self._auth_schemes, requirements, self._credentials, AuthParts(headers, query, cookies))
        if cookies:
            headers["Cookie"] = "; ".join(cookies)
        if extra_query:
            query.extend(encode_extra_query(extra_query))
        if op.idempotency_header is not None:
            key = idempotency_key or new_idempotency_key()
            headers[op.idempotency_header] = encode_header_value(op.idempotency_header, key)
        url = self.base_url + params.path + ("?" + "&".join(query) if query else "")
        encoded = EncodedBody()
        if op.body_kind is not None and not isinstance(body, NotGiven):
            encoded = encode_body(op, body)
            if encoded.content_type is not None:
                headers["Content-Type"] = encoded.content_type
        for name, value in (extra_headers or {}).items():
            if isinstance(value, NotGiven):
                headers.pop(name, None)
            else:
                headers[name] = encode_header_value(name, value)
        return url, headers, encoded

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
        url, headers, encoded = self._prepare(op, values, body, extra_headers, extra_query, idempotency_key)
        retries = self.max_retries if isinstance(max_retries, NotGiven) else max_retries
        request = client.build_request(
            op.method,
            url,
            headers=headers,
            content=encoded.content,
            data=encoded.data,
            files=encoded.files,
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
        if attempt < retries and (never_reached_server(exc) or op.retry_safe):
            delay = retry_delay(attempt)
            logger.info("%s %s failed (%s); retrying in %.2f s", request.method, shown_url, type(exc).__name__, delay)
            return delay
        if attempt < retries:
            logger.info("%s %s: not retrying a request that may have reached the server", request.method, shown_url)
        raise connection_error(exc, request) from exc

    def _delay_after_status(
        self, op: Operation[Any], response: httpx.Response, attempt: int, retries: int, shown_url: str
    ) -> float | None:
        """How long to wait before retrying a non-2xx answer, or None when it goes to the caller."""
        if attempt < retries and should_retry_status(response, retry_safe=op.retry_safe):
            delay = retry_delay(attempt, response.headers)
            method, status = response.request.method, response.status_code
            logger.info("%s %s answered %d; retrying in %.2f s", method, shown_url, status, delay)
            return delay
        return None

    @staticmethod
    def _status_error(response: httpx.Response) -> APIStatusError:
        return make_status_error(response, error_body(response))

    @staticmethod
    def _log_response(method: str, shown_url: str, response: httpx.Response, started: float) -> None:
        logger.info('HTTP %s %s "%s %s"', method, shown_url, response.status_code, response.reason_phrase)
        logger.debug("request took %.1f ms", (time.monotonic() - started) * 1000)


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
        """The 2xx response and the retries it took; raises the error of any other outcome."""
        request, retries, shown_url = self._build_request(
            self._client, op, values, body, extra_headers, extra_query, idempotency_key, timeout, max_retries
        )
        attempt = 0
        while True:
            started = time.monotonic()
            logger.debug("Sending %s %s (attempt %d of %d)", request.method, shown_url, attempt + 1, retries + 1)
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
        """Send one operation and return its parsed answer (inside a raw-response wrapper: the APIResponse)."""
        raw = raw_response_requested()
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
        if raw:  # the wrapper's own return type says APIResponse
            return cast("T", APIResponse(response, lambda: parse_response(op, response), retries_taken))
        return parse_response(op, response)

    def request_page(
        self,
        page_cls: type[SyncPageT],
        op: Operation[Any],
        values: Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPageT:
        """Fetch the first page of a list operation (inside a raw-response wrapper: the APIResponse)."""
        raw = raw_response_requested()
        options: RequestOptions = {
            "extra_headers": extra_headers,
            "extra_query": extra_query,
            "timeout": timeout,
            "max_retries": max_retries,
        }
        response, retries_taken = self._send(op, values, NOT_GIVEN, idempotency_key=None, **options)

        def build() -> SyncPageT:
            return page_cls.from_response(self, op, values, options, parse_response(op, response), frozenset())

        if raw:  # the wrapper's own return type says APIResponse
            return cast("SyncPageT", APIResponse(response, build, retries_taken))
        return build()

    def fetch_page(self, op: Operation[Any], values: Mapping[str, Any], options: RequestOptions) -> Any:
        """The parsed body of a later page (pagination calls this)."""
        response, _ = self._send(op, values, NOT_GIVEN, idempotency_key=None, **options)
        return parse_response(op, response)


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
        """The 2xx response and the retries it took; raises the error of any other outcome."""
        request, retries, shown_url = self._build_request(
            self._client, op, values, body, extra_headers, extra_query, idempotency_key, timeout, max_retries
        )
        attempt = 0
        while True:
            started = time.monotonic()
            logger.debug("Sending %s %s (attempt %d of %d)", request.method, shown_url, attempt + 1, retries + 1)
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
        """Send one operation and return its parsed answer (inside a raw-response wrapper: the APIResponse)."""
        raw = raw_response_requested()
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
        if raw:  # the wrapper's own return type says APIResponse
            return cast("T", APIResponse(response, lambda: parse_response(op, response), retries_taken))
        return parse_response(op, response)

    @overload
    def request_page(
        self,
        page_cls: type[AsyncCursorPage[ItemT]],
        op: Operation[Any],
        values: Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
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
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ItemT, AsyncOffsetPage[ItemT]]: ...

    def request_page(
        self,
        page_cls: type[AsyncPage[Any]],
        op: Operation[Any],
        values: Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Any, Any]:
        """The paginator of a list operation: awaited, its first page; iterated, every item of every page."""
        options: RequestOptions = {
            "extra_headers": extra_headers,
            "extra_query": extra_query,
            "timeout": timeout,
            "max_retries": max_retries,
        }
        return AsyncPaginator(lambda: self._first_page(page_cls, op, values, options))

    async def _first_page(
        self, page_cls: type[AsyncPageT], op: Operation[Any], values: Mapping[str, Any], options: RequestOptions
    ) -> AsyncPageT:
        raw = raw_response_requested()
        response, retries_taken = await self._send(op, values, NOT_GIVEN, idempotency_key=None, **options)

        def build() -> AsyncPageT:
            return page_cls.from_response(self, op, values, options, parse_response(op, response), frozenset())

        if raw:  # the wrapper's own return type says APIResponse
            return cast("AsyncPageT", APIResponse(response, build, retries_taken))
        return build()

    async def fetch_page(self, op: Operation[Any], values: Mapping[str, Any], options: RequestOptions) -> Any:
        """The parsed body of a later page (pagination calls this)."""
        response, _ = await self._send(op, values, NOT_GIVEN, idempotency_key=None, **options)
        return parse_response(op, response)
