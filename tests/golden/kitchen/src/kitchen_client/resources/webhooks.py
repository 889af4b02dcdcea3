"""WebhooksResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses. `unwrap` and `verify_signature` check
webhook deliveries with `_webhooks`, as the spec's `x-webhook-signature` describes their signatures.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._base_client import (
    AsyncAPIClient,
    LazyModule,
    SyncAPIClient,
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


_WEBHOOK_SIGNATURE = SignatureScheme(
    header="webhook-signature",
    value="v1,{signature}",
    separator=" ",
    signed="{id}.{timestamp}.{body}",
    algorithm="sha256",
    encoding="base64",
    tolerance=300,
    timestamp_header="webhook-timestamp",
    id_header="webhook-id",
    secret_encoding="base64",
    secret_prefix="whsec_",
)

_WEBHOOKS: WebhookTable[_models.Cat | _models.Dog | _models.OrderShippedEvent] = WebhookTable(
    (
        WebhookEvent(
            "newPet", lambda: _models.Cat | _models.Dog, value=None, scheme=_WEBHOOK_SIGNATURE, unwrap_root=False
        ),
        WebhookEvent(
            "orderShipped", lambda: _models.OrderShippedEvent, value=None, scheme=_WEBHOOK_SIGNATURE, unwrap_root=False
        ),
    ),
    discriminator=None,
    default_scheme=_WEBHOOK_SIGNATURE,
)


class Webhooks:
    """Webhook deliveries checked and parsed on their own: no API key, no base URL, no connection.

        webhooks = Webhooks(secret=...)  # or the KITCHEN_WEBHOOK_SECRET environment variable
        event = webhooks.unwrap(request_body, request_headers)

    The client's `webhooks` resource offers the same `unwrap` and `verify_signature`.
    """

    def __init__(self, *, secret: str | None = None, tolerance: float | None = None) -> None:
        """`secret`: the endpoint's signing secret (default: KITCHEN_WEBHOOK_SECRET, read at each call);
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
    ) -> _models.Cat | _models.Dog | _models.OrderShippedEvent:
        """A webhook delivery as its typed event, once its signature checks out (for a signed event).

        Args:
            payload: the request body exactly as received (bytes, or the text of those bytes).
            headers: the request's headers: a dict, a list of pairs or a framework's headers; any case.
            secret: the endpoint's signing secret; defaults to the verifier's, else the KITCHEN_WEBHOOK_SECRET environment variable.
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
    """Webhook deliveries: their signatures checked, their payloads parsed into typed events."""

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

    def unwrap(
        self,
        payload: str | bytes,
        headers: WebhookHeaders,
        *,
        secret: str | None = None,
        tolerance: float | None = None,
    ) -> _models.Cat | _models.Dog | _models.OrderShippedEvent:
        """A webhook delivery as its typed event, once its signature checks out (for a signed event).

        Args:
            payload: the request body exactly as received (bytes, or the text of those bytes).
            headers: the request's headers: a dict, a list of pairs or a framework's headers; any case.
            secret: the endpoint's signing secret; defaults to the verifier's, else the KITCHEN_WEBHOOK_SECRET environment variable.
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
    """Webhook deliveries: their signatures checked, their payloads parsed into typed events."""

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

    def unwrap(
        self,
        payload: str | bytes,
        headers: WebhookHeaders,
        *,
        secret: str | None = None,
        tolerance: float | None = None,
    ) -> _models.Cat | _models.Dog | _models.OrderShippedEvent:
        """A webhook delivery as its typed event, once its signature checks out (for a signed event).

        Args:
            payload: the request body exactly as received (bytes, or the text of those bytes).
            headers: the request's headers: a dict, a list of pairs or a framework's headers; any case.
            secret: the endpoint's signing secret; defaults to the verifier's, else the KITCHEN_WEBHOOK_SECRET environment variable.
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
        pass


class AsyncWebhooksResourceWithRawResponse:
    """`AsyncWebhooksResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncWebhooksResource) -> None:
        pass


class WebhooksResourceWithStreamingResponse:
    """`WebhooksResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: WebhooksResource) -> None:
        pass


class AsyncWebhooksResourceWithStreamingResponse:
    """`AsyncWebhooksResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncWebhooksResource) -> None:
        pass
