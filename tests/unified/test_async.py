"""The AsyncInbox does the same over the async clients, under asyncio and under trio."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import convapi
import pytest
import trio
from convapi import AsyncInbox
from webhooks.deliveries import wacrm_delivery, wacrm_secret

from .conftest import async_clients
from .providers import FakeProvider

T = TypeVar("T")
Fakes = tuple[FakeProvider, FakeProvider, FakeProvider]


def run(backend: str, main: Callable[[], Awaitable[T]]) -> T:
    if backend == "trio":
        return trio.run(main)
    return asyncio.run(main())  # type: ignore[arg-type]


BACKENDS = pytest.mark.parametrize("backend", ["asyncio", "trio"])


@BACKENDS
def test_the_merged_list_newest_first(fakes: Fakes, backend: str) -> None:
    async def main() -> list[convapi.Conversation]:
        inbox = AsyncInbox(**async_clients(fakes))
        return [c async for c in inbox.conversations.list()]

    found = run(backend, main)
    assert len(found) == 21
    times = [c.last_activity_at for c in found]
    assert times == sorted(times, reverse=True)  # type: ignore[type-var]
    assert all(
        len([r for r in f.requests if r.path.endswith("/conversations")]) == 3 for f in fakes
    )


@BACKENDS
def test_the_providers_first_pages_are_asked_for_at_once(fakes: Fakes, backend: str) -> None:
    """Each provider's first list request is held until all three have theirs: asked in turn,
    the first would wait in vain and be answered 503 (then raised, with no retries)."""
    hold = threading.Barrier(3, timeout=10)
    for fake in fakes:
        fake.hold = hold

    async def main() -> list[convapi.Conversation]:
        inbox = AsyncInbox(**async_clients(fakes, max_retries=0))
        return [c async for c in inbox.conversations.list(max_items=4)]

    found = run(backend, main)
    assert len(found) == 4 and not hold.broken
    times = [c.last_activity_at for c in found]
    assert times == sorted(times, reverse=True)  # type: ignore[type-var]


@BACKENDS
def test_status_filter_retrieve_messages_and_sends(fakes: Fakes, backend: str) -> None:
    wacrm, chatbotx, datacrazy = fakes

    async def main() -> dict[str, Any]:
        inbox = AsyncInbox(**async_clients(fakes))
        closed = [c async for c in inbox.conversations.list(status="closed")]
        firsts: dict[str, convapi.Conversation] = {}
        async for c in inbox.conversations.list(max_items=3):
            firsts[c.provider] = c
        again = await inbox.conversations.retrieve(firsts["chatbotx"].ref)
        messages = [m async for m in inbox.messages.list(firsts["datacrazy"])]
        sent = {p: await inbox.messages.send(c, text="on it") for p, c in firsts.items()}
        return {
            "closed": closed,
            "firsts": firsts,
            "again": again,
            "messages": messages,
            "sent": sent,
        }

    out = run(backend, main)
    assert sorted(c.provider for c in out["closed"]) == [
        "chatbotx",
        "chatbotx",
        "datacrazy",
        "wacrm",
    ]
    assert out["again"].ref == out["firsts"]["chatbotx"].ref
    assert [m.direction for m in out["messages"]] == ["inbound", "outbound"]
    assert wacrm.calls("POST")[0].body == {"to": "14155550000", "type": "text", "text": "on it"}
    assert chatbotx.calls("POST")[0].body == {"text": "on it"}
    assert datacrazy.calls("POST")[0].body == {"body": "on it"}
    assert all(m is not None and m.direction == "outbound" for m in out["sent"].values())


@BACKENDS
def test_a_chatbotx_send_is_retried_with_the_same_idempotency_key(
    fakes: Fakes, backend: str
) -> None:
    chatbotx = fakes[1]

    async def main() -> convapi.Message | None:
        inbox = AsyncInbox(**async_clients(fakes))
        chatbotx.fail_next(500)
        return await inbox.messages.send("chatbotx:1800", text="twice, deduplicated")

    sent = run(backend, main)
    posts = chatbotx.calls("POST")
    assert (
        len(posts) == 2
        and posts[0].headers["Idempotency-Key"] == posts[1].headers["Idempotency-Key"]
    )
    assert sent is not None and sent.text == "twice, deduplicated"


@BACKENDS
def test_a_wacrm_send_that_fails_with_500_is_not_sent_again(fakes: Fakes, backend: str) -> None:
    wacrm = fakes[0]

    async def main() -> convapi.APIError:
        inbox = AsyncInbox(**async_clients(fakes))
        target = await inbox.conversations.retrieve("wacrm:0b7e4f52-1c9a-4d3e-8a61-000000000000")
        wacrm.fail_next(500, count=3)
        try:
            await inbox.messages.send(target, text="once")
        except convapi.APIError as exc:
            return exc
        raise AssertionError("the send did not fail")

    error = run(backend, main)
    assert isinstance(error, convapi.InternalServerError) and error.provider == "wacrm"
    assert len(wacrm.calls("POST")) == 1


@BACKENDS
def test_skip_mode_and_a_provider_down(fakes: Fakes, backend: str) -> None:
    async def main() -> tuple[
        list[convapi.Conversation], list[convapi.Skipped], BaseException | None
    ]:
        fakes[2].stop()  # DataCrazy is unreachable
        inbox = AsyncInbox(**async_clients(fakes, max_retries=0))
        listing = inbox.conversations.list(on_error="skip")
        found = [c async for c in listing]
        raised: BaseException | None = None
        try:
            [c async for c in inbox.conversations.list()]
        except convapi.APIError as exc:
            raised = exc
        return found, listing.skipped, raised

    found, skipped, raised = run(backend, main)
    assert sorted({c.provider for c in found}) == ["chatbotx", "wacrm"]
    assert [s.provider for s in skipped] == ["datacrazy"]
    assert isinstance(raised, convapi.APIConnectionError) and raised.provider == "datacrazy"


@BACKENDS
def test_webhooks_on_the_async_inbox(fakes: Fakes, backend: str) -> None:
    secret = wacrm_secret()
    payload = {
        "id": "d2c1",
        "event": "message.received",
        "occurred_at": "2026-07-02T09:12:31.204Z",
        "account_id": "acc-1",
        "data": {
            "conversation_id": "c-1",
            "contact_id": "k-1",
            "whatsapp_message_id": "wamid.1",
            "content_type": "text",
            "text": "hi",
        },
    }
    delivery = wacrm_delivery(payload, secret)

    async def main() -> convapi.Event:
        inbox = AsyncInbox(**async_clients(fakes))
        return inbox.webhooks.unwrap(delivery.body, delivery.headers, secrets={"wacrm": secret})

    assert run(backend, main).type == "message.received"
