"""The doc-payload fixtures the suite carries still equal what the providers' pages yield."""

from __future__ import annotations

import json

import pytest
from corpus_location import require_corpus

from corpus.pages import FIXTURES, fixture_for, fixture_text, targets_of_fixtures

DOCS = require_corpus() / "provider-docs"
TARGETS = targets_of_fixtures()


def test_every_page_with_payloads_has_a_fixture() -> None:
    pages = sorted(p.name for p in DOCS.glob("*.txt") if "{" in p.read_text(encoding="utf-8"))
    assert pages == sorted(TARGETS), "a doc page has no fixture: run python tests/corpus/pages.py"


@pytest.mark.parametrize("page", sorted(TARGETS))
def test_fixture_equals_the_page(page: str) -> None:
    expected = fixture_for(page, TARGETS[page], (DOCS / page).read_text(encoding="utf-8"))
    path = FIXTURES / (page.removesuffix(".txt") + ".json")
    assert json.loads(path.read_text(encoding="utf-8")) == expected, (
        f"{path.name} differs from {page}: run python tests/corpus/pages.py"
    )
    assert path.read_text(encoding="utf-8") == fixture_text(expected)
