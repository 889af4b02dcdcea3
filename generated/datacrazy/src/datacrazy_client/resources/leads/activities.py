"""LeadsActivitiesResource: thin methods that describe requests.

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
    "LeadsActivitiesResource",
    "AsyncLeadsActivitiesResource",
]


_LEADS_ACTIVITIES_LIST: Operation[_models.ActivityList] = Operation(
    method="GET",
    path="/api/v1/leads/{id}/activities",
    params=(
        Param("id", "path", style="simple", explode=False, json_content=False),
        Param("skip", "query", style="form", explode=True, json_content=False),
        Param("take", "query", style="form", explode=True, json_content=False),
    ),
    response_type=lambda: _models.ActivityList,
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


class LeadsActivitiesResource:
    """Operations on leads.activities."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> LeadsActivitiesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return LeadsActivitiesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> LeadsActivitiesResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return LeadsActivitiesResourceWithStreamingResponse(self)

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
    ) -> SyncOffsetPage[_models.Activity]:
        """List a lead's activities

        Buscar as atividades do lead. Paged like the documented lists (shape assumed from them; no stored page).

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
            SyncOffsetPage[_models.Activity],
            _LEADS_ACTIVITIES_LIST,
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


class AsyncLeadsActivitiesResource:
    """Operations on leads.activities."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncLeadsActivitiesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncLeadsActivitiesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncLeadsActivitiesResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncLeadsActivitiesResourceWithStreamingResponse(self)

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
    ) -> AsyncPaginator[_models.Activity, AsyncOffsetPage[_models.Activity]]:
        """List a lead's activities

        Buscar as atividades do lead. Paged like the documented lists (shape assumed from them; no stored page).

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
            AsyncOffsetPage[_models.Activity],
            _LEADS_ACTIVITIES_LIST,
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


class LeadsActivitiesResourceWithRawResponse:
    """`LeadsActivitiesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: LeadsActivitiesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncLeadsActivitiesResourceWithRawResponse:
    """`AsyncLeadsActivitiesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncLeadsActivitiesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)


class LeadsActivitiesResourceWithStreamingResponse:
    """`LeadsActivitiesResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: LeadsActivitiesResource) -> None:
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncLeadsActivitiesResourceWithStreamingResponse:
    """`AsyncLeadsActivitiesResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncLeadsActivitiesResource) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
