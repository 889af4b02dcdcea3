"""A broken `x-unified` is refused by `codegen validate` (and `generate`, writing nothing) with
`file:line: error: #/pointer: message`, one test per class of fault."""

from __future__ import annotations

import copy
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main

SPEC = Path(__file__).resolve().parent / "fourth" / "helpdesk.yaml"
Doc = dict[str, Any]


def _set(path: list[Any], value: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        node = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return change


def _drop(path: list[Any]) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        node = doc
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]

    return change


U = ["x-unified"]
CASES: dict[str, tuple[Callable[[Doc], None], str, str]] = {
    "not a mapping": (_set(U, ["conversations"]), "#/x-unified", "must be a mapping"),
    "an unknown key": (
        _set([*U, "conversations", "colour"], "blue"),
        "#/x-unified/conversations/colour",
        "unknown key 'colour'",
    ),
    "no conversation list": (
        _drop([*U, "conversations", "list"]),
        "#/x-unified/conversations",
        "needs `list`",
    ),
    "a note that is not text": (
        _set([*U, "conversations", "retrieve", "note"], ["some", "servers"]),
        "#/x-unified/conversations/retrieve/note",
        "must be a non-empty string",
    ),
    "a note that breaks the table": (
        _set([*U, "conversations", "retrieve", "note"], "old | new servers differ"),
        "#/x-unified/conversations/retrieve/note",
        "must be one line without `|`",
    ),
    "an unknown operation": (
        _set([*U, "conversations", "retrieve", "operation"], "fetchTicket"),
        "#/x-unified/conversations/retrieve/operation",
        "no operation has the operationId 'fetchTicket'",
    ),
    "a parameter the operation does not have": (
        _set([*U, "messages", "list", "conversation-param"], "ticket"),
        "#/x-unified/messages/list/conversation-param",
        "'ticket' is not a parameter of 'listReplies'",
    ),
    "a filter on a parameter that is not in the query": (
        _set([*U, "conversations", "list", "filters", "status", "param"], "status"),
        "#/x-unified/conversations/list/filters/status/param",
        "'status' is not a query parameter",
    ),
    "a field path the schema does not have": (
        _set([*U, "conversations", "fields", "last_activity_at"], "touchedAt"),
        "#/x-unified/conversations/fields/last_activity_at",
        "'touchedAt' is not a field of the schema it reads",
    ),
    "a unified field the common model does not have": (
        _set([*U, "conversations", "fields", "priority"], "state"),
        "#/x-unified/conversations/fields/priority",
        "'priority' is not a field of the common model",
    ),
    "a value mapped to no unified status": (
        _set([*U, "conversations", "status", "map", "snoozed"], "snoozed"),
        "#/x-unified/conversations/status/map/snoozed",
        "'snoozed' is not one of",
    ),
    "an unknown condition": (
        _set([*U, "conversations", "needs-reply"], {"newer": "touched"}),
        "#/x-unified/conversations/needs-reply",
        "unknown condition 'newer'",
    ),
    "a send argument the operation does not take": (
        _set([*U, "messages", "send", "arguments", "subject"], "text"),
        "#/x-unified/messages/send/arguments/subject",
        "'subject' is neither a parameter nor a body field of 'reply'",
    ),
    "a send argument from an unknown source": (
        _set([*U, "messages", "send", "arguments", "content"], "conversation.topic"),
        "#/x-unified/messages/send/arguments/content",
        "'conversation.topic' must be one of",
    ),
    "a send that takes no text": (
        _drop([*U, "messages", "send", "arguments", "content"]),
        "#/x-unified/messages/send/arguments",
        "no argument takes the message `text`",
    ),
    "an event the spec does not declare": (
        _set([*U, "events", "ticket.closed"], {"type": "other"}),
        "#/x-unified/events/ticket.closed",
        "unknown key 'ticket.closed'",
    ),
    "an unknown event type": (
        _set([*U, "events", "reply.created", "type"], "reply.posted"),
        "#/x-unified/events/reply.created/type",
        "'reply.posted' is not one of",
    ),
    "an unknown list order": (
        _set([*U, "conversations", "list", "order"], "alphabetical"),
        "#/x-unified/conversations/list/order",
        "'alphabetical' is not one of",
    ),
}


def _broken(tmp_path: Path, change: Callable[[Doc], None]) -> Path:
    doc = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    broken = copy.deepcopy(doc)
    change(broken)
    path = tmp_path / "helpdesk.yaml"
    path.write_text(yaml.safe_dump(broken, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("fault", sorted(CASES))
def test_a_broken_mapping_is_refused_with_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fault: str
) -> None:
    change, pointer, message = CASES[fault]
    path = _broken(tmp_path, change)
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    found = re.search(
        rf"^(?:.*/)?helpdesk\.yaml:(\d+)(?::\d+)?: error: {re.escape(pointer)}: x-unified: (.*)$",
        err,
        re.M,
    )
    assert found is not None, err
    assert message in found.group(2), err
    # the line is inside the x-unified block: the place itself, or the mapping that should hold it
    lines = path.read_text(encoding="utf-8").splitlines()
    start = lines.index("x-unified:") + 1
    end = next(i for i, line in enumerate(lines) if i >= start and line[:1].isalpha())
    assert start <= int(found.group(1)) <= end, (found.group(1), start, end)


def test_the_valid_mapping_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(SPEC)]) == 0


def test_generate_writes_nothing_when_a_mapping_is_broken(tmp_path: Path) -> None:
    root = tmp_path / "project"
    shutil.copytree(Path(__file__).resolve().parents[2] / "specs", root / "specs")
    broken = _broken(tmp_path, CASES["a field path the schema does not have"][0])
    shutil.copy(broken, root / "specs" / "helpdesk.yaml")
    before = sorted(p.name for p in (root).iterdir())
    cwd = os.getcwd()
    os.chdir(root)
    try:
        assert main(["generate"]) == 2
    finally:
        os.chdir(cwd)
    assert sorted(p.name for p in root.iterdir()) == before  # no generated/ at all
