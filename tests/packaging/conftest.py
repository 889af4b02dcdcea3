"""Packaging tests: built wheels and sdists, installs in fresh venvs, every CPython 3.11-3.14.

The slow preparations (three `python -m build`, a fresh venv, one cached venv per interpreter)
start together, in the background, when the first packaging test runs; each fixture waits only
for what it needs.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
for path in (str(HERE), str(HERE.parent / "contract")):
    if path not in sys.path:
        sys.path.insert(0, path)

import prism_mock  # noqa: E402
from packaging_support import (  # noqa: E402
    NAMES,
    ROOT,
    Built,
    Interpreter,
    cached_venv,
    discover_interpreters,
    run,
)

BUILD_TIMEOUT = 600  # seconds: a cold isolated build fetches hatchling from PyPI
INTERPRETER_REPORT = pytest.StashKey[list[str]]()


def pytest_configure(config: pytest.Config) -> None:
    prism_mock.register(config)
    config.stash[INTERPRETER_REPORT] = []


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    lines = config.stash.get(INTERPRETER_REPORT, [])
    if lines:
        terminalreporter.write_sep("-", "generated clients on each CPython")
        for line in lines:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def interpreter_report(pytestconfig: pytest.Config) -> list[str]:
    """Lines for the end-of-run summary: which interpreters ran the smoke script, which are absent."""
    return pytestconfig.stash[INTERPRETER_REPORT]


def build(name: str, out: Path) -> Built:
    """`python -m build` of one generated package: the sdist, then the wheel from the sdist."""
    dist = out / name
    run(
        [sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT / "generated" / name)],
        timeout=BUILD_TIMEOUT,
    )
    sdists, wheels = sorted(dist.glob("*.tar.gz")), sorted(dist.glob("*.whl"))
    assert len(sdists) == 1 and len(wheels) == 1, sorted(p.name for p in dist.iterdir())
    return Built(name, sdists[0], wheels[0])


def fresh_venv(where: Path) -> Path:
    run([sys.executable, "-m", "venv", str(where)], timeout=300)
    return where / "bin" / "python"


@dataclass
class Jobs:
    interpreters: dict[str, Interpreter]
    builds: dict[str, Future[Built]]
    wheel_venv: Future[Path]
    venvs: dict[str, Future[Path]]


@pytest.fixture(scope="session")
def jobs(tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config) -> Iterator[Jobs]:
    assert pytestconfig.cache is not None, (
        "the pytest cache provider is disabled (-p no:cacheprovider)"
    )
    cache_dir = pytestconfig.cache.mkdir("convapi-interpreter-venvs")
    out = tmp_path_factory.mktemp("dist")
    interpreters = discover_interpreters()
    with ThreadPoolExecutor(max_workers=8) as pool:
        yield Jobs(
            interpreters=interpreters,
            builds={name: pool.submit(build, name, out) for name in NAMES},
            wheel_venv=pool.submit(fresh_venv, tmp_path_factory.mktemp("wheel-venv") / "venv"),
            venvs={m: pool.submit(cached_venv, cache_dir, i) for m, i in interpreters.items()},
        )


@pytest.fixture(autouse=True)
def _start_jobs_early(jobs: Jobs) -> None:
    """Every packaging test starts the background jobs, so they overlap whichever test runs first."""


@pytest.fixture(scope="session")
def built(jobs: Jobs) -> dict[str, Built]:
    return {name: future.result() for name, future in jobs.builds.items()}


@pytest.fixture(scope="session")
def interpreters(jobs: Jobs) -> dict[str, Interpreter]:
    return jobs.interpreters


@pytest.fixture(scope="session")
def installed(jobs: Jobs, built: dict[str, Built]) -> Path:
    """A fresh venv with the three wheels installed by pip (deps from PyPI); returns its python."""
    python = jobs.wheel_venv.result()
    wheels = [str(built[name].wheel) for name in NAMES]
    run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *wheels],
        timeout=600,
    )
    return python


@pytest.fixture(scope="session")
def venvs(jobs: Jobs) -> dict[str, Future[Path]]:
    """Per interpreter found: its cached venv with the pinned httpx2 and pydantic (being prepared)."""
    return jobs.venvs
