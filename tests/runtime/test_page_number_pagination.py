"""Page-number pagination (`x-pagination` style `page`): ChatbotX's contacts, members and webhooks.

The list answers `data` and a `pageCount` for `page`/`perPage`. Walking survives transient faults
without losing or repeating items, stops at the page count (no request for a page past it), and
without a count goes on only while pages are full, so a server that ignores `page` is asked once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import chatbotx_client
import pytest
from faultserver import FaultServer, dropped, rate_limited, status

CONTACTS = "/v1/contacts"
FAULT_MIX = (status(503), rate_limited("2"), dropped())


def ids(items: Any) -> list[str]:
    return [item.id for item in items]


def page_numbers(server: FaultServer, path: str = CONTACTS) -> list[str]:
    return [r.query.get("page", ["(none)"])[0] for r in server.requests_to(path, "GET")]


def test_sync_walk_of_10000_contacts_through_transient_faults_yields_each_once_in_order(
    server: FaultServer, make_client: Callable[..., Any], sleeps: list[float]
) -> None:
    expected = [c["id"] for c in server.serve_numbered_pages(CONTACTS, 10_000)]
    server.random_faults(0.1, FAULT_MIX, seed=404)
    client = make_client(chatbotx_client.ChatbotX, max_retries=5)

    page = client.contacts.list(per_page=100)
    assert isinstance(page, chatbotx_client.SyncPageNumberPage)
    got = ids(page)

    assert got == expected
    faults = server.faults_injected
    assert {"status 503", "status 429", "drop"} <= set(faults)
    assert len(server.requests) == 100 + len(faults)  # 100 pages, one retry per fault, no page 101
    assert len(sleeps) == len(faults)
    answered = [r for r in server.requests_to(CONTACTS, "GET") if r.fault is None]
    assert [r.query["page"][0] for r in answered[1:]] == [str(n) for n in range(2, 101)]
    assert "page" not in answered[0].query  # the first page is the caller's call as written
    assert {r.query["perPage"][0] for r in answered} == {"100"}


async def test_async_walk_of_10000_contacts_through_transient_faults_yields_each_once_in_order(
    server: FaultServer, make_async_client: Callable[..., Any], sleeps: list[float]
) -> None:
    expected = [c["id"] for c in server.serve_numbered_pages(CONTACTS, 10_000)]
    server.random_faults(0.1, FAULT_MIX, seed=505)
    client = make_async_client(chatbotx_client.AsyncChatbotX, max_retries=5)

    got = [c.id async for c in client.contacts.list(per_page=100)]

    assert got == expected
    assert len(server.requests) == 100 + len(server.faults_injected)
    assert len(sleeps) == len(server.faults_injected)


def test_paging_stops_at_the_page_count_and_next_page_past_it_is_refused(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    expected = [c["id"] for c in server.serve_numbered_pages(CONTACTS, 45)]
    client = make_client(chatbotx_client.ChatbotX)

    first = client.contacts.list(per_page=20)
    pages = list(first.iter_pages())
    assert [len(p.data) for p in pages] == [20, 20, 5]
    assert ids(item for p in pages for item in p.data) == expected
    last = pages[-1]
    assert not last.has_next_page()
    with pytest.raises(chatbotx_client.PaginationError):
        last.get_next_page()
    assert page_numbers(server) == ["(none)", "2", "3"]


def test_paging_continues_from_the_callers_page(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    expected = [c["id"] for c in server.serve_numbered_pages(CONTACTS, 100)]
    client = make_client(chatbotx_client.ChatbotX)

    assert ids(client.contacts.list(page=3, per_page=20)) == expected[40:]
    assert page_numbers(server) == ["3", "4", "5"]


def test_without_a_page_count_paging_goes_on_while_pages_are_full(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    """`withCount=false`: no pageCount; a short page is the last one."""
    expected = [c["id"] for c in server.serve_numbered_pages(CONTACTS, 50, with_count=False)]
    client = make_client(chatbotx_client.ChatbotX)

    assert ids(client.contacts.list(per_page=20, with_count=False)) == expected
    assert page_numbers(server) == ["(none)", "2", "3"]


def test_a_server_that_ignores_the_page_number_is_asked_once(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    """Older servers answer every webhook in one `{data}`, without pageCount: no endless loop."""
    webhooks = [
        {"id": str(i), "name": f"hook {i}", "active": True, "url": f"https://h.test/{i}"}
        for i in range(30)
    ]
    server.serve_numbered_pages("/v1/webhooks", webhooks, ignore_page=True)
    client = make_client(chatbotx_client.ChatbotX)

    assert [w.id for w in client.webhooks.list(per_page=10)] == [w["id"] for w in webhooks]
    assert len(server.requests) == 1


def test_members_are_paged_by_number_too(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    members = [{"id": str(i), "userId": str(100 + i), "role": "member"} for i in range(25)]
    server.serve_numbered_pages("/v1/members", members)
    client = make_client(chatbotx_client.ChatbotX)

    assert [m.id for m in client.members.list(per_page=10)] == [m["id"] for m in members]
    assert page_numbers(server, "/v1/members") == ["(none)", "2", "3"]
