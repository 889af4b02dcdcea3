"""The inbox as an MCP server (`python -m convapi.mcp`), through the official MCP client over stdio:
it lists the open conversations of three loopback providers and sends a reply through one tool call
each; bad arguments and unsupported operations are tool errors before any request; the capabilities
table is a resource."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from convapi import Inbox
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

from .conftest import KEYS, sync_clients
from .providers import FakeProvider

ROOT = Path(__file__).resolve().parents[2]
Fakes = tuple[FakeProvider, FakeProvider, FakeProvider]


@asynccontextmanager
async def session(fakes: Fakes) -> AsyncIterator[ClientSession]:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": os.pathsep.join(
            str(ROOT / "generated" / name / "src")
            for name in ("convapi", "wacrm", "chatbotx", "datacrazy")
        ),
    }
    for fake in fakes:
        env[f"{fake.name.upper()}_API_KEY"] = KEYS[fake.name]
        env[f"{fake.name.upper()}_BASE_URL"] = fake.base_url
    params = StdioServerParameters(command=sys.executable, args=["-m", "convapi.mcp"], env=env)
    async with stdio_client(params) as (read, write), ClientSession(read, write) as opened:
        await opened.initialize()
        yield opened


async def test_lists_the_open_conversations_of_three_providers_and_replies_through_one_call(
    fakes: Fakes,
) -> None:
    expected = [c.ref for c in Inbox(**sync_clients(fakes)).conversations.list(status="open")]
    for fake in fakes:
        fake.requests.clear()
    async with session(fakes) as opened:
        tools = {t.name: t for t in (await opened.list_tools()).tools}
        listed = await opened.call_tool("list_conversations", {"status": "open", "max_items": 50})
        conversations = listed.structured_content["conversations"]
        refs = [c["ref"] for c in conversations]
        # one reply per provider, each through one tool call
        sent = {}
        for provider in ("wacrm", "chatbotx", "datacrazy"):
            ref = next(r for r in refs if r.startswith(provider + ":"))
            sent[provider] = await opened.call_tool(
                "send_message", {"ref": ref, "text": "Thanks, we are on it"}
            )
    assert set(tools) == {"list_conversations", "get_conversation", "list_messages", "send_message"}
    assert tools["list_conversations"].annotations.read_only_hint
    assert not tools["send_message"].annotations.read_only_hint
    assert not listed.is_error, listed.content
    assert refs == expected  # merged across the providers, newest activity first
    assert {c["provider"] for c in conversations} == {"wacrm", "chatbotx", "datacrazy"}
    assert all(c["status"] == "open" for c in conversations)
    times = [c["last_activity_at"] for c in conversations]
    assert times == sorted(times, reverse=True)
    assert "raw" not in conversations[0]  # only when asked for
    for provider, result in sent.items():
        assert not result.is_error, (provider, result.content)
    wacrm, chatbotx, datacrazy = fakes
    [w] = wacrm.calls("POST")
    assert w.body["text"] == "Thanks, we are on it" and w.body["to"]
    [c] = chatbotx.calls("POST")
    assert c.body == {"text": "Thanks, we are on it"}
    [d] = datacrazy.calls("POST")
    assert d.body == {"body": "Thanks, we are on it"}


async def test_get_conversation_and_messages_and_the_raw_payload_on_request(fakes: Fakes) -> None:
    wacrm = fakes[0]
    ident = str(wacrm.conversations[0]["id"])
    async with session(fakes) as opened:
        got = await opened.call_tool(
            "get_conversation", {"ref": f"wacrm:{ident}", "include_raw": True}
        )
        messages = await opened.call_tool("list_messages", {"ref": f"wacrm:{ident}"})
    conversation = got.structured_content["conversation"]
    assert conversation["ref"] == f"wacrm:{ident}" and conversation["id"] == ident
    assert conversation["raw"]["id"] == ident  # the provider's own payload
    texts = [m["text"] for m in messages.structured_content["messages"]]
    assert texts == [m["content_text"] for m in wacrm.messages[ident]]


async def test_bad_arguments_and_unsupported_operations_are_tool_errors_before_any_request(
    fakes: Fakes,
) -> None:
    async with session(fakes) as opened:
        bad_status = await opened.call_tool("list_conversations", {"status": "unread"})
        empty_text = await opened.call_tool("send_message", {"ref": "wacrm:x", "text": ""})
        unknown = await opened.call_tool("get_conversation", {"ref": "nowhere:1"})
        unsupported = await opened.call_tool("get_conversation", {"ref": "datacrazy:1"})
    for result in (bad_status, empty_text, unknown, unsupported):
        assert result.is_error
    assert bad_status.structured_content["error"]["type"] == "InvalidArgumentError"
    assert empty_text.structured_content["error"]["type"] == "InvalidArgumentError"
    error = unsupported.structured_content["error"]
    assert error["type"] == "UnsupportedOperationError" and error["provider"] == "datacrazy"
    assert all(not fake.requests for fake in fakes)


async def test_a_provider_down_is_a_tool_error_naming_it_or_skipped_on_request(
    fakes: Fakes,
) -> None:
    chatbotx = fakes[1]
    chatbotx.fail_next(503, count=20)
    async with session(fakes) as opened:
        failed = await opened.call_tool("list_conversations", {"max_items": 5})
        skipped = await opened.call_tool(
            "list_conversations", {"max_items": 50, "skip_failing_providers": True}
        )
    assert failed.is_error and failed.structured_content["error"]["provider"] == "chatbotx"
    assert not skipped.is_error
    found = skipped.structured_content
    assert {c["provider"] for c in found["conversations"]} == {"wacrm", "datacrazy"}
    assert [s["provider"] for s in found["skipped"]] == ["chatbotx"]


async def test_the_capabilities_table_is_a_resource(fakes: Fakes) -> None:
    async with session(fakes) as opened:
        resources = (await opened.list_resources()).resources
        read = await opened.read_resource("convapi://capabilities")
    assert [str(r.uri) for r in resources] == ["convapi://capabilities"]
    table: dict[str, Any] = json.loads(read.contents[0].text)
    assert set(table) == {"wacrm", "chatbotx", "datacrazy"}
    assert "conversations.retrieve" not in table["datacrazy"]["operations"]
    assert "messages.send" in table["wacrm"]["operations"]
    assert "dashboard session" in table["chatbotx"]["notes"]["conversations.list"]
    assert table["wacrm"]["notes"] == {}
