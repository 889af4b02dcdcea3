"""ContactsTagsResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from collections.abc import Sequence
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

if TYPE_CHECKING:
    from ... import models as _models
else:
    _models = LazyModule(__name__.rsplit(".", 3)[0] + ".models")  # loaded with the first call

__all__ = [
    "ContactsTagsResource",
    "AsyncContactsTagsResource",
]


_CONTACTS_TAGS_LIST: Operation[_models.TagList] = Operation(
    method="GET",
    path="/v1/contacts/{identifier}/tags",
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
    response_type=lambda: _models.TagList,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"identifier": str},
)

_CONTACTS_TAGS_ADD: Operation[None] = Operation(
    method="POST",
    path="/v1/contacts/{identifier}/tags",
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
    body_type=lambda: _models.ContactTagIdsRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header="Idempotency-Key",
    auth=True,
    arguments=lambda: {"identifier": str},
    names={"tagIds": "tag_ids"},
)

_CONTACTS_TAGS_REMOVE: Operation[None] = Operation(
    method="DELETE",
    path="/v1/contacts/{identifier}/tags",
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
    body_type=lambda: _models.ContactTagIdsRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header="Idempotency-Key",
    auth=True,
    arguments=lambda: {"identifier": str},
    names={"tagIds": "tag_ids"},
)


class ContactsTagsResource:
    """Operations on contacts.tags."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ContactsTagsResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return ContactsTagsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ContactsTagsResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return ContactsTagsResourceWithStreamingResponse(self)

    def list(
        self,
        identifier: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.TagList:
        """List the tags on a contact

        Required token scope: `contacts` (read-only tokens allowed). Older servers have this route
        too. Not paged.

        Args:
            identifier: The contact, with its prefix: `id:<numeric id>`, `email:<address>` or `phone:<number>` (both generations). A bare id, email or number is not found (404), so it is refused before sending.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONTACTS_TAGS_LIST,
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

    def add(
        self,
        identifier: str,
        *,
        tag_ids: Sequence[str],
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Attach tags to a contact

        Required token scope: `contacts`; read-only tokens are refused. Older servers have this
        route too. Attaches the tags by id (tags already on the contact stay); answers 204.

        Args:
            identifier: The contact, with its prefix: `id:<numeric id>`, `email:<address>` or `phone:<number>` (both generations). A bare id, email or number is not found (404), so it is refused before sending.
            tag_ids: Tag ids (numeric strings), up to 100 (see `tags.list`).
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONTACTS_TAGS_ADD,
            {
                "identifier": identifier,
            },
            {
                "tagIds": tag_ids,
            },
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def remove(
        self,
        identifier: str,
        *,
        tag_ids: Sequence[str],
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Detach tags from a contact

        Required token scope: `contacts`; read-only tokens are refused. Older servers have this
        route too. The tag ids go in a JSON body (a DELETE with a body: oRPC reads the input of
        a DELETE from the body); tags not on the contact are ignored; answers 204.

        Args:
            identifier: The contact, with its prefix: `id:<numeric id>`, `email:<address>` or `phone:<number>` (both generations). A bare id, email or number is not found (404), so it is refused before sending.
            tag_ids: Tag ids (numeric strings), up to 100 (see `tags.list`).
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONTACTS_TAGS_REMOVE,
            {
                "identifier": identifier,
            },
            {
                "tagIds": tag_ids,
            },
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncContactsTagsResource:
    """Operations on contacts.tags."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncContactsTagsResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncContactsTagsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncContactsTagsResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncContactsTagsResourceWithStreamingResponse(self)

    async def list(
        self,
        identifier: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.TagList:
        """List the tags on a contact

        Required token scope: `contacts` (read-only tokens allowed). Older servers have this route
        too. Not paged.

        Args:
            identifier: The contact, with its prefix: `id:<numeric id>`, `email:<address>` or `phone:<number>` (both generations). A bare id, email or number is not found (404), so it is refused before sending.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONTACTS_TAGS_LIST,
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

    async def add(
        self,
        identifier: str,
        *,
        tag_ids: Sequence[str],
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Attach tags to a contact

        Required token scope: `contacts`; read-only tokens are refused. Older servers have this
        route too. Attaches the tags by id (tags already on the contact stay); answers 204.

        Args:
            identifier: The contact, with its prefix: `id:<numeric id>`, `email:<address>` or `phone:<number>` (both generations). A bare id, email or number is not found (404), so it is refused before sending.
            tag_ids: Tag ids (numeric strings), up to 100 (see `tags.list`).
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONTACTS_TAGS_ADD,
            {
                "identifier": identifier,
            },
            {
                "tagIds": tag_ids,
            },
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def remove(
        self,
        identifier: str,
        *,
        tag_ids: Sequence[str],
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Detach tags from a contact

        Required token scope: `contacts`; read-only tokens are refused. Older servers have this
        route too. The tag ids go in a JSON body (a DELETE with a body: oRPC reads the input of
        a DELETE from the body); tags not on the contact are ignored; answers 204.

        Args:
            identifier: The contact, with its prefix: `id:<numeric id>`, `email:<address>` or `phone:<number>` (both generations). A bare id, email or number is not found (404), so it is refused before sending.
            tag_ids: Tag ids (numeric strings), up to 100 (see `tags.list`).
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONTACTS_TAGS_REMOVE,
            {
                "identifier": identifier,
            },
            {
                "tagIds": tag_ids,
            },
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class ContactsTagsResourceWithRawResponse:
    """`ContactsTagsResource` methods that return the raw APIResponse."""

    def __init__(self, resource: ContactsTagsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.add = to_raw_response_wrapper(resource.add)
        self.remove = to_raw_response_wrapper(resource.remove)


class AsyncContactsTagsResourceWithRawResponse:
    """`AsyncContactsTagsResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncContactsTagsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.add = async_to_raw_response_wrapper(resource.add)
        self.remove = async_to_raw_response_wrapper(resource.remove)


class ContactsTagsResourceWithStreamingResponse:
    """`ContactsTagsResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: ContactsTagsResource) -> None:
        self.list = to_streamed_response_wrapper(resource.list)
        self.add = to_streamed_response_wrapper(resource.add)
        self.remove = to_streamed_response_wrapper(resource.remove)


class AsyncContactsTagsResourceWithStreamingResponse:
    """`AsyncContactsTagsResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncContactsTagsResource) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.add = async_to_streamed_response_wrapper(resource.add)
        self.remove = async_to_streamed_response_wrapper(resource.remove)
