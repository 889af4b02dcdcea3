"""The inbox package `convapi` builds into a publishable sdist and wheel: it depends on pydantic only, and
takes each provider package as an extra pinned to that package's released version."""

from __future__ import annotations

import json
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

from conftest import build
from packaging.requirements import Requirement
from packaging_support import INBOX, ROOT, run


def test_the_inbox_builds_with_pinned_extras(tmp_path: Path) -> None:
    built = build(INBOX.name, tmp_path)
    run(
        [sys.executable, "-m", "twine", "check", "--strict", str(built.sdist), str(built.wheel)],
        timeout=120,
    )
    with zipfile.ZipFile(built.wheel) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        meta = Parser().parsestr(zf.read(name).decode("utf-8"))
        assert "convapi/py.typed" in zf.namelist()
    assert meta["Name"] == "convapi"
    requires = [Requirement(r) for r in meta.get_all("Requires-Dist", [])]
    assert [r.name for r in requires if r.marker is None] == ["pydantic"]
    extras = {str(r.marker).split('"')[1]: r for r in requires if r.marker is not None}
    for provider in ("chatbotx", "datacrazy", "wacrm"):
        record = json.loads((ROOT / "releases" / provider / "release.json").read_text())
        pin = extras[provider]
        assert pin.name == f"{provider}-client"
        assert str(pin.specifier) == f"=={record['version']}"
    assert set(meta.get_all("Provides-Extra", [])) == {
        "all",
        "chatbotx",
        "datacrazy",
        "wacrm",
        "mcp",
    }
    assert str(extras["mcp"].specifier) == "<3,>=2.3" and extras["mcp"].name == "mcp"
