"""When a request is tried again, and how long the client waits first.

One place decides it for the sync and the async client. A request that may have reached the server is
sent again only when repeating it changes nothing: an idempotent method, or an operation that carries
an idempotency key (one key per call, reused on every attempt). A request that never connected is
always safe to repeat. Worth repeating are 408, 429 and every 5xx but 501 and 505 (which a repeat
cannot change), unless the provider's error code (`x-error-codes`) or the server's own
`x-should-retry` header says otherwise. The wait is the server's Retry-After when it asks for more
than 0 and at most 60 s, else exponential backoff with jitter, so that many clients do not retry in
step. The async wait sleeps through whichever async library is running (asyncio or trio).
"""

from __future__ import annotations

import email.utils
import math
import random
import sys
import time
from collections.abc import Mapping

import httpx2

DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
NOT_RETRYABLE_5XX = frozenset({501, 505})  # Not Implemented, HTTP Version Not Supported: a repeat changes nothing
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})


def is_retry_safe(method: str, idempotency_header: str | None) -> bool:
    """May an attempt that possibly reached the server be sent again? Only if a repeat changes nothing."""
    return method in IDEMPOTENT_METHODS or idempotency_header is not None


def never_reached_server(exc: httpx2.TransportError) -> bool:
    """A failure to connect: the server never saw the request, so sending it again is always safe."""
    return isinstance(exc, (httpx2.ConnectError, httpx2.ConnectTimeout))


def is_retryable_status(status_code: int) -> bool:
    """408, 429 and every 5xx but 501 and 505: the statuses a later attempt may answer differently."""
    return status_code in (408, 429) or (500 <= status_code <= 599 and status_code not in NOT_RETRYABLE_5XX)


def should_retry_status(response: httpx2.Response, *, retry_safe: bool, code_retry: bool | None = None) -> bool:
    """Is this non-2xx answer worth another attempt?

    The provider's documented meaning of its error code (`code_retry`, from `x-error-codes`) is asked
    first, then the server's `x-should-retry` header, then the status.
    """
    if code_retry is not None:
        return code_retry and (retry_safe or response.status_code == 429)
    should = response.headers.get("x-should-retry")
    if should == "true":
        return retry_safe or response.status_code == 429
    if should == "false":
        return False
    if not is_retryable_status(response.status_code):
        return False
    # 429 means the request was refused before it was processed: safe to send again.
    return response.status_code == 429 or retry_safe


def new_idempotency_key() -> str:
    """A fresh key for one call (reused by every attempt of it)."""
    import uuid  # imported on first use: most calls never need it, and it is slow to import

    return str(uuid.uuid4())


def parse_retry_after(headers: Mapping[str, str] | httpx2.Headers | None, *, now: float | None = None) -> float | None:
    """Seconds the server asks us to wait (`retry-after-ms`, `Retry-After` seconds or HTTP date), or None."""
    if not headers:
        return None
    if not isinstance(headers, httpx2.Headers):
        headers = httpx2.Headers(headers)  # header names are case-insensitive, a plain Mapping's keys are not
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
    retries_taken: int, headers: Mapping[str, str] | httpx2.Headers | None = None, *, jitter: float | None = None
) -> float:
    """How long to sleep before retry number `retries_taken + 1`.

    The server's Retry-After wins when it asks for more than 0 and at most 60 s; 0, a date in the past
    and longer waits count as no advice (as the anchors do: a retry at once only hammers the server, and
    a client should not hang for minutes on a header). Otherwise 0.5 s x 2^n capped at 8 s, less up to
    25% jitter.
    """
    asked = parse_retry_after(headers)
    if asked is not None and 0 < asked <= MAX_RETRY_AFTER:
        return asked
    delay = min(INITIAL_RETRY_DELAY * (2.0**retries_taken), MAX_RETRY_DELAY)
    factor = 1.0 - 0.25 * (random.random() if jitter is None else jitter)
    return delay * factor


def running_async_library() -> str:
    """The async library the current task runs under: "trio" inside `trio.run`, else "asyncio".

    Sniffed without a dependency: trio is asked only when something imported it. (httpx2's anyio could
    sleep for us, but it is httpx2's dependency, not ours, and an httpx2 release may drop it.)
    """
    trio = sys.modules.get("trio")
    if trio is not None:
        try:
            trio.lowlevel.current_task()
        except RuntimeError:  # trio is imported, but this is not a trio task
            pass
        else:
            return "trio"
    return "asyncio"


async def async_sleep(seconds: float) -> None:
    """The async client's wait between attempts, through whichever async library is running."""
    if running_async_library() == "trio":
        await sys.modules["trio"].sleep(seconds)
        return
    import asyncio  # imported on first use: the sync client never pays for it

    await asyncio.sleep(seconds)
