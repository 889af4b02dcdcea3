"""The generated clients type-check strictly for pyright users too (pyright from package.json).

Same samples and same deliberately wrong calls as the mypy tests, in pyright's strict mode.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typing_cases import BAD_CALLS, ROOT, SAMPLES, SRC_DIRS, BadCall, bad_calls_module

PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"


def pyright(workdir: Path, files: list[Path]) -> dict[str, Any]:
    """Run pyright strict on copies of ``files`` in ``workdir``; return its JSON report."""
    if not PYRIGHT.exists():
        pytest.fail(
            "pyright is not installed at node_modules/.bin/pyright: run `npm ci` (or `make pytest`)"
        )
    names = []
    for file in files:
        shutil.copy(file, workdir / file.name)
        names.append(file.name)
    config = {
        "include": names,
        "extraPaths": [str(p) for p in SRC_DIRS],
        "typeCheckingMode": "strict",
        "pythonVersion": "3.11",
    }
    (workdir / "pyrightconfig.json").write_text(json.dumps(config))
    result = subprocess.run(
        [
            str(PYRIGHT),
            "-p",
            str(workdir / "pyrightconfig.json"),
            "--pythonpath",
            sys.executable,
            "--outputjson",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=workdir,
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    assert report["summary"]["filesAnalyzed"] == len(files), report["summary"]
    return report


def diagnostics(report: dict[str, Any]) -> list[tuple[str, int, str, str]]:
    return [
        (Path(d["file"]).name, d["range"]["start"]["line"] + 1, d.get("rule", ""), d["message"])
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], dict[int, BadCall]]:
    """One pyright run over the samples and the bad calls (pyright's start-up is the cost)."""
    source, where = bad_calls_module()
    bad = tmp_path_factory.mktemp("bad") / "bad_calls.py"
    bad.write_text(source)
    return pyright(tmp_path_factory.mktemp("pyright"), [*SAMPLES, bad]), where


def test_typed_samples_pass_pyright_strict(
    checked: tuple[dict[str, Any], dict[int, BadCall]],
) -> None:
    report, _ = checked
    assert [d for d in diagnostics(report) if d[0] != "bad_calls.py"] == []


def test_pyright_reports_each_deliberately_wrong_call(
    checked: tuple[dict[str, Any], dict[int, BadCall]],
) -> None:
    report, where = checked
    errors: dict[int, list[tuple[str, str]]] = {}
    for file, line, rule, message in diagnostics(report):
        if file == "bad_calls.py":
            errors.setdefault(line, []).append((rule, message))
    missed = [
        f"{case.id} (line {n}): expected one of {sorted(case.pyright_rules)}, got {errors.get(n, [])}"
        for n, case in where.items()
        if not any(rule in case.pyright_rules for rule, _ in errors.get(n, []))
    ]
    assert not missed, "\n".join(missed)
    stray = {n: e for n, e in errors.items() if n not in where}
    assert not stray, f"errors on lines that are not bad calls: {stray}"
    assert len(where) == len(BAD_CALLS)


@pytest.mark.parametrize("package", sorted(p.parent.name for p in SRC_DIRS))
def test_generated_package_itself_is_pyright_strict_clean(tmp_path: Path, package: str) -> None:
    if not PYRIGHT.exists():
        pytest.fail("pyright is not installed at node_modules/.bin/pyright: run `npm ci`")
    shutil.copytree(ROOT / "generated" / package / "src", tmp_path / "src")
    config = {
        "include": ["src"],
        "typeCheckingMode": "strict",
        "pythonVersion": "3.11",
        # the inbox (convapi) takes the provider packages as extras: checked with them installed
        "extraPaths": [str(p) for p in SRC_DIRS if p.parent.name != package],
    }
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config))
    result = subprocess.run(
        [
            str(PYRIGHT),
            "-p",
            str(tmp_path / "pyrightconfig.json"),
            "--pythonpath",
            sys.executable,
            "--outputjson",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,
    )
    report = json.loads(result.stdout)
    assert report["summary"]["filesAnalyzed"] >= 8, report["summary"]
    errors = [
        f"{d['file']}:{d['range']['start']['line'] + 1}: {d['message']}"
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
    assert not errors, "\n".join(errors)
