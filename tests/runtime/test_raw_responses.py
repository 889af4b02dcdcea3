"""Raw responses expose status and headers with `.parse()` to the usual value; per-call extras reach the server."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import chatbotx_client
import datacrazy_client
import wacrm_client
from faultserver import FaultServer, Reply, status

RATE_HEADERS = {
    "X-RateLimit-Limit": "120",
    "X-RateLimit-Remaining": "117",
    "X-RateLimit-Reset": "1782920700",
}


def test_raw_list_gives_status_headers_and_parses_to_the_page(
    server: FaultServer, make_client: Callable[..., Any], sleeps: list[float]
) -> None:
    expected = [c["id"] for c in server.serve_pages("wacrm", 250)]
    server.response_headers.update(RATE_HEADERS)
    client = make_client(wacrm_client.Wacrm)
    server.schedule(status(503))

    raw = client.with_raw_response.conversations.list(limit=100)

    assert isinstance(raw, wacrm_client.APIResponse)
    assert raw.status_code == 200
    assert raw.headers["x-ratelimit-limit"] == "120"
    assert raw.headers["X-RateLimit-Remaining"] == "117"
    assert raw.headers["x-ratelimit-reset"] == "1782920700"
    assert raw.retries_taken == 1
    assert raw.url.path == "/api/v1/conversations"
    assert raw.json()["meta"]["next_cursor"] is not None
    page = raw.parse()
    assert isinstance(page, wacrm_client.SyncCursorPage)
    assert raw.parse() is page  # parsed once
    assert [c.id for c in page] == expected  # and it pages on like any other first page
    assert len(server.requests) == 4


def test_raw_retrieve_and_send_give_headers_and_parse_to_the_model(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    server.route(
        "GET",
        "/v1/conversations/1842",
        Reply(200, {"data": {"id": "1842"}}, {"X-Request-Id": "r-1"}),
    )
    client = make_client(chatbotx_client.ChatbotX)

    raw = client.with_raw_response.conversations.retrieve("1842")
    assert raw.headers["x-request-id"] == "r-1"
    assert raw.parse().data.id == "1842"

    sent = client.conversations.with_raw_response.messages.create("1842", text="hi")
    assert sent.status_code == 201
    assert sent.parse().text == "hi"
    assert (
        sent.http_response.request.headers["idempotency-key"]
        == server.requests[-1].headers["idempotency-key"]
    )


def test_raw_response_does_not_leak_into_later_plain_calls(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    server.serve_pages("datacrazy", 30)
    client = make_client(datacrazy_client.DataCrazy)

    assert isinstance(
        client.with_raw_response.conversations.list(take=10), datacrazy_client.APIResponse
    )
    page = client.conversations.list(take=10)

    assert isinstance(page, datacrazy_client.SyncOffsetPage)
    assert len(list(page)) == 30


async def test_async_raw_list_gives_status_headers_and_parses_to_the_page(
    server: FaultServer, make_async_client: Callable[..., Any]
) -> None:
    expected = [c["id"] for c in server.serve_pages("chatbotx", 250)]
    server.response_headers.update(RATE_HEADERS)
    client = make_async_client(chatbotx_client.AsyncChatbotX)

    raw = await client.with_raw_response.conversations.list(per_page=100)

    assert isinstance(raw, chatbotx_client.APIResponse)
    assert raw.status_code == 200
    assert raw.headers["x-ratelimit-remaining"] == "117"
    page = raw.parse()
    assert isinstance(page, chatbotx_client.AsyncCursorPage)
    assert [c.id async for c in page] == expected

    plain = await client.conversations.list(per_page=100)
    assert isinstance(plain, chatbotx_client.AsyncCursorPage)

    sent = await client.with_raw_response.conversations.messages.create("1842", text="hi")
    assert sent.status_code == 201
    assert sent.parse().id == "1"


def test_extra_headers_and_extra_query_reach_the_server_on_every_page(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    server.serve_pages("wacrm", 250)
    client = make_client(wacrm_client.Wacrm, default_headers={"X-Tenant": "acme"})

    items = list(
        client.conversations.list(
            limit=100,
            extra_headers={"X-Trace-Id": "trace-1"},
            extra_query={"debug": "1", "tags": ["a", "b"]},
        )
    )

    assert len(items) == 250
    assert len(server.requests) == 3
    for request in server.requests:
        assert request.headers["x-trace-id"] == "trace-1"
        assert request.headers["x-tenant"] == "acme"
        assert request.query["debug"] == ["1"]
        assert request.query["tags"] == ["a", "b"]
        assert request.query["limit"] == ["100"]


def test_extra_headers_override_and_remove_defaults(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    client = make_client(wacrm_client.Wacrm, default_headers={"X-Tenant": "acme", "X-Drop-Me": "1"})

    client.messages.create(
        to="+14155550123",
        type="text",
        text="hi",
        extra_headers={"X-Tenant": "other", "X-Drop-Me": wacrm_client.NOT_GIVEN},
        extra_query={"dry_run": "true"},
    )

    (request,) = server.requests
    assert request.headers["x-tenant"] == "other"
    assert "x-drop-me" not in request.headers
    assert request.query == {"dry_run": ["true"]}
    assert request.json() == {"to": "+14155550123", "type": "text", "text": "hi"}


async def test_async_extra_headers_and_query_reach_the_server(
    server: FaultServer, make_async_client: Callable[..., Any]
) -> None:
    server.serve_pages("datacrazy", 25)
    client = make_async_client(datacrazy_client.AsyncDataCrazy)

    got = [
        c.id
        async for c in client.conversations.list(
            take=10, extra_headers={"X-Trace-Id": "t2"}, extra_query={"debug": "yes"}
        )
    ]

    assert len(got) == 25
    assert len(server.requests) == 3
    assert all(
        r.headers["x-trace-id"] == "t2" and r.query["debug"] == ["yes"] for r in server.requests
    )
