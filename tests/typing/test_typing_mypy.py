"""The generated clients type-check strictly for their users: mypy --strict.

The typed samples (realistic sync, paging, async and error handling code) must have zero errors,
and each deliberately wrong call must be reported, on its line, with the expected error code.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typing_cases import BAD_CALLS, ROOT, SAMPLES, SRC_DIRS, bad_calls_module

ERROR = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+): error: (?P<message>.*?)(?:  \[(?P<code>[a-z-]+)\])?$"
)


def mypy(files: list[Path], cache_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MYPYPATH": os.pathsep.join(str(p) for p in SRC_DIRS)}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--python-version",
            "3.11",
            "--show-error-codes",
            "--no-color-output",
            "--no-error-summary",
            "--cache-dir",
            str(cache_dir),
            *map(str, files),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def cache_dir(pytestconfig: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A mypy cache kept between runs (under .pytest_cache) so that the warm runs are quick."""
    if pytestconfig.cache is not None:
        return pytestconfig.cache.mkdir("convapi-mypy")
    return tmp_path_factory.mktemp("mypy-cache")


def test_there_is_a_typed_sample_per_generated_package() -> None:
    packages = {p.parent.name for p in SRC_DIRS}
    assert {s.stem.removeprefix("sample_") for s in SAMPLES} == packages


def test_typed_samples_pass_mypy_strict(cache_dir: Path) -> None:
    result = mypy(SAMPLES, cache_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_mypy_reports_each_deliberately_wrong_call(tmp_path: Path, cache_dir: Path) -> None:
    source, where = bad_calls_module()
    bad = tmp_path / "bad_calls.py"
    bad.write_text(source)
    result = mypy([bad], cache_dir)
    assert result.returncode == 1, result.stdout + result.stderr
    errors: dict[int, list[tuple[str, str]]] = {}
    for line in result.stdout.splitlines():
        match = ERROR.match(line)
        if match and Path(match["file"]).name == "bad_calls.py":
            errors.setdefault(int(match["line"]), []).append(
                (match["code"] or "", match["message"])
            )
    missed = []
    for lineno, case in where.items():
        found = errors.get(lineno, [])
        if not any(code == case.mypy_code and case.mypy_says in message for code, message in found):
            missed.append(
                f"{case.id} (line {lineno}): expected [{case.mypy_code}] {case.mypy_says!r}, got {found}"
            )
    assert not missed, "\n".join(missed)
    stray = {n: e for n, e in errors.items() if n not in where}
    assert not stray, f"errors on lines that are not bad calls: {stray}"
    assert len(where) == len(BAD_CALLS)
