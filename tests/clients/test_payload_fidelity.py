"""Nothing a provider sends is lost or reshaped: unknown fields and DataCrazy's loose values survive.

Payloads go through the real loopback server and the clients' own parsing (sync and async); unknown
fields at every nesting level must land in ``model_extra`` and dump back, and DataCrazy's quirks
(comma-string vs array ids, ``"hidden": "false"``, ``"size": "7642"``, placeholder text in
``currentThread``) must keep their exact type and value.
"""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Any

import httpx2
import pydantic
import pytest
from chatbotx_client import AsyncChatbotX, ChatbotX
from datacrazy_client import AsyncDataCrazy, DataCrazy
from wacrm_client import AsyncWacrm, Wacrm

from .support import StubServer, assert_lossless

CLIENTS = {
    "wacrm": (Wacrm, AsyncWacrm, "wacrm_live_k7Xq2LmN9pR4sT6vW8yZ0aB1cD3eF5gH7iJ9kL1mN3o"),
    "chatbotx": (ChatbotX, AsyncChatbotX, "cbx_ws77_5f0e2a9c4b1d8e3f7a6c2b9d1e4f8a3c"),
    "datacrazy": (DataCrazy, AsyncDataCrazy, "dc_9b2f4c1e3d7a4e2b8f610c5d2a7e9b14"),
}

JsonPath = tuple[str | int, ...]


async def fetch(
    stub: StubServer,
    provider: str,
    mode: str,
    call: Any,
    http: tuple[httpx2.Client, httpx2.AsyncClient],
) -> Any:
    """Run ``call(client)`` on the sync or async client of ``provider`` against the stub."""
    sync_cls, async_cls, key = CLIENTS[provider]
    options = {"api_key": key, "base_url": stub.base_url(provider), "max_retries": 0}
    if mode == "sync":
        with sync_cls(**options, http_client=http[0]) as client:
            return call(client)
    async with async_cls(**options, http_client=http[1]) as client:
        return await call(client)


@pytest.fixture
def http(
    sync_http: httpx2.Client, async_http: httpx2.AsyncClient
) -> tuple[httpx2.Client, httpx2.AsyncClient]:
    return sync_http, async_http


def at(value: Any, path: JsonPath) -> Any:
    """Walk a JSON value or a parsed model along wire names (aliases) and list indexes."""
    for step in path:
        if isinstance(step, int):
            value = value[step]
        elif isinstance(value, pydantic.BaseModel):
            model = type(value)
            if not model.__pydantic_complete__:
                # A model only ever validated nested in another has unresolved field infos.
                model.model_rebuild()
            names = [n for n, f in model.model_fields.items() if (f.alias or n) == step]
            assert names, f"{model.__name__} has no field {step!r}"
            value = getattr(value, names[0])
        else:
            value = value[step]
    return value


# Unknown fields -------------------------------------------------------------------------------

# (provider, operationId, call, parsed-object path, [(where in the payload, unknown key, value)])
EXTRA_FIELD_CASES = [
    (
        "wacrm",
        "listConversations",
        lambda c: c.conversations.list(),
        [
            ((), "request_id", "req_01J2Z8Q4V6"),
            (("meta",), "has_more", True),
            (("data", 0), "pinned", True),
            (("data", 0, "contact"), "whatsapp_profile", {"pushname": "Jane", "verified": None}),
            (("data", 0, "contact", "tags", 0), "created_by", "agent-7"),
        ],
    ),
    (
        "wacrm",
        "retrieveMe",
        lambda c: c.me.retrieve(),
        [
            (("data", "key"), "expires_at", None),
            (("data", "account"), "plan", {"name": "pro", "seats": 12}),
        ],
    ),
    (
        "chatbotx",
        "listConversations",
        lambda c: c.conversations.list(),
        [
            ((), "totalCount", 1),
            (("data", 0), "priority", "high"),
            (("data", 0, "contact"), "customFields", {"vip": True, "orders": [1, 2]}),
            (("data", 0, "messages", 0), "reactions", [{"emoji": "👍", "count": 2}]),
            (("data", 0, "assignedUser"), "role", "admin"),
            (("data", 0, "contactInboxes", 0), "sourceId", "wa:84901234567"),
        ],
    ),
    (
        "chatbotx",
        "createConversationMessage",
        lambda c: c.conversations.messages.create("1842", text="Hi"),
        [((), "deliveredAt", None)],
    ),
    (
        "datacrazy",
        "listConversations",
        lambda c: c.conversations.list(),
        [
            ((), "page", 1),
            (("data", 0), "pipeline", {"id": "3e409b29", "stage": "Proposta"}),
            (("data", 0, "instance", "config"), "autoReply", True),
            (("data", 0, "contact", "externalInfo"), "leadScore", 87),
            (("data", 0, "currentThread"), "slaBreached", False),
            (("data", 0, "currentThread", "department"), "name", "Pós-vendas"),
        ],
    ),
    (
        "datacrazy",
        "createConversationMessage",
        lambda c: c.conversations.messages.create("6808cd89c9968a7b8a41b9f7", body="Oi"),
        [
            ((), "reactions", []),
            (("attachments", 0), "thumbnailUrl", None),
            (("vcard", 0), "photo", "data:image/png;base64,iVBORw0KGgo="),
            (("buttons", 0), "payload", {"action": "support"}),
        ],
    ),
]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    ("provider", "operation_id", "call", "extras"),
    EXTRA_FIELD_CASES,
    ids=[f"{case[0]}-{case[1]}" for case in EXTRA_FIELD_CASES],
)
async def test_unknown_fields_are_kept_in_model_extra_and_dumped_back(
    stub: StubServer,
    http: tuple[httpx2.Client, httpx2.AsyncClient],
    provider: str,
    operation_id: str,
    call: Any,
    extras: list[tuple[JsonPath, str, Any]],
    mode: str,
) -> None:
    operation = stub.mount(provider)[operation_id]
    status = operation.default_status
    payload = copy.deepcopy(operation.responses[status])
    for where, key, value in extras:
        at(payload, where)[key] = value
    stub.respond_with(operation_id, status, payload)

    result = await fetch(stub, provider, mode, call, http)
    parsed = result.response if operation.items is not None else result

    for where, key, value in extras:
        assert at(parsed, where).model_extra == {key: value}, (where, key)
    assert_lossless(parsed, payload)


# DataCrazy quirks -------------------------------------------------------------------------------


def list_conversations(client: Any) -> Any:
    return client.conversations.list()


def send_message(client: Any) -> Any:
    return client.conversations.messages.create("6808cd89c9968a7b8a41b9f7", body="Oi")


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_datacrazy_doc_conversation_quirks_keep_their_exact_values(
    stub: StubServer, http: tuple[httpx2.Client, httpx2.AsyncClient], mode: str
) -> None:
    stub.mount("datacrazy")
    page = await fetch(stub, "datacrazy", mode, list_conversations, http)
    conversation = page.data[0]

    assert conversation.hidden == "false" and isinstance(conversation.hidden, str)
    ids = conversation.contact.external_info
    assert (
        ids.tag_ids == "849fefab-e697-4720-9303-e788c23790cc,9e008d34-86d2-49fd-90af-34a9f9b29896"
    )
    assert ids.stage_ids == (
        "6fda2a0d-5e7c-4c51-bf47-2c60f7d34283,2bc3d979-93a4-4e64-8903-5d9379d3de91"
    )
    thread = conversation.current_thread
    assert thread.id == "ID da thread"
    assert thread.started_at == "Data de início da thread"
    assert thread.finished_at == "Data de finalização da thread"
    assert thread.duration_in_ms == "Duraçao em milisegundos na thread"
    assert thread.wait_time_in_ms == "Tempo de espera em milisegundos na thread"
    assert thread.attendants == ["<string>"]
    assert conversation.instance.error_code == "429"
    assert isinstance(conversation.created_at, datetime)
    assert page.response.count == 100


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_datacrazy_doc_message_quirks_keep_their_exact_values(
    stub: StubServer, http: tuple[httpx2.Client, httpx2.AsyncClient], mode: str
) -> None:
    stub.mount("datacrazy")
    message = await fetch(stub, "datacrazy", mode, send_message, http)

    assert message.attachments[0].size == "7642"
    assert message.replied_message_attachment.size == "7642"
    assert message.contact.external_info.tag_ids == [
        "849fefab-e697-4720-9303-e788c23790cc",
        "9e008d34-86d2-49fd-90af-34a9f9b29896",
    ]
    assert message.vcard[0].birthday == "12//07/1984"
    assert message.erro_code == "402"
    assert message.error_message == "O token utilizado está expirado"
    assert message.replied_message == {}
    assert message.forward == {}
    assert message.buttons[0].id == "3d99cda4-62dc-4b9f-9c6c-124f1966b26a "
    assert message.attendants[0].phone == "55 47 991331190"
    assert isinstance(message.scheduled_date, datetime)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_datacrazy_well_typed_variants_of_loose_fields_parse_to_their_real_types(
    stub: StubServer, http: tuple[httpx2.Client, httpx2.AsyncClient], mode: str
) -> None:
    operation = stub.mount("datacrazy")["listConversations"]
    payload = copy.deepcopy(operation.responses[200])
    conversation = payload["data"][0]
    conversation["hidden"] = True
    conversation["contact"]["externalInfo"]["tagIds"] = ["849fefab-e697-4720-9303-e788c23790cc"]
    conversation["currentThread"].update(
        startedAt="2025-06-23T21:18:59.068Z", durationInMs=5400000, waitTimeInMs=0
    )
    stub.respond_with("listConversations", 200, payload)

    page = await fetch(stub, "datacrazy", mode, list_conversations, http)
    parsed = page.data[0]

    assert parsed.hidden is True
    assert parsed.contact.external_info.tag_ids == ["849fefab-e697-4720-9303-e788c23790cc"]
    assert isinstance(parsed.current_thread.started_at, datetime)
    assert parsed.current_thread.duration_in_ms == 5400000
    assert parsed.current_thread.wait_time_in_ms == 0
    assert_lossless(page.response, payload)
