"""What an error tells the user (issue 23, findings 3 and 4), against the fault server on loopback.

A send that was answered with a retryable status but not retried, because it may have reached the
server and been processed, says so and carries `may_have_been_processed=True`; a GET retried to the
end does not. A connection error names the method, the host and the operating system's reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import wacrm_client
from faultserver import FaultServer, closed_port_url, dropped, status

PHONE = "+14155550123"


def test_a_send_not_retried_because_it_may_have_been_processed_says_so(
    server: FaultServer, make_client: Callable[..., Any], sleeps: list[float]
) -> None:
    client = make_client(wacrm_client.Wacrm, max_retries=3)
    server.after_send(status(500))
    with pytest.raises(wacrm_client.InternalServerError) as caught:
        client.messages.create(to=PHONE, type="text", text="hello")
    assert caught.value.may_have_been_processed is True
    assert "not retried: the request may have reached the server" in str(caught.value)
    assert "check before sending it again" in str(caught.value)
    assert len(server.messages) == 1 and sleeps == []


def test_a_send_whose_answer_was_lost_says_it_may_have_been_processed(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    client = make_client(wacrm_client.Wacrm, max_retries=3)
    server.after_send(dropped())
    with pytest.raises(wacrm_client.APIConnectionError) as caught:
        client.messages.create(to=PHONE, type="text", text="hello")
    assert caught.value.may_have_been_processed is True
    assert "may have reached the server" in str(caught.value)


def test_an_error_after_every_retry_or_with_retries_off_makes_no_such_claim(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    client = make_client(wacrm_client.Wacrm, max_retries=1)
    server.schedule(status(503), status(503))
    with pytest.raises(wacrm_client.InternalServerError) as retried:
        client.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18")
    assert retried.value.may_have_been_processed is False
    assert "not retried" not in str(retried.value)
    server.after_send(status(500))
    with pytest.raises(wacrm_client.InternalServerError) as unasked:
        client.messages.create(to=PHONE, type="text", text="hello", max_retries=0)
    assert unasked.value.may_have_been_processed is False


def test_a_refused_connection_names_method_host_and_the_os_reason(
    make_client: Callable[..., Any],
) -> None:
    url = closed_port_url()
    client = make_client(wacrm_client.Wacrm, base_url=url, max_retries=0)
    with pytest.raises(wacrm_client.APIConnectionError) as caught:
        client.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18")
    message = str(caught.value)
    host = url.removeprefix("http://")
    assert message.startswith(f"connection error: GET {host}: [Errno ")
    assert "refused" in message.lower() and message.endswith("(ConnectError)")


def test_an_unknown_host_names_the_resolver_reason(make_client: Callable[..., Any]) -> None:
    client = make_client(wacrm_client.Wacrm, base_url="http://no-such-host.invalid", max_retries=0)
    with pytest.raises(wacrm_client.APIConnectionError) as caught:
        client.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18")
    message = str(caught.value)
    assert message.startswith("connection error: GET no-such-host.invalid: [Errno ")
    assert wacrm_client.APIConnectionError is type(caught.value)
