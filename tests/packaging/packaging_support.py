"""Helpers of the packaging tests (importable from their test modules, unlike conftest)."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import prism_mock

ROOT = prism_mock.ROOT
# the provider client packages (`<name>_client`); the inbox, `convapi`, has a test of its own
NAMES = sorted(
    p.name
    for p in (ROOT / "generated").iterdir()
    if (p / "pyproject.toml").exists() and (p / "src" / f"{p.name}_client").is_dir()
)
INBOX = ROOT / "generated" / "convapi"


@dataclass(frozen=True)
class Built:
    name: str
    sdist: Path
    wheel: Path


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for a subprocess that must not see this repository's packages."""
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")
    }
    for name in prism_mock.SPEC_NAMES:
        env.pop(f"{name.upper()}_API_KEY", None)
        env.pop(f"{name.upper()}_BASE_URL", None)
    env.update(extra)
    return env


def prism_env(prism: dict[str, prism_mock.PrismServer]) -> dict[str, str]:
    """Client configuration for the smoke script: every client reads its env vars."""
    env = {}
    for name, server in prism.items():
        env[f"{name.upper()}_BASE_URL"] = server.url
        env[f"{name.upper()}_API_KEY"] = prism_mock.api_key(name)
    return env


# --------------------------------------------------------------------------------------------------
# Interpreters

MINORS = ("3.11", "3.12", "3.13", "3.14")


@dataclass(frozen=True)
class Interpreter:
    minor: str
    version: str
    executable: Path


def _candidates() -> list[Path]:
    """Python executables on this machine: pyenv's versions, `python3.X` on PATH, then this one."""
    found: list[Path] = []
    pyenv_root = os.environ.get("PYENV_ROOT")
    pyenv = shutil.which("pyenv")
    if pyenv:
        result = subprocess.run([pyenv, "root"], capture_output=True, text=True, timeout=30)
        if result.returncode == 0 and result.stdout.strip():
            pyenv_root = result.stdout.strip()
    if pyenv_root:
        found += sorted(Path(pyenv_root).glob("versions/3.1[0-9]*/bin/python3"))
    for minor in MINORS:
        exe = shutil.which(f"python{minor}")
        if exe:
            found.append(Path(exe))
    return [*found, Path(sys.executable)]


def discover_interpreters() -> dict[str, Interpreter]:
    """The newest CPython of each minor version in MINORS that this machine has."""
    best: dict[str, Interpreter] = {}
    probe = (
        "import platform, sys; print(platform.python_implementation(), platform.python_version())"
    )
    for exe in _candidates():
        try:
            result = subprocess.run(
                [str(exe), "-c", probe], capture_output=True, text=True, timeout=30
            )
        except (OSError, subprocess.TimeoutExpired):
            continue
        parts = result.stdout.split()
        if result.returncode != 0 or len(parts) != 2 or parts[0] != "CPython":
            continue
        version = parts[1]
        minor = ".".join(version.split(".")[:2])
        if minor not in MINORS:
            continue
        key = tuple(int(x) for x in re.findall(r"\d+", version)[:3])
        current = best.get(minor)
        if current is None or key > tuple(int(x) for x in re.findall(r"\d+", current.version)[:3]):
            best[minor] = Interpreter(minor, version, exe)
    return best


def runtime_pins() -> list[str]:
    """httpx2 and pydantic at the versions constraints.txt pins (the rest constrained by it too)."""
    pins = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        name, _, version = line.strip().partition("==")
        if name.lower() in ("httpx2", "pydantic"):
            pins[name.lower()] = f"{name}=={version}"
    assert set(pins) == {"httpx2", "pydantic"}, pins
    return [pins["httpx2"], pins["pydantic"]]


def cached_venv(cache_dir: Path, interpreter: Interpreter) -> Path:
    """A venv of ``interpreter`` with the pinned runtime deps, reused across runs (built atomically)."""
    pins = runtime_pins()
    digest = hashlib.sha256(
        "\n".join(
            [*pins, (ROOT / "constraints.txt").read_text(), str(interpreter.executable)]
        ).encode()
    ).hexdigest()[:12]
    venv = cache_dir / f"cpython-{interpreter.version}-{digest}"
    python = venv / "bin" / "python"
    if (venv / ".ready").exists() and python.exists():
        return python
    staging = Path(tempfile.mkdtemp(prefix=f"{venv.name}.", dir=cache_dir))
    try:
        run([str(interpreter.executable), "-m", "venv", str(staging)], timeout=300)
        run(
            [
                str(staging / "bin" / "python"),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                *pins,
                "-c",
                str(ROOT / "constraints.txt"),
            ],
            timeout=600,
        )
        (staging / ".ready").write_text(" ".join(pins) + "\n")
        try:
            staging.rename(venv)
        except OSError:  # another session finished the same venv first
            if not (venv / ".ready").exists():
                raise
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return python


def run(
    cmd: list[str], *, timeout: float, env: dict[str, str] | None = None, cwd: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a command; on failure, raise with its output."""
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env, cwd=cwd)
    if result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(cmd)} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
        )
    return result
