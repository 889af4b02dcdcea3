"""TypedDicts of the request-side object schemas, so a dict passed for a model argument is type-checked too.

Keys are the wire names (what the API documents and the request carries). Nothing here is imported
by `import datacrazy_client`: the resources name these types for the type checkers only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from typing_extensions import Required, TypedDict

__all__ = [
    "ActivityFilterParam",
    "AddressParam",
    "BusinessFilterParam",
    "IdRefParam",
    "IdsRefParam",
    "LeadFilterParam",
    "OutgoingAttachmentParam",
    "SourceReferralParam",
]


class ActivityFilterParam(TypedDict, total=False):
    """`ActivityFilter` as a dict (wire names)."""

    attendantId: str
    startDate: datetime | str
    startDateLessThan: datetime | str
    typeId: str
    """An activity type id."""
    isCompleted: bool


class AddressParam(TypedDict, total=False):
    """`Address` as a dict (wire names)."""

    zip: str
    address: str
    block: str
    """Neighbourhood (bairro)."""
    city: str
    state: str
    country: str


class BusinessFilterParam(TypedDict, total=False):
    """The deal filters of the docs' page and of a third-party client."""

    lossReason: str
    """A loss reason id."""
    tags: str
    """Tag ids, comma-separated."""
    products: str
    """Product ids, comma-separated."""
    attendants: str
    """Attendant ids, comma-separated."""
    stages: str
    """Stage ids, comma-separated."""
    status: str
    """E.g. `in_process`, `won`, `lost`."""
    source: str
    minValue: float
    maxValue: float
    startDate: datetime | str
    endDate: datetime | str
    createdAtGreaterOrEqual: datetime | str
    createdAtLessOrEqual: datetime | str
    lastMovedAfter: datetime | str
    lastMovedBefore: datetime | str


class IdRefParam(TypedDict, total=False):
    """A reference to another object by its id."""

    id: Required[str]


class IdsRefParam(TypedDict, total=False):
    """`IdsRef` as a dict (wire names)."""

    id: Required[str | Sequence[str]]
    """The docs' lead body sends `tags[].id` and `lists[].id` as an array of ids (`["<string>"]`); a third-party client sends one id per object. Both are accepted."""


class LeadFilterParam(TypedDict, total=False):
    """The lead filters third-party clients send."""

    tags: str
    """Tag ids, comma-separated; one third-party client prefixes an operation and a space (`<operation> <id>,<id>`)."""
    stages: str
    """Stage ids, comma-separated."""
    lists: str
    """List ids, comma-separated."""
    attendant: str
    """Attendant id."""
    source: str
    products: str
    """Product ids, comma-separated."""
    hasMessages: bool
    notHasMessages: bool
    createdAtGreaterOrEqual: datetime | str
    createdAtLessOrEqual: datetime | str
    minLastPurchaseDate: datetime | str
    maxLastPurchaseDate: datetime | str
    minBusinessesCount: int
    maxBusinessesCount: int


class OutgoingAttachmentParam(TypedDict, total=False):
    """A media file to send, as third-party integrations send it."""

    fileName: Required[str]
    mimeType: Required[str]
    type: Required[str]
    """Media kind, e.g. `IMAGE` or `DOCUMENT`."""
    url: Required[str]
    """Public URL DataCrazy downloads the file from."""
    size: Required[int]
    """Size in bytes."""


class SourceReferralParam(TypedDict, total=False):
    """Where the conversation came from (e.g. a click-to-WhatsApp ad)."""

    sourceId: str
    sourceUrl: str
    ctwaId: str
    """Click-to-WhatsApp ad id."""
