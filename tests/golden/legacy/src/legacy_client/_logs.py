"""The package's logger: silent by default, switched on by the `<PREFIX>_LOG` environment variable.

Log lines show each request's method, URL and status, and each retry with its reason and delay; an
API key sent as a query parameter is masked in every URL they show.
"""

from __future__ import annotations

import logging
import os
from urllib.parse import quote

import httpx

from ._constants import LOG_ENV, LOGGER_NAME

logger = logging.getLogger(LOGGER_NAME)


def setup_logging() -> None:
    """Switch the package's logger on from `<PREFIX>_LOG=debug|info` (off by default)."""
    level = os.environ.get(LOG_ENV, "").strip().lower()
    if level in ("debug", "info") and not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)


def redact_query(url: httpx.URL, name: str) -> str:
    """The URL as text with the value of query parameter `name` (the API key) masked, for logs."""
    if not url.query:
        return str(url)
    wire_name = quote(name, safe="").encode()
    parts = [part if part.split(b"=", 1)[0] != wire_name else wire_name + b"=***" for part in url.query.split(b"&")]
    return str(url.copy_with(query=None)) + "?" + b"&".join(parts).decode("ascii", "replace")
