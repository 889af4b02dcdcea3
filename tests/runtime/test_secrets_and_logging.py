"""The API key never shows up in logs, reprs or exceptions, while the debug logs still say what happened.

With `WACRM_LOG=debug`, succeeding and failing calls (retries, dropped connections, timeouts, error
statuses, raw responses, pages) are made; every log record, repr, str and exception text produced is
searched for the key, in full and in part.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from types import MappingProxyType
from typing import Any

import pytest
import wacrm_client
from faultserver import FaultServer, Reply, delayed, dropped, rate_limited, status
from wacrm_client._auth import AuthScheme

PHONE = "+14155550123"


def key_fragments(api_key: str) -> list[str]:
    """The key and every 12-character piece of its secret part."""
    secret = api_key.removeprefix("wacrm_live_")
    return [api_key, *(secret[i : i + 12] for i in range(len(secret) - 11))]


@pytest.mark.usefixtures("restore_loggers")
def test_debug_logs_reprs_and_errors_never_contain_the_api_key(
    server: FaultServer,
    make_client: Callable[..., Any],
    api_key: str,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    sleeps: list[float],
) -> None:
    monkeypatch.setenv("WACRM_LOG", "debug")
    caplog.set_level(logging.DEBUG)  # everything, httpx2's and httpcore2's loggers included
    caplog.set_level(logging.DEBUG, logger="wacrm_client")
    server.serve_pages("wacrm", 150)
    server.route(
        "GET",
        "/api/v1/conversations/missing",
        Reply(404, {"error": {"code": "not_found", "message": "Not found"}}),
    )
    client = make_client(wacrm_client.Wacrm, max_retries=2)
    texts: list[str] = [repr(client), str(client)]

    # Succeeding calls, some after retries.
    server.schedule(status(503), rate_limited("1"))
    page = client.conversations.list(limit=100)
    texts += [repr(page), repr(page.data[0]), str(page.data[0])]
    server.schedule(dropped())
    texts += [repr(item) for item in page.get_next_page().data[:1]]
    raw = client.with_raw_response.conversations.list(limit=100)
    texts += [repr(raw), str(raw.headers), repr(raw.http_response.request)]
    texts.append(repr(client.messages.create(to=PHONE, type="text", text="hello")))

    # Failing calls.
    failures: list[BaseException] = []
    server.route(
        "GET",
        "/api/v1/conversations/0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18",
        Reply(401, {"error": {"code": "unauthorized", "message": "Invalid API key"}}),
    )
    server.schedule(
        *[status(503)] * 3, dropped(), dropped(), dropped(), rate_limited("2"), delayed(0.5)
    )
    calls: list[Callable[[], Any]] = [
        lambda: client.conversations.list(limit=100),  # 503 three times: retries exhausted
        lambda: client.conversations.list(limit=100),  # dropped three times
        lambda: client.messages.create(
            to=PHONE, type="text", text="hello", max_retries=0
        ),  # 429, not retried here
        lambda: client.conversations.list(limit=100, timeout=0.1, max_retries=0),  # timeout
        lambda: client.conversations.retrieve("5a0c4e1f-9b2d-4c3a-8e7f-6d1b0a9c8e2f"),
        lambda: client.conversations.retrieve("0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18"),
    ]
    for call in calls:
        with pytest.raises(wacrm_client.APIError) as info:
            call()
        failures.append(info.value)
    server.after_send(dropped())
    with pytest.raises(wacrm_client.APIConnectionError) as lost:
        client.messages.create(to=PHONE, type="text", text="hello")
    failures.append(lost.value)
    for err in failures:
        texts += [str(err), repr(err), repr(err.args), str(err.__cause__), repr(err.__cause__)]
        if isinstance(err, wacrm_client.APIStatusError):
            texts += [str(err.body), repr(err.response), str(err.headers)]

    # The key really was sent, so its absence from everything else means something.
    assert {r.headers.get("authorization") for r in server.requests} == {f"Bearer {api_key}"}
    log_text = "\n".join(record.getMessage() for record in caplog.records)
    log_text += "\n" + "\n".join(repr(record.args) for record in caplog.records)
    everything = "\n".join([log_text, *texts])
    for fragment in key_fragments(api_key):
        assert fragment not in everything

    # ... and the debug logs still say what happened: method, URL, status, retry decisions.
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name == "wacrm_client")
    assert f"GET {server.base_url}/api/v1/conversations?limit=100" in ours
    assert f"POST {server.base_url}/api/v1/messages" in ours
    assert "503" in ours
    assert "429" in ours
    assert "404" in ours
    assert "retrying in" in ours
    assert "RemoteProtocolError" in ours or "ReadError" in ours
    assert "not retrying a request that may have reached the server" in ours
    assert any(r.levelno == logging.DEBUG and r.name == "wacrm_client" for r in caplog.records)


@pytest.mark.usefixtures("restore_loggers")
def test_logging_is_off_without_the_environment_variable(
    server: FaultServer, make_client: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WACRM_LOG", raising=False)
    server.serve_pages("wacrm", 5)
    logger = logging.getLogger("wacrm_client")
    handlers = list(logger.handlers)

    make_client(wacrm_client.Wacrm).conversations.list()

    assert logger.handlers == handlers  # no handler added, nothing printed by default


def test_client_repr_and_attributes_shown_to_users_hide_the_key(
    server: FaultServer, make_client: Callable[..., Any], api_key: str
) -> None:
    client = make_client(wacrm_client.Wacrm)
    shown = [
        repr(client),
        str(client),
        repr(client.conversations),
        repr(client.with_raw_response),
        f"{client}",
    ]
    for fragment in key_fragments(api_key):
        assert all(fragment not in text for text in shown)
    assert server.base_url in repr(client)


@pytest.mark.parametrize("suffix", ["\n", "\r\n", "\x00"])
def test_api_key_with_cr_lf_or_nul_is_refused_before_any_request_without_echoing_it(
    suffix: str, server: FaultServer, api_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A key read from a file often keeps its trailing newline. Sent as is, httpx2 refuses the header
    # only at send time: that looked like a transient connection error (retried with backoff), and
    # the chained exception printed the whole key in every traceback.
    bad = api_key + suffix
    errors: list[ValueError] = []
    with pytest.raises(ValueError) as info:
        wacrm_client.Wacrm(api_key=bad, base_url=server.base_url)
    errors.append(info.value)
    if "\x00" not in suffix:  # an environment variable cannot hold NUL
        monkeypatch.setenv("WACRM_API_KEY", bad)
        with pytest.raises(ValueError) as info:
            wacrm_client.AsyncWacrm(base_url=server.base_url)
        errors.append(info.value)

    for err in errors:
        assert "api_key" in str(err)
        for fragment in key_fragments(api_key):
            assert fragment not in f"{err} {err!r} {err.__cause__!r} {err.__context__!r}"
    assert server.requests == []


class QueryKeyWacrm(wacrm_client.Wacrm):
    """Wacrm with its key sent as a query parameter: the runtime's `apiKey` `in: query` scheme."""

    _auth_schemes = MappingProxyType({"key": AuthScheme("query", ("api_key",), name="api_key")})
    _auth_requirements = (("key",),)


@pytest.mark.usefixtures("restore_loggers")
def test_api_key_sent_in_the_query_is_masked_in_logs_and_response_reprs(
    server: FaultServer,
    make_client: Callable[..., Any],
    api_key: str,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WACRM_LOG", "debug")
    caplog.set_level(logging.DEBUG, logger="wacrm_client")
    server.serve_pages("wacrm", 150)
    client = make_client(QueryKeyWacrm, max_retries=2)
    server.schedule(status(503), dropped())

    raw = client.with_raw_response.conversations.list(limit=100)
    page = raw.parse()
    page.get_next_page()
    server.schedule(status(404))
    with pytest.raises(wacrm_client.NotFoundError) as info:
        client.conversations.list(limit=100)

    assert server.requests[0].query["api_key"] == [api_key]  # the key did travel in the URL
    ours = [r.getMessage() for r in caplog.records if r.name == "wacrm_client"]
    texts = [*ours, repr(raw), repr(page), str(info.value), repr(info.value)]
    for fragment in key_fragments(api_key):
        assert all(fragment not in text for text in texts)
    assert any("api_key=***" in line and "limit=100" in line for line in ours)
    assert any("answered 503; retrying" in line for line in ours)
