"""Shared test setup: the generated packages are importable straight from generated/<name>/src, and
the corpus suite (`tests/corpus/`) is collected only where the external corpus is present."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent
CORPUS_SUITE = TESTS / "corpus"

for src in sorted((ROOT / "generated").glob("*/src")):
    if str(src) not in sys.path:
        sys.path.insert(0, str(src))
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

from corpus_location import corpus_root, why_absent  # noqa: E402

CORPUS = corpus_root()


def _in_corpus_suite(path: Path) -> bool:
    return path == CORPUS_SUITE or CORPUS_SUITE in path.parents


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if CORPUS is None and _in_corpus_suite(collection_path):
        return True
    return None


_corpus_items: list[str] = []


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    _corpus_items[:] = [item.nodeid for item in items if _in_corpus_suite(item.path)]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """One line saying whether the corpus suite ran, and why not when it did not."""
    if CORPUS is None:
        terminalreporter.write_line(f"corpus suite: not run: {why_absent()}")
    else:
        terminalreporter.write_line(
            f"corpus suite: {len(_corpus_items)} of the tests above ran over the corpus at {CORPUS}"
        )
