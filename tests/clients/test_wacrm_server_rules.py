"""Issue 24, Wacrm: the client refuses, before sending, what Wacrm's own server refuses or fails on.

Against a loopback server mounted with the spec's operations: a refused call raises
`InvalidArgumentError` and sends nothing; the same call made valid goes out. Sources (upstream
b8677608; line numbers of the stored 459a26d9 where they differ):
- W1 `lib/whatsapp/send-message.ts` validateSendMessageParams: a text send without `text` (L138), a
  template without `template.name` (L146), media without `media_url` (L163) are 400s, and so is
  `type: interactive` without its payload (`lib/whatsapp/interactive.ts` L116).
- W2 a path id that is not a UUID makes PostgREST fail (22P02), which `conversations/{id}`,
  `broadcasts/{id}` and `webhooks/{id}` answer with 500: a status the client would retry.
- W3 a list message holds at most 10 rows in all its sections (`interactive.ts` L218-220).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx2
import pytest
from wacrm_client import InvalidArgumentError

from .support import StubServer
from .test_wacrm_http import PROVIDER, make_async_client, make_client

UUID = "0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18"
ROWS = [{"id": f"slot_{i}", "title": f"Slot {i}"} for i in range(12)]


def listing(rows: int, sections: int = 2) -> dict[str, Any]:
    per = rows // sections
    return {
        "kind": "list",
        "body": "Pick a delivery slot.",
        "button_label": "Choose a slot",
        "sections": [{"rows": ROWS[i * per : (i + 1) * per]} for i in range(sections)],
    }


REFUSED: dict[str, Callable[[Any], Any]] = {
    # W1: the README's own example before issue 24, a text message without text
    "W1-text-without-text": lambda c: c.messages.create(to="14155550123"),
    "W1-empty-text": lambda c: c.messages.create(to="14155550123", type="text", text=""),
    "W1-template-without-name": lambda c: c.messages.create(
        to="14155550123", type="template", template={"language": "en_US"}
    ),
    "W1-template-not-given": lambda c: c.messages.create(to="14155550123", type="template"),
    "W1-media-without-url": lambda c: c.messages.create(
        to="14155550123", type="image", text="Look"
    ),
    "W1-interactive-without-payload": lambda c: c.messages.create(
        to="14155550123", type="interactive"
    ),
    "W1-blank-interactive-body": lambda c: c.messages.create(
        to="14155550123",
        type="interactive",
        interactive_payload={**listing(2), "body": "   "},
    ),
    # W2: ids the server fails on with 500
    "W2-conversation": lambda c: c.conversations.retrieve("not-a-conversation"),
    "W2-conversation-doc-placeholder": lambda c: c.conversations.retrieve("conv-uuid-…"),
    "W2-broadcast": lambda c: c.broadcasts.retrieve("42"),
    "W2-webhook": lambda c: c.webhooks.delete("hook-1"),
    "W2-contact-filter": lambda c: c.conversations.list(contact_id="contact-uuid-…"),
    "W2-tag-filter": lambda c: c.contacts.list(tag="vip"),
    # W3: 12 rows in two sections of 6 (each section within its own limit of 10)
    "W3-twelve-rows-in-all": lambda c: c.messages.create(
        to="14155550123", type="interactive", interactive_payload=listing(12)
    ),
}
ACCEPTED: dict[str, tuple[Callable[[Any], Any], str]] = {
    "W1-text": (lambda c: c.messages.create(to="14155550123", text="Hi"), "/api/v1/messages"),
    "W1-audio": (
        lambda c: c.messages.create(
            to="14155550123", type="audio", media_url="https://f.test/a.ogg"
        ),
        "/api/v1/messages",
    ),
    "W2-uuid": (lambda c: c.conversations.retrieve(UUID), f"/api/v1/conversations/{UUID}"),
    "W2-uuid-without-hyphens": (
        lambda c: c.broadcasts.retrieve(UUID.replace("-", "").upper()),
        "/api/v1/broadcasts/" + UUID.replace("-", "").upper(),
    ),
    "W3-ten-rows-in-all": (
        lambda c: c.messages.create(
            to="14155550123", type="interactive", interactive_payload=listing(10)
        ),
        "/api/v1/messages",
    ),
}


@pytest.mark.parametrize("call", REFUSED.values(), ids=REFUSED.keys())
def test_the_client_refuses_before_sending_what_the_server_refuses(
    stub: StubServer, sync_http: httpx2.Client, call: Callable[[Any], Any]
) -> None:
    stub.mount(PROVIDER)
    with make_client(stub, sync_http) as client, pytest.raises(InvalidArgumentError):
        call(client)
    assert stub.requests == []


@pytest.mark.parametrize("call", REFUSED.values(), ids=REFUSED.keys())
async def test_the_async_client_refuses_before_sending_what_the_server_refuses(
    stub: StubServer, async_http: httpx2.AsyncClient, call: Callable[[Any], Any]
) -> None:
    stub.mount(PROVIDER)
    async with make_async_client(stub, async_http) as client:
        with pytest.raises(InvalidArgumentError):
            await call(client)
    assert stub.requests == []


@pytest.mark.parametrize(("call", "path"), ACCEPTED.values(), ids=ACCEPTED.keys())
def test_what_the_server_takes_still_goes_out(
    stub: StubServer, sync_http: httpx2.Client, call: Callable[[Any], Any], path: str
) -> None:
    stub.mount(PROVIDER)
    with make_client(stub, sync_http) as client:
        call(client)
    assert [r.target.split("?")[0] for r in stub.requests] == [path]


def test_the_refusals_name_the_rule_and_not_the_value(
    stub: StubServer, sync_http: httpx2.Client
) -> None:
    stub.mount(PROVIDER)
    with make_client(stub, sync_http) as client:
        with pytest.raises(InvalidArgumentError, match="'id' does not match its pattern") as bad_id:
            client.conversations.retrieve("not-a-conversation")
        with pytest.raises(InvalidArgumentError, match="at most 10 'rows'"):
            client.messages.create(
                to="14155550123", type="interactive", interactive_payload=listing(12)
            )
    assert "not-a-conversation" not in str(bad_id.value)
