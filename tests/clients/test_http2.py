"""HTTP/2, the packages' optional `http2` extra: a generated client speaks it when asked, and only then.

A real HTTP/2 server on loopback (hypercorn, TLS with a certificate from a throwaway CA made by trustme,
the protocol agreed by ALPN as with any https:// API). The project's dev dependencies install httpx2 with
its `http2` extra, as `pip install "wacrm-client[http2]"` does for a user (tests/packaging checks that the
wheels declare that extra); without it, `httpx2.Client(http2=True)` refuses to start.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx2
import pytest
import trustme
from hypercorn.asyncio import serve
from hypercorn.config import Config
from wacrm_client import AsyncWacrm, Wacrm

from .support import spec_operations

API_KEY = "wacrm_test_http2_key"


@dataclass
class Http2Server:
    """hypercorn in a thread of its own, answering listConversations with its canned page."""

    url: str
    ca: trustme.CA
    ca_file: Path
    seen: list[dict[str, Any]] = field(default_factory=list)

    def ssl_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        self.ca.configure_trust(context)
        return context


@pytest.fixture
def http2_server(tmp_path: Path) -> Iterator[Http2Server]:
    # The dev dependencies install the extra: its absence is a broken setup, not a reason to skip.
    assert importlib.util.find_spec("h2"), "h2 missing: install the dev extras (httpx2[http2])"
    ca = trustme.CA()
    pem = tmp_path / "server.pem"
    ca.issue_cert("127.0.0.1").private_key_and_cert_chain_pem.write_to_path(str(pem))
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    server = Http2Server(url=f"https://127.0.0.1:{port}", ca=ca, ca_file=ca_file)
    page = spec_operations("wacrm")["listConversations"]
    payload = page.responses[page.default_status]

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        server.seen.append(
            {
                "http_version": scope["http_version"],
                "path": scope["path"],
                "headers": {k.decode(): v.decode() for k, v in scope["headers"]},
            }
        )
        body = json.dumps(payload).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": body})

    config = Config()
    config.bind = [f"fd://{listener.detach()}"]
    config.certfile = config.keyfile = str(pem)
    config.alpn_protocols = ["h2", "http/1.1"]
    config.accesslog = config.errorlog = None
    loop = asyncio.new_event_loop()
    stop = asyncio.Event()
    thread = threading.Thread(
        target=loop.run_until_complete,
        args=(serve(app, config, shutdown_trigger=stop.wait),),
        daemon=True,
    )
    thread.start()
    try:
        yield server
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(timeout=10)
        loop.close()


def test_a_client_built_for_http2_talks_http2_to_the_server(http2_server: Http2Server) -> None:
    with httpx2.Client(http2=True, verify=http2_server.ssl_context(), timeout=5) as http:
        client = Wacrm(api_key=API_KEY, base_url=http2_server.url, http_client=http)
        raw = client.with_raw_response.conversations.list(limit=2)
        page = raw.parse()
    assert raw.http_response.http_version == "HTTP/2"
    assert page.data, "the canned page came back parsed"
    [seen] = http2_server.seen
    assert seen["http_version"] == "2"
    assert seen["path"] == "/api/v1/conversations"
    assert seen["headers"]["authorization"] == f"Bearer {API_KEY}"


async def test_an_async_client_built_for_http2_talks_http2_to_the_server(
    http2_server: Http2Server,
) -> None:
    async with httpx2.AsyncClient(http2=True, verify=http2_server.ssl_context(), timeout=5) as http:
        client = AsyncWacrm(api_key=API_KEY, base_url=http2_server.url, http_client=http)
        pages = [await client.conversations.list(limit=2), await client.conversations.list()]
    assert all(p.data for p in pages)
    assert [s["http_version"] for s in http2_server.seen] == ["2", "2"]


def test_http2_is_off_by_default(
    http2_server: Http2Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same server, the client's own connection pool (no http_client=): HTTP/1.1, as before."""
    monkeypatch.setenv("SSL_CERT_FILE", str(http2_server.ca_file))  # httpx2 trusts it from there
    for proxy in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(proxy, raising=False)
    with Wacrm(api_key=API_KEY, base_url=http2_server.url, timeout=5) as client:
        raw = client.with_raw_response.conversations.list(limit=2)
    assert raw.http_response.http_version == "HTTP/1.1"
    assert [s["http_version"] for s in http2_server.seen] == ["1.1"]
