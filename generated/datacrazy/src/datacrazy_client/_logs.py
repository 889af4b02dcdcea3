"""The package's logger: silent by default, switched on by the `<PREFIX>_LOG` environment variable.

Log lines show each request's method, URL and status, and each retry with its reason and delay; an
API key sent as a query parameter is masked in every URL they show. The variable sets the logger's
level; the package prints through its own stderr handler only while no handler of the application
would show the same line (a `logging.basicConfig` before or after), so each line appears once.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, TextIO
from urllib.parse import quote

import httpx2

from ._constants import LOG_ENV, LOGGER_NAME

logger = logging.getLogger(LOGGER_NAME)


if TYPE_CHECKING:
    _StreamHandler = logging.StreamHandler[TextIO]
else:
    _StreamHandler = logging.StreamHandler  # not subscriptable at run time before Python 3.11


class _FallbackHandler(_StreamHandler):
    """Prints to stderr unless a handler up the logger tree (the application's) shows the record anyway."""

    def emit(self, record: logging.LogRecord) -> None:
        parent = logger.parent
        if logger.propagate and parent is not None and parent.hasHandlers():
            return
        super().emit(record)


def setup_logging() -> None:
    """Switch the package's logger on from `<PREFIX>_LOG=debug|info` (off by default)."""
    level = os.environ.get(LOG_ENV, "").strip().lower()
    if level not in ("debug", "info"):
        return
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
    if not any(isinstance(h, _FallbackHandler) for h in logger.handlers):
        handler = _FallbackHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"))
        logger.addHandler(handler)


def redact_query(url: httpx2.URL, name: str) -> str:
    """The URL as text with the value of query parameter `name` (the API key) masked, for logs."""
    if not url.query:
        return str(url)
    wire_name = quote(name, safe="").encode()
    parts = [part if part.split(b"=", 1)[0] != wire_name else wire_name + b"=***" for part in url.query.split(b"&")]
    return str(url.copy_with(query=None)) + "?" + b"&".join(parts).decode("ascii", "replace")
