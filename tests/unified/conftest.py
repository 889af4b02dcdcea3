"""Fixtures: the three fake providers on loopback, and inboxes over clients pointed at them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from chatbotx_client import AsyncChatbotX, ChatbotX
from convapi import AsyncInbox, Inbox
from datacrazy_client import AsyncDataCrazy, DataCrazy
from wacrm_client import AsyncWacrm, Wacrm

from .providers import FakeProvider, running

KEYS = {"wacrm": "wacrm_live_test", "chatbotx": "cbx_test", "datacrazy": "dc_test"}


@pytest.fixture
def fakes() -> Iterator[tuple[FakeProvider, FakeProvider, FakeProvider]]:
    yield from running()


def sync_clients(fakes: tuple[FakeProvider, ...], **options: Any) -> dict[str, Any]:
    wacrm, chatbotx, datacrazy = fakes
    return {
        "wacrm": Wacrm(api_key=KEYS["wacrm"], base_url=wacrm.base_url, **options),
        "chatbotx": ChatbotX(api_key=KEYS["chatbotx"], base_url=chatbotx.base_url, **options),
        "datacrazy": DataCrazy(api_key=KEYS["datacrazy"], base_url=datacrazy.base_url, **options),
    }


def async_clients(fakes: tuple[FakeProvider, ...], **options: Any) -> dict[str, Any]:
    wacrm, chatbotx, datacrazy = fakes
    return {
        "wacrm": AsyncWacrm(api_key=KEYS["wacrm"], base_url=wacrm.base_url, **options),
        "chatbotx": AsyncChatbotX(api_key=KEYS["chatbotx"], base_url=chatbotx.base_url, **options),
        "datacrazy": AsyncDataCrazy(
            api_key=KEYS["datacrazy"], base_url=datacrazy.base_url, **options
        ),
    }


@pytest.fixture
def inbox(fakes: tuple[FakeProvider, FakeProvider, FakeProvider]) -> Inbox:
    return Inbox(**sync_clients(fakes))


@pytest.fixture
def async_inbox(fakes: tuple[FakeProvider, FakeProvider, FakeProvider]) -> AsyncInbox:
    return AsyncInbox(**async_clients(fakes))
