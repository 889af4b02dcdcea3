"""ConversationsResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from collections.abc import Sequence
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
        Param("skip", "query", style="form", explode=True, json_content=False),
        Param("take", "query", style="form", explode=True, json_content=False),
        Param("search", "query", style="form", explode=True, json_content=False),
        Param("filter[stages]", "query", style="form", explode=False, json_content=False),
        Param("filter[departments]", "query", style="form", explode=False, json_content=False),
        Param("filter[instances]", "query", style="form", explode=False, json_content=False),
        Param("filter[attendants]", "query", style="form", explode=False, json_content=False),
        Param("filter[tags]", "query", style="form", explode=False, json_content=False),
        Param("filter[status]", "query", style="form", explode=True, json_content=False),
        Param("filter[openWindow]", "query", style="form", explode=True, json_content=False),
        Param("filter[opened]", "query", style="form", explode=True, json_content=False),
    ),
    response_type=lambda: _models.ConversationList,
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
        "filter[stages]": Sequence[str],
        "filter[departments]": Sequence[str],
        "filter[instances]": Sequence[str],
        "filter[attendants]": Sequence[str],
        "filter[tags]": Sequence[str],
        "filter[status]": Literal["automation", "waiting", "opened", "error", "finished", "unstarted"],
        "filter[openWindow]": Literal["last24h", "all"],
        "filter[opened]": bool,
    },
    names={
        "filter[stages]": "filter_stages",
        "filter[departments]": "filter_departments",
        "filter[instances]": "filter_instances",
        "filter[attendants]": "filter_attendants",
        "filter[tags]": "filter_tags",
        "filter[status]": "filter_status",
        "filter[openWindow]": "filter_open_window",
        "filter[opened]": "filter_opened",
    },
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

_CONVERSATIONS_FINISH: Operation[Any] = Operation(
    method="POST",
    path="/api/v1/conversations/{id}/finish",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.FinishResult,
    response_kind="json",
    unwrap_root=True,
    accept="application/json",
    empty_ok=True,
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
        skip: int | NotGiven = NOT_GIVEN,
        take: int | NotGiven = NOT_GIVEN,
        search: str | NotGiven = NOT_GIVEN,
        filter_stages: Sequence[str] | NotGiven = NOT_GIVEN,
        filter_departments: Sequence[str] | NotGiven = NOT_GIVEN,
        filter_instances: Sequence[str] | NotGiven = NOT_GIVEN,
        filter_attendants: Sequence[str] | NotGiven = NOT_GIVEN,
        filter_tags: Sequence[str] | NotGiven = NOT_GIVEN,
        filter_status: Literal["automation", "waiting", "opened", "error", "finished", "unstarted"]
        | NotGiven = NOT_GIVEN,
        filter_open_window: Literal["last24h", "all"] | NotGiven = NOT_GIVEN,
        filter_opened: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[_models.Conversation]:
        """List conversations

        The route and the response shape `{count, data}` are from the docs; the query parameters
        are known only from third-party integrations (graded on each parameter).

        Offset paging: `count` is the total, so stop when `skip + len(data) >= count` or when a
        page comes back empty.

        Args:
            skip: Number of items to skip (offset paging).
            take: Page size, at most 500. The API's own default is not documented. Beware: on the lead list the API silently returns `[]` above 1000 (seen live by a third-party client), so the schema's maximum keeps a call below that.
            search: Free-text search.
            filter_stages: Comma-separated list of pipeline stage ids.
            filter_departments: Comma-separated list of department ids.
            filter_instances: Comma-separated list of instance (channel connection) ids.
            filter_attendants: Comma-separated list of attendant ids.
            filter_tags: Comma-separated list of tag ids.
            filter_status: Only conversations in this state.
            filter_open_window: `last24h` or `all`. The name suggests the 24-hour messaging window; the exact semantics are not documented.
            filter_opened: Boolean filter named `opened` by integrations; its exact meaning is not documented.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            SyncOffsetPage[_models.Conversation],
            _CONVERSATIONS_LIST,
            {
                "skip": skip,
                "take": take,
                "search": search,
                "filter[stages]": filter_stages,
                "filter[departments]": filter_departments,
                "filter[instances]": filter_instances,
                "filter[attendants]": filter_attendants,
                "filter[tags]": filter_tags,
                "filter[status]": filter_status,
                "filter[openWindow]": filter_open_window,
                "filter[opened]": filter_opened,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def finish(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Finish (close) a conversation

        Known from third-party integrations only: closes the conversation. Takes no request body.
        The success body is not documented; clients should not rely on it.

        Args:
            id: Conversation id, an opaque string (24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONVERSATIONS_FINISH,
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
        skip: int | NotGiven = NOT_GIVEN,
        take: int | NotGiven = NOT_GIVEN,
        search: str | NotGiven = NOT_GIVEN,
        filter_stages: Sequence[str] | NotGiven = NOT_GIVEN,
        filter_departments: Sequence[str] | NotGiven = NOT_GIVEN,
        filter_instances: Sequence[str] | NotGiven = NOT_GIVEN,
        filter_attendants: Sequence[str] | NotGiven = NOT_GIVEN,
        filter_tags: Sequence[str] | NotGiven = NOT_GIVEN,
        filter_status: Literal["automation", "waiting", "opened", "error", "finished", "unstarted"]
        | NotGiven = NOT_GIVEN,
        filter_open_window: Literal["last24h", "all"] | NotGiven = NOT_GIVEN,
        filter_opened: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.Conversation, AsyncOffsetPage[_models.Conversation]]:
        """List conversations

        The route and the response shape `{count, data}` are from the docs; the query parameters
        are known only from third-party integrations (graded on each parameter).

        Offset paging: `count` is the total, so stop when `skip + len(data) >= count` or when a
        page comes back empty.

        Args:
            skip: Number of items to skip (offset paging).
            take: Page size, at most 500. The API's own default is not documented. Beware: on the lead list the API silently returns `[]` above 1000 (seen live by a third-party client), so the schema's maximum keeps a call below that.
            search: Free-text search.
            filter_stages: Comma-separated list of pipeline stage ids.
            filter_departments: Comma-separated list of department ids.
            filter_instances: Comma-separated list of instance (channel connection) ids.
            filter_attendants: Comma-separated list of attendant ids.
            filter_tags: Comma-separated list of tag ids.
            filter_status: Only conversations in this state.
            filter_open_window: `last24h` or `all`. The name suggests the 24-hour messaging window; the exact semantics are not documented.
            filter_opened: Boolean filter named `opened` by integrations; its exact meaning is not documented.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            AsyncOffsetPage[_models.Conversation],
            _CONVERSATIONS_LIST,
            {
                "skip": skip,
                "take": take,
                "search": search,
                "filter[stages]": filter_stages,
                "filter[departments]": filter_departments,
                "filter[instances]": filter_instances,
                "filter[attendants]": filter_attendants,
                "filter[tags]": filter_tags,
                "filter[status]": filter_status,
                "filter[openWindow]": filter_open_window,
                "filter[opened]": filter_opened,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def finish(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Finish (close) a conversation

        Known from third-party integrations only: closes the conversation. Takes no request body.
        The success body is not documented; clients should not rely on it.

        Args:
            id: Conversation id, an opaque string (24 hex characters in the docs' examples).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONVERSATIONS_FINISH,
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
        self.finish = to_raw_response_wrapper(resource.finish)


class AsyncConversationsResourceWithRawResponse:
    """`AsyncConversationsResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncConversationsResource) -> None:
        self.messages = AsyncConversationsMessagesResourceWithRawResponse(resource.messages)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.finish = async_to_raw_response_wrapper(resource.finish)


class ConversationsResourceWithStreamingResponse:
    """`ConversationsResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: ConversationsResource) -> None:
        self.messages = ConversationsMessagesResourceWithStreamingResponse(resource.messages)
        self.list = to_streamed_response_wrapper(resource.list)
        self.finish = to_streamed_response_wrapper(resource.finish)


class AsyncConversationsResourceWithStreamingResponse:
    """`AsyncConversationsResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncConversationsResource) -> None:
        self.messages = AsyncConversationsMessagesResourceWithStreamingResponse(resource.messages)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.finish = async_to_streamed_response_wrapper(resource.finish)
