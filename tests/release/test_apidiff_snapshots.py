"""The rules a small spec cannot reach through `codegen diff`, on snapshots: package names (both sides are
generated under one package name), root models; and the webhook rules on hand-edited sections (the
same rules through real specs: test_apidiff_rules.py).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from release_specs import BASE, write_spec

from generator.pipeline import build_ir
from generator.release.apidiff import bump_of, compare
from generator.release.surface import snapshot

Surface = dict[str, Any]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Surface:
    path = write_spec(tmp_path_factory.mktemp("spec") / "inbox.yaml", BASE)
    return snapshot(build_ir(Path(path), "inbox_client"))


def with_event(s: Surface) -> None:
    s["webhooks"]["conversation.created"] = {"payload": "Conversation", "doc": ""}


def root_model(s: Surface) -> None:
    s["models"]["Priority"] = {
        "bases": [],
        "doc": "",
        "root": "Literal['low', 'high'] | str",
        "used_by": ["response"],
    }


def request_root_model(s: Surface) -> None:
    root_model(s)
    s["models"]["Priority"]["used_by"] = ["request"]


def nullable_required(s: Surface) -> None:
    s["models"]["Conversation"]["fields"]["closed_at"] = {
        "doc": "",
        "required": True,
        "type": "str | None",
        "wire": "closedAt",
    }


Edit = Callable[[Surface], None]


def _nothing(s: Surface) -> None:
    del s


CASES: list[tuple[str, Edit, Edit, str, str]] = [
    ("event added", _nothing, with_event, "minor", "webhook conversation.created: event added"),
    (
        "event removed",
        with_event,
        _nothing,
        "major",
        "webhook conversation.created: event removed (breaking)",
    ),
    (
        "event payload changed",
        with_event,
        lambda s: (with_event(s), s["webhooks"]["conversation.created"].update(payload="Tag")),
        "major",
        "webhook conversation.created: payload: type changed, `Conversation` -> `Tag` (breaking)",
    ),
    (
        "import name changed",
        _nothing,
        lambda s: s.update(package="helpdesk_client"),
        "major",
        "package: import name `inbox_client` -> `helpdesk_client` (breaking)",
    ),
    (
        "distribution name changed",
        _nothing,
        lambda s: s.update(dist_name="helpdesk-client"),
        "major",
        "package: distribution name `inbox-client` -> `helpdesk-client` (breaking)",
    ),
    (
        "environment variables renamed",
        _nothing,
        lambda s: s["client"].update(env_prefix="HELPDESK"),
        "major",
        "client: environment variables `INBOX_*` -> `HELPDESK_*` (breaking)",
    ),
    (
        "response root model enum widened",
        root_model,
        lambda s: (
            root_model(s),
            s["models"]["Priority"].update(root="Literal['low', 'high', 'urgent'] | str"),
        ),
        "minor",
        "model Priority: value: enum value(s) 'urgent' added",
    ),
    (
        "request root model enum narrowed",
        request_root_model,
        lambda s: (
            request_root_model(s),
            s["models"]["Priority"].update(root="Literal['low'] | str"),
        ),
        "major",
        "model Priority: value: enum value(s) 'high' removed (breaking)",
    ),
    (
        "root model became a model with fields",
        root_model,
        lambda s: s["models"].update(
            Priority={"bases": [], "doc": "", "fields": {}, "used_by": ["response"]}
        ),
        "major",
        "model Priority: changed between a model with fields and a root model (breaking)",
    ),
    (
        "response model field now optional, same type",
        nullable_required,
        lambda s: (
            nullable_required(s),
            s["models"]["Conversation"]["fields"]["closed_at"].update(required=False),
        ),
        "patch",
        "model Conversation: field `closed_at` now optional",
    ),
    (
        "positional parameter became keyword-only",
        _nothing,
        lambda s: s["operations"]["conversations.retrieve"]["params"]["id"].update(position=None),
        "major",
        "conversations.retrieve: parameter `id` now keyword-only (breaking)",
    ),
    (
        "model description reworded",
        _nothing,
        lambda s: s["models"]["Tag"].update(doc="0123456789ab"),
        "patch",
        "model Tag: description changed",
    ),
]


@pytest.mark.parametrize(
    ("old_edit", "new_edit", "bump", "line"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_snapshot_rule(base: Surface, old_edit: Edit, new_edit: Edit, bump: str, line: str) -> None:
    old, new = copy.deepcopy(base), copy.deepcopy(base)
    old_edit(old)
    new_edit(new)
    changes = compare(old, new)
    assert line in [c.line() for c in changes], [c.line() for c in changes]
    assert bump_of(changes) == bump


def test_a_snapshot_equals_itself(base: Surface) -> None:
    assert compare(base, copy.deepcopy(base)) == []
