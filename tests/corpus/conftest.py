"""The corpus suite's shared pieces: the real-world report, printed at the end of the run."""

from __future__ import annotations

import pytest

# Filled by test_real_world.py (through the fixture below) and printed in pytest's closing summary,
# so the per-document table shows whatever the capture mode and whether the tests passed or not.
_REPORT: list[str] = []


@pytest.fixture(scope="session")
def real_world_report() -> list[str]:
    return _REPORT


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _REPORT:
        terminalreporter.section("real-world documents")
        for line in _REPORT:
            terminalreporter.write_line(line)
