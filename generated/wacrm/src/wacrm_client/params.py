"""TypedDicts of the request-side object schemas, so a dict passed for a model argument is type-checked too.

Keys are the wire names (what the API documents and the request carries). Nothing here is imported
by `import wacrm_client`: the resources name these types for the type checkers only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from typing_extensions import Required, TypedDict

__all__ = [
    "BroadcastRecipientParam",
    "InteractiveButtonParam",
    "InteractiveButtonsPayloadParam",
    "InteractiveListPayloadParam",
    "InteractiveListRowParam",
    "InteractiveListSectionParam",
    "SendMessageTemplateParam",
]


class BroadcastRecipientParam(TypedDict, total=False):
    """`BroadcastRecipient` as a dict (wire names)."""

    to: Required[str]
    """Phone number, validated like a send's `to`; an invalid number does not fail the request but is dropped and counted in `rejected`."""
    params: Sequence[str]
    """Positional body variables of the template (non-strings are dropped)."""


class InteractiveButtonParam(TypedDict, total=False):
    """`InteractiveButton` as a dict (wire names)."""

    id: Required[str]
    """Your id for the button, unique within the message; it comes back as the reply's `interactive_reply_id`."""
    title: Required[str]


class InteractiveButtonsPayloadParam(TypedDict, total=False):
    """Up to three reply buttons."""

    kind: Required[Literal["buttons"]]
    body: Required[str]
    """Not blank (interactive.ts L120-121)."""
    header: str
    footer: str
    buttons: Required[Sequence[InteractiveButtonParam]]


class InteractiveListPayloadParam(TypedDict, total=False):
    """A list message: a button that opens 1 to 10 sections holding at most 10 rows in all (400 `A list allows at most 10 rows in total.`). JSON Schema cannot add up the rows of several sections: the operation's `x-body-limits` states that rule, and the client checks it before sending."""

    kind: Required[Literal["list"]]
    body: Required[str]
    """Not blank (interactive.ts L120-121)."""
    header: str
    footer: str
    button_label: Required[str]
    sections: Required[Sequence[InteractiveListSectionParam]]


class InteractiveListRowParam(TypedDict, total=False):
    """`InteractiveListRow` as a dict (wire names)."""

    id: Required[str]
    """Your id for the row, unique within the message."""
    title: Required[str]
    description: str


class InteractiveListSectionParam(TypedDict, total=False):
    """`InteractiveListSection` as a dict (wire names)."""

    title: str
    rows: Required[Sequence[InteractiveListRowParam]]


class SendMessageTemplateParam(TypedDict, total=False):
    """WhatsApp template to send when `type` is `template`."""

    name: Required[str]
    """Template name as approved in WhatsApp Business (required and not empty for templates: 400 `template_name is required for template messages`)."""
    language: str
    """Template language code; the server uses `en_US` when it is omitted."""
    params: Sequence[str] | Mapping[str, Any]
    """Either positional body variables (an array: only string entries are kept) or an object of structured header/body/button parameters, passed to WhatsApp unvalidated."""
