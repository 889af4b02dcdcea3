"""ChatbotX and AsyncChatbotX against a loopback server answering with the published doc payloads.

The list filters ``status``, ``tags``, ``contactFilter`` and ``sort`` must each go out as ONE
compact JSON query value (percent-encoded), ``botEnabled`` as the literal ``true``/``false``, and
every non-GET request must carry an ``Idempotency-Key``.
"""

from __future__ import annotations

import uuid

import httpx
import pytest
from chatbotx_client import AsyncChatbotX, ChatbotX, ContactFilter, MediaFile, SortItem

from .support import Case, StubServer, call_async, check_exchange, serve

PROVIDER = "chatbotx"
API_KEY = "cbx_ws77_5f0e2a9c4b1d8e3f7a6c2b9d1e4f8a3c"
IDEMPOTENCY_HEADER = "Idempotency-Key"
CONVERSATION = "/api/v1/conversations/1842"
CURSOR = "eyJsYXN0QWN0aXZpdHlBdCI6IjIwMjUtMDMtMDRUMTA6MDI6MTFaIiwiaWQiOiIxODQyIn0"

# The exact encoded values: compact JSON, every reserved character percent-encoded.
STATUS_QUERY = "status=%5B%22unread%22%2C%22followUp%22%5D"
TAGS_QUERY = "tags=%5B%22archived%22%5D"
CONTACT_FILTER_QUERY = (
    "contactFilter=%7B%22operator%22%3A%22and%22%2C%22conditions%22%3A%5B%7B%22field%22%3A"
    "%22country%22%2C%22operator%22%3A%22equals%22%2C%22value%22%3A%22VN%22%7D%5D%2C"
    "%22timezone%22%3A%22Asia%2FHo_Chi_Minh%22%7D"
)
SORT_QUERY = "sort=%5B%7B%22id%22%3A%22lastActivityAt%22%2C%22desc%22%3Atrue%7D%5D"
ALL_FILTERS_QUERY = "&".join(
    [
        "botCategory=human",
        "assignedId=u_2Vb9kQ",
        "channel=whatsapp",
        STATUS_QUERY,
        "keyword=refund",
        "botEnabled=true",
        TAGS_QUERY,
        CONTACT_FILTER_QUERY,
        f"cursor={CURSOR}",
        "perPage=20",
        SORT_QUERY,
    ]
)
CONTACT_FILTER = {
    "operator": "and",
    "conditions": [{"field": "country", "operator": "equals", "value": "VN"}],
    "timezone": "Asia/Ho_Chi_Minh",
}

ACTIONS = [
    "archive",
    "unarchive",
    "read",
    "unread",
    "follow",
    "unfollow",
    "enable_bot",
    "disable_bot",
]
ACTION_OPERATIONS = {
    "archive": "archiveConversation",
    "unarchive": "unarchiveConversation",
    "read": "markConversationRead",
    "unread": "markConversationUnread",
    "follow": "followConversation",
    "unfollow": "unfollowConversation",
    "enable_bot": "enableConversationBot",
    "disable_bot": "disableConversationBot",
}


def _action_case(action: str) -> Case:
    return Case(
        ACTION_OPERATIONS[action],
        "no-body",
        lambda c: getattr(c.conversations, action)("1842"),
        f"{CONVERSATION}/{action.replace('_', '-')}",
    )


CASES = [
    Case(
        "listConversations",
        "all-filters",
        lambda c: c.conversations.list(
            bot_category="human",
            assigned_id="u_2Vb9kQ",
            channel="whatsapp",
            status=["unread", "followUp"],
            keyword="refund",
            bot_enabled="true",
            tags=["archived"],
            contact_filter=CONTACT_FILTER,
            cursor=CURSOR,
            per_page=20,
            sort=[{"id": "lastActivityAt", "desc": True}],
        ),
        "/api/v1/conversations",
        ALL_FILTERS_QUERY,
    ),
    Case(
        "listConversations",
        "json-filters-from-models",
        lambda c: c.conversations.list(
            status=["unread", "followUp"],
            contact_filter=ContactFilter.model_validate(CONTACT_FILTER),
            sort=[SortItem(id="lastActivityAt", desc=True)],
        ),
        "/api/v1/conversations",
        f"{STATUS_QUERY}&{CONTACT_FILTER_QUERY}&{SORT_QUERY}",
    ),
    Case(
        "listConversations",
        "bot-disabled",
        lambda c: c.conversations.list(bot_enabled="false", status=["noAdminReply"]),
        "/api/v1/conversations",
        "status=%5B%22noAdminReply%22%5D&botEnabled=false",
    ),
    Case(
        "listConversations", "first-page", lambda c: c.conversations.list(), "/api/v1/conversations"
    ),
    Case(
        "retrieveConversation",
        "numeric-id",
        lambda c: c.conversations.retrieve("1842"),
        CONVERSATION,
    ),
    Case(
        "listConversationMessages",
        "paged",
        lambda c: c.conversations.messages.list("1842", per_page=50, cursor=CURSOR),
        f"{CONVERSATION}/messages",
        f"perPage=50&cursor={CURSOR}",
    ),
    Case(
        "createConversationMessage",
        "text",
        lambda c: c.conversations.messages.create(
            "1842", text="Yes, we are open from 9 to 17 on Sunday.", client_id="c-5f0e2a"
        ),
        f"{CONVERSATION}/messages",
        body={"text": "Yes, we are open from 9 to 17 on Sunday.", "clientId": "c-5f0e2a"},
    ),
    Case(
        "createConversationMessage",
        "media-file-id-reply",
        lambda c: c.conversations.messages.create(
            "1842",
            text="Our Sunday menu",
            media_file_id="3301",
            reply_to_message_id="880412",
            reply_to_message_created_at="2025-03-04T10:02:11Z",
        ),
        f"{CONVERSATION}/messages",
        body={
            "text": "Our Sunday menu",
            "mediaFileId": "3301",
            "replyToMessageId": "880412",
            "replyToMessageCreatedAt": "2025-03-04T10:02:11Z",
        },
    ),
    Case(
        "createConversationMessage",
        "media-file-ids",
        lambda c: c.conversations.messages.create(
            "1842", media_file_ids=["3301", "3302"], inbox_id="12"
        ),
        f"{CONVERSATION}/messages",
        body={"mediaFileIds": ["3301", "3302"], "inboxId": "12"},
    ),
    Case(
        "createConversationMessage",
        "media-file-dict",
        lambda c: c.conversations.messages.create(
            "1842",
            media_file={
                "path": "workspaces/77/uploads/menu.pdf",
                "url": "https://cdn.example.com/workspaces/77/uploads/menu.pdf",
                "mimeType": "application/pdf",
                "name": "menu.pdf",
                "size": 48213,
            },
        ),
        f"{CONVERSATION}/messages",
        body={
            "mediaFile": {
                "path": "workspaces/77/uploads/menu.pdf",
                "url": "https://cdn.example.com/workspaces/77/uploads/menu.pdf",
                "mimeType": "application/pdf",
                "name": "menu.pdf",
                "size": 48213,
            }
        },
    ),
    Case(
        "createConversationMessage",
        "media-file-model",
        lambda c: c.conversations.messages.create(
            "1842",
            text="Menu",
            media_file=MediaFile(
                path="workspaces/77/uploads/menu.pdf", mime_type="application/pdf", size=48213
            ),
        ),
        f"{CONVERSATION}/messages",
        body={
            "text": "Menu",
            "mediaFile": {
                "path": "workspaces/77/uploads/menu.pdf",
                "mimeType": "application/pdf",
                "size": 48213,
            },
        },
    ),
    Case(
        "createConversationMessage",
        "flow-private-reply-with-key",
        lambda c: c.conversations.messages.create(
            "1842",
            flow_id="210",
            node_id="node-welcome",
            is_private_reply=True,
            idempotency_key="8f14e45f-ceea-4e67-a8a1-2f4d3c9b7e01",
        ),
        f"{CONVERSATION}/messages",
        body={"flowId": "210", "nodeId": "node-welcome", "isPrivateReply": True},
        headers={IDEMPOTENCY_HEADER: "8f14e45f-ceea-4e67-a8a1-2f4d3c9b7e01"},
    ),
    Case(
        "assignConversation",
        "to-user",
        lambda c: c.conversations.assign("1842", assigned_id="u_2Vb9kQ"),
        f"{CONVERSATION}/assign",
        body={"assignedId": "u_2Vb9kQ"},
    ),
    Case(
        "assignConversation",
        "unassign-explicit-null",
        lambda c: c.conversations.assign("1842", assigned_id=None),
        f"{CONVERSATION}/assign",
        body={"assignedId": None},
    ),
    *[_action_case(action) for action in ACTIONS],
]


def make_client(stub: StubServer, http_client: httpx.Client | None = None) -> ChatbotX:
    return ChatbotX(
        api_key=API_KEY,
        base_url=stub.base_url(PROVIDER),
        max_retries=0,
        timeout=5,
        http_client=http_client,
    )


def make_async_client(
    stub: StubServer, http_client: httpx.AsyncClient | None = None
) -> AsyncChatbotX:
    return AsyncChatbotX(
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
    stub: StubServer, sync_http: httpx.Client, case: Case
) -> None:
    serve(stub, PROVIDER, case)
    with make_client(stub, sync_http) as client:
        result = case.call(client)
    check_exchange(case, stub, result, api_key=API_KEY, idempotency_header=IDEMPOTENCY_HEADER)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
async def test_async_client_sends_exact_request_and_parses_payload_losslessly(
    stub: StubServer, async_http: httpx.AsyncClient, case: Case
) -> None:
    serve(stub, PROVIDER, case)
    async with make_async_client(stub, async_http) as client:
        result = await call_async(case, client)
    check_exchange(case, stub, result, api_key=API_KEY, idempotency_header=IDEMPOTENCY_HEADER)


def test_sync_client_with_its_own_transport_round_trips(stub: StubServer) -> None:
    case = case_named("listConversations-all-filters")
    serve(stub, PROVIDER, case)
    with make_client(stub) as client:
        result = case.call(client)
    check_exchange(case, stub, result, api_key=API_KEY, idempotency_header=IDEMPOTENCY_HEADER)


async def test_async_client_with_its_own_transport_round_trips(stub: StubServer) -> None:
    case = case_named("listConversations-all-filters")
    serve(stub, PROVIDER, case)
    async with make_async_client(stub) as client:
        result = await call_async(case, client)
    check_exchange(case, stub, result, api_key=API_KEY, idempotency_header=IDEMPOTENCY_HEADER)


def test_generated_idempotency_keys_are_fresh_uuids_per_call(
    stub: StubServer, sync_http: httpx.Client
) -> None:
    stub.mount(PROVIDER)
    with make_client(stub, sync_http) as client:
        client.conversations.archive("1842")
        client.conversations.messages.create("1842", text="Hello")
    keys = [request.header(IDEMPOTENCY_HEADER) for request in stub.requests]
    assert len(keys) == 2 and keys[0] != keys[1]
    for key in keys:
        assert key is not None and str(uuid.UUID(key)) == key


async def test_async_generated_idempotency_keys_are_fresh_uuids_per_call(
    stub: StubServer, async_http: httpx.AsyncClient
) -> None:
    stub.mount(PROVIDER)
    async with make_async_client(stub, async_http) as client:
        await client.conversations.unfollow("1842")
        await client.conversations.assign("1842", assigned_id=None)
    keys = [request.header(IDEMPOTENCY_HEADER) for request in stub.requests]
    assert len(keys) == 2 and keys[0] != keys[1]
    for key in keys:
        assert key is not None and str(uuid.UUID(key)) == key


def test_get_requests_carry_no_idempotency_key(stub: StubServer, sync_http: httpx.Client) -> None:
    stub.mount(PROVIDER)
    with make_client(stub, sync_http) as client:
        client.conversations.retrieve("1842")
        client.conversations.messages.list("1842")
    assert [request.header(IDEMPOTENCY_HEADER) for request in stub.requests] == [None, None]
