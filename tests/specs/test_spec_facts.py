"""The facts issue 14 corrected in the provider specs, checked against the specs alone.

Each test fails if a correction is undone: values are validated with JSON Schema 2020-12 against the
spec's own schemas (``$ref``s resolved in the whole document, formats checked), and the structure
the generator will read (operations, webhooks, ``x-error-codes``, ``x-webhook-signature``,
``x-evidence``) is checked as data. Evidence: ``shared/provider-docs/NOTES.md`` ("Corrections and
additions") and ``SURFACE.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPECS_DIR = Path(__file__).resolve().parents[2] / "specs"
GRADES = {"source-run", "source", "source-variant", "docs", "third-party"}
ERROR_CLASSES = {
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
}
HTTP_METHODS = ("get", "put", "post", "patch", "delete")


# Reading the specs ----------------------------------------------------------------------------


@cache
def spec(name: str) -> dict[str, Any]:
    return yaml.safe_load((SPECS_DIR / f"{name}.yaml").read_text(encoding="utf-8"))


@cache
def registry(name: str) -> Registry:
    resource = Resource.from_contents(spec(name), default_specification=DRAFT202012)
    return Registry().with_resource(f"urn:{name}", resource)


def validator(name: str, pointer: str) -> Draft202012Validator:
    """A Draft 2020-12 validator for the schema at a JSON pointer of the spec."""
    ref = f"urn:{name}#{quote(pointer, safe='/~')}"
    return Draft202012Validator(
        {"$ref": ref}, registry=registry(name), format_checker=FormatChecker()
    )


def schema(name: str, component: str) -> Draft202012Validator:
    return validator(name, f"/components/schemas/{component}")


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def resolve(name: str, node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec(name)
        for token in node["$ref"].removeprefix("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def operations(name: str) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (METHOD, path, operation) for every operation under `paths`."""
    found = {}
    for path, item in spec(name)["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                found[item[method]["operationId"]] = (method.upper(), path, item[method])
    return found


def parameter(name: str, operation: dict[str, Any], wire: str, where: str) -> dict[str, Any]:
    for param in operation.get("parameters", []):
        param = resolve(name, param)
        if param["name"] == wire and param["in"] == where:
            return param
    raise KeyError(f"{where} parameter {wire!r}")


def parameter_validator(name: str, operation_id: str, wire: str, where: str) -> Any:
    method, path, op = operations(name)[operation_id]
    for index, param in enumerate(op.get("parameters", [])):
        if resolve(name, param)["name"] == wire and resolve(name, param)["in"] == where:
            pointer = f"/paths/{escape(path)}/{method.lower()}/parameters/{index}"
            while "$ref" in resolve_pointer(name, pointer):
                pointer = resolve_pointer(name, pointer)["$ref"].removeprefix("#")
            param = resolve_pointer(name, pointer)
            if "content" in param:
                return validator(name, f"{pointer}/content/application~1json/schema")
            return validator(name, f"{pointer}/schema")
    raise KeyError(wire)


def resolve_pointer(name: str, pointer: str) -> Any:
    node: Any = spec(name)
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def response_examples(name: str, operation_id: str, status: str) -> dict[str, Any]:
    _, _, op = operations(name)[operation_id]
    response = resolve(name, op["responses"][status])
    return {k: v["value"] for k, v in response["content"]["application/json"]["examples"].items()}


def walk(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, (*path, index))


# Evidence grades ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["wacrm", "chatbotx", "datacrazy"])
def test_every_evidence_grade_is_one_of_the_five(name: str) -> None:
    grades = [
        (path, node["x-evidence"])
        for path, node in walk(spec(name))
        if isinstance(node, dict) and "x-evidence" in node
    ]
    assert grades
    for path, grade in grades:
        values = grade if isinstance(grade, list) else [grade]
        assert values and set(values) <= GRADES, (path, grade)


@pytest.mark.parametrize("name", ["wacrm", "chatbotx"])
def test_every_operation_and_webhook_carries_its_grade(name: str) -> None:
    for operation_id, (_, _, op) in operations(name).items():
        assert op.get("x-evidence"), operation_id
    for event, item in spec(name)["webhooks"].items():
        assert item["post"].get("x-evidence"), event
    for code, entry in spec(name)["x-error-codes"]["codes"].items():
        assert entry.get("x-evidence"), code
    assert spec(name)["x-webhook-signature"].get("x-evidence")


# Wacrm: operations ------------------------------------------------------------------------------

WACRM_OPERATIONS = {
    ("GET", "/api/v1/me", "me.retrieve"),
    ("GET", "/api/v1/conversations", "conversations.list"),
    ("GET", "/api/v1/conversations/{id}", "conversations.retrieve"),
    ("GET", "/api/v1/conversations/{id}/messages", "conversations.messages.list"),
    ("POST", "/api/v1/messages", "messages.create"),
    ("GET", "/api/v1/contacts", "contacts.list"),
    ("POST", "/api/v1/contacts", "contacts.create"),
    ("GET", "/api/v1/contacts/{id}", "contacts.retrieve"),
    ("PATCH", "/api/v1/contacts/{id}", "contacts.update"),
    ("POST", "/api/v1/broadcasts", "broadcasts.create"),
    ("GET", "/api/v1/broadcasts/{id}", "broadcasts.retrieve"),
    ("GET", "/api/v1/webhooks", "webhooks.list"),
    ("POST", "/api/v1/webhooks", "webhooks.create"),
    ("GET", "/api/v1/webhooks/{id}", "webhooks.retrieve"),
    ("PATCH", "/api/v1/webhooks/{id}", "webhooks.update"),
    ("DELETE", "/api/v1/webhooks/{id}", "webhooks.delete"),
}


def declared(name: str) -> set[tuple[str, str, str]]:
    return {(m, p, op["x-client-method"]) for m, p, op in operations(name).values()}


def test_wacrm_has_exactly_the_16_operations_of_the_public_api() -> None:
    assert declared("wacrm") == WACRM_OPERATIONS


def test_wacrm_new_operations_answer_their_real_statuses() -> None:
    ops = operations("wacrm")
    assert set(ops["createBroadcast"][2]["responses"]) & {"200", "201", "202"} == {"202"}
    assert "201" in ops["createWebhook"][2]["responses"]
    delete = ops["deleteWebhook"][2]["responses"]
    assert "204" not in delete
    (deleted,) = response_examples("wacrm", "deleteWebhook", "200").values()
    assert schema("wacrm", "DeletedWebhookResponse").is_valid(deleted)
    assert deleted["data"]["deleted"] is True


# Wacrm: phone numbers (source-run) ----------------------------------------------------------------

ACCEPTED = ["14155550123", "+1 (415) 555-0102", "+14155550123", "+370 639-49836", "1234567"]
REFUSED = ["+12", "0800 123 456", "+0 415 555 0123", "", "+", "1234567890123456", "123456"]


def server_accepts(value: str) -> bool:
    """Wacrm's check: strip every non-digit (JavaScript's ASCII `\\D`), then E.164-like."""
    digits = re.sub(r"[^0-9]", "", value)
    return re.fullmatch(r"\+?[1-9][0-9]{6,14}", digits) is not None


def send(to: str) -> dict[str, Any]:
    return {"to": to, "type": "text", "text": "hi"}


@pytest.mark.parametrize("number", ACCEPTED)
def test_wacrm_accepts_every_number_the_server_accepts(number: str) -> None:
    assert server_accepts(number)
    assert schema("wacrm", "SendMessageRequest").is_valid(send(number))
    assert schema("wacrm", "CreateContactRequest").is_valid({"phone": number})


@pytest.mark.parametrize("number", REFUSED)
def test_wacrm_refuses_every_number_the_server_refuses(number: str) -> None:
    assert not server_accepts(number)
    assert not schema("wacrm", "SendMessageRequest").is_valid(send(number))
    assert not schema("wacrm", "CreateContactRequest").is_valid({"phone": number})


@settings(max_examples=400, derandomize=True, deadline=None)
@given(st.text(alphabet="0123456789 +-()x.٣", max_size=22))
def test_wacrm_phone_pattern_agrees_with_the_server_on_any_text(number: str) -> None:
    assert schema("wacrm", "PhoneNumber").is_valid(number) == server_accepts(number)


def test_wacrm_broadcast_recipients_are_not_refused_for_their_number() -> None:
    """The server drops an invalid recipient and counts it in `rejected`: no pattern there."""
    body = {"template_name": "order_update", "recipients": [{"to": "+12"}]}
    assert schema("wacrm", "CreateBroadcastRequest").is_valid(body)
    assert not schema("wacrm", "CreateBroadcastRequest").is_valid({**body, "recipients": []})
    too_many = [{"to": "14155550123"}] * 1001
    assert not schema("wacrm", "CreateBroadcastRequest").is_valid({**body, "recipients": too_many})


# Wacrm: send ------------------------------------------------------------------------------------

BUTTONS = {
    "kind": "buttons",
    "body": "Your order is out for delivery.",
    "buttons": [{"id": "track", "title": "Track my order"}],
}
LIST = {
    "kind": "list",
    "body": "Pick a slot.",
    "button_label": "Choose",
    "sections": [{"rows": [{"id": "am", "title": "Morning", "description": "9 to 12"}]}],
}


@pytest.mark.parametrize("payload", [BUTTONS, LIST], ids=["buttons", "list"])
def test_wacrm_send_takes_an_interactive_payload(payload: dict[str, Any]) -> None:
    body = {"to": "14155550123", "type": "interactive", "interactive_payload": payload}
    assert schema("wacrm", "SendMessageRequest").is_valid(body)


@pytest.mark.parametrize(
    ("change", "value"),
    [
        ("kind", "carousel"),
        ("body", ""),
        ("buttons", []),
        ("buttons", [{"id": str(i), "title": "t"} for i in range(4)]),
        ("buttons", [{"id": "a", "title": "x" * 21}]),
    ],
)
def test_wacrm_interactive_buttons_limits_are_enforced(change: str, value: Any) -> None:
    body = {"to": "14155550123", "type": "interactive", "interactive_payload": {**BUTTONS}}
    body["interactive_payload"][change] = value
    assert not schema("wacrm", "SendMessageRequest").is_valid(body)


def test_wacrm_interactive_payload_is_keyed_on_kind() -> None:
    union = spec("wacrm")["components"]["schemas"]["InteractivePayload"]
    assert union["discriminator"]["propertyName"] == "kind"
    for kind, target in union["discriminator"]["mapping"].items():
        assert resolve("wacrm", {"$ref": target})["properties"]["kind"]["const"] == kind


def send_types() -> set[str]:
    """Every `type` the send body's members accept."""
    union = spec("wacrm")["components"]["schemas"]["SendMessageRequest"]["oneOf"]
    found: set[str] = set()
    for member in union:
        type_ = resolve("wacrm", member)["properties"]["type"]
        found.update(c["const"] for c in type_.get("anyOf", [type_]))  # a const each: never open
    return found


def test_wacrm_send_type_enum_has_interactive_and_unknown_types_fail() -> None:
    assert send_types() == {
        "text",
        "template",
        "interactive",
        "image",
        "video",
        "document",
        "audio",
    }
    assert not schema("wacrm", "SendMessageRequest").is_valid(
        {"to": "14155550123", "type": "sticker"}
    )


def test_wacrm_template_language_is_optional_and_params_may_be_an_object() -> None:
    template = schema("wacrm", "SendMessageTemplate")
    assert template.is_valid({"name": "order_update"})
    assert template.is_valid({"name": "order_update", "params": {"header": [{"type": "text"}]}})
    assert not template.is_valid({"language": "en_US"})


# Issue 24: the send body states the server's rules (send-message.ts validateSendMessageParams:
# L138 text, L146 template, L163 media at b8677608; interactive.ts L116 and L218-220) -------------

SEND = "SendMessageRequest"


@pytest.mark.parametrize(
    "body",
    [
        {"to": "14155550123"},  # text is the default type, and needs text (L138)
        {"to": "14155550123", "type": "text", "text": ""},  # `!contentText`: empty is missing
        {"to": "14155550123", "type": "template"},  # L146
        {"to": "14155550123", "type": "template", "template": {"name": ""}},
        {"to": "14155550123", "type": "image"},  # L163
        {"to": "14155550123", "type": "document", "media_url": ""},
        {
            "to": "14155550123",
            "type": "video",
            "media_url": "https://f.test/v.mp4",
            "text": "x" * 1025,
        },
        {"to": "14155550123", "type": "interactive"},  # interactive.ts L116
        {
            "to": "14155550123",
            "type": "interactive",
            "interactive_payload": {**BUTTONS, "body": "  "},
        },
        {"to": "14155550123", "type": "sticker", "text": "hi"},
    ],
)
def test_w1_the_send_body_refuses_what_the_server_refuses(body: dict[str, Any]) -> None:
    assert not schema("wacrm", SEND).is_valid(body)


@pytest.mark.parametrize(
    "body",
    [
        {"to": "14155550123", "text": "Your order has shipped."},
        {"to": "+1 (415) 555-0102", "type": "text", "text": "hi", "name": "Sam"},
        {"to": "14155550123", "type": "template", "template": {"name": "order_update"}},
        {
            "to": "14155550123",
            "type": "document",
            "media_url": "https://f.test/a.pdf",
            "filename": "a.pdf",
        },
        {"to": "14155550123", "type": "audio", "media_url": "https://f.test/a.ogg"},
        {"to": "14155550123", "type": "interactive", "interactive_payload": LIST},
    ],
)
def test_w1_the_send_body_takes_what_the_server_takes(body: dict[str, Any]) -> None:
    assert schema("wacrm", SEND).is_valid(body)


def test_w1_every_send_example_of_the_spec_is_valid_for_the_server() -> None:
    _, _, op = operations("wacrm")["createMessage"]
    examples = op["requestBody"]["content"]["application/json"]["examples"]
    assert examples
    for name, example in examples.items():
        assert schema("wacrm", SEND).is_valid(example["value"]), name


UUID_PATH_IDS = [
    ("retrieveConversation", "id"),
    ("listConversationMessages", "id"),
    ("retrieveBroadcast", "id"),
    ("retrieveWebhook", "id"),
    ("updateWebhook", "id"),
    ("deleteWebhook", "id"),
]


@pytest.mark.parametrize(("operation_id", "wire"), UUID_PATH_IDS)
def test_w2_ids_the_server_fails_on_are_uuid_patterned(operation_id: str, wire: str) -> None:
    check = parameter_validator("wacrm", operation_id, wire, "path")
    for good in (
        "0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18",
        "0B7E4F521C9A4D3E8A615F2C7D9E3B18",  # Postgres takes it without hyphens, in upper case
        "{0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18}",
    ):
        assert check.is_valid(good), good
    for bad in ("not-a-conversation", "conv-uuid-…", "1842", "0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b1"):
        assert not check.is_valid(bad), bad


@pytest.mark.parametrize(
    ("operation_id", "wire"), [("listConversations", "contact_id"), ("listContacts", "tag")]
)
def test_w2_uuid_filters_the_server_fails_on_are_patterned(operation_id: str, wire: str) -> None:
    check = parameter_validator("wacrm", operation_id, wire, "query")
    assert check.is_valid("6a3d9c1f-2e8b-4f70-b5d4-8c1e0a7f2d96")
    assert not check.is_valid("vip")


def rows_in_all(body: dict[str, Any]) -> int:
    """The rule `x-body-limits` states, applied as data (interactive.ts L217-220)."""
    _, _, op = operations("wacrm")["createMessage"]
    (limit,) = op["x-body-limits"]
    node: Any = body
    for step in limit["array"].split("."):
        node = node.get(step) if isinstance(node, dict) else None
    total = sum(len(e.get(limit["counts"], [])) for e in node or [])
    assert limit["maximum"] == 10
    return total


def test_w3_a_list_holds_at_most_ten_rows_in_all_its_sections() -> None:
    rows = [{"id": f"r{i}", "title": f"Row {i}"} for i in range(12)]
    ten = {**LIST, "sections": [{"rows": rows[:5]}, {"rows": rows[5:10]}]}
    twelve = {**LIST, "sections": [{"rows": rows[:6]}, {"rows": rows[6:12]}]}
    for payload, ok in ((ten, True), (twelve, False)):
        body = {"to": "14155550123", "type": "interactive", "interactive_payload": payload}
        assert schema("wacrm", SEND).is_valid(body)  # each section alone is within its own limits
        assert (rows_in_all(body) <= 10) is ok
    description = spec("wacrm")["components"]["schemas"]["InteractiveListPayload"]["description"]
    assert "10 rows in all" in description and "x-body-limits" in description


def test_w4_listing_conversations_declares_no_400() -> None:
    _, _, op = operations("wacrm")["listConversations"]
    assert "400" not in op["responses"]
    assert set(op["responses"]) == {"200", "401", "403", "429", "500"}


# Wacrm: contacts ----------------------------------------------------------------------------------

CONTACT = {
    "id": "6a3d9c1f-2e8b-4f70-b5d4-8c1e0a7f2d96",
    "phone": "14155550199",
    "name": None,
    "email": None,
    "company": None,
    "avatar_url": None,
    "tags": [],
    "created_at": "2026-06-20T08:00:00.000000+00:00",
    "updated_at": "2026-06-20T08:00:00.000000+00:00",
}


@pytest.mark.parametrize("field", ["avatar_url", "created_at", "updated_at"])
def test_wacrm_contact_has_avatar_and_timestamps(field: str) -> None:
    assert schema("wacrm", "Contact").is_valid(CONTACT)
    assert not schema("wacrm", "Contact").is_valid({k: v for k, v in CONTACT.items() if k != field})


def test_wacrm_contact_embedded_in_a_conversation_has_no_avatar_or_timestamps() -> None:
    embedded = {k: CONTACT[k] for k in ("id", "phone", "name", "email", "company", "tags")}
    assert schema("wacrm", "ConversationContact").is_valid(embedded)
    assert not schema("wacrm", "Contact").is_valid(embedded)


def test_wacrm_contacts_in_the_examples_come_back_without_plus() -> None:
    phones = []
    for operation_id in ("listContacts", "createContact", "retrieveContact", "updateContact"):
        _, _, op = operations("wacrm")[operation_id]
        for status in [s for s in op["responses"] if s.startswith("2")]:
            for value in response_examples("wacrm", operation_id, status).values():
                contacts = value["data"] if isinstance(value["data"], list) else [value["data"]]
                phones += [contact["phone"] for contact in contacts]
    assert phones and all(re.fullmatch(r"[0-9]+", phone) for phone in phones), phones
    description = spec("wacrm")["components"]["schemas"]["Contact"]["properties"]["phone"]
    assert "without `+`" in description["description"]


def test_wacrm_tag_filter_takes_a_tag_id() -> None:
    tag = parameter_validator("wacrm", "listContacts", "tag", "query")
    assert tag.is_valid("2f8e6c4a-0b1d-4e9f-a3c7-5d2b8e1f6a04")
    assert not tag.is_valid("vip")


def test_wacrm_contact_update_offers_no_phone() -> None:
    update = spec("wacrm")["components"]["schemas"]["UpdateContactRequest"]
    assert set(update["properties"]) == {"name", "email", "company", "tags"}
    assert schema("wacrm", "UpdateContactRequest").is_valid({"company": None})


# Wacrm: errors ------------------------------------------------------------------------------------


def test_wacrm_declares_no_409_and_no_503() -> None:
    for operation_id, (_, _, op) in operations("wacrm").items():
        assert not {"409", "422", "503"} & set(op["responses"]), operation_id
    components = spec("wacrm")["components"]
    assert "ContactArchived" not in components["responses"]
    assert "ServiceUnavailable" not in components["responses"]
    codes = [
        node["code"] for _, node in walk(spec("wacrm")) if isinstance(node, dict) and "code" in node
    ]
    assert "contact_archived" not in codes


def test_wacrm_send_declares_db_error() -> None:
    codes = {
        v["error"]["code"] for v in response_examples("wacrm", "createMessage", "500").values()
    }
    assert codes == {"internal", "template_malformed", "db_error"}
    assert {
        v["error"]["code"] for v in response_examples("wacrm", "createMessage", "502").values()
    } == {"meta_error"}


def test_wacrm_error_envelope() -> None:
    error = schema("wacrm", "Error")
    assert error.is_valid({"error": {"code": "db_error", "message": "Failed to create contact"}})
    assert not error.is_valid({"code": "db_error", "message": "x"})
    assert not error.is_valid({"error": {"code": "db_error"}})


# ChatbotX: operations ---------------------------------------------------------------------------

CHATBOTX_NEW_OPERATIONS = {
    ("GET", "/v1/contacts", "contacts.list"),
    ("POST", "/v1/contacts", "contacts.create"),
    ("GET", "/v1/contacts/{identifier}", "contacts.retrieve"),
    ("PATCH", "/v1/contacts/{identifier}", "contacts.update"),
    ("DELETE", "/v1/contacts/{identifier}", "contacts.delete"),
    ("POST", "/v1/contacts/{identifier}/upsert", "contacts.upsert"),
    ("POST", "/v1/contacts/{identifier}/block", "contacts.block"),
    ("POST", "/v1/contacts/{identifier}/unblock", "contacts.unblock"),
    ("GET", "/v1/contacts/{identifier}/tags", "contacts.tags.list"),
    ("POST", "/v1/contacts/{identifier}/tags", "contacts.tags.add"),
    ("DELETE", "/v1/contacts/{identifier}/tags", "contacts.tags.remove"),
    ("GET", "/v1/inboxes", "inboxes.list"),
    ("GET", "/v1/members", "members.list"),
    ("GET", "/v1/members/{memberId}", "members.retrieve"),
    ("GET", "/v1/tags", "tags.list"),
    ("POST", "/v1/tags", "tags.create"),
    ("GET", "/v1/tags/{idOrName}", "tags.retrieve"),
    ("PUT", "/v1/tags/{id}", "tags.update"),
    ("DELETE", "/v1/tags/{id}", "tags.delete"),
    ("GET", "/v1/webhooks", "webhooks.list"),
    ("POST", "/v1/webhooks", "webhooks.create"),
    ("DELETE", "/v1/webhooks/{id}", "webhooks.delete"),
    (
        "GET",
        "/v1/conversations/{conversationId}/messages/{messageId}",
        "conversations.messages.retrieve",
    ),
}


def test_chatbotx_has_the_newer_apis_resources() -> None:
    assert declared("chatbotx") >= CHATBOTX_NEW_OPERATIONS
    assert len(declared("chatbotx")) == 13 + len(CHATBOTX_NEW_OPERATIONS)


def test_chatbotx_every_write_takes_an_idempotency_key() -> None:
    for operation_id, (method, _, op) in operations("chatbotx").items():
        if method != "GET":
            assert op.get("x-idempotency-key") == "Idempotency-Key", operation_id
            parameter("chatbotx", op, "Idempotency-Key", "header")


def test_chatbotx_message_retrieve_requires_created_at() -> None:
    _, _, op = operations("chatbotx")["retrieveConversationMessage"]
    assert parameter("chatbotx", op, "createdAt", "query")["required"] is True


def test_chatbotx_send_answers_the_message_itself_or_null() -> None:
    sent = schema("chatbotx", "SentMessage")
    assert sent.is_valid(None)
    assert sent.is_valid({"id": "880413", "text": "hi", "contentAttributes": {"x": 1}})
    assert not sent.is_valid({"data": {"id": "880413"}})


# ChatbotX: the real shapes (source-run) -----------------------------------------------------------

ROW = {
    "id": "1842",
    "additionalAttributes": {"referral": {"source": "ad"}, "browserLanguage": "vi"},
    "lastActivityAt": "2026-07-04T10:02:11.000Z",
    "contact": {
        "id": "5310",
        "avatar": None,
        "phoneNumber": None,
        "email": None,
        "firstName": None,
        "lastName": None,
        "fullName": None,
        "gender": None,
        "location": {"latitude": 10.7769, "longitude": 106.7009},
        "country": None,
        "city": None,
    },
    "messages": [
        {
            "id": "880412",
            "text": None,
            "contentAttributes": {"location": {"latitude": 10.7769, "longitude": 106.7009}},
            "messageType": "incoming",
            "contentType": "location",
            "senderType": "contact",
            "tenantId": "77",
            "clientId": None,
        }
    ],
}


def test_chatbotx_row_with_json_objects_in_the_jsonb_columns_validates() -> None:
    page = {"data": [ROW], "nextCursor": None, "prevCursor": None}
    errors = [e.message for e in schema("chatbotx", "ConversationList").iter_errors(page)]
    assert errors == []


@pytest.mark.parametrize(
    "where",
    [("additionalAttributes",), ("contact", "location"), ("messages", 0, "contentAttributes")],
)
def test_chatbotx_jsonb_columns_take_any_json(where: tuple[Any, ...]) -> None:
    for value in ({"a": {"b": [1, 2]}}, [1, "x"], "a string, as the docs type it", None, 3):
        row: Any = yaml.safe_load(yaml.safe_dump(ROW))
        target = row
        for step in where[:-1]:
            target = target[step]
        target[where[-1]] = value
        assert schema("chatbotx", "Conversation").is_valid(row), (where, value)


def test_chatbotx_the_spec_embeds_a_source_run_row() -> None:
    (row,) = response_examples("chatbotx", "listConversations", "200")["sourceRun"]["data"]
    assert isinstance(row["additionalAttributes"], dict)
    assert isinstance(row["contact"]["location"], dict)
    assert isinstance(row["messages"][0]["contentAttributes"], dict)


# ChatbotX: contactFilter, a union keyed on `field` --------------------------------------------------


def filter_with(*conditions: dict[str, Any]) -> dict[str, Any]:
    return {"operator": "and", "conditions": list(conditions)}


@pytest.mark.parametrize(
    "condition",
    [
        {"field": "country", "operator": "in", "value": ["VN"]},
        {"field": "tags", "operator": "notIn", "value": ["31", "32"]},
        {"field": "gender", "operator": "eq", "value": "female"},
        {"field": "blocked", "operator": "eq", "value": "true"},
        {"field": "blocked", "operator": "isEmpty"},
        {"field": "email", "operator": "contains", "value": "@example.com"},
        {"field": "lastSeen", "operator": "isBetween", "value": ["2026-07-01", "2026-07-08"]},
        {"field": "lastSeenMinutesAgo", "operator": "lt", "value": "30"},
        {"field": "customField", "customFieldId": "9", "operator": "eq", "value": "gold"},
    ],
)
def test_chatbotx_contact_filter_accepts_each_fields_own_shape(condition: dict[str, Any]) -> None:
    assert schema("chatbotx", "ContactFilter").is_valid(filter_with(condition))


@pytest.mark.parametrize(
    "condition",
    [
        {"field": "city", "operator": "isSet"},
        {"field": "country", "operator": "contains", "value": "V"},
        {"field": "blocked", "operator": "eq", "value": True},
        {"field": "blocked", "operator": "in", "value": ["true"]},
        {"field": "tags", "operator": "in", "value": [31]},
        {"field": "email", "operator": "in", "value": ["a@example.com"]},
        {"field": "lastSeenMinutesAgo", "operator": "lt", "value": 30},
        {"field": "customField", "operator": "eq", "value": "gold"},
        {"field": "country", "value": ["VN"]},
    ],
)
def test_chatbotx_contact_filter_refuses_a_shape_the_field_does_not_take(
    condition: dict[str, Any],
) -> None:
    assert not schema("chatbotx", "ContactFilter").is_valid(filter_with(condition))


def test_chatbotx_contact_filter_union_is_keyed_on_field() -> None:
    union = spec("chatbotx")["components"]["schemas"]["ContactFilterCondition"]
    assert union["discriminator"]["propertyName"] == "field"
    mapping = union["discriminator"]["mapping"]
    seen: dict[str, str] = {}
    for member in union["oneOf"]:
        fields = resolve("chatbotx", member)["properties"]["field"]["enum"]
        for field in fields:
            assert field not in seen, f"{field} is in two members"
            seen[field] = member["$ref"]
    assert seen == mapping


def test_chatbotx_contact_filter_has_no_timezone_requirement() -> None:
    """Older servers know no `timezone` (source-run): it is optional."""
    contact_filter = spec("chatbotx")["components"]["schemas"]["ContactFilter"]
    assert contact_filter["required"] == ["operator", "conditions"]


# ChatbotX: assignedId ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "accepted"),
    [
        ("u_19", True),
        ("t_4", True),
        ("unassigned", True),
        (None, True),
        ("u_2Vb9kQ", False),
        ("19", False),
        ("user_19", False),
        ("u_", False),
    ],
)
def test_chatbotx_assigned_id_filter_format(value: str | None, accepted: bool) -> None:
    assigned = parameter_validator("chatbotx", "listConversations", "assignedId", "query")
    assert assigned.is_valid(value) is accepted


@pytest.mark.parametrize(
    ("value", "accepted"), [("u_19", True), ("t_4", True), (None, True), ("19", False), ("", False)]
)
def test_chatbotx_assign_body_format(value: str | None, accepted: bool) -> None:
    assert schema("chatbotx", "AssignRequest").is_valid({"assignedId": value}) is accepted


# Error envelopes of both generations, and x-error-codes ------------------------------------------


def chatbotx_error_examples() -> dict[str, tuple[int, dict[str, Any]]]:
    found = {}
    for key, response in spec("chatbotx")["components"]["responses"].items():
        for label, example in (
            response.get("content", {}).get("application/json", {}).get("examples", {}).items()
        ):
            if isinstance(example["value"], dict) and "code" in example["value"]:
                found[f"{key}.{label}"] = (example["value"]["status"], example["value"])
    return found


def test_chatbotx_error_envelopes_of_both_generations() -> None:
    examples = chatbotx_error_examples()
    older_token = examples["InternalServerError.olderInvalidToken"][1]
    assert (older_token["status"], older_token["code"]) == (500, "INVALID_CHATBOT_TOKEN")
    newer_token = examples["Unauthorized.invalidToken"][1]
    assert (newer_token["status"], newer_token["code"]) == (401, "INVALID_CHATBOT_TOKEN")
    older_validation = examples["BadRequest.olderValidation"][1]
    assert (older_validation["status"], older_validation["code"]) == (400, "BAD_REQUEST")
    assert older_validation["data"]["issues"]
    newer_validation = examples["UnprocessableEntity.invalidRequestData"][1]
    assert (newer_validation["status"], newer_validation["code"]) == (422, "invalidRequestData")
    error = schema("chatbotx", "Error")
    for label, (_, body) in examples.items():
        assert error.is_valid(body), label
    assert not error.is_valid({"code": "BAD_REQUEST", "message": "Input validation failed"})


def test_chatbotx_internal_error_still_answers_internal_first() -> None:
    """Prism and the docs show the first example: a plain 500 stays INTERNAL_SERVER_ERROR."""
    first = next(iter(response_examples("chatbotx", "listConversations", "500").values()))
    assert first["code"] == "INTERNAL_SERVER_ERROR"


def at_path(body: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        if not isinstance(body, dict) or part not in body:
            return None
        body = body[part]
    return body


def example_error_codes(name: str, paths: list[str]) -> set[str]:
    codes = set()
    for _, node in walk(spec(name)["components"]["responses"]):
        if isinstance(node, dict) and "value" in node and isinstance(node["value"], dict):
            codes |= {str(at_path(node["value"], p)) for p in paths if at_path(node["value"], p)}
    return codes


@pytest.mark.parametrize(("name", "paths"), [("wacrm", ["error.code"]), ("chatbotx", ["code"])])
def test_error_codes_extension_is_well_formed_and_its_codes_occur(
    name: str, paths: list[str]
) -> None:
    extension = spec(name)["x-error-codes"]
    assert extension["code-paths"] == paths
    assert set(extension) == {"code-paths", "codes"}
    occurring = example_error_codes(name, paths)
    for code, entry in extension["codes"].items():
        assert entry["error"] in ERROR_CLASSES, code
        assert isinstance(entry["retry"], bool), code
        assert code in occurring, f"{code} is in no error example of {name}"


def test_invalid_chatbot_token_is_an_authentication_error_never_retried() -> None:
    entry = spec("chatbotx")["x-error-codes"]["codes"]["INVALID_CHATBOT_TOKEN"]
    assert (entry["error"], entry["retry"]) == ("AuthenticationError", False)
    assert entry["x-evidence"] == "source-run"


def test_older_validation_failure_is_the_same_class_as_the_newer_one() -> None:
    entry = spec("chatbotx")["x-error-codes"]["codes"]["BAD_REQUEST"]
    assert (entry["error"], entry["retry"]) == ("UnprocessableEntityError", False)


def test_wacrm_codes_that_must_not_be_retried() -> None:
    codes = spec("wacrm")["x-error-codes"]["codes"]
    assert {code for code, entry in codes.items() if entry["retry"] is False} == {
        "db_error",
        "meta_error",
        "template_malformed",
    }


# Webhooks ---------------------------------------------------------------------------------------

WACRM_SIGNATURE = {
    "header": "X-Wacrm-Signature",
    "value": "t={timestamp},v1={signature}",
    "signed": "{timestamp}.{body}",
    "algorithm": "sha256",
    "encoding": "hex",
    "tolerance": 300,
}
CHATBOTX_SIGNATURE = {
    "header": "X-ChatbotX-Signature",
    "value": "sha256={signature}",
    "timestamp-header": "X-ChatbotX-Timestamp",
    "signed": "{timestamp}.{body}",
    "algorithm": "sha256",
    "encoding": "hex",
    "tolerance": 300,
}


def without_annotations(mapping: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in mapping.items() if not k.startswith("x-")}


@pytest.mark.parametrize(
    ("name", "expected"), [("wacrm", WACRM_SIGNATURE), ("chatbotx", CHATBOTX_SIGNATURE)]
)
def test_webhook_signature_extension(name: str, expected: dict[str, Any]) -> None:
    assert without_annotations(spec(name)["x-webhook-signature"]) == expected


def webhook_payload(name: str, event: str) -> tuple[str, dict[str, Any]]:
    operation = spec(name)["webhooks"][event]["post"]
    media = operation["requestBody"]["content"]["application/json"]
    return media["schema"]["$ref"].rpartition("/")[2], media["examples"]


@pytest.mark.parametrize("name", ["wacrm", "chatbotx"])
def test_every_webhook_has_an_operation_id_and_a_discriminating_event(name: str) -> None:
    ids = set()
    for event, item in spec(name)["webhooks"].items():
        operation = item["post"]
        ids.add(operation["operationId"])
        component, examples = webhook_payload(name, event)
        payload = spec(name)["components"]["schemas"][component]
        assert payload["properties"]["event"]["const"] == event
        assert "event" in payload["required"]
        assert examples, event
        for label, example in examples.items():
            errors = [e.message for e in schema(name, component).iter_errors(example["value"])]
            assert errors == [], (event, label)
            assert example["value"]["event"] == event
            other = {**example["value"], "event": "something.else"}
            assert not schema(name, component).is_valid(other)
    assert len(ids) == len(spec(name)["webhooks"])
    assert not ids & set(operations(name)), "a webhook shares an operationId with an operation"


def test_wacrm_webhooks_the_three_events_with_their_headers() -> None:
    webhooks = spec("wacrm")["webhooks"]
    assert set(webhooks) == {"message.received", "message.status_updated", "conversation.created"}
    for event, item in webhooks.items():
        operation = item["post"]
        assert "x-webhook-signature" not in operation  # the root default applies
        event_header = parameter("wacrm", operation, "X-Wacrm-Event", "header")
        assert event_header["schema"]["const"] == event and event_header["required"]
        assert parameter("wacrm", operation, "X-Wacrm-Webhook-Id", "header")["required"]
        signature = parameter("wacrm", operation, "X-Wacrm-Signature", "header")
        assert re.fullmatch(signature["schema"]["pattern"], "t=1782983551,v1=" + "a" * 64)
        assert not re.search(signature["schema"]["pattern"], "sha256=" + "a" * 64)
    received = webhooks["message.received"]["post"]["description"]
    assert "data.whatsapp_message_id" in received and "new `id`" in received


def test_wacrm_webhook_event_union_covers_the_three_events() -> None:
    union = spec("wacrm")["components"]["schemas"]["WebhookEvent"]
    assert union["discriminator"]["propertyName"] == "event"
    assert set(union["discriminator"]["mapping"]) == set(spec("wacrm")["webhooks"])
    envelope = {"id": "x", "occurred_at": "2026-07-02T09:12:31.388Z", "account_id": "a"}
    data = {"conversation_id": "c", "contact_id": "k"}
    assert schema("wacrm", "WebhookEvent").is_valid(
        {**envelope, "event": "conversation.created", "data": data}
    )
    assert not schema("wacrm", "WebhookEvent").is_valid(
        {**envelope, "event": "message.received", "data": data}
    )


def test_chatbotx_only_the_api_channel_callback_is_signed() -> None:
    webhooks = spec("chatbotx")["webhooks"]
    signed = [e for e, item in webhooks.items() if item["post"].get("x-webhook-signature", True)]
    assert signed == ["message_created"]
    callback = webhooks["message_created"]["post"]
    for header in ("X-ChatbotX-Signature", "X-ChatbotX-Timestamp", "X-ChatbotX-Delivery"):
        assert parameter("chatbotx", callback, header, "header")["required"] is True
    for event, item in webhooks.items():
        if event != "message_created":
            assert item["post"]["x-webhook-signature"] is False
            agent = parameter("chatbotx", item["post"], "User-Agent", "header")
            assert agent["schema"]["const"] == "AhaChat-Webhook/1.0"


def test_chatbotx_system_event_union_covers_every_system_webhook() -> None:
    union = spec("chatbotx")["components"]["schemas"]["SystemWebhookEvent"]
    system = set(spec("chatbotx")["webhooks"]) - {"message_created"}
    assert set(union["discriminator"]["mapping"]) == system
    assert len(system) == 13 + 9  # 13 on older servers too, 9 on newer ones only


def test_chatbotx_webhook_registration_conditions() -> None:
    create = schema("chatbotx", "CreateWebhookRequest")
    body = {
        "name": "n8n",
        "url": "https://n8n.example.com/w",
        "conditions": [{"type": "tagApplied"}],
    }
    assert create.is_valid(body)
    assert not create.is_valid({**body, "conditions": []})
    assert not create.is_valid({**body, "conditions": [{"type": "tag_applied"}]})


# Issue 24: ChatbotX, both generations as their code behaves --------------------------------------
# Sources: list-conversations.query.ts L34 and L145-158 (version run), lib/auth/utils.ts L42-51,
# workspace-members/queries/index.ts L18, contacts/schemas/query.ts L36, public-find-contact.ts
# L18-21, packages/business/src/contact/service.ts upsertByIdentifier (L295-380),
# messages/schema/mutation.ts @034b2335.


def generations(operation_id: str) -> dict[str, Any]:
    _, _, op = operations("chatbotx")[operation_id]
    found: dict[str, Any] = op["x-generations"]
    return found


def test_chatbotx_every_operation_states_both_generations_graded() -> None:
    for operation_id in operations("chatbotx"):
        for name, generation in generations(operation_id).items():
            assert name in ("older", "newer"), operation_id
            assert isinstance(generation["serves"], bool), operation_id
            grades = generation["x-evidence"]
            assert set(grades if isinstance(grades, list) else [grades]) <= GRADES, operation_id
            if generation["serves"]:
                assert generation["token-alone"] in ("answers", "refused", "not run"), operation_id


@pytest.mark.parametrize("operation_id", ["listConversations", "listMembers", "listInboxes"])
def test_c1_older_routes_that_need_a_dashboard_session_say_so(operation_id: str) -> None:
    older = generations(operation_id)["older"]
    assert older["serves"] and older["token-alone"] == "refused"
    assert older["x-evidence"] == "source-run"
    assert "User is not associated with this workspace" in older["note"]
    assert "utils.ts L42-50" in older["note"]


def test_c1_the_inboxes_of_older_servers_are_channels_and_retrieving_needs_a_session_on_newer() -> (
    None
):
    assert generations("listInboxes")["older"]["path"] == "/v1/channels"
    newer = generations("retrieveConversation")["newer"]
    assert newer["token-alone"] == "refused" and "findConversation" in newer["note"]
    assert generations("listConversations")["newer"]["token-alone"] == "answers"
    assert "dashboard session" in spec("chatbotx")["info"]["description"]


def test_c2_the_conversation_cursor_overlaps_and_items_are_told_apart_by_id() -> None:
    _, _, op = operations("chatbotx")["listConversations"]
    assert op["x-pagination"]["item-id"] == "id"
    assert "L145-158" in op["description"] and "overlap" in op["description"]


def test_c3_older_servers_read_the_contact_filter_in_brackets() -> None:
    _, _, op = operations("chatbotx")["listContacts"]
    param = parameter("chatbotx", op, "contactFilter", "query")
    assert "query.ts L36" in param["description"] and "bracket" in param["description"]
    assert "bracket" in generations("listContacts")["older"]["note"]


@pytest.mark.parametrize(
    ("identifier", "accepted"),
    [
        ("id:5310", True),
        ("email:an@example.com", True),
        ("phone:+84901234567", True),
        ("5310", False),  # the old example: 404 on both generations
        ("an@example.com", False),
        ("id:abc", False),  # upsert: a non-numeric id is "Contact not found"
        ("id:", False),
    ],
)
def test_c4_contact_identifiers_carry_their_prefix(identifier: str, accepted: bool) -> None:
    check = parameter_validator("chatbotx", "retrieveContact", "identifier", "path")
    assert check.is_valid(identifier) is accepted
    param = resolve("chatbotx", {"$ref": "#/components/parameters/ContactIdentifier"})
    assert check.is_valid(param["example"])


def test_c5_upsert_creates_only_by_email_or_phone_and_says_how_it_fails() -> None:
    _, _, op = operations("chatbotx")["upsertContact"]
    assert "always" not in op["description"]
    assert "`id:` that matches no contact: 404" in op["description"]
    missing = response_examples("chatbotx", "upsertContact", "404")
    assert {e["message"] for e in missing.values()} == {"Contact not found", "Inbox not found"}
    conflict = response_examples("chatbotx", "upsertContact", "422")
    assert {e["code"] for e in conflict.values()} == {"phoneExists", "quotaExceeded"}
    assert all(
        schema("chatbotx", "Error").is_valid(e) for e in [*missing.values(), *conflict.values()]
    )


def test_c7_older_webhook_lists_ignore_the_page() -> None:
    older = generations("listWebhooks")["older"]
    assert older["x-evidence"] == "source-run"
    assert "Ignores `page`" in older["note"] and "pageCount" in older["note"]


def test_c8_the_send_variants_are_the_codes_and_no_others() -> None:
    _, _, op = operations("chatbotx")["createConversationMessage"]
    content = op["requestBody"]["content"]
    assert set(content) == {"application/json", "multipart/form-data"}
    send = schema("chatbotx", "SendMessageRequest")
    assert send.is_valid({"text": "Hi", "inboxId": "12", "clientId": "17", "sendFrom": "inbox"})
    assert send.is_valid({"flowId": "210", "nodeId": "4"})
    assert send.is_valid({"text": "Hi", "flowId": "210"})  # the server's union takes it as text
    for body in (
        {"mediaFileId": "3301"},  # a variant of no code found: neither text nor a flow
        {"mediaFileIds": ["3301"]},
        {"mediaFile": {"path": "a.pdf", "mimeType": "application/pdf", "size": 1}},
        {"text": "   "},  # trimmed first, then 1..1000
        {"text": "Hi", "sendFrom": "api"},
    ):
        assert not send.is_valid(body), body
    declared = {
        name
        for path, node in walk(spec("chatbotx")["components"]["schemas"])
        if len(path) >= 2 and path[0].startswith("Send") and path[-1] == "properties"
        for name in node
    }
    assert declared.isdisjoint(
        {"mediaFileId", "mediaFileIds", "mediaFile", "isPrivateReply", "replyToMessageId"}
    )
    assert {"text", "flowId", "nodeId", "inboxId", "clientId", "sendFrom", "files[]"} <= declared
    assert "MediaFile" not in spec("chatbotx")["components"]["schemas"]
    files = schema("chatbotx", "SendFilesMessage")
    assert files.is_valid({"files[]": ["…"], "inboxId": "12"})
    assert not files.is_valid({"files[]": []})


@pytest.mark.parametrize(
    ("component", "fields"),
    [
        ("Conversation", {"sourceId"}),
        ("ContactInbox", {"lastIncomingMessageAt", "contactLastReadAt"}),
        ("Message", {"deletedAt", "type", "parentId", "attributes"}),
        ("User", {"mustChangePassword", "tenantId"}),
        ("Contact", {"contactCustomFields", "contactInboxes", "conversation"}),
        ("Tag", {"createdAt", "updatedAt", "deletedAt", "folderId", "workspaceId"}),
    ],
)
def test_c9_fields_the_server_sends_are_declared(component: str, fields: set[str]) -> None:
    properties = spec("chatbotx")["components"]["schemas"][component]["properties"]
    assert fields <= set(properties)
    for name in fields:
        assert properties[name].get("x-evidence") == "source-run" or "$ref" in properties[name]


def test_c9_tags_declare_no_color_or_emoji_and_a_real_row_validates() -> None:
    properties = spec("chatbotx")["components"]["schemas"]["Tag"]["properties"]
    assert "color" not in properties and "emoji" not in properties
    row = {
        "id": "31",
        "name": "VIP",
        "createdAt": "2026-07-01T10:00:00.000Z",
        "updatedAt": "2026-07-01T10:00:00.000Z",
        "deletedAt": None,
        "folderId": None,
        "workspaceId": "77",
    }
    assert schema("chatbotx", "Tag").is_valid(row)
    for path, node in walk(spec("chatbotx")["paths"]):
        assert not (isinstance(node, dict) and "emoji" in node), path


def test_tags_a_duplicate_name_is_a_500_and_deleting_an_unknown_id_is_a_204() -> None:
    _, _, create = operations("chatbotx")["createTag"]
    assert "500" in create["description"] and "exists" in create["description"]
    _, _, delete = operations("chatbotx")["deleteTag"]
    assert "404" not in delete["responses"]
    assert "no tag" in delete["responses"]["204"]["description"]
