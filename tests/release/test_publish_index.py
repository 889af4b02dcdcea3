"""Publishing against a real package index on loopback (pypiserver, pinned in the dev extras).

A copy of the project releases a package (a new optional parameter: a minor version), both the
committed version and the new one are built and uploaded with twine, and pip installs
`<name>-client==<new version>` from that index alone into a fresh venv, which then calls a loopback
HTTP server with the new parameter.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
import yaml
from release_specs import ROOT

NAME = "wacrm"
DIST = f"{NAME}-client"


def run(cmd: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None) -> str:
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=env, cwd=cwd)
    assert result.returncode == 0, f"{' '.join(cmd)}\n{result.stdout}\n{result.stderr}"
    return result.stdout + result.stderr


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """pypiserver on a free loopback port, uploads allowed without a password, no fallback to PyPI."""
    packages = tmp_path_factory.mktemp("index")
    for _attempt in range(3):
        port = free_port()
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "pypiserver",
                "run",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--authenticate",
                ".",
                "--passwords",
                ".",
                "--disable-fallback",
                "--server",
                "wsgiref",
                str(packages),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"{url}/simple/", timeout=2):
                    break
            except OSError:
                time.sleep(0.2)
        if server.poll() is None:
            try:
                yield url
            finally:
                server.terminate()
                server.wait(timeout=30)
            return
    pytest.fail("pypiserver did not start on a loopback port")


def _project_copy(where: Path) -> Path:
    """specs/ and releases/ of one package: enough for `codegen release` to work on."""
    (where / "specs").mkdir(parents=True)
    shutil.copy(ROOT / "specs" / f"{NAME}.yaml", where / "specs" / f"{NAME}.yaml")
    records = ROOT / "releases" / NAME
    assert records.is_dir(), "the package has no release record"
    shutil.copytree(records, where / "releases" / NAME)
    return where


def _codegen(project: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["SOURCE_DATE_EPOCH"] = "1767225600"
    return run([sys.executable, "-m", "generator", *args], env=env, cwd=project)


def _build(package: Path, out: Path) -> list[Path]:
    # --no-isolation: hatchling is pinned in the dev extras; the isolated build is the
    # packaging tests' business.
    run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(package)])
    return sorted(out.iterdir())


class Recorder(BaseHTTPRequestHandler):
    seen: ClassVar[list[dict[str, str]]] = []
    payload: ClassVar[bytes] = b"{}"

    def do_GET(self) -> None:
        Recorder.seen.append(
            {"path": self.path, "authorization": self.headers.get("Authorization", "")}
        )
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.payload)))
        self.end_headers()
        self.wfile.write(self.payload)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _list_example() -> Any:
    spec = yaml.safe_load((ROOT / "specs" / f"{NAME}.yaml").read_text(encoding="utf-8"))
    media = spec["paths"]["/api/v1/conversations"]["get"]["responses"]["200"]["content"]
    examples = media["application/json"]["examples"]
    return next(iter(examples.values()))["value"]


def test_a_released_version_is_uploaded_and_installed_from_the_index(
    index: str, tmp_path: Path
) -> None:
    project = _project_copy(tmp_path / "project")
    # The copy's record first catches up with the spec as it is today (whatever that bump is), so the
    # edit below is the only change of the release under test; that state is the "old" version.
    _codegen(project, "release", NAME)
    _codegen(project, "generate")  # the package at that version (release writes it only on a bump)
    old_version = json.loads((project / "releases" / NAME / "release.json").read_text())["version"]
    dist = tmp_path / "dist"
    old_files = _build(project / "generated" / NAME, dist / "old")

    spec_path = project / "specs" / f"{NAME}.yaml"
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    spec["paths"]["/api/v1/conversations"]["get"]["parameters"].append(
        {
            "name": "label",
            "in": "query",
            "description": "Only conversations with this label.",
            "schema": {"type": "string"},
        }
    )
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    out = _codegen(project, "release", NAME)
    major, minor, _patch = (int(x) for x in old_version.split("."))
    new_version = f"{major}.{minor + 1}.0"
    assert f"{NAME}: {old_version} -> {new_version} (minor)" in out

    files = old_files + _build(project / "generated" / NAME, dist / "new")
    assert {p.name for p in files} >= {
        f"{NAME}_client-{old_version}-py3-none-any.whl",
        f"{NAME}_client-{new_version}-py3-none-any.whl",
    }
    run(
        [
            sys.executable,
            "-m",
            "twine",
            "upload",
            "--non-interactive",
            "--repository-url",
            f"{index}/",
            "--username",
            "test",
            "--password",
            "test",
            *map(str, files),
        ]
    )
    with urllib.request.urlopen(f"{index}/simple/{DIST}/", timeout=10) as answer:
        listing = answer.read().decode()
    assert f"{NAME}_client-{old_version}.tar.gz" in listing
    assert f"{NAME}_client-{new_version}-py3-none-any.whl" in listing

    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", str(venv)])
    python = str(venv / "bin" / "python")
    pins = [
        line.strip()
        for line in (ROOT / "constraints.txt").read_text().splitlines()
        if line.split("==")[0].lower() in ("httpx2", "pydantic")
    ]
    run([python, "-m", "pip", "install", "--quiet", *pins, "-c", str(ROOT / "constraints.txt")])
    # The package itself from the loopback index only: no pip configuration, no other index.
    only_local = {
        k: v for k, v in os.environ.items() if not k.startswith("PIP_") and k != "PYTHONPATH"
    }
    only_local["PIP_CONFIG_FILE"] = os.devnull
    log = run(
        [
            python,
            "-m",
            "pip",
            "install",
            "--index-url",
            f"{index}/simple/",
            f"{DIST}=={new_version}",
        ],
        env=only_local,
    )
    assert f"{index}/packages/{NAME}_client-{new_version}" in log, log

    Recorder.payload = json.dumps(_list_example()).encode()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        probe = (
            "import json, wacrm_client\n"
            "client = wacrm_client.Wacrm(api_key='key-1', base_url=BASE, max_retries=0)\n"
            "page = client.conversations.list(label='vip', limit=2)\n"
            "print(json.dumps([wacrm_client.__version__, wacrm_client.__file__,\n"
            "                  [c.id for c in page.data]]))\n"
        )
        base = f"http://127.0.0.1:{server.server_address[1]}"
        result = run([python, "-c", f"BASE = {base!r}\n{probe}"], env=only_local, cwd=tmp_path)
    finally:
        server.shutdown()
        server.server_close()
    version, module_file, ids = json.loads(result.strip().splitlines()[-1])
    assert version == new_version
    assert "site-packages" in module_file
    assert ids == [c["id"] for c in _list_example()["data"]]
    (call,) = Recorder.seen
    assert call["path"].startswith("/api/v1/conversations?")
    assert "label=vip" in call["path"] and "limit=2" in call["path"]
    assert call["authorization"] == "Bearer key-1"
