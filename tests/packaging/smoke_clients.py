"""Smoke run of the three generated clients against the Prism mocks; a script, run by the packaging tests.

Runs under any CPython >= 3.10 with httpx and pydantic installed. Each client reads its base URL and
API key from ``<NAME>_BASE_URL`` / ``<NAME>_API_KEY``. It lists with pagination, sends, and checks a
typed error, sync and async; then prints one JSON line describing what it imported.
"""

from __future__ import annotations

import asyncio
import json
import platform
import sys

PREFER_404 = {"Prefer": "code=404"}


def wacrm() -> str:
    import wacrm_client
    from wacrm_client import AsyncWacrm, NotFoundError, Wacrm

    with Wacrm(max_retries=0) as client:
        page = client.conversations.list(status="open", limit=10)
        assert page.data[0].status == "open", page.data
        assert page.has_next_page()
        assert len(page.get_next_page().data) == 1
        sent = client.messages.create(
            to="+14155550123", type="text", text="Your order has shipped."
        )
        assert sent.data.contact_created is False
        try:
            client.contacts.retrieve(
                "6a3d9c1f-2e8b-4f70-b5d4-8c1e0a7f2d96", extra_headers=PREFER_404
            )
        except NotFoundError as exc:
            assert exc.status_code == 404 and exc.code == "not_found", exc
        else:
            raise AssertionError("no NotFoundError")

    async def run() -> None:
        async with AsyncWacrm(max_retries=0) as client:
            me = await client.me.retrieve()
            assert me.data.account.name == "Acme Support"
            items = [
                m
                async for m in client.conversations.messages.list(
                    "0b7e4f52-1c9a-4d3e-8a61-5f2c7d9e3b18"
                )
            ]
            assert len(items) == 1

    asyncio.run(run())
    return wacrm_client.__file__


def chatbotx() -> str:
    import chatbotx_client
    from chatbotx_client import AsyncChatbotX, ChatbotX, NotFoundError

    with ChatbotX(max_retries=0) as client:
        page = client.conversations.list(status=["unread", "followUp"], per_page=5)
        assert page.has_next_page()
        assert page.get_next_page().data
        sent = client.conversations.messages.create(
            "1842", text="Yes, we are open from 9 to 17 on Sunday."
        )
        assert sent is not None and sent.id == "880413"  # the message itself, or null
        try:
            client.conversations.retrieve("1842", extra_headers=PREFER_404)
        except NotFoundError as exc:
            assert exc.status_code == 404
        else:
            raise AssertionError("no NotFoundError")

    async def run() -> None:
        async with AsyncChatbotX(max_retries=0) as client:
            done = await client.conversations.archive("1842")
            assert done.success is True

    asyncio.run(run())
    return chatbotx_client.__file__


def datacrazy() -> str:
    import datacrazy_client
    from datacrazy_client import AsyncDataCrazy, DataCrazy, RateLimitError

    with DataCrazy(max_retries=0) as client:
        page = client.conversations.list(take=1, filter_status="waiting")
        assert page.has_next_page()
        assert page.get_next_page().data
        sent = client.conversations.messages.create("6808cd89c9968a7b8a41b9f7", body="Bom dia!")
        assert sent.id == "68597f2a95fb0298e5c128b5"
        try:
            client.conversations.finish(
                "6808cd89c9968a7b8a41b9f7", extra_headers={"Prefer": "code=429"}
            )
        except RateLimitError as exc:
            assert exc.retry_after == 42.0, exc.retry_after  # the spec's Retry-After example
        else:
            raise AssertionError("no RateLimitError")

    async def run() -> None:
        async with AsyncDataCrazy(max_retries=0) as client:
            page = await client.conversations.messages.list("6808cd89c9968a7b8a41b9f7", take=50)
            assert len(page.data) == 1 and not page.has_next_page()

    asyncio.run(run())
    return datacrazy_client.__file__


def main() -> None:
    modules = {
        "wacrm_client": wacrm(),
        "chatbotx_client": chatbotx(),
        "datacrazy_client": datacrazy(),
    }
    print(
        json.dumps(
            {
                "implementation": platform.python_implementation(),
                "version": platform.python_version(),
                "executable": sys.executable,
                "modules": modules,
            }
        )
    )


if __name__ == "__main__":
    main()
