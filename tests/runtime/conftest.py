"""Fixtures of the runtime tests: a fault server per test and clients pointed at it with recorded sleeps."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import pytest
from faultserver import FaultServer

# A key in Wacrm's real format, so that a leak test would notice any part of it.
API_KEY = "wacrm_live_Zx9Qk2LmN4pR7sT1vW3yB5dF8hJ0gK6cE2aM4nP7qS9"
CLIENT_TIMEOUT = 5.0  # every test client gives up after this: nothing can hang the suite


@pytest.fixture(autouse=True)
def no_proxy_for_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx2 honours *_PROXY variables: keep loopback traffic off any proxy a CI machine sets."""
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.setenv(name, "127.0.0.1,localhost")


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer(lifetime=60.0) as srv:
        yield srv


@pytest.fixture
def api_key() -> str:
    return API_KEY


@pytest.fixture
def sleeps() -> list[float]:
    """The delays the clients asked to sleep for; nothing really sleeps."""
    return []


def async_recorder(sleeps: list[float]) -> Callable[[float], Awaitable[None]]:
    async def sleep(delay: float) -> None:
        sleeps.append(delay)

    return sleep


@pytest.fixture
def make_client(server: FaultServer, sleeps: list[float]) -> Iterator[Callable[..., Any]]:
    """Build a sync client of the given class for the fault server; closed after the test."""
    made: list[Any] = []

    def make(cls: type[Any], **kwargs: Any) -> Any:
        kwargs.setdefault("api_key", API_KEY)
        kwargs.setdefault("base_url", server.base_url)
        kwargs.setdefault("timeout", CLIENT_TIMEOUT)
        client = cls(**kwargs)
        client._sleep = sleeps.append
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
async def make_async_client(
    server: FaultServer, sleeps: list[float]
) -> AsyncIterator[Callable[..., Any]]:
    """Build an async client of the given class for the fault server; closed after the test."""
    made: list[Any] = []

    def make(cls: type[Any], **kwargs: Any) -> Any:
        kwargs.setdefault("api_key", API_KEY)
        kwargs.setdefault("base_url", server.base_url)
        kwargs.setdefault("timeout", CLIENT_TIMEOUT)
        client = cls(**kwargs)
        client._async_sleep = async_recorder(sleeps)
        made.append(client)
        return client

    yield make
    for client in made:
        await client.close()


@pytest.fixture
def restore_loggers() -> Iterator[None]:
    """Undo what `<PREFIX>_LOG=debug` does to the packages' loggers (a handler and a level)."""
    names = ("wacrm_client", "chatbotx_client", "datacrazy_client")
    saved = {
        name: (logging.getLogger(name).level, list(logging.getLogger(name).handlers))
        for name in names
    }
    yield
    for name, (level, handlers) in saved.items():
        logger = logging.getLogger(name)
        logger.setLevel(level)
        logger.handlers[:] = handlers
