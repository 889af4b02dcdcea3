"""Extracting the JSON payloads of the providers' doc pages, and refreshing the fixtures made from them.

A curl `--data '...'` body is a request; every other top-level JSON object on a page is a response.
Braces that do not start valid JSON (`{id}` in a URL) are skipped. The fixtures in
`tests/fixtures/doc_payloads/` are what this yields, with the page, block and line of each payload;
`python tests/corpus/pages.py` rewrites them from the corpus (`tests/corpus/test_doc_fixtures.py`
fails when they differ).

A fixture with a `url` holds the payloads of a stored reference page that is not among the
`provider-docs/*.txt` pages (DataCrazy's reference pages beyond the two copied there): its payloads
were taken from that stored copy block by block, only the complete ones (the stored copies stop after
about 2,500 characters). With no local page to be rewritten from, it is left out here.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "doc_payloads"
CURL_DATA = re.compile(r"--data '(.*?)'", re.DOTALL)


@dataclass(frozen=True)
class PagePayload:
    line: int  # where the payload starts on the page (1-based)
    kind: str  # "request" or "response"
    payload: Any


def extract_payloads(text: str) -> list[PagePayload]:
    """Every JSON payload of a doc page, in order of appearance."""
    found: list[tuple[int, str, Any]] = []
    request_spans = []
    for match in CURL_DATA.finditer(text):
        request_spans.append(match.span(1))
        found.append((match.start(1), "request", json.loads(match.group(1))))

    decoder = json.JSONDecoder()
    pos = text.find("{")
    while pos >= 0:
        inside = next((end for start, end in request_spans if start <= pos < end), None)
        if inside is not None:
            pos = text.find("{", inside)
            continue
        try:
            value, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError:
            pos = text.find("{", pos + 1)
            continue
        found.append((pos, "response", value))
        pos = text.find("{", end)
    return [
        PagePayload(text.count("\n", 0, pos) + 1, kind, value)
        for pos, kind, value in sorted(found, key=lambda item: item[0])
    ]


def fixture_for(page: str, targets: list[tuple[str, str, str]], text: str) -> dict[str, Any]:
    """The fixture document of one page: its payloads with their provenance and their operation."""
    payloads = extract_payloads(text)
    if len(payloads) != len(targets):
        raise ValueError(f"{page}: found {len(payloads)} payloads, expected {len(targets)}")
    entries = []
    for block, (found, (spec, operation_id, target)) in enumerate(
        zip(payloads, targets, strict=True), start=1
    ):
        if found.kind != target.split()[0]:
            raise ValueError(f"{page}: block {block} is a {found.kind}, mapped to {target}")
        entries.append(
            {
                "provenance": f"provider-docs/{page}, JSON block {block} of {len(targets)}"
                f" ({found.kind}), line {found.line}",
                "block": block,
                "line": found.line,
                "kind": found.kind,
                "spec": spec,
                "operationId": operation_id,
                "target": target,
                "payload": found.payload,
            }
        )
    return {"page": page, "payloads": entries}


def fixture_text(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def targets_of_fixtures() -> dict[str, list[tuple[str, str, str]]]:
    """Which operation each payload of each page belongs to, as the fixtures record it."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for path in sorted(FIXTURES.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        if "url" in document:
            continue  # a stored reference page without a local copy (see the module docstring)
        out[document["page"]] = [
            (e["spec"], e["operationId"], e["target"]) for e in document["payloads"]
        ]
    return out


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from corpus_location import require_corpus

    docs = require_corpus() / "provider-docs"
    for page, targets in targets_of_fixtures().items():
        document = fixture_for(page, targets, (docs / page).read_text(encoding="utf-8"))
        path = FIXTURES / (page.removesuffix(".txt") + ".json")
        path.write_text(fixture_text(document), encoding="utf-8")
        print(f"{path.name}: {len(document['payloads'])} payloads")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
