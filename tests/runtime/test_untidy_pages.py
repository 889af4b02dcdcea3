"""Walks over servers whose pages are not tidy, for every paging style, sync and async (issue 24).

Three kinds of server seen in the providers' own code: one that ignores the page parameter (C7:
ChatbotX's older `GET /v1/webhooks` answers everything whatever `page` says, and sends no
`pageCount`), one that names the same cursor again, and one whose pages overlap (C2: ChatbotX's
conversation cursor drops the tie-breaker on equal dates, list-conversations.query.ts L145-158). Each walk must end, yield every distinct item the server sent exactly
once, in order, and say so in exactly one log line.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import chatbotx_client
import datacrazy_client
import pytest
import wacrm_client
from faultserver import PAGING_PATHS, FaultServer

Kind = str  # "ignores-position", "repeats-cursor", "overlaps"


@dataclass(frozen=True)
class Lister:
    """One list operation of one package, and how to point the fault server's pages at it."""

    name: str
    package: ModuleType
    sync: type[Any]
    async_: type[Any]
    call: Callable[[Any], Any]
    serve: Callable[[FaultServer, Kind], list[dict[str, Any]]]  # every item, as the server has them
    expected: Callable[
        [list[dict[str, Any]], Kind], list[str]
    ]  # the distinct ids the walk must give
    requests: Callable[[FaultServer], int]


def _cursor(style: str) -> Callable[[FaultServer, Kind], list[dict[str, Any]]]:
    def serve(server: FaultServer, kind: Kind) -> list[dict[str, Any]]:
        return server.serve_pages(
            style,  # type: ignore[arg-type]
            250,
            ignore_position=kind == "ignores-position",
            repeat_cursor=kind == "repeats-cursor",
            overlap=7 if kind == "overlaps" else 0,
        )

    return serve


def _cursor_expected(items: list[dict[str, Any]], kind: Kind) -> list[str]:
    ids = [i["id"] for i in items]
    if kind == "ignores-position":
        return ids[:100]  # the first page, over and over
    if kind == "repeats-cursor":
        return ids[:200]  # the first page, then the page the repeated cursor names, then that again
    return ids


def _offset_serve(server: FaultServer, kind: Kind) -> list[dict[str, Any]]:
    return server.serve_pages(
        "datacrazy",
        250,
        ignore_position=kind == "ignores-position",
        overlap=7 if kind == "overlaps" else 0,
    )


def _numbered_serve(server: FaultServer, kind: Kind) -> list[dict[str, Any]]:
    if kind == "ignores-position":
        # The older server: every webhook at once, no pageCount, and exactly a page's worth of them,
        # so a full page asks for the next page, which is the same again.
        hooks = [
            {"id": str(i), "name": f"hook {i}", "active": True, "url": f"https://h.test/{i}"}
            for i in range(100)
        ]
        return server.serve_numbered_pages("/v1/webhooks", hooks, ignore_page=True)
    hooks = [
        {"id": str(i), "name": f"hook {i}", "active": True, "url": f"https://h.test/{i}"}
        for i in range(250)
    ]
    return server.serve_numbered_pages(
        "/v1/webhooks", hooks, overlap=7 if kind == "overlaps" else 0
    )


def _all(items: list[dict[str, Any]], kind: Kind) -> list[str]:
    return (
        [i["id"] for i in items] if kind != "ignores-position" else [i["id"] for i in items][:100]
    )


LISTERS = [
    Lister(
        "wacrm cursor",
        wacrm_client,
        wacrm_client.Wacrm,
        wacrm_client.AsyncWacrm,
        lambda c: c.conversations.list(limit=100),
        _cursor("wacrm"),
        _cursor_expected,
        lambda s: len(s.requests_to(PAGING_PATHS["wacrm"], "GET")),
    ),
    Lister(
        "chatbotx cursor",
        chatbotx_client,
        chatbotx_client.ChatbotX,
        chatbotx_client.AsyncChatbotX,
        lambda c: c.conversations.list(per_page=100),
        _cursor("chatbotx"),
        _cursor_expected,
        lambda s: len(s.requests_to(PAGING_PATHS["chatbotx"], "GET")),
    ),
    Lister(
        "datacrazy offset",
        datacrazy_client,
        datacrazy_client.DataCrazy,
        datacrazy_client.AsyncDataCrazy,
        lambda c: c.conversations.list(take=100),
        _offset_serve,
        _all,
        lambda s: len(s.requests_to(PAGING_PATHS["datacrazy"], "GET")),
    ),
    Lister(
        "chatbotx page number",
        chatbotx_client,
        chatbotx_client.ChatbotX,
        chatbotx_client.AsyncChatbotX,
        lambda c: c.webhooks.list(per_page=100),
        _numbered_serve,
        _all,
        lambda s: len(s.requests_to("/v1/webhooks", "GET")),
    ),
]
CASES = [
    pytest.param(lister, kind, id=f"{lister.name}-{kind}")
    for lister in LISTERS
    for kind in ("ignores-position", "repeats-cursor", "overlaps")
    if kind != "repeats-cursor" or "cursor" in lister.name
]
# Requests each walk may make: the pages with something new, plus the one that brought nothing.
MOST_REQUESTS = {"ignores-position": 2, "repeats-cursor": 2, "overlaps": 4}
# A walk that would not end (as before issue 24) is cut here, so the test fails instead of hanging.
CUT = 2_000


async def first_items(walk: AsyncIterator[Any], cut: int = CUT) -> list[Any]:
    got: list[Any] = []
    async for item in walk:
        got.append(item)
        if len(got) >= cut:
            break
    return got


def walk_lines(caplog: pytest.LogCaptureFixture, package: ModuleType) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == package.__name__
        and r.levelno == logging.WARNING
        and "Listing" in r.getMessage()
    ]


@pytest.mark.parametrize(("lister", "kind"), CASES)
def test_sync_walk_ends_yields_each_distinct_item_once_and_logs_one_line(
    lister: Lister,
    kind: Kind,
    server: FaultServer,
    make_client: Callable[..., Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    items = lister.serve(server, kind)
    client = make_client(lister.sync)

    got = [item.id for item in itertools.islice(lister.call(client), CUT)]

    assert got == lister.expected(items, kind)
    assert lister.requests(server) <= MOST_REQUESTS[kind]
    lines = walk_lines(caplog, lister.package)
    assert len(lines) == 1, lines
    assert not any(
        text in lines[0] for text in ("hook 1", "message 1", "Contact 1")
    )  # no item text

    caplog.clear()  # a page walks again from its start, and says so again once
    assert [item.id for item in itertools.islice(lister.call(client), CUT)] == got
    assert len(walk_lines(caplog, lister.package)) == 1


@pytest.mark.parametrize(("lister", "kind"), CASES)
async def test_async_walk_ends_yields_each_distinct_item_once_and_logs_one_line(
    lister: Lister,
    kind: Kind,
    server: FaultServer,
    make_async_client: Callable[..., Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    items = lister.serve(server, kind)
    client = make_async_client(lister.async_)

    got = [item.id for item in await first_items(lister.call(client).__aiter__())]

    assert got == lister.expected(items, kind)
    assert lister.requests(server) <= MOST_REQUESTS[kind]
    assert len(walk_lines(caplog, lister.package)) == 1

    first = await lister.call(client)
    pages = await first_items(first.iter_pages(), cut=20)
    assert [item.id for page in pages for item in page.data if item.id in got]  # pages, not items
    assert len(pages) <= MOST_REQUESTS[kind]


@pytest.mark.parametrize("lister", LISTERS, ids=[lister.name for lister in LISTERS])
def test_a_tidy_server_logs_nothing(
    lister: Lister,
    server: FaultServer,
    make_client: Callable[..., Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    items = lister.serve(server, "tidy")
    client = make_client(lister.sync)

    assert [item.id for item in lister.call(client)] == [i["id"] for i in items]
    assert walk_lines(caplog, lister.package) == []


def test_iter_pages_ends_at_the_repeated_page_and_get_next_page_still_refuses_a_repeated_cursor(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    server.serve_pages("wacrm", 1_000, repeat_cursor=True)
    client = make_client(wacrm_client.Wacrm)

    first = client.conversations.list(limit=100)
    assert [len(p.data) for p in first.iter_pages()] == [100, 100]
    second = first.get_next_page()
    assert second.has_next_page()  # the server does name a next page ...
    with pytest.raises(wacrm_client.PaginationError, match="twice"):
        second.get_next_page()  # ... but following it by hand would loop
