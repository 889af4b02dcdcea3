"""ChatbotX and AsyncChatbotX against a loopback server answering with the published doc payloads.

The list filters ``status``, ``tags``, ``contactFilter`` and ``sort`` must each go out as ONE
compact JSON query value (percent-encoded), ``botEnabled`` as the literal ``true``/``false``, and
every non-GET request must carry an ``Idempotency-Key``.
"""

from __future__ import annotations

import copy
import inspect
import uuid
from typing import Any

import httpx2
import pytest
from chatbotx_client import (
    APIResponseValidationError,
    AsyncChatbotX,
    AuthenticationError,
    ChatbotX,
    ContactFilter,
    SortItem,
)

from .support import (
    Case,
    StubServer,
    assert_lossless,
    call_async,
    check_exchange,
    deref,
    load_spec,
    serve,
)

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
    "%22country%22%2C%22operator%22%3A%22in%22%2C%22value%22%3A%5B%22VN%22%5D%7D%5D%7D"
)
SORT_QUERY = "sort=%5B%7B%22id%22%3A%22lastActivityAt%22%2C%22desc%22%3Atrue%7D%5D"
ALL_FILTERS_QUERY = "&".join(
    [
        "botCategory=human",
        "assignedId=u_19",
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
    "conditions": [{"field": "country", "operator": "in", "value": ["VN"]}],
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
            assigned_id="u_19",
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
            "1842", text="Yes, we are open from 9 to 17 on Sunday.", client_id="1720087420123"
        ),
        f"{CONVERSATION}/messages",
        body={"text": "Yes, we are open from 9 to 17 on Sunday.", "clientId": "1720087420123"},
    ),
    Case(
        "createConversationMessage",
        "text-from-the-inbox",
        lambda c: c.conversations.messages.create(
            "1842", text="Our Sunday menu", inbox_id="12", send_from="inbox"
        ),
        f"{CONVERSATION}/messages",
        body={"text": "Our Sunday menu", "inboxId": "12", "sendFrom": "inbox"},
    ),
    Case(
        "createConversationMessage",
        "flow-at-a-node-with-key",
        lambda c: c.conversations.messages.create(
            "1842",
            flow_id="210",
            node_id="4",
            idempotency_key="8f14e45f-ceea-4e67-a8a1-2f4d3c9b7e01",
        ),
        f"{CONVERSATION}/messages",
        body={"flowId": "210", "nodeId": "4"},
        headers={IDEMPOTENCY_HEADER: "8f14e45f-ceea-4e67-a8a1-2f4d3c9b7e01"},
    ),
    Case(
        "assignConversation",
        "to-user",
        lambda c: c.conversations.assign("1842", assigned_id="u_19"),
        f"{CONVERSATION}/assign",
        body={"assignedId": "u_19"},
    ),
    Case(
        "assignConversation",
        "unassign-explicit-null",
        lambda c: c.conversations.assign("1842", assigned_id=None),
        f"{CONVERSATION}/assign",
        body={"assignedId": None},
    ),
    *[_action_case(action) for action in ACTIONS],
    Case(
        "assignConversation",
        "to-inbox-team",
        lambda c: c.conversations.assign("1842", assigned_id="t_4"),
        f"{CONVERSATION}/assign",
        body={"assignedId": "t_4"},
    ),
    Case(
        "retrieveConversationMessage",
        "with-created-at",
        lambda c: c.conversations.messages.retrieve(
            "1842", "880412", created_at="2025-03-04T10:02:11Z"
        ),
        f"{CONVERSATION}/messages/880412",
        "createdAt=2025-03-04T10%3A02%3A11Z",
    ),
    Case(
        "listContacts",
        "page-keyword-filter",
        lambda c: c.contacts.list(
            page=2,
            per_page=50,
            keyword="Nguyen",
            contact_filter={
                "operator": "and",
                "conditions": [{"field": "tags", "operator": "in", "value": ["31"]}],
            },
            with_count=False,
        ),
        "/api/v1/contacts",
        "page=2&perPage=50&keyword=Nguyen&contactFilter=%7B%22operator%22%3A%22and%22%2C"
        "%22conditions%22%3A%5B%7B%22field%22%3A%22tags%22%2C%22operator%22%3A%22in%22%2C"
        "%22value%22%3A%5B%2231%22%5D%7D%5D%7D&withCount=false",
    ),
    Case("listContacts", "first-page", lambda c: c.contacts.list(), "/api/v1/contacts"),
    Case(
        "createContact",
        "whatsapp",
        lambda c: c.contacts.create(
            channel="whatsapp",
            inbox_id="12",
            phone_number="+84901234567",
            email="",
            first_name="An",
            gender="male",
        ),
        "/api/v1/contacts",
        body={
            "channel": "whatsapp",
            "inboxId": "12",
            "phoneNumber": "+84901234567",
            "email": "",
            "firstName": "An",
            "gender": "male",
        },
    ),
    Case(
        "retrieveContact",
        "by-phone",
        lambda c: c.contacts.retrieve("phone:+84901234567"),
        "/api/v1/contacts/phone%3A%2B84901234567",
    ),
    Case(
        "retrieveContact",
        "by-email",
        lambda c: c.contacts.retrieve("email:an.nguyen@example.com"),
        "/api/v1/contacts/email%3Aan.nguyen%40example.com",
    ),
    Case(
        "updateContact",
        "fields",
        lambda c: c.contacts.update("id:5310", body={"firstName": "An", "delivery_city": "Hue"}),
        "/api/v1/contacts/id%3A5310",
        body={"firstName": "An", "delivery_city": "Hue"},
    ),
    Case(
        "deleteContact",
        "by-id",
        lambda c: c.contacts.delete("id:5310"),
        "/api/v1/contacts/id%3A5310",
    ),
    Case(
        "upsertContact",
        "names-phone",
        lambda c: c.contacts.upsert(
            "id:5310", first_name="An", last_name="Nguyen", phone_number="+84901234567"
        ),
        "/api/v1/contacts/id%3A5310/upsert",
        body={"firstName": "An", "lastName": "Nguyen", "phoneNumber": "+84901234567"},
    ),
    Case(
        "blockContact",
        "no-body",
        lambda c: c.contacts.block("id:5310"),
        "/api/v1/contacts/id%3A5310/block",
    ),
    Case(
        "unblockContact",
        "no-body",
        lambda c: c.contacts.unblock("id:5310"),
        "/api/v1/contacts/id%3A5310/unblock",
    ),
    Case(
        "listContactTags",
        "by-id",
        lambda c: c.contacts.tags.list("id:5310"),
        "/api/v1/contacts/id%3A5310/tags",
    ),
    Case(
        "addContactTags",
        "two-ids",
        lambda c: c.contacts.tags.add("id:5310", tag_ids=["31", "32"]),
        "/api/v1/contacts/id%3A5310/tags",
        body={"tagIds": ["31", "32"]},
    ),
    Case(
        "removeContactTags",
        "body-on-delete",
        lambda c: c.contacts.tags.remove("id:5310", tag_ids=["32"]),
        "/api/v1/contacts/id%3A5310/tags",
        body={"tagIds": ["32"]},
    ),
    Case("listInboxes", "all", lambda c: c.inboxes.list(), "/api/v1/inboxes"),
    Case(
        "listMembers",
        "page-keyword",
        lambda c: c.members.list(page=1, per_page=10, keyword="Minh"),
        "/api/v1/members",
        "page=1&perPage=10&keyword=Minh",
    ),
    Case("retrieveMember", "by-id", lambda c: c.members.retrieve("402"), "/api/v1/members/402"),
    Case("listTags", "all", lambda c: c.tags.list(), "/api/v1/tags"),
    Case(
        "createTag",
        "name",
        lambda c: c.tags.create(name="VIP"),
        "/api/v1/tags",
        body={"name": "VIP"},
    ),
    Case(
        "retrieveTag",
        "by-name-with-space",
        lambda c: c.tags.retrieve("VIP customer"),
        "/api/v1/tags/VIP%20customer",
    ),
    Case(
        "updateTag",
        "rename",
        lambda c: c.tags.update("31", name="VIP customer"),
        "/api/v1/tags/31",
        body={"name": "VIP customer"},
    ),
    Case("deleteTag", "by-id", lambda c: c.tags.delete("31"), "/api/v1/tags/31"),
    Case(
        "listWebhooks",
        "paged",
        lambda c: c.webhooks.list(page=1, per_page=50),
        "/api/v1/webhooks",
        "page=1&perPage=50",
    ),
    Case(
        "createWebhook",
        "tag-applied",
        lambda c: c.webhooks.create(
            name="n8n: tagApplied",
            url="https://n8n.example.com/webhook/3f9c2a1e",
            conditions=[{"type": "tagApplied", "sourceId": "31"}],
        ),
        "/api/v1/webhooks",
        body={
            "name": "n8n: tagApplied",
            "url": "https://n8n.example.com/webhook/3f9c2a1e",
            "conditions": [{"type": "tagApplied", "sourceId": "31"}],
        },
    ),
    Case("deleteWebhook", "by-id", lambda c: c.webhooks.delete("88"), "/api/v1/webhooks/88"),
]


def make_client(stub: StubServer, http_client: httpx2.Client | None = None) -> ChatbotX:
    return ChatbotX(
        api_key=API_KEY,
        base_url=stub.base_url(PROVIDER),
        max_retries=0,
        timeout=5,
        http_client=http_client,
    )


def make_async_client(
    stub: StubServer, http_client: httpx2.AsyncClient | None = None
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
    stub: StubServer, sync_http: httpx2.Client, case: Case
) -> None:
    serve(stub, PROVIDER, case)
    with make_client(stub, sync_http) as client:
        result = case.call(client)
    check_exchange(case, stub, result, api_key=API_KEY, idempotency_header=IDEMPOTENCY_HEADER)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
async def test_async_client_sends_exact_request_and_parses_payload_losslessly(
    stub: StubServer, async_http: httpx2.AsyncClient, case: Case
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
    stub: StubServer, sync_http: httpx2.Client
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
    stub: StubServer, async_http: httpx2.AsyncClient
) -> None:
    stub.mount(PROVIDER)
    async with make_async_client(stub, async_http) as client:
        await client.conversations.unfollow("1842")
        await client.conversations.assign("1842", assigned_id=None)
    keys = [request.header(IDEMPOTENCY_HEADER) for request in stub.requests]
    assert len(keys) == 2 and keys[0] != keys[1]
    for key in keys:
        assert key is not None and str(uuid.UUID(key)) == key


def test_get_requests_carry_no_idempotency_key(stub: StubServer, sync_http: httpx2.Client) -> None:
    stub.mount(PROVIDER)
    with make_client(stub, sync_http) as client:
        client.conversations.retrieve("1842")
        client.conversations.messages.list("1842")
    assert [request.header(IDEMPOTENCY_HEADER) for request in stub.requests] == [None, None]


# What the server really sends (source-run) -------------------------------------------------------


def strict(cls: type[Any]) -> dict[str, Any]:
    """Options for a client that refuses a response its spec does not describe (the default client
    returns it as received): `test_strict_client_refuses_a_wrong_row` proves it is really strict."""
    assert "strict_response_validation" in inspect.signature(cls).parameters
    return {"strict_response_validation": True}


def source_run_page() -> dict[str, Any]:
    """The spec's own source-run example of a conversation page (JSON objects in the jsonb columns)."""
    spec = load_spec(PROVIDER)
    response = deref(spec, spec["paths"]["/v1/conversations"]["get"]["responses"]["200"])
    example = response["content"]["application/json"]["examples"]["sourceRun"]
    return copy.deepcopy(example["value"])


def test_a_row_with_json_objects_in_the_jsonb_columns_parses_strictly(
    stub: StubServer, sync_http: httpx2.Client
) -> None:
    payload = source_run_page()
    row = payload["data"][0]
    assert isinstance(row["additionalAttributes"], dict)
    assert isinstance(row["contact"]["location"], dict)
    assert isinstance(row["messages"][0]["contentAttributes"], dict)
    stub.mount(PROVIDER)
    stub.respond_with("listConversations", 200, payload)
    with ChatbotX(
        api_key=API_KEY,
        base_url=stub.base_url(PROVIDER),
        max_retries=0,
        http_client=sync_http,
        **strict(ChatbotX),
    ) as client:
        page = client.conversations.list()
    conversation = page.data[0]
    assert conversation.additional_attributes == row["additionalAttributes"]
    assert conversation.contact is not None
    assert conversation.contact.location == {"latitude": 10.7769, "longitude": 106.7009}
    assert conversation.contact.email is None and conversation.contact.last_name is None
    assert conversation.messages is not None
    assert conversation.messages[0].content_attributes == row["messages"][0]["contentAttributes"]
    assert_lossless(page.response, payload)


async def test_async_row_with_json_objects_parses_strictly(
    stub: StubServer, async_http: httpx2.AsyncClient
) -> None:
    payload = source_run_page()
    stub.mount(PROVIDER)
    stub.respond_with("listConversations", 200, payload)
    async with AsyncChatbotX(
        api_key=API_KEY,
        base_url=stub.base_url(PROVIDER),
        max_retries=0,
        http_client=async_http,
        **strict(AsyncChatbotX),
    ) as client:
        page = await client.conversations.list()
    assert page.data[0].additional_attributes == payload["data"][0]["additionalAttributes"]
    assert_lossless(page.response, payload)


def test_strict_client_refuses_a_wrong_row(stub: StubServer, sync_http: httpx2.Client) -> None:
    """The control: the client of the two tests above does refuse a row that breaks the spec."""
    payload = source_run_page()
    payload["data"][0]["lastActivityAt"] = "yesterday"
    stub.mount(PROVIDER)
    stub.respond_with("listConversations", 200, payload)
    with (
        ChatbotX(
            api_key=API_KEY,
            base_url=stub.base_url(PROVIDER),
            max_retries=0,
            http_client=sync_http,
            **strict(ChatbotX),
        ) as client,
        pytest.raises(APIResponseValidationError),
    ):
        client.conversations.list()


def test_a_send_answered_with_null_returns_none(stub: StubServer, sync_http: httpx2.Client) -> None:
    """A send that created no message row (a flow start) answers 201 `null` (source-variant)."""
    stub.mount(PROVIDER)
    stub.respond_with("createConversationMessage", 201, None)
    with make_client(stub, sync_http) as client:
        assert client.conversations.messages.create("1842", flow_id="210") is None
    assert stub.single_request().body == b'{"flowId":"210"}'


# Error codes (x-error-codes) ---------------------------------------------------------------------

OLDER_INVALID_TOKEN = {
    "defined": False,
    "code": "INVALID_CHATBOT_TOKEN",
    "status": 500,
    "message": "INVALID_CHATBOT_TOKEN",
}


def test_newer_servers_invalid_token_is_an_authentication_error(
    stub: StubServer, sync_http: httpx2.Client
) -> None:
    stub.mount(PROVIDER)
    stub.respond_with(
        "listConversations",
        401,
        {**OLDER_INVALID_TOKEN, "defined": True, "status": 401, "message": "Invalid token"},
    )
    with (
        ChatbotX(
            api_key=API_KEY, base_url=stub.base_url(PROVIDER), max_retries=2, http_client=sync_http
        ) as client,
        pytest.raises(AuthenticationError) as info,
    ):
        client.conversations.list()
    assert info.value.code == "INVALID_CHATBOT_TOKEN"
    assert len(stub.requests) == 1


def test_older_servers_500_invalid_token_is_an_authentication_error_after_one_request(
    stub: StubServer, sync_http: httpx2.Client
) -> None:
    stub.mount(PROVIDER)
    stub.respond_with("listConversations", 500, OLDER_INVALID_TOKEN)
    with (
        ChatbotX(
            api_key=API_KEY, base_url=stub.base_url(PROVIDER), max_retries=2, http_client=sync_http
        ) as client,
        pytest.raises(AuthenticationError),
    ):
        client.conversations.list()
    assert len(stub.requests) == 1
