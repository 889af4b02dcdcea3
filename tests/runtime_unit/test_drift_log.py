"""The drift log file: one line per distinct finding with its count, bounded, and a broken line in it
costs that line only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import pytest
from pydantic import Field
from runtime import _drift
from runtime._modelbase import BaseModel


def _finding(n: int) -> _drift.Finding:
    return _drift.Finding(
        "property", f"/extra_{chr(97 + n % 26)}{n // 26}", {"declared": False}, {"type": "string"}
    )


def test_the_log_is_bounded_and_counts_what_it_could_not_keep(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_drift, "MAX_RECORDS", 10)
    log = _drift.DriftLog(tmp_path / "drift.jsonl", package="p", version="1")
    log.record("GET /x", 200, [_finding(n) for n in range(25)])
    log.record(
        "GET /x", 200, [_finding(0), _finding(24)]
    )  # one kept (counted), one that did not fit
    lines = [json.loads(line) for line in (tmp_path / "drift.jsonl").read_text().splitlines()]
    assert len(lines) == 11
    overflow = lines[-1]
    assert (overflow["kind"], overflow["count"]) == ("overflow", 16)
    assert lines[0]["pointer"] == "/extra_a0" and lines[0]["count"] == 2


def test_a_broken_line_is_dropped_and_the_rest_kept(tmp_path: Path) -> None:
    path = tmp_path / "drift.jsonl"
    log = _drift.DriftLog(path, package="p", version="1")
    log.record("GET /x", 200, [_finding(1)])
    path.write_text(path.read_text() + '{"kind": "prop\n')  # a torn line from a copy
    log.record("GET /x", 200, [_finding(1)])
    [line] = [json.loads(line) for line in path.read_text().splitlines()]
    assert line["count"] == 2


def test_the_same_finding_twice_in_one_answer_counts_once() -> None:
    findings = _drift.observe(list[dict[str, int]], [{"a": "x"}, {"b": "y"}, {"c": 1}])
    assert [(f.kind, f.pointer) for f in findings] == [("type", "/*/*")]


def test_a_shape_keeps_types_formats_and_code_like_names_only() -> None:
    shape = _drift.shape(
        {"due": "2026-01-02T10:00:00Z", "n": 1, "ana@example.com": "x", "tags": ["a", None]}
    )
    assert shape == {
        "type": "object",
        "properties": {
            "due": {"type": "string", "format": "date-time"},
            "n": {"type": "integer"},
            "tags": {"type": "array", "items": {"type": ["null", "string"]}},
        },
        "keys_withheld": 1,
    }


class _Later(BaseModel):
    """A model whose field refers to a class defined after it: incomplete until first rebuilt."""

    owner_name: Annotated[list[_Owner], Field(alias="ownerName")]


class _Owner(BaseModel):
    name: str


def test_a_model_not_built_yet_is_compared_by_its_wire_names() -> None:
    assert not _Later.__pydantic_complete__  # as a generated model is before its first validation
    findings = _drift.observe(_Later, {"ownerName": [{"name": "x"}]})
    assert findings == []


class _Licensed(BaseModel):
    key: Annotated[str, Field(alias="licenseKey", pattern=r"^IM-[0-9]{4}$")]
    seats: Annotated[list[int], Field(min_length=1)]


def test_a_broken_constraint_of_an_aliased_field_is_found_and_named() -> None:
    findings = _drift.observe(_Licensed, {"licenseKey": "free text", "seats": []})
    assert [(f.kind, f.pointer, f.arrived) for f in findings] == [
        ("format", "/licenseKey", {"type": "string", "violates": ["pattern"]}),
        ("format", "/seats", {"type": "array", "violates": ["minItems"]}),
    ]
