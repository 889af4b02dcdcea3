"""The validation fast path gives the Python validator's verdict and located messages on every document
of the corpus (`public-specs/`: the real-world documents, openapi-python-client's and the OAI's
examples, its `documents_with_errors` included), and on the 2.9 MB merged document of the benchmarks.
See tests/codegen_tests/test_fast_validation.py for the project's own fixtures."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from codegen_tests.helpers import ROOT
from corpus_location import require_corpus
from validator_equality import both_verdicts, validated

PUBLIC = require_corpus() / "public-specs"
DOCUMENTS = sorted(
    p for p in PUBLIC.rglob("*") if p.suffix in (".yaml", ".yml", ".json") and p.is_file()
)


@cache
def _verdicts(path: Path) -> tuple[bool, list[Any], list[Any]] | None:
    document = validated(path)
    return None if document is None else both_verdicts(document)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(PUBLIC)))
def test_a_corpus_document_gets_the_python_validators_verdict_and_messages(path: Path) -> None:
    verdicts = _verdicts(path)
    if verdicts is None:  # not OpenAPI 3 or unreadable: refused before any validator runs
        return
    fast, reported, python = verdicts
    assert fast == (not python), "the fast path and the Python validator disagree"
    assert reported == python


def test_the_merged_benchmark_document_gets_the_same_verdict(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from merged import write_merged

    document = validated(write_merged(tmp_path / "merged.json"))
    fast, reported, python = both_verdicts(document)
    assert fast == (not python) and reported == python


def test_the_corpus_has_documents_of_both_verdicts() -> None:
    """The comparison covers both answers: some documents with faults, most without."""
    verdicts = [v[0] for v in map(_verdicts, DOCUMENTS) if v is not None]
    assert len(verdicts) >= 20 and True in verdicts and False in verdicts
