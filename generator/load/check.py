"""The stage's entry: read a spec, check it, read its extensions, and keep every warning.

A spec is refused (SpecError) when it is not YAML/JSON, not a mapping, not OpenAPI 3.x, has a broken
reference, fails openapi-spec-validator, carries a malformed extension or breaks one of our rules.
With `lenient=True`, faults of the validator that still leave the document interpretable become
warnings instead, and the faults `repairs.py` interprets are repaired with a warning each.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.document import Document
from generator.errors import Problem, SpecError
from generator.extensions import Extensions, read_extensions
from generator.load.reader import read
from generator.load.repairs import repair
from generator.load.structure import reference_problems, version_problem
from generator.load.validator import validator_problems
from generator.rules import curated, general


@dataclass
class LoadedSpec:
    """A document that passed every check, its extensions read, and the warnings it gave."""

    document: Document
    extensions: Extensions
    warnings: list[Problem] = field(default_factory=list)


def load(path: Path, *, lenient: bool = False) -> LoadedSpec:
    """Read and check a spec. Raise SpecError with every problem found; keep the warnings."""
    document = read(path)
    version = version_problem(document)
    if version is not None:
        raise SpecError([version])
    broken = reference_problems(document)
    if broken:
        raise SpecError(broken)
    found = repair(document, lenient)  # before the validator: it crashes on some of these faults
    found += validator_problems(document, lenient)
    extensions = read_extensions(document)
    found.extend(general.check(document, extensions))
    if extensions.client is not None:  # a curated spec: the stricter rules too
        found.extend(curated.check(document))
    errors = [p for p in found if not p.warning]
    if errors:
        raise SpecError(errors)
    return LoadedSpec(document, extensions, [p for p in found if p.warning])
