"""The model stage in a forked child (started before the document is read, so that importing
datamodel-code-generator overlaps reading and checking it) gives the in-process source and index,
what the caller asked it to read out of the module's tree, and the same refusal for schemas it
cannot generate."""

from __future__ import annotations

import ast
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.errors import SpecError
from generator.models.datamodel import generate_models, index_models
from generator.models.worker import ModelsWorker

DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "T", "version": "1"},
    "paths": {},
    "components": {
        "schemas": {
            "Note": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string", "format": "uuid"},
                    "kind": {"type": "string", "enum": ["a", "b"]},
                    "µ": {"type": "integer"},
                },
            }
        }
    },
}

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the worker needs fork")


def test_the_worker_gives_the_in_process_source() -> None:
    worker = ModelsWorker()
    try:
        models = worker.generate(DOCUMENT, "t.yaml")
    finally:
        worker.close()
    assert models is not None, "the worker answered nothing"
    expected = generate_models(DOCUMENT, "t.yaml")
    assert models.source == expected
    assert models.index == index_models(expected)
    assert models.analysed is None  # nothing was asked for


def _class_names(tree: ast.Module) -> Iterator[tuple[str, Any]]:
    yield "classes", [node.name for node in tree.body if isinstance(node, ast.ClassDef)]
    yield "count", len(tree.body)


def test_the_worker_reads_what_it_is_asked_out_of_the_tree() -> None:
    worker = ModelsWorker(_class_names)
    try:
        models = worker.generate(DOCUMENT, "t.yaml")
        assert models is not None and models.analysed is not None
        first = models.analysed("classes")
        assert first == dict(_class_names(ast.parse(models.source)))["classes"] == ["Note"]
        assert models.analysed("count") == len(ast.parse(models.source).body)
        assert models.analysed("classes") is first  # asked again: the same answer
        assert models.analysed("other") is None  # a part it does not make: read to the end
        assert worker._pid == 0  # every part has come: the child is ended
    finally:
        worker.close()


def test_a_part_comes_before_the_rest_is_made(tmp_path: Path) -> None:
    """The caller waits for the part it asks for, not for the parts made after it."""
    worker = ModelsWorker(_slow_second_part)
    try:
        models = worker.generate(DOCUMENT, "t.yaml")
        assert models is not None and models.analysed is not None
        started = time.monotonic()
        assert models.analysed("first") == 1
        assert time.monotonic() - started < 2, "the first part waited for the second"
        assert models.analysed("second") == 2
    finally:
        worker.close()


def _slow_second_part(tree: ast.Module) -> Iterator[tuple[str, Any]]:
    yield "first", 1
    time.sleep(3)
    yield "second", 2


def test_a_failing_analysis_gives_none_and_keeps_the_source() -> None:
    def broken(tree: ast.Module) -> Iterator[tuple[str, Any]]:
        yield "made", 1
        raise RuntimeError("boom")

    worker = ModelsWorker(broken)
    try:
        models = worker.generate(DOCUMENT, "t.yaml")
        assert models is not None and models.analysed is not None
        assert models.source == generate_models(DOCUMENT, "t.yaml")
        assert models.analysed("made") == 1  # what was made before the failure
        assert models.analysed("after") is None  # the caller computes it itself
    finally:
        worker.close()


def test_the_worker_refuses_what_the_in_process_stage_refuses() -> None:
    broken = {**DOCUMENT, "components": {"schemas": {"X": {"$ref": "missing.yaml#/X"}}}}
    with pytest.raises(SpecError) as in_process:
        generate_models(broken, "t.yaml")
    worker = ModelsWorker()
    try:
        with pytest.raises(SpecError) as in_child:
            worker.generate(broken, "t.yaml")
    finally:
        worker.close()
    assert in_child.value.problems == in_process.value.problems


def test_an_unused_worker_is_ended() -> None:
    worker = ModelsWorker()
    pid = worker._pid
    worker.close()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, 0)  # already reaped: nothing left running


def test_a_document_sent_after_the_warm_up_gives_the_same_source() -> None:
    """A child that has imported and finds no document waiting generates a small one of its own
    (datamodel-code-generator's first-call work, off the caller's path): the real one sent after
    that gives the in-process source, byte for byte."""
    worker = ModelsWorker()
    try:
        time.sleep(3)  # the import and the warm-up are done by now on any machine we run on
        models = worker.generate(DOCUMENT, "t.yaml")
    finally:
        worker.close()
    assert models is not None
    assert models.source == generate_models(DOCUMENT, "t.yaml")


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: no worker is forked early")
def test_an_early_worker_is_told_what_to_read_with_the_document() -> None:
    """The worker the command forks before the generator is imported learns its `analyse` with the
    document (by name) and reads the parts as one forked with it does."""
    from generator.models import worker as workers

    workers.start_early()
    worker = workers.take(_class_names)
    try:
        assert not worker._forked_with_analyse  # the early one, not a new one
        models = worker.generate(DOCUMENT, "t.yaml")
        assert models is not None and models.analysed is not None
        assert models.analysed("classes") == ["Note"]
    finally:
        worker.close()
        workers.end_early()


MODULE = (
    "from __future__ import annotations\n"
    "from ._modelbase import BaseModel\n"
    "class Note(BaseModel):\n"
    "    id: str\n"
    "    kind: str | None = None\n"
)


def test_the_child_imports_only_what_it_uses_on_the_way_to_the_models() -> None:
    """The child's imports lie on the path every generated package waits on: after
    datamodel-code-generator it needs `generate_models`, then `pipeline._analyse` and what that
    reads the tree with, and never the reader, the checks, the naming of the schemas or the IR's
    dataclasses (the reference tables go back as plain values): 60 to 90 ms of imports on a small
    document's path before they were left out."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from generator.models.datamodel import generate_models, index_tree\n"
        "import ast\n"
        "from generator.models.worker import _named\n"
        "analyse = _named('generator.pipeline:_analyse')\n"
        f"tree = ast.parse({MODULE!r})\n"
        "parts = dict(analyse(tree))\n"
        "assert parts['reference'] and parts['surface'], parts\n"
        "heavy = ['generator.load.check', 'generator.load.reader', 'generator.load.overlay',\n"
        "         'generator.models.operations', 'generator.ir.package', 'generator.ir.nodes',\n"
        "         'yaml']\n"
        "print(' '.join(m for m in heavy if m in sys.modules))\n"
    )
    root = Path(__file__).resolve().parents[2]
    found = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=root, check=True
    )
    assert found.stdout.split() == []
