"""The model stage in a forked child (started before the document is read, so that importing
datamodel-code-generator overlaps reading and checking it) gives the in-process source, and the same
refusal for schemas it cannot generate."""

from __future__ import annotations

import os
from typing import Any

import pytest

from generator.errors import SpecError
from generator.models.datamodel import ModelsWorker, generate_models

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
        source = worker.generate(DOCUMENT, "t.yaml")
    finally:
        worker.close()
    assert source is not None, "the worker answered nothing"
    assert source == generate_models(DOCUMENT, "t.yaml")


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
