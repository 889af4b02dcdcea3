"""InstancesResource: thin methods that describe requests.

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
    Param,
    Query,
    SyncAPIClient,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._pagination import AsyncOffsetPage, AsyncPaginator, Paging, SyncOffsetPage

if TYPE_CHECKING:
    from .. import models as _models
else:
    _models = LazyModule(__name__.rsplit(".", 2)[0] + ".models")  # loaded with the first call

__all__ = [
    "InstancesResource",
    "AsyncInstancesResource",
]


_INSTANCES_LIST: Operation[_models.InstanceList] = Operation(
    method="GET",
    path="/api/v1/instances",
    params=(
        Param("skip", "query", style="form", explode=True, json_content=False),
        Param("take", "query", style="form", explode=True, json_content=False),
    ),
    response_type=lambda: _models.InstanceList,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"skip": int, "take": int},
    paging=Paging(
        style="offset",
        items=("data",),
        cursor_param=None,
        next_cursor=(),
        offset_param="skip",
        limit_param="take",
        total=("count",),
        page_param=None,
        page_count=(),
        first_page=1,
        item_id=("id",),
    ),
)

_INSTANCES_RETRIEVE: Operation[_models.Instance] = Operation(
    method="GET",
    path="/api/v1/instances/{id}",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.Instance,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str},
)


class InstancesResource:
    """Operations on instances."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> InstancesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return InstancesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> InstancesResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return InstancesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        skip: int | NotGiven = NOT_GIVEN,
        take: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[_models.Instance]:
        """List instances

        Buscar instâncias (the channel connections, e.g. WhatsApp numbers). Paged like the documented lists (shape assumed).

        Args:
            skip: Number of items to skip (offset paging).
            take: Page size, at most 500. The API's own default is not documented. Beware: on the lead list the API silently returns `[]` above 1000 (seen live by a third-party client), so the schema's maximum keeps a call below that.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            SyncOffsetPage[_models.Instance],
            _INSTANCES_LIST,
            {
                "skip": skip,
                "take": take,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Instance:
        """Retrieve an instance

        Buscar instância por ID.

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _INSTANCES_RETRIEVE,
            {
                "id": id,
            },
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncInstancesResource:
    """Operations on instances."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncInstancesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncInstancesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncInstancesResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncInstancesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        skip: int | NotGiven = NOT_GIVEN,
        take: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.Instance, AsyncOffsetPage[_models.Instance]]:
        """List instances

        Buscar instâncias (the channel connections, e.g. WhatsApp numbers). Paged like the documented lists (shape assumed).

        Args:
            skip: Number of items to skip (offset paging).
            take: Page size, at most 500. The API's own default is not documented. Beware: on the lead list the API silently returns `[]` above 1000 (seen live by a third-party client), so the schema's maximum keeps a call below that.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            AsyncOffsetPage[_models.Instance],
            _INSTANCES_LIST,
            {
                "skip": skip,
                "take": take,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Instance:
        """Retrieve an instance

        Buscar instância por ID.

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _INSTANCES_RETRIEVE,
            {
                "id": id,
            },
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class InstancesResourceWithRawResponse:
    """`InstancesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: InstancesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncInstancesResourceWithRawResponse:
    """`AsyncInstancesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncInstancesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class InstancesResourceWithStreamingResponse:
    """`InstancesResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: InstancesResource) -> None:
        self.list = to_streamed_response_wrapper(resource.list)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncInstancesResourceWithStreamingResponse:
    """`AsyncInstancesResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncInstancesResource) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
