"""WebhooksResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses. `unwrap` and `verify_signature` check
webhook deliveries with `_webhooks`, as the spec's `x-webhook-signature` describes their signatures.
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
from .._pagination import (
    AsyncPageNumberPage,
    AsyncPaginator,
    Paging,
    SyncPageNumberPage,
)
from .._webhooks import SignatureScheme, WebhookEvent, WebhookHeaders
from .._webhooks import Webhooks as WebhookTable

if TYPE_CHECKING:
    from .. import models as _models
    from .. import params as _params
else:
    _models = LazyModule(__name__.rsplit(".", 2)[0] + ".models")  # loaded with the first call

__all__ = [
    "WebhooksResource",
    "AsyncWebhooksResource",
]


_WEBHOOKS_LIST: Operation[_models.WebhookPage] = Operation(
    method="GET",
    path="/v1/webhooks",
    params=(
        Param("page", "query", style="form", explode=True, json_content=False),
        Param("perPage", "query", style="form", explode=True, json_content=False),
    ),
    response_type=lambda: _models.WebhookPage,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"page": int, "perPage": int},
    names={"perPage": "per_page"},
    paging=Paging(
        style="page",
        items=("data",),
        cursor_param=None,
        next_cursor=(),
        offset_param=None,
        limit_param="perPage",
        total=(),
        page_param="page",
        page_count=("page_count",),
        first_page=1,
        item_id=("id",),
    ),
)

_WEBHOOKS_CREATE: Operation[_models.Webhook] = Operation(
    method="POST",
    path="/v1/webhooks",
    params=(),
    response_type=lambda: _models.Webhook,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.CreateWebhookRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header="Idempotency-Key",
    auth=True,
)

_WEBHOOKS_DELETE: Operation[None] = Operation(
    method="DELETE",
    path="/v1/webhooks/{id}",
    params=(Param("id", "path", style="simple", explode=False, json_content=False, pattern="^[0-9]+$"),),
    response_type=None,
    response_kind="none",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header="Idempotency-Key",
    auth=True,
    arguments=lambda: {"id": str},
)

_WEBHOOK_SIGNATURE = SignatureScheme(
    header="X-ChatbotX-Signature",
    value="sha256={signature}",
    separator=",",
    signed="{timestamp}.{body}",
    algorithm="sha256",
    encoding="hex",
    tolerance=300,
    timestamp_header="X-ChatbotX-Timestamp",
    id_header=None,
    secret_encoding="utf-8",
    secret_prefix=None,
)

_WEBHOOKS: WebhookTable[
    _models.ApiChannelMessageCreatedEvent
    | _models.TagAppliedEvent
    | _models.TagRemovedEvent
    | _models.CustomFieldChangedEvent
    | _models.ConversationTransferredToHumanEvent
    | _models.ConversationTransferredToBotEvent
    | _models.NewContactEvent
    | _models.ContactUnsubscribedEvent
    | _models.ConversationArchivedEvent
    | _models.MarkedAsFollowUpEvent
    | _models.ConversationAssignedEvent
    | _models.ConversationUnassignedEvent
    | _models.SubscribedToSequenceEvent
    | _models.UnsubscribedFromSequenceEvent
    | _models.ContactInfoUpdatedEvent
    | _models.ContactReferredNewContactEvent
    | _models.ContactReferredExistingContactEvent
    | _models.DatetimeBasedTriggerEvent
    | _models.IncomingCallEvent
    | _models.MissedAudioCallEvent
    | _models.CallEndedEvent
    | _models.CallRecordedEvent
    | _models.CallTranscribedEvent
] = WebhookTable(
    (
        WebhookEvent(
            "message_created",
            lambda: _models.ApiChannelMessageCreatedEvent,
            value="message_created",
            scheme=_WEBHOOK_SIGNATURE,
            unwrap_root=False,
        ),
        WebhookEvent(
            "tag_applied", lambda: _models.TagAppliedEvent, value="tag_applied", scheme=None, unwrap_root=False
        ),
        WebhookEvent(
            "tag_removed", lambda: _models.TagRemovedEvent, value="tag_removed", scheme=None, unwrap_root=False
        ),
        WebhookEvent(
            "custom_field_changed",
            lambda: _models.CustomFieldChangedEvent,
            value="custom_field_changed",
            scheme=None,
            unwrap_root=False,
        ),
        WebhookEvent(
            "conversation_transferred_to_human",
            lambda: _models.ConversationTransferredToHumanEvent,
            value="conversation_transferred_to_human",
            scheme=None,
            unwrap_root=False,
        ),
        WebhookEvent(
            "conversation_transferred_to_bot",
            lambda: _models.ConversationTransferredToBotEvent,
            value="conversation_transferred_to_bot",
            scheme=None,
            unwrap_root=False,
        ),
        WebhookEvent(
            "new_contact", lambda: _models.NewContactEvent, value="new_contact", scheme=None, unwrap_root=False
        ),
        WebhookEvent(
            "contact_unsubscribed",
            lambda: _models.ContactUnsubscribedEvent,
            value="contact_unsubscribed",
            scheme=None,
            unwrap_root=False,
        ),
        WebhookEvent(
            "conversation_archived",
            lambda: _models.ConversationArchivedEvent,
            value="conversation_archived",
            scheme=None,
            unwrap_root=False,
        ),
        WebhookEvent(
            "marked_as_follow_up",
            lambda: _models.MarkedAsFollowUpEvent,
            value="marked_as_follow_up",
            scheme=None,
            unwrap_root=False,
        ),
        WebhookEvent(
            "conversation_assigned",
            lambda: _models.ConversationAssignedEvent,
            value="conversation_assigned",
            scheme=None,
            unwrap_root=False,
        ),
        WebhookEvent(
            "conversation_unassigned",
            lambda: _models.ConversationUnassignedEvent,
            value="conversation_unassigned",
            scheme=None,
            unwrap_root=False,
        ),
        WebhookEvent(
            "subscribed_to_sequence",
            lambda: _models.SubscribedToSequenceEvent,
            value="subscribed_to_sequence",
            scheme=None,
            unwrap_root=False,
        ),
        WebhookEvent(
            "unsubscribed_from_sequence",
            lambda: _models.UnsubscribedFromSequenceEvent,
            value="unsubscribed_from_sequence",
            scheme=None,
            unwrap_root=False,
        ),
        WebhookEvent(
            "contact_info_updated",
            lambda: _models.ContactInfoUpdatedEvent,
            value="contact_info_updated",
            scheme=None,
            unwrap_root=False,
        ),
        WebhookEvent(
            "contact_referred_a_new_contact",
            lambda: _models.ContactReferredNewContactEvent,
            value="contact_referred_a_new_contact",
            scheme=None,
            unwrap_root=False,
        ),
        WebhookEvent(
            "contact_referred_existing_contact",
            lambda: _models.ContactReferredExistingContactEvent,
            value="contact_referred_existing_contact",
            scheme=None,
            unwrap_root=False,
        ),
        WebhookEvent(
            "datetime_based_trigger",
            lambda: _models.DatetimeBasedTriggerEvent,
            value="datetime_based_trigger",
            scheme=None,
            unwrap_root=False,
        ),
        WebhookEvent(
            "incoming_call", lambda: _models.IncomingCallEvent, value="incoming_call", scheme=None, unwrap_root=False
        ),
        WebhookEvent(
            "missed_audio_call",
            lambda: _models.MissedAudioCallEvent,
            value="missed_audio_call",
            scheme=None,
            unwrap_root=False,
        ),
        WebhookEvent("call_ended", lambda: _models.CallEndedEvent, value="call_ended", scheme=None, unwrap_root=False),
        WebhookEvent(
            "call_recorded", lambda: _models.CallRecordedEvent, value="call_recorded", scheme=None, unwrap_root=False
        ),
        WebhookEvent(
            "call_transcribed",
            lambda: _models.CallTranscribedEvent,
            value="call_transcribed",
            scheme=None,
            unwrap_root=False,
        ),
    ),
    discriminator="event",
    default_scheme=_WEBHOOK_SIGNATURE,
)


class Webhooks:
    """Webhook deliveries checked and parsed on their own: no API key, no base URL, no connection.

        webhooks = Webhooks(secret=...)  # or the CHATBOTX_WEBHOOK_SECRET environment variable
        event = webhooks.unwrap(request_body, request_headers)

    The client's `webhooks` resource offers the same `unwrap` and `verify_signature`.
    """

    def __init__(self, *, secret: str | None = None, tolerance: float | None = None) -> None:
        """`secret`: the endpoint's signing secret (default: CHATBOTX_WEBHOOK_SECRET, read at each call);
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
    ) -> (
        _models.ApiChannelMessageCreatedEvent
        | _models.TagAppliedEvent
        | _models.TagRemovedEvent
        | _models.CustomFieldChangedEvent
        | _models.ConversationTransferredToHumanEvent
        | _models.ConversationTransferredToBotEvent
        | _models.NewContactEvent
        | _models.ContactUnsubscribedEvent
        | _models.ConversationArchivedEvent
        | _models.MarkedAsFollowUpEvent
        | _models.ConversationAssignedEvent
        | _models.ConversationUnassignedEvent
        | _models.SubscribedToSequenceEvent
        | _models.UnsubscribedFromSequenceEvent
        | _models.ContactInfoUpdatedEvent
        | _models.ContactReferredNewContactEvent
        | _models.ContactReferredExistingContactEvent
        | _models.DatetimeBasedTriggerEvent
        | _models.IncomingCallEvent
        | _models.MissedAudioCallEvent
        | _models.CallEndedEvent
        | _models.CallRecordedEvent
        | _models.CallTranscribedEvent
    ):
        """A webhook delivery as its typed event, once its signature checks out (for a signed event).

        Args:
            payload: the request body exactly as received (bytes, or the text of those bytes).
            headers: the request's headers: a dict, a list of pairs or a framework's headers; any case.
            secret: the endpoint's signing secret; defaults to the verifier's, else the CHATBOTX_WEBHOOK_SECRET environment variable.
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
        page: int | NotGiven = NOT_GIVEN,
        per_page: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPageNumberPage[_models.Webhook]:
        """List the system-event webhooks

        Required token scope: `connections` (read-only tokens allowed). Paged by `page` and
        `perPage`. Older servers have this route too but answer every webhook in one `{data}`
        without `pageCount`.

        Args:
            page: Page number, from 1.
            per_page: Page size.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            SyncPageNumberPage[_models.Webhook],
            _WEBHOOKS_LIST,
            {
                "page": page,
                "perPage": per_page,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        name: str,
        url: str,
        conditions: Sequence[_models.WebhookCondition | _params.WebhookConditionParam],
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Webhook:
        """Register a system-event webhook

        Required token scope: `connections`; read-only tokens are refused. Not on older servers
        (they register webhooks in the dashboard only, at most 10).

        Registers a URL that receives the system events whose condition `type` is listed (see
        `webhooks`). There is no secret: system events are unsigned. A condition with a
        `sourceId` (a tag or sequence id) only matches events of that source; older servers also
        match a tag event only when the condition names its tag. Answers 201 with the webhook.

        Args:
            name: `name` (body field)
            url: An absolute URL (the server checks it) that receives the events.
            conditions: `conditions` (body field)
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
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
                "name": name,
                "url": url,
                "conditions": conditions,
            },
            idempotency_key=idempotency_key,
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
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Unregister a system-event webhook

        Required token scope: `connections`; read-only tokens are refused. Not on older servers.
        Answers 204.

        Args:
            id: Webhook id, a numeric string (the `id` answered by `POST /v1/webhooks`).
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
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
            idempotency_key=idempotency_key,
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
    ) -> (
        _models.ApiChannelMessageCreatedEvent
        | _models.TagAppliedEvent
        | _models.TagRemovedEvent
        | _models.CustomFieldChangedEvent
        | _models.ConversationTransferredToHumanEvent
        | _models.ConversationTransferredToBotEvent
        | _models.NewContactEvent
        | _models.ContactUnsubscribedEvent
        | _models.ConversationArchivedEvent
        | _models.MarkedAsFollowUpEvent
        | _models.ConversationAssignedEvent
        | _models.ConversationUnassignedEvent
        | _models.SubscribedToSequenceEvent
        | _models.UnsubscribedFromSequenceEvent
        | _models.ContactInfoUpdatedEvent
        | _models.ContactReferredNewContactEvent
        | _models.ContactReferredExistingContactEvent
        | _models.DatetimeBasedTriggerEvent
        | _models.IncomingCallEvent
        | _models.MissedAudioCallEvent
        | _models.CallEndedEvent
        | _models.CallRecordedEvent
        | _models.CallTranscribedEvent
    ):
        """A webhook delivery as its typed event, once its signature checks out (for a signed event).

        Args:
            payload: the request body exactly as received (bytes, or the text of those bytes).
            headers: the request's headers: a dict, a list of pairs or a framework's headers; any case.
            secret: the endpoint's signing secret; defaults to the verifier's, else the CHATBOTX_WEBHOOK_SECRET environment variable.
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

    def list(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        per_page: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.Webhook, AsyncPageNumberPage[_models.Webhook]]:
        """List the system-event webhooks

        Required token scope: `connections` (read-only tokens allowed). Paged by `page` and
        `perPage`. Older servers have this route too but answer every webhook in one `{data}`
        without `pageCount`.

        Args:
            page: Page number, from 1.
            per_page: Page size.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            AsyncPageNumberPage[_models.Webhook],
            _WEBHOOKS_LIST,
            {
                "page": page,
                "perPage": per_page,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        *,
        name: str,
        url: str,
        conditions: Sequence[_models.WebhookCondition | _params.WebhookConditionParam],
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Webhook:
        """Register a system-event webhook

        Required token scope: `connections`; read-only tokens are refused. Not on older servers
        (they register webhooks in the dashboard only, at most 10).

        Registers a URL that receives the system events whose condition `type` is listed (see
        `webhooks`). There is no secret: system events are unsigned. A condition with a
        `sourceId` (a tag or sequence id) only matches events of that source; older servers also
        match a tag event only when the condition names its tag. Answers 201 with the webhook.

        Args:
            name: `name` (body field)
            url: An absolute URL (the server checks it) that receives the events.
            conditions: `conditions` (body field)
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
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
                "name": name,
                "url": url,
                "conditions": conditions,
            },
            idempotency_key=idempotency_key,
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
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Unregister a system-event webhook

        Required token scope: `connections`; read-only tokens are refused. Not on older servers.
        Answers 204.

        Args:
            id: Webhook id, a numeric string (the `id` answered by `POST /v1/webhooks`).
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
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
            idempotency_key=idempotency_key,
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
    ) -> (
        _models.ApiChannelMessageCreatedEvent
        | _models.TagAppliedEvent
        | _models.TagRemovedEvent
        | _models.CustomFieldChangedEvent
        | _models.ConversationTransferredToHumanEvent
        | _models.ConversationTransferredToBotEvent
        | _models.NewContactEvent
        | _models.ContactUnsubscribedEvent
        | _models.ConversationArchivedEvent
        | _models.MarkedAsFollowUpEvent
        | _models.ConversationAssignedEvent
        | _models.ConversationUnassignedEvent
        | _models.SubscribedToSequenceEvent
        | _models.UnsubscribedFromSequenceEvent
        | _models.ContactInfoUpdatedEvent
        | _models.ContactReferredNewContactEvent
        | _models.ContactReferredExistingContactEvent
        | _models.DatetimeBasedTriggerEvent
        | _models.IncomingCallEvent
        | _models.MissedAudioCallEvent
        | _models.CallEndedEvent
        | _models.CallRecordedEvent
        | _models.CallTranscribedEvent
    ):
        """A webhook delivery as its typed event, once its signature checks out (for a signed event).

        Args:
            payload: the request body exactly as received (bytes, or the text of those bytes).
            headers: the request's headers: a dict, a list of pairs or a framework's headers; any case.
            secret: the endpoint's signing secret; defaults to the verifier's, else the CHATBOTX_WEBHOOK_SECRET environment variable.
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
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncWebhooksResourceWithRawResponse:
    """`AsyncWebhooksResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncWebhooksResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)


class WebhooksResourceWithStreamingResponse:
    """`WebhooksResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: WebhooksResource) -> None:
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.delete = to_streamed_response_wrapper(resource.delete)


class AsyncWebhooksResourceWithStreamingResponse:
    """`AsyncWebhooksResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncWebhooksResource) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
