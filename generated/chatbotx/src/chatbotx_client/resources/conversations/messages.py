"""ConversationsMessagesResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal, overload

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
    AsyncCursorPage,
    AsyncPaginator,
    Paging,
    SyncCursorPage,
)

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
    path="/v1/conversations/{conversationId}/messages",
    params=(
        Param("conversationId", "path", style="simple", explode=False, json_content=False),
        Param("perPage", "query", style="form", explode=True, json_content=False),
        Param("cursor", "query", style="form", explode=True, json_content=False),
    ),
    response_type=lambda: _models.MessageList,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"conversationId": str, "perPage": int, "cursor": str},
    names={"conversationId": "conversation_id", "perPage": "per_page"},
    paging=Paging(
        style="cursor",
        items=("data",),
        cursor_param="cursor",
        next_cursor=("next_cursor",),
        offset_param=None,
        limit_param="perPage",
        total=(),
        page_param=None,
        page_count=(),
        first_page=1,
        item_id=("id",),
    ),
)

_CONVERSATIONS_MESSAGES_CREATE: Operation[_models.Message | None] = Operation(
    method="POST",
    path="/v1/conversations/{conversationId}/messages",
    params=(Param("conversationId", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.SentMessage,
    response_kind="json",
    unwrap_root=True,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.SendMessageRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header="Idempotency-Key",
    auth=True,
    arguments=lambda: {"conversationId": str},
    names={
        "conversationId": "conversation_id",
        "inboxId": "inbox_id",
        "clientId": "client_id",
        "sendFrom": "send_from",
        "flowId": "flow_id",
        "nodeId": "node_id",
    },
)

_CONVERSATIONS_MESSAGES_RETRIEVE: Operation[_models.Message] = Operation(
    method="GET",
    path="/v1/conversations/{conversationId}/messages/{messageId}",
    params=(
        Param("conversationId", "path", style="simple", explode=False, json_content=False),
        Param("messageId", "path", style="simple", explode=False, json_content=False),
        Param("createdAt", "query", style="form", explode=True, json_content=False),
    ),
    response_type=lambda: _models.Message,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"conversationId": str, "messageId": str, "createdAt": str},
    names={"conversationId": "conversation_id", "messageId": "message_id", "createdAt": "created_at"},
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
        conversation_id: str,
        *,
        per_page: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models.Message]:
        """List the messages of a conversation

        Required token scope: `inbox` (read-only tokens allowed). Not on older servers (they list
        a contact's messages at `GET /v1/contacts/{identifier}/messages` instead).

        Answers 404 when the conversation is unknown.

        Args:
            conversation_id: Conversation id, a numeric string (source), e.g. `1842`.
            per_page: Page size, default 20, at most 50 in the version read (source).
            cursor: Opaque cursor from the previous page's `nextCursor` (base64 of JSON `{lastActivityAt, id}` in the version read; do not build or parse it). Omit for the first page.
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
                "conversationId": conversation_id,
                "perPage": per_page,
                "cursor": cursor,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    @overload
    def create(
        self,
        conversation_id: str,
        *,
        text: str,
        inbox_id: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        send_from: Literal["inbox"] | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Message | None:
        """SendTextMessage"""

    @overload
    def create(
        self,
        conversation_id: str,
        *,
        flow_id: str,
        inbox_id: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        send_from: Literal["inbox"] | NotGiven = NOT_GIVEN,
        node_id: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Message | None:
        """SendFlowMessage"""

    def create(
        self,
        conversation_id: str,
        *,
        inbox_id: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        send_from: Literal["inbox"] | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        flow_id: str | NotGiven = NOT_GIVEN,
        node_id: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Message | None:
        """Send a message in a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers
        (they send through `POST /v1/contacts/{identifier}/messages`, 204).

        The body is one of three variants (mutation.ts @034b2335): `text` (1..1000 characters),
        `flowId` (starts a bot flow, optionally at `nodeId`), both as JSON, or files, sent as
        `multipart/form-data` (parts named `files[]`, each at most 5 MB). Each takes the optional
        `inboxId`, `clientId` and `sendFrom: inbox`. A generated client's method sends the JSON
        variants (a body with several media types is sent as its JSON one); the files variant is
        described here for what the server takes. Answers 201 with the created
        message, or with `null` when no message row was created (e.g. a flow start). Send an
        `Idempotency-Key` to make a retry after a timeout safe.

        Args:
            conversation_id: Conversation id, a numeric string (source), e.g. `1842`.
            inbox_id: Inbox (channel) to send through; omitted, the last channel the contact used.
            client_id: Client-chosen id, digits only (a bigint as a string).
            send_from: `inbox`: sent as from the inbox UI.
            text: 1 to 1000 characters once trimmed (the server trims it first).
            flow_id: `flowId` (body field)
            node_id: `nodeId` (body field)
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONVERSATIONS_MESSAGES_CREATE,
            {
                "conversationId": conversation_id,
            },
            {
                "inboxId": inbox_id,
                "clientId": client_id,
                "sendFrom": send_from,
                "text": text,
                "flowId": flow_id,
                "nodeId": node_id,
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
        conversation_id: str,
        message_id: str,
        *,
        created_at: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Message:
        """Retrieve one message of a conversation

        Required token scope: `inbox` (read-only tokens allowed). Not on older servers.

        Messages are stored sharded by time, so the message's `createdAt` is required, exactly as
        the message list returned it. Answers 404 when the message belongs to another
        conversation.

        Args:
            conversation_id: Conversation id, a numeric string (source), e.g. `1842`.
            message_id: Message id, a numeric string.
            created_at: The message's `createdAt`, exactly as the message list returned it (messages are stored sharded by time, so the id alone does not find it).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONVERSATIONS_MESSAGES_RETRIEVE,
            {
                "conversationId": conversation_id,
                "messageId": message_id,
                "createdAt": created_at,
            },
            NOT_GIVEN,
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
        conversation_id: str,
        *,
        per_page: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.Message, AsyncCursorPage[_models.Message]]:
        """List the messages of a conversation

        Required token scope: `inbox` (read-only tokens allowed). Not on older servers (they list
        a contact's messages at `GET /v1/contacts/{identifier}/messages` instead).

        Answers 404 when the conversation is unknown.

        Args:
            conversation_id: Conversation id, a numeric string (source), e.g. `1842`.
            per_page: Page size, default 20, at most 50 in the version read (source).
            cursor: Opaque cursor from the previous page's `nextCursor` (base64 of JSON `{lastActivityAt, id}` in the version read; do not build or parse it). Omit for the first page.
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
                "conversationId": conversation_id,
                "perPage": per_page,
                "cursor": cursor,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    @overload
    async def create(
        self,
        conversation_id: str,
        *,
        text: str,
        inbox_id: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        send_from: Literal["inbox"] | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Message | None:
        """SendTextMessage"""

    @overload
    async def create(
        self,
        conversation_id: str,
        *,
        flow_id: str,
        inbox_id: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        send_from: Literal["inbox"] | NotGiven = NOT_GIVEN,
        node_id: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Message | None:
        """SendFlowMessage"""

    async def create(
        self,
        conversation_id: str,
        *,
        inbox_id: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        send_from: Literal["inbox"] | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        flow_id: str | NotGiven = NOT_GIVEN,
        node_id: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Message | None:
        """Send a message in a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers
        (they send through `POST /v1/contacts/{identifier}/messages`, 204).

        The body is one of three variants (mutation.ts @034b2335): `text` (1..1000 characters),
        `flowId` (starts a bot flow, optionally at `nodeId`), both as JSON, or files, sent as
        `multipart/form-data` (parts named `files[]`, each at most 5 MB). Each takes the optional
        `inboxId`, `clientId` and `sendFrom: inbox`. A generated client's method sends the JSON
        variants (a body with several media types is sent as its JSON one); the files variant is
        described here for what the server takes. Answers 201 with the created
        message, or with `null` when no message row was created (e.g. a flow start). Send an
        `Idempotency-Key` to make a retry after a timeout safe.

        Args:
            conversation_id: Conversation id, a numeric string (source), e.g. `1842`.
            inbox_id: Inbox (channel) to send through; omitted, the last channel the contact used.
            client_id: Client-chosen id, digits only (a bigint as a string).
            send_from: `inbox`: sent as from the inbox UI.
            text: 1 to 1000 characters once trimmed (the server trims it first).
            flow_id: `flowId` (body field)
            node_id: `nodeId` (body field)
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONVERSATIONS_MESSAGES_CREATE,
            {
                "conversationId": conversation_id,
            },
            {
                "inboxId": inbox_id,
                "clientId": client_id,
                "sendFrom": send_from,
                "text": text,
                "flowId": flow_id,
                "nodeId": node_id,
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
        conversation_id: str,
        message_id: str,
        *,
        created_at: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Message:
        """Retrieve one message of a conversation

        Required token scope: `inbox` (read-only tokens allowed). Not on older servers.

        Messages are stored sharded by time, so the message's `createdAt` is required, exactly as
        the message list returned it. Answers 404 when the message belongs to another
        conversation.

        Args:
            conversation_id: Conversation id, a numeric string (source), e.g. `1842`.
            message_id: Message id, a numeric string.
            created_at: The message's `createdAt`, exactly as the message list returned it (messages are stored sharded by time, so the id alone does not find it).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONVERSATIONS_MESSAGES_RETRIEVE,
            {
                "conversationId": conversation_id,
                "messageId": message_id,
                "createdAt": created_at,
            },
            NOT_GIVEN,
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
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncConversationsMessagesResourceWithRawResponse:
    """`AsyncConversationsMessagesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncConversationsMessagesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class ConversationsMessagesResourceWithStreamingResponse:
    """`ConversationsMessagesResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: ConversationsMessagesResource) -> None:
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncConversationsMessagesResourceWithStreamingResponse:
    """`AsyncConversationsMessagesResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncConversationsMessagesResource) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
