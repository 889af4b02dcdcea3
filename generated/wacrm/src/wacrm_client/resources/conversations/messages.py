"""ConversationsMessagesResource: thin methods that describe requests.

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
from ..._pagination import AsyncCursorPage, AsyncPaginator, Paging, SyncCursorPage

if TYPE_CHECKING:
    from ... import models as _models
else:
    _models = LazyModule(__name__.rsplit(".", 3)[0] + ".models")  # loaded with the first call

__all__ = [
    "ConversationsMessagesResource",
    "AsyncConversationsMessagesResource",
]


_CONVERSATIONS_MESSAGES_LIST: Operation[_models.MessageList] = Operation(
    method="GET",
    path="/api/v1/conversations/{id}/messages",
    params=(
        Param(
            "id",
            "path",
            style="simple",
            explode=False,
            json_content=False,
            pattern="^(\\{[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7}\\}|[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7})$",
        ),
        Param("limit", "query", style="form", explode=True, json_content=False),
        Param("cursor", "query", style="form", explode=True, json_content=False),
    ),
    response_type=lambda: _models.MessageList,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str, "limit": int, "cursor": str},
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


class ConversationsMessagesResource:
    """Operations on conversations.messages."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ConversationsMessagesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return ConversationsMessagesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ConversationsMessagesResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return ConversationsMessagesResourceWithStreamingResponse(self)

    def list(
        self,
        id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models.Message]:
        """List the messages of a conversation

        Required scope: `messages:read`.

        Returns a paginated list of messages within a conversation, ordered newest first. The
        conversation is verified to belong to the key's account first: a foreign, unknown or
        non-UUID conversation id answers 404 (source-run). To show a conversation
        chronologically, reverse each page (or accumulate pages and display them in reverse-fetch
        order).

        Args:
            id: Conversation id, a UUID as Postgres reads one (hex digits in groups of four, hyphens optional, braces allowed): anything else is refused before sending, because the server answers 500 on the conversation itself (and 404 on its messages). Unknown ids and other accounts' ids answer 404.
            limit: Page size. Defaults to 50 and is clamped to 1..100 by the server; a bad value (e.g. one that is not a number) silently becomes 50 rather than answering 400 (source).
            cursor: Opaque cursor from the previous page's `meta.next_cursor`; omit for the first page. It is base64url of `"<created_at>|<uuid>"` (source), not JSON as the docs' `eyJ…` example suggests; clients must not build or parse it. A malformed cursor silently restarts at the first page.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            SyncCursorPage[_models.Message],
            _CONVERSATIONS_MESSAGES_LIST,
            {
                "id": id,
                "limit": limit,
                "cursor": cursor,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncConversationsMessagesResource:
    """Operations on conversations.messages."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncConversationsMessagesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncConversationsMessagesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncConversationsMessagesResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncConversationsMessagesResourceWithStreamingResponse(self)

    def list(
        self,
        id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.Message, AsyncCursorPage[_models.Message]]:
        """List the messages of a conversation

        Required scope: `messages:read`.

        Returns a paginated list of messages within a conversation, ordered newest first. The
        conversation is verified to belong to the key's account first: a foreign, unknown or
        non-UUID conversation id answers 404 (source-run). To show a conversation
        chronologically, reverse each page (or accumulate pages and display them in reverse-fetch
        order).

        Args:
            id: Conversation id, a UUID as Postgres reads one (hex digits in groups of four, hyphens optional, braces allowed): anything else is refused before sending, because the server answers 500 on the conversation itself (and 404 on its messages). Unknown ids and other accounts' ids answer 404.
            limit: Page size. Defaults to 50 and is clamped to 1..100 by the server; a bad value (e.g. one that is not a number) silently becomes 50 rather than answering 400 (source).
            cursor: Opaque cursor from the previous page's `meta.next_cursor`; omit for the first page. It is base64url of `"<created_at>|<uuid>"` (source), not JSON as the docs' `eyJ…` example suggests; clients must not build or parse it. A malformed cursor silently restarts at the first page.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            AsyncCursorPage[_models.Message],
            _CONVERSATIONS_MESSAGES_LIST,
            {
                "id": id,
                "limit": limit,
                "cursor": cursor,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class ConversationsMessagesResourceWithRawResponse:
    """`ConversationsMessagesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: ConversationsMessagesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncConversationsMessagesResourceWithRawResponse:
    """`AsyncConversationsMessagesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncConversationsMessagesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)


class ConversationsMessagesResourceWithStreamingResponse:
    """`ConversationsMessagesResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: ConversationsMessagesResource) -> None:
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncConversationsMessagesResourceWithStreamingResponse:
    """`AsyncConversationsMessagesResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncConversationsMessagesResource) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
