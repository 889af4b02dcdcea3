"""Drift logs read and merged: one Record per distinct finding across every log given.

Logs come from many processes and machines; the same finding seen in several is one record whose
count is the sum and whose first and last sightings span them all. Lines that are not records (a
truncated copy, another file) are counted and skipped, never fatal.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KINDS = ("enum", "null", "property", "type", "format", "missing", "event", "keys")


@dataclass
class Record:
    """One distinct finding: where (operation, status, pointer), what (kind, expected, arrived), how often."""

    kind: str
    operation: str
    status: int | None
    pointer: str
    expected: dict[str, Any]
    arrived: dict[str, Any]
    count: int
    first_seen: str
    last_seen: str
    packages: set[str] = field(default_factory=set)
    versions: set[str] = field(default_factory=set)

    def key(self) -> str:
        return json.dumps(
            [self.kind, self.operation, self.status, self.pointer, self.arrived], sort_keys=True
        )

    def evidence(self) -> str:
        """`seen in 12 answers, first 2026-...Z, last 2026-...Z (acme_client 2.0.0)`."""
        answers = "answer" if self.count == 1 else "answers"
        made = ", ".join(sorted(f"{p} {v}" for p in self.packages for v in self.versions))
        return f"seen in {self.count} {answers}, first {self.first_seen}, last {self.last_seen}" + (
            f" ({made})" if made else ""
        )


@dataclass
class Logs:
    records: list[Record]
    skipped: int  # lines that were not records
    overflow: int  # findings a full log could no longer keep


def _record(data: Any) -> Record | None:
    if not isinstance(data, dict) or data.get("kind") not in KINDS:
        return None
    try:
        status = data.get("status")
        return Record(
            kind=str(data["kind"]),
            operation=str(data["operation"]),
            status=int(status) if status is not None else None,
            pointer=str(data["pointer"]),
            expected=dict(data.get("expected") or {}),
            arrived=dict(data.get("arrived") or {}),
            count=int(data.get("count", 1)),
            first_seen=str(data.get("first_seen", "")),
            last_seen=str(data.get("last_seen", "")),
            packages={str(data.get("package", ""))} - {""},
            versions={str(data.get("version", ""))} - {""},
        )
    except (KeyError, TypeError, ValueError):
        return None


def read_logs(paths: list[Path]) -> Logs:
    """Every record of every log, merged by finding (counts summed, sightings spanned)."""
    merged: dict[str, Record] = {}
    skipped = overflow = 0
    for path in paths:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except ValueError:
                skipped += 1
                continue
            if isinstance(data, dict) and data.get("kind") == "overflow":
                overflow += int(data.get("count", 0) or 0)
                continue
            record = _record(data)
            if record is None:
                skipped += 1
                continue
            old = merged.get(record.key())
            if old is None:
                merged[record.key()] = record
                continue
            old.count += record.count
            old.first_seen = min(old.first_seen, record.first_seen)
            old.last_seen = max(old.last_seen, record.last_seen)
            old.packages |= record.packages
            old.versions |= record.versions
    records = sorted(merged.values(), key=lambda r: (r.operation, r.pointer, r.kind, r.key()))
    return Logs(records, skipped, overflow)
