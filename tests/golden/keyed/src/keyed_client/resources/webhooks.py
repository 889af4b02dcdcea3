"""WebhooksResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses. `unwrap` and `verify_signature` check
webhook deliveries with `_webhooks`, as the spec's `x-webhook-signature` describes their signatures.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, List

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


_WEBHOOKS_LIST: Operation[List[str]] = Operation(
    method="GET",
    path="/webhooks",
    params=(),
    response_type=lambda: List[str],
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
)

_WEBHOOK_SIGNATURE = SignatureScheme(
    header="X-Keyed-Signature",
    value="sha256={signature}",
    separator=",",
    signed="{body}",
    algorithm="sha256",
    encoding="hex",
    tolerance=None,
    timestamp_header=None,
    id_header=None,
    secret_encoding="utf-8",
    secret_prefix=None,
)

_WEBHOOKS: WebhookTable[_models.ContactCreatedWebhookEvent | _models.PingWebhookEvent] = WebhookTable(
    (
        WebhookEvent(
            "contact.created",
            lambda: _models.ContactCreatedWebhookEvent,
            value="contact.created",
            scheme=_WEBHOOK_SIGNATURE,
            unwrap_root=False,
        ),
        WebhookEvent("ping", lambda: _models.PingWebhookEvent, value="ping", scheme=None, unwrap_root=False),
    ),
    discriminator="type",
    default_scheme=_WEBHOOK_SIGNATURE,
)


class Webhooks:
    """Webhook deliveries checked and parsed on their own: no API key, no base URL, no connection.

        webhooks = Webhooks(secret=...)  # or the KEYED_WEBHOOK_SECRET environment variable
        event = webhooks.unwrap(request_body, request_headers)

    The client's `webhooks` resource offers the same `unwrap` and `verify_signature`.
    """

    def __init__(self, *, secret: str | None = None, tolerance: float | None = None) -> None:
        """`secret`: the endpoint's signing secret (default: KEYED_WEBHOOK_SECRET, read at each call);
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
    ) -> _models.ContactCreatedWebhookEvent | _models.PingWebhookEvent:
        """A webhook delivery as its typed event, once its signature checks out (for a signed event).

        Args:
            payload: the request body exactly as received (bytes, or the text of those bytes).
            headers: the request's headers: a dict, a list of pairs or a framework's headers; any case.
            secret: the endpoint's signing secret; defaults to the verifier's, else the KEYED_WEBHOOK_SECRET environment variable.
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
    ) -> List[str]:
        """GET /webhooks

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

    def unwrap(
        self,
        payload: str | bytes,
        headers: WebhookHeaders,
        *,
        secret: str | None = None,
        tolerance: float | None = None,
    ) -> _models.ContactCreatedWebhookEvent | _models.PingWebhookEvent:
        """A webhook delivery as its typed event, once its signature checks out (for a signed event).

        Args:
            payload: the request body exactly as received (bytes, or the text of those bytes).
            headers: the request's headers: a dict, a list of pairs or a framework's headers; any case.
            secret: the endpoint's signing secret; defaults to the verifier's, else the KEYED_WEBHOOK_SECRET environment variable.
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
    ) -> List[str]:
        """GET /webhooks

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

    def unwrap(
        self,
        payload: str | bytes,
        headers: WebhookHeaders,
        *,
        secret: str | None = None,
        tolerance: float | None = None,
    ) -> _models.ContactCreatedWebhookEvent | _models.PingWebhookEvent:
        """A webhook delivery as its typed event, once its signature checks out (for a signed event).

        Args:
            payload: the request body exactly as received (bytes, or the text of those bytes).
            headers: the request's headers: a dict, a list of pairs or a framework's headers; any case.
            secret: the endpoint's signing secret; defaults to the verifier's, else the KEYED_WEBHOOK_SECRET environment variable.
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


class AsyncWebhooksResourceWithRawResponse:
    """`AsyncWebhooksResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncWebhooksResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)


class WebhooksResourceWithStreamingResponse:
    """`WebhooksResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: WebhooksResource) -> None:
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncWebhooksResourceWithStreamingResponse:
    """`AsyncWebhooksResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncWebhooksResource) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
