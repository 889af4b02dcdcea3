"""Every generated package builds into a publishable sdist and wheel with complete metadata."""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import zipfile
from email.message import Message
from email.parser import Parser
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging_support import NAMES, ROOT, Built


def metadata(wheel: Path) -> Message:
    with zipfile.ZipFile(wheel) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        return Parser().parsestr(zf.read(name).decode("utf-8"))


def source_version(name: str) -> str:
    text = (ROOT / "generated" / name / "src" / f"{name}_client" / "_version.py").read_text()
    match = re.search(r"__version__\s*=\s*[\"']([^\"']+)[\"']", text)
    assert match, text
    return match.group(1)


def test_every_generated_package_is_built() -> None:
    assert NAMES == ["chatbotx", "datacrazy", "wacrm"]


@pytest.mark.parametrize("name", NAMES)
def test_build_gives_an_sdist_and_a_wheel_named_after_the_distribution(
    name: str, built: dict[str, Built]
) -> None:
    version = source_version(name)
    assert built[name].sdist.name == f"{name}_client-{version}.tar.gz"
    assert built[name].wheel.name == f"{name}_client-{version}-py3-none-any.whl"


@pytest.mark.parametrize("name", NAMES)
def test_twine_check_strict_passes(name: str, built: dict[str, Built]) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "twine",
            "check",
            "--strict",
            str(built[name].sdist),
            str(built[name].wheel),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", NAMES)
def test_wheel_metadata_is_complete(name: str, built: dict[str, Built]) -> None:
    meta = metadata(built[name].wheel)
    assert meta["Name"] == f"{name}-client"
    assert meta["Version"] == source_version(name)
    assert meta["Summary"] and len(meta["Summary"]) > 10
    assert meta["License-Expression"] or meta["License"], "no License / License-Expression"
    assert meta["Requires-Python"] == ">=3.10"
    assert "Typing :: Typed" in meta.get_all("Classifier", [])
    assert meta["Description-Content-Type"] == "text/markdown"
    readme = (ROOT / "generated" / name / "README.md").read_text(encoding="utf-8")
    assert meta.get_payload().strip() == readme.strip(), "the long description is not the README"


@pytest.mark.parametrize("name", NAMES)
def test_wheel_requires_only_httpx_and_pydantic(name: str, built: dict[str, Built]) -> None:
    """The base package needs httpx and pydantic only; the MCP server's SDK is the `mcp` extra."""
    requires = [Requirement(r) for r in metadata(built[name].wheel).get_all("Requires-Dist", [])]
    base = [r for r in requires if r.marker is None]
    assert sorted(r.name for r in base) == ["httpx", "pydantic"]
    assert all(not r.extras for r in base), base
    optional = [r for r in requires if r.marker is not None]
    assert [(r.name, str(r.marker)) for r in optional] == [("mcp", 'extra == "mcp"')]
    assert metadata(built[name].wheel).get_all("Provides-Extra") == ["mcp"]


@pytest.mark.parametrize("name", NAMES)
def test_wheel_ships_every_module_and_py_typed(name: str, built: dict[str, Built]) -> None:
    src = ROOT / "generated" / name / "src"
    expected = {
        p.relative_to(src).as_posix()
        for p in src.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    with zipfile.ZipFile(built[name].wheel) as zf:
        files = set(zf.namelist())
    dist_info = f"{name}_client-{source_version(name)}.dist-info/"
    assert f"{name}_client/py.typed" in files
    assert {f for f in files if not f.startswith(dist_info)} == expected


@pytest.mark.parametrize("name", NAMES)
def test_sdist_ships_sources_readme_changelog_and_pyproject(
    name: str, built: dict[str, Built]
) -> None:
    top = f"{name}_client-{source_version(name)}/"
    with tarfile.open(built[name].sdist) as tf:
        files = {m.name.removeprefix(top) for m in tf.getmembers() if m.isfile()}
    src = ROOT / "generated" / name
    expected = {p.relative_to(src).as_posix() for p in (src / "src").rglob("*") if p.is_file()}
    expected = {e for e in expected if "__pycache__" not in e}
    assert expected <= files, expected - files
    shipped = {"README.md", "CHANGELOG.md", "pyproject.toml", "PKG-INFO"}
    assert shipped <= files
    # hatchling always adds the VCS ignore file; nothing else may slip in
    assert files - expected - shipped - {".gitignore"} == set()
