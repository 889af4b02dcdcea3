"""Auto-pagination over DataCrazy's offset lists: 1,200 items, `take=500`, walked to the end.

A loopback server holds 1,200 leads (and 1,200 deals) and answers `skip`/`take` exactly as the API
documents it (`{count, data}`, `count` the total). Walking every page must take three requests
(skip 0, 500, 1000) and yield each item once, in order: none lost, none repeated.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from datacrazy_client import AsyncDataCrazy, DataCrazy

TOTAL = 1200
TAKE = 500
ITEMS: dict[str, list[dict[str, Any]]] = {
    "leads": [{"id": f"lead-{n:04d}", "name": f"Lead {n}"} for n in range(TOTAL)],
    "businesses": [
        {"id": f"deal-{n:04d}", "leadId": f"lead-{n:04d}", "total": str(n * 10)}
        for n in range(TOTAL)
    ],
}


class OffsetServer:
    """Answers GET /v1/api/api/v1/<resource>?skip=&take= from ITEMS; records each query."""

    def __init__(self) -> None:
        self.queries: list[dict[str, list[str]]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                url = urlsplit(self.path)
                query = parse_qs(url.query)
                server.queries.append(query)
                items = ITEMS[url.path.rsplit("/", 1)[-1]]
                skip, take = int(query.get("skip", ["0"])[0]), int(query.get("take", ["50"])[0])
                data = json.dumps({"count": len(items), "data": items[skip : skip + take]}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/v1/api"


@pytest.fixture
def offset_server() -> Iterator[OffsetServer]:
    server = OffsetServer()
    server.thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()


LISTS: dict[str, Callable[[Any], Any]] = {
    "leads": lambda c: c.leads.list(take=TAKE),
    "businesses": lambda c: c.businesses.list(take=TAKE, filter={"status": "in_process"}),
}


def check_walk(server: OffsetServer, resource: str, ids: list[str]) -> None:
    assert ids == [item["id"] for item in ITEMS[resource]]  # every item, once, in order
    assert len(set(ids)) == TOTAL
    # the first page as the caller asked (no skip), then skip=500 and skip=1000; 1,200 is the count
    assert [q.get("skip") for q in server.queries] == [None, ["500"], ["1000"]]
    assert all(q["take"] == [str(TAKE)] for q in server.queries)
    if resource == "businesses":  # the filter goes out on every page, not only the first
        assert all(q["filter[status]"] == ["in_process"] for q in server.queries)


@pytest.mark.parametrize("resource", sorted(LISTS))
def test_sync_walk_of_1200_items_takes_three_pages(
    offset_server: OffsetServer, resource: str
) -> None:
    with DataCrazy(api_key="dc_test", base_url=offset_server.base_url, max_retries=0) as client:
        ids = [item.id for item in LISTS[resource](client)]
    check_walk(offset_server, resource, ids)


@pytest.mark.parametrize("resource", sorted(LISTS))
async def test_async_walk_of_1200_items_takes_three_pages(
    offset_server: OffsetServer, resource: str
) -> None:
    async with AsyncDataCrazy(
        api_key="dc_test", base_url=offset_server.base_url, max_retries=0
    ) as client:
        ids = [item.id async for item in LISTS[resource](client)]
    check_walk(offset_server, resource, ids)
