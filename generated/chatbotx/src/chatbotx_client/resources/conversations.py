"""ConversationsResource and its sub-resources: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, List, Literal, cast, overload

import httpx

from .._base_client import (
    NOT_GIVEN,
    AsyncAPIClient,
    Headers,
    LazyModule,
    NotGiven,
    Operation,
    Param,
    Query,
    SyncAPIClient,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from .._pagination import AsyncCursorPage, AsyncPaginator, Paging, SyncCursorPage

if TYPE_CHECKING:
    from .. import models as _models
else:
    _models = LazyModule(__package__.rpartition(".")[0] + ".models")  # loaded with the first call

__all__ = [
    "ConversationsMessagesResource",
    "AsyncConversationsMessagesResource",
    "ConversationsResource",
    "AsyncConversationsResource",
]


_CONVERSATIONS_MESSAGES_LIST: Operation[Any] = Operation(
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
    paging=Paging(
        style="cursor",
        items=("data",),
        cursor_param="cursor",
        next_cursor=("next_cursor",),
        offset_param=None,
        limit_param="perPage",
        total=(),
    ),
)

_CONVERSATIONS_MESSAGES_CREATE: Operation[Any] = Operation(
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
)

_CONVERSATIONS_MESSAGES_RETRIEVE: Operation[Any] = Operation(
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
)

_CONVERSATIONS_LIST: Operation[Any] = Operation(
    method="GET",
    path="/v1/conversations",
    params=(
        Param("botCategory", "query", style="form", explode=True, json_content=False),
        Param("assignedId", "query", style="form", explode=True, json_content=False),
        Param("channel", "query", style="form", explode=True, json_content=False),
        Param(
            "status",
            "query",
            style="form",
            explode=True,
            json_content=True,
            model=lambda: List[Literal["noAdminReply", "unread", "followUp", "archived", "blocked"] | str],
        ),
        Param("keyword", "query", style="form", explode=True, json_content=False),
        Param("botEnabled", "query", style="form", explode=True, json_content=False),
        Param(
            "tags",
            "query",
            style="form",
            explode=True,
            json_content=True,
            model=lambda: List[Literal["noAdminReply", "unread", "followUp", "archived", "blocked"] | str],
        ),
        Param(
            "contactFilter", "query", style="form", explode=True, json_content=True, model=lambda: _models.ContactFilter
        ),
        Param("cursor", "query", style="form", explode=True, json_content=False),
        Param("perPage", "query", style="form", explode=True, json_content=False),
        Param("sort", "query", style="form", explode=True, json_content=True, model=lambda: List[_models.SortItem]),
    ),
    response_type=lambda: _models.ConversationList,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    paging=Paging(
        style="cursor",
        items=("data",),
        cursor_param="cursor",
        next_cursor=("next_cursor",),
        offset_param=None,
        limit_param="perPage",
        total=(),
    ),
)

_CONVERSATIONS_RETRIEVE: Operation[Any] = Operation(
    method="GET",
    path="/v1/conversations/{id}",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.ConversationResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
)

_CONVERSATIONS_ASSIGN: Operation[Any] = Operation(
    method="POST",
    path="/v1/conversations/{id}/assign",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.SuccessResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.AssignRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header="Idempotency-Key",
    auth=True,
)

_CONVERSATIONS_ARCHIVE: Operation[Any] = Operation(
    method="POST",
    path="/v1/conversations/{id}/archive",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.SuccessResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header="Idempotency-Key",
    auth=True,
)

_CONVERSATIONS_UNARCHIVE: Operation[Any] = Operation(
    method="POST",
    path="/v1/conversations/{id}/unarchive",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.SuccessResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header="Idempotency-Key",
    auth=True,
)

_CONVERSATIONS_READ: Operation[Any] = Operation(
    method="POST",
    path="/v1/conversations/{id}/read",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.SuccessResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header="Idempotency-Key",
    auth=True,
)

_CONVERSATIONS_UNREAD: Operation[Any] = Operation(
    method="POST",
    path="/v1/conversations/{id}/unread",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.SuccessResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header="Idempotency-Key",
    auth=True,
)

_CONVERSATIONS_FOLLOW: Operation[Any] = Operation(
    method="POST",
    path="/v1/conversations/{id}/follow",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.SuccessResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header="Idempotency-Key",
    auth=True,
)

_CONVERSATIONS_UNFOLLOW: Operation[Any] = Operation(
    method="POST",
    path="/v1/conversations/{id}/unfollow",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.SuccessResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header="Idempotency-Key",
    auth=True,
)

_CONVERSATIONS_ENABLE_BOT: Operation[Any] = Operation(
    method="POST",
    path="/v1/conversations/{id}/enable-bot",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.SuccessResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header="Idempotency-Key",
    auth=True,
)

_CONVERSATIONS_DISABLE_BOT: Operation[Any] = Operation(
    method="POST",
    path="/v1/conversations/{id}/disable-bot",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.SuccessResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header="Idempotency-Key",
    auth=True,
)


class ConversationsMessagesResource:
    """Operations on conversations.messages."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ConversationsMessagesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return ConversationsMessagesResourceWithRawResponse(self)

    def list(
        self,
        conversation_id: str,
        *,
        per_page: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
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
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "SyncCursorPage[_models.Message]",
            self._client.request_page(
                SyncCursorPage,
                _CONVERSATIONS_MESSAGES_LIST,
                {
                    "conversationId": conversation_id,
                    "perPage": per_page,
                    "cursor": cursor,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    @overload
    def create(
        self,
        conversation_id: str,
        *,
        text: str,
        inbox_id: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_created_at: datetime | str | NotGiven = NOT_GIVEN,
        is_private_reply: bool | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Message | None:
        """SendTextMessage"""

    @overload
    def create(
        self,
        conversation_id: str,
        *,
        media_file_id: str,
        inbox_id: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_created_at: datetime | str | NotGiven = NOT_GIVEN,
        is_private_reply: bool | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Message | None:
        """SendMediaFileIdMessage"""

    @overload
    def create(
        self,
        conversation_id: str,
        *,
        media_file_ids: Sequence[str],
        inbox_id: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_created_at: datetime | str | NotGiven = NOT_GIVEN,
        is_private_reply: bool | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Message | None:
        """SendMediaFileIdsMessage"""

    @overload
    def create(
        self,
        conversation_id: str,
        *,
        media_file: _models.MediaFile | Dict[str, Any],
        inbox_id: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_created_at: datetime | str | NotGiven = NOT_GIVEN,
        is_private_reply: bool | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Message | None:
        """SendMediaFileMessage"""

    @overload
    def create(
        self,
        conversation_id: str,
        *,
        flow_id: str,
        inbox_id: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_created_at: datetime | str | NotGiven = NOT_GIVEN,
        is_private_reply: bool | NotGiven = NOT_GIVEN,
        node_id: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Message | None:
        """SendFlowMessage"""

    def create(
        self,
        conversation_id: str,
        *,
        inbox_id: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_created_at: datetime | str | NotGiven = NOT_GIVEN,
        is_private_reply: bool | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        media_file_id: str | NotGiven = NOT_GIVEN,
        media_file_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        media_file: _models.MediaFile | Dict[str, Any] | NotGiven = NOT_GIVEN,
        flow_id: str | NotGiven = NOT_GIVEN,
        node_id: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Message | None:
        """Send a message in a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers
        (they send through `POST /v1/contacts/{identifier}/messages`, 204).

        The body is exactly one of five variants, distinguished by the property each requires:
        `text` alone, `mediaFileId`, `mediaFileIds` (1..10), `mediaFile`, or `flowId` (starts a
        bot flow, optionally at `nodeId`). Each accepts the common optional fields `inboxId`,
        `clientId`, `replyToMessageId`, `replyToMessageCreatedAt` and `isPrivateReply`.
        Answers 201 with the created message, or with `null` when no message row was created
        (e.g. a flow start). Send an `Idempotency-Key` to make a retry after a timeout safe.

        Args:
            conversation_id: Conversation id, a numeric string (source), e.g. `1842`.
            inbox_id: Inbox (channel) to send through.
            client_id: Client-chosen id (messages carry a `clientId` field; the stored ones are digits only, source-run).
            reply_to_message_id: Id of the message this one replies to.
            reply_to_message_created_at: `createdAt` of the message replied to.
            is_private_reply: Send as a private reply.
            text: `text` (body field)
            media_file_id: `mediaFileId` (body field)
            media_file_ids: `mediaFileIds` (body field)
            media_file: An uploaded file described inline.
            flow_id: `flowId` (body field)
            node_id: `nodeId` (body field)
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.Message | None",
            self._client.request(
                _CONVERSATIONS_MESSAGES_CREATE,
                {
                    "conversationId": conversation_id,
                },
                {
                    "inboxId": inbox_id,
                    "clientId": client_id,
                    "replyToMessageId": reply_to_message_id,
                    "replyToMessageCreatedAt": reply_to_message_created_at,
                    "isPrivateReply": is_private_reply,
                    "text": text,
                    "mediaFileId": media_file_id,
                    "mediaFileIds": media_file_ids,
                    "mediaFile": media_file,
                    "flowId": flow_id,
                    "nodeId": node_id,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def retrieve(
        self,
        conversation_id: str,
        message_id: str,
        *,
        created_at: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
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
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.Message",
            self._client.request(
                _CONVERSATIONS_MESSAGES_RETRIEVE,
                {
                    "conversationId": conversation_id,
                    "messageId": message_id,
                    "createdAt": created_at,
                },
                NOT_GIVEN,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class AsyncConversationsMessagesResource:
    """Operations on conversations.messages."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncConversationsMessagesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncConversationsMessagesResourceWithRawResponse(self)

    def list(
        self,
        conversation_id: str,
        *,
        per_page: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
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
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "AsyncPaginator[_models.Message, AsyncCursorPage[_models.Message]]",
            self._client.request_page(
                AsyncCursorPage,
                _CONVERSATIONS_MESSAGES_LIST,
                {
                    "conversationId": conversation_id,
                    "perPage": per_page,
                    "cursor": cursor,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    @overload
    async def create(
        self,
        conversation_id: str,
        *,
        text: str,
        inbox_id: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_created_at: datetime | str | NotGiven = NOT_GIVEN,
        is_private_reply: bool | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Message | None:
        """SendTextMessage"""

    @overload
    async def create(
        self,
        conversation_id: str,
        *,
        media_file_id: str,
        inbox_id: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_created_at: datetime | str | NotGiven = NOT_GIVEN,
        is_private_reply: bool | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Message | None:
        """SendMediaFileIdMessage"""

    @overload
    async def create(
        self,
        conversation_id: str,
        *,
        media_file_ids: Sequence[str],
        inbox_id: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_created_at: datetime | str | NotGiven = NOT_GIVEN,
        is_private_reply: bool | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Message | None:
        """SendMediaFileIdsMessage"""

    @overload
    async def create(
        self,
        conversation_id: str,
        *,
        media_file: _models.MediaFile | Dict[str, Any],
        inbox_id: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_created_at: datetime | str | NotGiven = NOT_GIVEN,
        is_private_reply: bool | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Message | None:
        """SendMediaFileMessage"""

    @overload
    async def create(
        self,
        conversation_id: str,
        *,
        flow_id: str,
        inbox_id: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_created_at: datetime | str | NotGiven = NOT_GIVEN,
        is_private_reply: bool | NotGiven = NOT_GIVEN,
        node_id: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Message | None:
        """SendFlowMessage"""

    async def create(
        self,
        conversation_id: str,
        *,
        inbox_id: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        reply_to_message_created_at: datetime | str | NotGiven = NOT_GIVEN,
        is_private_reply: bool | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        media_file_id: str | NotGiven = NOT_GIVEN,
        media_file_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        media_file: _models.MediaFile | Dict[str, Any] | NotGiven = NOT_GIVEN,
        flow_id: str | NotGiven = NOT_GIVEN,
        node_id: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Message | None:
        """Send a message in a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers
        (they send through `POST /v1/contacts/{identifier}/messages`, 204).

        The body is exactly one of five variants, distinguished by the property each requires:
        `text` alone, `mediaFileId`, `mediaFileIds` (1..10), `mediaFile`, or `flowId` (starts a
        bot flow, optionally at `nodeId`). Each accepts the common optional fields `inboxId`,
        `clientId`, `replyToMessageId`, `replyToMessageCreatedAt` and `isPrivateReply`.
        Answers 201 with the created message, or with `null` when no message row was created
        (e.g. a flow start). Send an `Idempotency-Key` to make a retry after a timeout safe.

        Args:
            conversation_id: Conversation id, a numeric string (source), e.g. `1842`.
            inbox_id: Inbox (channel) to send through.
            client_id: Client-chosen id (messages carry a `clientId` field; the stored ones are digits only, source-run).
            reply_to_message_id: Id of the message this one replies to.
            reply_to_message_created_at: `createdAt` of the message replied to.
            is_private_reply: Send as a private reply.
            text: `text` (body field)
            media_file_id: `mediaFileId` (body field)
            media_file_ids: `mediaFileIds` (body field)
            media_file: An uploaded file described inline.
            flow_id: `flowId` (body field)
            node_id: `nodeId` (body field)
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.Message | None",
            await self._client.request(
                _CONVERSATIONS_MESSAGES_CREATE,
                {
                    "conversationId": conversation_id,
                },
                {
                    "inboxId": inbox_id,
                    "clientId": client_id,
                    "replyToMessageId": reply_to_message_id,
                    "replyToMessageCreatedAt": reply_to_message_created_at,
                    "isPrivateReply": is_private_reply,
                    "text": text,
                    "mediaFileId": media_file_id,
                    "mediaFileIds": media_file_ids,
                    "mediaFile": media_file,
                    "flowId": flow_id,
                    "nodeId": node_id,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def retrieve(
        self,
        conversation_id: str,
        message_id: str,
        *,
        created_at: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
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
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.Message",
            await self._client.request(
                _CONVERSATIONS_MESSAGES_RETRIEVE,
                {
                    "conversationId": conversation_id,
                    "messageId": message_id,
                    "createdAt": created_at,
                },
                NOT_GIVEN,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
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


class ConversationsResource:
    """Operations on conversations."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.messages = ConversationsMessagesResource(client)

    @cached_property
    def with_raw_response(self) -> ConversationsResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return ConversationsResourceWithRawResponse(self)

    def list(
        self,
        *,
        bot_category: Literal["bot", "human", "all"] | NotGiven = NOT_GIVEN,
        assigned_id: str | None | NotGiven = NOT_GIVEN,
        channel: Literal[
            "omnichannel", "webchat", "messenger", "whatsapp", "zalo", "smtp", "telegram", "instagram", "tiktok", "api"
        ]
        | NotGiven = NOT_GIVEN,
        status: Sequence[Literal["noAdminReply", "unread", "followUp", "archived", "blocked"]] | NotGiven = NOT_GIVEN,
        keyword: str | NotGiven = NOT_GIVEN,
        bot_enabled: Literal["true", "false"] | NotGiven = NOT_GIVEN,
        tags: Sequence[Literal["noAdminReply", "unread", "followUp", "archived", "blocked"]] | NotGiven = NOT_GIVEN,
        contact_filter: _models.ContactFilter | Dict[str, Any] | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        per_page: int | NotGiven = NOT_GIVEN,
        sort: Sequence[_models.SortItem | Dict[str, Any]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models.Conversation]:
        """List conversations

        Required token scope: `inbox` (read-only tokens allowed). Older servers have this route
        too (the only conversation route they serve).

        Ordered by last activity, newest first (source); the `sort` parameter is accepted but
        ignored. The filters are read by the server as described on each parameter, which differs
        from the docs page: `status`, `tags`, `contactFilter` and `sort` are each ONE query value
        holding JSON (URL-encoded), e.g. `status=["unread","followUp"]`, not `status[]=` and not
        repeated keys. JSON that does not parse is silently ignored, so a wrongly encoded filter
        returns unfiltered results without any error; valid JSON of the wrong shape answers 400.

        Args:
            bot_category: Conversations handled by the bot, by humans, or all.
            assigned_id: Only conversations assigned to this user (`u_<user id>`), this inbox team (`t_<inbox team id>`), or to nobody (`unassigned`). The server silently ignores any other value (unfiltered results, no error), so the pattern refuses them here. The docs say `string | null`; how a null would be written in the query string is not recorded.
            channel: Only conversations on this channel. `api` (the API channel) exists only on newer servers (source-variant); older servers and the docs page do not have it (source-run).
            status: ONE query value holding a JSON array (URL-encoded), e.g. `status=["unread","followUp"]` (source). The docs page suggests an array parameter; the server does not read `status[]=` or repeated keys. JSON that does not parse is silently ignored (unfiltered results, no error). Older servers decode it but do not filter by it (source-run).
            keyword: Free-text search.
            bot_enabled: Only conversations with the bot enabled (`"true"`) or disabled (`"false"`). The docs say `boolean | null`, but the server compares the raw query string with the literals `true` and `false` (source), so it is modelled as a string enum: a serializer that writes booleans as `True` or `1` would not be understood.
            tags: ONE query value holding a JSON array (URL-encoded), like `status` (source). Both the source notes and the docs page give it the same value set as `status`. JSON that does not parse is silently ignored (unfiltered results, no error); older servers filter by it correctly (source-run).
            contact_filter: ONE query value holding a JSON object (URL-encoded) that filters on contact fields: `{operator, conditions}`, each condition a member of the union keyed on `field` (`ContactFilterCondition`). JSON that does not parse is silently ignored (unfiltered results, no error); valid JSON of the wrong shape answers 400 (source-run).
            cursor: Opaque cursor from the previous page's `nextCursor` (base64 of JSON `{lastActivityAt, id}` in the version read; do not build or parse it). Omit for the first page.
            per_page: Page size, an integer >= 1, default 20 (source). The docs allow up to 9007199254740991 (JavaScript's largest safe integer), i.e. no meaningful maximum.
            sort: ONE query value holding a JSON array `[{id, desc}]` (URL-encoded). Accepted but ignored: the order is always last activity, newest first (source).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "SyncCursorPage[_models.Conversation]",
            self._client.request_page(
                SyncCursorPage,
                _CONVERSATIONS_LIST,
                {
                    "botCategory": bot_category,
                    "assignedId": assigned_id,
                    "channel": channel,
                    "status": status,
                    "keyword": keyword,
                    "botEnabled": bot_enabled,
                    "tags": tags,
                    "contactFilter": contact_filter,
                    "cursor": cursor,
                    "perPage": per_page,
                    "sort": sort,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.ConversationResponse:
        """Retrieve a conversation

        Required token scope: `inbox` (read-only tokens allowed). Not on older servers.

        Answers 404 `notFound` when the conversation does not exist in the workspace.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.ConversationResponse",
            self._client.request(
                _CONVERSATIONS_RETRIEVE,
                {
                    "id": id,
                },
                NOT_GIVEN,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def assign(
        self,
        id: str,
        *,
        assigned_id: str | None,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Assign or unassign a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        `assignedId` is `u_<user id>` for a user or `t_<inbox team id>` for an inbox team; null
        unassigns. The newer server refuses any other shape (422); some versions accept any
        non-empty string and silently unassign when it has neither prefix.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            assigned_id: `u_<user id>` for a user or `t_<inbox team id>` for an inbox team; null unassigns.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.SuccessResponse",
            self._client.request(
                _CONVERSATIONS_ASSIGN,
                {
                    "id": id,
                },
                {
                    "assignedId": assigned_id,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def archive(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Archive a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Archives the conversation. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.SuccessResponse",
            self._client.request(
                _CONVERSATIONS_ARCHIVE,
                {
                    "id": id,
                },
                NOT_GIVEN,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def unarchive(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Unarchive a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Moves an archived conversation back to the inbox. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.SuccessResponse",
            self._client.request(
                _CONVERSATIONS_UNARCHIVE,
                {
                    "id": id,
                },
                NOT_GIVEN,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def read(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Mark a conversation as read

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Marks the conversation as read. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.SuccessResponse",
            self._client.request(
                _CONVERSATIONS_READ,
                {
                    "id": id,
                },
                NOT_GIVEN,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def unread(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Mark a conversation as unread

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Marks the conversation as unread. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.SuccessResponse",
            self._client.request(
                _CONVERSATIONS_UNREAD,
                {
                    "id": id,
                },
                NOT_GIVEN,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def follow(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Follow a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Follows the conversation. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.SuccessResponse",
            self._client.request(
                _CONVERSATIONS_FOLLOW,
                {
                    "id": id,
                },
                NOT_GIVEN,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def unfollow(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Unfollow a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Stops following the conversation. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.SuccessResponse",
            self._client.request(
                _CONVERSATIONS_UNFOLLOW,
                {
                    "id": id,
                },
                NOT_GIVEN,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def enable_bot(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Enable the bot on a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Lets the bot answer in this conversation again. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.SuccessResponse",
            self._client.request(
                _CONVERSATIONS_ENABLE_BOT,
                {
                    "id": id,
                },
                NOT_GIVEN,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def disable_bot(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Disable the bot on a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Stops the bot from answering in this conversation (humans take over). Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.SuccessResponse",
            self._client.request(
                _CONVERSATIONS_DISABLE_BOT,
                {
                    "id": id,
                },
                NOT_GIVEN,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
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

    def list(
        self,
        *,
        bot_category: Literal["bot", "human", "all"] | NotGiven = NOT_GIVEN,
        assigned_id: str | None | NotGiven = NOT_GIVEN,
        channel: Literal[
            "omnichannel", "webchat", "messenger", "whatsapp", "zalo", "smtp", "telegram", "instagram", "tiktok", "api"
        ]
        | NotGiven = NOT_GIVEN,
        status: Sequence[Literal["noAdminReply", "unread", "followUp", "archived", "blocked"]] | NotGiven = NOT_GIVEN,
        keyword: str | NotGiven = NOT_GIVEN,
        bot_enabled: Literal["true", "false"] | NotGiven = NOT_GIVEN,
        tags: Sequence[Literal["noAdminReply", "unread", "followUp", "archived", "blocked"]] | NotGiven = NOT_GIVEN,
        contact_filter: _models.ContactFilter | Dict[str, Any] | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        per_page: int | NotGiven = NOT_GIVEN,
        sort: Sequence[_models.SortItem | Dict[str, Any]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.Conversation, AsyncCursorPage[_models.Conversation]]:
        """List conversations

        Required token scope: `inbox` (read-only tokens allowed). Older servers have this route
        too (the only conversation route they serve).

        Ordered by last activity, newest first (source); the `sort` parameter is accepted but
        ignored. The filters are read by the server as described on each parameter, which differs
        from the docs page: `status`, `tags`, `contactFilter` and `sort` are each ONE query value
        holding JSON (URL-encoded), e.g. `status=["unread","followUp"]`, not `status[]=` and not
        repeated keys. JSON that does not parse is silently ignored, so a wrongly encoded filter
        returns unfiltered results without any error; valid JSON of the wrong shape answers 400.

        Args:
            bot_category: Conversations handled by the bot, by humans, or all.
            assigned_id: Only conversations assigned to this user (`u_<user id>`), this inbox team (`t_<inbox team id>`), or to nobody (`unassigned`). The server silently ignores any other value (unfiltered results, no error), so the pattern refuses them here. The docs say `string | null`; how a null would be written in the query string is not recorded.
            channel: Only conversations on this channel. `api` (the API channel) exists only on newer servers (source-variant); older servers and the docs page do not have it (source-run).
            status: ONE query value holding a JSON array (URL-encoded), e.g. `status=["unread","followUp"]` (source). The docs page suggests an array parameter; the server does not read `status[]=` or repeated keys. JSON that does not parse is silently ignored (unfiltered results, no error). Older servers decode it but do not filter by it (source-run).
            keyword: Free-text search.
            bot_enabled: Only conversations with the bot enabled (`"true"`) or disabled (`"false"`). The docs say `boolean | null`, but the server compares the raw query string with the literals `true` and `false` (source), so it is modelled as a string enum: a serializer that writes booleans as `True` or `1` would not be understood.
            tags: ONE query value holding a JSON array (URL-encoded), like `status` (source). Both the source notes and the docs page give it the same value set as `status`. JSON that does not parse is silently ignored (unfiltered results, no error); older servers filter by it correctly (source-run).
            contact_filter: ONE query value holding a JSON object (URL-encoded) that filters on contact fields: `{operator, conditions}`, each condition a member of the union keyed on `field` (`ContactFilterCondition`). JSON that does not parse is silently ignored (unfiltered results, no error); valid JSON of the wrong shape answers 400 (source-run).
            cursor: Opaque cursor from the previous page's `nextCursor` (base64 of JSON `{lastActivityAt, id}` in the version read; do not build or parse it). Omit for the first page.
            per_page: Page size, an integer >= 1, default 20 (source). The docs allow up to 9007199254740991 (JavaScript's largest safe integer), i.e. no meaningful maximum.
            sort: ONE query value holding a JSON array `[{id, desc}]` (URL-encoded). Accepted but ignored: the order is always last activity, newest first (source).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "AsyncPaginator[_models.Conversation, AsyncCursorPage[_models.Conversation]]",
            self._client.request_page(
                AsyncCursorPage,
                _CONVERSATIONS_LIST,
                {
                    "botCategory": bot_category,
                    "assignedId": assigned_id,
                    "channel": channel,
                    "status": status,
                    "keyword": keyword,
                    "botEnabled": bot_enabled,
                    "tags": tags,
                    "contactFilter": contact_filter,
                    "cursor": cursor,
                    "perPage": per_page,
                    "sort": sort,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.ConversationResponse:
        """Retrieve a conversation

        Required token scope: `inbox` (read-only tokens allowed). Not on older servers.

        Answers 404 `notFound` when the conversation does not exist in the workspace.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.ConversationResponse",
            await self._client.request(
                _CONVERSATIONS_RETRIEVE,
                {
                    "id": id,
                },
                NOT_GIVEN,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def assign(
        self,
        id: str,
        *,
        assigned_id: str | None,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Assign or unassign a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        `assignedId` is `u_<user id>` for a user or `t_<inbox team id>` for an inbox team; null
        unassigns. The newer server refuses any other shape (422); some versions accept any
        non-empty string and silently unassign when it has neither prefix.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            assigned_id: `u_<user id>` for a user or `t_<inbox team id>` for an inbox team; null unassigns.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.SuccessResponse",
            await self._client.request(
                _CONVERSATIONS_ASSIGN,
                {
                    "id": id,
                },
                {
                    "assignedId": assigned_id,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def archive(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Archive a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Archives the conversation. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.SuccessResponse",
            await self._client.request(
                _CONVERSATIONS_ARCHIVE,
                {
                    "id": id,
                },
                NOT_GIVEN,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def unarchive(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Unarchive a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Moves an archived conversation back to the inbox. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.SuccessResponse",
            await self._client.request(
                _CONVERSATIONS_UNARCHIVE,
                {
                    "id": id,
                },
                NOT_GIVEN,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def read(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Mark a conversation as read

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Marks the conversation as read. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.SuccessResponse",
            await self._client.request(
                _CONVERSATIONS_READ,
                {
                    "id": id,
                },
                NOT_GIVEN,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def unread(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Mark a conversation as unread

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Marks the conversation as unread. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.SuccessResponse",
            await self._client.request(
                _CONVERSATIONS_UNREAD,
                {
                    "id": id,
                },
                NOT_GIVEN,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def follow(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Follow a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Follows the conversation. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.SuccessResponse",
            await self._client.request(
                _CONVERSATIONS_FOLLOW,
                {
                    "id": id,
                },
                NOT_GIVEN,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def unfollow(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Unfollow a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Stops following the conversation. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.SuccessResponse",
            await self._client.request(
                _CONVERSATIONS_UNFOLLOW,
                {
                    "id": id,
                },
                NOT_GIVEN,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def enable_bot(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Enable the bot on a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Lets the bot answer in this conversation again. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.SuccessResponse",
            await self._client.request(
                _CONVERSATIONS_ENABLE_BOT,
                {
                    "id": id,
                },
                NOT_GIVEN,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def disable_bot(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Disable the bot on a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Stops the bot from answering in this conversation (humans take over). Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return cast(  # the runtime returns Any; the spec says what it is
            "_models.SuccessResponse",
            await self._client.request(
                _CONVERSATIONS_DISABLE_BOT,
                {
                    "id": id,
                },
                NOT_GIVEN,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class ConversationsResourceWithRawResponse:
    """`ConversationsResource` methods that return the raw APIResponse."""

    def __init__(self, resource: ConversationsResource) -> None:
        self.messages = ConversationsMessagesResourceWithRawResponse(resource.messages)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.assign = to_raw_response_wrapper(resource.assign)
        self.archive = to_raw_response_wrapper(resource.archive)
        self.unarchive = to_raw_response_wrapper(resource.unarchive)
        self.read = to_raw_response_wrapper(resource.read)
        self.unread = to_raw_response_wrapper(resource.unread)
        self.follow = to_raw_response_wrapper(resource.follow)
        self.unfollow = to_raw_response_wrapper(resource.unfollow)
        self.enable_bot = to_raw_response_wrapper(resource.enable_bot)
        self.disable_bot = to_raw_response_wrapper(resource.disable_bot)


class AsyncConversationsResourceWithRawResponse:
    """`AsyncConversationsResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncConversationsResource) -> None:
        self.messages = AsyncConversationsMessagesResourceWithRawResponse(resource.messages)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.assign = async_to_raw_response_wrapper(resource.assign)
        self.archive = async_to_raw_response_wrapper(resource.archive)
        self.unarchive = async_to_raw_response_wrapper(resource.unarchive)
        self.read = async_to_raw_response_wrapper(resource.read)
        self.unread = async_to_raw_response_wrapper(resource.unread)
        self.follow = async_to_raw_response_wrapper(resource.follow)
        self.unfollow = async_to_raw_response_wrapper(resource.unfollow)
        self.enable_bot = async_to_raw_response_wrapper(resource.enable_bot)
        self.disable_bot = async_to_raw_response_wrapper(resource.disable_bot)
