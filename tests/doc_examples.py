"""The providers' published example payloads, as fixtures the project carries.

`tests/fixtures/doc_payloads/<page>.json` holds every JSON payload of one doc page, each with its
provenance (page, block, line) and the operation it belongs to. The fixtures of the
`provider-docs/*.txt` pages were extracted by `tests/corpus/pages.py`, and
`tests/corpus/test_doc_fixtures.py` checks they still equal what the pages yield whenever the corpus
is present; a fixture with a `url` holds the complete payloads of a stored reference page that has
no local copy (DataCrazy's further reference pages), taken block by block. Shared by the spec checks (`test_provider_examples`) and
the HTTP client tests (`tests/clients`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "doc_payloads"


@dataclass(frozen=True)
class DocPayload:
    page: str
    block: int
    provenance: str
    spec: str
    operation_id: str
    target: str  # "request" or "response <status>"
    payload: Any

    @property
    def kind(self) -> str:
        return self.target.split()[0]


@cache
def _load() -> tuple[DocPayload, ...]:
    out: list[DocPayload] = []
    for path in sorted(FIXTURES.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        for entry in document["payloads"]:
            out.append(
                DocPayload(
                    page=document["page"],
                    block=entry["block"],
                    provenance=entry["provenance"],
                    spec=entry["spec"],
                    operation_id=entry["operationId"],
                    target=entry["target"],
                    payload=entry["payload"],
                )
            )
    return tuple(out)


def all_payloads() -> tuple[DocPayload, ...]:
    """Every payload of every page, pages in name order, payloads in page order."""
    return _load()


def _targets() -> dict[str, list[tuple[str, str, str]]]:
    out: dict[str, list[tuple[str, str, str]]] = {}
    for item in _load():
        out.setdefault(item.page, []).append((item.spec, item.operation_id, item.target))
    return out


# Every JSON payload on every doc page, in order of appearance: (spec, operationId, target).
# The DataCrazy list page shows the same payload twice; both count.
DOC_PAYLOADS: dict[str, list[tuple[str, str, str]]] = _targets()


def doc_payloads() -> dict[tuple[str, str, str], Any]:
    """The first doc payload of each `(spec, operationId, target)`, e.g. target `"response 200"`."""
    result: dict[tuple[str, str, str], Any] = {}
    for item in _load():
        result.setdefault((item.spec, item.operation_id, item.target), item.payload)
    return result
