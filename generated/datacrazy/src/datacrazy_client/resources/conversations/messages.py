"""ConversationsMessagesResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
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
from ..._pagination import AsyncOffsetPage, AsyncPaginator, Paging, SyncOffsetPage

if TYPE_CHECKING:
    from ... import models as _models
    from ... import params as _params
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
        Param("id", "path", style="simple", explode=False, json_content=False),
        Param("skip", "query", style="form", explode=True, json_content=False),
        Param("take", "query", style="form", explode=True, json_content=False),
    ),
    response_type=lambda: _models.MessageList,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str, "skip": int, "take": int},
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

_CONVERSATIONS_MESSAGES_CREATE: Operation[_models.Message] = Operation(
    method="POST",
    path="/api/v1/conversations/{id}/messages",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.Message,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.SendMessageRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str},
    names={"repliedMessageId": "replied_message_id", "scheduledDate": "scheduled_date", "isInternal": "is_internal"},
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
        skip: int | NotGiven = NOT_GIVEN,
        take: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncOffsetPage[_models.Message]:
        """List the messages of a conversation

        Known from third-party integrations only. Paged like the conversation list (`skip`,
        `take`, response `{count, data}`); the items have the shape of the Message returned by the
        send endpoint (docs).

        Args:
            id: Conversation id, an opaque string (24 hex characters in the docs' examples).
            skip: Number of items to skip (offset paging).
            take: Page size, at most 500. The API's own default is not documented. Beware: on the lead list the API silently returns `[]` above 1000 (seen live by a third-party client), so the schema's maximum keeps a call below that.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            SyncOffsetPage[_models.Message],
            _CONVERSATIONS_MESSAGES_LIST,
            {
                "id": id,
                "skip": skip,
                "take": take,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        id: str,
        *,
        body: str | NotGiven = NOT_GIVEN,
        replied_message_id: str | NotGiven = NOT_GIVEN,
        scheduled_date: datetime | str | NotGiven = NOT_GIVEN,
        is_internal: bool | NotGiven = NOT_GIVEN,
        attachments: Sequence[_models.OutgoingAttachment | _params.OutgoingAttachmentParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Message:
        """Send a message to a conversation

        "Enviar mensagem para uma conversa" (docs). The docs' body is
        `{body, repliedMessageId?, scheduledDate?, isInternal?}`; third-party integrations also
        send media as `{attachments: [...], body?, isInternal?}`. Answers 200 with the Message.
        DataCrazy has no documented idempotency mechanism: a retry may send twice.

        Args:
            id: Conversation id, an opaque string (24 hex characters in the docs' examples).
            body: Message text (the caption when attachments are sent).
            replied_message_id: Id of the message this one replies to.
            scheduled_date: Send later, at this time.
            is_internal: Internal note, not sent to the contact.
            attachments: Media to send (third-party integrations only; not on the docs page).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONVERSATIONS_MESSAGES_CREATE,
            {
                "id": id,
            },
            {
                "body": body,
                "repliedMessageId": replied_message_id,
                "scheduledDate": scheduled_date,
                "isInternal": is_internal,
                "attachments": attachments,
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
        skip: int | NotGiven = NOT_GIVEN,
        take: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.Message, AsyncOffsetPage[_models.Message]]:
        """List the messages of a conversation

        Known from third-party integrations only. Paged like the conversation list (`skip`,
        `take`, response `{count, data}`); the items have the shape of the Message returned by the
        send endpoint (docs).

        Args:
            id: Conversation id, an opaque string (24 hex characters in the docs' examples).
            skip: Number of items to skip (offset paging).
            take: Page size, at most 500. The API's own default is not documented. Beware: on the lead list the API silently returns `[]` above 1000 (seen live by a third-party client), so the schema's maximum keeps a call below that.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            AsyncOffsetPage[_models.Message],
            _CONVERSATIONS_MESSAGES_LIST,
            {
                "id": id,
                "skip": skip,
                "take": take,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        id: str,
        *,
        body: str | NotGiven = NOT_GIVEN,
        replied_message_id: str | NotGiven = NOT_GIVEN,
        scheduled_date: datetime | str | NotGiven = NOT_GIVEN,
        is_internal: bool | NotGiven = NOT_GIVEN,
        attachments: Sequence[_models.OutgoingAttachment | _params.OutgoingAttachmentParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Message:
        """Send a message to a conversation

        "Enviar mensagem para uma conversa" (docs). The docs' body is
        `{body, repliedMessageId?, scheduledDate?, isInternal?}`; third-party integrations also
        send media as `{attachments: [...], body?, isInternal?}`. Answers 200 with the Message.
        DataCrazy has no documented idempotency mechanism: a retry may send twice.

        Args:
            id: Conversation id, an opaque string (24 hex characters in the docs' examples).
            body: Message text (the caption when attachments are sent).
            replied_message_id: Id of the message this one replies to.
            scheduled_date: Send later, at this time.
            is_internal: Internal note, not sent to the contact.
            attachments: Media to send (third-party integrations only; not on the docs page).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONVERSATIONS_MESSAGES_CREATE,
            {
                "id": id,
            },
            {
                "body": body,
                "repliedMessageId": replied_message_id,
                "scheduledDate": scheduled_date,
                "isInternal": is_internal,
                "attachments": attachments,
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
        self.create = to_raw_response_wrapper(resource.create)


class AsyncConversationsMessagesResourceWithRawResponse:
    """`AsyncConversationsMessagesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncConversationsMessagesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)


class ConversationsMessagesResourceWithStreamingResponse:
    """`ConversationsMessagesResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: ConversationsMessagesResource) -> None:
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncConversationsMessagesResourceWithStreamingResponse:
    """`AsyncConversationsMessagesResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncConversationsMessagesResource) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
