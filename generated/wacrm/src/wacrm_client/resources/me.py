"""MeResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

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
    "MeResource",
    "AsyncMeResource",
]


_ME_RETRIEVE: Operation[_models.MeResponse] = Operation(
    method="GET",
    path="/api/v1/me",
    params=(),
    response_type=lambda: _models.MeResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
)


class MeResource:
    """Operations on me."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MeResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return MeResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MeResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return MeResourceWithStreamingResponse(self)

    def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.MeResponse:
        """Identify the account and the API key

        Required scope: any (every valid key may call it, also one with no scopes).

        Returns the account the key belongs to and the key's id and scopes. The account `name` is
        null when the account row cannot be read.

        Args:
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _ME_RETRIEVE,
            {},
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncMeResource:
    """Operations on me."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMeResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncMeResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMeResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncMeResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.MeResponse:
        """Identify the account and the API key

        Required scope: any (every valid key may call it, also one with no scopes).

        Returns the account the key belongs to and the key's id and scopes. The account `name` is
        null when the account row cannot be read.

        Args:
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _ME_RETRIEVE,
            {},
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class MeResourceWithRawResponse:
    """`MeResource` methods that return the raw APIResponse."""

    def __init__(self, resource: MeResource) -> None:
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncMeResourceWithRawResponse:
    """`AsyncMeResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncMeResource) -> None:
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class MeResourceWithStreamingResponse:
    """`MeResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: MeResource) -> None:
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncMeResourceWithStreamingResponse:
    """`AsyncMeResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncMeResource) -> None:
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
