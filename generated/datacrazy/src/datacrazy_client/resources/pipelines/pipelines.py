"""PipelinesResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

import httpx2

from ..._base_client import (
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
from ..._pagination import AsyncOffsetPage, AsyncPaginator, Paging, SyncOffsetPage
from .stages import (
    AsyncPipelinesStagesResource,
    AsyncPipelinesStagesResourceWithRawResponse,
    AsyncPipelinesStagesResourceWithStreamingResponse,
    PipelinesStagesResource,
    PipelinesStagesResourceWithRawResponse,
    PipelinesStagesResourceWithStreamingResponse,
)

if TYPE_CHECKING:
    from ... import models as _models
else:
    _models = LazyModule(__name__.rsplit(".", 3)[0] + ".models")  # loaded with the first call

__all__ = [
    "PipelinesResource",
    "AsyncPipelinesResource",
]


_PIPELINES_LIST: Operation[_models.PipelineList] = Operation(
    method="GET",
    path="/api/v1/pipelines",
    params=(
        Param("skip", "query", style="form", explode=True, json_content=False),
        Param("take", "query", style="form", explode=True, json_content=False),
        Param("search", "query", style="form", explode=True, json_content=False),
    ),
    response_type=lambda: _models.PipelineList,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"skip": int, "take": int, "search": str},
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

_PIPELINES_RETRIEVE: Operation[_models.Pipeline] = Operation(
    method="GET",
    path="/api/v1/pipelines/{id}",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.Pipeline,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str},
)


class PipelinesResource:
    """Operations on pipelines."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.stages = PipelinesStagesResource(client)

    @cached_property
    def with_raw_response(self) -> PipelinesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return PipelinesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PipelinesResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return PipelinesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        skip: int | NotGiven = NOT_GIVEN,
        take: int | NotGiven = NOT_GIVEN,
        search: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[_models.Pipeline]:
        """List pipelines

        Buscar pipelines. Paged like the documented lists (shape assumed; no stored page).

        Args:
            skip: Number of items to skip (offset paging).
            take: Page size, at most 500. The API's own default is not documented. Beware: on the lead list the API silently returns `[]` above 1000 (seen live by a third-party client), so the schema's maximum keeps a call below that.
            search: Free-text search.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            SyncOffsetPage[_models.Pipeline],
            _PIPELINES_LIST,
            {
                "skip": skip,
                "take": take,
                "search": search,
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
    ) -> _models.Pipeline:
        """Retrieve a pipeline

        Buscar pipeline por ID (docs).

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _PIPELINES_RETRIEVE,
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


class AsyncPipelinesResource:
    """Operations on pipelines."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.stages = AsyncPipelinesStagesResource(client)

    @cached_property
    def with_raw_response(self) -> AsyncPipelinesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncPipelinesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPipelinesResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncPipelinesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        skip: int | NotGiven = NOT_GIVEN,
        take: int | NotGiven = NOT_GIVEN,
        search: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.Pipeline, AsyncOffsetPage[_models.Pipeline]]:
        """List pipelines

        Buscar pipelines. Paged like the documented lists (shape assumed; no stored page).

        Args:
            skip: Number of items to skip (offset paging).
            take: Page size, at most 500. The API's own default is not documented. Beware: on the lead list the API silently returns `[]` above 1000 (seen live by a third-party client), so the schema's maximum keeps a call below that.
            search: Free-text search.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            AsyncOffsetPage[_models.Pipeline],
            _PIPELINES_LIST,
            {
                "skip": skip,
                "take": take,
                "search": search,
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
    ) -> _models.Pipeline:
        """Retrieve a pipeline

        Buscar pipeline por ID (docs).

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _PIPELINES_RETRIEVE,
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


class PipelinesResourceWithRawResponse:
    """`PipelinesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: PipelinesResource) -> None:
        self.stages = PipelinesStagesResourceWithRawResponse(resource.stages)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncPipelinesResourceWithRawResponse:
    """`AsyncPipelinesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncPipelinesResource) -> None:
        self.stages = AsyncPipelinesStagesResourceWithRawResponse(resource.stages)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class PipelinesResourceWithStreamingResponse:
    """`PipelinesResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: PipelinesResource) -> None:
        self.stages = PipelinesStagesResourceWithStreamingResponse(resource.stages)
        self.list = to_streamed_response_wrapper(resource.list)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncPipelinesResourceWithStreamingResponse:
    """`AsyncPipelinesResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncPipelinesResource) -> None:
        self.stages = AsyncPipelinesStagesResourceWithStreamingResponse(resource.stages)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
