"""A client built by the user (`httpx2.Client` / `httpx2.AsyncClient`) is the one that sends.

Users hand `http_client=` the client they already configured: their own transport (a proxy, a retry
layer, mTLS, instrumentation) and their own default headers. Both must carry every request of the
generated client, which adds its own auth and headers on top, against a real server on loopback.
"""

from __future__ import annotations

import httpx2
from wacrm_client import AsyncWacrm, Wacrm

from .support import StubServer

API_KEY = "wacrm_test_user_client_key"
TEAM_HEADER = ("X-Team", "support-eu")


class CountingTransport(httpx2.HTTPTransport):
    """The user's own transport: a real HTTP/1.1 transport that also counts what it carries."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[httpx2.Request] = []

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        self.sent.append(request)
        return super().handle_request(request)


class AsyncCountingTransport(httpx2.AsyncHTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.sent: list[httpx2.Request] = []

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        self.sent.append(request)
        return await super().handle_async_request(request)


def _check_the_users_client_carried_it(
    stub: StubServer, transport_sent: list[httpx2.Request]
) -> None:
    assert [r.url.path for r in transport_sent] == ["/api/v1/conversations"]
    [arrived] = stub.requests
    assert arrived.path == "/api/v1/conversations"
    assert arrived.header(TEAM_HEADER[0]) == TEAM_HEADER[1]  # the user's header, on the wire
    assert arrived.header("Authorization") == f"Bearer {API_KEY}"  # and ours beside it
    assert transport_sent[0].headers[TEAM_HEADER[0]] == TEAM_HEADER[1]


def test_a_users_httpx2_client_sends_with_its_transport_and_headers(stub: StubServer) -> None:
    stub.mount("wacrm")
    transport = CountingTransport()
    with httpx2.Client(transport=transport, headers=[TEAM_HEADER], timeout=5) as users_client:
        client = Wacrm(api_key=API_KEY, base_url=stub.base_url("wacrm"), http_client=users_client)
        page = client.conversations.list(limit=2)
        assert page.data, "the canned page came back parsed"
        _check_the_users_client_carried_it(stub, transport.sent)
        client.close()
        assert not users_client.is_closed, "the user's client is the user's to close"


async def test_a_users_httpx2_async_client_sends_with_its_transport_and_headers(
    stub: StubServer,
) -> None:
    stub.mount("wacrm")
    transport = AsyncCountingTransport()
    async with httpx2.AsyncClient(
        transport=transport, headers=[TEAM_HEADER], timeout=5
    ) as users_client:
        client = AsyncWacrm(
            api_key=API_KEY, base_url=stub.base_url("wacrm"), http_client=users_client
        )
        page = await client.conversations.list(limit=2)
        assert page.data, "the canned page came back parsed"
        _check_the_users_client_carried_it(stub, transport.sent)
        await client.close()
        assert not users_client.is_closed, "the user's client is the user's to close"
