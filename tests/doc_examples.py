"""The providers' published example payloads, extracted from the doc pages in ``shared/provider-docs``.

Shared by the spec checks (``test_provider_examples``) and the HTTP client tests (``tests/clients``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

DOCS_DIR = Path(__file__).resolve().parents[2] / "shared" / "provider-docs"

# Every JSON payload on every doc page, in order of appearance: (spec, operationId, target).
# The DataCrazy list page shows the same payload twice; both count.
DOC_PAYLOADS: dict[str, list[tuple[str, str, str]]] = {
    "wacrm--conversations-and-messages.txt": [
        ("wacrm.yaml", "listConversations", "response 200"),
        ("wacrm.yaml", "listConversationMessages", "response 200"),
    ],
    "chatbotx--list-conversations.txt": [
        ("chatbotx.yaml", "listConversations", "response 200"),
    ],
    "datacrazy--list-conversations.txt": [
        ("datacrazy.yaml", "listConversations", "response 200"),
        ("datacrazy.yaml", "listConversations", "response 200"),
    ],
    "datacrazy--send-message.txt": [
        ("datacrazy.yaml", "createConversationMessage", "request"),
        ("datacrazy.yaml", "createConversationMessage", "response 200"),
    ],
}

CURL_DATA = re.compile(r"--data '(.*?)'", re.DOTALL)


def extract_payloads(text: str) -> list[tuple[str, Any]]:
    """Return ``(kind, payload)`` for every JSON payload in a doc page, in order of appearance.

    ``kind`` is ``"request"`` for a curl ``--data '...'`` body and ``"response"`` for any other
    top-level JSON object. Braces that do not start valid JSON (``{id}`` in a URL) are skipped.
    """
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
    return [(kind, value) for _, kind, value in sorted(found, key=lambda item: item[0])]


def page_payloads(page: str) -> list[tuple[str, Any]]:
    """``extract_payloads`` of one doc page, by file name."""
    return extract_payloads((DOCS_DIR / page).read_text(encoding="utf-8"))


def doc_payloads() -> dict[tuple[str, str, str], Any]:
    """The first doc payload of each ``(spec, operationId, target)``, e.g. target ``"response 200"``."""
    result: dict[tuple[str, str, str], Any] = {}
    for page, targets in DOC_PAYLOADS.items():
        payloads = page_payloads(page)
        if len(payloads) != len(targets):
            raise AssertionError(f"{page}: found {len(payloads)} payloads, expected {len(targets)}")
        for (kind, payload), (spec_name, operation_id, target) in zip(
            payloads, targets, strict=True
        ):
            if kind != target.split()[0]:
                raise AssertionError(f"{page}: a {kind} payload mapped to {target}")
            result.setdefault((spec_name, operation_id, target), payload)
    return result
