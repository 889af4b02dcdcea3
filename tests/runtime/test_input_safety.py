"""Caller input cannot change the request's shape: path values are percent-encoded, and bad input fails before sending.

The fault server records the raw path it received, so "../admin" arriving as `..%2Fadmin` inside
the conversations path is proven on the wire, not only in the URL the client built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import chatbotx_client
import datacrazy_client
import pydantic
import pytest
import wacrm_client
from faultserver import FaultServer


@pytest.mark.parametrize(
    ("value", "raw_path"),
    [
        pytest.param("../admin", "/api/v1/contacts/..%2Fadmin", id="dot-dot-slash"),
        pytest.param("a/b?c", "/api/v1/contacts/a%2Fb%3Fc", id="slash-and-question-mark"),
        pytest.param("..", "/api/v1/contacts/%2E%2E", id="dot-dot"),
        pytest.param(".", "/api/v1/contacts/%2E", id="dot"),
        pytest.param("x#frag", "/api/v1/contacts/x%23frag", id="hash"),
        pytest.param("a b&c=d", "/api/v1/contacts/a%20b%26c%3Dd", id="space-ampersand-equals"),
        pytest.param("%2F", "/api/v1/contacts/%252F", id="already-encoded"),
        pytest.param("x\r\nHost: evil", "/api/v1/contacts/x%0D%0AHost%3A%20evil", id="crlf"),
        pytest.param("café", "/api/v1/contacts/caf%C3%A9", id="non-ascii"),
    ],
)
def test_path_parameters_are_percent_encoded_on_the_wire(
    value: str, raw_path: str, server: FaultServer, make_client: Callable[..., Any]
) -> None:
    client = make_client(wacrm_client.Wacrm, max_retries=0)

    # Contacts take any id (the server answers 404 for what is not one); conversation ids are UUIDs.
    with pytest.raises(wacrm_client.NotFoundError):  # the fault server knows no such contact
        client.contacts.retrieve(value)

    assert [(r.method, r.path, r.raw_query) for r in server.requests] == [("GET", raw_path, "")]


def test_path_parameter_of_a_nested_resource_cannot_escape_it(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    client = make_client(chatbotx_client.ChatbotX, max_retries=0)

    with pytest.raises(chatbotx_client.NotFoundError):
        client.conversations.messages.list("../../admin/users")

    assert [r.path for r in server.requests] == [
        "/v1/conversations/..%2F..%2Fadmin%2Fusers/messages"
    ]


def test_empty_path_parameter_raises_before_any_request(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    wacrm = make_client(wacrm_client.Wacrm)
    chatbotx = make_client(chatbotx_client.ChatbotX)
    datacrazy = make_client(datacrazy_client.DataCrazy)

    with pytest.raises(ValueError, match="must not be empty"):
        wacrm.conversations.retrieve("")
    with pytest.raises(ValueError, match="must not be empty"):
        wacrm.conversations.messages.list("")
    with pytest.raises(ValueError, match="must not be empty"):
        chatbotx.conversations.messages.create("", text="hi")
    with pytest.raises(ValueError, match="must not be empty"):
        datacrazy.conversations.messages.create("", body="hi")

    assert server.requests == []


async def test_async_empty_path_parameter_raises_before_any_request(
    server: FaultServer, make_async_client: Callable[..., Any]
) -> None:
    client = make_async_client(wacrm_client.AsyncWacrm)

    with pytest.raises(ValueError, match="must not be empty"):
        await client.conversations.retrieve("")
    with pytest.raises(ValueError, match="must not be empty"):
        await client.conversations.messages.list("")

    assert server.requests == []


@pytest.mark.parametrize("bad", ["a\r\nX-Injected: 1", "a\nb", "a\rb", "a\x00b"])
def test_header_values_with_cr_lf_or_nul_raise_before_any_request(
    bad: str, server: FaultServer, make_client: Callable[..., Any]
) -> None:
    server.serve_pages("wacrm", 5)
    client = make_client(wacrm_client.Wacrm)

    with pytest.raises(ValueError, match="CR, LF or NUL"):
        client.conversations.list(extra_headers={"X-Trace": bad})
    with pytest.raises(ValueError, match="CR, LF or NUL"):
        client.messages.create(
            to="+14155550123", type="text", text="hi", extra_headers={"X-Trace": bad}
        )
    with pytest.raises(ValueError, match="CR, LF or NUL"):
        wacrm_client.Wacrm(api_key="k", base_url=server.base_url, default_headers={"X-Tenant": bad})
    with pytest.raises(ValueError, match="CR, LF or NUL"):
        make_client(chatbotx_client.ChatbotX).conversations.messages.create(
            "1842", text="hi", idempotency_key=bad
        )

    assert server.requests == []
    assert server.messages == []


@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param({"to": 14155550123, "type": "text", "text": "hi"}, id="number-for-string"),
        pytest.param(
            {"to": "0800 not e164", "type": "text", "text": "hi"}, id="phone-fails-the-pattern"
        ),
        pytest.param({"to": "+14155550123", "type": "text", "text": ["hi"]}, id="list-for-string"),
        pytest.param(
            {"to": "+14155550123", "type": "template", "template": {"language": "en_US"}},
            id="template-missing-name",
        ),
        pytest.param({"to": "+12", "type": "text", "text": "hi"}, id="phone-with-too-few-digits"),
        pytest.param(
            {
                "to": "14155550123",
                "type": "interactive",
                "interactive_payload": {"kind": "buttons"},
            },
            id="interactive-without-body-and-buttons",
        ),
    ],
)
def test_body_that_does_not_match_the_schema_raises_before_any_request(
    kwargs: dict[str, Any], server: FaultServer, make_client: Callable[..., Any]
) -> None:
    client = make_client(wacrm_client.Wacrm)

    with pytest.raises(wacrm_client.InvalidArgumentError) as info:
        client.messages.create(**kwargs)

    # the package's own, exported and documented error (a ValueError), pydantic's reason chained
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value.__cause__, pydantic.ValidationError)
    assert server.requests == []


@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param({"text": ""}, id="empty-text"),
        pytest.param({"text": "x" * 1001}, id="text-too-long"),
        pytest.param({"flow_id": "welcome"}, id="flow-id-not-digits"),
        pytest.param({}, id="no-variant"),
    ],
)
def test_chatbotx_body_matching_no_variant_raises_before_any_request(
    kwargs: dict[str, Any], server: FaultServer, make_client: Callable[..., Any]
) -> None:
    client = make_client(chatbotx_client.ChatbotX)

    with pytest.raises(chatbotx_client.InvalidArgumentError):
        client.conversations.messages.create("1842", **kwargs)

    assert server.requests == []


async def test_async_bad_body_raises_before_any_request(
    server: FaultServer, make_async_client: Callable[..., Any]
) -> None:
    client = make_async_client(datacrazy_client.AsyncDataCrazy)

    with pytest.raises(datacrazy_client.InvalidArgumentError):
        await client.conversations.messages.create(
            "c" * 24, body={"isInternal": True}
        )  # neither body nor attachments

    assert server.requests == []


def test_query_values_cannot_add_parameters(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    server.serve_pages("wacrm", 5)
    client = make_client(wacrm_client.Wacrm)

    # a free-text parameter (an enum's value is refused before sending: test_arguments_checked.py)
    with pytest.raises(wacrm_client.BadRequestError):  # the server cannot read such a cursor
        client.conversations.list(cursor="x&limit=1#y", extra_query={"debug": "1&cursor=evil"})

    (request,) = server.requests
    assert request.query == {"cursor": ["x&limit=1#y"], "debug": ["1&cursor=evil"]}
