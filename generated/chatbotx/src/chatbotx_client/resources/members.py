"""MembersResource: thin methods that describe requests.

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
from .._pagination import (
    AsyncPageNumberPage,
    AsyncPaginator,
    Paging,
    SyncPageNumberPage,
)

if TYPE_CHECKING:
    from .. import models as _models
else:
    _models = LazyModule(__name__.rsplit(".", 2)[0] + ".models")  # loaded with the first call

__all__ = [
    "MembersResource",
    "AsyncMembersResource",
]


_MEMBERS_LIST: Operation[_models.MemberPage] = Operation(
    method="GET",
    path="/v1/members",
    params=(
        Param("page", "query", style="form", explode=True, json_content=False),
        Param("perPage", "query", style="form", explode=True, json_content=False),
        Param("keyword", "query", style="form", explode=True, json_content=False),
    ),
    response_type=lambda: _models.MemberPage,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"page": int, "perPage": int, "keyword": str},
    names={"perPage": "per_page"},
    paging=Paging(
        style="page",
        items=("data",),
        cursor_param=None,
        next_cursor=(),
        offset_param=None,
        limit_param="perPage",
        total=(),
        page_param="page",
        page_count=("page_count",),
        first_page=1,
        item_id=("id",),
    ),
)

_MEMBERS_RETRIEVE: Operation[_models.Member] = Operation(
    method="GET",
    path="/v1/members/{memberId}",
    params=(Param("memberId", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.Member,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"memberId": str},
    names={"memberId": "member_id"},
)


class MembersResource:
    """Operations on members."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MembersResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return MembersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MembersResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return MembersResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        per_page: int | NotGiven = NOT_GIVEN,
        keyword: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPageNumberPage[_models.Member]:
        """List the workspace's members

        Required token scope: `inbox` (read-only tokens allowed). Older servers have this route
        too. Paged by `page` and `perPage`.

        Args:
            page: Page number, from 1.
            per_page: Page size.
            keyword: Search term over the members.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            SyncPageNumberPage[_models.Member],
            _MEMBERS_LIST,
            {
                "page": page,
                "perPage": per_page,
                "keyword": keyword,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def retrieve(
        self,
        member_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Member:
        """Retrieve a workspace member

        Required token scope: `inbox` (read-only tokens allowed). Older servers have this route
        too. Answers the member itself, or 404 "Member not found".

        Args:
            member_id: Workspace member id, a numeric string.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _MEMBERS_RETRIEVE,
            {
                "memberId": member_id,
            },
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncMembersResource:
    """Operations on members."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMembersResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncMembersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMembersResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncMembersResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        per_page: int | NotGiven = NOT_GIVEN,
        keyword: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.Member, AsyncPageNumberPage[_models.Member]]:
        """List the workspace's members

        Required token scope: `inbox` (read-only tokens allowed). Older servers have this route
        too. Paged by `page` and `perPage`.

        Args:
            page: Page number, from 1.
            per_page: Page size.
            keyword: Search term over the members.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            AsyncPageNumberPage[_models.Member],
            _MEMBERS_LIST,
            {
                "page": page,
                "perPage": per_page,
                "keyword": keyword,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def retrieve(
        self,
        member_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Member:
        """Retrieve a workspace member

        Required token scope: `inbox` (read-only tokens allowed). Older servers have this route
        too. Answers the member itself, or 404 "Member not found".

        Args:
            member_id: Workspace member id, a numeric string.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _MEMBERS_RETRIEVE,
            {
                "memberId": member_id,
            },
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class MembersResourceWithRawResponse:
    """`MembersResource` methods that return the raw APIResponse."""

    def __init__(self, resource: MembersResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncMembersResourceWithRawResponse:
    """`AsyncMembersResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncMembersResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class MembersResourceWithStreamingResponse:
    """`MembersResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: MembersResource) -> None:
        self.list = to_streamed_response_wrapper(resource.list)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncMembersResourceWithStreamingResponse:
    """`AsyncMembersResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncMembersResource) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
