"""LeadsResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

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
from .activities import (
    AsyncLeadsActivitiesResource,
    AsyncLeadsActivitiesResourceWithRawResponse,
    AsyncLeadsActivitiesResourceWithStreamingResponse,
    LeadsActivitiesResource,
    LeadsActivitiesResourceWithRawResponse,
    LeadsActivitiesResourceWithStreamingResponse,
)
from .attachments import (
    AsyncLeadsAttachmentsResource,
    AsyncLeadsAttachmentsResourceWithRawResponse,
    AsyncLeadsAttachmentsResourceWithStreamingResponse,
    LeadsAttachmentsResource,
    LeadsAttachmentsResourceWithRawResponse,
    LeadsAttachmentsResourceWithStreamingResponse,
)
from .businesses import (
    AsyncLeadsBusinessesResource,
    AsyncLeadsBusinessesResourceWithRawResponse,
    AsyncLeadsBusinessesResourceWithStreamingResponse,
    LeadsBusinessesResource,
    LeadsBusinessesResourceWithRawResponse,
    LeadsBusinessesResourceWithStreamingResponse,
)
from .history import (
    AsyncLeadsHistoryResource,
    AsyncLeadsHistoryResourceWithRawResponse,
    AsyncLeadsHistoryResourceWithStreamingResponse,
    LeadsHistoryResource,
    LeadsHistoryResourceWithRawResponse,
    LeadsHistoryResourceWithStreamingResponse,
)
from .notes import (
    AsyncLeadsNotesResource,
    AsyncLeadsNotesResourceWithRawResponse,
    AsyncLeadsNotesResourceWithStreamingResponse,
    LeadsNotesResource,
    LeadsNotesResourceWithRawResponse,
    LeadsNotesResourceWithStreamingResponse,
)

if TYPE_CHECKING:
    from ... import models as _models
    from ... import params as _params
else:
    _models = LazyModule(__name__.rsplit(".", 3)[0] + ".models")  # loaded with the first call

__all__ = [
    "LeadsResource",
    "AsyncLeadsResource",
]


_LEADS_LIST: Operation[_models.LeadList] = Operation(
    method="GET",
    path="/api/v1/leads",
    params=(
        Param("skip", "query", style="form", explode=True, json_content=False),
        Param("take", "query", style="form", explode=True, json_content=False),
        Param("search", "query", style="form", explode=True, json_content=False),
        Param("searchType", "query", style="form", explode=True, json_content=False),
        Param(
            "filter", "query", style="deepObject", explode=True, json_content=False, model=lambda: _models.LeadFilter
        ),
    ),
    response_type=lambda: _models.LeadList,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {
        "skip": int,
        "take": int,
        "search": str,
        "searchType": Literal["phone", "email"],
        "filter": _models.LeadFilter,
    },
    names={"searchType": "search_type"},
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

_LEADS_CREATE: Operation[_models.Lead] = Operation(
    method="POST",
    path="/api/v1/leads",
    params=(),
    response_type=lambda: _models.Lead,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.LeadRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header=None,
    auth=True,
    names={"taxId": "tax_id", "sourceReferral": "source_referral"},
)

_LEADS_CREATE_WITH_ADDITIONAL_FIELDS: Operation[_models.Lead] = Operation(
    method="POST",
    path="/api/v1/leads/additional-fields",
    params=(),
    response_type=lambda: _models.Lead,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.LeadWithAdditionalFieldsRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header=None,
    auth=True,
    names={"taxId": "tax_id", "sourceReferral": "source_referral", "additionalFields": "additional_fields"},
)

_LEADS_RETRIEVE: Operation[_models.Lead] = Operation(
    method="GET",
    path="/api/v1/leads/{id}",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.Lead,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str},
)

_LEADS_DELETE: Operation[None] = Operation(
    method="DELETE",
    path="/api/v1/leads/{id}",
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

_LEADS_UPDATE: Operation[_models.Lead] = Operation(
    method="PATCH",
    path="/api/v1/leads/{id}",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.Lead,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.LeadRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str},
    names={"taxId": "tax_id", "sourceReferral": "source_referral"},
)


class LeadsResource:
    """Operations on leads."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.history = LeadsHistoryResource(client)
        self.activities = LeadsActivitiesResource(client)
        self.businesses = LeadsBusinessesResource(client)
        self.notes = LeadsNotesResource(client)
        self.attachments = LeadsAttachmentsResource(client)

    @cached_property
    def with_raw_response(self) -> LeadsResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return LeadsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> LeadsResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return LeadsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        skip: int | NotGiven = NOT_GIVEN,
        take: int | NotGiven = NOT_GIVEN,
        search: str | NotGiven = NOT_GIVEN,
        search_type: Literal["phone", "email"] | NotGiven = NOT_GIVEN,
        filter: _models.LeadFilter | _params.LeadFilterParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[_models.Lead]:
        """List leads

        Buscar leads. Offset paging like the documented lists (`skip`, `take` at most 500, `{count, data}`); the response of this route is not shown by a stored page, so the shape is the documented lists' and the item is the lead the third-party clients read.

        Beware (measured live by a third-party client): paging a lead list with `skip` has returned the same lead on two pages and skipped others, and a `take` above 1000 answers an empty list without an error; narrow the filter (e.g. `createdAtGreaterOrEqual`/`createdAtLessOrEqual`) so each slice fits one page when completeness matters.

        Args:
            skip: Number of items to skip (offset paging).
            take: Page size, at most 500. The API's own default is not documented. Beware: on the lead list the API silently returns `[]` above 1000 (seen live by a third-party client), so the schema's maximum keeps a call below that.
            search: Free-text search.
            search_type: What `search` matches on.
            filter: Lead filters, sent as `filter[field]=value` (as third-party clients send them). Id lists are one comma-separated value.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            SyncOffsetPage[_models.Lead],
            _LEADS_LIST,
            {
                "skip": skip,
                "take": take,
                "search": search,
                "searchType": search_type,
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
        name: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        company: str | NotGiven = NOT_GIVEN,
        tax_id: str | NotGiven = NOT_GIVEN,
        site: str | NotGiven = NOT_GIVEN,
        instagram: str | NotGiven = NOT_GIVEN,
        address: _models.Address | _params.AddressParam | NotGiven = NOT_GIVEN,
        source_referral: _models.SourceReferral | _params.SourceReferralParam | NotGiven = NOT_GIVEN,
        tags: Sequence[_models.IdsRef | _params.IdsRefParam] | NotGiven = NOT_GIVEN,
        lists: Sequence[_models.IdsRef | _params.IdsRefParam] | NotGiven = NOT_GIVEN,
        attendant: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Lead:
        """Create a lead

        Criar lead (docs). The body as the page shows it; the response is not on the stored page (it is the lead, as PATCH shows). Free plans answer 400 with code `upgrade-plan` (third-party, seen live): raised as `PermissionDeniedError`.

        Args:
            name: `name` (body field)
            image: URL of the lead's picture.
            phone: `phone` (body field)
            email: `email` (body field)
            source: Where the lead came from (free text, e.g. `Google ads`).
            company: `company` (body field)
            tax_id: CPF/CNPJ or another document number.
            site: `site` (body field)
            instagram: `instagram` (body field)
            address: `address` (body field)
            source_referral: Where the conversation came from (e.g. a click-to-WhatsApp ad).
            tags: `tags` (body field)
            lists: `lists` (body field)
            attendant: A reference to another object by its id.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _LEADS_CREATE,
            {},
            {
                "name": name,
                "image": image,
                "phone": phone,
                "email": email,
                "source": source,
                "company": company,
                "taxId": tax_id,
                "site": site,
                "instagram": instagram,
                "address": address,
                "sourceReferral": source_referral,
                "tags": tags,
                "lists": lists,
                "attendant": attendant,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_with_additional_fields(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        company: str | NotGiven = NOT_GIVEN,
        tax_id: str | NotGiven = NOT_GIVEN,
        site: str | NotGiven = NOT_GIVEN,
        instagram: str | NotGiven = NOT_GIVEN,
        address: _models.Address | _params.AddressParam | NotGiven = NOT_GIVEN,
        source_referral: _models.SourceReferral | _params.SourceReferralParam | NotGiven = NOT_GIVEN,
        tags: Sequence[_models.IdsRef | _params.IdsRefParam] | NotGiven = NOT_GIVEN,
        lists: Sequence[_models.IdsRef | _params.IdsRefParam] | NotGiven = NOT_GIVEN,
        attendant: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        additional_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Lead:
        """Create a lead with additional fields

        Criar lead com campos adicionais. Listed with the docs' own title by a third-party client and present in the official OpenAPI document (a third-party integration read it there); no stored page shows the body, so it is the lead body plus `additionalFields` (free-form), and anything else can go in `extra_body`. Plan-gated like POST /leads (`upgrade-plan`).

        Args:
            name: `name` (body field)
            image: URL of the lead's picture.
            phone: `phone` (body field)
            email: `email` (body field)
            source: Where the lead came from (free text, e.g. `Google ads`).
            company: `company` (body field)
            tax_id: CPF/CNPJ or another document number.
            site: `site` (body field)
            instagram: `instagram` (body field)
            address: `address` (body field)
            source_referral: Where the conversation came from (e.g. a click-to-WhatsApp ad).
            tags: `tags` (body field)
            lists: `lists` (body field)
            attendant: A reference to another object by its id.
            additional_fields: `additionalFields` (body field)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _LEADS_CREATE_WITH_ADDITIONAL_FIELDS,
            {},
            {
                "name": name,
                "image": image,
                "phone": phone,
                "email": email,
                "source": source,
                "company": company,
                "taxId": tax_id,
                "site": site,
                "instagram": instagram,
                "address": address,
                "sourceReferral": source_referral,
                "tags": tags,
                "lists": lists,
                "attendant": attendant,
                "additionalFields": additional_fields,
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
    ) -> _models.Lead:
        """Retrieve a lead

        Buscar lead por ID.

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _LEADS_RETRIEVE,
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
        """Delete a lead

        Excluir lead. Answers 204 with no body.

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _LEADS_DELETE,
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
        name: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        company: str | NotGiven = NOT_GIVEN,
        tax_id: str | NotGiven = NOT_GIVEN,
        site: str | NotGiven = NOT_GIVEN,
        instagram: str | NotGiven = NOT_GIVEN,
        address: _models.Address | _params.AddressParam | NotGiven = NOT_GIVEN,
        source_referral: _models.SourceReferral | _params.SourceReferralParam | NotGiven = NOT_GIVEN,
        tags: Sequence[_models.IdsRef | _params.IdsRefParam] | NotGiven = NOT_GIVEN,
        lists: Sequence[_models.IdsRef | _params.IdsRefParam] | NotGiven = NOT_GIVEN,
        attendant: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Lead:
        """Update a lead

        Atualizar lead (docs): PATCH with the create body, every field optional. The stored page's response example is cut off; it is the lead.

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            name: `name` (body field)
            image: URL of the lead's picture.
            phone: `phone` (body field)
            email: `email` (body field)
            source: Where the lead came from (free text, e.g. `Google ads`).
            company: `company` (body field)
            tax_id: CPF/CNPJ or another document number.
            site: `site` (body field)
            instagram: `instagram` (body field)
            address: `address` (body field)
            source_referral: Where the conversation came from (e.g. a click-to-WhatsApp ad).
            tags: `tags` (body field)
            lists: `lists` (body field)
            attendant: A reference to another object by its id.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _LEADS_UPDATE,
            {
                "id": id,
            },
            {
                "name": name,
                "image": image,
                "phone": phone,
                "email": email,
                "source": source,
                "company": company,
                "taxId": tax_id,
                "site": site,
                "instagram": instagram,
                "address": address,
                "sourceReferral": source_referral,
                "tags": tags,
                "lists": lists,
                "attendant": attendant,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncLeadsResource:
    """Operations on leads."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.history = AsyncLeadsHistoryResource(client)
        self.activities = AsyncLeadsActivitiesResource(client)
        self.businesses = AsyncLeadsBusinessesResource(client)
        self.notes = AsyncLeadsNotesResource(client)
        self.attachments = AsyncLeadsAttachmentsResource(client)

    @cached_property
    def with_raw_response(self) -> AsyncLeadsResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncLeadsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncLeadsResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncLeadsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        skip: int | NotGiven = NOT_GIVEN,
        take: int | NotGiven = NOT_GIVEN,
        search: str | NotGiven = NOT_GIVEN,
        search_type: Literal["phone", "email"] | NotGiven = NOT_GIVEN,
        filter: _models.LeadFilter | _params.LeadFilterParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.Lead, AsyncOffsetPage[_models.Lead]]:
        """List leads

        Buscar leads. Offset paging like the documented lists (`skip`, `take` at most 500, `{count, data}`); the response of this route is not shown by a stored page, so the shape is the documented lists' and the item is the lead the third-party clients read.

        Beware (measured live by a third-party client): paging a lead list with `skip` has returned the same lead on two pages and skipped others, and a `take` above 1000 answers an empty list without an error; narrow the filter (e.g. `createdAtGreaterOrEqual`/`createdAtLessOrEqual`) so each slice fits one page when completeness matters.

        Args:
            skip: Number of items to skip (offset paging).
            take: Page size, at most 500. The API's own default is not documented. Beware: on the lead list the API silently returns `[]` above 1000 (seen live by a third-party client), so the schema's maximum keeps a call below that.
            search: Free-text search.
            search_type: What `search` matches on.
            filter: Lead filters, sent as `filter[field]=value` (as third-party clients send them). Id lists are one comma-separated value.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            AsyncOffsetPage[_models.Lead],
            _LEADS_LIST,
            {
                "skip": skip,
                "take": take,
                "search": search,
                "searchType": search_type,
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
        name: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        company: str | NotGiven = NOT_GIVEN,
        tax_id: str | NotGiven = NOT_GIVEN,
        site: str | NotGiven = NOT_GIVEN,
        instagram: str | NotGiven = NOT_GIVEN,
        address: _models.Address | _params.AddressParam | NotGiven = NOT_GIVEN,
        source_referral: _models.SourceReferral | _params.SourceReferralParam | NotGiven = NOT_GIVEN,
        tags: Sequence[_models.IdsRef | _params.IdsRefParam] | NotGiven = NOT_GIVEN,
        lists: Sequence[_models.IdsRef | _params.IdsRefParam] | NotGiven = NOT_GIVEN,
        attendant: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Lead:
        """Create a lead

        Criar lead (docs). The body as the page shows it; the response is not on the stored page (it is the lead, as PATCH shows). Free plans answer 400 with code `upgrade-plan` (third-party, seen live): raised as `PermissionDeniedError`.

        Args:
            name: `name` (body field)
            image: URL of the lead's picture.
            phone: `phone` (body field)
            email: `email` (body field)
            source: Where the lead came from (free text, e.g. `Google ads`).
            company: `company` (body field)
            tax_id: CPF/CNPJ or another document number.
            site: `site` (body field)
            instagram: `instagram` (body field)
            address: `address` (body field)
            source_referral: Where the conversation came from (e.g. a click-to-WhatsApp ad).
            tags: `tags` (body field)
            lists: `lists` (body field)
            attendant: A reference to another object by its id.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _LEADS_CREATE,
            {},
            {
                "name": name,
                "image": image,
                "phone": phone,
                "email": email,
                "source": source,
                "company": company,
                "taxId": tax_id,
                "site": site,
                "instagram": instagram,
                "address": address,
                "sourceReferral": source_referral,
                "tags": tags,
                "lists": lists,
                "attendant": attendant,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create_with_additional_fields(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        company: str | NotGiven = NOT_GIVEN,
        tax_id: str | NotGiven = NOT_GIVEN,
        site: str | NotGiven = NOT_GIVEN,
        instagram: str | NotGiven = NOT_GIVEN,
        address: _models.Address | _params.AddressParam | NotGiven = NOT_GIVEN,
        source_referral: _models.SourceReferral | _params.SourceReferralParam | NotGiven = NOT_GIVEN,
        tags: Sequence[_models.IdsRef | _params.IdsRefParam] | NotGiven = NOT_GIVEN,
        lists: Sequence[_models.IdsRef | _params.IdsRefParam] | NotGiven = NOT_GIVEN,
        attendant: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        additional_fields: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Lead:
        """Create a lead with additional fields

        Criar lead com campos adicionais. Listed with the docs' own title by a third-party client and present in the official OpenAPI document (a third-party integration read it there); no stored page shows the body, so it is the lead body plus `additionalFields` (free-form), and anything else can go in `extra_body`. Plan-gated like POST /leads (`upgrade-plan`).

        Args:
            name: `name` (body field)
            image: URL of the lead's picture.
            phone: `phone` (body field)
            email: `email` (body field)
            source: Where the lead came from (free text, e.g. `Google ads`).
            company: `company` (body field)
            tax_id: CPF/CNPJ or another document number.
            site: `site` (body field)
            instagram: `instagram` (body field)
            address: `address` (body field)
            source_referral: Where the conversation came from (e.g. a click-to-WhatsApp ad).
            tags: `tags` (body field)
            lists: `lists` (body field)
            attendant: A reference to another object by its id.
            additional_fields: `additionalFields` (body field)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _LEADS_CREATE_WITH_ADDITIONAL_FIELDS,
            {},
            {
                "name": name,
                "image": image,
                "phone": phone,
                "email": email,
                "source": source,
                "company": company,
                "taxId": tax_id,
                "site": site,
                "instagram": instagram,
                "address": address,
                "sourceReferral": source_referral,
                "tags": tags,
                "lists": lists,
                "attendant": attendant,
                "additionalFields": additional_fields,
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
    ) -> _models.Lead:
        """Retrieve a lead

        Buscar lead por ID.

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _LEADS_RETRIEVE,
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
        """Delete a lead

        Excluir lead. Answers 204 with no body.

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _LEADS_DELETE,
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
        name: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        source: str | NotGiven = NOT_GIVEN,
        company: str | NotGiven = NOT_GIVEN,
        tax_id: str | NotGiven = NOT_GIVEN,
        site: str | NotGiven = NOT_GIVEN,
        instagram: str | NotGiven = NOT_GIVEN,
        address: _models.Address | _params.AddressParam | NotGiven = NOT_GIVEN,
        source_referral: _models.SourceReferral | _params.SourceReferralParam | NotGiven = NOT_GIVEN,
        tags: Sequence[_models.IdsRef | _params.IdsRefParam] | NotGiven = NOT_GIVEN,
        lists: Sequence[_models.IdsRef | _params.IdsRefParam] | NotGiven = NOT_GIVEN,
        attendant: _models.IdRef | _params.IdRefParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Lead:
        """Update a lead

        Atualizar lead (docs): PATCH with the create body, every field optional. The stored page's response example is cut off; it is the lead.

        Args:
            id: The resource's id (a UUID or 24 hex characters in the docs' examples).
            name: `name` (body field)
            image: URL of the lead's picture.
            phone: `phone` (body field)
            email: `email` (body field)
            source: Where the lead came from (free text, e.g. `Google ads`).
            company: `company` (body field)
            tax_id: CPF/CNPJ or another document number.
            site: `site` (body field)
            instagram: `instagram` (body field)
            address: `address` (body field)
            source_referral: Where the conversation came from (e.g. a click-to-WhatsApp ad).
            tags: `tags` (body field)
            lists: `lists` (body field)
            attendant: A reference to another object by its id.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _LEADS_UPDATE,
            {
                "id": id,
            },
            {
                "name": name,
                "image": image,
                "phone": phone,
                "email": email,
                "source": source,
                "company": company,
                "taxId": tax_id,
                "site": site,
                "instagram": instagram,
                "address": address,
                "sourceReferral": source_referral,
                "tags": tags,
                "lists": lists,
                "attendant": attendant,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class LeadsResourceWithRawResponse:
    """`LeadsResource` methods that return the raw APIResponse."""

    def __init__(self, resource: LeadsResource) -> None:
        self.history = LeadsHistoryResourceWithRawResponse(resource.history)
        self.activities = LeadsActivitiesResourceWithRawResponse(resource.activities)
        self.businesses = LeadsBusinessesResourceWithRawResponse(resource.businesses)
        self.notes = LeadsNotesResourceWithRawResponse(resource.notes)
        self.attachments = LeadsAttachmentsResourceWithRawResponse(resource.attachments)
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.create_with_additional_fields = to_raw_response_wrapper(resource.create_with_additional_fields)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncLeadsResourceWithRawResponse:
    """`AsyncLeadsResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncLeadsResource) -> None:
        self.history = AsyncLeadsHistoryResourceWithRawResponse(resource.history)
        self.activities = AsyncLeadsActivitiesResourceWithRawResponse(resource.activities)
        self.businesses = AsyncLeadsBusinessesResourceWithRawResponse(resource.businesses)
        self.notes = AsyncLeadsNotesResourceWithRawResponse(resource.notes)
        self.attachments = AsyncLeadsAttachmentsResourceWithRawResponse(resource.attachments)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.create_with_additional_fields = async_to_raw_response_wrapper(resource.create_with_additional_fields)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)


class LeadsResourceWithStreamingResponse:
    """`LeadsResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: LeadsResource) -> None:
        self.history = LeadsHistoryResourceWithStreamingResponse(resource.history)
        self.activities = LeadsActivitiesResourceWithStreamingResponse(resource.activities)
        self.businesses = LeadsBusinessesResourceWithStreamingResponse(resource.businesses)
        self.notes = LeadsNotesResourceWithStreamingResponse(resource.notes)
        self.attachments = LeadsAttachmentsResourceWithStreamingResponse(resource.attachments)
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.create_with_additional_fields = to_streamed_response_wrapper(resource.create_with_additional_fields)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.update = to_streamed_response_wrapper(resource.update)


class AsyncLeadsResourceWithStreamingResponse:
    """`AsyncLeadsResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncLeadsResource) -> None:
        self.history = AsyncLeadsHistoryResourceWithStreamingResponse(resource.history)
        self.activities = AsyncLeadsActivitiesResourceWithStreamingResponse(resource.activities)
        self.businesses = AsyncLeadsBusinessesResourceWithStreamingResponse(resource.businesses)
        self.notes = AsyncLeadsNotesResourceWithStreamingResponse(resource.notes)
        self.attachments = AsyncLeadsAttachmentsResourceWithStreamingResponse(resource.attachments)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.create_with_additional_fields = async_to_streamed_response_wrapper(resource.create_with_additional_fields)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.update = async_to_streamed_response_wrapper(resource.update)
