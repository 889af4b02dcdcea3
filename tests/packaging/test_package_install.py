"""The built wheels install into a fresh venv (deps from PyPI) and work from there against Prism."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from packaging_support import NAMES, Built, clean_env, prism_env, run

SMOKE = Path(__file__).with_name("smoke_clients.py")


def test_installed_wheels_have_consistent_dependencies(installed: Path) -> None:
    run([str(installed), "-m", "pip", "check"], timeout=120)
    listed = run([str(installed), "-m", "pip", "list", "--format=json"], timeout=120)
    names = {p["name"].lower() for p in json.loads(listed.stdout)}
    assert {f"{n}-client" for n in NAMES} <= names
    assert {"httpx2", "pydantic"} <= names
    # The packages stand on httpx2 alone: neither httpx nor its transport library is installed, and
    # neither is the HTTP/2 extra's h2 (off by default).
    assert not names & {"httpx", "httpcore", "h2"}, sorted(names)


def test_installed_packages_carry_py_typed_and_version(installed: Path) -> None:
    probe = (
        "import importlib, importlib.metadata as md, json, pathlib\n"
        "out = {}\n"
        f"for n in {NAMES!r}:\n"
        "    m = importlib.import_module(n + '_client')\n"
        "    root = pathlib.Path(m.__file__).parent\n"
        "    out[n] = [str(root), (root / 'py.typed').exists(), m.__version__, md.version(n + '-client')]\n"
        "print(json.dumps(out))\n"
    )
    result = run(
        [str(installed), "-c", probe], timeout=120, env=clean_env(), cwd=str(installed.parent)
    )
    for name, (root, typed, version, dist_version) in json.loads(result.stdout).items():
        assert "site-packages" in root, f"{name} imported from {root}"
        assert typed, f"{name}: py.typed is not installed"
        assert version == dist_version


def test_smoke_calls_work_from_the_installed_wheels(installed: Path, prism: dict[str, Any]) -> None:
    result = run(
        [str(installed), str(SMOKE)],
        timeout=300,
        env=clean_env(**prism_env(prism)),
        cwd=str(installed.parent),
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    for module, path in report["modules"].items():
        assert "site-packages" in path, (
            f"{module} was imported from {path}, not the installed wheel"
        )


def test_the_http2_extra_brings_h2_and_still_no_httpx(
    built: dict[str, Built], tmp_path: Path
) -> None:
    """`pip install "wacrm-client[http2]"` alone in a fresh venv: h2 comes in, HTTP/2 clients start."""
    run([sys.executable, "-m", "venv", str(tmp_path / "venv")], timeout=300)
    python = str(tmp_path / "venv" / "bin" / "python")
    wheel = built["wacrm"].wheel
    requirement = f"wacrm-client[http2] @ {wheel.as_uri()}"
    run(
        [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", requirement],
        timeout=600,
    )
    listed = run([python, "-m", "pip", "list", "--format=json"], timeout=120)
    names = {p["name"].lower() for p in json.loads(listed.stdout)}
    assert {"wacrm-client", "httpx2", "h2", "pydantic"} <= names
    assert not names & {"httpx", "httpcore"}, sorted(names)
    probe = "import httpx2, wacrm_client; httpx2.Client(http2=True).close(); print('ok')"
    result = run([python, "-c", probe], timeout=120, env=clean_env(), cwd=str(tmp_path))
    assert result.stdout.strip() == "ok"
