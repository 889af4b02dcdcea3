"""Which failures are retried: never a send that may have reached the server, unless it carries an idempotency key.

The fault server records each send before it misbehaves, so "exactly one message recorded" proves
the client did not send twice. GETs are retried on transient statuses and dropped connections;
`max_retries` works on the client and per call.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from typing import Any

import chatbotx_client
import datacrazy_client
import pytest
import wacrm_client
from faultserver import FaultServer, Reply, closed_port_url, dropped, rate_limited, status

PHONE = "+14155550123"
CONVERSATION = "/api/v1/conversations/0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18"
CONVERSATION_BODY = {
    "data": {
        "id": "0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18",
        "contact_id": "contact-1",
        "status": "open",
        "assigned_agent_id": None,
        "last_message_text": None,
        "last_message_at": None,
        "unread_count": 0,
        "created_at": "2026-01-02T03:04:05Z",
        "updated_at": "2026-01-02T03:04:05Z",
        "contact": None,
    }
}


@pytest.fixture
def wacrm(server: FaultServer, make_client: Callable[..., Any]) -> Any:
    server.route("GET", CONVERSATION, Reply(200, CONVERSATION_BODY))
    return make_client(wacrm_client.Wacrm, max_retries=3)


# --------------------------------------------------------------------------------------------------
# Sends without an idempotency key


def test_send_whose_answer_is_lost_raises_connection_error_and_is_not_sent_twice(
    server: FaultServer, wacrm: Any, sleeps: list[float]
) -> None:
    server.after_send(dropped())

    with pytest.raises(wacrm_client.APIConnectionError) as info:
        wacrm.messages.create(to=PHONE, type="text", text="hello")

    assert not isinstance(info.value, wacrm_client.APITimeoutError)
    assert len(server.messages) == 1
    assert server.messages[0]["body"] == {"to": PHONE, "type": "text", "text": "hello"}
    assert len(server.requests) == 1
    assert sleeps == []


async def test_async_send_whose_answer_is_lost_is_not_sent_twice(
    server: FaultServer, make_async_client: Callable[..., Any], sleeps: list[float]
) -> None:
    client = make_async_client(wacrm_client.AsyncWacrm, max_retries=3)
    server.after_send(dropped())

    with pytest.raises(wacrm_client.APIConnectionError):
        await client.messages.create(to=PHONE, type="text", text="hello")

    assert len(server.messages) == 1
    assert len(server.requests) == 1
    assert sleeps == []


def test_datacrazy_send_whose_answer_is_lost_is_not_sent_twice(
    server: FaultServer, make_client: Callable[..., Any], sleeps: list[float]
) -> None:
    client = make_client(datacrazy_client.DataCrazy, max_retries=3)
    server.after_send(dropped())

    with pytest.raises(datacrazy_client.APIConnectionError):
        client.conversations.messages.create("c" * 24, body="hello")

    assert len(server.messages) == 1
    assert sleeps == []


@pytest.mark.parametrize("code", [500, 502, 503, 504, 408])
def test_send_answered_with_a_server_error_is_not_retried(
    code: int, server: FaultServer, wacrm: Any, sleeps: list[float]
) -> None:
    server.after_send(status(code))

    with pytest.raises(wacrm_client.APIStatusError) as info:
        wacrm.messages.create(to=PHONE, type="text", text="hello")

    assert info.value.status_code == code
    assert len(server.messages) == 1
    assert len(server.requests) == 1
    assert sleeps == []


def test_send_refused_with_429_is_retried_after_retry_after(
    server: FaultServer, wacrm: Any, sleeps: list[float]
) -> None:
    server.schedule(rate_limited("3"), rate_limited("4"))  # refused before it was processed

    result = wacrm.messages.create(to=PHONE, type="text", text="hello")

    assert result.data.message_id == "msg-1"
    assert len(server.messages) == 1
    assert [r.fault for r in server.requests] == ["status 429", "status 429", None]
    assert sleeps == [3.0, 4.0]


def test_send_refused_with_429_gives_up_after_max_retries_with_rate_limit_error(
    server: FaultServer, wacrm: Any, sleeps: list[float]
) -> None:
    server.schedule(*[rate_limited("5")] * 4)

    with pytest.raises(wacrm_client.RateLimitError) as info:
        wacrm.messages.create(to=PHONE, type="text", text="hello")

    assert info.value.retry_after == 5.0
    assert len(server.requests) == 4
    assert server.messages == []
    assert sleeps == [5.0, 5.0, 5.0]


def test_send_that_cannot_connect_is_retried_then_raises_connection_error(
    make_client: Callable[..., Any], sleeps: list[float]
) -> None:
    client = make_client(wacrm_client.Wacrm, base_url=closed_port_url(), max_retries=3)

    with pytest.raises(wacrm_client.APIConnectionError):
        client.messages.create(to=PHONE, type="text", text="hello")

    assert len(sleeps) == 3  # 4 attempts: nothing reached a server, so the POST could be repeated
    assert all(0.75 * b <= s <= b for s, b in zip(sleeps, [0.5, 1.0, 2.0], strict=True))  # backoff


async def test_async_send_that_cannot_connect_is_retried(
    make_async_client: Callable[..., Any], sleeps: list[float]
) -> None:
    client = make_async_client(wacrm_client.AsyncWacrm, base_url=closed_port_url(), max_retries=2)

    with pytest.raises(wacrm_client.APIConnectionError):
        await client.messages.create(to=PHONE, type="text", text="hello")

    assert len(sleeps) == 2


# --------------------------------------------------------------------------------------------------
# Sends with an idempotency key (ChatbotX)


def test_idempotent_send_whose_answer_is_lost_is_retried_with_the_same_key(
    server: FaultServer, make_client: Callable[..., Any], sleeps: list[float]
) -> None:
    client = make_client(chatbotx_client.ChatbotX, max_retries=3)
    server.after_send(dropped())

    message = client.conversations.messages.create("1842", text="hi")

    assert message is not None
    assert message.id == "1"
    assert message.text == "hi"
    assert len(server.messages) == 1
    attempts = server.requests_to("/v1/conversations/1842/messages", "POST")
    assert len(attempts) == 2
    keys = {r.headers.get("idempotency-key") for r in attempts}
    assert len(keys) == 1
    assert None not in keys
    assert len(sleeps) == 1


def test_idempotent_send_keeps_its_key_through_several_lost_answers_and_statuses(
    server: FaultServer, make_client: Callable[..., Any], sleeps: list[float]
) -> None:
    client = make_client(chatbotx_client.ChatbotX, max_retries=5)
    server.after_send(dropped())
    server.schedule(None, dropped(), status(503))  # then the retries meet a lost answer and a 503

    message = client.conversations.messages.create("1842", text="hi")

    assert message is not None and message.id == "1"
    assert len(server.messages) == 1
    attempts = server.requests_to("/v1/conversations/1842/messages", "POST")
    assert len(attempts) == 4
    assert len({r.headers["idempotency-key"] for r in attempts}) == 1
    assert len(sleeps) == 3


def test_each_idempotent_send_gets_its_own_key(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    client = make_client(chatbotx_client.ChatbotX)

    client.conversations.messages.create("1842", text="one")
    client.conversations.messages.create("1842", text="two")

    assert len(server.messages) == 2
    assert server.messages[0]["idempotency_key"] != server.messages[1]["idempotency_key"]


def test_caller_supplied_idempotency_key_is_sent_as_given(
    server: FaultServer, make_client: Callable[..., Any], sleeps: list[float]
) -> None:
    client = make_client(chatbotx_client.ChatbotX, max_retries=2)
    server.after_send(dropped())

    client.conversations.messages.create("1842", text="hi", idempotency_key="order-77-reply")
    again = client.conversations.messages.create(
        "1842", text="hi", idempotency_key="order-77-reply"
    )

    assert [r.headers["idempotency-key"] for r in server.requests] == ["order-77-reply"] * 3
    assert len(server.messages) == 1  # the caller's own retry is deduplicated by the server too
    assert again is not None and again.id == "1"


async def test_async_idempotent_send_whose_answer_is_lost_is_retried_with_the_same_key(
    server: FaultServer, make_async_client: Callable[..., Any], sleeps: list[float]
) -> None:
    client = make_async_client(chatbotx_client.AsyncChatbotX, max_retries=3)
    server.after_send(dropped())

    message = await client.conversations.messages.create("1842", text="hi")

    assert message is not None and message.id == "1"
    assert len(server.messages) == 1
    assert len({r.headers["idempotency-key"] for r in server.requests}) == 1
    assert len(server.requests) == 2


# --------------------------------------------------------------------------------------------------
# GETs


@pytest.mark.parametrize("code", [500, 502, 503, 504, 408])
def test_get_is_retried_on_transient_status(
    code: int, server: FaultServer, wacrm: Any, sleeps: list[float]
) -> None:
    server.schedule(status(code), status(code))

    conversation = wacrm.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18")

    assert conversation.data.id == "0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18"
    assert len(server.requests) == 3
    assert all(0.75 * b <= s <= b for s, b in zip(sleeps, [0.5, 1.0], strict=True))  # backoff


@pytest.mark.parametrize("code", [400, 401, 403, 404, 409, 422])
def test_get_is_not_retried_on_client_errors(
    code: int, server: FaultServer, wacrm: Any, sleeps: list[float]
) -> None:
    server.schedule(status(code))

    with pytest.raises(wacrm_client.APIStatusError):
        wacrm.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18")

    assert len(server.requests) == 1
    assert sleeps == []


def test_get_is_retried_on_a_dropped_connection(
    server: FaultServer, wacrm: Any, sleeps: list[float]
) -> None:
    server.schedule(dropped(), dropped())

    assert (
        wacrm.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18").data.id
        == "0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18"
    )
    assert len(server.requests) == 3
    assert len(sleeps) == 2


def test_get_503_with_retry_after_waits_as_asked(
    server: FaultServer, wacrm: Any, sleeps: list[float]
) -> None:
    server.schedule(status(503, headers={"Retry-After": "1"}))

    wacrm.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18")

    assert sleeps == [1.0]


def test_get_gives_up_after_max_retries_with_the_last_error(
    server: FaultServer, wacrm: Any, sleeps: list[float]
) -> None:
    server.schedule(*[status(503)] * 4)

    with pytest.raises(wacrm_client.InternalServerError):
        wacrm.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18")

    assert len(server.requests) == 4  # max_retries=3 on the client
    assert len(sleeps) == 3


def test_max_retries_zero_per_call_disables_retries(
    server: FaultServer, wacrm: Any, sleeps: list[float]
) -> None:
    server.schedule(status(503))
    with pytest.raises(wacrm_client.InternalServerError):
        wacrm.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18", max_retries=0)
    server.schedule(dropped())
    with pytest.raises(wacrm_client.APIConnectionError):
        wacrm.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18", max_retries=0)

    assert len(server.requests) == 2
    assert sleeps == []


def test_max_retries_on_the_client_applies_and_a_per_call_value_overrides_it(
    server: FaultServer, make_client: Callable[..., Any], sleeps: list[float]
) -> None:
    server.route("GET", CONVERSATION, Reply(200, CONVERSATION_BODY))
    client = make_client(wacrm_client.Wacrm, max_retries=1)

    server.schedule(status(503), status(503))
    with pytest.raises(wacrm_client.InternalServerError):
        client.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18")
    assert len(server.requests) == 2

    server.schedule(status(503), status(503))
    assert (
        client.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18", max_retries=2).data.id
        == "0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18"
    )
    assert len(server.requests) == 5

    no_retry = make_client(wacrm_client.Wacrm, max_retries=0)
    server.schedule(status(503))
    with pytest.raises(wacrm_client.InternalServerError):
        no_retry.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18")
    assert len(server.requests) == 6
    assert len(sleeps) == 3


def test_negative_max_retries_is_refused(server: FaultServer) -> None:
    with pytest.raises(ValueError):
        wacrm_client.Wacrm(api_key="k", base_url=server.base_url, max_retries=-1)


def test_paging_uses_the_per_call_max_retries_for_every_page(
    server: FaultServer, make_client: Callable[..., Any], sleeps: list[float]
) -> None:
    server.serve_pages("wacrm", 150)
    client = make_client(wacrm_client.Wacrm, max_retries=5)
    page = client.conversations.list(limit=100, max_retries=0)

    server.schedule(status(503))
    with pytest.raises(wacrm_client.InternalServerError):
        page.get_next_page()
    assert sleeps == []


# --------------------------------------------------------------------------------------------------
# What the server says about retrying


def test_retry_after_over_a_minute_or_of_zero_falls_back_to_backoff(
    server: FaultServer, wacrm: Any, sleeps: list[float]
) -> None:
    """As the anchors do: a wait over the 60 s cap is no advice (backoff, not a minute's hang), and
    neither is `Retry-After: 0` (which would retry at once)."""
    server.schedule(
        rate_limited("3600"),
        status(503, headers={"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"}),
        rate_limited("0"),
    )

    wacrm.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18")

    assert len(sleeps) == 3
    assert 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0 and 1.5 <= sleeps[2] <= 2.0


def test_retry_after_as_an_http_date_waits_until_then(
    server: FaultServer, wacrm: Any, sleeps: list[float]
) -> None:
    server.schedule(
        status(503, headers={"Retry-After": email.utils.formatdate(time.time() + 30, usegmt=True)})
    )

    wacrm.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18")

    (delay,) = sleeps
    assert 28.0 <= delay <= 30.0  # whole seconds on the wire


def test_garbage_retry_after_falls_back_to_backoff(
    server: FaultServer, wacrm: Any, sleeps: list[float]
) -> None:
    server.schedule(rate_limited("in a while"), rate_limited("-3"))

    wacrm.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18")

    assert 0.375 <= sleeps[0] <= 0.5
    assert 0.75 <= sleeps[1] <= 1.0


def test_x_should_retry_header_overrides_the_status(
    server: FaultServer, wacrm: Any, sleeps: list[float]
) -> None:
    server.schedule(status(503, headers={"x-should-retry": "false"}))
    with pytest.raises(wacrm_client.InternalServerError):
        wacrm.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18")
    assert len(server.requests) == 1

    server.schedule(status(400, headers={"x-should-retry": "true"}))
    assert (
        wacrm.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18").data.id
        == "0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18"
    )
    assert len(server.requests) == 3

    server.after_send(
        status(500, headers={"x-should-retry": "true"})
    )  # never for a send that may have happened
    with pytest.raises(wacrm_client.InternalServerError):
        wacrm.messages.create(to=PHONE, type="text", text="hello")
    assert len(server.messages) == 1
    assert len(sleeps) == 1
