"""AttendantsResource: thin methods that describe requests.

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
    "AttendantsResource",
    "AsyncAttendantsResource",
]


_ATTENDANTS_LIST_CRM: Operation[_models.AttendantList] = Operation(
    method="GET",
    path="/api/v1/attendants/crm",
    params=(
        Param("skip", "query", style="form", explode=True, json_content=False),
        Param("take", "query", style="form", explode=True, json_content=False),
        Param("search", "query", style="form", explode=True, json_content=False),
    ),
    response_type=lambda: _models.AttendantList,
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

_ATTENDANTS_RETRIEVE_CRM: Operation[_models.Attendant] = Operation(
    method="GET",
    path="/api/v1/attendants/crm/{id}",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.Attendant,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str},
)

_ATTENDANTS_LIST_MULTI: Operation[_models.AttendantList] = Operation(
    method="GET",
    path="/api/v1/attendants/multi",
    params=(
        Param("skip", "query", style="form", explode=True, json_content=False),
        Param("take", "query", style="form", explode=True, json_content=False),
        Param("search", "query", style="form", explode=True, json_content=False),
    ),
    response_type=lambda: _models.AttendantList,
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

_ATTENDANTS_RETRIEVE_MULTI: Operation[_models.Attendant] = Operation(
    method="GET",
    path="/api/v1/attendants/multi/{id}",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.Attendant,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str},
)


class AttendantsResource:
    """Operations on attendants."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AttendantsResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AttendantsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AttendantsResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return AttendantsResourceWithStreamingResponse(self)

    def list_crm(
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
    ) -> SyncOffsetPage[_models.Attendant]:
        """List CRM attendants

        Buscar atendentes (CRM). Paged like the documented lists (shape assumed; no stored page). An attendant has both `id` and `userId`; writes that assign an attendant want the `userId` (seen live by a third-party client).

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
            SyncOffsetPage[_models.Attendant],
            _ATTENDANTS_LIST_CRM,
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

    def retrieve_crm(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Attendant:
        """Retrieve a CRM attendant

        Buscar atendente por ID (CRM).

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _ATTENDANTS_RETRIEVE_CRM,
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

    def list_multi(
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
    ) -> SyncOffsetPage[_models.Attendant]:
        """List multi-attendance (inbox) attendants

        Buscar atendentes (multi-attendance (inbox)). Paged like the documented lists (shape assumed; no stored page). An attendant has both `id` and `userId`; writes that assign an attendant want the `userId` (seen live by a third-party client).

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
            SyncOffsetPage[_models.Attendant],
            _ATTENDANTS_LIST_MULTI,
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

    def retrieve_multi(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Attendant:
        """Retrieve a multi-attendance (inbox) attendant

        Buscar atendente por ID (multi-attendance (inbox)).

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _ATTENDANTS_RETRIEVE_MULTI,
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


class AsyncAttendantsResource:
    """Operations on attendants."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAttendantsResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncAttendantsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAttendantsResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncAttendantsResourceWithStreamingResponse(self)

    def list_crm(
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
    ) -> AsyncPaginator[_models.Attendant, AsyncOffsetPage[_models.Attendant]]:
        """List CRM attendants

        Buscar atendentes (CRM). Paged like the documented lists (shape assumed; no stored page). An attendant has both `id` and `userId`; writes that assign an attendant want the `userId` (seen live by a third-party client).

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
            AsyncOffsetPage[_models.Attendant],
            _ATTENDANTS_LIST_CRM,
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

    async def retrieve_crm(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Attendant:
        """Retrieve a CRM attendant

        Buscar atendente por ID (CRM).

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _ATTENDANTS_RETRIEVE_CRM,
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

    def list_multi(
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
    ) -> AsyncPaginator[_models.Attendant, AsyncOffsetPage[_models.Attendant]]:
        """List multi-attendance (inbox) attendants

        Buscar atendentes (multi-attendance (inbox)). Paged like the documented lists (shape assumed; no stored page). An attendant has both `id` and `userId`; writes that assign an attendant want the `userId` (seen live by a third-party client).

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
            AsyncOffsetPage[_models.Attendant],
            _ATTENDANTS_LIST_MULTI,
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

    async def retrieve_multi(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Attendant:
        """Retrieve a multi-attendance (inbox) attendant

        Buscar atendente por ID (multi-attendance (inbox)).

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _ATTENDANTS_RETRIEVE_MULTI,
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


class AttendantsResourceWithRawResponse:
    """`AttendantsResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AttendantsResource) -> None:
        self.list_crm = to_raw_response_wrapper(resource.list_crm)
        self.retrieve_crm = to_raw_response_wrapper(resource.retrieve_crm)
        self.list_multi = to_raw_response_wrapper(resource.list_multi)
        self.retrieve_multi = to_raw_response_wrapper(resource.retrieve_multi)


class AsyncAttendantsResourceWithRawResponse:
    """`AsyncAttendantsResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncAttendantsResource) -> None:
        self.list_crm = async_to_raw_response_wrapper(resource.list_crm)
        self.retrieve_crm = async_to_raw_response_wrapper(resource.retrieve_crm)
        self.list_multi = async_to_raw_response_wrapper(resource.list_multi)
        self.retrieve_multi = async_to_raw_response_wrapper(resource.retrieve_multi)


class AttendantsResourceWithStreamingResponse:
    """`AttendantsResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: AttendantsResource) -> None:
        self.list_crm = to_streamed_response_wrapper(resource.list_crm)
        self.retrieve_crm = to_streamed_response_wrapper(resource.retrieve_crm)
        self.list_multi = to_streamed_response_wrapper(resource.list_multi)
        self.retrieve_multi = to_streamed_response_wrapper(resource.retrieve_multi)


class AsyncAttendantsResourceWithStreamingResponse:
    """`AsyncAttendantsResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncAttendantsResource) -> None:
        self.list_crm = async_to_streamed_response_wrapper(resource.list_crm)
        self.retrieve_crm = async_to_streamed_response_wrapper(resource.retrieve_crm)
        self.list_multi = async_to_streamed_response_wrapper(resource.list_multi)
        self.retrieve_multi = async_to_streamed_response_wrapper(resource.retrieve_multi)
