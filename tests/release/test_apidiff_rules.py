"""Every rule of the README's breaking-change table, one small spec change each, through `codegen diff`.

Each case edits a copy of BASE, runs `codegen diff BASE EDITED` (in-process; one case runs the real
command) and checks the final `bump:` line and the line that names what changed.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from release_specs import (
    BASE,
    ROOT,
    Spec,
    conversation,
    json_of,
    list_op,
    new_conversation,
    param_of,
    schemas_of,
    write_spec,
)

from generator.cli import main


# Each edit: (id, mutation, expected bump, a line that must be in the report).
def remove_operation(s: Spec) -> None:
    del s["paths"]["/conversations/{id}"]


def add_operation(s: Spec) -> None:
    s["paths"]["/tags"] = {
        "get": {
            "operationId": "listTags",
            "x-client-method": "tags.list",
            "responses": {"200": {"description": "Tags", "content": json_of("Tag")}},
        }
    }


def add_resource(s: Spec) -> None:
    add_operation(s)  # `tags` is a resource BASE does not have


def add_required_param(s: Spec) -> None:
    list_op(s)["parameters"].append(
        {"name": "team", "in": "query", "required": True, "schema": {"type": "string"}}
    )


def add_optional_param(s: Spec) -> None:
    list_op(s)["parameters"].append({"name": "label", "in": "query", "schema": {"type": "string"}})


def remove_optional_param(s: Spec) -> None:
    list_op(s)["parameters"] = [p for p in list_op(s)["parameters"] if p["name"] != "limit"]


def param_now_required(s: Spec) -> None:
    param_of(s, "limit")["required"] = True


def body_field_now_optional(s: Spec) -> None:
    new_conversation(s)["required"] = []


def param_type_narrowed(s: Spec) -> None:
    new_conversation(s)["properties"]["subject"] = {"type": "string", "enum": ["billing", "sales"]}


def param_type_widened(s: Spec) -> None:
    new_conversation(s)["properties"]["priority"] = {"type": "number"}


def param_type_changed(s: Spec) -> None:
    param_of(s, "limit")["schema"] = {"type": "string"}


def request_enum_value_removed(s: Spec) -> None:
    param_of(s, "status")["schema"]["enum"] = ["open"]


def request_enum_value_added(s: Spec) -> None:
    new_conversation(s)["properties"]["channel"]["enum"].append("sms")


def new_required_body_field(s: Spec) -> None:
    new_conversation(s)["properties"]["inbox_id"] = {"type": "string"}
    new_conversation(s)["required"].append("inbox_id")


def new_optional_body_field(s: Spec) -> None:
    new_conversation(s)["properties"]["note"] = {"type": "string"}


def response_field_removed(s: Spec) -> None:
    del conversation(s)["properties"]["subject"]


def response_field_added(s: Spec) -> None:
    conversation(s)["properties"]["unread_count"] = {"type": "integer"}


def response_enum_widened(s: Spec) -> None:
    conversation(s)["properties"]["status"]["enum"].append("snoozed")


def response_enum_narrowed(s: Spec) -> None:
    conversation(s)["properties"]["status"]["enum"] = ["open"]


def response_type_widened(s: Spec) -> None:
    conversation(s)["properties"]["id"] = {"type": ["string", "null"]}


def response_type_narrowed(s: Spec) -> None:
    conversation(s)["required"].append("subject")


def return_type_changed(s: Spec) -> None:
    s["paths"]["/conversations/{id}"]["get"]["responses"]["200"]["content"] = json_of(
        "ConversationList"
    )


def model_removed(s: Spec) -> None:
    del schemas_of(s)["Tag"]


def model_renamed(s: Spec) -> None:
    schemas_of(s)["Label"] = schemas_of(s).pop("Tag")


def model_added(s: Spec) -> None:
    schemas_of(s)["Note"] = {"type": "object", "properties": {"text": {"type": "string"}}}


def error_added(s: Spec) -> None:
    list_op(s)["responses"]["429"] = {"description": "Slow down", "content": json_of("Error")}


def error_removed(s: Spec) -> None:
    del list_op(s)["responses"]["404"]


def description_reworded(s: Spec) -> None:
    list_op(s)["description"] = "Every conversation of the inbox, newest first."


def param_description_reworded(s: Spec) -> None:
    param_of(s, "status")["description"] = "Filter: only this state."


def operation_deprecated(s: Spec) -> None:
    list_op(s)["deprecated"] = True


def wire_path_changed(s: Spec) -> None:
    s["paths"]["/threads/{id}"] = s["paths"].pop("/conversations/{id}")


def path_param_added(s: Spec) -> None:
    op = s["paths"].pop("/conversations/{id}")
    op["get"]["parameters"].insert(
        0, {"name": "inbox", "in": "path", "required": True, "schema": {"type": "string"}}
    )
    s["paths"]["/inboxes/{inbox}/conversations/{id}"] = op


def param_location_changed(s: Spec) -> None:
    param_of(s, "limit")["in"] = "header"


def idempotency_key_added(s: Spec) -> None:
    create = s["paths"]["/conversations"]["post"]
    create["x-idempotency-key"] = "Idempotency-Key"
    create["parameters"] = [
        {"name": "Idempotency-Key", "in": "header", "schema": {"type": "string"}}
    ]


def base_url_changed(s: Spec) -> None:
    s["servers"] = [{"url": "https://eu.example.test"}]


def base_url_removed(s: Spec) -> None:
    s["servers"] = [
        {"url": "https://{host}", "x-placeholder": True, "variables": {"host": {"default": "x"}}}
    ]


def auth_changed(s: Spec) -> None:
    s["components"]["securitySchemes"]["bearer"] = {
        "type": "apiKey",
        "in": "header",
        "name": "X-Api-Key",
    }


def client_renamed(s: Spec) -> None:
    s["info"]["x-client"] = {"class-name": "Helpdesk"}


def nothing(s: Spec) -> None:
    del s  # the same document


Edit = Callable[[Spec], None]
RULES: list[tuple[Edit, str, str]] = [
    (remove_operation, "major", "conversations.retrieve: operation removed (breaking)"),
    (add_operation, "minor", "tags.list: operation added"),
    (add_resource, "minor", "resource tags: added (1 operation)"),
    (add_required_param, "major", "conversations.list: required parameter `team` added (breaking)"),
    (add_optional_param, "minor", "conversations.list: optional parameter `label` added"),
    (remove_optional_param, "major", "conversations.list: parameter `limit` removed (breaking)"),
    (param_now_required, "major", "conversations.list: parameter `limit` now required (breaking)"),
    (
        body_field_now_optional,
        "minor",
        "conversations.create: parameter `contact_id` (body field) now optional",
    ),
    (
        param_type_narrowed,
        "major",
        "conversations.create: parameter `subject` (body field): type narrowed, "
        "`str` -> `Literal['billing', 'sales']` (breaking)",
    ),
    (
        param_type_widened,
        "minor",
        "conversations.create: parameter `priority` (body field): type widened, `int` -> `float`",
    ),
    (
        param_type_changed,
        "major",
        "conversations.list: parameter `limit`: type changed, `int` -> `str` (breaking)",
    ),
    (
        request_enum_value_removed,
        "major",
        "conversations.list: parameter `status`: enum value(s) 'closed' removed (breaking)",
    ),
    (
        request_enum_value_added,
        "minor",
        "conversations.create: parameter `channel` (body field): enum value(s) 'sms' added",
    ),
    (
        new_required_body_field,
        "major",
        "conversations.create: required parameter `inbox_id` (body field) added (breaking)",
    ),
    (
        new_optional_body_field,
        "minor",
        "conversations.create: optional parameter `note` (body field) added",
    ),
    (response_field_removed, "major", "model Conversation: field `subject` removed (breaking)"),
    (response_field_added, "minor", "model Conversation: optional field `unread_count` added"),
    (
        response_enum_widened,
        "minor",
        "model Conversation: field `status`: enum value(s) 'snoozed' added",
    ),
    (
        response_enum_narrowed,
        "patch",
        "model Conversation: field `status`: enum value(s) 'closed' no longer listed",
    ),
    (
        response_type_widened,
        "major",
        "model Conversation: field `id`: type widened, `str` -> `str | None` (breaking)",
    ),
    (
        response_type_narrowed,
        "minor",
        "model Conversation: field `subject`: type narrowed, `str | None` -> `str`",
    ),
    (
        return_type_changed,
        "major",
        "conversations.retrieve: return type: type changed, "
        "`_models.Conversation` -> `_models.ConversationList` (breaking)",
    ),
    (model_removed, "major", "model Tag: removed (breaking)"),
    (model_renamed, "major", "model Tag: renamed to `Label` (breaking)"),
    (model_added, "minor", "model Note: added"),
    (error_added, "minor", "conversations.list: documents error 429"),
    (error_removed, "patch", "conversations.list: no longer documents error 404"),
    (description_reworded, "patch", "conversations.list: description changed"),
    (
        param_description_reworded,
        "patch",
        "conversations.list: parameter `status`: description changed",
    ),
    (operation_deprecated, "minor", "conversations.list: deprecated"),
    (
        wire_path_changed,
        "patch",
        "conversations.retrieve: now sends GET /threads/{id} (was GET /conversations/{id})",
    ),
    (
        path_param_added,
        "major",
        "conversations.retrieve: required parameter `inbox` added (breaking)",
    ),
    (
        param_location_changed,
        "patch",
        "conversations.list: parameter `limit` now sent as header `limit`",
    ),
    (
        idempotency_key_added,
        "minor",
        "conversations.create: sends an idempotency key: retries are safe, `idempotency_key=` added",
    ),
    (
        base_url_changed,
        "minor",
        "client: default base URL https://api.example.test -> https://eu.example.test",
    ),
    (base_url_removed, "major", "client: no default base URL any more (breaking)"),
    (auth_changed, "patch", "client: API key sent by bearer -> header"),
    (client_renamed, "major", "client: client class `Inbox` renamed to `Helpdesk` (breaking)"),
    (
        new_required_body_field,
        "major",
        "model NewConversation: required field `inbox_id` added (breaking)",
    ),
    (body_field_now_optional, "minor", "model NewConversation: field `contact_id` now optional"),
    (nothing, "none", ""),
]

# The same edits read backwards (EDITED -> BASE): the opposite rule.
REVERSED: list[tuple[Edit, str, str]] = [
    (remove_operation, "minor", "conversations.retrieve: operation added"),
    (add_resource, "major", "resource tags: removed (1 operation) (breaking)"),
    (operation_deprecated, "patch", "conversations.list: no longer deprecated"),
    (param_now_required, "minor", "conversations.list: parameter `limit` now optional"),
    (
        idempotency_key_added,
        "major",
        "conversations.create: `idempotency_key=` removed (breaking)",
    ),
    (base_url_removed, "minor", "client: default base URL https://api.example.test"),
    (model_added, "major", "model Note: removed (breaking)"),
    (
        response_type_narrowed,
        "major",
        "model Conversation: field `subject`: type widened, `str` -> `str | None` (breaking)",
    ),
]


def diff(
    tmp_path: Path,
    edit: Edit,
    capsys: pytest.CaptureFixture[str],
    *extra: str,
    reverse: bool = False,
) -> tuple[int, list[str]]:
    edited = copy.deepcopy(BASE)
    edit(edited)
    before, after = (edited, BASE) if reverse else (BASE, edited)
    return diff_pair(tmp_path, before, after, capsys, *extra)


def diff_pair(
    tmp_path: Path, before: Spec, after: Spec, capsys: pytest.CaptureFixture[str], *extra: str
) -> tuple[int, list[str]]:
    (tmp_path / "old").mkdir(parents=True)
    (tmp_path / "new").mkdir()
    old = write_spec(tmp_path / "old" / "inbox.yaml", before)
    new = write_spec(tmp_path / "new" / "inbox.yaml", after)
    capsys.readouterr()
    code = main(["diff", str(old), str(new), *extra])
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    return code, out.splitlines()


@pytest.mark.parametrize(("edit", "bump", "line"), RULES, ids=[r[0].__name__ for r in RULES])
def test_rule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], edit: Edit, bump: str, line: str
) -> None:
    code, lines = diff(tmp_path, edit, capsys)
    assert code == 0
    assert lines[-1] == f"bump: {bump}", lines
    if line:
        assert line in lines, "\n".join(lines)
    else:
        assert lines == ["bump: none"]


@pytest.mark.parametrize(("edit", "bump", "line"), REVERSED, ids=[r[0].__name__ for r in REVERSED])
def test_reversed_rule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], edit: Edit, bump: str, line: str
) -> None:
    code, lines = diff(tmp_path, edit, capsys, reverse=True)
    assert code == 0
    assert lines[-1] == f"bump: {bump}", lines
    assert line in lines, "\n".join(lines)


def _with_path(spec: Spec, path: str) -> Spec:
    out = copy.deepcopy(spec)
    out["paths"][path] = {
        "get": {
            "operationId": "getMember",
            "x-client-method": "members.retrieve",
            "parameters": [
                {"name": n, "in": "path", "required": True, "schema": {"type": "string"}}
                for n in ("team", "user")
            ],
            "responses": {"200": {"description": "One"}},
        }
    }
    return out


def test_positional_parameters_moved(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _with_path(BASE, "/teams/{team}/users/{user}")
    after = _with_path(BASE, "/users/{user}/teams/{team}")
    _, lines = diff_pair(tmp_path, before, after, capsys)
    assert "members.retrieve: parameter `user` moved from position 2 to 1 (breaking)" in lines
    assert lines[-1] == "bump: major"


def _tagged(spec: Spec, *, inherit: bool) -> Spec:
    out = copy.deepcopy(spec)
    weight = {"weight": {"type": "integer"}}
    if inherit:
        schema: dict[str, Any] = {
            "allOf": [
                {"$ref": "#/components/schemas/Tag"},
                {"type": "object", "properties": weight},
            ]
        }
    else:
        tag = schemas_of(spec)["Tag"]
        schema = {**tag, "properties": {**tag["properties"], **weight}}
    schemas_of(out)["Weighted"] = schema
    return out


def test_model_base_class_removed_and_added(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inherits, flat = _tagged(BASE, inherit=True), _tagged(BASE, inherit=False)
    _, lines = diff_pair(tmp_path / "a", inherits, flat, capsys)
    assert "model Weighted: base classes ['Tag'] -> [] (breaking)" in lines
    _, lines = diff_pair(tmp_path / "b", flat, inherits, capsys)
    assert "model Weighted: base classes [] -> ['Tag']" in lines


def test_breaking_changes_come_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def several(s: Spec) -> None:
        add_optional_param(s)
        description_reworded(s)
        remove_operation(s)
        response_field_added(s)

    _, lines = diff(tmp_path, several, capsys)
    levels = ["major" if line.endswith("(breaking)") else "other" for line in lines[:-1]]
    assert levels[0] == "major" and "major" not in levels[1:], lines
    assert lines.index("conversations.list: optional parameter `label` added") < lines.index(
        "conversations.list: description changed"
    )
    assert lines[-1] == "bump: major"


def test_fail_on_sets_the_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = diff(tmp_path, add_optional_param, capsys, "--fail-on", "major")
    assert (code, lines[-1]) == (0, "bump: minor")
    code, lines = diff(tmp_path / "again", add_optional_param, capsys, "--fail-on", "minor")
    assert (code, lines[-1]) == (1, "bump: minor")


def test_the_real_command_reports_a_removed_operation(tmp_path: Path) -> None:
    edited = copy.deepcopy(BASE)
    remove_operation(edited)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    old = write_spec(tmp_path / "a" / "inbox.yaml", BASE)
    new = write_spec(tmp_path / "b" / "inbox.yaml", edited)
    result = subprocess.run(
        [sys.executable, "-m", "generator", "diff", str(old), str(new)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "conversations.retrieve: operation removed (breaking)",
        "bump: major",
    ]


def test_a_snapshot_file_stands_for_the_old_side(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`releases/<name>/api.json` can be the OLD argument: the diff since the last release."""
    from generator.pipeline import build_ir
    from generator.release.surface import snapshot

    (tmp_path / "new").mkdir()
    old_spec = write_spec(tmp_path / "inbox.yaml", BASE)
    snap = tmp_path / "api.json"
    snap.write_text(json.dumps(snapshot(build_ir(old_spec, "inbox_client"))))
    edited = copy.deepcopy(BASE)
    add_required_param(edited)
    new = write_spec(tmp_path / "new" / "inbox.yaml", edited)
    capsys.readouterr()
    assert main(["diff", str(snap), str(new)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "conversations.list: required parameter `team` added (breaking)",
        "bump: major",
    ]


def test_an_invalid_spec_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = write_spec(tmp_path / "inbox.yaml", BASE)
    edited = copy.deepcopy(BASE)
    list_op(edited)["responses"]["200"]["content"] = json_of("Missing")
    broken = write_spec(tmp_path / "broken.yaml", edited)
    assert main(["diff", str(old), str(broken)]) == 2
    assert "bump:" not in capsys.readouterr().out


# -- webhooks: the events a package unwraps --------------------------------------------------------------


def _with_webhook(spec: Spec, payload: str = "Conversation", signed: bool = False) -> Spec:
    out = copy.deepcopy(spec)
    out["webhooks"] = {
        "conversation.created": {
            "post": {
                "requestBody": {"required": True, "content": json_of(payload)},
                "responses": {"200": {"description": "Received"}},
            }
        }
    }
    if signed:
        out["x-webhook-signature"] = {
            "header": "X-Signature",
            "value": "t={timestamp},v1={signature}",
            "signed": "{timestamp}.{body}",
        }
    return out


WEBHOOK_RULES = [
    (
        "event added",
        BASE,
        _with_webhook(BASE),
        "minor",
        "webhook conversation.created: event added",
    ),
    (
        "event removed",
        _with_webhook(BASE),
        BASE,
        "major",
        "webhook conversation.created: event removed (breaking)",
    ),
    (
        "payload type changed",
        _with_webhook(BASE),
        _with_webhook(BASE, "Tag"),
        "major",
        "webhook conversation.created: payload: type changed, "
        "`_models.Conversation` -> `_models.Tag` (breaking)",
    ),
    (
        "now signed",
        _with_webhook(BASE),
        _with_webhook(BASE, signed=True),
        "major",
        "webhook conversation.created: now signed: unwrap needs the webhook secret (breaking)",
    ),
    (
        "no longer signed",
        _with_webhook(BASE, signed=True),
        _with_webhook(BASE),
        "minor",
        "webhook conversation.created: no longer signed: unwrap takes it without a secret",
    ),
]


@pytest.mark.parametrize(
    ("before", "after", "bump", "line"),
    [r[1:] for r in WEBHOOK_RULES],
    ids=[r[0] for r in WEBHOOK_RULES],
)
def test_webhook_rule(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    before: Spec,
    after: Spec,
    bump: str,
    line: str,
) -> None:
    code, lines = diff_pair(tmp_path, before, after, capsys)
    assert code == 0
    assert lines[-1] == f"bump: {bump}", lines
    assert line in lines, "\n".join(lines)


def test_a_changed_signature_scheme_is_a_patch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    after = _with_webhook(BASE, signed=True)
    after["x-webhook-signature"]["tolerance"] = 60
    code, lines = diff_pair(tmp_path, _with_webhook(BASE, signed=True), after, capsys)
    assert code == 0
    assert lines == ["webhook conversation.created: signature scheme changed", "bump: patch"]
