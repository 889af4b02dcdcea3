"""Contract tests: the generated clients against Prism mock servers of the specs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = str(Path(__file__).resolve().parent)
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import prism_mock  # noqa: E402


def pytest_configure(config: pytest.Config) -> None:
    prism_mock.register(config)
