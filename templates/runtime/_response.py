"""What comes back: the success body parsed into the declared type, or the raw response for those who ask.

`parse_response` turns a 2xx answer into the operation's type: a model class validates the JSON bytes
directly (pydantic-core's fast path), any other type through a cached TypeAdapter; an answer that does
not fit raises `APIResponseValidationError`. `with_raw_response` methods run the same call inside a
context flag (`to_raw_response_wrapper`), and the client then hands back an `APIResponse` whose
`.parse()` does the parsing on demand.
"""

from __future__ import annotations

import contextvars
from collections.abc import Awaitable, Callable
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx

from ._errors import APIResponseValidationError, error_body
from ._operation import Operation
from ._types import NOT_GIVEN, NotGiven

__all__ = ["APIResponse"]

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")


def parse_response(op: Operation[T], response: httpx.Response) -> T:
    """Turn a 2xx response into the declared type; raise APIResponseValidationError if it does not fit."""
    # The operation's type parameter is the spec's success type, which is what the checks below produce.
    return cast("T", _parse(op, response))


def _parse(op: Operation[Any], response: httpx.Response) -> Any:
    if op.response_kind == "binary":
        return response.content
    if op.response_kind == "text":
        return response.text
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

    try:
        rtype: Any = op.response_type()
        if isinstance(rtype, type) and issubclass(rtype, pydantic.BaseModel):
            value: Any = rtype.model_validate_json(content)
        else:
            value = op.response_adapter().validate_json(content)
    except ValueError as exc:  # pydantic.ValidationError is a ValueError
        raise APIResponseValidationError(
            response=response, body=error_body(response), message=f"the response body does not match the spec: {exc}"
        ) from exc
    if op.unwrap_root and isinstance(value, pydantic.RootModel):
        return cast(Any, value).root
    return value


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
# Raw-response wrappers

_raw_mode: contextvars.ContextVar[bool] = contextvars.ContextVar("_raw_mode", default=False)


def raw_response_requested() -> bool:
    """Is the current call made through a `with_raw_response` method?"""
    return _raw_mode.get()


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
