"""What Prism 5.16.0 does and does not validate, and that the contract auditor covers the gaps.

If a Prism upgrade starts validating ``content`` or bracketed query parameters, the tests that
document the gap fail: then the auditor's own check can be dropped (see ``prism_mock``).
"""

from __future__ import annotations

import json
from typing import Any

import httpx2
import prism_mock
import pytest
from prism_mock import Audit, PrismViolation, make_client

AUTH = {"Authorization": "Bearer test-key"}


def _get(server: prism_mock.PrismServer, path: str, params: dict[str, str]) -> httpx2.Response:
    return httpx2.get(server.url + path, params=params, headers=AUTH, timeout=20.0)


def test_prism_reports_a_query_parameter_that_breaks_its_schema(prism: dict[str, Any]) -> None:
    response = _get(prism["wacrm"], "/api/v1/conversations", {"limit": "500"})
    # The route declares no 400 (it never answers one, issue 24 W4): Prism answers its own 422,
    # with the violation in the problem body instead of `sl-violations`; the auditor reads both.
    assert response.status_code == 422
    assert "limit must be <= 100" in response.text
    assert "sl-violations" not in response.headers


def test_prism_reports_a_body_that_breaks_its_schema(prism: dict[str, Any]) -> None:
    response = httpx2.post(
        prism["wacrm"].url + "/api/v1/messages", json={"to": "0800 123"}, headers=AUTH, timeout=20.0
    )
    assert response.status_code == 400
    assert "pattern" in response.headers["sl-violations"]


def test_prism_reports_a_missing_api_key(prism: dict[str, Any]) -> None:
    response = httpx2.get(prism["chatbotx"].url + "/v1/conversations/1842", timeout=20.0)
    assert response.status_code == 401
    assert "security" in response.headers["sl-violations"]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("status", '["bogus"]'),
        ("status", "not json"),
        ("tags", '"archived"'),
        ("contactFilter", '{"operator":"xor"}'),
    ],
)
def test_prism_does_not_validate_content_encoded_query_parameters(
    name: str, value: str, prism: dict[str, Any]
) -> None:
    response = _get(prism["chatbotx"], "/v1/conversations", {name: value})
    assert response.status_code == 200
    assert "sl-violations" not in response.headers  # the gap: Prism accepts anything here
    op = prism_mock.operation_by_method("chatbotx", "conversations.list")
    assert prism_mock.check_query(op, response.request.url), (
        "the auditor must catch what Prism lets through"
    )


@pytest.mark.parametrize(
    ("name", "value"),
    [("filter[status]", "bogus"), ("filter[opened]", "yes"), ("filter[openWindow]", "last48h")],
)
def test_prism_does_not_validate_query_parameters_with_brackets_in_their_name(
    name: str, value: str, prism: dict[str, Any]
) -> None:
    response = _get(prism["datacrazy"], "/api/v1/conversations", {name: value})
    assert response.status_code == 200
    assert "sl-violations" not in response.headers  # the gap: prism-cli renamed it filter%5B...%5D
    op = prism_mock.operation_by_method("datacrazy", "conversations.list")
    problems = prism_mock.check_query(op, response.request.url)
    assert len(problems) == 1 and name in problems[0], problems


def test_the_auditor_reports_a_single_valued_parameter_sent_twice(prism: dict[str, Any]) -> None:
    response = httpx2.get(
        prism["datacrazy"].url
        + "/api/v1/conversations?filter[status]=opened&filter[status]=waiting",
        headers=AUTH,
        timeout=20.0,
    )
    assert "sl-violations" not in response.headers
    op = prism_mock.operation_by_method("datacrazy", "conversations.list")
    problems = prism_mock.check_query(op, response.request.url)
    assert problems == ["query parameter 'filter[status]' is sent 2 times: ['opened', 'waiting']"]


def test_the_auditor_accepts_the_wire_forms_the_specs_describe(prism: dict[str, Any]) -> None:
    cbx = prism_mock.operation_by_method("chatbotx", "conversations.list")
    good = _get(
        prism["chatbotx"],
        "/v1/conversations",
        {
            "status": json.dumps(["unread", "followUp"]),
            "sort": json.dumps([{"id": "lastActivityAt", "desc": True}]),
        },
    )
    assert prism_mock.check_query(cbx, good.request.url) == []
    dc = prism_mock.operation_by_method("datacrazy", "conversations.list")
    good = _get(
        prism["datacrazy"],
        "/api/v1/conversations",
        {"filter[stages]": "a,b", "filter[opened]": "false"},
    )
    assert prism_mock.check_query(dc, good.request.url) == []


def test_a_call_prism_rejects_fails_the_contract_test(prism: dict[str, Any]) -> None:
    audit = Audit("wacrm")
    with (
        make_client("wacrm", prism["wacrm"].url, audit) as client,
        pytest.raises(PrismViolation, match="limit"),
    ):
        client.conversations.list(limit=500)


def test_a_query_parameter_the_spec_does_not_declare_fails_the_contract_test(
    prism: dict[str, Any],
) -> None:
    audit = Audit("wacrm")
    with (
        make_client("wacrm", prism["wacrm"].url, audit) as client,
        pytest.raises(PrismViolation, match="stauts"),
    ):
        client.conversations.list(extra_query={"stauts": "open"})


def test_a_body_property_the_spec_does_not_declare_is_reported() -> None:
    spec = prism_mock.load_spec("chatbotx")
    op = prism_mock.operation_by_method("chatbotx", "conversations.messages.create")
    body = {"text": "hi", "reply_to_message_id": "1"}
    problems = prism_mock.undeclared_properties(spec, op.body_schema, body)
    assert problems == ["body: property 'reply_to_message_id' is not declared by the spec"]
    wacrm = prism_mock.load_spec("wacrm")
    send = prism_mock.operation_by_method("wacrm", "messages.create")
    nested = {"to": "14155550123", "type": "template", "template": {"name": "n", "x": 1}}
    assert prism_mock.undeclared_properties(wacrm, send.body_schema, nested) == [
        "body.template: property 'x' is not declared by the spec"
    ]
