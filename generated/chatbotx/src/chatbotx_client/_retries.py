"""When a request is tried again, and how long the client waits first.

One place decides it for the sync and the async client. A request that may have reached the server is
sent again only when repeating it changes nothing: an idempotent method, or an operation that carries
an idempotency key (one key per call, reused on every attempt). A request that never connected is
always safe to repeat. Worth repeating are 408, 429 and 500/502/503/504, unless the server's own
`x-should-retry` header says otherwise. The wait is the server's Retry-After when it gives a usable
one (capped), else exponential backoff with jitter, so that many clients do not retry in step.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Mapping

import httpx

DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})


def is_retry_safe(method: str, idempotency_header: str | None) -> bool:
    """May an attempt that possibly reached the server be sent again? Only if a repeat changes nothing."""
    return method in IDEMPOTENT_METHODS or idempotency_header is not None


def never_reached_server(exc: httpx.TransportError) -> bool:
    """A failure to connect: the server never saw the request, so sending it again is always safe."""
    return isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout))


def should_retry_status(response: httpx.Response, *, retry_safe: bool) -> bool:
    """Is this non-2xx answer worth another attempt? The server's `x-should-retry` header is asked first."""
    should = response.headers.get("x-should-retry")
    if should == "true":
        return retry_safe or response.status_code == 429
    if should == "false":
        return False
    if response.status_code not in RETRYABLE_STATUS:
        return False
    # 429 means the request was refused before it was processed: safe to send again.
    return response.status_code == 429 or retry_safe


def new_idempotency_key() -> str:
    """A fresh key for one call (reused by every attempt of it)."""
    import uuid  # imported on first use: most calls never need it, and it is slow to import

    return str(uuid.uuid4())


def parse_retry_after(headers: Mapping[str, str] | httpx.Headers | None, *, now: float | None = None) -> float | None:
    """Seconds the server asks us to wait (`retry-after-ms`, `Retry-After` seconds or HTTP date), or None."""
    if not headers:
        return None
    if not isinstance(headers, httpx.Headers):
        headers = httpx.Headers(headers)  # header names are case-insensitive, a plain Mapping's keys are not
    from_ms = _milliseconds(headers.get("retry-after-ms"))
    if from_ms is not None:
        return from_ms
    raw = headers.get("retry-after")
    if raw is None:
        return None
    return _seconds_or_date(raw.strip(), time.time() if now is None else now)


def _milliseconds(raw: str | None) -> float | None:
    """`retry-after-ms` in seconds; None when absent or not a finite, non-negative number."""
    if raw is None:
        return None
    try:
        ms = float(raw)
    except ValueError:
        return None
    return ms / 1000.0 if math.isfinite(ms) and ms >= 0 else None


def _seconds_or_date(raw: str, now: float) -> float | None:
    """`Retry-After` in seconds: a number of seconds, or an HTTP date (a date in the past is 0)."""
    try:
        seconds = float(raw)
    except ValueError:
        parsed = email.utils.parsedate_tz(raw)
        if parsed is None:
            return None
        return max(float(email.utils.mktime_tz(parsed)) - now, 0.0)
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def retry_delay(
    retries_taken: int, headers: Mapping[str, str] | httpx.Headers | None = None, *, jitter: float | None = None
) -> float:
    """How long to sleep before retry number `retries_taken + 1`.

    The server's Retry-After wins (capped at 60 s); otherwise 0.5 s x 2^n capped at 8 s, less up to 25% jitter.
    """
    asked = parse_retry_after(headers)
    if asked is not None:
        return min(asked, MAX_RETRY_AFTER)
    delay = min(INITIAL_RETRY_DELAY * (2.0**retries_taken), MAX_RETRY_DELAY)
    factor = 1.0 - 0.25 * (random.random() if jitter is None else jitter)
    return delay * factor


async def async_sleep(seconds: float) -> None:
    """The async client's wait between attempts."""
    import asyncio  # imported on first use: the sync client never pays for it

    await asyncio.sleep(seconds)
