"""ActivitiesResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from datetime import datetime
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
    from .. import params as _params
else:
    _models = LazyModule(__name__.rsplit(".", 2)[0] + ".models")  # loaded with the first call

__all__ = [
    "ActivitiesResource",
    "AsyncActivitiesResource",
]


_ACTIVITIES_LIST: Operation[_models.ActivityList] = Operation(
    method="GET",
    path="/api/v1/activities",
    params=(
        Param("skip", "query", style="form", explode=True, json_content=False),
        Param("take", "query", style="form", explode=True, json_content=False),
        Param("search", "query", style="form", explode=True, json_content=False),
        Param(
            "filter",
            "query",
            style="deepObject",
            explode=True,
            json_content=False,
            model=lambda: _models.ActivityFilter,
        ),
    ),
    response_type=lambda: _models.ActivityList,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"skip": int, "take": int, "search": str, "filter": _models.ActivityFilter},
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

_ACTIVITIES_CREATE: Operation[_models.Activity] = Operation(
    method="POST",
    path="/api/v1/activities",
    params=(),
    response_type=lambda: _models.Activity,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.ActivityRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header=None,
    auth=True,
    names={
        "startDate": "start_date",
        "endDate": "end_date",
        "linkToStage": "link_to_stage",
        "activityType": "activity_type",
    },
)

_ACTIVITIES_RETRIEVE: Operation[_models.Activity] = Operation(
    method="GET",
    path="/api/v1/activities/{id}",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.Activity,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str},
)

_ACTIVITIES_DELETE: Operation[None] = Operation(
    method="DELETE",
    path="/api/v1/activities/{id}",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=None,
    response_kind="none",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str},
)

_ACTIVITIES_UPDATE: Operation[_models.Activity] = Operation(
    method="PATCH",
    path="/api/v1/activities/{id}",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.Activity,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.ActivityRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str},
    names={
        "startDate": "start_date",
        "endDate": "end_date",
        "linkToStage": "link_to_stage",
        "activityType": "activity_type",
    },
)


class ActivitiesResource:
    """Operations on activities."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ActivitiesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return ActivitiesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ActivitiesResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return ActivitiesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        skip: int | NotGiven = NOT_GIVEN,
        take: int | NotGiven = NOT_GIVEN,
        search: str | NotGiven = NOT_GIVEN,
        filter: _models.ActivityFilter | _params.ActivityFilterParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[_models.Activity]:
        """List activities

        Buscar atividades: offset paging and the filters a third-party client sends (`filter[attendantId|startDate|startDateLessThan|typeId|isCompleted]`).

        Args:
            skip: Number of items to skip (offset paging).
            take: Page size, at most 500. The API's own default is not documented. Beware: on the lead list the API silently returns `[]` above 1000 (seen live by a third-party client), so the schema's maximum keeps a call below that.
            search: Free-text search.
            filter: Activity filters, sent as `filter[field]=value` (as a third-party client sends them).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            SyncOffsetPage[_models.Activity],
            _ACTIVITIES_LIST,
            {
                "skip": skip,
                "take": take,
                "search": search,
                "filter": filter,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        title: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        start_date: datetime | str | NotGiven = NOT_GIVEN,
        end_date: datetime | str | NotGiven = NOT_GIVEN,
        required: bool | NotGiven = NOT_GIVEN,
        link_to_stage: bool | NotGiven = NOT_GIVEN,
        lead: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        attendant: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        business: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        activity_type: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        flow: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Activity:
        """Create an activity

        Criar atividade. Body as a third-party client sends it: plain fields, and `lead`, `attendant`, `business`, `activityType`, `flow` each as `{id}`; dates ISO 8601 with a zone.

        Args:
            title: `title` (body field)
            description: `description` (body field)
            start_date: `startDate` (body field)
            end_date: `endDate` (body field)
            required: `required` (body field)
            link_to_stage: `linkToStage` (body field)
            lead: A reference to another object by its id.
            attendant: A reference to another object by its id.
            business: A reference to another object by its id.
            activity_type: A reference to another object by its id.
            flow: A reference to another object by its id.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _ACTIVITIES_CREATE,
            {},
            {
                "title": title,
                "description": description,
                "startDate": start_date,
                "endDate": end_date,
                "required": required,
                "linkToStage": link_to_stage,
                "lead": lead,
                "attendant": attendant,
                "business": business,
                "activityType": activity_type,
                "flow": flow,
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
    ) -> _models.Activity:
        """Retrieve an activity

        Buscar atividade por ID (docs). The stored page's example is cut off before its end, and is loose where payloads are likely loose too: `isCompleted` and `required` are the strings "true"/"false", the dates are percent-encoded (`2025-10-09T03%3A00%3A00.000Z`) and `lead` holds a date; the schema accepts all of that.

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _ACTIVITIES_RETRIEVE,
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

    def delete(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete an activity

        Answers 204 with no body.

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _ACTIVITIES_DELETE,
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

    def update(
        self,
        id: str,
        *,
        title: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        start_date: datetime | str | NotGiven = NOT_GIVEN,
        end_date: datetime | str | NotGiven = NOT_GIVEN,
        required: bool | NotGiven = NOT_GIVEN,
        link_to_stage: bool | NotGiven = NOT_GIVEN,
        lead: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        attendant: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        business: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        activity_type: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        flow: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Activity:
        """Update an activity

        Atualizar atividade: PATCH with the create body, every field optional.

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            title: `title` (body field)
            description: `description` (body field)
            start_date: `startDate` (body field)
            end_date: `endDate` (body field)
            required: `required` (body field)
            link_to_stage: `linkToStage` (body field)
            lead: A reference to another object by its id.
            attendant: A reference to another object by its id.
            business: A reference to another object by its id.
            activity_type: A reference to another object by its id.
            flow: A reference to another object by its id.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _ACTIVITIES_UPDATE,
            {
                "id": id,
            },
            {
                "title": title,
                "description": description,
                "startDate": start_date,
                "endDate": end_date,
                "required": required,
                "linkToStage": link_to_stage,
                "lead": lead,
                "attendant": attendant,
                "business": business,
                "activityType": activity_type,
                "flow": flow,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncActivitiesResource:
    """Operations on activities."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncActivitiesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncActivitiesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncActivitiesResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncActivitiesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        skip: int | NotGiven = NOT_GIVEN,
        take: int | NotGiven = NOT_GIVEN,
        search: str | NotGiven = NOT_GIVEN,
        filter: _models.ActivityFilter | _params.ActivityFilterParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.Activity, AsyncOffsetPage[_models.Activity]]:
        """List activities

        Buscar atividades: offset paging and the filters a third-party client sends (`filter[attendantId|startDate|startDateLessThan|typeId|isCompleted]`).

        Args:
            skip: Number of items to skip (offset paging).
            take: Page size, at most 500. The API's own default is not documented. Beware: on the lead list the API silently returns `[]` above 1000 (seen live by a third-party client), so the schema's maximum keeps a call below that.
            search: Free-text search.
            filter: Activity filters, sent as `filter[field]=value` (as a third-party client sends them).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            AsyncOffsetPage[_models.Activity],
            _ACTIVITIES_LIST,
            {
                "skip": skip,
                "take": take,
                "search": search,
                "filter": filter,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        *,
        title: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        start_date: datetime | str | NotGiven = NOT_GIVEN,
        end_date: datetime | str | NotGiven = NOT_GIVEN,
        required: bool | NotGiven = NOT_GIVEN,
        link_to_stage: bool | NotGiven = NOT_GIVEN,
        lead: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        attendant: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        business: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        activity_type: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        flow: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Activity:
        """Create an activity

        Criar atividade. Body as a third-party client sends it: plain fields, and `lead`, `attendant`, `business`, `activityType`, `flow` each as `{id}`; dates ISO 8601 with a zone.

        Args:
            title: `title` (body field)
            description: `description` (body field)
            start_date: `startDate` (body field)
            end_date: `endDate` (body field)
            required: `required` (body field)
            link_to_stage: `linkToStage` (body field)
            lead: A reference to another object by its id.
            attendant: A reference to another object by its id.
            business: A reference to another object by its id.
            activity_type: A reference to another object by its id.
            flow: A reference to another object by its id.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _ACTIVITIES_CREATE,
            {},
            {
                "title": title,
                "description": description,
                "startDate": start_date,
                "endDate": end_date,
                "required": required,
                "linkToStage": link_to_stage,
                "lead": lead,
                "attendant": attendant,
                "business": business,
                "activityType": activity_type,
                "flow": flow,
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
    ) -> _models.Activity:
        """Retrieve an activity

        Buscar atividade por ID (docs). The stored page's example is cut off before its end, and is loose where payloads are likely loose too: `isCompleted` and `required` are the strings "true"/"false", the dates are percent-encoded (`2025-10-09T03%3A00%3A00.000Z`) and `lead` holds a date; the schema accepts all of that.

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _ACTIVITIES_RETRIEVE,
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

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete an activity

        Answers 204 with no body.

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _ACTIVITIES_DELETE,
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

    async def update(
        self,
        id: str,
        *,
        title: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        start_date: datetime | str | NotGiven = NOT_GIVEN,
        end_date: datetime | str | NotGiven = NOT_GIVEN,
        required: bool | NotGiven = NOT_GIVEN,
        link_to_stage: bool | NotGiven = NOT_GIVEN,
        lead: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        attendant: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        business: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        activity_type: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        flow: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Activity:
        """Update an activity

        Atualizar atividade: PATCH with the create body, every field optional.

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            title: `title` (body field)
            description: `description` (body field)
            start_date: `startDate` (body field)
            end_date: `endDate` (body field)
            required: `required` (body field)
            link_to_stage: `linkToStage` (body field)
            lead: A reference to another object by its id.
            attendant: A reference to another object by its id.
            business: A reference to another object by its id.
            activity_type: A reference to another object by its id.
            flow: A reference to another object by its id.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _ACTIVITIES_UPDATE,
            {
                "id": id,
            },
            {
                "title": title,
                "description": description,
                "startDate": start_date,
                "endDate": end_date,
                "required": required,
                "linkToStage": link_to_stage,
                "lead": lead,
                "attendant": attendant,
                "business": business,
                "activityType": activity_type,
                "flow": flow,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class ActivitiesResourceWithRawResponse:
    """`ActivitiesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: ActivitiesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncActivitiesResourceWithRawResponse:
    """`AsyncActivitiesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncActivitiesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)


class ActivitiesResourceWithStreamingResponse:
    """`ActivitiesResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: ActivitiesResource) -> None:
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.update = to_streamed_response_wrapper(resource.update)


class AsyncActivitiesResourceWithStreamingResponse:
    """`AsyncActivitiesResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncActivitiesResource) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.update = async_to_streamed_response_wrapper(resource.update)
