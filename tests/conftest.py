"""Shared test setup: the generated packages are importable straight from generated/<name>/src."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

for src in sorted((ROOT / "generated").glob("*/src")):
    if str(src) not in sys.path:
        sys.path.insert(0, str(src))
