"""MessagesResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal, overload

import httpx2

from .._base_client import (
    NOT_GIVEN,
    AsyncAPIClient,
    Body,
    Headers,
    LazyModule,
    NotGiven,
    Operation,
    Query,
    SyncAPIClient,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)

if TYPE_CHECKING:
    from .. import models as _models
    from .. import params as _params
else:
    _models = LazyModule(__name__.rsplit(".", 2)[0] + ".models")  # loaded with the first call

__all__ = [
    "MessagesResource",
    "AsyncMessagesResource",
]


_MESSAGES_CREATE: Operation[_models.SendMessageResponse] = Operation(
    method="POST",
    path="/api/v1/messages",
    params=(),
    response_type=lambda: _models.SendMessageResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.SendMessageRequest,
    body_content_type="application/json",
    body_required=True,
    body_limits=((("interactive_payload", "sections"), "rows", 10),),
    idempotency_header=None,
    auth=True,
)


class MessagesResource:
    """Operations on messages."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MessagesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return MessagesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MessagesResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return MessagesResourceWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        to: str,
        text: str,
        type: Literal["text"] | NotGiven = NOT_GIVEN,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SendMessageResponse:
        """SendTextMessage"""

    @overload
    def create(
        self,
        *,
        to: str,
        type: Literal["template"],
        template: _models.SendMessageTemplate | _params.SendMessageTemplateParam,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SendMessageResponse:
        """SendTemplateMessage"""

    @overload
    def create(
        self,
        *,
        to: str,
        type: Literal["image"] | Literal["video"] | Literal["document"] | Literal["audio"],
        media_url: str,
        text: str | NotGiven = NOT_GIVEN,
        filename: str | NotGiven = NOT_GIVEN,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SendMessageResponse:
        """SendMediaMessage"""

    @overload
    def create(
        self,
        *,
        to: str,
        type: Literal["interactive"],
        interactive_payload: _models.InteractiveButtonsPayload
        | _params.InteractiveButtonsPayloadParam
        | _models.InteractiveListPayload
        | _params.InteractiveListPayloadParam,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SendMessageResponse:
        """SendInteractiveMessage"""

    def create(
        self,
        *,
        to: str | NotGiven = NOT_GIVEN,
        type: Literal["text"]
        | Literal["template"]
        | Literal["image"]
        | Literal["video"]
        | Literal["document"]
        | Literal["audio"]
        | Literal["interactive"]
        | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        template: _models.SendMessageTemplate | _params.SendMessageTemplateParam | NotGiven = NOT_GIVEN,
        media_url: str | NotGiven = NOT_GIVEN,
        filename: str | NotGiven = NOT_GIVEN,
        interactive_payload: _models.InteractiveButtonsPayload
        | _params.InteractiveButtonsPayloadParam
        | _models.InteractiveListPayload
        | _params.InteractiveListPayloadParam
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SendMessageResponse:
        """Send a WhatsApp message to a phone number

        Required scope: `messages:send`.

        Sends a message by phone number. This is the only way to send on Wacrm; there is no
        `POST /api/v1/conversations/{id}/messages`. The contact and its conversation are found or
        created; `contact_created` in the response says whether the number was new. `name` names a
        new contact and also renames an existing one whose name differs. The body is checked before
        anything is created, then `whatsapp_not_configured` is checked; a WhatsApp (Meta) failure
        happens after the contact and conversation were created. Answers 201.

        The request is not idempotent: Wacrm has no idempotency key, so a retry after a timeout may
        send the message twice. It does not emit `conversation.created`, even when it creates the
        conversation.

        Args:
            to: A phone number in any formatting: the server removes every character that is not a digit (`+`, spaces, dashes, parentheses...), then 7 to 15 digits must remain, the first not 0. The pattern says exactly that.
            type: `text`, the default when omitted.
            text: The message text.
            reply_to_message_id: Id (a Wacrm message id) of the message to reply to; it must be in the same conversation, else 400.
            name: Name for the contact: names a new contact, and also renames an existing contact whose name differs.
            template: WhatsApp template to send when `type` is `template`.
            media_url: Public URL of the media to send (required for image, video, document and audio); not checked by Wacrm, passed to WhatsApp as the media link.
            filename: File name shown for a document.
            interactive_payload: The interactive message for `type: interactive`, told apart by `kind`.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _MESSAGES_CREATE,
            {},
            {
                "to": to,
                "type": type,
                "text": text,
                "reply_to_message_id": reply_to_message_id,
                "name": name,
                "template": template,
                "media_url": media_url,
                "filename": filename,
                "interactive_payload": interactive_payload,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncMessagesResource:
    """Operations on messages."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMessagesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncMessagesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMessagesResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncMessagesResourceWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        to: str,
        text: str,
        type: Literal["text"] | NotGiven = NOT_GIVEN,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SendMessageResponse:
        """SendTextMessage"""

    @overload
    async def create(
        self,
        *,
        to: str,
        type: Literal["template"],
        template: _models.SendMessageTemplate | _params.SendMessageTemplateParam,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SendMessageResponse:
        """SendTemplateMessage"""

    @overload
    async def create(
        self,
        *,
        to: str,
        type: Literal["image"] | Literal["video"] | Literal["document"] | Literal["audio"],
        media_url: str,
        text: str | NotGiven = NOT_GIVEN,
        filename: str | NotGiven = NOT_GIVEN,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SendMessageResponse:
        """SendMediaMessage"""

    @overload
    async def create(
        self,
        *,
        to: str,
        type: Literal["interactive"],
        interactive_payload: _models.InteractiveButtonsPayload
        | _params.InteractiveButtonsPayloadParam
        | _models.InteractiveListPayload
        | _params.InteractiveListPayloadParam,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SendMessageResponse:
        """SendInteractiveMessage"""

    async def create(
        self,
        *,
        to: str | NotGiven = NOT_GIVEN,
        type: Literal["text"]
        | Literal["template"]
        | Literal["image"]
        | Literal["video"]
        | Literal["document"]
        | Literal["audio"]
        | Literal["interactive"]
        | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        template: _models.SendMessageTemplate | _params.SendMessageTemplateParam | NotGiven = NOT_GIVEN,
        media_url: str | NotGiven = NOT_GIVEN,
        filename: str | NotGiven = NOT_GIVEN,
        interactive_payload: _models.InteractiveButtonsPayload
        | _params.InteractiveButtonsPayloadParam
        | _models.InteractiveListPayload
        | _params.InteractiveListPayloadParam
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SendMessageResponse:
        """Send a WhatsApp message to a phone number

        Required scope: `messages:send`.

        Sends a message by phone number. This is the only way to send on Wacrm; there is no
        `POST /api/v1/conversations/{id}/messages`. The contact and its conversation are found or
        created; `contact_created` in the response says whether the number was new. `name` names a
        new contact and also renames an existing one whose name differs. The body is checked before
        anything is created, then `whatsapp_not_configured` is checked; a WhatsApp (Meta) failure
        happens after the contact and conversation were created. Answers 201.

        The request is not idempotent: Wacrm has no idempotency key, so a retry after a timeout may
        send the message twice. It does not emit `conversation.created`, even when it creates the
        conversation.

        Args:
            to: A phone number in any formatting: the server removes every character that is not a digit (`+`, spaces, dashes, parentheses...), then 7 to 15 digits must remain, the first not 0. The pattern says exactly that.
            type: `text`, the default when omitted.
            text: The message text.
            reply_to_message_id: Id (a Wacrm message id) of the message to reply to; it must be in the same conversation, else 400.
            name: Name for the contact: names a new contact, and also renames an existing contact whose name differs.
            template: WhatsApp template to send when `type` is `template`.
            media_url: Public URL of the media to send (required for image, video, document and audio); not checked by Wacrm, passed to WhatsApp as the media link.
            filename: File name shown for a document.
            interactive_payload: The interactive message for `type: interactive`, told apart by `kind`.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _MESSAGES_CREATE,
            {},
            {
                "to": to,
                "type": type,
                "text": text,
                "reply_to_message_id": reply_to_message_id,
                "name": name,
                "template": template,
                "media_url": media_url,
                "filename": filename,
                "interactive_payload": interactive_payload,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class MessagesResourceWithRawResponse:
    """`MessagesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: MessagesResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncMessagesResourceWithRawResponse:
    """`AsyncMessagesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncMessagesResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)


class MessagesResourceWithStreamingResponse:
    """`MessagesResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: MessagesResource) -> None:
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncMessagesResourceWithStreamingResponse:
    """`AsyncMessagesResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncMessagesResource) -> None:
        self.create = async_to_streamed_response_wrapper(resource.create)
