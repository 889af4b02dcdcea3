"""Fixtures: a fresh loopback provider server per test, and cheap httpx clients to reach it.

The generated clients accept ``http_client=``; handing them an httpx client built on one shared SSL
context skips the ~0.1 s certificate load a default-constructed client costs on every test (the
wire format is the same: the runtime sets every header it relies on per request).
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Iterator
from functools import cache

import httpx
import pytest

from .support import StubServer, running_stub


@cache
def _ssl_context() -> ssl.SSLContext:
    return ssl.create_default_context()


@pytest.fixture
def stub() -> Iterator[StubServer]:
    yield from running_stub()


@pytest.fixture
def sync_http() -> Iterator[httpx.Client]:
    with httpx.Client(verify=_ssl_context(), timeout=5) as client:
        yield client


@pytest.fixture
async def async_http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(verify=_ssl_context(), timeout=5) as client:
        yield client
