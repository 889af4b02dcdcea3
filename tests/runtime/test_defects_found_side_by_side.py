"""The defects found by running the generated runtime side by side with the anchors' (issue 12).

One test (or more) per numbered defect, through the generated packages; each failed before the fix.
Defects 7 (Retry-After 0 / over the cap) and 8 (no StopIteration past the last page) are shown in
test_retry_safety.py, test_retry_timing.py and test_pagination.py beside the tests they changed;
defect 11 (InvalidArgumentError) in test_input_safety.py.
"""

from __future__ import annotations

import gzip
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import chatbotx_client
import httpx2
import pytest
import wacrm_client
from faultserver import FaultServer, Reply, conversation_item, status

ROOT = Path(__file__).resolve().parents[2]
KEY = "wacrm_live_Zx9Qk2LmN4pR7sT1vW3yB5dF8hJ0gK6cE2aM4nP7qS9"


class Transport:
    """A MockTransport handler that records requests and answers from a list (the last repeats)."""

    def __init__(self, *answers: httpx2.Response) -> None:
        self.answers = list(answers)
        self.requests: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]


CONVERSATION = {"data": conversation_item("wacrm", 1)}


def wacrm_over(transport: Transport, **kwargs: Any) -> wacrm_client.Wacrm:
    http = httpx2.Client(transport=httpx2.MockTransport(transport), **kwargs.pop("http", {}))
    client = wacrm_client.Wacrm(
        api_key=KEY, base_url="https://crm.test", http_client=http, **kwargs
    )
    client._sleep = lambda _: None
    return client


# 1 -------------------------------------------------------------------------------------------------


def test_1_a_callers_own_http_client_keeps_its_timeout() -> None:
    transport = Transport(httpx2.Response(200, json=CONVERSATION))
    client = wacrm_over(transport, http={"timeout": 3.0})

    client.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18")
    client.conversations.retrieve(
        "0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18", timeout=7.0
    )  # a per-call timeout still wins

    first, second = (r.extensions["timeout"] for r in transport.requests)
    assert first == {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}
    assert second["read"] == 7.0
    assert client.timeout == httpx2.Timeout(3.0)


# 2 -------------------------------------------------------------------------------------------------


def test_2_one_row_that_does_not_match_costs_nothing_and_the_walk_goes_on(
    server: FaultServer, make_client: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    items = [conversation_item("wacrm", i) for i in range(250)]
    items[120]["unread_count"] = "many"  # the spec says an integer
    items[120]["status"] = None  # and a string
    server.serve_pages("wacrm", items)
    client = make_client(wacrm_client.Wacrm)

    with caplog.at_level("WARNING", logger="wacrm_client"):
        walked = list(client.conversations.list(limit=100))

    assert [c.id for c in walked] == [i["id"] for i in items]
    odd = walked[120]
    assert isinstance(odd, wacrm_client.models.Conversation)
    assert (odd.unread_count, odd.status, odd.contact_id) == (
        "many",
        None,
        items[120]["contact_id"],
    )
    assert walked[121].unread_count == items[121]["unread_count"]  # the rows around it validated
    assert len([r for r in caplog.records if r.name == "wacrm_client"]) == 1  # the one odd page

    strict = make_client(wacrm_client.Wacrm, strict_response_validation=True)
    with pytest.raises(wacrm_client.APIResponseValidationError):
        list(strict.conversations.list(limit=100))
    copy = client.with_options(strict_response_validation=True)
    with pytest.raises(wacrm_client.APIResponseValidationError):
        list(copy.conversations.list(limit=100))


# 3 -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("spelling", ["Idempotency-Key", "idempotency-key", "IDEMPOTENCY-KEY"])
def test_3_a_callers_idempotency_key_in_extra_headers_is_the_only_one_and_is_reused(
    spelling: str,
) -> None:
    transport = Transport(httpx2.Response(503), httpx2.Response(201, json={"id": "9"}))
    http = httpx2.Client(transport=httpx2.MockTransport(transport))
    client = chatbotx_client.ChatbotX(api_key="k", base_url="https://cbx.test", http_client=http)
    client._sleep = lambda _: None

    client.conversations.messages.create("1842", text="hi", extra_headers={spelling: "mine-1"})

    assert [r.headers.get_list("idempotency-key") for r in transport.requests] == [["mine-1"]] * 2


def test_3_idempotency_key_argument_wins_over_the_generated_one_on_every_attempt() -> None:
    transport = Transport(httpx2.Response(500), httpx2.Response(201, json={"id": "9"}))
    http = httpx2.Client(transport=httpx2.MockTransport(transport))
    client = chatbotx_client.ChatbotX(api_key="k", base_url="https://cbx.test", http_client=http)
    client._sleep = lambda _: None

    client.conversations.messages.create("1842", text="hi", idempotency_key="mine-2")

    assert [r.headers.get_list("idempotency-key") for r in transport.requests] == [["mine-2"]] * 2


# 4 -------------------------------------------------------------------------------------------------


def test_4_header_names_merge_whatever_their_case() -> None:
    transport = Transport(httpx2.Response(200, json=CONVERSATION))
    client = wacrm_over(transport, default_headers={"user-agent": "my-app/1", "x-team": "a"})
    client.conversations.retrieve(
        "0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18", extra_headers={"X-TEAM": "b", "accept": "*/*"}
    )
    removed = wacrm_over(transport, default_headers={"user-agent": wacrm_client.NOT_GIVEN})
    removed.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18")

    sent, without = transport.requests
    assert sent.headers.get_list("user-agent") == ["my-app/1"]
    assert sent.headers.get_list("x-team") == ["b"]
    assert sent.headers.get_list("accept") == ["*/*"]
    # ours is gone: httpx2's own default is all that is left
    assert without.headers.get_list("user-agent") == [f"python-httpx2/{httpx2.__version__}"]


# 5 -------------------------------------------------------------------------------------------------


def test_5_a_corrupt_gzip_body_is_an_api_connection_error() -> None:
    body = gzip.compress(b'{"data": {}}')[:-8] + b"garbage!"
    corrupt = httpx2.Response(
        200, stream=httpx2.ByteStream(body), headers={"Content-Encoding": "gzip"}
    )
    transport = Transport(corrupt)
    client = wacrm_over(transport)

    with pytest.raises(wacrm_client.APIConnectionError, match="could not be decoded") as info:
        client.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18")
    assert isinstance(info.value.__cause__, httpx2.DecodingError)
    assert len(transport.requests) == 1  # not retried: the same bytes would come back


def test_5_a_redirect_loop_is_an_api_connection_error() -> None:
    loop = httpx2.Response(
        302,
        headers={
            "Location": "https://crm.test/api/v1/conversations/0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18"
        },
    )
    transport = Transport(loop)
    client = wacrm_over(transport, http={"follow_redirects": True})

    with pytest.raises(wacrm_client.APIConnectionError, match="too many redirects") as info:
        client.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18")
    assert isinstance(info.value.__cause__, httpx2.TooManyRedirects)


# 6 -------------------------------------------------------------------------------------------------


def test_6_extra_query_replaces_a_parameter_of_the_call(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    server.serve_pages("wacrm", 30)
    client = make_client(wacrm_client.Wacrm)

    page = client.conversations.list(limit=5, status="open", extra_query={"limit": 10})
    client.conversations.list(limit=5, extra_query={"limit": wacrm_client.NOT_GIVEN})

    first, second = server.requests
    assert first.query == {"limit": ["10"], "status": ["open"]}
    assert "limit" not in second.query
    assert len(page.data) == 10


# 9 -------------------------------------------------------------------------------------------------

LOGGING_SCRIPT = """
import logging, sys, httpx2, wacrm_client
{configure}
transport = httpx2.MockTransport(lambda r: httpx2.Response(200, json={body!r}))
client = wacrm_client.Wacrm(api_key="k", base_url="https://crm.test",
                            http_client=httpx2.Client(transport=transport))
{configure_after}
client.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18")
"""


@pytest.mark.parametrize(
    ("configure", "configure_after"),
    [
        ("logging.basicConfig(stream=sys.stderr, level=logging.WARNING)", ""),
        ("", "logging.basicConfig(stream=sys.stderr, level=logging.WARNING)"),
        ("", ""),
    ],
    ids=["app-configured-first", "app-configured-later", "no-app-logging"],
)
def test_9_each_log_line_is_printed_once(configure: str, configure_after: str) -> None:
    script = LOGGING_SCRIPT.format(
        configure=configure, configure_after=configure_after, body=CONVERSATION
    )
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        env={"PATH": "", "WACRM_LOG": "info", "PYTHONPATH": str(ROOT / "generated/wacrm/src")},
        check=True,
    )
    lines = [line for line in done.stderr.splitlines() if "HTTP GET" in line]
    assert len(lines) == 1, done.stderr


# 10 ------------------------------------------------------------------------------------------------


def test_10_the_async_client_retries_under_trio(server: FaultServer) -> None:
    trio = pytest.importorskip("trio")  # pinned in the dev extras: present wherever the suite runs
    server.route(
        "GET",
        "/api/v1/conversations/0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18",
        Reply(200, CONVERSATION),
    )
    server.schedule(status(503, headers={"retry-after-ms": "20"}), status(502))

    async def main() -> tuple[str, float]:
        async with wacrm_client.AsyncWacrm(api_key=KEY, base_url=server.base_url) as client:
            started = trio.current_time()
            got = await client.conversations.retrieve(
                "0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18"
            )  # real sleeps, through trio
            return got.data.id, trio.current_time() - started

    conversation_id, took = trio.run(main)

    assert conversation_id == CONVERSATION["data"]["id"]
    assert len(server.requests) == 3
    assert took >= 0.02 + 0.375  # the 20 ms asked for, then backoff (0.5 s less up to 25% jitter)


# 12 ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("package", ["wacrm", "chatbotx", "datacrazy"])
def test_12_the_readme_says_which_statuses_are_retried_and_how_timeouts_work(package: str) -> None:
    readme = (ROOT / "generated" / package / "README.md").read_text()
    assert "408, 429 and every 5xx but 501 and 505" in readme
    assert "overall" not in readme.replace("no overall deadline", "")
    assert "no overall deadline" in readme


def test_12_520_and_522_are_retried(server: FaultServer, make_client: Callable[..., Any]) -> None:
    server.route(
        "GET",
        "/api/v1/conversations/0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18",
        Reply(200, CONVERSATION),
    )
    server.schedule(status(520), status(522))
    client = make_client(wacrm_client.Wacrm)

    client.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18")

    assert [r.fault for r in server.requests] == ["status 520", "status 522", None]
