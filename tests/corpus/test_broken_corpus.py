"""openapi-python-client's `documents_with_errors` are refused with their place, as ours are."""

from __future__ import annotations

from pathlib import Path

import pytest
from codegen_tests.helpers import run_codegen
from codegen_tests.test_broken_documents import _refused, refused_at
from corpus_location import require_corpus

PUBLIC = require_corpus() / "public-specs"
ERRORS = PUBLIC / "openapi-python-client" / "documents_with_errors"

# What each document in the corpus must be refused for, and where.
CORPUS = {
    "bad-status-code.yaml": ("#/paths/~1/get/responses", "abcdef"),
    "circular-body-ref.yaml": ("#/paths/~1/post/requestBody/$ref", "circular reference"),
    "invalid-uuid-defaults.yaml": ("#/paths/~1/post/parameters/0/schema/default", "notauuid"),
    "missing-body-ref.yaml": (
        "#/paths/~1/post/requestBody/$ref",
        "unresolvable reference '#/components/requestBodies/body'",
    ),
    "optional-path-param.yaml": (
        "#/paths/~1{optional}/get/parameters/0",
        "'required' is a required property",
    ),
}


def test_the_corpus_of_broken_documents_is_complete() -> None:
    assert sorted(p.name for p in ERRORS.iterdir()) == sorted(CORPUS)


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_each_broken_document_is_refused_with_its_location(tmp_path: Path, name: str) -> None:
    location, words = CORPUS[name]
    refused_at(_refused(tmp_path, ERRORS / name), name, location, words)


def test_a_baseline_document_with_validator_faults_is_fatal_unless_lenient() -> None:
    baseline = PUBLIC / "openapi-python-client" / "baseline_openapi_3.1.yaml"
    strict = run_codegen("validate", str(baseline))
    assert strict.returncode == 2 and ": error: " in strict.stderr
    lenient = run_codegen("validate", "--lenient", str(baseline))
    assert lenient.returncode == 0, lenient.stderr
    assert ": warning: #/paths/~1types~1unions~1duplicate-types/post" in lenient.stderr
