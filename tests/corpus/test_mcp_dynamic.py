"""The MCP server's dynamic mode on the largest real-world document: an agent searches the operations,
describes one and calls it, through the official MCP client over stdio, against a loopback server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from corpus_location import require_corpus
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

CODEGEN = Path(sys.executable).with_name("codegen")


def largest_document() -> Path:
    folder = require_corpus() / "public-specs" / "real-world"
    files = [p for p in folder.glob("*/*") if p.suffix in (".json", ".yaml", ".yml")]
    return max(files, key=lambda p: p.stat().st_size)


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("mcp-corpus") / "corpus_client"
    command = [str(CODEGEN), "generate", str(largest_document()), "--out", str(out)]
    command += ["--package-name", "corpus_client"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        done = subprocess.run([*command, "--lenient"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return out / "src"


@pytest.fixture
def server() -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """A loopback server answering `{}` to everything, recording (method, path)."""
    seen: list[tuple[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            seen.append((self.command, self.path.partition("?")[0]))
            data = b"{}"
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", seen
    finally:
        httpd.shutdown()
        httpd.server_close()


async def test_dynamic_mode_on_the_largest_real_world_document(
    package: Path, server: tuple[str, list[tuple[str, str]]]
) -> None:
    url, seen = server
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(package),
        "CORPUS_API_KEY": "test-key",
        "CORPUS_BASE_URL": url,
    }
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "corpus_client.mcp", "--mode", "dynamic"], env=env
    )
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        tools = (await session.list_tools()).tools
        static_count = await _static_count(package, env)
        found = await session.call_tool("search_operations", {"query": "list"})
        operations = found.structured_content["operations"]
        assert operations, found.content
        # the first read among the results that needs no argument
        chosen: dict[str, Any] | None = None
        for candidate in operations:
            described = await session.call_tool("describe_operation", {"name": candidate["name"]})
            schema = described.structured_content["input_schema"]
            if candidate["read_only"] and not schema.get("required"):
                chosen = described.structured_content
                break
        assert chosen is not None, operations
        called = await session.call_tool(
            "call_operation", {"name": chosen["name"], "arguments": {}}
        )
        bad = await session.call_tool(
            "call_operation", {"name": chosen["name"], "arguments": {"no_such_argument": 1}}
        )
    assert [t.name for t in tools] == ["search_operations", "describe_operation", "call_operation"]
    assert static_count > 100  # the static list this mode replaces
    assert not called.is_error, called.content
    assert len(seen) == 1 and seen[0][0] == "GET"
    assert bad.is_error and "no_such_argument" in json.dumps(bad.structured_content)
    assert len(seen) == 1  # the bad call sent nothing


async def _static_count(package: Path, env: dict[str, str]) -> int:
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "corpus_client.mcp"], env=env
    )
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        return len((await session.list_tools()).tools)
