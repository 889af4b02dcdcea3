"""PipelinesStagesResource: thin methods that describe requests.

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

if TYPE_CHECKING:
    from ... import models as _models
else:
    _models = LazyModule(__name__.rsplit(".", 3)[0] + ".models")  # loaded with the first call

__all__ = [
    "PipelinesStagesResource",
    "AsyncPipelinesStagesResource",
]


_PIPELINES_STAGES_LIST: Operation[_models.StageList] = Operation(
    method="GET",
    path="/api/v1/pipelines/{id}/stages",
    params=(
        Param("id", "path", style="simple", explode=False, json_content=False),
        Param("skip", "query", style="form", explode=True, json_content=False),
        Param("take", "query", style="form", explode=True, json_content=False),
    ),
    response_type=lambda: _models.StageList,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str, "skip": int, "take": int},
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


class PipelinesStagesResource:
    """Operations on pipelines.stages."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PipelinesStagesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return PipelinesStagesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PipelinesStagesResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return PipelinesStagesResourceWithStreamingResponse(self)

    def list(
        self,
        id: str,
        *,
        skip: int | NotGiven = NOT_GIVEN,
        take: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[_models.Stage]:
        """List a pipeline's stages

        Buscar etapas da pipeline. Paged like the documented lists (shape assumed; no stored page). Stage ids are per tenant: look them up by name rather than hard-coding them.

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            skip: Number of items to skip (offset paging).
            take: Page size, at most 500. The API's own default is not documented. Beware: on the lead list the API silently returns `[]` above 1000 (seen live by a third-party client), so the schema's maximum keeps a call below that.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            SyncOffsetPage[_models.Stage],
            _PIPELINES_STAGES_LIST,
            {
                "id": id,
                "skip": skip,
                "take": take,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPipelinesStagesResource:
    """Operations on pipelines.stages."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPipelinesStagesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncPipelinesStagesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPipelinesStagesResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncPipelinesStagesResourceWithStreamingResponse(self)

    def list(
        self,
        id: str,
        *,
        skip: int | NotGiven = NOT_GIVEN,
        take: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.Stage, AsyncOffsetPage[_models.Stage]]:
        """List a pipeline's stages

        Buscar etapas da pipeline. Paged like the documented lists (shape assumed; no stored page). Stage ids are per tenant: look them up by name rather than hard-coding them.

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            skip: Number of items to skip (offset paging).
            take: Page size, at most 500. The API's own default is not documented. Beware: on the lead list the API silently returns `[]` above 1000 (seen live by a third-party client), so the schema's maximum keeps a call below that.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            AsyncOffsetPage[_models.Stage],
            _PIPELINES_STAGES_LIST,
            {
                "id": id,
                "skip": skip,
                "take": take,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class PipelinesStagesResourceWithRawResponse:
    """`PipelinesStagesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: PipelinesStagesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncPipelinesStagesResourceWithRawResponse:
    """`AsyncPipelinesStagesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncPipelinesStagesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)


class PipelinesStagesResourceWithStreamingResponse:
    """`PipelinesStagesResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: PipelinesStagesResource) -> None:
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncPipelinesStagesResourceWithStreamingResponse:
    """`AsyncPipelinesStagesResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncPipelinesStagesResource) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
