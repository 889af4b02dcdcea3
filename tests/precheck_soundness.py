"""The pre-check against the Python validator, for one document (tests use it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.load.precheck import precheck


def sound(document: Any) -> bool:
    """precheck's verdict on `document`, asserted sound: where it says "no fault", the Python
    validator (openapi-spec-validator alone, as `_run_validator` runs it) finds none."""
    from generator.load import validator

    sure = precheck(document.data)
    if sure:
        assert validator._run_validator(document) == [], "precheck said no fault, wrongly"
    return sure


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
