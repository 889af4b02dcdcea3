"""The pre-check (`generator/load/precheck.py`) is sound over the corpus: on every corpus document
(`public-specs/`) as read and as repaired, on the 2.9 MB merged benchmark document and on 300 of the
hostile campaign's mutants, where it says "no fault" the Python validator finds none. And it gains:
it passes every repaired real-world document the validator finds no fault in. See
tests/codegen_tests/test_precheck.py for the documents made with one fault of each kind."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import pytest
from codegen_tests.helpers import ROOT
from corpus_location import require_corpus
from precheck_soundness import mutant_documents, sound
from validator_equality import validated

from generator.load.precheck import CLEAN, DOCUMENT_ONLY

PUBLIC = require_corpus() / "public-specs"
DOCUMENTS = sorted(
    p for p in PUBLIC.rglob("*") if p.suffix in (".yaml", ".yml", ".json") and p.is_file()
)
REAL_WORLD = [p for p in DOCUMENTS if p.is_relative_to(PUBLIC / "real-world")]


@cache
def _verdict(path: Path, repaired: bool) -> tuple[bool, bool] | None:
    """(precheck's verdict, whether the Python validator finds no fault), asserted sound."""
    from generator.load import validator

    document = validated(path, repaired=repaired)
    if document is None:
        return None
    return sound(document) == CLEAN, not validator._run_validator(document)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(PUBLIC)))
@pytest.mark.parametrize("repaired", [True, False], ids=["repaired", "as-read"])
def test_the_precheck_is_sound_on_a_corpus_document(path: Path, repaired: bool) -> None:
    _verdict(path, repaired)


def test_the_precheck_passes_every_clean_real_world_document() -> None:
    verdicts = [v for v in (_verdict(p, True) for p in REAL_WORLD) if v is not None]
    clean = [sure for sure, no_fault in verdicts if no_fault]
    assert len(clean) >= 5 and all(clean), "a clean real-world document the pre-check is unsure of"


def test_the_precheck_passes_most_clean_corpus_documents() -> None:
    verdicts = [v for v in (_verdict(p, True) for p in DOCUMENTS) if v is not None]
    clean = [sure for sure, no_fault in verdicts if no_fault]
    assert sum(clean) >= 0.9 * len(clean), f"{sum(clean)} of {len(clean)} clean documents passed"


def test_the_precheck_is_sound_on_the_merged_document(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from merged import write_merged

    path = write_merged(tmp_path / "merged.json")
    assert sound(validated(path)) == CLEAN, "the merged document, repaired, has no fault"
    assert sound(validated(path, repaired=False)) != CLEAN, "as read, it has a fault"


def test_the_precheck_is_sound_on_300_mutants(tmp_path: Path) -> None:
    passed = checked = document_only = 0
    for _, path in mutant_documents(2029, 300, tmp_path):
        for repaired in (True, False):
            document = validated(path, repaired=repaired)
            if document is not None:
                checked += 1
                verdict = sound(document)
                passed += verdict == CLEAN
                document_only += verdict == DOCUMENT_ONLY
    assert checked >= 300 and passed, f"{passed} of {checked} passed"
    assert document_only, "no mutant reached the document-only verdict"
