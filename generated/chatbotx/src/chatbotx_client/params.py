"""TypedDicts of the request-side object schemas, so a dict passed for a model argument is type-checked too.

Keys are the wire names (what the API documents and the request carries). Nothing here is imported
by `import chatbotx_client`: the resources name these types for the type checkers only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = [
    "ContactFilterParam",
    "ContactFilterBooleanConditionParam",
    "ContactFilterCustomFieldConditionParam",
    "ContactFilterDateConditionParam",
    "ContactFilterNumberConditionParam",
    "ContactFilterSetConditionParam",
    "ContactFilterTextConditionParam",
    "SortItemParam",
    "WebhookConditionParam",
]


class ContactFilterParam(TypedDict, total=False):
    """A contact filter: conditions joined by `operator`. Older servers know no `timezone` (source-run); newer ones accept an optional IANA `timezone` for naive date values."""

    operator: Required[Literal["and", "or"]]
    conditions: Required[
        Sequence[
            ContactFilterBooleanConditionParam
            | ContactFilterTextConditionParam
            | ContactFilterSetConditionParam
            | ContactFilterDateConditionParam
            | ContactFilterNumberConditionParam
            | ContactFilterCustomFieldConditionParam
        ]
    ]
    timezone: str
    """IANA time zone for date conditions (newer servers; older ones ignore it)."""


class ContactFilterBooleanConditionParam(TypedDict, total=False):
    """A yes/no field: `eq` with `"true"` or `"false"` (strings, not JSON booleans), or `isEmpty` (not for `emailWasVerified` and `optedInForEmail`)."""

    field: Required[
        Literal[
            "subscribedToBroadcast",
            "interactedInLast24h",
            "conversationTransferredToHuman",
            "followUp",
            "archived",
            "blocked",
            "existingContact",
            "unreplied",
            "unread",
            "emailWasVerified",
            "optedInForEmail",
            "fromCtwaAd",
            "followsBusinessOnInstagram",
            "businessFollowsUserOnInstagram",
            "verifiedAccountOnInstagram",
            "questionnaireStarted",
            "questionnaireInProgress",
            "questionnaireFinished",
        ]
    ]
    operator: Required[Literal["eq", "isEmpty"]]
    value: Literal["true", "false"]


class ContactFilterCustomFieldConditionParam(TypedDict, total=False):
    """A custom field, by id (newer servers; one version read). Its operators depend on the custom field's type."""

    field: Required[Literal["customField"]]
    customFieldId: Required[str]
    """The custom field's numeric id."""
    valueType: str
    """The custom field's type."""
    operator: Required[
        Literal[
            "eq",
            "ne",
            "in",
            "notIn",
            "isEmpty",
            "isNotEmpty",
            "contains",
            "notContains",
            "startsWith",
            "endsWith",
            "gt",
            "lt",
            "gte",
            "lte",
            "isBetween",
            "notBetween",
        ]
    ]
    value: str | Sequence[str]


class ContactFilterDateConditionParam(TypedDict, total=False):
    """A date field; `isBetween`/`notBetween` take two dates."""

    field: Required[Literal["contactCreatedAt", "lastSeen", "lastSent", "lastInteraction"]]
    operator: Required[Literal["eq", "ne", "isEmpty", "gt", "lt", "gte", "lte", "isBetween", "notBetween"]]
    value: str | Sequence[str]
    """One value, or two (`[from, to]`) for `isBetween`/`notBetween`."""


class ContactFilterNumberConditionParam(TypedDict, total=False):
    """A number field, the number written as a string (e.g. `"30"`)."""

    field: Required[
        Literal[
            "contactCreatedDateMinutesAgo",
            "lastSeenMinutesAgo",
            "lastInteractionMinutesAgo",
            "consecutiveAiFailures",
            "followerCountOnInstagram",
        ]
    ]
    operator: Required[
        Literal[
            "eq",
            "ne",
            "isEmpty",
            "gt",
            "lt",
            "gte",
            "lte",
            "isBetween",
            "notBetween",
            "contains",
            "notContains",
            "startsWith",
            "endsWith",
        ]
    ]
    value: str | Sequence[str]
    """One value, or two (`[from, to]`) for `isBetween`/`notBetween`."""


class ContactFilterSetConditionParam(TypedDict, total=False):
    """A field with a set of values (a country code, a tag, inbox, broadcast, sequence or reference-link id, a channel, …): `in`/`notIn` a list, `eq`/`ne` one value, or `isEmpty`."""

    field: Required[
        Literal[
            "country",
            "continent",
            "locale",
            "language",
            "gender",
            "timezone",
            "source",
            "currentChannel",
            "inbox",
            "tags",
            "broadcastSent",
            "broadcastDelivered",
            "broadcastSeen",
            "broadcastClicked",
            "broadcastFailed",
            "subscribedToDripCampaign",
            "entryPointsLinks",
            "conversationAssigned",
            "lastUserInputType",
            "hasContactInfo",
            "ctwaConversion",
            "commentedOnPost",
        ]
    ]
    operator: Required[Literal["in", "notIn", "eq", "ne", "isEmpty", "isNotEmpty"]]
    value: str | Sequence[str]
    """One value, or a non-empty list for `in`/`notIn`; omitted for `isEmpty`."""


class ContactFilterTextConditionParam(TypedDict, total=False):
    """A free-text field."""

    field: Required[Literal["fullName", "email", "phone", "lastUserInput", "lastComment"]]
    operator: Required[
        Literal["eq", "ne", "isNotEmpty", "isEmpty", "contains", "notContains", "startsWith", "endsWith"]
    ]
    value: str


class SortItemParam(TypedDict, total=False):
    """`SortItem` as a dict (wire names)."""

    id: Required[str]
    """Field to sort by."""
    desc: Required[bool]


class WebhookConditionParam(TypedDict, total=False):
    """`WebhookCondition` as a dict (wire names)."""

    type: Required[
        Literal[
            "tagApplied",
            "tagRemoved",
            "customFieldValueChanged",
            "conversationTransferredToHuman",
            "conversationTransferredToBot",
            "newContact",
            "contactUnsubscribedFormBroadcast",
            "archived",
            "followUp",
            "conversationAssigned",
            "conversationUnassigned",
            "subscribedToSequence",
            "unsubscribedFromSequence",
            "contactInfoUpdated",
            "contactReferredANewContact",
            "contactReferredExistingContact",
            "dateTimeBasedTrigger",
            "incomingCall",
            "missedAudioCall",
            "callEnded",
            "callRecorded",
            "callTranscribed",
        ]
    ]
    """Which system event a condition subscribes to (its wire `event` name differs, see `webhooks`). The first 13 exist on older servers too."""
    sourceId: str
    """Limits the condition to one source: a tag id for `tagApplied`/`tagRemoved`, a sequence id for the sequence events."""
