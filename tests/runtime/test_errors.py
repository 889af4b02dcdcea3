"""Every error class comes from its status and carries the provider's parsed error envelope.

Also: timeouts raise APITimeoutError (an APIConnectionError), per call and on the client, and a 2xx
body that does not match the spec raises APIResponseValidationError.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from types import ModuleType
from typing import Any

import chatbotx_client
import datacrazy_client
import pytest
import wacrm_client
from faultserver import FaultServer, Reply, delayed

REQUEST_ID = "req-7f3a9c"

STATUS_CLASSES = [
    (400, "BadRequestError"),
    (401, "AuthenticationError"),
    (403, "PermissionDeniedError"),
    (404, "NotFoundError"),
    (409, "ConflictError"),
    (422, "UnprocessableEntityError"),
    (429, "RateLimitError"),
    (500, "InternalServerError"),
    (502, "InternalServerError"),
    (503, "InternalServerError"),
    (405, "APIStatusError"),
    (410, "APIStatusError"),
    (418, "APIStatusError"),
]


def wacrm_call(make_client: Callable[..., Any]) -> Callable[[], Any]:
    client = make_client(wacrm_client.Wacrm, max_retries=0)
    return lambda: client.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18")


def chatbotx_call(make_client: Callable[..., Any]) -> Callable[[], Any]:
    client = make_client(chatbotx_client.ChatbotX, max_retries=0)
    return lambda: client.conversations.retrieve("1842")


def datacrazy_call(make_client: Callable[..., Any]) -> Callable[[], Any]:
    client = make_client(datacrazy_client.DataCrazy, max_retries=0)
    return lambda: client.conversations.list()


PROVIDERS: dict[str, tuple[ModuleType, str, Callable[..., Callable[[], Any]]]] = {
    "wacrm": (
        wacrm_client,
        "/api/v1/conversations/0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18",
        wacrm_call,
    ),
    "chatbotx": (chatbotx_client, "/v1/conversations/1842", chatbotx_call),
    "datacrazy": (datacrazy_client, "/api/v1/conversations", datacrazy_call),
}


def envelope(provider: str, code: int) -> tuple[dict[str, Any], str, str]:
    """The provider's error body for a status, with the code and message str(err) must show."""
    if provider == "wacrm":
        return (
            {"error": {"code": f"wacrm_code_{code}", "message": f"Wacrm says {code}"}},
            f"wacrm_code_{code}",
            f"Wacrm says {code}",
        )
    if provider == "chatbotx":
        body = {
            "defined": True,
            "code": f"chatbotxCode{code}",
            "status": code,
            "message": f"ChatbotX says {code}",
        }
        return body, f"chatbotxCode{code}", f"ChatbotX says {code}"
    body = {
        "message": {
            "statusCode": code,
            "message": f"DataCrazy says {code}",
            "trace": "at Foo.bar()",
        }
    }
    return body, str(code), f"DataCrazy says {code}"


@pytest.mark.parametrize("provider", list(PROVIDERS))
@pytest.mark.parametrize(("code", "class_name"), STATUS_CLASSES)
def test_status_maps_to_its_error_class_with_the_providers_envelope(
    provider: str, code: int, class_name: str, server: FaultServer, make_client: Callable[..., Any]
) -> None:
    package, path, make_call = PROVIDERS[provider]
    body, error_code, message = envelope(provider, code)
    server.route("GET", path, Reply(code, body, {"X-Request-Id": REQUEST_ID, "Retry-After": "7"}))
    call = make_call(make_client)

    with pytest.raises(package.APIStatusError) as info:
        call()

    err = info.value
    assert type(err) is getattr(package, class_name)
    assert isinstance(err, package.APIError)
    assert err.status_code == code
    assert err.body == body
    assert err.headers["x-request-id"] == REQUEST_ID
    assert err.request_id == REQUEST_ID
    assert str(code) in str(err)
    assert error_code in str(err)
    assert message in str(err)
    assert err.request is not None
    assert err.request.url.path == path
    if code == 429:
        assert err.retry_after == 7.0
    assert len(server.requests) == 1  # max_retries=0: nothing retried


def test_rate_limit_error_without_retry_after_has_none(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    body = {"defined": True, "code": "tooManyRequests", "status": 429, "message": "Retry after 9s."}
    server.route("GET", "/v1/conversations/1842", Reply(429, body))
    call = chatbotx_call(make_client)

    with pytest.raises(chatbotx_client.RateLimitError) as info:
        call()

    assert info.value.retry_after is None  # ChatbotX sends no Retry-After header
    assert info.value.request_id is None
    assert "Retry after 9s." in str(info.value)


@pytest.mark.parametrize("code", [400, 500, 502])
def test_non_json_error_body_is_kept_as_text(
    code: int, server: FaultServer, make_client: Callable[..., Any]
) -> None:
    server.route(
        "GET",
        "/api/v1/conversations",
        Reply(code, "<html><body>upstream exploded</body></html>", {"Content-Type": "text/html"}),
    )
    call = datacrazy_call(make_client)

    with pytest.raises(datacrazy_client.APIStatusError) as info:
        call()

    assert info.value.status_code == code
    assert info.value.body == "<html><body>upstream exploded</body></html>"
    assert "upstream exploded" in str(info.value)


def test_broken_json_error_body_is_kept_as_text(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    server.route(
        "GET",
        "/api/v1/conversations/0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18",
        Reply(400, '{"error": {"code": "bad_req', {"Content-Type": "application/json"}),
    )
    call = wacrm_call(make_client)

    with pytest.raises(wacrm_client.BadRequestError) as info:
        call()

    assert info.value.body == '{"error": {"code": "bad_req'


def test_empty_error_body_still_gives_a_readable_error(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    server.route(
        "GET", "/api/v1/conversations/0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18", Reply(404, b"")
    )
    call = wacrm_call(make_client)

    with pytest.raises(wacrm_client.NotFoundError) as info:
        call()

    assert str(info.value).startswith("404")


# --------------------------------------------------------------------------------------------------
# Timeouts


SLOW = 0.6  # the server's delay
SHORT = 0.1  # a timeout well below it


def test_per_call_timeout_raises_api_timeout_error(
    server: FaultServer, make_client: Callable[..., Any], sleeps: list[float]
) -> None:
    server.serve_pages("wacrm", 10)
    client = make_client(wacrm_client.Wacrm, max_retries=0)
    server.schedule(delayed(SLOW))

    with pytest.raises(wacrm_client.APITimeoutError) as info:
        client.conversations.list(timeout=SHORT)

    assert isinstance(info.value, wacrm_client.APIConnectionError)
    assert info.value.request is not None

    server.schedule(delayed(SHORT))  # a longer per-call timeout overrides a shorter client one
    assert len(client.conversations.list(timeout=5.0).data) == 10


def test_client_timeout_raises_api_timeout_error_and_per_call_overrides_it(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    server.serve_pages("wacrm", 10)
    client = make_client(wacrm_client.Wacrm, max_retries=0, timeout=SHORT)

    server.schedule(delayed(SLOW))
    with pytest.raises(wacrm_client.APITimeoutError):
        client.conversations.list()

    server.schedule(delayed(0.3))
    assert len(client.conversations.list(timeout=5.0).data) == 10


async def test_async_timeouts_raise_api_timeout_error(
    server: FaultServer, make_async_client: Callable[..., Any]
) -> None:
    server.serve_pages("chatbotx", 10)
    client = make_async_client(chatbotx_client.AsyncChatbotX, max_retries=0, timeout=SHORT)

    server.schedule(delayed(SLOW))
    with pytest.raises(chatbotx_client.APITimeoutError):
        await client.conversations.list()

    server.schedule(delayed(SLOW))
    with pytest.raises(chatbotx_client.APITimeoutError):
        await client.conversations.list(timeout=SHORT / 2)


def test_get_that_timed_out_is_retried(
    server: FaultServer, make_client: Callable[..., Any], sleeps: list[float]
) -> None:
    server.serve_pages("wacrm", 10)
    client = make_client(wacrm_client.Wacrm, max_retries=2, timeout=SHORT)
    server.schedule(delayed(SLOW))

    assert len(client.conversations.list().data) == 10
    assert len(sleeps) == 1
    assert len(server.requests) == 2


def test_send_that_timed_out_is_not_retried(
    server: FaultServer, make_client: Callable[..., Any], sleeps: list[float]
) -> None:
    client = make_client(wacrm_client.Wacrm, max_retries=3, timeout=SHORT)
    server.schedule(delayed(SLOW))

    with pytest.raises(wacrm_client.APITimeoutError):
        client.messages.create(to="+14155550123", type="text", text="hello")

    assert sleeps == []
    assert len(server.requests) == 1


# --------------------------------------------------------------------------------------------------
# 2xx bodies that do not match the spec


@pytest.mark.parametrize(
    "body",
    [
        pytest.param({"data": {"id": 123}}, id="missing-and-mistyped-fields"),
        pytest.param({"nothing": "here"}, id="no-data"),
        pytest.param("OK", id="not-json"),
        pytest.param(b"null", id="json-null"),
        pytest.param([{"id": "0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18"}], id="list-for-object"),
    ],
)
def test_2xx_body_that_does_not_match_the_schema_raises_validation_error_when_strict(
    body: object, server: FaultServer, make_client: Callable[..., Any], sleeps: list[float]
) -> None:
    server.route(
        "GET",
        "/api/v1/conversations/0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18",
        Reply(200, body, {"X-Request-Id": REQUEST_ID}),
    )
    client = make_client(wacrm_client.Wacrm, max_retries=0, strict_response_validation=True)

    with pytest.raises(wacrm_client.APIResponseValidationError) as info:
        client.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18")

    assert info.value.status_code == 200
    assert isinstance(info.value, wacrm_client.APIError)
    if isinstance(body, dict):
        assert info.value.body == body
    assert sleeps == []


TEXT = "Olá, preciso de ajuda com meu pedido 4471"
PHONE = "+55 11 91234-5678"


def _printed(error: BaseException) -> str:
    import traceback

    return "".join(traceback.format_exception(error))


def test_a_refused_answer_or_argument_prints_none_of_its_values_even_in_a_traceback(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    """The errors' texts never held the values; now neither does the pydantic error chained as
    their cause, which a traceback in a log prints: it keeps every place and kind, not the input
    (an object missing a field used to be printed whole, phone number and message text with it)."""
    import pydantic

    conversation = "0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18"
    answer = {"data": {"phone": PHONE, "last_message": TEXT}}  # no id, no status: refused
    server.route("GET", f"/api/v1/conversations/{conversation}", Reply(200, answer))
    client = make_client(wacrm_client.Wacrm, max_retries=0, strict_response_validation=True)
    with pytest.raises(wacrm_client.APIResponseValidationError) as answered:
        client.conversations.retrieve(conversation)
    with pytest.raises(wacrm_client.InvalidArgumentError) as argued:
        client.messages.create(to=PHONE, type="text", text=[TEXT])  # a list for a string
    assert len(server.requests) == 1  # the refused argument sent nothing
    for error in (answered.value, argued.value):
        printed = _printed(error)
        assert "ValidationError" in printed
        # pydantic shortens a long value to its ends: look for pieces of each, not only the whole
        for piece in (PHONE, TEXT, "+55 11", "91234", "5678", "Olá", "pedido 4471"):
            assert piece not in printed
        cause = error.__cause__
        assert isinstance(cause, pydantic.ValidationError) and cause.errors()
        assert all(e["input"] is None for e in cause.errors())
    assert ("data", "id") in [e["loc"] for e in answered.value.__cause__.errors()]  # type: ignore[union-attr]
    assert answered.value.body == answer  # the answer itself stays with the error, for the caller


def test_a_2xx_body_that_is_not_json_raises_validation_error_even_when_lenient(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    server.route(
        "GET", "/api/v1/conversations/0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18", Reply(200, "OK")
    )
    with pytest.raises(wacrm_client.APIResponseValidationError):
        wacrm_call(make_client)()


def test_a_2xx_body_that_does_not_match_is_returned_as_received_in_the_models(
    server: FaultServer, make_client: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    """Nested models where they fit, the raw value where it does not, unknown fields kept; one warning."""
    row = {
        "id": 123,  # the spec says a string
        "contact_id": "contact-1",
        "status": "open",
        "unread_count": "three",  # the spec says an integer
        "last_message_at": "2026-01-02T03:04:05Z",
        "created_at": "2026-01-02T03:04:05Z",
        "updated_at": "2026-01-02T03:04:05Z",
        "contact": {"id": "contact-1", "phone": "14155550123", "name": "Ada", "tags": []},
        "brand_new": {"x": 1},
    }
    server.route(
        "GET",
        "/api/v1/conversations/0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18",
        Reply(200, {"data": row}),
    )
    with caplog.at_level(logging.WARNING, logger="wacrm_client"):
        got = wacrm_call(make_client)()

    conversation = got.data
    assert isinstance(conversation, wacrm_client.models.Conversation)
    assert conversation.id == 123 and conversation.unread_count == "three"  # as received
    assert conversation.status == "open"
    assert conversation.last_message_at == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert isinstance(conversation.contact, wacrm_client.models.ConversationContact)
    assert conversation.contact.name == "Ada"
    assert conversation.model_extra == {"brand_new": {"x": 1}}
    warnings = [r for r in caplog.records if r.name == "wacrm_client"]
    assert len(warnings) == 1 and warnings[0].levelno == logging.WARNING
    assert "does not match the spec" in warnings[0].getMessage()


async def test_async_page_body_that_does_not_match_the_schema_raises_validation_error_when_strict(
    server: FaultServer, make_async_client: Callable[..., Any]
) -> None:
    server.route("GET", "/api/v1/conversations", Reply(200, {"data": "not a list", "count": 3}))
    client = make_async_client(datacrazy_client.AsyncDataCrazy, strict_response_validation=True)

    with pytest.raises(datacrazy_client.APIResponseValidationError):
        await client.conversations.list()
