"""TagsResource: thin methods that describe requests.

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

if TYPE_CHECKING:
    from .. import models as _models
else:
    _models = LazyModule(__name__.rsplit(".", 2)[0] + ".models")  # loaded with the first call

__all__ = [
    "TagsResource",
    "AsyncTagsResource",
]


_TAGS_LIST: Operation[_models.TagList] = Operation(
    method="GET",
    path="/v1/tags",
    params=(),
    response_type=lambda: _models.TagList,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
)

_TAGS_CREATE: Operation[_models.Tag] = Operation(
    method="POST",
    path="/v1/tags",
    params=(),
    response_type=lambda: _models.Tag,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.TagNameRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header="Idempotency-Key",
    auth=True,
)

_TAGS_RETRIEVE: Operation[_models.Tag] = Operation(
    method="GET",
    path="/v1/tags/{idOrName}",
    params=(Param("idOrName", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.Tag,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"idOrName": str},
    names={"idOrName": "id_or_name"},
)

_TAGS_UPDATE: Operation[_models.Tag] = Operation(
    method="PUT",
    path="/v1/tags/{id}",
    params=(Param("id", "path", style="simple", explode=False, json_content=False, pattern="^[0-9]+$"),),
    response_type=lambda: _models.Tag,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.TagNameRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header="Idempotency-Key",
    auth=True,
    arguments=lambda: {"id": str},
)

_TAGS_DELETE: Operation[None] = Operation(
    method="DELETE",
    path="/v1/tags/{id}",
    params=(Param("id", "path", style="simple", explode=False, json_content=False, pattern="^[0-9]+$"),),
    response_type=None,
    response_kind="none",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header="Idempotency-Key",
    auth=True,
    arguments=lambda: {"id": str},
)


class TagsResource:
    """Operations on tags."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TagsResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return TagsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TagsResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return TagsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.TagList:
        """List the workspace's tags

        All tags, newest first, not paged.

        Args:
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _TAGS_LIST,
            {},
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        name: str,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Tag:
        """Create a tag

        Answers 201 with the tag. Tag names are unique in a workspace: a name that exists
        already answers 500 `INTERNAL_SERVER_ERROR` (the unique index fails; source-run), which
        the client does not retry, since a create is not retried without an idempotency key.

        Args:
            name: `name` (body field)
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _TAGS_CREATE,
            {},
            {
                "name": name,
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
        id_or_name: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Tag:
        """Retrieve a tag by id or name

        Answers `{id, name}` of the tag whose id or name is given, or 404.

        Args:
            id_or_name: A tag's numeric id or its name.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _TAGS_RETRIEVE,
            {
                "idOrName": id_or_name,
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
        name: str,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Tag:
        """Rename a tag

        Args:
            id: Tag id, a numeric string.
            name: `name` (body field)
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _TAGS_UPDATE,
            {
                "id": id,
            },
            {
                "name": name,
            },
            idempotency_key=idempotency_key,
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
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a tag

        Answers 204, also for an id that names no tag (source-run: the delete matches nothing and reports nothing), so a 204 does not say that a tag existed.

        Args:
            id: Tag id, a numeric string.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _TAGS_DELETE,
            {
                "id": id,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncTagsResource:
    """Operations on tags."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTagsResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncTagsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTagsResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncTagsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.TagList:
        """List the workspace's tags

        All tags, newest first, not paged.

        Args:
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _TAGS_LIST,
            {},
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        *,
        name: str,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Tag:
        """Create a tag

        Answers 201 with the tag. Tag names are unique in a workspace: a name that exists
        already answers 500 `INTERNAL_SERVER_ERROR` (the unique index fails; source-run), which
        the client does not retry, since a create is not retried without an idempotency key.

        Args:
            name: `name` (body field)
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _TAGS_CREATE,
            {},
            {
                "name": name,
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
        id_or_name: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Tag:
        """Retrieve a tag by id or name

        Answers `{id, name}` of the tag whose id or name is given, or 404.

        Args:
            id_or_name: A tag's numeric id or its name.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _TAGS_RETRIEVE,
            {
                "idOrName": id_or_name,
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
        name: str,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Tag:
        """Rename a tag

        Args:
            id: Tag id, a numeric string.
            name: `name` (body field)
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _TAGS_UPDATE,
            {
                "id": id,
            },
            {
                "name": name,
            },
            idempotency_key=idempotency_key,
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
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a tag

        Answers 204, also for an id that names no tag (source-run: the delete matches nothing and reports nothing), so a 204 does not say that a tag existed.

        Args:
            id: Tag id, a numeric string.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _TAGS_DELETE,
            {
                "id": id,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class TagsResourceWithRawResponse:
    """`TagsResource` methods that return the raw APIResponse."""

    def __init__(self, resource: TagsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncTagsResourceWithRawResponse:
    """`AsyncTagsResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncTagsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)


class TagsResourceWithStreamingResponse:
    """`TagsResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: TagsResource) -> None:
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)


class AsyncTagsResourceWithStreamingResponse:
    """`AsyncTagsResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncTagsResource) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
