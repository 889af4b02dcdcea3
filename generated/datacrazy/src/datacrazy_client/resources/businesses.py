"""BusinessesResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

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
    "BusinessesResource",
    "AsyncBusinessesResource",
]


_BUSINESSES_LIST: Operation[_models.BusinessList] = Operation(
    method="GET",
    path="/api/v1/businesses",
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
            model=lambda: _models.BusinessFilter,
        ),
    ),
    response_type=lambda: _models.BusinessList,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"skip": int, "take": int, "search": str, "filter": _models.BusinessFilter},
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

_BUSINESSES_CREATE: Operation[_models.Business] = Operation(
    method="POST",
    path="/api/v1/businesses",
    params=(),
    response_type=lambda: _models.Business,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.BusinessCreateRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header=None,
    auth=True,
    names={"leadId": "lead_id", "stageId": "stage_id", "attendantId": "attendant_id", "externalId": "external_id"},
)

_BUSINESSES_RETRIEVE: Operation[_models.Business] = Operation(
    method="GET",
    path="/api/v1/businesses/{id}",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.Business,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str},
)

_BUSINESSES_DELETE: Operation[None] = Operation(
    method="DELETE",
    path="/api/v1/businesses/{id}",
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

_BUSINESSES_UPDATE: Operation[_models.Business] = Operation(
    method="PATCH",
    path="/api/v1/businesses/{id}",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.Business,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.BusinessUpdateRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str},
    names={"leadId": "lead_id", "stageId": "stage_id", "attendantId": "attendant_id", "externalId": "external_id"},
)

_BUSINESSES_MOVE: Operation[Any] = Operation(
    method="POST",
    path="/api/v1/businesses/actions/move",
    params=(),
    response_type=lambda: _models.ActionResult,
    response_kind="json",
    unwrap_root=True,
    accept="application/json",
    empty_ok=True,
    body_kind="json",
    body_type=lambda: _models.MoveBusinessesRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header=None,
    auth=True,
    names={"destinationPipelineId": "destination_pipeline_id", "destinationStageId": "destination_stage_id"},
)

_BUSINESSES_WIN: Operation[Any] = Operation(
    method="POST",
    path="/api/v1/businesses/actions/win",
    params=(),
    response_type=lambda: _models.ActionResult,
    response_kind="json",
    unwrap_root=True,
    accept="application/json",
    empty_ok=True,
    body_kind="json",
    body_type=lambda: _models.BusinessIdsRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header=None,
    auth=True,
)

_BUSINESSES_LOSE: Operation[Any] = Operation(
    method="POST",
    path="/api/v1/businesses/actions/lose",
    params=(),
    response_type=lambda: _models.ActionResult,
    response_kind="json",
    unwrap_root=True,
    accept="application/json",
    empty_ok=True,
    body_kind="json",
    body_type=lambda: _models.LoseBusinessesRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header=None,
    auth=True,
    names={"lossReasonId": "loss_reason_id"},
)

_BUSINESSES_RESTORE: Operation[Any] = Operation(
    method="POST",
    path="/api/v1/businesses/actions/restore",
    params=(),
    response_type=lambda: _models.ActionResult,
    response_kind="json",
    unwrap_root=True,
    accept="application/json",
    empty_ok=True,
    body_kind="json",
    body_type=lambda: _models.BusinessIdsRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header=None,
    auth=True,
)


class BusinessesResource:
    """Operations on businesses."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BusinessesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return BusinessesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BusinessesResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return BusinessesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        skip: int | NotGiven = NOT_GIVEN,
        take: int | NotGiven = NOT_GIVEN,
        search: str | NotGiven = NOT_GIVEN,
        filter: _models.BusinessFilter | _params.BusinessFilterParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[_models.Business]:
        """List deals

        Buscar negócios (docs): `{count, data}`, offset paging; filters as `filter[field]=value` (the page's filter attributes; a third-party client sends them so). A third-party client verified that paging deals by stage returns every deal once (1,373 of 1,373).

        Args:
            skip: Number of items to skip (offset paging).
            take: Page size, at most 500. The API's own default is not documented. Beware: on the lead list the API silently returns `[]` above 1000 (seen live by a third-party client), so the schema's maximum keeps a call below that.
            search: Free-text search.
            filter: Deal filters, sent as `filter[field]=value` (the docs' page lists them as child attributes of `filter`; third-party clients send them this way). Id lists are one comma-separated value.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            SyncOffsetPage[_models.Business],
            _BUSINESSES_LIST,
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
        lead_id: str,
        stage_id: str,
        attendant_id: str | NotGiven = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Business:
        """Create a deal

        Criar negócio (docs): `leadId` and `stageId` required.

        Args:
            lead_id: The lead the deal belongs to.
            stage_id: The pipeline stage the deal starts in.
            attendant_id: `attendantId` (body field)
            external_id: Your own id for the deal.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _BUSINESSES_CREATE,
            {},
            {
                "leadId": lead_id,
                "stageId": stage_id,
                "attendantId": attendant_id,
                "externalId": external_id,
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
    ) -> _models.Business:
        """Retrieve a deal

        Buscar negócio por ID.

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _BUSINESSES_RETRIEVE,
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
        """Delete a deal

        Excluir negócio. Answers 204 with no body (seen live on 500 deletions).

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _BUSINESSES_DELETE,
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
        lead_id: str | NotGiven = NOT_GIVEN,
        stage_id: str | NotGiven = NOT_GIVEN,
        attendant_id: str | NotGiven = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Business:
        """Update a deal

        Atualizar negócio (docs): the create body, every field optional.

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            lead_id: `leadId` (body field)
            stage_id: `stageId` (body field)
            attendant_id: `attendantId` (body field)
            external_id: `externalId` (body field)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _BUSINESSES_UPDATE,
            {
                "id": id,
            },
            {
                "leadId": lead_id,
                "stageId": stage_id,
                "attendantId": attendant_id,
                "externalId": external_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def move(
        self,
        *,
        ids: Sequence[str],
        destination_stage_id: str,
        destination_pipeline_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Move deals to a stage

        Mover negócios, in bulk: every deal in `ids` goes to `destinationStageId` (of `destinationPipelineId`, which one third-party client sends and another leaves out).

        Args:
            ids: The deals to act on.
            destination_pipeline_id: The stage's pipeline (one third-party client sends it, another leaves it out).
            destination_stage_id: `destinationStageId` (body field)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _BUSINESSES_MOVE,
            {},
            {
                "ids": ids,
                "destinationPipelineId": destination_pipeline_id,
                "destinationStageId": destination_stage_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def win(
        self,
        *,
        ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Mark deals as won

        Ganhar negócios, in bulk.

        Args:
            ids: The deals to act on.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _BUSINESSES_WIN,
            {},
            {
                "ids": ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def lose(
        self,
        *,
        ids: Sequence[str],
        loss_reason_id: str,
        justification: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Mark deals as lost

        Perder negócios, in bulk, with a loss reason (and a justification when the reason requires one).

        Args:
            ids: The deals to act on.
            loss_reason_id: `lossReasonId` (body field)
            justification: Needed when the loss reason has `requiredJustification`.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _BUSINESSES_LOSE,
            {},
            {
                "ids": ids,
                "lossReasonId": loss_reason_id,
                "justification": justification,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def restore(
        self,
        *,
        ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Restore deals

        Restaurar negócios (reopen won or lost deals), in bulk.

        Args:
            ids: The deals to act on.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _BUSINESSES_RESTORE,
            {},
            {
                "ids": ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBusinessesResource:
    """Operations on businesses."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBusinessesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncBusinessesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBusinessesResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncBusinessesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        skip: int | NotGiven = NOT_GIVEN,
        take: int | NotGiven = NOT_GIVEN,
        search: str | NotGiven = NOT_GIVEN,
        filter: _models.BusinessFilter | _params.BusinessFilterParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.Business, AsyncOffsetPage[_models.Business]]:
        """List deals

        Buscar negócios (docs): `{count, data}`, offset paging; filters as `filter[field]=value` (the page's filter attributes; a third-party client sends them so). A third-party client verified that paging deals by stage returns every deal once (1,373 of 1,373).

        Args:
            skip: Number of items to skip (offset paging).
            take: Page size, at most 500. The API's own default is not documented. Beware: on the lead list the API silently returns `[]` above 1000 (seen live by a third-party client), so the schema's maximum keeps a call below that.
            search: Free-text search.
            filter: Deal filters, sent as `filter[field]=value` (the docs' page lists them as child attributes of `filter`; third-party clients send them this way). Id lists are one comma-separated value.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            AsyncOffsetPage[_models.Business],
            _BUSINESSES_LIST,
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
        lead_id: str,
        stage_id: str,
        attendant_id: str | NotGiven = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Business:
        """Create a deal

        Criar negócio (docs): `leadId` and `stageId` required.

        Args:
            lead_id: The lead the deal belongs to.
            stage_id: The pipeline stage the deal starts in.
            attendant_id: `attendantId` (body field)
            external_id: Your own id for the deal.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _BUSINESSES_CREATE,
            {},
            {
                "leadId": lead_id,
                "stageId": stage_id,
                "attendantId": attendant_id,
                "externalId": external_id,
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
    ) -> _models.Business:
        """Retrieve a deal

        Buscar negócio por ID.

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _BUSINESSES_RETRIEVE,
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
        """Delete a deal

        Excluir negócio. Answers 204 with no body (seen live on 500 deletions).

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _BUSINESSES_DELETE,
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
        lead_id: str | NotGiven = NOT_GIVEN,
        stage_id: str | NotGiven = NOT_GIVEN,
        attendant_id: str | NotGiven = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Business:
        """Update a deal

        Atualizar negócio (docs): the create body, every field optional.

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            lead_id: `leadId` (body field)
            stage_id: `stageId` (body field)
            attendant_id: `attendantId` (body field)
            external_id: `externalId` (body field)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _BUSINESSES_UPDATE,
            {
                "id": id,
            },
            {
                "leadId": lead_id,
                "stageId": stage_id,
                "attendantId": attendant_id,
                "externalId": external_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def move(
        self,
        *,
        ids: Sequence[str],
        destination_stage_id: str,
        destination_pipeline_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Move deals to a stage

        Mover negócios, in bulk: every deal in `ids` goes to `destinationStageId` (of `destinationPipelineId`, which one third-party client sends and another leaves out).

        Args:
            ids: The deals to act on.
            destination_pipeline_id: The stage's pipeline (one third-party client sends it, another leaves it out).
            destination_stage_id: `destinationStageId` (body field)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _BUSINESSES_MOVE,
            {},
            {
                "ids": ids,
                "destinationPipelineId": destination_pipeline_id,
                "destinationStageId": destination_stage_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def win(
        self,
        *,
        ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Mark deals as won

        Ganhar negócios, in bulk.

        Args:
            ids: The deals to act on.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _BUSINESSES_WIN,
            {},
            {
                "ids": ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def lose(
        self,
        *,
        ids: Sequence[str],
        loss_reason_id: str,
        justification: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Mark deals as lost

        Perder negócios, in bulk, with a loss reason (and a justification when the reason requires one).

        Args:
            ids: The deals to act on.
            loss_reason_id: `lossReasonId` (body field)
            justification: Needed when the loss reason has `requiredJustification`.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _BUSINESSES_LOSE,
            {},
            {
                "ids": ids,
                "lossReasonId": loss_reason_id,
                "justification": justification,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def restore(
        self,
        *,
        ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Restore deals

        Restaurar negócios (reopen won or lost deals), in bulk.

        Args:
            ids: The deals to act on.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _BUSINESSES_RESTORE,
            {},
            {
                "ids": ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class BusinessesResourceWithRawResponse:
    """`BusinessesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: BusinessesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)
        self.move = to_raw_response_wrapper(resource.move)
        self.win = to_raw_response_wrapper(resource.win)
        self.lose = to_raw_response_wrapper(resource.lose)
        self.restore = to_raw_response_wrapper(resource.restore)


class AsyncBusinessesResourceWithRawResponse:
    """`AsyncBusinessesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncBusinessesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.move = async_to_raw_response_wrapper(resource.move)
        self.win = async_to_raw_response_wrapper(resource.win)
        self.lose = async_to_raw_response_wrapper(resource.lose)
        self.restore = async_to_raw_response_wrapper(resource.restore)


class BusinessesResourceWithStreamingResponse:
    """`BusinessesResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: BusinessesResource) -> None:
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.update = to_streamed_response_wrapper(resource.update)
        self.move = to_streamed_response_wrapper(resource.move)
        self.win = to_streamed_response_wrapper(resource.win)
        self.lose = to_streamed_response_wrapper(resource.lose)
        self.restore = to_streamed_response_wrapper(resource.restore)


class AsyncBusinessesResourceWithStreamingResponse:
    """`AsyncBusinessesResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncBusinessesResource) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.move = async_to_streamed_response_wrapper(resource.move)
        self.win = async_to_streamed_response_wrapper(resource.win)
        self.lose = async_to_streamed_response_wrapper(resource.lose)
        self.restore = async_to_streamed_response_wrapper(resource.restore)
