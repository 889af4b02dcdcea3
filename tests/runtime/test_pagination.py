"""Auto-pagination of the three paging styles against the fault server, sync and async.

Wacrm: cursor in `meta.next_cursor`; ChatbotX: cursor in `nextCursor`; DataCrazy: `skip`/`take` with
a `count` total. Walking survives transient faults without losing or repeating items, stops where the
style says the list ends, and ends (instead of looping) on a server that repeats a cursor.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import chatbotx_client
import datacrazy_client
import pytest
import wacrm_client
from faultserver import (
    PAGING_PATHS,
    STYLES,
    FaultServer,
    Reply,
    Style,
    conversation_item,
    dropped,
    rate_limited,
    status,
)


@dataclass(frozen=True)
class Provider:
    package: ModuleType
    sync: type[Any]
    async_: type[Any]
    size_arg: str  # the page-size argument of conversations.list
    size_query: str  # ... and its name on the wire
    sync_page: type[Any]
    async_page: type[Any]


PROVIDERS: dict[Style, Provider] = {
    "wacrm": Provider(
        wacrm_client,
        wacrm_client.Wacrm,
        wacrm_client.AsyncWacrm,
        "limit",
        "limit",
        wacrm_client.SyncCursorPage,
        wacrm_client.AsyncCursorPage,
    ),
    "chatbotx": Provider(
        chatbotx_client,
        chatbotx_client.ChatbotX,
        chatbotx_client.AsyncChatbotX,
        "per_page",
        "perPage",
        chatbotx_client.SyncCursorPage,
        chatbotx_client.AsyncCursorPage,
    ),
    "datacrazy": Provider(
        datacrazy_client,
        datacrazy_client.DataCrazy,
        datacrazy_client.AsyncDataCrazy,
        "take",
        "take",
        datacrazy_client.SyncOffsetPage,
        datacrazy_client.AsyncOffsetPage,
    ),
}
CURSOR_STYLES: tuple[Style, ...] = ("wacrm", "chatbotx")
SEEDS: dict[Style, int] = {"wacrm": 101, "chatbotx": 202, "datacrazy": 301}
RETRY_AFTER = "2"
FAULT_MIX = (status(503), rate_limited(RETRY_AFTER), dropped())


def ids(items: Any) -> list[str]:
    return [item["id"] if isinstance(item, dict) else item.id for item in items]


def page_requests(server: FaultServer, style: Style) -> list[Any]:
    return server.requests_to(PAGING_PATHS[style], "GET")


def assert_faults_were_retried(server: FaultServer, sleeps: list[float], pages: int) -> None:
    """Every injected fault cost exactly one retry, 429s waited their Retry-After, nothing else was sent."""
    faults = server.faults_injected
    assert {"status 503", "status 429", "drop"} <= set(faults), faults  # the seed gives a real mix
    assert 0.05 < len(faults) / (pages + len(faults)) < 0.2
    assert len(server.requests) == pages + len(faults)
    assert len(sleeps) == len(faults)
    for fault, delay in zip(faults, sleeps, strict=True):
        if fault == "status 429":
            assert delay == float(RETRY_AFTER)
        else:
            assert 0.375 <= delay <= 8.0


# --------------------------------------------------------------------------------------------------
# 10,000 items through ~10% transient faults


@pytest.mark.parametrize("style", STYLES)
def test_sync_walk_of_10000_items_through_transient_faults_yields_each_item_once_in_order(
    style: Style, server: FaultServer, make_client: Callable[..., Any], sleeps: list[float]
) -> None:
    provider = PROVIDERS[style]
    expected = ids(server.serve_pages(style, 10_000))
    server.random_faults(0.1, FAULT_MIX, seed=SEEDS[style])
    client = make_client(provider.sync, max_retries=5)

    got = ids(client.conversations.list(**{provider.size_arg: 100}))

    assert got == expected
    assert_faults_were_retried(server, sleeps, pages=100)
    assert {r.query[provider.size_query][0] for r in page_requests(server, style)} == {"100"}


@pytest.mark.parametrize("style", STYLES)
async def test_async_walk_of_10000_items_through_transient_faults_yields_each_item_once_in_order(
    style: Style, server: FaultServer, make_async_client: Callable[..., Any], sleeps: list[float]
) -> None:
    provider = PROVIDERS[style]
    expected = ids(server.serve_pages(style, 10_000))
    server.random_faults(0.1, FAULT_MIX, seed=SEEDS[style])
    client = make_async_client(provider.async_, max_retries=5)

    got = [item.id async for item in client.conversations.list(**{provider.size_arg: 100})]

    assert got == expected
    assert_faults_were_retried(server, sleeps, pages=100)


# --------------------------------------------------------------------------------------------------
# Where the list ends


@pytest.mark.parametrize("style", CURSOR_STYLES)
def test_cursor_paging_stops_on_a_null_cursor_without_another_request(
    style: Style, server: FaultServer, make_client: Callable[..., Any]
) -> None:
    provider = PROVIDERS[style]
    expected = ids(server.serve_pages(style, 250))
    client = make_client(provider.sync)

    assert ids(client.conversations.list(**{provider.size_arg: 100})) == expected
    requests = page_requests(server, style)
    assert len(requests) == 3
    assert "cursor" not in requests[0].query
    assert all("cursor" in r.query for r in requests[1:])


@pytest.mark.parametrize("style", CURSOR_STYLES)
def test_cursor_paging_stops_on_an_empty_page_even_with_a_cursor(
    style: Style, server: FaultServer, make_client: Callable[..., Any]
) -> None:
    provider = PROVIDERS[style]
    expected = ids(server.serve_pages(style, 200, empty_last_page=True))
    client = make_client(provider.sync)

    assert ids(client.conversations.list(**{provider.size_arg: 100})) == expected
    assert len(page_requests(server, style)) == 3  # the third page is empty, and has a cursor


def test_offset_paging_stops_when_the_offset_reaches_count(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    expected = ids(server.serve_pages("datacrazy", 250))
    client = make_client(datacrazy_client.DataCrazy)

    assert ids(client.conversations.list(take=100)) == expected
    assert [r.query.get("skip") for r in page_requests(server, "datacrazy")] == [
        None,
        ["100"],
        ["200"],
    ]

    server.requests.clear()
    server.serve_pages("datacrazy", 200)
    assert len(ids(client.conversations.list(take=100))) == 200
    assert (
        len(page_requests(server, "datacrazy")) == 2
    )  # offset 200 >= count 200: no empty third fetch


def test_offset_paging_stops_on_an_empty_page_when_count_overstates(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    expected = ids(server.serve_pages("datacrazy", 200, count_extra=500))
    client = make_client(datacrazy_client.DataCrazy)

    assert ids(client.conversations.list(take=100)) == expected
    assert len(page_requests(server, "datacrazy")) == 3


def test_offset_paging_continues_from_the_callers_skip(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    expected = ids(server.serve_pages("datacrazy", 250))
    client = make_client(datacrazy_client.DataCrazy)

    assert ids(client.conversations.list(skip=50, take=100)) == expected[50:]
    assert [r.query["skip"] for r in page_requests(server, "datacrazy")] == [["50"], ["150"]]


# --------------------------------------------------------------------------------------------------
# A server that repeats a cursor


@pytest.mark.parametrize("style", CURSOR_STYLES)
def test_repeated_cursor_ends_the_walk_instead_of_looping(
    style: Style, server: FaultServer, make_client: Callable[..., Any]
) -> None:
    provider = PROVIDERS[style]
    server.serve_pages(style, 1_000, repeat_cursor=True)
    client = make_client(provider.sync)

    seen = [item.id for item in client.conversations.list(**{provider.size_arg: 100})]

    assert len(seen) == len(set(seen)) == 200
    assert len(page_requests(server, style)) == 2


@pytest.mark.parametrize("style", CURSOR_STYLES)
async def test_async_repeated_cursor_ends_the_walk_and_get_next_page_refuses_it(
    style: Style, server: FaultServer, make_async_client: Callable[..., Any]
) -> None:
    provider = PROVIDERS[style]
    server.serve_pages(style, 1_000, repeat_cursor=True)
    client = make_async_client(provider.async_)

    seen = [item.id async for item in client.conversations.list(**{provider.size_arg: 100})]
    assert len(seen) == 200
    assert len(page_requests(server, style)) == 2

    page = await client.conversations.list(**{provider.size_arg: 100})
    second = await page.get_next_page()
    assert second.has_next_page()  # the server does name a next page ...
    with pytest.raises(provider.package.PaginationError) as info:
        await second.get_next_page()  # ... but following it by hand would loop
    assert isinstance(info.value, provider.package.APIError)


# --------------------------------------------------------------------------------------------------
# The page API


@pytest.mark.parametrize("style", STYLES)
def test_sync_page_has_next_page_get_next_page_and_iter_pages(
    style: Style, server: FaultServer, make_client: Callable[..., Any]
) -> None:
    provider = PROVIDERS[style]
    expected = ids(server.serve_pages(style, 250))
    client = make_client(provider.sync)

    first = client.conversations.list(**{provider.size_arg: 100})
    assert isinstance(first, provider.sync_page)
    assert len(page_requests(server, style)) == 1  # the first page only, nothing fetched ahead
    assert ids(first.data) == expected[:100]
    assert len(first) == 100
    assert first.has_next_page()

    second = first.get_next_page()
    third = second.get_next_page()
    assert ids(second.data) == expected[100:200]
    assert ids(third.data) == expected[200:]
    assert not third.has_next_page()
    with pytest.raises(provider.package.PaginationError, match="no page after"):
        third.get_next_page()
    requests = len(server.requests)

    def pages_after_the_last() -> Any:  # StopIteration inside a generator became a RuntimeError
        yield third.get_next_page()

    with pytest.raises(provider.package.PaginationError):
        next(pages_after_the_last())
    assert len(server.requests) == requests  # nothing was sent for a page that does not exist

    assert [len(p.data) for p in first.iter_pages()] == [100, 100, 50]
    assert "has_next_page=True" in repr(first)


@pytest.mark.parametrize("style", STYLES)
async def test_async_await_gives_the_first_page_and_async_for_walks_all_items(
    style: Style, server: FaultServer, make_async_client: Callable[..., Any]
) -> None:
    provider = PROVIDERS[style]
    expected = ids(server.serve_pages(style, 250))
    client = make_async_client(provider.async_)

    first = await client.conversations.list(**{provider.size_arg: 100})
    assert isinstance(first, provider.async_page)
    assert len(page_requests(server, style)) == 1
    assert ids(first.data) == expected[:100]
    assert first.has_next_page()

    second = await first.get_next_page()
    third = await second.get_next_page()
    assert ids(third.data) == expected[200:]
    assert not third.has_next_page()
    with pytest.raises(provider.package.PaginationError, match="no page after"):
        await third.get_next_page()

    assert [len(p.data) async for p in first.iter_pages()] == [100, 100, 50]
    assert [
        item.id async for item in first
    ] == expected  # iterating a page walks the later pages too
    assert [
        item.id async for item in client.conversations.list(**{provider.size_arg: 100})
    ] == expected


# --------------------------------------------------------------------------------------------------
# Cursors and page sizes as real servers have them


@pytest.mark.parametrize("style", CURSOR_STYLES)
def test_opaque_cursor_with_reserved_characters_round_trips_exactly(
    style: Style, server: FaultServer, make_client: Callable[..., Any]
) -> None:
    provider = PROVIDERS[style]
    expected = ids(server.serve_pages(style, 250, odd_cursors=True))
    client = make_client(provider.sync)

    assert ids(client.conversations.list(**{provider.size_arg: 100})) == expected
    cursors = [r.query.get("cursor") for r in page_requests(server, style)]
    assert cursors == [None, ["a+b/c=d&e f?#é%2F;100=="], ["a+b/c=d&e f?#é%2F;200=="]]


@pytest.mark.parametrize("style", STYLES)
def test_server_giving_fewer_items_than_asked_loses_nothing(
    style: Style, server: FaultServer, make_client: Callable[..., Any]
) -> None:
    provider = PROVIDERS[style]
    expected = ids(server.serve_pages(style, 1_000, max_page_size=37))
    client = make_client(provider.sync)

    assert ids(client.conversations.list(**{provider.size_arg: 100})) == expected
    assert len(page_requests(server, style)) == 28  # ceil(1000 / 37)


async def test_concurrent_async_walks_and_raw_calls_on_one_client_do_not_interfere(
    server: FaultServer, make_async_client: Callable[..., Any], sleeps: list[float]
) -> None:
    expected = ids(server.serve_pages("wacrm", 1_000))
    server.random_faults(0.1, FAULT_MIX, seed=404)
    client = make_async_client(wacrm_client.AsyncWacrm, max_retries=5)

    async def walk(size: int) -> list[str]:
        return [item.id async for item in client.conversations.list(limit=size)]

    async def raw() -> Any:
        return await client.with_raw_response.conversations.list(limit=100)

    results = await asyncio.gather(walk(100), walk(30), raw(), walk(7), raw())

    assert results[0] == results[1] == results[3] == expected
    for response in (results[2], results[4]):
        assert isinstance(response, wacrm_client.APIResponse)
        assert ids(response.parse().data) == expected[:100]
    assert server.faults_injected  # the walks did meet faults
    assert len(sleeps) == len(server.faults_injected)


# --------------------------------------------------------------------------------------------------
# A bounded walk: page.iter(max_items=n) / page.auto_paging_iter(max_items=n) (issue 23)


@pytest.mark.parametrize("style", STYLES)
def test_a_bounded_walk_stops_at_max_items_without_fetching_further_pages(
    style: Style, server: FaultServer, make_client: Callable[..., Any]
) -> None:
    provider = PROVIDERS[style]
    expected = ids(server.serve_pages(style, 250))
    client = make_client(provider.sync)
    page = client.conversations.list(**{provider.size_arg: 100})

    assert ids(page.iter(max_items=150)) == expected[:150]
    assert len(server.requests_to(PAGING_PATHS[style], "GET")) == 2  # pages 1 and 2, never 3
    assert ids(page.auto_paging_iter(max_items=100)) == expected[:100]
    assert (
        len(server.requests_to(PAGING_PATHS[style], "GET")) == 2
    )  # the first page's items: no fetch
    assert ids(page.iter(max_items=1000)) == expected
    assert ids(page.iter(max_items=0)) == []


@pytest.mark.parametrize("style", STYLES)
async def test_an_async_bounded_walk_from_the_call_or_from_a_page(
    style: Style, server: FaultServer, make_async_client: Callable[..., Any]
) -> None:
    provider = PROVIDERS[style]
    expected = ids(server.serve_pages(style, 250))
    client = make_async_client(provider.async_)

    walked = [
        c async for c in client.conversations.list(**{provider.size_arg: 100}).iter(max_items=120)
    ]
    assert ids(walked) == expected[:120]
    assert len(server.requests_to(PAGING_PATHS[style], "GET")) == 2
    page = await client.conversations.list(**{provider.size_arg: 100})
    again = [c async for c in page.auto_paging_iter(max_items=5)]
    assert ids(again) == expected[:5]


def test_a_negative_or_non_integer_bound_is_refused_before_any_fetch(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    server.serve_pages("wacrm", 250)
    page = make_client(wacrm_client.Wacrm).conversations.list(limit=100)
    with pytest.raises(wacrm_client.InvalidArgumentError, match="max_items"):
        page.iter(max_items=-1)
    with pytest.raises(wacrm_client.InvalidArgumentError, match="max_items"):
        page.iter(max_items="10")
    assert len(server.requests) == 1


def test_a_cursor_the_server_sends_as_a_number_is_sent_back_as_it_came_not_refused(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    """Only the caller's arguments are checked against their schemas: a later page's cursor comes from
    the server (here a number where the spec says string) and goes back unchanged."""

    def answer(request: Any) -> Reply:
        second = request.query.get("cursor") == ["2"]
        items = [
            conversation_item("wacrm", 3 if second else 1),
            conversation_item("wacrm", 4 if second else 2),
        ]
        return Reply(200, {"data": items, "meta": {"next_cursor": None if second else 2}})

    server.route("GET", PAGING_PATHS["wacrm"], answer)
    client = make_client(wacrm_client.Wacrm)
    assert ids(client.conversations.list(limit=2)) == [
        "conv-00001",
        "conv-00002",
        "conv-00003",
        "conv-00004",
    ]
    with pytest.raises(wacrm_client.InvalidArgumentError, match=r"^cursor: "):
        client.conversations.list(cursor=2)  # the caller's own argument is checked
