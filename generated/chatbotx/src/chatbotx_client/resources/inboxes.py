"""InboxesResource: thin methods that describe requests.

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
    "InboxesResource",
    "AsyncInboxesResource",
]


_INBOXES_LIST: Operation[_models.InboxList] = Operation(
    method="GET",
    path="/v1/inboxes",
    params=(),
    response_type=lambda: _models.InboxList,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
)


class InboxesResource:
    """Operations on inboxes."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> InboxesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return InboxesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> InboxesResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return InboxesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.InboxList:
        """List the connected inboxes

        Required token scope: `inbox` (read-only tokens allowed). Use an inbox's `id` as the
        `inboxId` of sends and contact creation. The answer carries a `pageCount`; the paging
        fields of the request (defined in a package not read) are not declared here.

        Older servers have no `/v1/inboxes`: they serve `GET /v1/channels`, whose items carry the
        provider's `sourceId` in place of the internal `id`.

        Args:
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _INBOXES_LIST,
            {},
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncInboxesResource:
    """Operations on inboxes."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncInboxesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncInboxesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncInboxesResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncInboxesResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.InboxList:
        """List the connected inboxes

        Required token scope: `inbox` (read-only tokens allowed). Use an inbox's `id` as the
        `inboxId` of sends and contact creation. The answer carries a `pageCount`; the paging
        fields of the request (defined in a package not read) are not declared here.

        Older servers have no `/v1/inboxes`: they serve `GET /v1/channels`, whose items carry the
        provider's `sourceId` in place of the internal `id`.

        Args:
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _INBOXES_LIST,
            {},
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class InboxesResourceWithRawResponse:
    """`InboxesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: InboxesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncInboxesResourceWithRawResponse:
    """`AsyncInboxesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncInboxesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)


class InboxesResourceWithStreamingResponse:
    """`InboxesResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: InboxesResource) -> None:
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncInboxesResourceWithStreamingResponse:
    """`AsyncInboxesResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncInboxesResource) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
