"""WebhooksResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses. `unwrap` and `verify_signature` check
webhook deliveries with `_webhooks`, as the spec's `x-webhook-signature` describes their signatures.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

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
from .._webhooks import SignatureScheme, WebhookEvent, WebhookHeaders
from .._webhooks import Webhooks as WebhookTable

if TYPE_CHECKING:
    from .. import models as _models
else:
    _models = LazyModule(__name__.rsplit(".", 2)[0] + ".models")  # loaded with the first call

__all__ = [
    "WebhooksResource",
    "AsyncWebhooksResource",
]


_WEBHOOKS_LIST: Operation[_models.WebhookEndpointList] = Operation(
    method="GET",
    path="/api/v1/webhooks",
    params=(),
    response_type=lambda: _models.WebhookEndpointList,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
)

_WEBHOOKS_CREATE: Operation[_models.CreatedWebhookEndpointResponse] = Operation(
    method="POST",
    path="/api/v1/webhooks",
    params=(),
    response_type=lambda: _models.CreatedWebhookEndpointResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.CreateWebhookRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header=None,
    auth=True,
)

_WEBHOOKS_RETRIEVE: Operation[_models.WebhookEndpointResponse] = Operation(
    method="GET",
    path="/api/v1/webhooks/{id}",
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
    response_type=lambda: _models.WebhookEndpointResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str},
)

_WEBHOOKS_DELETE: Operation[_models.DeletedWebhookResponse] = Operation(
    method="DELETE",
    path="/api/v1/webhooks/{id}",
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
    response_type=lambda: _models.DeletedWebhookResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str},
)

_WEBHOOKS_UPDATE: Operation[_models.WebhookEndpointResponse] = Operation(
    method="PATCH",
    path="/api/v1/webhooks/{id}",
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
    response_type=lambda: _models.WebhookEndpointResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.UpdateWebhookRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str},
)

_WEBHOOK_SIGNATURE = SignatureScheme(
    header="X-Wacrm-Signature",
    value="t={timestamp},v1={signature}",
    separator=",",
    signed="{timestamp}.{body}",
    algorithm="sha256",
    encoding="hex",
    tolerance=300,
    timestamp_header=None,
    id_header=None,
    secret_encoding="utf-8",
    secret_prefix=None,
)

_WEBHOOKS: WebhookTable[
    _models.MessageReceivedEvent | _models.MessageStatusUpdatedEvent | _models.ConversationCreatedEvent
] = WebhookTable(
    (
        WebhookEvent(
            "message.received",
            lambda: _models.MessageReceivedEvent,
            value="message.received",
            scheme=_WEBHOOK_SIGNATURE,
            unwrap_root=False,
        ),
        WebhookEvent(
            "message.status_updated",
            lambda: _models.MessageStatusUpdatedEvent,
            value="message.status_updated",
            scheme=_WEBHOOK_SIGNATURE,
            unwrap_root=False,
        ),
        WebhookEvent(
            "conversation.created",
            lambda: _models.ConversationCreatedEvent,
            value="conversation.created",
            scheme=_WEBHOOK_SIGNATURE,
            unwrap_root=False,
        ),
    ),
    discriminator="event",
    default_scheme=_WEBHOOK_SIGNATURE,
)


class Webhooks:
    """Webhook deliveries checked and parsed on their own: no API key, no base URL, no connection.

        webhooks = Webhooks(secret=...)  # or the WACRM_WEBHOOK_SECRET environment variable
        event = webhooks.unwrap(request_body, request_headers)

    The client's `webhooks` resource offers the same `unwrap` and `verify_signature`.
    """

    def __init__(self, *, secret: str | None = None, tolerance: float | None = None) -> None:
        """`secret`: the endpoint's signing secret (default: WACRM_WEBHOOK_SECRET, read at each call);
        `tolerance`: seconds a signed timestamp may be away from now (default: the spec's)."""
        self._secret = secret
        self._tolerance = tolerance

    def __repr__(self) -> str:
        return "Webhooks(secret=***)" if self._secret else "Webhooks()"

    def unwrap(
        self,
        payload: str | bytes,
        headers: WebhookHeaders,
        *,
        secret: str | None = None,
        tolerance: float | None = None,
    ) -> _models.MessageReceivedEvent | _models.MessageStatusUpdatedEvent | _models.ConversationCreatedEvent:
        """A webhook delivery as its typed event, once its signature checks out (for a signed event).

        Args:
            payload: the request body exactly as received (bytes, or the text of those bytes).
            headers: the request's headers: a dict, a list of pairs or a framework's headers; any case.
            secret: the endpoint's signing secret; defaults to the verifier's, else the WACRM_WEBHOOK_SECRET environment variable.
            tolerance: seconds a signed timestamp may be away from now; defaults to the spec's.

        Raises:
            InvalidWebhookSignatureError: the signature is missing, malformed, wrong or too old.
            WebhookSecretError: a signed event, and no secret to check it with.
            UnknownWebhookEventError: an event the spec does not declare (checked as the spec's default says).
            InvalidWebhookPayloadError: the body is not JSON or does not match its event's schema.
        """
        return _WEBHOOKS.unwrap(
            payload,
            headers,
            secret=self._secret if secret is None else secret,
            tolerance=self._tolerance if tolerance is None else tolerance,
            drift=None,
        )

    def verify_signature(
        self,
        payload: str | bytes,
        headers: WebhookHeaders,
        *,
        secret: str | None = None,
        tolerance: float | None = None,
    ) -> None:
        """Check a delivery's signature as its event's scheme says, without parsing it into an event.

        Same arguments as `unwrap`. Raises InvalidWebhookSignatureError unless the delivery carries a
        valid signature (also for an event the spec declares unsigned), WebhookSecretError without a secret.
        """
        _WEBHOOKS.verify_signature(
            payload,
            headers,
            secret=self._secret if secret is None else secret,
            tolerance=self._tolerance if tolerance is None else tolerance,
        )


class WebhooksResource:
    """Operations on webhooks."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> WebhooksResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return WebhooksResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> WebhooksResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return WebhooksResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WebhookEndpointList:
        """List the account's webhook endpoints

        Required scope: `webhooks:manage`.

        Every endpoint of the account, newest first, in one answer: there is no paging and
        `meta.next_cursor` is always null. The signing secret is never returned here.

        Args:
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _WEBHOOKS_LIST,
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
        url: str,
        events: Sequence[Literal["message.received", "message.status_updated", "conversation.created"]],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.CreatedWebhookEndpointResponse:
        """Register a webhook endpoint

        Required scope: `webhooks:manage`.

        Registers an `https://` URL for one or more of the three events. The URL is stored
        normalised (`https://example.com` becomes `https://example.com/`). The answer carries the
        signing secret `whsec_…`: it is returned only here and cannot be read or rotated later.
        There is no limit on endpoints per account and no duplicate-URL check. Private or
        localhost URLs are accepted here and refused at each delivery (counted as a failure); the
        docs say they are rejected, the source rejects them per delivery.

        Args:
            url: An `https://` URL (anything else answers 400).
            events: One or more known event names (no wildcard).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _WEBHOOKS_CREATE,
            {},
            {
                "url": url,
                "events": events,
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
    ) -> _models.WebhookEndpointResponse:
        """Retrieve a webhook endpoint

        Required scope: `webhooks:manage`.

        Answers 404 "Webhook not found" for an unknown or foreign id, and 500 `internal` for an
        id that is not a UUID.

        Args:
            id: Webhook endpoint id, a UUID. Unknown or foreign ids answer 404; a non-UUID answers 500 (app/api/v1/webhooks/[id]/route.ts), so it is refused before sending.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _WEBHOOKS_RETRIEVE,
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

    def delete(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.DeletedWebhookResponse:
        """Delete a webhook endpoint

        Required scope: `webhooks:manage`.

        Answers 200 with the id and `deleted: true` (not 204), or 404 when no endpoint matched.

        Args:
            id: Webhook endpoint id, a UUID. Unknown or foreign ids answer 404; a non-UUID answers 500 (app/api/v1/webhooks/[id]/route.ts), so it is refused before sending.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _WEBHOOKS_DELETE,
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

    def update(
        self,
        id: str,
        *,
        url: str | NotGiven = NOT_GIVEN,
        events: Sequence[Literal["message.received", "message.status_updated", "conversation.created"]]
        | NotGiven = NOT_GIVEN,
        is_active: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WebhookEndpointResponse:
        """Update a webhook endpoint

        Required scope: `webhooks:manage`.

        Changes the URL, the events or `is_active`; at least one of them must be sent (else 400
        "No updatable fields provided"). `is_active: true` re-enables a disabled endpoint and
        resets `failure_count` to 0. The secret cannot be changed. Answers 404 when no endpoint
        matched.

        Args:
            id: Webhook endpoint id, a UUID. Unknown or foreign ids answer 404; a non-UUID answers 500 (app/api/v1/webhooks/[id]/route.ts), so it is refused before sending.
            url: A new `https://` URL.
            events: `events` (body field)
            is_active: `true` re-enables the endpoint and resets `failure_count`.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _WEBHOOKS_UPDATE,
            {
                "id": id,
            },
            {
                "url": url,
                "events": events,
                "is_active": is_active,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def unwrap(
        self,
        payload: str | bytes,
        headers: WebhookHeaders,
        *,
        secret: str | None = None,
        tolerance: float | None = None,
    ) -> _models.MessageReceivedEvent | _models.MessageStatusUpdatedEvent | _models.ConversationCreatedEvent:
        """A webhook delivery as its typed event, once its signature checks out (for a signed event).

        Args:
            payload: the request body exactly as received (bytes, or the text of those bytes).
            headers: the request's headers: a dict, a list of pairs or a framework's headers; any case.
            secret: the endpoint's signing secret; defaults to the verifier's, else the WACRM_WEBHOOK_SECRET environment variable.
            tolerance: seconds a signed timestamp may be away from now; defaults to the spec's.

        Raises:
            InvalidWebhookSignatureError: the signature is missing, malformed, wrong or too old.
            WebhookSecretError: a signed event, and no secret to check it with.
            UnknownWebhookEventError: an event the spec does not declare (checked as the spec's default says).
            InvalidWebhookPayloadError: the body is not JSON or does not match its event's schema.
        """
        return _WEBHOOKS.unwrap(payload, headers, secret=secret, tolerance=tolerance, drift=self._client.drift_log)

    def verify_signature(
        self,
        payload: str | bytes,
        headers: WebhookHeaders,
        *,
        secret: str | None = None,
        tolerance: float | None = None,
    ) -> None:
        """Check a delivery's signature as its event's scheme says, without parsing it into an event.

        Same arguments as `unwrap`. Raises InvalidWebhookSignatureError unless the delivery carries a
        valid signature (also for an event the spec declares unsigned), WebhookSecretError without a secret.
        """
        _WEBHOOKS.verify_signature(payload, headers, secret=secret, tolerance=tolerance)


class AsyncWebhooksResource:
    """Operations on webhooks."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWebhooksResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncWebhooksResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncWebhooksResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncWebhooksResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WebhookEndpointList:
        """List the account's webhook endpoints

        Required scope: `webhooks:manage`.

        Every endpoint of the account, newest first, in one answer: there is no paging and
        `meta.next_cursor` is always null. The signing secret is never returned here.

        Args:
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _WEBHOOKS_LIST,
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
        url: str,
        events: Sequence[Literal["message.received", "message.status_updated", "conversation.created"]],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.CreatedWebhookEndpointResponse:
        """Register a webhook endpoint

        Required scope: `webhooks:manage`.

        Registers an `https://` URL for one or more of the three events. The URL is stored
        normalised (`https://example.com` becomes `https://example.com/`). The answer carries the
        signing secret `whsec_…`: it is returned only here and cannot be read or rotated later.
        There is no limit on endpoints per account and no duplicate-URL check. Private or
        localhost URLs are accepted here and refused at each delivery (counted as a failure); the
        docs say they are rejected, the source rejects them per delivery.

        Args:
            url: An `https://` URL (anything else answers 400).
            events: One or more known event names (no wildcard).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _WEBHOOKS_CREATE,
            {},
            {
                "url": url,
                "events": events,
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
    ) -> _models.WebhookEndpointResponse:
        """Retrieve a webhook endpoint

        Required scope: `webhooks:manage`.

        Answers 404 "Webhook not found" for an unknown or foreign id, and 500 `internal` for an
        id that is not a UUID.

        Args:
            id: Webhook endpoint id, a UUID. Unknown or foreign ids answer 404; a non-UUID answers 500 (app/api/v1/webhooks/[id]/route.ts), so it is refused before sending.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _WEBHOOKS_RETRIEVE,
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

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.DeletedWebhookResponse:
        """Delete a webhook endpoint

        Required scope: `webhooks:manage`.

        Answers 200 with the id and `deleted: true` (not 204), or 404 when no endpoint matched.

        Args:
            id: Webhook endpoint id, a UUID. Unknown or foreign ids answer 404; a non-UUID answers 500 (app/api/v1/webhooks/[id]/route.ts), so it is refused before sending.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _WEBHOOKS_DELETE,
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

    async def update(
        self,
        id: str,
        *,
        url: str | NotGiven = NOT_GIVEN,
        events: Sequence[Literal["message.received", "message.status_updated", "conversation.created"]]
        | NotGiven = NOT_GIVEN,
        is_active: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.WebhookEndpointResponse:
        """Update a webhook endpoint

        Required scope: `webhooks:manage`.

        Changes the URL, the events or `is_active`; at least one of them must be sent (else 400
        "No updatable fields provided"). `is_active: true` re-enables a disabled endpoint and
        resets `failure_count` to 0. The secret cannot be changed. Answers 404 when no endpoint
        matched.

        Args:
            id: Webhook endpoint id, a UUID. Unknown or foreign ids answer 404; a non-UUID answers 500 (app/api/v1/webhooks/[id]/route.ts), so it is refused before sending.
            url: A new `https://` URL.
            events: `events` (body field)
            is_active: `true` re-enables the endpoint and resets `failure_count`.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _WEBHOOKS_UPDATE,
            {
                "id": id,
            },
            {
                "url": url,
                "events": events,
                "is_active": is_active,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def unwrap(
        self,
        payload: str | bytes,
        headers: WebhookHeaders,
        *,
        secret: str | None = None,
        tolerance: float | None = None,
    ) -> _models.MessageReceivedEvent | _models.MessageStatusUpdatedEvent | _models.ConversationCreatedEvent:
        """A webhook delivery as its typed event, once its signature checks out (for a signed event).

        Args:
            payload: the request body exactly as received (bytes, or the text of those bytes).
            headers: the request's headers: a dict, a list of pairs or a framework's headers; any case.
            secret: the endpoint's signing secret; defaults to the verifier's, else the WACRM_WEBHOOK_SECRET environment variable.
            tolerance: seconds a signed timestamp may be away from now; defaults to the spec's.

        Raises:
            InvalidWebhookSignatureError: the signature is missing, malformed, wrong or too old.
            WebhookSecretError: a signed event, and no secret to check it with.
            UnknownWebhookEventError: an event the spec does not declare (checked as the spec's default says).
            InvalidWebhookPayloadError: the body is not JSON or does not match its event's schema.
        """
        return _WEBHOOKS.unwrap(payload, headers, secret=secret, tolerance=tolerance, drift=self._client.drift_log)

    def verify_signature(
        self,
        payload: str | bytes,
        headers: WebhookHeaders,
        *,
        secret: str | None = None,
        tolerance: float | None = None,
    ) -> None:
        """Check a delivery's signature as its event's scheme says, without parsing it into an event.

        Same arguments as `unwrap`. Raises InvalidWebhookSignatureError unless the delivery carries a
        valid signature (also for an event the spec declares unsigned), WebhookSecretError without a secret.
        """
        _WEBHOOKS.verify_signature(payload, headers, secret=secret, tolerance=tolerance)


class WebhooksResourceWithRawResponse:
    """`WebhooksResource` methods that return the raw APIResponse."""

    def __init__(self, resource: WebhooksResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncWebhooksResourceWithRawResponse:
    """`AsyncWebhooksResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncWebhooksResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)


class WebhooksResourceWithStreamingResponse:
    """`WebhooksResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: WebhooksResource) -> None:
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.update = to_streamed_response_wrapper(resource.update)


class AsyncWebhooksResourceWithStreamingResponse:
    """`AsyncWebhooksResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncWebhooksResource) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.update = async_to_streamed_response_wrapper(resource.update)
