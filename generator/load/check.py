"""The stage's entry: read a spec, check it, read its extensions, and keep every warning.

A spec is refused (SpecError) when it is not YAML/JSON, not a mapping, not OpenAPI 3.x, has a broken
reference, fails openapi-spec-validator, carries a malformed extension or breaks one of our rules
(`rules/`: among them schemas that would silently lose a field).
With `lenient=True`, faults of the validator that still leave the document interpretable become
warnings instead, and the faults `repairs.py` interprets are repaired with a warning each.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from generator.errors import Problem, SpecError
from generator.load.document import Document
from generator.load.extensions import Extensions, read_extensions
from generator.load.overlay import apply_overlays, beside
from generator.load.reader import read
from generator.load.repairs import repair
from generator.load.rules import curated, general, schemas
from generator.load.structure import reference_problems, shape_problems, version_problem
from generator.load.validator import Pending, start_validation


@dataclass
class LoadedSpec:
    """A document that passed every check, its extensions read, and the warnings it gave."""

    document: Document
    extensions: Extensions
    warnings: list[Problem] = field(default_factory=list)
    # the validator's faults, while it still runs (see `load(..., defer=True)`)
    pending: Pending | None = None
    found: list[Problem] = field(default_factory=list)  # our own checks' problems

    def check(self) -> None:
        """Our own rules, where `load(..., rules_later=True)` left them: raise SpecError at once
        (the validator's errors included) where they refuse the document."""
        if self._rules is None:
            return
        rules, self._rules = self._rules, None
        self.found.extend(rules())
        if any(not p.warning for p in self.found):
            self.settle()

    def validator_fileno(self) -> int | None:
        """A descriptor readable once the validator's child has its verdict (None: no child is
        running): a caller waiting for something else can settle as soon as it is."""
        return self.pending.fileno() if self.pending is not None else None

    def place(self, *, errors_only: bool = False) -> None:
        """Give the problems found so far their lines (where `load` deferred them: a caller that
        is about to wait can do it then); with `errors_only`, only those that refuse."""
        self.found = [
            p if errors_only and p.warning else self.document.placed(p) for p in self.found
        ]

    def settle(self) -> None:
        """Wait for the validator; raise SpecError with every error found, keep the warnings.
        Warnings are placed only when kept: a refusal shows its errors alone (a large document
        can have hundreds of warnings, each a line to find)."""
        self.check()
        if self.pending is None:
            return
        self.place(errors_only=True)  # while the validator's child may still be working
        verdict = self.pending()
        found = [*self.found[: self._repaired], *verdict, *self.found[self._repaired :]]
        self.pending = None
        errors = [self.document.placed(p) for p in found if not p.warning]
        if errors:
            raise SpecError(errors)
        self.warnings = [self.document.placed(p) for p in found if p.warning]

    _repaired: int = 0  # how many of `found` the repairs gave (they come before the validator's)
    _rules: Callable[[], list[Problem]] | None = None  # our rules, not yet run (`check`)


def load(
    path: Path,
    *,
    lenient: bool = False,
    defer: bool = False,
    overlays: Sequence[Path] = (),
    rules_later: bool = False,
) -> LoadedSpec:
    """Read and check a spec. Raise SpecError with every problem found; keep the warnings.

    The overlay beside the spec (`<name>.overlay.yaml`), then `overlays`, are applied before any
    check (`overlay.py`): the checks judge the document as overlaid, and place what an overlay
    added in the overlay's file.

    With `defer`, openapi-spec-validator goes on running (in a child process where the OS can fork)
    while the caller builds the later stages, and `settle()` waits for its verdict; our own checks
    are decided here, and a spec they refuse is refused at once (the validator's errors included).
    With `rules_later` (and `defer`), our rules (`rules/`) are left for the caller's `check()` too:
    what the later stages need (the document read, its references sound, repaired, its extensions
    read) is done here, so that they can start first.
    """
    document = read(path)
    apply_overlays(document, [*beside(path), *overlays])
    version = version_problem(document)
    if version is not None:
        raise SpecError([version])
    broken = reference_problems(document) + shape_problems(document)
    if broken:
        raise SpecError(broken)
    # With `defer` the caller has something to do first: the problems the LoadedSpec keeps
    # (repairs, rules) are placed when it settles or `place()`s, not when made.
    with document.deferring_places(defer):
        repaired = repair(document, lenient)  # before the validator: it crashes on some of these
    pending = start_validation(document, lenient, concurrent=defer)
    extensions = read_extensions(document)
    if lenient:
        extensions = _without_a_broken_mapping(extensions)
    loaded = LoadedSpec(
        document,
        extensions,
        pending=pending,
        found=list(repaired),
        _repaired=len(repaired),
        _rules=lambda: _rules(document, extensions, lenient, defer),
    )
    if not (defer and rules_later):
        loaded.check()
    if not defer or any(not p.warning for p in loaded.found):
        loaded.settle()
    return loaded


def _rules(
    document: Document, extensions: Extensions, lenient: bool, defer_places: bool
) -> list[Problem]:
    with document.deferring_places(defer_places):
        found = [*general.check(document, extensions), *schemas.check(document, lenient)]
        if extensions.client is not None:  # a curated spec: the stricter rules too
            found.extend(curated.check(document))
    return found


def _without_a_broken_mapping(extensions: Extensions) -> Extensions:
    """Under `--lenient`, a faulty `x-unified` is a warning and the mapping is left out: the client
    package does not need it (the inbox then goes without this provider)."""
    unified = [p for p in extensions.problems if p.location.startswith("#/x-unified")]
    if not unified:
        return extensions
    kept = [p for p in extensions.problems if not p.location.startswith("#/x-unified")]
    softened = [
        replace(p, warning=True, message=p.message + " (the mapping is left out)") for p in unified
    ]
    return replace(extensions, problems=[*kept, *softened], unified=None)
