"""Issue 24, ChatbotX: the client sends only what both generations of ChatbotX's server take.

Against a loopback server mounted with the spec's operations:
- C4 a contact identifier needs its prefix (`id:`, `email:`, `phone:`; older public-find-contact.ts
  L18-21, newer lib/public-api/contact-identifier.ts): a bare `5310`, the spec's old example, is
  refused before sending instead of answering 404;
- C8 the send takes the variants of messages/schema/mutation.ts @034b2335 (`text`, `flowId` with
  `nodeId`, and `inboxId`, `clientId`, `sendFrom`), and none the code lacks (`mediaFileId`,
  `mediaFileIds`, `mediaFile`, `isPrivateReply`, `replyToMessageId`).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import chatbotx_client
import httpx2
import pytest
from chatbotx_client import InvalidArgumentError

from .support import StubServer
from .test_chatbotx_http import PROVIDER, make_async_client, make_client

BARE: dict[str, Callable[[Any], Any]] = {
    "retrieve": lambda c: c.contacts.retrieve("5310"),
    "upsert": lambda c: c.contacts.upsert("an@example.com", first_name="An"),
    "block": lambda c: c.contacts.block("+84901234567"),
    "tags": lambda c: c.contacts.tags.list("5310"),
}


@pytest.mark.parametrize("call", BARE.values(), ids=BARE.keys())
def test_c4_a_bare_contact_identifier_is_refused_before_sending(
    stub: StubServer, sync_http: httpx2.Client, call: Callable[[Any], Any]
) -> None:
    stub.mount(PROVIDER)
    with (
        make_client(stub, sync_http) as client,
        pytest.raises(InvalidArgumentError, match="identifier"),
    ):
        call(client)
    assert stub.requests == []


async def test_c4_async_a_bare_contact_identifier_is_refused_and_a_prefixed_one_goes_out(
    stub: StubServer, async_http: httpx2.AsyncClient
) -> None:
    stub.mount(PROVIDER)
    async with make_async_client(stub, async_http) as client:
        with pytest.raises(InvalidArgumentError):
            await client.contacts.retrieve("5310")
        assert stub.requests == []
        await client.contacts.retrieve("id:5310")
    assert [r.target for r in stub.requests] == ["/api/v1/contacts/id%3A5310"]


@pytest.mark.parametrize(
    "absent",
    ["media_file_id", "media_file_ids", "media_file", "is_private_reply", "reply_to_message_id"],
)
def test_c8_the_send_offers_no_variant_the_code_lacks(absent: str) -> None:
    for cls in (chatbotx_client.ChatbotX, chatbotx_client.AsyncChatbotX):
        resource = cls(api_key="k").conversations.messages
        assert absent not in inspect.signature(resource.create).parameters


def test_c8_the_send_takes_send_from_and_refuses_blank_text(
    stub: StubServer, sync_http: httpx2.Client
) -> None:
    stub.mount(PROVIDER)
    with make_client(stub, sync_http) as client:
        with pytest.raises(InvalidArgumentError):
            client.conversations.messages.create("1842", text="   ")
        assert stub.requests == []
        client.conversations.messages.create("1842", text="Hi", send_from="inbox")
    assert stub.single_request().json() == {"text": "Hi", "sendFrom": "inbox"}
