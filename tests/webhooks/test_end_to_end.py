"""End to end: a receiver on loopback (a real HTTP server thread) verifies deliveries that a real HTTP
client posts, signed exactly as the provider's code signs them (SURFACE.md §1.5 and §2.6).

The receiver is the plainest one there is, `http.server`: it hands `unwrap` the body bytes it read
off the socket and its own headers object (`http.client.HTTPMessage`, neither a dict nor httpx2's), and
answers 204 for an event, 400 for a refused signature, as a provider expects.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import chatbotx_client
import httpx2
import pytest
import wacrm_client

from .deliveries import (
    Delivery,
    chatbotx_api_channel_delivery,
    chatbotx_signing_secret,
    chatbotx_system_delivery,
    declared_events,
    wacrm_delivery,
    wacrm_secret,
)


class Receiver(ThreadingHTTPServer):
    """Unwraps every POST with `unwrap`; keeps what it accepted and what it refused."""

    def __init__(self, unwrap: Callable[[bytes, Any], Any]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.unwrap = unwrap
        self.events: list[Any] = []
        self.refused: list[str] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/hooks"


class _Handler(BaseHTTPRequestHandler):
    server: Receiver

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            event = self.server.unwrap(body, self.headers)
        except wacrm_client.InvalidWebhookSignatureError as exc:
            self._answer(400, exc)
        except chatbotx_client.InvalidWebhookSignatureError as exc:
            self._answer(400, exc)
        else:
            self.server.events.append(event)
            self.send_response(204)
            self.end_headers()

    def _answer(self, status: int, exc: Exception) -> None:
        self.server.refused.append(str(exc))
        text = str(exc).encode()
        self.send_response(status)
        self.send_header("Content-Length", str(len(text)))
        self.end_headers()
        self.wfile.write(text)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def receiving(unwrap: Callable[[bytes, Any], Any]) -> Iterator[Receiver]:
    server = Receiver(unwrap)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def _post(http: httpx2.Client, url: str, delivery: Delivery) -> int:
    """POST the exact bytes with the provider's headers (what its fetch / ky call sends)."""
    return http.post(url, content=delivery.body, headers=delivery.headers).status_code


@pytest.fixture
def http() -> Iterator[httpx2.Client]:
    with httpx2.Client(timeout=5) as client:
        yield client


def test_a_wacrm_receiver_accepts_every_event_and_refuses_forgeries(http: httpx2.Client) -> None:
    secret = wacrm_secret()
    client = wacrm_client.Wacrm(api_key="k", base_url="https://crm.example.com")
    client.close()  # unwrap needs no connection
    payloads = [p for e in declared_events("wacrm") for p in e.examples.values()]

    def unwrap(body: bytes, headers: Any) -> Any:
        return client.webhooks.unwrap(body, headers, secret=secret)

    with receiving(unwrap) as receiver:
        for payload in payloads:
            assert _post(http, receiver.url, wacrm_delivery(payload, secret)) == 204
        forged = wacrm_delivery(payloads[0], "whsec_not_the_endpoint_secret")
        replayed = wacrm_delivery(payloads[0], secret, t=int(time.time()) - 3600)
        assert _post(http, receiver.url, forged) == 400
        assert _post(http, receiver.url, replayed) == 400
    assert [e.event for e in receiver.events] == [p["event"] for p in payloads]
    assert [type(e).__name__ for e in receiver.events] == [
        "MessageReceivedEvent",
        "MessageReceivedEvent",
        "MessageStatusUpdatedEvent",
        "ConversationCreatedEvent",
    ]
    assert len(receiver.refused) == 2 and "does not match" in receiver.refused[0]
    assert "tolerance" in receiver.refused[1]


def test_a_chatbotx_receiver_verifies_the_api_channel_and_takes_system_events(
    http: httpx2.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = chatbotx_signing_secret()
    monkeypatch.setenv("CHATBOTX_WEBHOOK_SECRET", secret)  # the receiver passes no secret
    client = chatbotx_client.ChatbotX(api_key="k")
    client.close()
    events = declared_events("chatbotx")
    signed = [p for e in events if e.signed for p in e.examples.values()]
    system = [p for e in events if not e.signed for p in e.examples.values()]

    def unwrap(body: bytes, headers: Any) -> Any:
        return client.webhooks.unwrap(body, headers)

    with receiving(unwrap) as receiver:
        for payload in signed:
            assert _post(http, receiver.url, chatbotx_api_channel_delivery(payload, secret)) == 204
        for payload in system:
            assert _post(http, receiver.url, chatbotx_system_delivery(payload)) == 204
        unsigned_copy = chatbotx_system_delivery(signed[0])  # a signed event, posted unsigned
        wrong_key = chatbotx_api_channel_delivery(signed[0], chatbotx_signing_secret())
        assert _post(http, receiver.url, unsigned_copy) == 400
        assert _post(http, receiver.url, wrong_key) == 400
    received = [type(e).__name__ for e in receiver.events]
    assert received[: len(signed)] == ["ApiChannelMessageCreatedEvent"] * len(signed)
    assert len(received) == len(signed) + len(system)
    assert [e.event for e in receiver.events[len(signed) :]] == [p["event"] for p in system]
    assert len(receiver.refused) == 2
