"""DataCrazy and AsyncDataCrazy against a loopback server answering with the published doc payloads.

The server lives under ``/v1/api`` (the docs' doubled ``api`` included); ``filter[...]`` id lists go
out as one comma-separated value (style form, explode false: commas literal).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import httpx2
import pytest
from datacrazy_client import AsyncDataCrazy, DataCrazy, OutgoingAttachment
from doc_examples import doc_payloads

from .support import NO_BODY, Case, StubServer, call_async, check_exchange, serve

PROVIDER = "datacrazy"
API_KEY = "dc_9b2f4c1e3d7a4e2b8f610c5d2a7e9b14"
CONVERSATION_ID = "6808cd89c9968a7b8a41b9f7"
CONVERSATIONS = "/v1/api/api/v1/conversations"
STAGES = ["6fda2a0d-5e7c-4c51-bf47-2c60f7d34283", "2bc3d979-93a4-4e64-8903-5d9379d3de91"]
TAGS = ["849fefab-e697-4720-9303-e788c23790cc", "9e008d34-86d2-49fd-90af-34a9f9b29896"]

DOC_SEND_BODY = doc_payloads()[("datacrazy.yaml", "createConversationMessage", "request")]
ATTACHMENT = {
    "fileName": "catalogo-2025.pdf",
    "mimeType": "application/pdf",
    "type": "DOCUMENT",
    "url": "https://files.example.com/catalogo-2025.pdf",
    "size": 482133,
}

CASES = [
    Case(
        "listConversations",
        "all-filters",
        lambda c: c.conversations.list(
            skip=0,
            take=50,
            search="Angelica",
            filter_stages=STAGES,
            filter_departments=["6804203784ea2133a1e25bd0"],
            filter_instances=["507f1f77bcf86cd799439011"],
            filter_attendants=["67632a6713d401dff6bf8672"],
            filter_tags=TAGS,
            filter_status="waiting",
            filter_open_window="last24h",
            filter_opened=True,
        ),
        CONVERSATIONS,
        "&".join(
            [
                "skip=0",
                "take=50",
                "search=Angelica",
                "filter[stages]=" + ",".join(STAGES),
                "filter[departments]=6804203784ea2133a1e25bd0",
                "filter[instances]=507f1f77bcf86cd799439011",
                "filter[attendants]=67632a6713d401dff6bf8672",
                "filter[tags]=" + ",".join(TAGS),
                "filter[status]=waiting",
                "filter[openWindow]=last24h",
                "filter[opened]=true",
            ]
        ),
    ),
    Case(
        "listConversations",
        "opened-false-finished",
        lambda c: c.conversations.list(filter_status="finished", filter_opened=False),
        CONVERSATIONS,
        "filter[status]=finished&filter[opened]=false",
    ),
    Case("listConversations", "first-page", lambda c: c.conversations.list(), CONVERSATIONS),
    Case(
        "listConversationMessages",
        "second-page",
        lambda c: c.conversations.messages.list(CONVERSATION_ID, skip=50, take=50),
        f"{CONVERSATIONS}/{CONVERSATION_ID}/messages",
        "skip=50&take=50",
    ),
    Case(
        "createConversationMessage",
        "doc-request-body",
        lambda c: c.conversations.messages.create(
            CONVERSATION_ID,
            body=DOC_SEND_BODY["body"],
            replied_message_id=DOC_SEND_BODY["repliedMessageId"],
            scheduled_date=DOC_SEND_BODY["scheduledDate"],
            is_internal=DOC_SEND_BODY["isInternal"],
        ),
        f"{CONVERSATIONS}/{CONVERSATION_ID}/messages",
        body=DOC_SEND_BODY,
    ),
    Case(
        "createConversationMessage",
        "reply-keywords",
        lambda c: c.conversations.messages.create(
            CONVERSATION_ID,
            body="Como posso ajudar?",
            replied_message_id="48592f2a95hn298e5c872b1",
            is_internal=False,
        ),
        f"{CONVERSATIONS}/{CONVERSATION_ID}/messages",
        body={
            "body": "Como posso ajudar?",
            "repliedMessageId": "48592f2a95hn298e5c872b1",
            "isInternal": False,
        },
    ),
    Case(
        "createConversationMessage",
        "attachments-with-caption",
        lambda c: c.conversations.messages.create(
            CONVERSATION_ID, body="Segue o catálogo", attachments=[ATTACHMENT]
        ),
        f"{CONVERSATIONS}/{CONVERSATION_ID}/messages",
        body={"body": "Segue o catálogo", "attachments": [ATTACHMENT]},
    ),
    Case(
        "createConversationMessage",
        "attachments-only-model",
        lambda c: c.conversations.messages.create(
            CONVERSATION_ID,
            attachments=[OutgoingAttachment.model_validate(ATTACHMENT)],
        ),
        f"{CONVERSATIONS}/{CONVERSATION_ID}/messages",
        body={"attachments": [ATTACHMENT]},
    ),
    Case(
        "finishConversation",
        "no-body",
        lambda c: c.conversations.finish(CONVERSATION_ID),
        f"{CONVERSATIONS}/{CONVERSATION_ID}/finish",
    ),
]


def make_client(stub: StubServer, http_client: httpx2.Client | None = None) -> DataCrazy:
    return DataCrazy(
        api_key=API_KEY,
        base_url=stub.base_url(PROVIDER),
        max_retries=0,
        timeout=5,
        http_client=http_client,
    )


def make_async_client(
    stub: StubServer, http_client: httpx2.AsyncClient | None = None
) -> AsyncDataCrazy:
    return AsyncDataCrazy(
        api_key=API_KEY,
        base_url=stub.base_url(PROVIDER),
        max_retries=0,
        timeout=5,
        http_client=http_client,
    )


def case_named(case_id: str) -> Case:
    return next(case for case in CASES if case.id == case_id)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_sync_client_sends_exact_request_and_parses_payload_losslessly(
    stub: StubServer, sync_http: httpx2.Client, case: Case
) -> None:
    serve(stub, PROVIDER, case)
    with make_client(stub, sync_http) as client:
        result = case.call(client)
    check_exchange(case, stub, result, api_key=API_KEY)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
async def test_async_client_sends_exact_request_and_parses_payload_losslessly(
    stub: StubServer, async_http: httpx2.AsyncClient, case: Case
) -> None:
    serve(stub, PROVIDER, case)
    async with make_async_client(stub, async_http) as client:
        result = await call_async(case, client)
    check_exchange(case, stub, result, api_key=API_KEY)


def test_sync_client_with_its_own_transport_round_trips(stub: StubServer) -> None:
    case = case_named("listConversations-all-filters")
    serve(stub, PROVIDER, case)
    with make_client(stub) as client:
        result = case.call(client)
    check_exchange(case, stub, result, api_key=API_KEY)


async def test_async_client_with_its_own_transport_round_trips(stub: StubServer) -> None:
    case = case_named("listConversations-all-filters")
    serve(stub, PROVIDER, case)
    async with make_async_client(stub) as client:
        result = await call_async(case, client)
    check_exchange(case, stub, result, api_key=API_KEY)


# finish's success body is undocumented ("clients should not rely on it"): a 204 No Content, which
# by HTTP has no body at all, must count as success rather than as a body that fails to parse.


def test_sync_finish_accepts_204_no_content(stub: StubServer, sync_http: httpx2.Client) -> None:
    stub.mount(PROVIDER)
    stub.respond_raw("finishConversation", 204, b"", None)
    with make_client(stub, sync_http) as client:
        assert client.conversations.finish(CONVERSATION_ID) is None
    assert stub.single_request().path == f"{CONVERSATIONS}/{CONVERSATION_ID}/finish"


async def test_async_finish_accepts_204_no_content(
    stub: StubServer, async_http: httpx2.AsyncClient
) -> None:
    stub.mount(PROVIDER)
    stub.respond_raw("finishConversation", 204, b"", None)
    async with make_async_client(stub, async_http) as client:
        assert await client.conversations.finish(CONVERSATION_ID) is None
    assert stub.single_request().path == f"{CONVERSATIONS}/{CONVERSATION_ID}/finish"
