"""ContactsResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Literal

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
from ..._pagination import (
    AsyncPageNumberPage,
    AsyncPaginator,
    Paging,
    SyncPageNumberPage,
)
from .tags import (
    AsyncContactsTagsResource,
    AsyncContactsTagsResourceWithRawResponse,
    AsyncContactsTagsResourceWithStreamingResponse,
    ContactsTagsResource,
    ContactsTagsResourceWithRawResponse,
    ContactsTagsResourceWithStreamingResponse,
)

if TYPE_CHECKING:
    from ... import models as _models
    from ... import params as _params
else:
    _models = LazyModule(__name__.rsplit(".", 3)[0] + ".models")  # loaded with the first call

__all__ = [
    "ContactsResource",
    "AsyncContactsResource",
]


_CONTACTS_LIST: Operation[_models.ContactPage] = Operation(
    method="GET",
    path="/v1/contacts",
    params=(
        Param("page", "query", style="form", explode=True, json_content=False),
        Param("perPage", "query", style="form", explode=True, json_content=False),
        Param("keyword", "query", style="form", explode=True, json_content=False),
        Param(
            "contactFilter", "query", style="form", explode=True, json_content=True, model=lambda: _models.ContactFilter
        ),
        Param("withCount", "query", style="form", explode=True, json_content=False),
    ),
    response_type=lambda: _models.ContactPage,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {
        "page": int,
        "perPage": int,
        "keyword": str,
        "contactFilter": _models.ContactFilter,
        "withCount": bool,
    },
    names={"perPage": "per_page", "contactFilter": "contact_filter", "withCount": "with_count"},
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

_CONTACTS_CREATE: Operation[_models.Contact] = Operation(
    method="POST",
    path="/v1/contacts",
    params=(),
    response_type=lambda: _models.Contact,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.CreateContactRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header="Idempotency-Key",
    auth=True,
    names={
        "phoneNumber": "phone_number",
        "contactId": "contact_id",
        "firstName": "first_name",
        "lastName": "last_name",
        "inboxId": "inbox_id",
    },
)

_CONTACTS_RETRIEVE: Operation[_models.Contact] = Operation(
    method="GET",
    path="/v1/contacts/{identifier}",
    params=(
        Param(
            "identifier",
            "path",
            style="simple",
            explode=False,
            json_content=False,
            pattern="^(id:[0-9]+|email:.+|phone:.+)$",
        ),
    ),
    response_type=lambda: _models.Contact,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"identifier": str},
)

_CONTACTS_DELETE: Operation[None] = Operation(
    method="DELETE",
    path="/v1/contacts/{identifier}",
    params=(
        Param(
            "identifier",
            "path",
            style="simple",
            explode=False,
            json_content=False,
            pattern="^(id:[0-9]+|email:.+|phone:.+)$",
        ),
    ),
    response_type=None,
    response_kind="none",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header="Idempotency-Key",
    auth=True,
    arguments=lambda: {"identifier": str},
)

_CONTACTS_UPDATE: Operation[None] = Operation(
    method="PATCH",
    path="/v1/contacts/{identifier}",
    params=(
        Param(
            "identifier",
            "path",
            style="simple",
            explode=False,
            json_content=False,
            pattern="^(id:[0-9]+|email:.+|phone:.+)$",
        ),
    ),
    response_type=None,
    response_kind="none",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.UpdateContactFieldsRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header="Idempotency-Key",
    auth=True,
    arguments=lambda: {"identifier": str},
    names={"": "body"},
)

_CONTACTS_UPSERT: Operation[_models.Contact] = Operation(
    method="POST",
    path="/v1/contacts/{identifier}/upsert",
    params=(
        Param(
            "identifier",
            "path",
            style="simple",
            explode=False,
            json_content=False,
            pattern="^(id:[0-9]+|email:.+|phone:.+)$",
        ),
    ),
    response_type=lambda: _models.Contact,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.UpsertContactRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header="Idempotency-Key",
    auth=True,
    arguments=lambda: {"identifier": str},
    names={"firstName": "first_name", "lastName": "last_name", "phoneNumber": "phone_number"},
)

_CONTACTS_BLOCK: Operation[None] = Operation(
    method="POST",
    path="/v1/contacts/{identifier}/block",
    params=(
        Param(
            "identifier",
            "path",
            style="simple",
            explode=False,
            json_content=False,
            pattern="^(id:[0-9]+|email:.+|phone:.+)$",
        ),
    ),
    response_type=None,
    response_kind="none",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header="Idempotency-Key",
    auth=True,
    arguments=lambda: {"identifier": str},
)

_CONTACTS_UNBLOCK: Operation[None] = Operation(
    method="POST",
    path="/v1/contacts/{identifier}/unblock",
    params=(
        Param(
            "identifier",
            "path",
            style="simple",
            explode=False,
            json_content=False,
            pattern="^(id:[0-9]+|email:.+|phone:.+)$",
        ),
    ),
    response_type=None,
    response_kind="none",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header="Idempotency-Key",
    auth=True,
    arguments=lambda: {"identifier": str},
)


class ContactsResource:
    """Operations on contacts."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.tags = ContactsTagsResource(client)

    @cached_property
    def with_raw_response(self) -> ContactsResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return ContactsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ContactsResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return ContactsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        per_page: int | NotGiven = NOT_GIVEN,
        keyword: str | NotGiven = NOT_GIVEN,
        contact_filter: _models.ContactFilter | _params.ContactFilterParam | NotGiven = NOT_GIVEN,
        with_count: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPageNumberPage[_models.Contact]:
        """List contacts

        Required token scope: `contacts` (read-only tokens allowed). Older servers have this route
        too, with the same paging and `keyword`.

        Paged by `page` and `perPage`; `pageCount` says how many pages there are (the counts are
        skipped when `withCount` is false). Avatar URLs are resolved to public URLs.

        Args:
            page: Page number, from 1.
            per_page: Page size.
            keyword: Case-insensitive substring match on the contact's name, email or phone.
            contact_filter: ONE query value holding a JSON object, the same filter as the conversation list's `contactFilter`, on newer servers (source-variant). JSON that does not parse, or does not match, is silently ignored there. Older servers do not JSON-decode it (source-run: features/contacts/schemas/query.ts L36 reads the bracket form, `contactFilter[operator]=and&contactFilter[conditions][0][field]=tags&...`), so this JSON text answers 400 there; send the bracket form through `extra_query` to an older server.
            with_count: Whether to compute `totalCount` and `pageCount` (default true); false skips the count query on large workspaces.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            SyncPageNumberPage[_models.Contact],
            _CONTACTS_LIST,
            {
                "page": page,
                "perPage": per_page,
                "keyword": keyword,
                "contactFilter": contact_filter,
                "withCount": with_count,
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
        email: str,
        gender: Literal["male", "female", "unknown"],
        channel: Literal[
            "omnichannel", "webchat", "messenger", "whatsapp", "zalo", "smtp", "telegram", "instagram", "tiktok", "api"
        ],
        inbox_id: str,
        phone_number: str | NotGiven = NOT_GIVEN,
        contact_id: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Contact:
        """Create a contact in an inbox

        Required token scope: `contacts`; read-only tokens are refused. Older servers have this
        route too. Answers 200 (not 201) with the contact.

        `channel` decides which identifier is required: `phoneNumber` for `whatsapp`, `email` for
        `smtp`, `contactId` (the channel's user id) for every channel other than `webchat` and
        `omnichannel`.

        Args:
            phone_number: Empty, or 10 to 20 characters holding a run of 10 to 20 digits (an optional `+` before it), as the server checks it (its regular expression is not anchored).
            email: An email address, or an empty string (the server checks the address; required even when empty).
            contact_id: The channel's user id (e.g. a Messenger PSID).
            first_name: `firstName` (body field)
            last_name: `lastName` (body field)
            gender: `gender` (body field)
            channel: A channel; `api` only on newer servers.
            inbox_id: Inbox id (numeric string) to create the contact in (see `inboxes.list`).
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONTACTS_CREATE,
            {},
            {
                "phoneNumber": phone_number,
                "email": email,
                "contactId": contact_id,
                "firstName": first_name,
                "lastName": last_name,
                "gender": gender,
                "channel": channel,
                "inboxId": inbox_id,
            },
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def retrieve(
        self,
        identifier: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Contact:
        """Retrieve a contact

        Required token scope: `contacts` (read-only tokens allowed). Older servers have this route
        too. Answers the contact itself (not wrapped in `data`), or 404.

        Args:
            identifier: The contact, with its prefix: `id:<numeric id>`, `email:<address>` or `phone:<number>` (both generations). A bare id, email or number is not found (404), so it is refused before sending.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONTACTS_RETRIEVE,
            {
                "identifier": identifier,
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
        identifier: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a contact

        Required token scope: `contacts`; read-only tokens are refused. Older servers have this
        route too. Permanently deletes the contact; answers 204. To only stop inbound messages,
        block the contact instead.

        Args:
            identifier: The contact, with its prefix: `id:<numeric id>`, `email:<address>` or `phone:<number>` (both generations). A bare id, email or number is not found (404), so it is refused before sending.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONTACTS_DELETE,
            {
                "identifier": identifier,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        identifier: str,
        *,
        body: Mapping[str, str],
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update a contact's fields

        Required token scope: `contacts`; read-only tokens are refused. Answers 204.

        Merge update: the body maps field names to string values (standard fields such as
        `firstName`, or custom fields); fields left out are unchanged. Older servers only serve the
        same update as `PUT /v1/contacts/{identifier}` (the newer API keeps that as a deprecated
        alias).

        Args:
            identifier: The contact, with its prefix: `id:<numeric id>`, `email:<address>` or `phone:<number>` (both generations). A bare id, email or number is not found (404), so it is refused before sending.
            body: the request body
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONTACTS_UPDATE,
            {
                "identifier": identifier,
            },
            body,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def upsert(
        self,
        identifier: str,
        *,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        phone_number: str | NotGiven = NOT_GIVEN,
        avatar: str | NotGiven = NOT_GIVEN,
        gender: Literal["male", "female", "unknown"] | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Contact:
        """Create or update the contact with this identifier

        Required token scope: `contacts`; read-only tokens are refused. Older servers have this
        route too. Answers 200 with the contact.

        What it does depends on the identifier's prefix (packages/business/src/contact/service.ts
        upsertByIdentifier, L295-380 in the version issue 24 read; source-variant, the older
        route the same way):
        - a contact matching the identifier exists: its given fields are updated;
        - `id:` that matches no contact: 404 `notFound` "Contact not found" (nothing is created);
        - `email:` or `phone:` that matches no contact: a contact is created with it, in the
          workspace's webchat inbox, with a conversation; without a webchat inbox, 404 "Inbox not
          found"; when another contact already has the phone number (the body's `phoneNumber`,
          else the identifier's), 422 `phoneExists` "Phone number already exists"; at the plan's
          contact limit, 422 `quotaExceeded`;
        - an identifier without one of the three prefixes: 404 "Invalid identifier format".

        Args:
            identifier: The contact, with its prefix: `id:<numeric id>`, `email:<address>` or `phone:<number>` (both generations). A bare id, email or number is not found (404), so it is refused before sending.
            first_name: `firstName` (body field)
            last_name: `lastName` (body field)
            email: An email address, or an empty string to clear it (the server checks the address).
            phone_number: 10 to 20 characters holding a run of 10 to 20 digits (an optional `+` before it), as the server checks it (its regular expression is not anchored).
            avatar: URL of the contact's avatar image.
            gender: `gender` (body field)
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONTACTS_UPSERT,
            {
                "identifier": identifier,
            },
            {
                "firstName": first_name,
                "lastName": last_name,
                "email": email,
                "phoneNumber": phone_number,
                "avatar": avatar,
                "gender": gender,
            },
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def block(
        self,
        identifier: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Block a contact

        Required token scope: `contacts`; read-only tokens are refused. Older servers have this
        route too. Stops the contact's inbound messages from reaching the workspace; answers 204.
        Takes no request body.

        Args:
            identifier: The contact, with its prefix: `id:<numeric id>`, `email:<address>` or `phone:<number>` (both generations). A bare id, email or number is not found (404), so it is refused before sending.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONTACTS_BLOCK,
            {
                "identifier": identifier,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def unblock(
        self,
        identifier: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Unblock a contact

        Required token scope: `contacts`; read-only tokens are refused. Older servers have this
        route too. Lets the contact's inbound messages in again; answers 204. Takes no request
        body.

        Args:
            identifier: The contact, with its prefix: `id:<numeric id>`, `email:<address>` or `phone:<number>` (both generations). A bare id, email or number is not found (404), so it is refused before sending.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONTACTS_UNBLOCK,
            {
                "identifier": identifier,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncContactsResource:
    """Operations on contacts."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.tags = AsyncContactsTagsResource(client)

    @cached_property
    def with_raw_response(self) -> AsyncContactsResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncContactsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncContactsResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncContactsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        per_page: int | NotGiven = NOT_GIVEN,
        keyword: str | NotGiven = NOT_GIVEN,
        contact_filter: _models.ContactFilter | _params.ContactFilterParam | NotGiven = NOT_GIVEN,
        with_count: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.Contact, AsyncPageNumberPage[_models.Contact]]:
        """List contacts

        Required token scope: `contacts` (read-only tokens allowed). Older servers have this route
        too, with the same paging and `keyword`.

        Paged by `page` and `perPage`; `pageCount` says how many pages there are (the counts are
        skipped when `withCount` is false). Avatar URLs are resolved to public URLs.

        Args:
            page: Page number, from 1.
            per_page: Page size.
            keyword: Case-insensitive substring match on the contact's name, email or phone.
            contact_filter: ONE query value holding a JSON object, the same filter as the conversation list's `contactFilter`, on newer servers (source-variant). JSON that does not parse, or does not match, is silently ignored there. Older servers do not JSON-decode it (source-run: features/contacts/schemas/query.ts L36 reads the bracket form, `contactFilter[operator]=and&contactFilter[conditions][0][field]=tags&...`), so this JSON text answers 400 there; send the bracket form through `extra_query` to an older server.
            with_count: Whether to compute `totalCount` and `pageCount` (default true); false skips the count query on large workspaces.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            AsyncPageNumberPage[_models.Contact],
            _CONTACTS_LIST,
            {
                "page": page,
                "perPage": per_page,
                "keyword": keyword,
                "contactFilter": contact_filter,
                "withCount": with_count,
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
        email: str,
        gender: Literal["male", "female", "unknown"],
        channel: Literal[
            "omnichannel", "webchat", "messenger", "whatsapp", "zalo", "smtp", "telegram", "instagram", "tiktok", "api"
        ],
        inbox_id: str,
        phone_number: str | NotGiven = NOT_GIVEN,
        contact_id: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Contact:
        """Create a contact in an inbox

        Required token scope: `contacts`; read-only tokens are refused. Older servers have this
        route too. Answers 200 (not 201) with the contact.

        `channel` decides which identifier is required: `phoneNumber` for `whatsapp`, `email` for
        `smtp`, `contactId` (the channel's user id) for every channel other than `webchat` and
        `omnichannel`.

        Args:
            phone_number: Empty, or 10 to 20 characters holding a run of 10 to 20 digits (an optional `+` before it), as the server checks it (its regular expression is not anchored).
            email: An email address, or an empty string (the server checks the address; required even when empty).
            contact_id: The channel's user id (e.g. a Messenger PSID).
            first_name: `firstName` (body field)
            last_name: `lastName` (body field)
            gender: `gender` (body field)
            channel: A channel; `api` only on newer servers.
            inbox_id: Inbox id (numeric string) to create the contact in (see `inboxes.list`).
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONTACTS_CREATE,
            {},
            {
                "phoneNumber": phone_number,
                "email": email,
                "contactId": contact_id,
                "firstName": first_name,
                "lastName": last_name,
                "gender": gender,
                "channel": channel,
                "inboxId": inbox_id,
            },
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def retrieve(
        self,
        identifier: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Contact:
        """Retrieve a contact

        Required token scope: `contacts` (read-only tokens allowed). Older servers have this route
        too. Answers the contact itself (not wrapped in `data`), or 404.

        Args:
            identifier: The contact, with its prefix: `id:<numeric id>`, `email:<address>` or `phone:<number>` (both generations). A bare id, email or number is not found (404), so it is refused before sending.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONTACTS_RETRIEVE,
            {
                "identifier": identifier,
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
        identifier: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a contact

        Required token scope: `contacts`; read-only tokens are refused. Older servers have this
        route too. Permanently deletes the contact; answers 204. To only stop inbound messages,
        block the contact instead.

        Args:
            identifier: The contact, with its prefix: `id:<numeric id>`, `email:<address>` or `phone:<number>` (both generations). A bare id, email or number is not found (404), so it is refused before sending.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONTACTS_DELETE,
            {
                "identifier": identifier,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        identifier: str,
        *,
        body: Mapping[str, str],
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update a contact's fields

        Required token scope: `contacts`; read-only tokens are refused. Answers 204.

        Merge update: the body maps field names to string values (standard fields such as
        `firstName`, or custom fields); fields left out are unchanged. Older servers only serve the
        same update as `PUT /v1/contacts/{identifier}` (the newer API keeps that as a deprecated
        alias).

        Args:
            identifier: The contact, with its prefix: `id:<numeric id>`, `email:<address>` or `phone:<number>` (both generations). A bare id, email or number is not found (404), so it is refused before sending.
            body: the request body
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONTACTS_UPDATE,
            {
                "identifier": identifier,
            },
            body,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def upsert(
        self,
        identifier: str,
        *,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        phone_number: str | NotGiven = NOT_GIVEN,
        avatar: str | NotGiven = NOT_GIVEN,
        gender: Literal["male", "female", "unknown"] | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Contact:
        """Create or update the contact with this identifier

        Required token scope: `contacts`; read-only tokens are refused. Older servers have this
        route too. Answers 200 with the contact.

        What it does depends on the identifier's prefix (packages/business/src/contact/service.ts
        upsertByIdentifier, L295-380 in the version issue 24 read; source-variant, the older
        route the same way):
        - a contact matching the identifier exists: its given fields are updated;
        - `id:` that matches no contact: 404 `notFound` "Contact not found" (nothing is created);
        - `email:` or `phone:` that matches no contact: a contact is created with it, in the
          workspace's webchat inbox, with a conversation; without a webchat inbox, 404 "Inbox not
          found"; when another contact already has the phone number (the body's `phoneNumber`,
          else the identifier's), 422 `phoneExists` "Phone number already exists"; at the plan's
          contact limit, 422 `quotaExceeded`;
        - an identifier without one of the three prefixes: 404 "Invalid identifier format".

        Args:
            identifier: The contact, with its prefix: `id:<numeric id>`, `email:<address>` or `phone:<number>` (both generations). A bare id, email or number is not found (404), so it is refused before sending.
            first_name: `firstName` (body field)
            last_name: `lastName` (body field)
            email: An email address, or an empty string to clear it (the server checks the address).
            phone_number: 10 to 20 characters holding a run of 10 to 20 digits (an optional `+` before it), as the server checks it (its regular expression is not anchored).
            avatar: URL of the contact's avatar image.
            gender: `gender` (body field)
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONTACTS_UPSERT,
            {
                "identifier": identifier,
            },
            {
                "firstName": first_name,
                "lastName": last_name,
                "email": email,
                "phoneNumber": phone_number,
                "avatar": avatar,
                "gender": gender,
            },
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def block(
        self,
        identifier: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Block a contact

        Required token scope: `contacts`; read-only tokens are refused. Older servers have this
        route too. Stops the contact's inbound messages from reaching the workspace; answers 204.
        Takes no request body.

        Args:
            identifier: The contact, with its prefix: `id:<numeric id>`, `email:<address>` or `phone:<number>` (both generations). A bare id, email or number is not found (404), so it is refused before sending.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONTACTS_BLOCK,
            {
                "identifier": identifier,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def unblock(
        self,
        identifier: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Unblock a contact

        Required token scope: `contacts`; read-only tokens are refused. Older servers have this
        route too. Lets the contact's inbound messages in again; answers 204. Takes no request
        body.

        Args:
            identifier: The contact, with its prefix: `id:<numeric id>`, `email:<address>` or `phone:<number>` (both generations). A bare id, email or number is not found (404), so it is refused before sending.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONTACTS_UNBLOCK,
            {
                "identifier": identifier,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class ContactsResourceWithRawResponse:
    """`ContactsResource` methods that return the raw APIResponse."""

    def __init__(self, resource: ContactsResource) -> None:
        self.tags = ContactsTagsResourceWithRawResponse(resource.tags)
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)
        self.upsert = to_raw_response_wrapper(resource.upsert)
        self.block = to_raw_response_wrapper(resource.block)
        self.unblock = to_raw_response_wrapper(resource.unblock)


class AsyncContactsResourceWithRawResponse:
    """`AsyncContactsResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncContactsResource) -> None:
        self.tags = AsyncContactsTagsResourceWithRawResponse(resource.tags)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.upsert = async_to_raw_response_wrapper(resource.upsert)
        self.block = async_to_raw_response_wrapper(resource.block)
        self.unblock = async_to_raw_response_wrapper(resource.unblock)


class ContactsResourceWithStreamingResponse:
    """`ContactsResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: ContactsResource) -> None:
        self.tags = ContactsTagsResourceWithStreamingResponse(resource.tags)
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.update = to_streamed_response_wrapper(resource.update)
        self.upsert = to_streamed_response_wrapper(resource.upsert)
        self.block = to_streamed_response_wrapper(resource.block)
        self.unblock = to_streamed_response_wrapper(resource.unblock)


class AsyncContactsResourceWithStreamingResponse:
    """`AsyncContactsResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncContactsResource) -> None:
        self.tags = AsyncContactsTagsResourceWithStreamingResponse(resource.tags)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.upsert = async_to_streamed_response_wrapper(resource.upsert)
        self.block = async_to_streamed_response_wrapper(resource.block)
        self.unblock = async_to_streamed_response_wrapper(resource.unblock)
