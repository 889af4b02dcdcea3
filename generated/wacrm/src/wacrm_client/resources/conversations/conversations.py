"""ConversationsResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

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
from ..._pagination import AsyncCursorPage, AsyncPaginator, Paging, SyncCursorPage
from .messages import (
    AsyncConversationsMessagesResource,
    AsyncConversationsMessagesResourceWithRawResponse,
    AsyncConversationsMessagesResourceWithStreamingResponse,
    ConversationsMessagesResource,
    ConversationsMessagesResourceWithRawResponse,
    ConversationsMessagesResourceWithStreamingResponse,
)

if TYPE_CHECKING:
    from ... import models as _models
else:
    _models = LazyModule(__name__.rsplit(".", 3)[0] + ".models")  # loaded with the first call

__all__ = [
    "ConversationsResource",
    "AsyncConversationsResource",
]


_CONVERSATIONS_LIST: Operation[_models.ConversationList] = Operation(
    method="GET",
    path="/api/v1/conversations",
    params=(
        Param("status", "query", style="form", explode=True, json_content=False),
        Param(
            "contact_id",
            "query",
            style="form",
            explode=True,
            json_content=False,
            pattern="^(\\{[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7}\\}|[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7})$",
        ),
        Param("limit", "query", style="form", explode=True, json_content=False),
        Param("cursor", "query", style="form", explode=True, json_content=False),
    ),
    response_type=lambda: _models.ConversationList,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"status": Literal["open", "pending", "closed"], "contact_id": str, "limit": int, "cursor": str},
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

_CONVERSATIONS_RETRIEVE: Operation[_models.ConversationResponse] = Operation(
    method="GET",
    path="/api/v1/conversations/{id}",
    params=(
        Param(
            "id",
            "path",
            style="simple",
            explode=False,
            json_content=False,
            pattern="^(\\{[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7}\\}|[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7})$",
        ),
    ),
    response_type=lambda: _models.ConversationResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str},
)


class ConversationsResource:
    """Operations on conversations."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.messages = ConversationsMessagesResource(client)

    @cached_property
    def with_raw_response(self) -> ConversationsResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return ConversationsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ConversationsResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return ConversationsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        status: Literal["open", "pending", "closed"] | NotGiven = NOT_GIVEN,
        contact_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models.Conversation]:
        """List conversations

        Required scope: `conversations:read`.

        Returns a paginated list of conversations ordered newest first (by `(created_at, id)`,
        source). Each conversation embeds its contact record along with the contact's full tag set.
        `status` is passed to the database unchecked: any other value simply matches nothing. A
        `contact_id` that is not a UUID answers 500 `internal` (source). The route never answers
        400: a bad `limit` becomes 50 and a malformed cursor restarts at the first page
        (route.ts L23-66; lib/api/v1/pagination.ts L44-48, L71-89).

        Args:
            status: Only conversations with this status: open, pending or closed.
            contact_id: Only conversations belonging to this contact id, a UUID. A value that is not a UUID makes the server fail with 500 `internal` ("Failed to list conversations"), so it is refused before sending.
            limit: Page size. Defaults to 50 and is clamped to 1..100 by the server; a bad value (e.g. one that is not a number) silently becomes 50 rather than answering 400 (source).
            cursor: Opaque cursor from the previous page's `meta.next_cursor`; omit for the first page. It is base64url of `"<created_at>|<uuid>"` (source), not JSON as the docs' `eyJ…` example suggests; clients must not build or parse it. A malformed cursor silently restarts at the first page.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            SyncCursorPage[_models.Conversation],
            _CONVERSATIONS_LIST,
            {
                "status": status,
                "contact_id": contact_id,
                "limit": limit,
                "cursor": cursor,
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
    ) -> _models.ConversationResponse:
        """Retrieve a conversation

        Required scope: `conversations:read`.

        Returns a single conversation, including the embedded contact and tags. Answers 404 when
        the id is unknown or belongs to another account, and 500 `internal` ("Failed to read
        conversation") when the id is not a UUID (source-run: the error branch comes before the
        404).

        Args:
            id: Conversation id, a UUID as Postgres reads one (hex digits in groups of four, hyphens optional, braces allowed): anything else is refused before sending, because the server answers 500 on the conversation itself (and 404 on its messages). Unknown ids and other accounts' ids answer 404.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONVERSATIONS_RETRIEVE,
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


class AsyncConversationsResource:
    """Operations on conversations."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.messages = AsyncConversationsMessagesResource(client)

    @cached_property
    def with_raw_response(self) -> AsyncConversationsResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncConversationsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncConversationsResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncConversationsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        status: Literal["open", "pending", "closed"] | NotGiven = NOT_GIVEN,
        contact_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.Conversation, AsyncCursorPage[_models.Conversation]]:
        """List conversations

        Required scope: `conversations:read`.

        Returns a paginated list of conversations ordered newest first (by `(created_at, id)`,
        source). Each conversation embeds its contact record along with the contact's full tag set.
        `status` is passed to the database unchecked: any other value simply matches nothing. A
        `contact_id` that is not a UUID answers 500 `internal` (source). The route never answers
        400: a bad `limit` becomes 50 and a malformed cursor restarts at the first page
        (route.ts L23-66; lib/api/v1/pagination.ts L44-48, L71-89).

        Args:
            status: Only conversations with this status: open, pending or closed.
            contact_id: Only conversations belonging to this contact id, a UUID. A value that is not a UUID makes the server fail with 500 `internal` ("Failed to list conversations"), so it is refused before sending.
            limit: Page size. Defaults to 50 and is clamped to 1..100 by the server; a bad value (e.g. one that is not a number) silently becomes 50 rather than answering 400 (source).
            cursor: Opaque cursor from the previous page's `meta.next_cursor`; omit for the first page. It is base64url of `"<created_at>|<uuid>"` (source), not JSON as the docs' `eyJ…` example suggests; clients must not build or parse it. A malformed cursor silently restarts at the first page.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            AsyncCursorPage[_models.Conversation],
            _CONVERSATIONS_LIST,
            {
                "status": status,
                "contact_id": contact_id,
                "limit": limit,
                "cursor": cursor,
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
    ) -> _models.ConversationResponse:
        """Retrieve a conversation

        Required scope: `conversations:read`.

        Returns a single conversation, including the embedded contact and tags. Answers 404 when
        the id is unknown or belongs to another account, and 500 `internal` ("Failed to read
        conversation") when the id is not a UUID (source-run: the error branch comes before the
        404).

        Args:
            id: Conversation id, a UUID as Postgres reads one (hex digits in groups of four, hyphens optional, braces allowed): anything else is refused before sending, because the server answers 500 on the conversation itself (and 404 on its messages). Unknown ids and other accounts' ids answer 404.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONVERSATIONS_RETRIEVE,
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


class ConversationsResourceWithRawResponse:
    """`ConversationsResource` methods that return the raw APIResponse."""

    def __init__(self, resource: ConversationsResource) -> None:
        self.messages = ConversationsMessagesResourceWithRawResponse(resource.messages)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncConversationsResourceWithRawResponse:
    """`AsyncConversationsResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncConversationsResource) -> None:
        self.messages = AsyncConversationsMessagesResourceWithRawResponse(resource.messages)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class ConversationsResourceWithStreamingResponse:
    """`ConversationsResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: ConversationsResource) -> None:
        self.messages = ConversationsMessagesResourceWithStreamingResponse(resource.messages)
        self.list = to_streamed_response_wrapper(resource.list)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncConversationsResourceWithStreamingResponse:
    """`AsyncConversationsResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncConversationsResource) -> None:
        self.messages = AsyncConversationsMessagesResourceWithStreamingResponse(resource.messages)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
