"""`generator/drift/`: drift logs merged, and the overlay proposed for each kind of finding, checked by
applying it (the load stage must take it) and by what it changes in the document."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from codegen_tests.helpers import ROOT
from generator.drift.logs import read_logs
from generator.drift.propose import propose
from generator.load.check import load

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Inbox", "version": "1.0.0"},
    "paths": {
        "/threads/{id}": {
            "get": {
                "operationId": "getThread",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thread"}}
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Agent": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Thread": {
                "type": "object",
                "required": ["id", "agent", "opened_at"],
                "properties": {
                    "id": {"type": "string"},
                    "agent": {"$ref": "#/components/schemas/Agent"},
                    "opened_at": {"type": "string", "format": "date-time"},
                    "tags": {"type": "object", "additionalProperties": {"type": "integer"}},
                },
            },
        }
    },
}


def _record(kind: str, pointer: str, arrived: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "kind": kind,
        "operation": "GET /threads/{id}",
        "status": 200,
        "pointer": pointer,
        "expected": {},
        "arrived": arrived,
        "count": 3,
        "first_seen": "2026-12-01T00:00:00Z",
        "last_seen": "2026-12-02T00:00:00Z",
        "package": "inbox_client",
        "version": "1.0.0",
        **extra,
    }


def _write(tmp: Path, name: str, data: Any) -> Path:
    path = tmp / name
    if name.endswith(".jsonl"):
        path.write_text("".join(json.dumps(r) + "\n" for r in data))
    else:
        path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def _propose(
    tmp: Path, spec: dict[str, Any], records: list[dict[str, Any]]
) -> tuple[Path, str, Any]:
    spec_path = _write(tmp, "inbox.yaml", spec)
    proposal = propose(load(spec_path).document, read_logs([_write(tmp, "drift.jsonl", records)]))
    overlay = tmp / "drift.overlay.yaml"
    overlay.write_text(proposal.text())
    if not proposal.actions:  # nothing to apply (an overlay needs one action)
        return spec_path, proposal.text(), None
    return spec_path, proposal.text(), load(spec_path, overlays=[overlay]).document.data


def test_logs_from_several_hosts_merge_into_one_record_per_finding(tmp_path: Path) -> None:
    a = _write(tmp_path, "a.jsonl", [_record("null", "/agent", {"type": "null"})])
    later = _record(
        "null",
        "/agent",
        {"type": "null"},
        first_seen="2026-12-05T00:00:00Z",
        last_seen="2026-12-09T00:00:00Z",
    )
    b = tmp_path / "b.jsonl"
    b.write_text(
        json.dumps(later) + "\nnot json\n" + json.dumps({"kind": "overflow", "count": 7}) + "\n"
    )
    logs = read_logs([a, b])
    [record] = logs.records
    assert (record.count, record.first_seen, record.last_seen) == (
        6,
        "2026-12-01T00:00:00Z",
        "2026-12-09T00:00:00Z",
    )
    assert (logs.skipped, logs.overflow) == (1, 7)


def test_a_null_in_a_referenced_schema_widens_that_use_only(tmp_path: Path) -> None:
    _, text, data = _propose(tmp_path, SPEC, [_record("null", "/agent", {"type": "null"})])
    agent = data["components"]["schemas"]["Thread"]["properties"]["agent"]
    assert agent == {"anyOf": [{"$ref": "#/components/schemas/Agent"}, {"type": "null"}]}
    assert data["components"]["schemas"]["Agent"] == SPEC["components"]["schemas"]["Agent"]
    assert "# null: GET /threads/{id} 200 /agent: null where the spec allows none" in text
    assert (
        "# seen in 3 answers, first 2026-12-01T00:00:00Z, last 2026-12-02T00:00:00Z (inbox_client 1.0.0)"
        in text
    )


def test_a_null_in_an_openapi_3_0_document_is_nullable_true(tmp_path: Path) -> None:
    spec = json.loads(json.dumps(SPEC))
    spec["openapi"] = "3.0.3"
    _, _, data = _propose(tmp_path, spec, [_record("null", "/opened_at", {"type": "null"})])
    assert data["components"]["schemas"]["Thread"]["properties"]["opened_at"]["nullable"] is True


def test_a_string_out_of_format_drops_the_format_and_map_values_are_reached(tmp_path: Path) -> None:
    records = [
        _record("format", "/opened_at", {"type": "string", "violates": ["format"]}),
        _record("type", "/tags/*", {"type": "string"}),
    ]
    _, _, data = _propose(tmp_path, SPEC, records)
    thread = data["components"]["schemas"]["Thread"]["properties"]
    assert thread["opened_at"] == {"type": "string"}
    assert thread["tags"]["additionalProperties"] == {"type": ["integer", "string"]}


def test_what_cannot_be_acted_on_is_a_note_not_a_silent_drop(tmp_path: Path) -> None:
    records = [
        _record("enum", "/status", {"type": "string", "value_withheld": True}),
        _record("keys", "/tags", {"keys_withheld": 2}),
        {**_record("null", "/agent", {"type": "null"}), "operation": "GET /gone"},
        _record("property", "/nowhere/deep", {"type": "string"}),
    ]
    _, text, _ = _propose(tmp_path, SPEC, records)
    notes = [line for line in text.splitlines() if line.startswith("# not proposed:")]
    assert len(notes) == 4
    assert "actions: []" in text


def test_codegen_drift_grades_the_overlay_it_proposes(tmp_path: Path) -> None:
    spec = _write(tmp_path, "inbox.yaml", SPEC)
    log = _write(tmp_path, "drift.jsonl", [_record("property", "/priority", {"type": "integer"})])
    run = subprocess.run(
        [sys.executable, "-m", "generator", "drift", str(spec), str(log)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "- target: $.components.schemas.Thread.properties" in run.stdout  # the overlay on stdout
    assert run.stderr.splitlines()[-2:] == [
        "model Thread: optional field `priority` added",
        "bump: minor",
    ]


def test_a_broken_constraint_is_removed_by_its_keyword(tmp_path: Path) -> None:
    spec = json.loads(json.dumps(SPEC))
    spec["components"]["schemas"]["Thread"]["properties"]["id"] = {
        "type": "string",
        "pattern": "^T-[0-9]+$",
        "minLength": 3,
    }
    _, text, data = _propose(
        tmp_path, spec, [_record("format", "/id", {"type": "string", "violates": ["pattern"]})]
    )
    assert data["components"]["schemas"]["Thread"]["properties"]["id"] == {
        "type": "string",
        "minLength": 3,
    }
    assert "a string that breaks its pattern" in text
