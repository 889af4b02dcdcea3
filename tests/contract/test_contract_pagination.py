"""Pagination against Prism's static examples: cursors and offsets go back on the wire as the spec says.

A static mock answers the same example to every page request. Where that example carries a
cursor, following it would loop forever: a walk ends at the second answer, which brings nothing new,
and yields the example's item once. DataCrazy's example says ``count: 100`` with one item: the walk
asks for the second offset, gets the same item again and ends there.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

import pytest
from prism_mock import Audit, make_client, package


def query(exchange: Any) -> dict[str, list[str]]:
    return parse_qs(exchange.request.url.query.decode())


def test_wacrm_next_page_sends_the_cursor_and_keeps_the_filters(prism: dict[str, Any]) -> None:
    audit = Audit("wacrm")
    with make_client("wacrm", prism["wacrm"].url, audit) as client:
        page = client.conversations.list(status="pending", limit=10)
        assert page.has_next_page()
        second = page.get_next_page()
    assert len(second.data) == 1
    first_q, second_q = (query(e) for e in audit.exchanges)
    assert first_q == {"status": ["pending"], "limit": ["10"]}
    assert second_q == {"status": ["pending"], "limit": ["10"], "cursor": ["eyJ…"]}


@pytest.mark.parametrize(
    ("name", "method"), [("wacrm", "conversations"), ("chatbotx", "conversations")]
)
def test_a_page_the_server_repeats_ends_the_walk_with_each_item_once(
    name: str, method: str, prism: dict[str, Any]
) -> None:
    audit = Audit(name)
    with make_client(name, prism[name].url, audit) as client:
        seen = list(getattr(client, method).list())
        with pytest.raises(
            package(name).PaginationError
        ):  # by hand, the repeated cursor is refused
            client_page = getattr(client, method).list().get_next_page()
            client_page.get_next_page()
    assert len(seen) == 1  # the first page's item; the second page is the same page again
    assert len(audit.exchanges) == 2 + 2


@pytest.mark.parametrize(
    ("name", "conversation"),
    [("wacrm", "0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18"), ("chatbotx", "1842")],
)
def test_a_null_cursor_ends_iteration_after_one_page(
    name: str, conversation: str, prism: dict[str, Any]
) -> None:
    audit = Audit(name)
    with make_client(name, prism[name].url, audit) as client:
        page = client.conversations.messages.list(conversation)
        assert not page.has_next_page()
        items = list(page)
        pages = list(page.iter_pages())
    assert items == page.data and len(items) == 1
    assert len(pages) == 1
    assert len(audit.exchanges) == 1


def test_datacrazy_offset_paging_sends_the_next_offset_and_ends_on_a_repeated_page(
    prism: dict[str, Any],
) -> None:
    audit = Audit("datacrazy")
    with make_client("datacrazy", prism["datacrazy"].url, audit) as client:
        items = list(client.conversations.list(take=1, filter_status="waiting"))
    assert len(items) == 1  # count: 100, but every offset answers the same item
    skips = [query(e).get("skip", ["0"])[0] for e in audit.exchanges]
    assert skips == ["0", "1"]
    assert all(
        query(e)["take"] == ["1"] and query(e)["filter[status]"] == ["waiting"]
        for e in audit.exchanges
    )


def test_datacrazy_offset_paging_stops_at_a_count_already_reached(prism: dict[str, Any]) -> None:
    audit = Audit("datacrazy")
    with make_client("datacrazy", prism["datacrazy"].url, audit) as client:
        page = client.conversations.messages.list("6808cd89c9968a7b8a41b9f7", take=50)
        assert not page.has_next_page()
        assert len(list(page)) == 1
    assert len(audit.exchanges) == 1


async def test_async_first_page_next_page_and_iteration(prism: dict[str, Any]) -> None:
    audit = Audit("wacrm")
    async with make_client("wacrm", prism["wacrm"].url, audit, asynchronous=True) as client:
        page = await client.conversations.list(limit=5)
        second = await page.get_next_page()
        assert query(audit.exchanges[-1])["cursor"] == ["eyJ…"]
        assert len(second.data) == 1
        messages = [
            m
            async for m in client.conversations.messages.list(
                "0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18"
            )
        ]
    assert [m.content_text for m in messages] == ["Hey, I have a question about my order."]


async def test_async_offset_iteration_walks_every_page(prism: dict[str, Any]) -> None:
    audit = Audit("datacrazy")
    async with make_client("datacrazy", prism["datacrazy"].url, audit, asynchronous=True) as client:
        items = [c async for c in client.conversations.list(take=1)]
    assert len(items) == 1
    assert len(audit.exchanges) == 2


async def test_async_repeated_page_ends_the_walk(prism: dict[str, Any]) -> None:
    audit = Audit("chatbotx")
    async with make_client("chatbotx", prism["chatbotx"].url, audit, asynchronous=True) as client:
        items = [c async for c in client.conversations.list(per_page=1)]
    assert len(items) == 1
    assert len(audit.exchanges) == 2
