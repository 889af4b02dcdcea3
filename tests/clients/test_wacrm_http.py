"""Wacrm and AsyncWacrm against a loopback server answering with the published doc payloads."""

from __future__ import annotations

import httpx
import pytest
from wacrm_client import AsyncWacrm, SendMessageTemplate, Wacrm

from .support import Case, StubServer, call_async, check_exchange, serve

PROVIDER = "wacrm"
API_KEY = "wacrm_live_k7Xq2LmN9pR4sT6vW8yZ0aB1cD3eF5gH7iJ9kL1mN3o"

# Ids as the docs show them (with a real ellipsis, so the path must be percent-encoded).
DOC_CONVERSATION_ID = "conv-uuid-…"
DOC_CONVERSATION_PATH = "/api/v1/conversations/conv-uuid-%E2%80%A6"
CONTACT_ID = "6a3d9c1f-2e8b-4f70-b5d4-8c1e0a7f2d96"
CURSOR = "MjAyNi0wNy0wMVQxNTo0NDowMC4wMDBafDBiN2U0ZjUyLTFjOWEtNGQzZS04YTYxLTVmMmM3ZDllM2IxOA"

CASES = [
    Case("retrieveMe", "plain", lambda c: c.me.retrieve(), "/api/v1/me"),
    Case(
        "listConversations",
        "all-filters",
        lambda c: c.conversations.list(
            status="open", contact_id="contact-uuid-…", limit=25, cursor="eyJ…"
        ),
        "/api/v1/conversations",
        "status=open&contact_id=contact-uuid-%E2%80%A6&limit=25&cursor=eyJ%E2%80%A6",
    ),
    Case(
        "listConversations", "first-page", lambda c: c.conversations.list(), "/api/v1/conversations"
    ),
    Case(
        "retrieveConversation",
        "doc-id",
        lambda c: c.conversations.retrieve(DOC_CONVERSATION_ID),
        DOC_CONVERSATION_PATH,
    ),
    Case(
        "listConversationMessages",
        "paged",
        lambda c: c.conversations.messages.list(DOC_CONVERSATION_ID, limit=100, cursor=CURSOR),
        DOC_CONVERSATION_PATH + "/messages",
        f"limit=100&cursor={CURSOR}",
    ),
    Case(
        "createMessage",
        "text",
        lambda c: c.messages.create(to="+14155550123", type="text", text="Your order has shipped."),
        "/api/v1/messages",
        body={"to": "+14155550123", "type": "text", "text": "Your order has shipped."},
    ),
    Case(
        "createMessage",
        "template-new-contact",
        lambda c: c.messages.create(
            to="+14155550177",
            type="template",
            name="Alex Kim",
            template={"name": "order_update", "language": "en_US", "params": ["A-1042", "June 3"]},
        ),
        "/api/v1/messages",
        body={
            "to": "+14155550177",
            "type": "template",
            "name": "Alex Kim",
            "template": {
                "name": "order_update",
                "language": "en_US",
                "params": ["A-1042", "June 3"],
            },
        },
    ),
    Case(
        "createMessage",
        "template-model",
        lambda c: c.messages.create(
            to="+14155550123",
            type="template",
            template=SendMessageTemplate(name="order_update", language="en_US"),
        ),
        "/api/v1/messages",
        body={
            "to": "+14155550123",
            "type": "template",
            "template": {"name": "order_update", "language": "en_US"},
        },
    ),
    Case(
        "createMessage",
        "document-reply",
        lambda c: c.messages.create(
            to="+14155550123",
            type="document",
            media_url="https://files.example.com/invoices/A-1042.pdf",
            filename="invoice-A-1042.pdf",
            text="Your invoice",
            reply_to_message_id="8d2c5e7a-4b19-4f63-a0d8-3e6f1b9c2a75",
        ),
        "/api/v1/messages",
        body={
            "to": "+14155550123",
            "type": "document",
            "media_url": "https://files.example.com/invoices/A-1042.pdf",
            "filename": "invoice-A-1042.pdf",
            "text": "Your invoice",
            "reply_to_message_id": "8d2c5e7a-4b19-4f63-a0d8-3e6f1b9c2a75",
        },
    ),
    Case(
        "listContacts",
        "search-tag",
        lambda c: c.contacts.list(search="Maria Garcia", tag="vip", limit=10),
        "/api/v1/contacts",
        "search=Maria%20Garcia&tag=vip&limit=10",
    ),
    Case(
        "createContact",
        "existing-200",
        lambda c: c.contacts.create(
            phone="+14155550188", name="Maria Garcia", email="maria@example.com", company="Globex"
        ),
        "/api/v1/contacts",
        body={
            "phone": "+14155550188",
            "name": "Maria Garcia",
            "email": "maria@example.com",
            "company": "Globex",
        },
    ),
    Case(
        "createContact",
        "created-201",
        lambda c: c.contacts.create(phone="+14155550188", tags=["vip", "wholesale"]),
        "/api/v1/contacts",
        body={"phone": "+14155550188", "tags": ["vip", "wholesale"]},
        status=201,
    ),
    Case(
        "retrieveContact",
        "uuid",
        lambda c: c.contacts.retrieve(CONTACT_ID),
        f"/api/v1/contacts/{CONTACT_ID}",
    ),
    Case(
        "retrieveContact",
        "reserved-characters",
        lambda c: c.contacts.retrieve("team/ops 7?x#1"),
        "/api/v1/contacts/team%2Fops%207%3Fx%231",
    ),
    Case(
        "retrieveContact",
        "dot-segment",
        lambda c: c.contacts.retrieve(".."),
        "/api/v1/contacts/%2E%2E",
    ),
    Case(
        "updateContact",
        "rename-clear-company",
        lambda c: c.contacts.update(CONTACT_ID, name="Samuel Lee", company=None),
        f"/api/v1/contacts/{CONTACT_ID}",
        body={"name": "Samuel Lee", "company": None},
    ),
]


def make_client(stub: StubServer, http_client: httpx.Client | None = None) -> Wacrm:
    return Wacrm(
        api_key=API_KEY,
        base_url=stub.base_url(PROVIDER),
        max_retries=0,
        timeout=5,
        http_client=http_client,
    )


def make_async_client(stub: StubServer, http_client: httpx.AsyncClient | None = None) -> AsyncWacrm:
    return AsyncWacrm(
        api_key=API_KEY,
        base_url=stub.base_url(PROVIDER),
        max_retries=0,
        timeout=5,
        http_client=http_client,
    )


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_sync_client_sends_exact_request_and_parses_payload_losslessly(
    stub: StubServer, sync_http: httpx.Client, case: Case
) -> None:
    serve(stub, PROVIDER, case)
    with make_client(stub, sync_http) as client:
        result = case.call(client)
    check_exchange(case, stub, result, api_key=API_KEY)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
async def test_async_client_sends_exact_request_and_parses_payload_losslessly(
    stub: StubServer, async_http: httpx.AsyncClient, case: Case
) -> None:
    serve(stub, PROVIDER, case)
    async with make_async_client(stub, async_http) as client:
        result = await call_async(case, client)
    check_exchange(case, stub, result, api_key=API_KEY)


def case_named(case_id: str) -> Case:
    return next(case for case in CASES if case.id == case_id)


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
