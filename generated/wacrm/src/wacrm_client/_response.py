"""What comes back: the success body parsed into the declared type, or the response for those who ask.

`parse_response` turns a 2xx answer into the operation's type: a model class validates the JSON bytes
directly (pydantic-core's fast path), any other type through a cached TypeAdapter. An answer that does
not fit is still returned, as received, in the declared models (`_modelbase.construct_lenient`), with
one warning in the package's log: real servers drift from their specs, and one odd row must not cost
a page. A client made with `strict_response_validation=True` raises `APIResponseValidationError`.

`with_raw_response` methods run the same call inside a context flag (`to_raw_response_wrapper`) and
the client hands back an `APIResponse` whose `.parse()` parses on demand. `with_streaming_response`
methods (`to_streamed_response_wrapper`) return a context manager around a `StreamedAPIResponse`: the
body is not read until asked for, so a download can be iterated or written to a file in chunks.
"""

from __future__ import annotations

import contextvars
import json
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, ParamSpec, TypeVar, cast

import httpx2

from ._errors import (
    APIResponseValidationError,
    connection_error,
    error_body,
    redacted,
    request_id_of,
    validation_summary,
)
from ._logs import logger
from ._operation import Operation
from ._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ._drift import DriftLog

__all__ = ["APIResponse", "AsyncStreamedAPIResponse", "StreamedAPIResponse"]

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")


def parse_response(
    op: Operation[T], response: httpx2.Response, *, strict: bool = False, drift: DriftLog | None = None
) -> T:
    """Turn a 2xx response into the declared type.

    An answer that does not fit is returned as received (see the module docstring), or with `strict`
    raises APIResponseValidationError. With a `drift` log, what the answer brought that the spec did
    not say is recorded there first (`_drift.py`).
    """
    # The operation's type parameter is the spec's success type, which is what the checks below produce.
    return cast("T", _parse(op, response, strict, drift))


def _parse(op: Operation[Any], response: httpx2.Response, strict: bool, drift: DriftLog | None = None) -> Any:
    if op.response_kind == "binary":
        return response.content
    if op.response_kind == "text":
        try:
            return response.text
        except UnicodeDecodeError as exc:
            raise APIResponseValidationError(
                response=response, body=None, message="the response text cannot be decoded"
            ) from exc
    if op.response_kind == "none" or op.response_type is None:
        return None
    content = response.content
    if not content.strip():
        if response.status_code == 204 or op.empty_ok:
            return None  # the action happened and nothing was sent back
        raise APIResponseValidationError(
            response=response, body=None, message="the response body is empty; the spec declares one"
        )
    import pydantic

    rtype: Any = op.response_type()
    if drift is not None:
        _record_drift(drift, op, response, rtype, content)
    try:
        if isinstance(rtype, type) and issubclass(rtype, pydantic.BaseModel):
            value: Any = rtype.model_validate_json(content)
        else:
            value = op.response_adapter().validate_json(content)
    except pydantic.ValidationError as exc:
        value = _mismatch(rtype, response, content, exc, strict)
    if op.unwrap_root and isinstance(value, pydantic.RootModel):
        return cast(Any, value).root
    (_remember or _load_remember())(value, response.headers)
    return value


_remember: Callable[[object, httpx2.Headers], None] | None = None


def _record_drift(drift: DriftLog, op: Operation[Any], response: httpx2.Response, rtype: Any, content: bytes) -> None:
    """Compare the answer with its type in the drift log (which never raises); a body that is not JSON
    is left to the parse below."""
    try:
        data = json.loads(content)
    except ValueError:
        return
    drift.observe(f"{op.method} {op.path}", response.status_code, rtype, data)


def _load_remember() -> Callable[[object, httpx2.Headers], None]:
    """`_modelbase.remember_headers`, which lets a returned model find its request id in the answer's
    headers; imported once, on the first answer (the models import pydantic and that module)."""
    global _remember
    from ._modelbase import remember_headers

    _remember = remember_headers
    return remember_headers


def _mismatch(rtype: Any, response: httpx2.Response, content: bytes, exc: Exception, strict: bool) -> Any:
    """A 2xx body that does not fit its type: as received in the declared models, or the strict error."""
    import pydantic

    from ._modelbase import construct_lenient

    errors = exc.errors(include_input=False) if isinstance(exc, pydantic.ValidationError) else []
    try:
        data = json.loads(content)
    except ValueError:
        data = NOT_GIVEN
    if strict or isinstance(data, NotGiven):
        reason = "is not JSON" if isinstance(data, NotGiven) else f"does not match the spec: {validation_summary(exc)}"
        raise APIResponseValidationError(
            response=response, body=error_body(response), message=f"the response body {reason}"
        ) from redacted(exc)
    first = errors[0] if errors else None
    where = ".".join(str(part) for part in first["loc"]) if first else ""
    try:
        request = response.request
        what = f"{request.method} {request.url.copy_with(query=None)}"  # the query may hold the API key
    except RuntimeError:  # a response made by hand, without its request
        what = "a response"
    logger.warning(
        "%s: the response does not match the spec (%d mismatch%s, first at %r: %s); returned as received",
        what,
        len(errors),
        "" if len(errors) == 1 else "es",
        where,
        first["msg"] if first else "",
    )
    return construct_lenient(rtype, data)


class _Response(Generic[T]):
    """What every response object shows: status, headers (rate-limit headers included), request id."""

    def __init__(self, http_response: httpx2.Response, parser: Callable[[], T], retries_taken: int = 0) -> None:
        self.http_response = http_response
        self._parser = parser
        self._parsed: T | NotGiven = NOT_GIVEN
        self.retries_taken = retries_taken

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx2.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The provider's request id (from the usual request-id headers), if it sent one."""
        return request_id_of(self.http_response.headers)

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    @property
    def url(self) -> httpx2.URL:
        return self.http_response.url

    def json(self) -> Any:
        return self.http_response.json()

    def _parse_once(self) -> T:
        if isinstance(self._parsed, NotGiven):
            self._parsed = self._parser()
        return self._parsed

    def __repr__(self) -> str:
        # The query is left out: it may carry the API key (apiKey `in: query`).
        return f"<{type(self).__name__} [{self.status_code}] {self.http_response.request.method} {self.url.copy_with(query=None)}>"


class APIResponse(_Response[T]):
    """A response as it came back, body read: status, headers and `.parse()`."""

    def parse(self) -> T:
        """Parse the body into the operation's return type (once; later calls reuse it)."""
        return self._parse_once()


class StreamedAPIResponse(APIResponse[T]):
    """A response whose body has not been read: iterate it, write it to a file, or `.parse()` it.

    Made by `with_streaming_response` methods, inside a `with` block that closes the connection.
    """

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks as they arrive (decompressed); it is never held whole in memory."""
        try:
            yield from self.http_response.iter_bytes(chunk_size)
        except httpx2.RequestError as exc:
            raise connection_error(exc, self.http_response.request) from exc

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        try:
            yield from self.http_response.iter_text(chunk_size)
        except httpx2.RequestError as exc:
            raise connection_error(exc, self.http_response.request) from exc

    def iter_lines(self) -> Iterator[str]:
        try:
            yield from self.http_response.iter_lines()
        except httpx2.RequestError as exc:
            raise connection_error(exc, self.http_response.request) from exc

    def write_to_file(self, file: str | os.PathLike[str], *, chunk_size: int | None = 65536) -> int:
        """Write the body to `file` chunk by chunk; returns the number of bytes written."""
        written = 0
        with open(file, "wb") as out:
            for chunk in self.iter_bytes(chunk_size):
                out.write(chunk)
                written += len(chunk)
        return written

    def read(self) -> bytes:
        """The whole body (read once)."""
        try:
            return self.http_response.read()
        except httpx2.RequestError as exc:
            raise connection_error(exc, self.http_response.request) from exc

    def parse(self) -> T:
        """Read the whole body, then parse it into the operation's return type."""
        self.read()
        return super().parse()

    def close(self) -> None:
        self.http_response.close()


class AsyncStreamedAPIResponse(_Response[T]):
    """The async twin of `StreamedAPIResponse`: `async for chunk in response.iter_bytes()`, `await .parse()`."""

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks as they arrive (decompressed); it is never held whole in memory."""
        try:
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                yield chunk
        except httpx2.RequestError as exc:
            raise connection_error(exc, self.http_response.request) from exc

    async def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        try:
            async for chunk in self.http_response.aiter_text(chunk_size):
                yield chunk
        except httpx2.RequestError as exc:
            raise connection_error(exc, self.http_response.request) from exc

    async def iter_lines(self) -> AsyncIterator[str]:
        try:
            async for line in self.http_response.aiter_lines():
                yield line
        except httpx2.RequestError as exc:
            raise connection_error(exc, self.http_response.request) from exc

    async def write_to_file(self, file: str | os.PathLike[str], *, chunk_size: int | None = 65536) -> int:
        """Write the body to `file` chunk by chunk; returns the number of bytes written."""
        written = 0
        with open(file, "wb") as out:  # small local writes between network reads
            async for chunk in self.iter_bytes(chunk_size):
                out.write(chunk)
                written += len(chunk)
        return written

    async def read(self) -> bytes:
        """The whole body (read once)."""
        try:
            return await self.http_response.aread()
        except httpx2.RequestError as exc:
            raise connection_error(exc, self.http_response.request) from exc

    async def parse(self) -> T:
        """Read the whole body, then parse it into the operation's return type."""
        await self.read()
        return self._parse_once()

    async def close(self) -> None:
        await self.http_response.aclose()


# --------------------------------------------------------------------------------------------------
# Raw and streamed response wrappers

ResponseMode = Literal["parsed", "raw", "stream"]
_mode: contextvars.ContextVar[ResponseMode] = contextvars.ContextVar("_response_mode", default="parsed")


def response_mode() -> ResponseMode:
    """How the current call returns: parsed, as an APIResponse (`with_raw_response`), or streamed."""
    return _mode.get()


def raw_response_requested() -> bool:
    """Is the current call made through a `with_raw_response` method?"""
    return _mode.get() == "raw"


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """Wrap a resource method so that it returns the APIResponse instead of the parsed value."""

    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = _mode.set("raw")
        try:
            return cast("APIResponse[R]", func(*args, **kwargs))
        finally:
            _mode.reset(token)

    wrapped.__doc__ = func.__doc__
    return wrapped


def async_to_raw_response_wrapper(func: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[APIResponse[R]]]:
    """Async twin of `to_raw_response_wrapper`."""

    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = _mode.set("raw")
        try:
            return cast("APIResponse[R]", await func(*args, **kwargs))
        finally:
            _mode.reset(token)

    wrapped.__doc__ = func.__doc__
    return wrapped


class StreamedResponseContext(Generic[R]):
    """`with client.with_streaming_response.x.y(...) as response:`: sends on entry, closes on exit."""

    def __init__(self, call: Callable[[], Any]) -> None:
        self._call = call
        self._response: StreamedAPIResponse[R] | None = None

    def __enter__(self) -> StreamedAPIResponse[R]:
        token = _mode.set("stream")
        try:
            self._response = cast("StreamedAPIResponse[R]", self._call())
        finally:
            _mode.reset(token)
        return self._response

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncStreamedResponseContext(Generic[R]):
    """`async with client.with_streaming_response.x.y(...) as response:`: sends on entry, closes on exit."""

    def __init__(self, call: Callable[[], Awaitable[Any]]) -> None:
        self._call = call
        self._response: AsyncStreamedAPIResponse[R] | None = None

    async def __aenter__(self) -> AsyncStreamedAPIResponse[R]:
        token = _mode.set("stream")
        try:
            self._response = cast("AsyncStreamedAPIResponse[R]", await self._call())
        finally:
            _mode.reset(token)
        return self._response

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            await self._response.close()


def to_streamed_response_wrapper(func: Callable[P, R]) -> Callable[P, StreamedResponseContext[R]]:
    """Wrap a resource method so that it returns a context manager around the unread response."""

    def wrapped(*args: P.args, **kwargs: P.kwargs) -> StreamedResponseContext[R]:
        return StreamedResponseContext(lambda: func(*args, **kwargs))

    wrapped.__doc__ = func.__doc__
    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, AsyncStreamedResponseContext[R]]:
    """Async twin of `to_streamed_response_wrapper`."""

    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncStreamedResponseContext[R]:
        async def call() -> Any:
            return await func(*args, **kwargs)

        return AsyncStreamedResponseContext(call)

    wrapped.__doc__ = func.__doc__
    return wrapped
