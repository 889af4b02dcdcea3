"""Retry-After parsing and the backoff schedule of the shared runtime (`parse_retry_after`, `retry_delay`)."""

from __future__ import annotations

import email.utils
import random

import httpx2
import pytest
from wacrm_client._retries import MAX_RETRY_AFTER, parse_retry_after, retry_delay

NOW = 1_700_000_000.0  # a fixed "now" for HTTP dates
IN_30_S = email.utils.formatdate(NOW + 30, usegmt=True)
AGO_30_S = email.utils.formatdate(NOW - 30, usegmt=True)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        pytest.param({"Retry-After": "7"}, 7.0, id="seconds"),
        pytest.param({"Retry-After": "0"}, 0.0, id="zero"),
        pytest.param({"Retry-After": " 3 "}, 3.0, id="seconds-with-spaces"),
        pytest.param({"Retry-After": "1.5"}, 1.5, id="fractional-seconds"),
        pytest.param({"Retry-After": IN_30_S}, 30.0, id="http-date-in-30s"),
        pytest.param({"Retry-After": AGO_30_S}, 0.0, id="http-date-in-the-past"),
        pytest.param({"retry-after-ms": "250"}, 0.25, id="retry-after-ms"),
        pytest.param(
            {"retry-after-ms": "250", "Retry-After": "9"}, 0.25, id="ms-wins-over-seconds"
        ),
        pytest.param(
            {"retry-after-ms": "soon", "Retry-After": "9"},
            9.0,
            id="garbage-ms-falls-back-to-seconds",
        ),
        pytest.param(
            {"retry-after-ms": "-5", "Retry-After": "9"},
            9.0,
            id="negative-ms-falls-back-to-seconds",
        ),
        pytest.param({"Retry-After": "120"}, 120.0, id="over-the-cap-parsed-as-is"),
        pytest.param({}, None, id="absent"),
        pytest.param(None, None, id="no-headers"),
        pytest.param({"Retry-After": "soon"}, None, id="garbage"),
        pytest.param({"Retry-After": ""}, None, id="empty"),
        pytest.param({"Retry-After": "-5"}, None, id="negative"),
        pytest.param({"Retry-After": "nan"}, None, id="nan"),
        pytest.param({"Retry-After": "inf"}, None, id="infinite"),
    ],
)
def test_parse_retry_after_reads_seconds_dates_and_ms(
    headers: dict[str, str] | None, expected: float | None
) -> None:
    assert parse_retry_after(headers, now=NOW) == expected
    if headers is not None:  # the same from real httpx2.Headers (case-insensitive lookups)
        assert parse_retry_after(httpx2.Headers(headers), now=NOW) == expected


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        pytest.param({"Retry-After": "7"}, 7.0, id="seconds"),
        pytest.param({"Retry-After": "1.5"}, 1.5, id="fractional"),
        pytest.param({"retry-after-ms": "250"}, 0.25, id="ms"),
        pytest.param({"Retry-After": "60"}, 60.0, id="at-the-cap"),
    ],
)
def test_retry_delay_obeys_retry_after_up_to_60_seconds(
    headers: dict[str, str], expected: float
) -> None:
    assert MAX_RETRY_AFTER == 60.0
    # The server's wish is used as it is: no jitter, whatever the attempt number.
    for attempt in (0, 3, 10):
        assert retry_delay(attempt, headers) == expected
        assert retry_delay(attempt, httpx2.Headers(headers), jitter=1.0) == expected


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param(None, id="absent"),
        pytest.param({"Retry-After": "soon"}, id="garbage"),
        pytest.param({"Retry-After": "-5"}, id="negative"),
        pytest.param({"Retry-After": "0"}, id="zero"),
        pytest.param({"retry-after-ms": "0"}, id="zero-ms"),
        pytest.param({"Retry-After": "61"}, id="over-the-cap"),
        pytest.param({"Retry-After": "86400"}, id="a-day"),
        pytest.param({"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"}, id="far-future-date"),
        pytest.param({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, id="date-in-the-past"),
        pytest.param({"X-Other": "1"}, id="unrelated-headers"),
    ],
)
def test_retry_delay_falls_back_to_backoff_without_a_usable_retry_after(
    headers: dict[str, str] | None,
) -> None:
    assert [retry_delay(n, headers, jitter=0.0) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


def test_backoff_doubles_from_half_a_second_and_stays_at_8_seconds() -> None:
    assert [retry_delay(n, jitter=0.0) for n in range(8)] == [
        0.5,
        1.0,
        2.0,
        4.0,
        8.0,
        8.0,
        8.0,
        8.0,
    ]
    assert retry_delay(100, jitter=0.0) == 8.0  # no overflow far down the line


def test_full_jitter_takes_off_exactly_a_quarter() -> None:
    assert [retry_delay(n, jitter=1.0) for n in range(6)] == [0.375, 0.75, 1.5, 3.0, 6.0, 6.0]
    assert retry_delay(2, jitter=0.5) == 2.0 * 0.875


def test_default_jitter_stays_within_three_quarters_and_the_full_delay(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        random, "random", random.Random(20260102).random
    )  # seeded, global state untouched
    base = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    seen: list[float] = []
    for _ in range(200):
        for n, full in enumerate(base):
            delay = retry_delay(n)
            assert 0.75 * full <= delay <= full
            seen.append(delay / full)
    assert max(seen) - min(seen) > 0.1  # it really is jittered, not a constant factor
