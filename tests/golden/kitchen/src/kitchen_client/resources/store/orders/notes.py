"""StoreOrdersNotesResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, List

import httpx2

from ...._base_client import (
    NOT_GIVEN,
    AsyncAPIClient,
    Body,
    Headers,
    LazyModule,
    NotGiven,
    Operation,
    Param,
    Query,
    SyncAPIClient,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...._pagination import AsyncOffsetPage, AsyncPaginator, Paging, SyncOffsetPage

if TYPE_CHECKING:
    from .... import models as _models
    from .... import params as _params
else:
    _models = LazyModule(__name__.rsplit(".", 4)[0] + ".models")  # loaded with the first call

__all__ = [
    "StoreOrdersNotesResource",
    "AsyncStoreOrdersNotesResource",
]


_STORE_ORDERS_NOTES_LIST: Operation[_models.ListNotesResponse] = Operation(
    method="GET",
    path="/orders/{orderId}/notes",
    params=(
        Param("orderId", "path", style="simple", explode=False, json_content=False),
        Param("offset", "query", style="form", explode=True, json_content=False),
        Param("limit", "query", style="form", explode=True, json_content=False),
    ),
    response_type=lambda: _models.ListNotesResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"orderId": str, "offset": int, "limit": int},
    names={"orderId": "order_id"},
    paging=Paging(
        style="offset",
        items=("items",),
        cursor_param=None,
        next_cursor=(),
        offset_param="offset",
        limit_param="limit",
        total=("total",),
        page_param=None,
        page_count=(),
        first_page=1,
        item_id=(),
    ),
)

_STORE_ORDERS_NOTES_REPLACE: Operation[List[_models.Note]] = Operation(
    method="PUT",
    path="/orders/{orderId}/notes",
    params=(Param("orderId", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: List[_models.Note],
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: List[_models.Note],
    body_content_type="application/json",
    body_required=True,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"orderId": str},
    names={"orderId": "order_id", "": "body"},
)


class StoreOrdersNotesResource:
    """Operations on store.orders.notes."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> StoreOrdersNotesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return StoreOrdersNotesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> StoreOrdersNotesResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return StoreOrdersNotesResourceWithStreamingResponse(self)

    def list(
        self,
        order_id: str,
        *,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[_models.Note]:
        """GET /orders/{orderId}/notes

        Args:
            order_id: `orderId` (path parameter)
            offset: `offset` (query parameter)
            limit: `limit` (query parameter)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            SyncOffsetPage[_models.Note],
            _STORE_ORDERS_NOTES_LIST,
            {
                "orderId": order_id,
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def replace(
        self,
        order_id: str,
        *,
        body: Sequence[_models.Note | _params.NoteParam],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> List[_models.Note]:
        """PUT /orders/{orderId}/notes

        Args:
            order_id: `orderId` (path parameter)
            body: the request body
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _STORE_ORDERS_NOTES_REPLACE,
            {
                "orderId": order_id,
            },
            body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncStoreOrdersNotesResource:
    """Operations on store.orders.notes."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncStoreOrdersNotesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncStoreOrdersNotesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncStoreOrdersNotesResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncStoreOrdersNotesResourceWithStreamingResponse(self)

    def list(
        self,
        order_id: str,
        *,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.Note, AsyncOffsetPage[_models.Note]]:
        """GET /orders/{orderId}/notes

        Args:
            order_id: `orderId` (path parameter)
            offset: `offset` (query parameter)
            limit: `limit` (query parameter)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            AsyncOffsetPage[_models.Note],
            _STORE_ORDERS_NOTES_LIST,
            {
                "orderId": order_id,
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def replace(
        self,
        order_id: str,
        *,
        body: Sequence[_models.Note | _params.NoteParam],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> List[_models.Note]:
        """PUT /orders/{orderId}/notes

        Args:
            order_id: `orderId` (path parameter)
            body: the request body
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _STORE_ORDERS_NOTES_REPLACE,
            {
                "orderId": order_id,
            },
            body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class StoreOrdersNotesResourceWithRawResponse:
    """`StoreOrdersNotesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: StoreOrdersNotesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.replace = to_raw_response_wrapper(resource.replace)


class AsyncStoreOrdersNotesResourceWithRawResponse:
    """`AsyncStoreOrdersNotesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncStoreOrdersNotesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.replace = async_to_raw_response_wrapper(resource.replace)


class StoreOrdersNotesResourceWithStreamingResponse:
    """`StoreOrdersNotesResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: StoreOrdersNotesResource) -> None:
        self.list = to_streamed_response_wrapper(resource.list)
        self.replace = to_streamed_response_wrapper(resource.replace)


class AsyncStoreOrdersNotesResourceWithStreamingResponse:
    """`AsyncStoreOrdersNotesResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncStoreOrdersNotesResource) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.replace = async_to_streamed_response_wrapper(resource.replace)
