"""The typed samples and the deliberately wrong calls both type checkers must reject."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SAMPLES = sorted(HERE.glob("sample_*.py"))
SRC_DIRS = sorted((ROOT / "generated").glob("*/src"))


@dataclass(frozen=True)
class BadCall:
    id: str
    line: str
    mypy_code: str  # the error code mypy must report on that line
    mypy_says: str  # a fragment of mypy's message
    pyright_rules: frozenset[str]  # pyright must report one of these rules on that line
    is_async: bool = False


BAD_CALLS = (
    BadCall(
        "misspelt-keyword",
        'wacrm.conversations.list(stauts="open")',
        "call-arg",
        'Unexpected keyword argument "stauts"',
        frozenset({"reportCallIssue"}),
    ),
    BadCall(
        "wrong-type",
        'wacrm.conversations.list(limit="ten")',
        "arg-type",
        'Argument "limit"',
        frozenset({"reportArgumentType"}),
    ),
    BadCall(
        "bad-literal",
        'wacrm.conversations.list(status="opened")',
        "arg-type",
        'Argument "status"',
        frozenset({"reportArgumentType"}),
    ),
    BadCall(
        "missing-required-keyword",
        'wacrm.contacts.create(name="Sam Lee")',
        "call-arg",
        'Missing named argument "phone"',
        frozenset({"reportCallIssue"}),
    ),
    BadCall(
        "missing-path-argument",
        "wacrm.contacts.retrieve()",
        "call-arg",
        'Missing positional argument "id"',
        frozenset({"reportCallIssue"}),
    ),
    BadCall(
        "wrong-result-type",
        'contact: models.Contact = wacrm.contacts.retrieve("6a3d9c1f")',
        "assignment",
        "Incompatible types in assignment",
        frozenset({"reportAssignmentType"}),
    ),
    BadCall(
        "nullable-field",
        'name: str = wacrm.contacts.retrieve("6a3d9c1f").data.name',
        "assignment",
        "Incompatible types in assignment",
        frozenset({"reportAssignmentType"}),
    ),
    BadCall(
        "error-status-is-int",
        'status: str = NotFoundError("x", response=httpx2.Response(404), body=None).status_code',
        "assignment",
        "Incompatible types in assignment",
        frozenset({"reportAssignmentType"}),
    ),
    BadCall(
        "forgotten-await",
        "page: AsyncCursorPage[models.Conversation] = awacrm.conversations.list()",
        "assignment",
        "Incompatible types in assignment",
        frozenset({"reportAssignmentType"}),
        is_async=True,
    ),
    BadCall(
        "chatbotx-boolean-for-string-enum",
        "chatbotx.conversations.list(bot_enabled=True)",
        "arg-type",
        'Argument "bot_enabled"',
        frozenset({"reportArgumentType"}),
    ),
    BadCall(
        "chatbotx-no-overload-matches",
        'chatbotx.conversations.messages.create("1842", text=1)',
        "call-overload",
        "No overload variant",
        frozenset({"reportCallIssue", "reportArgumentType"}),
    ),
    BadCall(
        "chatbotx-missing-assignee",
        'chatbotx.conversations.assign("1842")',
        "call-arg",
        'Missing named argument "assigned_id"',
        frozenset({"reportCallIssue"}),
    ),
    BadCall(
        "webhook-secret-as-bytes",
        'wacrm.webhooks.unwrap(b"{}", {}, secret=b"whsec_example")',
        "arg-type",
        'Argument "secret"',
        frozenset({"reportArgumentType"}),
    ),
    BadCall(
        "webhook-event-not-narrowed",
        'text: str | None = wacrm.webhooks.unwrap(b"{}", {}).data.text',
        "union-attr",
        "has no attribute",
        frozenset({"reportAttributeAccessIssue"}),
    ),
    BadCall(
        "typeddict-unknown-key",
        'wacrm.messages.create(to="1", type="template", template={"name": "t", "lang": "en"})',
        "call-overload",
        'No overload variant of "create" of "MessagesResource"',
        frozenset({"reportCallIssue", "reportArgumentType"}),
    ),
    BadCall(
        "typeddict-missing-required-key",
        'wacrm.messages.create(to="1", type="template", template={"language": "en"})',
        "call-overload",
        'No overload variant of "create" of "MessagesResource"',
        frozenset({"reportCallIssue", "reportArgumentType"}),
    ),
    BadCall(
        "typeddict-nested-wrong-type",
        'wacrm.messages.create(to="1", type="interactive", interactive_payload={"kind": "buttons", "body": "b", "buttons": [{"id": 1, "title": "t"}]})',
        "call-overload",
        'No overload variant of "create" of "MessagesResource"',
        frozenset({"reportCallIssue", "reportArgumentType"}),
    ),
    BadCall(
        "typeddict-bad-literal",
        'chatbotx.webhooks.create(name="n", url="https://h.test", conditions=[{"type": "tagAplied"}])',
        "list-item",
        "List item 0",
        frozenset({"reportArgumentType"}),
    ),
    BadCall(
        "typeddict-variable",
        'template: SendMessageTemplateParam = {"name": "t", "params": [1]}',
        "list-item",
        "List item 0",
        frozenset({"reportAssignmentType"}),
    ),
    BadCall(
        "datacrazy-bad-literal",
        'datacrazy.conversations.list(filter_status="open")',
        "arg-type",
        'Argument "filter_status"',
        frozenset({"reportArgumentType"}),
    ),
    BadCall(
        "datacrazy-wrong-type",
        'datacrazy.conversations.list(take="50")',
        "arg-type",
        'Argument "take"',
        frozenset({"reportArgumentType"}),
    ),
)

HEADER = '''"""Deliberately wrong calls: every marked line must be an error."""

from __future__ import annotations

import httpx2
from chatbotx_client import ChatbotX
from datacrazy_client import DataCrazy
from wacrm_client import (
    AsyncCursorPage,
    AsyncWacrm,
    NotFoundError,
    SendMessageTemplateParam,
    Wacrm,
    models,
)

'''


def bad_calls_module() -> tuple[str, dict[int, BadCall]]:
    """The source of a module with one function per bad call, and the 1-based line of each."""
    lines = HEADER.splitlines()
    where: dict[int, BadCall] = {}
    for i, case in enumerate(BAD_CALLS):
        keyword = "async def" if case.is_async else "def"
        lines += [
            "",
            "",
            f"{keyword} case_{i}(wacrm: Wacrm, awacrm: AsyncWacrm, chatbotx: ChatbotX, datacrazy: DataCrazy) -> None:",
            f"    {case.line}  # {case.id}",
        ]
        where[len(lines)] = case
    return "\n".join(lines) + "\n", where
