"""BroadcastsResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    from .. import params as _params
else:
    _models = LazyModule(__name__.rsplit(".", 2)[0] + ".models")  # loaded with the first call

__all__ = [
    "BroadcastsResource",
    "AsyncBroadcastsResource",
]


_BROADCASTS_CREATE: Operation[_models.BroadcastAcceptedResponse] = Operation(
    method="POST",
    path="/api/v1/broadcasts",
    params=(),
    response_type=lambda: _models.BroadcastAcceptedResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.CreateBroadcastRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header=None,
    auth=True,
)

_BROADCASTS_RETRIEVE: Operation[_models.BroadcastResponse] = Operation(
    method="GET",
    path="/api/v1/broadcasts/{id}",
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
    response_type=lambda: _models.BroadcastResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str},
)


class BroadcastsResource:
    """Operations on broadcasts."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BroadcastsResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return BroadcastsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BroadcastsResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return BroadcastsResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        template_name: str,
        recipients: Sequence[_models.BroadcastRecipient | _params.BroadcastRecipientParam],
        name: str | NotGiven = NOT_GIVEN,
        template_language: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.BroadcastAcceptedResponse:
        """Send a template broadcast to many phone numbers

        Required scope: `broadcasts:send`.

        Sends one approved WhatsApp template to up to 1000 recipients per request. Invalid numbers
        are dropped and counted in `rejected` (they do not fail the request); every valid
        recipient is found or created as a contact, and recipients that resolve to the same
        contact are sent once (the first wins, not counted anywhere). Answers 202 once the
        broadcast is planned; the messages go out after the response, sequentially, within 60 s:
        a large batch can be cut off, leaving the broadcast `sending`. Poll
        `GET /api/v1/broadcasts/{id}` for the counts.

        Not idempotent: a retry launches a second broadcast.

        Args:
            name: Broadcast name; `API broadcast (<template_name>)` when omitted.
            template_name: Approved WhatsApp template to send.
            template_language: Template language; `en_US` when omitted.
            recipients: 1 to 1000 recipients per request.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _BROADCASTS_CREATE,
            {},
            {
                "name": name,
                "template_name": template_name,
                "template_language": template_language,
                "recipients": recipients,
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
    ) -> _models.BroadcastResponse:
        """Retrieve a broadcast and its delivery counts

        Required scope: `broadcasts:send` (there is no read scope for broadcasts).

        Answers 404 "Broadcast not found" for an unknown or foreign id, and 500 `internal` for an
        id that is not a UUID.

        Args:
            id: Broadcast id (`broadcast_id` of the create answer), a UUID. Unknown or foreign ids answer 404; a non-UUID answers 500 (app/api/v1/broadcasts/[id]/route.ts), so it is refused before sending.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _BROADCASTS_RETRIEVE,
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


class AsyncBroadcastsResource:
    """Operations on broadcasts."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBroadcastsResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncBroadcastsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBroadcastsResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncBroadcastsResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        template_name: str,
        recipients: Sequence[_models.BroadcastRecipient | _params.BroadcastRecipientParam],
        name: str | NotGiven = NOT_GIVEN,
        template_language: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.BroadcastAcceptedResponse:
        """Send a template broadcast to many phone numbers

        Required scope: `broadcasts:send`.

        Sends one approved WhatsApp template to up to 1000 recipients per request. Invalid numbers
        are dropped and counted in `rejected` (they do not fail the request); every valid
        recipient is found or created as a contact, and recipients that resolve to the same
        contact are sent once (the first wins, not counted anywhere). Answers 202 once the
        broadcast is planned; the messages go out after the response, sequentially, within 60 s:
        a large batch can be cut off, leaving the broadcast `sending`. Poll
        `GET /api/v1/broadcasts/{id}` for the counts.

        Not idempotent: a retry launches a second broadcast.

        Args:
            name: Broadcast name; `API broadcast (<template_name>)` when omitted.
            template_name: Approved WhatsApp template to send.
            template_language: Template language; `en_US` when omitted.
            recipients: 1 to 1000 recipients per request.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _BROADCASTS_CREATE,
            {},
            {
                "name": name,
                "template_name": template_name,
                "template_language": template_language,
                "recipients": recipients,
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
    ) -> _models.BroadcastResponse:
        """Retrieve a broadcast and its delivery counts

        Required scope: `broadcasts:send` (there is no read scope for broadcasts).

        Answers 404 "Broadcast not found" for an unknown or foreign id, and 500 `internal` for an
        id that is not a UUID.

        Args:
            id: Broadcast id (`broadcast_id` of the create answer), a UUID. Unknown or foreign ids answer 404; a non-UUID answers 500 (app/api/v1/broadcasts/[id]/route.ts), so it is refused before sending.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _BROADCASTS_RETRIEVE,
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


class BroadcastsResourceWithRawResponse:
    """`BroadcastsResource` methods that return the raw APIResponse."""

    def __init__(self, resource: BroadcastsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncBroadcastsResourceWithRawResponse:
    """`AsyncBroadcastsResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncBroadcastsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class BroadcastsResourceWithStreamingResponse:
    """`BroadcastsResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: BroadcastsResource) -> None:
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncBroadcastsResourceWithStreamingResponse:
    """`AsyncBroadcastsResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncBroadcastsResource) -> None:
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
