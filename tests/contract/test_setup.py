"""The setup the top-level README describes is true (issue 23, finding 8).

The pinned Prism runs on the Node version the README and CI name (npm would warn EBADENGINE
otherwise); `make mock NAME=wacrm` starts Prism on 127.0.0.1 and prints the `WACRM_BASE_URL` that
points a client at it, and the generated client answers through it; the README says how to install a
package from the checkout.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx2
import prism_mock

ROOT = prism_mock.ROOT
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _node_major() -> int:
    stated = re.search(r"Python 3\.\d+ and Node (\d+)", README)
    assert stated, "the README names the Node version"
    return int(stated.group(1))


def test_the_documented_node_is_the_one_ci_uses_and_every_prism_package_allows_it() -> None:
    major = _node_major()
    ci = (ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")
    assert re.findall(r'node-version: "(\d+)"', ci) == [str(major)] * len(
        re.findall("node-version", ci)
    )
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    prism = {k: v for k, v in lock["packages"].items() if "@stoplight/prism" in k}
    assert prism, "Prism is in the lock file"
    for name, entry in prism.items():
        engines = (entry.get("engines") or {}).get("node", "")
        floor = re.match(r">=\s*(\d+)", engines)
        assert floor is None or int(floor.group(1)) <= major, (
            f"{name} {entry['version']} needs node {engines}"
        )


def test_make_mock_serves_the_spec_and_prints_the_base_url_a_client_uses() -> None:
    port = prism_mock.free_port()
    proc = subprocess.Popen(
        ["make", "--no-print-directory", "mock", "NAME=wacrm", f"PORT={port}"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        text=True,
    )
    try:
        assert proc.stdout is not None
        printed = "".join(proc.stdout.readline() for _ in range(3))
        assert f"export WACRM_BASE_URL=http://127.0.0.1:{port}" in printed, printed
        assert "export WACRM_API_KEY=" in printed
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx2.get(f"http://127.0.0.1:{port}/api/v1/me", timeout=1)
                break
            except httpx2.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, "Prism did not start"
                time.sleep(0.3)
        env = {
            **os.environ,
            "WACRM_BASE_URL": f"http://127.0.0.1:{port}",
            "WACRM_API_KEY": "any-key",
        }
        src = str(ROOT / "generated" / "wacrm" / "src")
        call = "from wacrm_client import Wacrm; print(Wacrm().me.retrieve().data.account.name)"
        result = subprocess.run(
            [sys.executable, "-c", call],
            env={**env, "PYTHONPATH": src},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


def test_the_readme_says_how_to_install_a_package_from_the_checkout() -> None:
    installs = re.findall(r"pip install (\./generated/(\w+))", README)
    assert installs, "the README shows `pip install ./generated/<name>`"
    for path, _name in installs:
        assert (ROOT / path / "pyproject.toml").is_file()
    assert "make mock NAME=wacrm" in README
    assert "Both set themselves up" not in README  # `make generate` runs no npm
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    generate_deps = re.search(r"^generate: (.*)$", makefile, re.M)
    assert generate_deps and "NODE_STAMP" not in generate_deps.group(1)
    assert Path(ROOT / "package.json").is_file()
