"""Where the external corpus is, if it is anywhere: the providers' doc pages and the public documents.

The corpus is evidence the project reads but does not own (it sits in `shared/` beside the project's
root on the machines that have it, CI among them). `CONVAPI_CORPUS` names another folder holding the
same layout. Tests that need it live in `tests/corpus/` and are collected only when it is present;
everything else the suite needs is carried by the project itself (`tests/fixtures/`).
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
CORPUS_ENV = "CONVAPI_CORPUS"
DEFAULT_CORPUS_NAME = "shared"  # the folder beside the project's root


def corpus_root() -> Path | None:
    """The corpus folder (with `provider-docs/` and `public-specs/`), or None when there is none."""
    named = os.environ.get(CORPUS_ENV, "").strip()
    candidate = Path(named) if named else PROJECT_ROOT.parent / DEFAULT_CORPUS_NAME
    if (candidate / "provider-docs").is_dir() and (candidate / "public-specs").is_dir():
        return candidate
    return None


def why_absent() -> str:
    """One sentence saying where the corpus was looked for."""
    named = os.environ.get(CORPUS_ENV, "").strip()
    where = named or f"../{DEFAULT_CORPUS_NAME} beside the project"
    return (
        f"no corpus at {where} (provider-docs/ and public-specs/); "
        f"set {CORPUS_ENV} to a folder holding them to run it"
    )


def require_corpus() -> Path:
    """The corpus folder; only called from `tests/corpus/`, which is collected only when it exists."""
    root = corpus_root()
    if root is None:
        raise RuntimeError(why_absent())
    return root
