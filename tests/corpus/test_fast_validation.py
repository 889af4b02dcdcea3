"""The validation fast path gives the Python validator's located messages, the same faults in the same
order, on every document of the corpus (`public-specs/`: the real-world documents, openapi-python-client's
and the OAI's examples, its `documents_with_errors` included) and on the 2.9 MB merged document of the
benchmarks; the real-world and merged documents also as read, before `repairs.py` takes their
mistyped defaults and integer response codes away (the faults the validator finds most, and a
failure of the validator). See tests/codegen_tests/test_fast_validation.py for the project's own
fixtures and documents made with several faults of each kind."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from codegen_tests.helpers import ROOT
from corpus_location import require_corpus
from validator_equality import assert_same_faults, validated

from generator.load.validator import CRASHED

PUBLIC = require_corpus() / "public-specs"
DOCUMENTS = sorted(
    p for p in PUBLIC.rglob("*") if p.suffix in (".yaml", ".yml", ".json") and p.is_file()
)
REAL_WORLD = [p for p in DOCUMENTS if p.is_relative_to(PUBLIC / "real-world")]


@cache
def _faults(path: Path, repaired: bool = True) -> list[Any] | None:
    document = validated(path, repaired=repaired)
    return None if document is None else assert_same_faults(document)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(PUBLIC)))
def test_a_corpus_document_gets_the_python_validators_faults_in_order(path: Path) -> None:
    _faults(path)  # None: not OpenAPI 3 or unreadable, refused before any validator runs


@pytest.mark.parametrize("path", REAL_WORLD, ids=lambda p: str(p.relative_to(PUBLIC)))
def test_a_real_world_document_as_read_gets_the_python_validators_faults_in_order(
    path: Path,
) -> None:
    _faults(path, repaired=False)


def test_the_merged_benchmark_document_gets_the_same_faults(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from merged import write_merged

    path = write_merged(tmp_path / "merged.json")
    assert_same_faults(validated(path))
    assert assert_same_faults(validated(path, repaired=False)), "as read, it has a fault"


def test_the_corpus_has_documents_of_every_verdict() -> None:
    """The comparison covers every answer: most documents without a fault, some with one, some
    with many, and a validator that fails."""
    found = [f for f in map(_faults, DOCUMENTS) if f is not None]
    found += [f for f in (_faults(p, repaired=False) for p in REAL_WORLD) if f is not None]
    assert len(found) >= 20 and [] in found
    assert any(len(f) >= 10 for f in found), "a document with many faults"
    assert any(f and f[0][1].startswith(CRASHED) for f in found), "a validator that fails"
