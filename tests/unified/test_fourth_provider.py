"""A fourth provider needs only its spec: a made-up Helpdesk spec of our own with `x-unified`, dropped into
a copy of the project's specs/, comes out of `codegen generate` in the inbox (generator/ untouched), and
the generated inbox lists, filters, retrieves, reads, sends and unwraps its webhooks over loopback."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent / "fourth"


def test_a_fourth_provider_needs_only_its_spec(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "specs", tmp_path / "specs")
    shutil.copy(HERE / "helpdesk.yaml", tmp_path / "specs" / "helpdesk.yaml")
    done = subprocess.run(
        [sys.executable, "-m", "generator", "generate"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    assert "the inbox over chatbotx, datacrazy, helpdesk, wacrm" in done.stdout
    client = (tmp_path / "generated" / "convapi" / "src" / "convapi" / "_client.py").read_text()
    assert "helpdesk: Helpdesk | None = None" in client
    readme = (tmp_path / "generated" / "convapi" / "README.md").read_text()
    assert "### helpdesk" in readme

    paths = os.pathsep.join(str(p) for p in sorted((tmp_path / "generated").glob("*/src")))
    ran = subprocess.run(
        [sys.executable, str(HERE / "inbox_script.py")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": paths},
        timeout=120,
    )
    assert ran.returncode == 0, ran.stderr
    out = json.loads(ran.stdout)
    assert out["listed"] == [
        ["helpdesk:T-0", "open", "active", "Ana Lima 0", True],
        ["helpdesk:T-1", "closed", "resolved", "Ana Lima 1", False],
        ["helpdesk:T-2", "pending", "snoozed", "Ana Lima 2", True],
        ["helpdesk:T-3", "open", "active", "Ana Lima 3", False],
        ["helpdesk:T-4", "other", "weird", "Ana Lima 4", True],
    ]
    assert out["closed"] == ["helpdesk:T-1"]
    assert {"method": "GET", "path": "/v2/tickets", "query": {"state": ["resolved"]}} in out["seen"]
    assert out["again"] == "helpdesk:T-3"
    assert out["messages"] == [["helpdesk:R-1", "inbound", "help"]]
    assert out["sent"] == ["helpdesk:R-2", "outbound"]
    post = next(s for s in out["seen"] if s["method"] == "POST")
    assert post == {
        "method": "POST",
        "path": "/v2/tickets/T-3/replies",
        "body": {"content": "on it", "channel": "chat"},
    }
    assert out["event"] == ["message.received", "helpdesk:T-3", "thanks"]
    assert "conversations.retrieve" in out["capabilities"]
