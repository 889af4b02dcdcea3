"""A seeded slice of the mutation campaign (`campaign.py`; the full run is `make mutate`): one mutant
of each class, each a `codegen generate` in a child process under a time and a memory limit, judged
as the full run judges them (exit 0 with a package that compiles, imports and exports its client, or
exit 2 with every problem located and the output folder untouched)."""

from __future__ import annotations

from pathlib import Path

from hostile.campaign import FAILURES, report, run
from hostile.mutate import CLASSES, mutants

SEED = 29


def test_a_seeded_slice_of_mutants_keeps_the_promise(tmp_path: Path) -> None:
    chosen = list(mutants(SEED, len(CLASSES)))  # the classes in turn: one of each
    assert {m.mutation for m in chosen} == set(CLASSES)
    outcomes = []
    for mutant in chosen:
        folder = tmp_path / str(mutant.index)
        folder.mkdir()
        outcomes.append(run(mutant, folder))
    summary = report(outcomes, SEED)
    assert not [o for o in outcomes if o.kind in FAILURES], summary


def test_the_mutants_are_reproducible_from_their_seed() -> None:
    first = [(m.mutation, m.filename, m.content, m.lenient) for m in mutants(SEED, 12)]
    again = [(m.mutation, m.filename, m.content, m.lenient) for m in mutants(SEED, 12)]
    assert first == again
    other = [(m.mutation, m.filename, m.content, m.lenient) for m in mutants(SEED + 1, 12)]
    assert first != other
