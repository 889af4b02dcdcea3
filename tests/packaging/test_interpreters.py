"""The generated clients work on every CPython 3.11-3.14 this machine has.

For each interpreter found (pyenv's versions, ``python3.X`` on PATH), a venv with the pinned httpx2
and pydantic (cached under ``.pytest_cache``, so only the first run pays for it) runs the smoke
script against the Prism mocks, importing the clients from ``generated/*/src``. An absent
interpreter is skipped with its reason; the run fails if none ran. The end-of-run summary lists them.
"""

from __future__ import annotations

import json
import os
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest
from packaging_support import MINORS, ROOT, Interpreter, clean_env, prism_env, run

SMOKE = Path(__file__).with_name("smoke_clients.py")


def test_at_least_one_supported_interpreter_is_found(interpreters: dict[str, Interpreter]) -> None:
    assert interpreters, f"no CPython {', '.join(MINORS)} found (pyenv versions, python3.X on PATH)"


@pytest.mark.parametrize("minor", MINORS)
def test_generated_clients_work_on_cpython(
    minor: str,
    interpreters: dict[str, Interpreter],
    venvs: dict[str, Future[Path]],
    prism: dict[str, Any],
    interpreter_report: list[str],
) -> None:
    interpreter = interpreters.get(minor)
    if interpreter is None:
        interpreter_report.append(f"CPython {minor}: absent on this machine (not tested)")
        pytest.skip(f"CPython {minor} is not installed on this machine")
    python = venvs[minor].result()
    src = os.pathsep.join(str(p) for p in sorted((ROOT / "generated").glob("*/src")))
    result = run(
        [str(python), str(SMOKE)],
        timeout=300,
        env=clean_env(PYTHONPATH=src, **prism_env(prism)),
        cwd=str(SMOKE.parent),
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["implementation"] == "CPython"
    assert report["version"] == interpreter.version
    for module, path in report["modules"].items():
        assert Path(path).is_relative_to(ROOT / "generated"), f"{module} came from {path}"
    line = f"CPython {interpreter.version} ({interpreter.executable}): smoke calls passed for all three clients"
    interpreter_report.append(line)
    print(line)
