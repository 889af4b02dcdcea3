"""RawResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from functools import cached_property
from typing import IO, TYPE_CHECKING

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
    "RawResource",
    "AsyncRawResource",
]


_RAW_UPDATE: Operation[None] = Operation(
    method="PUT",
    path="/raw",
    params=(),
    response_type=None,
    response_kind="none",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="binary",
    body_type=None,
    body_content_type="application/octet-stream",
    body_required=False,
    idempotency_header=None,
    auth=True,
    names={"": "body"},
)


class RawResource:
    """Operations on raw."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RawResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return RawResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RawResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return RawResourceWithStreamingResponse(self)

    def update(
        self,
        *,
        body: bytes | IO[bytes] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """PUT /raw

        Args:
            body: the request body
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _RAW_UPDATE,
            {},
            body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncRawResource:
    """Operations on raw."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRawResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncRawResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRawResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncRawResourceWithStreamingResponse(self)

    async def update(
        self,
        *,
        body: bytes | IO[bytes] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """PUT /raw

        Args:
            body: the request body
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _RAW_UPDATE,
            {},
            body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class RawResourceWithRawResponse:
    """`RawResource` methods that return the raw APIResponse."""

    def __init__(self, resource: RawResource) -> None:
        self.update = to_raw_response_wrapper(resource.update)


class AsyncRawResourceWithRawResponse:
    """`AsyncRawResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncRawResource) -> None:
        self.update = async_to_raw_response_wrapper(resource.update)


class RawResourceWithStreamingResponse:
    """`RawResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: RawResource) -> None:
        self.update = to_streamed_response_wrapper(resource.update)


class AsyncRawResourceWithStreamingResponse:
    """`AsyncRawResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncRawResource) -> None:
        self.update = async_to_streamed_response_wrapper(resource.update)
