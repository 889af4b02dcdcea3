"""TypedDicts of the request-side object schemas, so a dict passed for a model argument is type-checked too.

Keys are the wire names (what the API documents and the request carries). Nothing here is imported
by `import datacrazy_client`: the resources name these types for the type checkers only.
"""

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = [
    "OutgoingAttachmentParam",
]


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
