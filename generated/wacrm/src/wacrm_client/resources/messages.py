"""MessagesResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, Literal

import httpx

from .._base_client import (
    NOT_GIVEN,
    AsyncAPIClient,
    Headers,
    LazyModule,
    NotGiven,
    Operation,
    Query,
    SyncAPIClient,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)

if TYPE_CHECKING:
    from .. import models as _models
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

    def create(
        self,
        *,
        to: str,
        type: Literal["text", "template", "image", "video", "document", "audio"] | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        media_url: str | NotGiven = NOT_GIVEN,
        filename: str | NotGiven = NOT_GIVEN,
        template: _models.SendMessageTemplate | Dict[str, Any] | NotGiven = NOT_GIVEN,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SendMessageResponse:
        """Send a WhatsApp message to a phone number

        Required scope: `messages:send`.

        Sends a message by phone number (E.164). This is the only way to send on Wacrm; there is
        no `POST /api/v1/conversations/{id}/messages`. The response reports in `contact_created`
        whether the number was new and a contact was created.
        Answers 201. A 502 `meta_error` means the WhatsApp upstream (Meta) call failed.
        The request is not idempotent: Wacrm has no idempotency key, so a retry after a timeout may
        send the message twice.

        Args:
            to: Recipient phone number in E.164 form.
            type: `type` (body field)
            text: Message text, or the caption of a media message.
            media_url: Public URL of the media to send.
            filename: File name shown for a document.
            template: WhatsApp template to send when `type` is `template`.
            reply_to_message_id: Id of the message to reply to.
            name: Name to give the contact if the phone number is new.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
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
                "media_url": media_url,
                "filename": filename,
                "template": template,
                "reply_to_message_id": reply_to_message_id,
                "name": name,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
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

    async def create(
        self,
        *,
        to: str,
        type: Literal["text", "template", "image", "video", "document", "audio"] | NotGiven = NOT_GIVEN,
        text: str | NotGiven = NOT_GIVEN,
        media_url: str | NotGiven = NOT_GIVEN,
        filename: str | NotGiven = NOT_GIVEN,
        template: _models.SendMessageTemplate | Dict[str, Any] | NotGiven = NOT_GIVEN,
        reply_to_message_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SendMessageResponse:
        """Send a WhatsApp message to a phone number

        Required scope: `messages:send`.

        Sends a message by phone number (E.164). This is the only way to send on Wacrm; there is
        no `POST /api/v1/conversations/{id}/messages`. The response reports in `contact_created`
        whether the number was new and a contact was created.
        Answers 201. A 502 `meta_error` means the WhatsApp upstream (Meta) call failed.
        The request is not idempotent: Wacrm has no idempotency key, so a retry after a timeout may
        send the message twice.

        Args:
            to: Recipient phone number in E.164 form.
            type: `type` (body field)
            text: Message text, or the caption of a media message.
            media_url: Public URL of the media to send.
            filename: File name shown for a document.
            template: WhatsApp template to send when `type` is `template`.
            reply_to_message_id: Id of the message to reply to.
            name: Name to give the contact if the phone number is new.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to this request.
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
                "media_url": media_url,
                "filename": filename,
                "template": template,
                "reply_to_message_id": reply_to_message_id,
                "name": name,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
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
