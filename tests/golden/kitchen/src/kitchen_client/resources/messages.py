"""MessagesResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal, overload

import httpx2

from .._base_client import (
    NOT_GIVEN,
    AsyncAPIClient,
    Body,
    Headers,
    LazyModule,
    NotGiven,
    Operation,
    Query,
    SyncAPIClient,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)

if TYPE_CHECKING:
    from .. import models as _models
else:
    _models = LazyModule(__name__.rsplit(".", 2)[0] + ".models")  # loaded with the first call

__all__ = [
    "MessagesResource",
    "AsyncMessagesResource",
]


_MESSAGES_SEND: Operation[_models.SendMessageResponse] = Operation(
    method="POST",
    path="/messages",
    params=(),
    response_type=lambda: _models.SendMessageResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.SendMessageBody,
    body_content_type="application/json",
    body_required=True,
    idempotency_header=None,
    auth=True,
)


class MessagesResource:
    """Operations on messages."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MessagesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return MessagesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MessagesResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return MessagesResourceWithStreamingResponse(self)

    @overload
    def send(
        self,
        *,
        type: Literal["text"],
        text: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SendMessageResponse:
        """TextMessage"""

    @overload
    def send(
        self,
        *,
        type: Literal["image"],
        url: str,
        caption: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SendMessageResponse:
        """ImageMessage"""

    def send(
        self,
        *,
        type: Literal["text"] | Literal["image"] | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        caption: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SendMessageResponse:
        """POST /messages

        Args:
            type: `type` (body field)
            text: `text` (body field)
            url: `url` (body field)
            caption: `caption` (body field)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _MESSAGES_SEND,
            {},
            {
                "type": type,
                "text": text,
                "url": url,
                "caption": caption,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncMessagesResource:
    """Operations on messages."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMessagesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncMessagesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMessagesResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncMessagesResourceWithStreamingResponse(self)

    @overload
    async def send(
        self,
        *,
        type: Literal["text"],
        text: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SendMessageResponse:
        """TextMessage"""

    @overload
    async def send(
        self,
        *,
        type: Literal["image"],
        url: str,
        caption: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SendMessageResponse:
        """ImageMessage"""

    async def send(
        self,
        *,
        type: Literal["text"] | Literal["image"] | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        caption: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SendMessageResponse:
        """POST /messages

        Args:
            type: `type` (body field)
            text: `text` (body field)
            url: `url` (body field)
            caption: `caption` (body field)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _MESSAGES_SEND,
            {},
            {
                "type": type,
                "text": text,
                "url": url,
                "caption": caption,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class MessagesResourceWithRawResponse:
    """`MessagesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: MessagesResource) -> None:
        self.send = to_raw_response_wrapper(resource.send)


class AsyncMessagesResourceWithRawResponse:
    """`AsyncMessagesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncMessagesResource) -> None:
        self.send = async_to_raw_response_wrapper(resource.send)


class MessagesResourceWithStreamingResponse:
    """`MessagesResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: MessagesResource) -> None:
        self.send = to_streamed_response_wrapper(resource.send)


class AsyncMessagesResourceWithStreamingResponse:
    """`AsyncMessagesResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncMessagesResource) -> None:
        self.send = async_to_streamed_response_wrapper(resource.send)
