"""StoreOrdersResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

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
from ...._pagination import AsyncCursorPage, AsyncPaginator, Paging, SyncCursorPage
from .notes import (
    AsyncStoreOrdersNotesResource,
    AsyncStoreOrdersNotesResourceWithRawResponse,
    AsyncStoreOrdersNotesResourceWithStreamingResponse,
    StoreOrdersNotesResource,
    StoreOrdersNotesResourceWithRawResponse,
    StoreOrdersNotesResourceWithStreamingResponse,
)

if TYPE_CHECKING:
    from .... import models as _models
else:
    _models = LazyModule(__name__.rsplit(".", 4)[0] + ".models")  # loaded with the first call

__all__ = [
    "StoreOrdersResource",
    "AsyncStoreOrdersResource",
]


_STORE_ORDERS_LIST: Operation[_models.OrderPage] = Operation(
    method="GET",
    path="/orders",
    params=(
        Param("status", "query", style="form", explode=True, json_content=False),
        Param("limit", "query", style="form", explode=True, json_content=False),
        Param("cursor", "query", style="form", explode=True, json_content=False),
    ),
    response_type=lambda: _models.OrderPage,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"status": Literal["open", "shipped"], "limit": int, "cursor": str},
    paging=Paging(
        style="cursor",
        items=("data",),
        cursor_param="cursor",
        next_cursor=("meta", "next_cursor"),
        offset_param=None,
        limit_param="limit",
        total=(),
        page_param=None,
        page_count=(),
        first_page=1,
        item_id=("id",),
    ),
)

_STORE_ORDERS_PLACE: Operation[_models.Order] = Operation(
    method="POST",
    path="/orders",
    params=(),
    response_type=lambda: _models.Order,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.PlaceOrderBody,
    body_content_type="application/json",
    body_required=True,
    idempotency_header="Idempotency-Key",
    auth=True,
)

_STORE_ORDERS_CANCEL: Operation[_models.Order | None] = Operation(
    method="DELETE",
    path="/orders/{orderId}",
    params=(Param("orderId", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.Order,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=True,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"orderId": str},
    names={"orderId": "order_id"},
)


class StoreOrdersResource:
    """Operations on store.orders."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.notes = StoreOrdersNotesResource(client)

    @cached_property
    def with_raw_response(self) -> StoreOrdersResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return StoreOrdersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> StoreOrdersResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return StoreOrdersResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        status: Literal["open", "shipped"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models.Order]:
        """List orders, a page at a time

        Args:
            status: `status` (query parameter)
            limit: `limit` (query parameter)
            cursor: `cursor` (query parameter)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            SyncCursorPage[_models.Order],
            _STORE_ORDERS_LIST,
            {
                "status": status,
                "limit": limit,
                "cursor": cursor,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def place(
        self,
        *,
        items: Sequence[str],
        note: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Order:
        """Place an order (never placed twice by a retry)

        Args:
            items: `items` (body field)
            note: `note` (body field)
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _STORE_ORDERS_PLACE,
            {},
            {
                "items": items,
                "note": note,
            },
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def cancel(
        self,
        order_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Order | None:
        """DELETE /orders/{orderId}

        Args:
            order_id: `orderId` (path parameter)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _STORE_ORDERS_CANCEL,
            {
                "orderId": order_id,
            },
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncStoreOrdersResource:
    """Operations on store.orders."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.notes = AsyncStoreOrdersNotesResource(client)

    @cached_property
    def with_raw_response(self) -> AsyncStoreOrdersResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncStoreOrdersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncStoreOrdersResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncStoreOrdersResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        status: Literal["open", "shipped"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.Order, AsyncCursorPage[_models.Order]]:
        """List orders, a page at a time

        Args:
            status: `status` (query parameter)
            limit: `limit` (query parameter)
            cursor: `cursor` (query parameter)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            AsyncCursorPage[_models.Order],
            _STORE_ORDERS_LIST,
            {
                "status": status,
                "limit": limit,
                "cursor": cursor,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def place(
        self,
        *,
        items: Sequence[str],
        note: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Order:
        """Place an order (never placed twice by a retry)

        Args:
            items: `items` (body field)
            note: `note` (body field)
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _STORE_ORDERS_PLACE,
            {},
            {
                "items": items,
                "note": note,
            },
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def cancel(
        self,
        order_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Order | None:
        """DELETE /orders/{orderId}

        Args:
            order_id: `orderId` (path parameter)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _STORE_ORDERS_CANCEL,
            {
                "orderId": order_id,
            },
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class StoreOrdersResourceWithRawResponse:
    """`StoreOrdersResource` methods that return the raw APIResponse."""

    def __init__(self, resource: StoreOrdersResource) -> None:
        self.notes = StoreOrdersNotesResourceWithRawResponse(resource.notes)
        self.list = to_raw_response_wrapper(resource.list)
        self.place = to_raw_response_wrapper(resource.place)
        self.cancel = to_raw_response_wrapper(resource.cancel)


class AsyncStoreOrdersResourceWithRawResponse:
    """`AsyncStoreOrdersResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncStoreOrdersResource) -> None:
        self.notes = AsyncStoreOrdersNotesResourceWithRawResponse(resource.notes)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.place = async_to_raw_response_wrapper(resource.place)
        self.cancel = async_to_raw_response_wrapper(resource.cancel)


class StoreOrdersResourceWithStreamingResponse:
    """`StoreOrdersResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: StoreOrdersResource) -> None:
        self.notes = StoreOrdersNotesResourceWithStreamingResponse(resource.notes)
        self.list = to_streamed_response_wrapper(resource.list)
        self.place = to_streamed_response_wrapper(resource.place)
        self.cancel = to_streamed_response_wrapper(resource.cancel)


class AsyncStoreOrdersResourceWithStreamingResponse:
    """`AsyncStoreOrdersResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncStoreOrdersResource) -> None:
        self.notes = AsyncStoreOrdersNotesResourceWithStreamingResponse(resource.notes)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.place = async_to_streamed_response_wrapper(resource.place)
        self.cancel = async_to_streamed_response_wrapper(resource.cancel)
