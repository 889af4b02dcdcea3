"""ContactsResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from collections.abc import Sequence
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
from .._pagination import AsyncCursorPage, AsyncPaginator, Paging, SyncCursorPage

if TYPE_CHECKING:
    from .. import models as _models
else:
    _models = LazyModule(__name__.rsplit(".", 2)[0] + ".models")  # loaded with the first call

__all__ = [
    "ContactsResource",
    "AsyncContactsResource",
]


_CONTACTS_LIST: Operation[_models.ContactList] = Operation(
    method="GET",
    path="/api/v1/contacts",
    params=(
        Param("search", "query", style="form", explode=True, json_content=False),
        Param(
            "tag",
            "query",
            style="form",
            explode=True,
            json_content=False,
            pattern="^(\\{[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7}\\}|[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7})$",
        ),
        Param("limit", "query", style="form", explode=True, json_content=False),
        Param("cursor", "query", style="form", explode=True, json_content=False),
    ),
    response_type=lambda: _models.ContactList,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"search": str, "tag": str, "limit": int, "cursor": str},
    paging=Paging(
        style="cursor",
        items=("data",),
        cursor_param="cursor",
        next_cursor=("meta", "next_cursor"),
        offset_param=None,
        limit_param="limit",
        total=(),
        page_param=None,
        page_count=(),
        first_page=1,
        item_id=("id",),
    ),
)

_CONTACTS_CREATE: Operation[_models.ContactResponse] = Operation(
    method="POST",
    path="/api/v1/contacts",
    params=(),
    response_type=lambda: _models.ContactResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.CreateContactRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header=None,
    auth=True,
)

_CONTACTS_RETRIEVE: Operation[_models.ContactResponse] = Operation(
    method="GET",
    path="/api/v1/contacts/{id}",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.ContactResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str},
)

_CONTACTS_UPDATE: Operation[_models.ContactResponse] = Operation(
    method="PATCH",
    path="/api/v1/contacts/{id}",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.ContactResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.UpdateContactRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str},
)


class ContactsResource:
    """Operations on contacts."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

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
        search: str | NotGiven = NOT_GIVEN,
        tag: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models.Contact]:
        """List contacts

        Required scope: `contacts:read`.

        Returns a paginated list of contacts, newest first, optionally filtered by a search term
        (name or phone) or a tag id.

        Args:
            search: Case-insensitive substring match on the contact's name or phone (not the email). Every character other than letters, digits, space, `+`, `@`, `.`, `-` and `_` is removed first.
            tag: Only contacts carrying this tag, given by its id (a UUID, e.g. a `tags[].id` of a contact), not by its name: a name makes the server fail with 500 `internal` ("Failed to list contacts"), so a non-UUID is refused before sending.
            limit: Page size. Defaults to 50 and is clamped to 1..100 by the server; a bad value (e.g. one that is not a number) silently becomes 50 rather than answering 400 (source).
            cursor: Opaque cursor from the previous page's `meta.next_cursor`; omit for the first page. It is base64url of `"<created_at>|<uuid>"` (source), not JSON as the docs' `eyJ…` example suggests; clients must not build or parse it. A malformed cursor silently restarts at the first page.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            SyncCursorPage[_models.Contact],
            _CONTACTS_LIST,
            {
                "search": search,
                "tag": tag,
                "limit": limit,
                "cursor": cursor,
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
        phone: str,
        name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        company: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.ContactResponse:
        """Find or create a contact by phone number

        Required scope: `contacts:write`.

        Find-or-create keyed on the phone number: answers 200 with the existing contact when the
        number is known, 201 with the new contact otherwise. An existing contact is matched on the
        last 8 digits of the number, so another number with the same last 8 digits returns that
        contact. On an existing contact `name`, `email` and `company` are not updated, but `tags`,
        when sent, replaces its tag set. A new contact without `name` is named after its digits.

        Args:
            phone: A phone number in any formatting: the server removes every character that is not a digit (`+`, spaces, dashes, parentheses...), then 7 to 15 digits must remain, the first not 0. The pattern says exactly that.
            name: Name of a new contact (an existing contact keeps its name).
            email: `email` (body field)
            company: `company` (body field)
            tags: Tag names (matched case-insensitively; missing tags are created). The set replaces the contact's tags, also on an existing contact.
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
                "phone": phone,
                "name": name,
                "email": email,
                "company": company,
                "tags": tags,
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
    ) -> _models.ContactResponse:
        """Retrieve a contact

        Required scope: `contacts:read`.

        Answers 404 "Contact not found" when the id is unknown, belongs to another account or is
        not a UUID (source-run).

        Args:
            id: Contact id, a UUID. Unknown, foreign and non-UUID ids answer 404 (source-run).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONTACTS_RETRIEVE,
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
        name: str | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        company: str | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.ContactResponse:
        """Update a contact

        Required scope: `contacts:write`.

        Partial update: only the keys sent are applied; `null` clears `name`, `email` or
        `company`, and `tags` replaces the tag set. The phone number cannot be changed (a `phone`
        key is ignored, source-run). An empty object is accepted and returns the contact
        unchanged. Answers 404 before any write when the id is unknown or belongs to another
        account.

        Args:
            id: Contact id, a UUID. Unknown, foreign and non-UUID ids answer 404 (source-run).
            name: New name; null clears it.
            email: New email; null clears it.
            company: New company; null clears it.
            tags: Tag names; the set replaces the contact's tags.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONTACTS_UPDATE,
            {
                "id": id,
            },
            {
                "name": name,
                "email": email,
                "company": company,
                "tags": tags,
            },
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
        search: str | NotGiven = NOT_GIVEN,
        tag: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.Contact, AsyncCursorPage[_models.Contact]]:
        """List contacts

        Required scope: `contacts:read`.

        Returns a paginated list of contacts, newest first, optionally filtered by a search term
        (name or phone) or a tag id.

        Args:
            search: Case-insensitive substring match on the contact's name or phone (not the email). Every character other than letters, digits, space, `+`, `@`, `.`, `-` and `_` is removed first.
            tag: Only contacts carrying this tag, given by its id (a UUID, e.g. a `tags[].id` of a contact), not by its name: a name makes the server fail with 500 `internal` ("Failed to list contacts"), so a non-UUID is refused before sending.
            limit: Page size. Defaults to 50 and is clamped to 1..100 by the server; a bad value (e.g. one that is not a number) silently becomes 50 rather than answering 400 (source).
            cursor: Opaque cursor from the previous page's `meta.next_cursor`; omit for the first page. It is base64url of `"<created_at>|<uuid>"` (source), not JSON as the docs' `eyJ…` example suggests; clients must not build or parse it. A malformed cursor silently restarts at the first page.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            AsyncCursorPage[_models.Contact],
            _CONTACTS_LIST,
            {
                "search": search,
                "tag": tag,
                "limit": limit,
                "cursor": cursor,
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
        phone: str,
        name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        company: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.ContactResponse:
        """Find or create a contact by phone number

        Required scope: `contacts:write`.

        Find-or-create keyed on the phone number: answers 200 with the existing contact when the
        number is known, 201 with the new contact otherwise. An existing contact is matched on the
        last 8 digits of the number, so another number with the same last 8 digits returns that
        contact. On an existing contact `name`, `email` and `company` are not updated, but `tags`,
        when sent, replaces its tag set. A new contact without `name` is named after its digits.

        Args:
            phone: A phone number in any formatting: the server removes every character that is not a digit (`+`, spaces, dashes, parentheses...), then 7 to 15 digits must remain, the first not 0. The pattern says exactly that.
            name: Name of a new contact (an existing contact keeps its name).
            email: `email` (body field)
            company: `company` (body field)
            tags: Tag names (matched case-insensitively; missing tags are created). The set replaces the contact's tags, also on an existing contact.
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
                "phone": phone,
                "name": name,
                "email": email,
                "company": company,
                "tags": tags,
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
    ) -> _models.ContactResponse:
        """Retrieve a contact

        Required scope: `contacts:read`.

        Answers 404 "Contact not found" when the id is unknown, belongs to another account or is
        not a UUID (source-run).

        Args:
            id: Contact id, a UUID. Unknown, foreign and non-UUID ids answer 404 (source-run).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONTACTS_RETRIEVE,
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
        name: str | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        company: str | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.ContactResponse:
        """Update a contact

        Required scope: `contacts:write`.

        Partial update: only the keys sent are applied; `null` clears `name`, `email` or
        `company`, and `tags` replaces the tag set. The phone number cannot be changed (a `phone`
        key is ignored, source-run). An empty object is accepted and returns the contact
        unchanged. Answers 404 before any write when the id is unknown or belongs to another
        account.

        Args:
            id: Contact id, a UUID. Unknown, foreign and non-UUID ids answer 404 (source-run).
            name: New name; null clears it.
            email: New email; null clears it.
            company: New company; null clears it.
            tags: Tag names; the set replaces the contact's tags.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONTACTS_UPDATE,
            {
                "id": id,
            },
            {
                "name": name,
                "email": email,
                "company": company,
                "tags": tags,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class ContactsResourceWithRawResponse:
    """`ContactsResource` methods that return the raw APIResponse."""

    def __init__(self, resource: ContactsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncContactsResourceWithRawResponse:
    """`AsyncContactsResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncContactsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)


class ContactsResourceWithStreamingResponse:
    """`ContactsResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: ContactsResource) -> None:
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)


class AsyncContactsResourceWithStreamingResponse:
    """`AsyncContactsResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncContactsResource) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)
