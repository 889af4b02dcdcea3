"""LeadsHistoryResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Dict

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
    "LeadsHistoryResource",
    "AsyncLeadsHistoryResource",
]


_LEADS_HISTORY_LIST: Operation[_models.LeadHistoryList] = Operation(
    method="GET",
    path="/api/v1/leads/{id}/history",
    params=(
        Param("id", "path", style="simple", explode=False, json_content=False),
        Param("skip", "query", style="form", explode=True, json_content=False),
        Param("take", "query", style="form", explode=True, json_content=False),
        Param("filter", "query", style="deepObject", explode=True, json_content=False, model=lambda: Dict[str, str]),
    ),
    response_type=lambda: _models.LeadHistoryList,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str, "skip": int, "take": int, "filter": Mapping[str, str]},
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


class LeadsHistoryResource:
    """Operations on leads.history."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> LeadsHistoryResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return LeadsHistoryResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> LeadsHistoryResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return LeadsHistoryResourceWithStreamingResponse(self)

    def list(
        self,
        id: str,
        *,
        skip: int | NotGiven = NOT_GIVEN,
        take: int | NotGiven = NOT_GIVEN,
        filter: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[_models.HistoryEntry]:
        """List a lead's history

        Buscar histórico do lead (docs): `skip`, `take` and a `filter` object, answering `{count, data}`.

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            skip: Number of items to skip (offset paging).
            take: Page size, at most 500. The API's own default is not documented. Beware: on the lead list the API silently returns `[]` above 1000 (seen live by a third-party client), so the schema's maximum keeps a call below that.
            filter: The docs list a `filter` object for the lead history without naming its fields; each member goes out as `filter[field]=value`.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            SyncOffsetPage[_models.HistoryEntry],
            _LEADS_HISTORY_LIST,
            {
                "id": id,
                "skip": skip,
                "take": take,
                "filter": filter,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncLeadsHistoryResource:
    """Operations on leads.history."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncLeadsHistoryResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncLeadsHistoryResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncLeadsHistoryResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncLeadsHistoryResourceWithStreamingResponse(self)

    def list(
        self,
        id: str,
        *,
        skip: int | NotGiven = NOT_GIVEN,
        take: int | NotGiven = NOT_GIVEN,
        filter: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.HistoryEntry, AsyncOffsetPage[_models.HistoryEntry]]:
        """List a lead's history

        Buscar histórico do lead (docs): `skip`, `take` and a `filter` object, answering `{count, data}`.

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            skip: Number of items to skip (offset paging).
            take: Page size, at most 500. The API's own default is not documented. Beware: on the lead list the API silently returns `[]` above 1000 (seen live by a third-party client), so the schema's maximum keeps a call below that.
            filter: The docs list a `filter` object for the lead history without naming its fields; each member goes out as `filter[field]=value`.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            AsyncOffsetPage[_models.HistoryEntry],
            _LEADS_HISTORY_LIST,
            {
                "id": id,
                "skip": skip,
                "take": take,
                "filter": filter,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class LeadsHistoryResourceWithRawResponse:
    """`LeadsHistoryResource` methods that return the raw APIResponse."""

    def __init__(self, resource: LeadsHistoryResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncLeadsHistoryResourceWithRawResponse:
    """`AsyncLeadsHistoryResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncLeadsHistoryResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)


class LeadsHistoryResourceWithStreamingResponse:
    """`LeadsHistoryResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: LeadsHistoryResource) -> None:
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncLeadsHistoryResourceWithStreamingResponse:
    """`AsyncLeadsHistoryResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncLeadsHistoryResource) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
