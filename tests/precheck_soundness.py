"""The pre-check against the Python validator, for one document (tests use it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.load.precheck import CLEAN, DOCUMENT_ONLY, verdict


def sound(document: Any) -> str:
    """precheck's verdict on `document`, asserted sound: where it says "no fault", the Python
    validator (openapi-spec-validator alone, as `_run_validator` runs it) finds none; where it says
    "the document's meta-schema check's faults alone", the faults codegen reports from that check
    alone are the Python validator's, in order. Returns the verdict."""
    from generator.load import validator

    checked = verdict(document.data)
    if checked == CLEAN:
        assert validator._run_validator(document) == [], "precheck said no fault, wrongly"
    elif checked == DOCUMENT_ONLY:
        python = validator._run_validator(document)
        assert python, "precheck said the document does not conform; the validator found nothing"
        assert validator._faults(document) == python, "the walk found faults precheck missed"
    return checked


def mutant_documents(seed: int, count: int, folder: Path) -> list[tuple[str, Path]]:
    """The hostile campaign's first `count` mutants of `seed`, written to `folder`."""
    from hostile.mutate import mutants

    written = []
    for mutant in mutants(seed, count):
        suffix = Path(mutant.filename).suffix
        path = folder / f"mutant-{mutant.index}{suffix if suffix in ('.json', '.yml') else '.yaml'}"
        path.write_bytes(mutant.content)
        written.append((f"{mutant.index}-{mutant.mutation}", path))
    return written
