"""LeadsNotesResource: thin methods that describe requests.

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
    "LeadsNotesResource",
    "AsyncLeadsNotesResource",
]


_LEADS_NOTES_LIST: Operation[_models.NoteList] = Operation(
    method="GET",
    path="/api/v1/leads/{leadId}/notes",
    params=(
        Param("leadId", "path", style="simple", explode=False, json_content=False),
        Param("skip", "query", style="form", explode=True, json_content=False),
        Param("take", "query", style="form", explode=True, json_content=False),
    ),
    response_type=lambda: _models.NoteList,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"leadId": str, "skip": int, "take": int},
    names={"leadId": "lead_id"},
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

_LEADS_NOTES_CREATE: Operation[_models.Note] = Operation(
    method="POST",
    path="/api/v1/leads/{leadId}/notes",
    params=(Param("leadId", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.Note,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.NoteRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"leadId": str},
    names={"leadId": "lead_id"},
)

_LEADS_NOTES_UPDATE: Operation[_models.Note] = Operation(
    method="PUT",
    path="/api/v1/leads/{leadId}/notes/{id}",
    params=(
        Param("leadId", "path", style="simple", explode=False, json_content=False),
        Param("id", "path", style="simple", explode=False, json_content=False),
    ),
    response_type=lambda: _models.Note,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.NoteRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"leadId": str, "id": str},
    names={"leadId": "lead_id"},
)

_LEADS_NOTES_DELETE: Operation[None] = Operation(
    method="DELETE",
    path="/api/v1/leads/{leadId}/notes/{id}",
    params=(
        Param("leadId", "path", style="simple", explode=False, json_content=False),
        Param("id", "path", style="simple", explode=False, json_content=False),
    ),
    response_type=None,
    response_kind="none",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"leadId": str, "id": str},
    names={"leadId": "lead_id"},
)


class LeadsNotesResource:
    """Operations on leads.notes."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> LeadsNotesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return LeadsNotesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> LeadsNotesResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return LeadsNotesResourceWithStreamingResponse(self)

    def list(
        self,
        lead_id: str,
        *,
        skip: int | NotGiven = NOT_GIVEN,
        take: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[_models.Note]:
        """List a lead's notes

        Buscar comentários do lead. Paged like the documented lists (shape assumed; no stored page).

        Args:
            lead_id: The lead's id.
            skip: Number of items to skip (offset paging).
            take: Page size, at most 500. The API's own default is not documented. Beware: on the lead list the API silently returns `[]` above 1000 (seen live by a third-party client), so the schema's maximum keeps a call below that.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            SyncOffsetPage[_models.Note],
            _LEADS_NOTES_LIST,
            {
                "leadId": lead_id,
                "skip": skip,
                "take": take,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        lead_id: str,
        *,
        note: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Note:
        """Add a note to a lead

        Adicionar comentário: body `{note}`.

        Args:
            lead_id: The lead's id.
            note: The note's text.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _LEADS_NOTES_CREATE,
            {
                "leadId": lead_id,
            },
            {
                "note": note,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        lead_id: str,
        id: str,
        *,
        note: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Note:
        """Update a lead's note

        Atualizar comentário do lead: body `{note}`.

        Args:
            lead_id: The lead's id.
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            note: The note's text.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _LEADS_NOTES_UPDATE,
            {
                "leadId": lead_id,
                "id": id,
            },
            {
                "note": note,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        lead_id: str,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a lead's note

        Excluir comentário do lead. Answers 204 with no body.

        Args:
            lead_id: The lead's id.
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _LEADS_NOTES_DELETE,
            {
                "leadId": lead_id,
                "id": id,
            },
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncLeadsNotesResource:
    """Operations on leads.notes."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncLeadsNotesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncLeadsNotesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncLeadsNotesResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncLeadsNotesResourceWithStreamingResponse(self)

    def list(
        self,
        lead_id: str,
        *,
        skip: int | NotGiven = NOT_GIVEN,
        take: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.Note, AsyncOffsetPage[_models.Note]]:
        """List a lead's notes

        Buscar comentários do lead. Paged like the documented lists (shape assumed; no stored page).

        Args:
            lead_id: The lead's id.
            skip: Number of items to skip (offset paging).
            take: Page size, at most 500. The API's own default is not documented. Beware: on the lead list the API silently returns `[]` above 1000 (seen live by a third-party client), so the schema's maximum keeps a call below that.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            AsyncOffsetPage[_models.Note],
            _LEADS_NOTES_LIST,
            {
                "leadId": lead_id,
                "skip": skip,
                "take": take,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        lead_id: str,
        *,
        note: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Note:
        """Add a note to a lead

        Adicionar comentário: body `{note}`.

        Args:
            lead_id: The lead's id.
            note: The note's text.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _LEADS_NOTES_CREATE,
            {
                "leadId": lead_id,
            },
            {
                "note": note,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        lead_id: str,
        id: str,
        *,
        note: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Note:
        """Update a lead's note

        Atualizar comentário do lead: body `{note}`.

        Args:
            lead_id: The lead's id.
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            note: The note's text.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _LEADS_NOTES_UPDATE,
            {
                "leadId": lead_id,
                "id": id,
            },
            {
                "note": note,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(
        self,
        lead_id: str,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a lead's note

        Excluir comentário do lead. Answers 204 with no body.

        Args:
            lead_id: The lead's id.
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _LEADS_NOTES_DELETE,
            {
                "leadId": lead_id,
                "id": id,
            },
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class LeadsNotesResourceWithRawResponse:
    """`LeadsNotesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: LeadsNotesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncLeadsNotesResourceWithRawResponse:
    """`AsyncLeadsNotesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncLeadsNotesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)


class LeadsNotesResourceWithStreamingResponse:
    """`LeadsNotesResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: LeadsNotesResource) -> None:
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)


class AsyncLeadsNotesResourceWithStreamingResponse:
    """`AsyncLeadsNotesResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncLeadsNotesResource) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
