"""Fixtures: a fresh loopback provider server per test, and cheap httpx2 clients to reach it.

The generated clients accept ``http_client=``; handing them an httpx2 client built on one shared SSL
context skips the ~0.1 s certificate load a default-constructed client costs on every test (the
wire format is the same: the runtime sets every header it relies on per request).
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Iterator
from functools import cache

import httpx2
import pytest

from .support import StubServer, running_stub


@cache
def _ssl_context() -> ssl.SSLContext:
    return ssl.create_default_context()


@pytest.fixture
def stub() -> Iterator[StubServer]:
    yield from running_stub()


@pytest.fixture
def sync_http() -> Iterator[httpx2.Client]:
    with httpx2.Client(verify=_ssl_context(), timeout=5) as client:
        yield client


@pytest.fixture
async def async_http() -> AsyncIterator[httpx2.AsyncClient]:
    async with httpx2.AsyncClient(verify=_ssl_context(), timeout=5) as client:
        yield client
