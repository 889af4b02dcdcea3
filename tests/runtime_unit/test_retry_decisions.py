"""`_retries`: which answers and failures are tried again, which requests may be sent twice, and the wait.

Tables, so that a change to any one decision shows as one changed row.
"""

from __future__ import annotations

import email.utils

import httpx2
import pytest
from runtime import _retries
from runtime._retries import (
    MAX_RETRY_AFTER,
    is_retry_safe,
    never_reached_server,
    new_idempotency_key,
    parse_retry_after,
    retry_delay,
    should_retry_status,
)

NOW = 1_700_000_000.0
IN_30_S = email.utils.formatdate(NOW + 30, usegmt=True)
AGO_30_S = email.utils.formatdate(NOW - 30, usegmt=True)


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"Retry-After": "7"}, 7.0),
        ({"Retry-After": "0"}, 0.0),
        ({"Retry-After": " 3 "}, 3.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"Retry-After": "120"}, 120.0),  # parsed as sent; the cap applies in retry_delay
        ({"Retry-After": IN_30_S}, 30.0),
        ({"Retry-After": AGO_30_S}, 0.0),
        ({"Retry-After": "Wed, 99 Foo 2024 99:99:99 GMT"}, None),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "0"}, 0.0),
        ({"retry-after-ms": "250", "Retry-After": "9"}, 0.25),
        ({"retry-after-ms": "soon", "Retry-After": "9"}, 9.0),
        ({"retry-after-ms": "-5", "Retry-After": "9"}, 9.0),
        ({"retry-after-ms": "nan", "Retry-After": "9"}, 9.0),
        ({"retry-after-ms": "inf"}, None),
        ({"RETRY-AFTER": "4"}, 4.0),  # header names are case-insensitive
        ({"Retry-After": "soon"}, None),
        ({"Retry-After": ""}, None),
        ({"Retry-After": "-5"}, None),
        ({"Retry-After": "nan"}, None),
        ({"Retry-After": "inf"}, None),
        ({"Retry-After": "-inf"}, None),
        ({}, None),
        (None, None),
    ],
)
def test_retry_after_table(headers: dict[str, str] | None, seconds: float | None) -> None:
    assert parse_retry_after(headers, now=NOW) == seconds
    if headers is not None:
        assert parse_retry_after(httpx2.Headers(headers), now=NOW) == seconds


@pytest.mark.parametrize(
    ("attempt", "headers", "jitter", "delay"),
    [
        # No usable Retry-After: 0.5 s x 2^attempt, capped at 8 s, less jitter x 25%.
        (0, None, 0.0, 0.5),
        (1, None, 0.0, 1.0),
        (2, None, 0.0, 2.0),
        (3, None, 0.0, 4.0),
        (4, None, 0.0, 8.0),
        (9, None, 0.0, 8.0),
        (0, None, 1.0, 0.375),
        (4, None, 1.0, 6.0),
        (2, None, 0.5, 1.75),
        (1, {"Retry-After": "soon"}, 0.0, 1.0),
        # The server's wait wins over backoff and jitter, capped at MAX_RETRY_AFTER.
        (0, {"Retry-After": "3"}, 1.0, 3.0),
        (5, {"Retry-After": "3"}, 0.0, 3.0),
        (0, {"Retry-After": "60"}, 0.0, MAX_RETRY_AFTER),
        (0, {"retry-after-ms": "1500"}, 0.0, 1.5),
        # 0, a date in the past, a negative or an over-the-cap wait is no advice: back off (as the
        # anchors do), never retry at once nor hang for minutes.
        (0, {"Retry-After": "0"}, 0.0, 0.5),
        (1, {"retry-after-ms": "0"}, 0.0, 1.0),
        (0, {"Retry-After": AGO_30_S}, 0.0, 0.5),
        (0, {"Retry-After": "-1"}, 0.0, 0.5),
        (0, {"Retry-After": "61"}, 0.0, 0.5),
        (2, {"Retry-After": "600"}, 0.0, 2.0),
    ],
)
def test_backoff_table(
    attempt: int, headers: dict[str, str] | None, jitter: float, delay: float
) -> None:
    assert retry_delay(attempt, headers, jitter=jitter) == delay


def test_jitter_is_random_between_75_and_100_percent_of_the_backoff() -> None:
    delays = {retry_delay(2) for _ in range(200)}
    assert all(1.5 <= d <= 2.0 for d in delays)
    assert len(delays) > 1


@pytest.mark.parametrize(
    ("method", "idempotency_header", "safe"),
    [
        ("GET", None, True),
        ("HEAD", None, True),
        ("OPTIONS", None, True),
        ("PUT", None, True),
        ("DELETE", None, True),
        ("TRACE", None, True),
        ("POST", None, False),
        ("PATCH", None, False),
        ("POST", "Idempotency-Key", True),
        ("PATCH", "Idempotency-Key", True),
    ],
)
def test_which_requests_may_be_sent_twice(
    method: str, idempotency_header: str | None, safe: bool
) -> None:
    assert is_retry_safe(method, idempotency_header) is safe


# status, x-should-retry, retried when the request may be repeated, retried when it may not
STATUS_TABLE = [
    (400, None, False, False),
    (401, None, False, False),
    (403, None, False, False),
    (404, None, False, False),
    (408, None, True, False),
    (409, None, False, False),
    (422, None, False, False),
    (429, None, True, True),  # refused before it was processed: always safe
    (500, None, True, False),
    (501, None, False, False),
    (502, None, True, False),
    (503, None, True, False),
    (504, None, True, False),
    (505, None, False, False),
    (507, None, True, False),
    (520, None, True, False),  # Cloudflare's: the origin answered nothing usable
    (522, None, True, False),
    (599, None, True, False),
    (409, "true", True, False),
    (400, "true", True, False),
    (429, "true", True, True),
    (503, "false", False, False),
    (429, "false", False, False),
    (503, "maybe", True, False),  # anything but true/false is ignored
]


@pytest.mark.parametrize(("status", "should_retry", "when_safe", "when_unsafe"), STATUS_TABLE)
def test_which_statuses_are_retried(
    status: int, should_retry: str | None, when_safe: bool, when_unsafe: bool
) -> None:
    headers = {"x-should-retry": should_retry} if should_retry is not None else {}
    response = httpx2.Response(status, headers=headers)
    assert should_retry_status(response, retry_safe=True) is when_safe
    assert should_retry_status(response, retry_safe=False) is when_unsafe


def test_the_retryable_statuses_are_exactly_the_documented_ones() -> None:
    """The package README says: 408, 429 and every 5xx but 501 and 505."""
    retried = {s for s in range(100, 600) if _retries.is_retryable_status(s)}
    assert retried == {408, 429} | set(range(500, 600)) - {501, 505}


@pytest.mark.parametrize(
    ("status", "code_retry", "safe", "retried"),
    [
        (
            500,
            False,
            True,
            False,
        ),  # the provider says a repeat cannot help: not even a GET on a 5xx
        (429, False, True, False),
        (503, False, True, False),
        (400, True, True, True),  # the provider says this code is transient
        (400, True, False, False),  # ... but a request that may not be repeated still is not
        (429, True, False, True),
        (503, None, True, True),  # no advice: the status decides
    ],
)
def test_the_providers_error_code_decides_before_the_status(
    status: int, code_retry: bool | None, safe: bool, retried: bool
) -> None:
    response = httpx2.Response(
        status, headers={"x-should-retry": "true"} if code_retry is False else {}
    )
    assert should_retry_status(response, retry_safe=safe, code_retry=code_retry) is retried


REQUEST = httpx2.Request("POST", "https://api.example.com/x")


@pytest.mark.parametrize(
    ("exc", "never_sent"),
    [
        (httpx2.ConnectError("refused", request=REQUEST), True),
        (httpx2.ConnectTimeout("slow", request=REQUEST), True),
        (httpx2.ReadTimeout("slow", request=REQUEST), False),
        (httpx2.WriteTimeout("slow", request=REQUEST), False),
        (httpx2.PoolTimeout("busy", request=REQUEST), False),
        (httpx2.ReadError("reset", request=REQUEST), False),
        (httpx2.WriteError("broken pipe", request=REQUEST), False),
        (httpx2.RemoteProtocolError("garbled", request=REQUEST), False),
    ],
)
def test_only_a_failure_to_connect_proves_the_server_never_saw_the_request(
    exc: httpx2.TransportError, never_sent: bool
) -> None:
    assert never_reached_server(exc) is never_sent


def test_idempotency_keys_are_fresh_uuids() -> None:
    keys = {new_idempotency_key() for _ in range(50)}
    assert len(keys) == 50
    assert all(len(k) == 36 and k.count("-") == 4 for k in keys)
