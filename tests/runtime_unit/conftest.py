"""Unit tests of the shared runtime, importing its sources directly as the development package `runtime`.

`templates/runtime` is what every generated package carries (beside its own `_constants.py`), so these
tests need no generated package: `from runtime import _qs` is the module the generator copies.
"""

from __future__ import annotations

import sys
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"

if str(TEMPLATES) not in sys.path:
    sys.path.insert(0, str(TEMPLATES))
