"""Each package as an MCP server, through the official MCP client: a real session over stdio (and over
streamable HTTP on 127.0.0.1) with `python -m wacrm_client.mcp`, which calls a loopback Wacrm server
answering in the spec's shapes."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from clients.support import (
    StubServer,
    assert_same_json,
    load_spec,
    normalise_timestamps,
    running_stub,
)
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.client.streamable_http import streamable_http_client

ROOT = Path(__file__).resolve().parents[2]
PROVIDERS = ("wacrm", "chatbotx", "datacrazy")


@pytest.fixture
def stub() -> Iterator[StubServer]:
    yield from running_stub()


def _env(provider: str, stub: StubServer | None) -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT / "generated" / provider / "src"),
        f"{provider.upper()}_API_KEY": "test-key",
    }
    if stub is not None:
        env[f"{provider.upper()}_BASE_URL"] = stub.base_url(provider)
    return env


@asynccontextmanager
async def stdio_session(
    provider: str, stub: StubServer | None, *args: str
) -> AsyncIterator[ClientSession]:
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", f"{provider}_client.mcp", *args],
        env=_env(provider, stub),
    )
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        yield session


def spec_call_paths(provider: str) -> set[str]:
    """Every operation's call path, as the spec names it (`x-client-method`)."""
    spec = load_spec(provider)
    return {
        op["x-client-method"]
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in ("get", "post", "put", "patch", "delete")
    }


async def call(session: ClientSession, name: str, arguments: dict[str, Any]) -> Any:
    return await session.call_tool(name, arguments)


def same(actual: Any, expected: Any) -> None:
    """The payload as served, up to the notation of timestamps."""
    assert_same_json(normalise_timestamps(actual), normalise_timestamps(expected))


def requests_for(stub: StubServer, operation_id: str) -> list[Any]:
    return [r for r in stub.requests if r.operation_id == operation_id]


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_the_tool_list_is_the_operations(provider: str) -> None:
    async with stdio_session(provider, None) as session:
        tools = (await session.list_tools()).tools
    names = {t.name for t in tools}
    assert names == {path.replace(".", "_") for path in spec_call_paths(provider)}
    for tool in tools:
        assert tool.input_schema["type"] == "object"
        assert "$ref" not in json.dumps(tool.input_schema)  # references resolved
        assert tool.description
        assert tool.annotations is not None


async def test_annotations_say_what_a_call_may_change() -> None:
    async with stdio_session("wacrm", None) as session:
        tools = {t.name: t for t in (await session.list_tools()).tools}
    listing = tools["conversations_list"].annotations
    assert listing is not None and listing.read_only_hint and listing.idempotent_hint
    assert not listing.destructive_hint
    send = tools["messages_create"].annotations
    assert send is not None and not send.read_only_hint and not send.idempotent_hint
    delete = tools["webhooks_delete"].annotations
    assert delete is not None and delete.destructive_hint and delete.idempotent_hint
    schema = tools["messages_create"].input_schema
    assert "to" in schema["required"] and "text" in schema["properties"]
    assert schema["additionalProperties"] is False


async def test_list_retrieve_and_send_return_structured_content(stub: StubServer) -> None:
    stub.mount("wacrm")
    _, _, page = stub.served("listConversations")
    _, _, one = stub.served("retrieveConversation")
    async with stdio_session("wacrm", stub) as session:
        listed = await call(session, "conversations_list", {"status": "open", "limit": 2})
        assert not listed.is_error, listed.content
        same(listed.structured_content["data"], page["data"])
        assert listed.structured_content["has_more"] == bool(page["meta"].get("next_cursor"))
        got = await call(session, "conversations_retrieve", {"id": one["data"]["id"]})
        assert not got.is_error, got.content
        same(got.structured_content["result"], one)
        sent = await call(
            session, "messages_create", {"to": "14155550123", "type": "text", "text": "Hello"}
        )
        assert not sent.is_error, sent.content
    (listing,) = requests_for(stub, "listConversations")
    assert listing.query == "status=open&limit=2"
    (send,) = requests_for(stub, "createMessage")
    assert send.json() == {"to": "14155550123", "type": "text", "text": "Hello"}
    assert send.header("Authorization") == "Bearer test-key"
    # the text content carries the same JSON for clients that read only text
    assert json.loads(sent.content[0].text) == sent.structured_content


async def test_a_404_is_a_tool_error_with_the_status_code_and_message(stub: StubServer) -> None:
    stub.mount("wacrm")
    stub.respond_with(
        "retrieveConversation",
        404,
        {"error": {"code": "not_found", "message": "Conversation not found"}},
    )
    async with stdio_session("wacrm", stub) as session:
        result = await call(
            session, "conversations_retrieve", {"id": "0b7e4f52-0000-4000-8000-000000000001"}
        )
    assert result.is_error
    error = result.structured_content["error"]
    assert error["type"] == "NotFoundError" and error["status"] == 404
    assert error["code"] == "not_found" and error["provider_message"] == "Conversation not found"


async def test_a_bad_argument_is_a_tool_error_before_any_request(stub: StubServer) -> None:
    stub.mount("wacrm")
    async with stdio_session("wacrm", stub) as session:
        bad_status = await call(session, "conversations_list", {"status": "unread"})
        unknown = await call(session, "conversations_list", {"colour": "red"})
        missing = await call(session, "messages_create", {"text": "no recipient"})
        wrong_type = await call(session, "conversations_list", {"limit": "fifty"})
    for result in (bad_status, unknown, missing, wrong_type):
        assert result.is_error
        assert result.structured_content["error"]["type"] == "InvalidArgumentError"
    assert "status" in bad_status.structured_content["error"]["message"]
    assert "colour" in unknown.structured_content["error"]["message"]
    assert "'to' is a required property" in missing.structured_content["error"]["message"]
    assert stub.requests == []


async def test_read_only_hides_every_write(stub: StubServer) -> None:
    async with stdio_session("wacrm", None, "--read-only") as session:
        tools = (await session.list_tools()).tools
        refused = await call(session, "messages_create", {"to": "14155550123", "text": "x"})
    assert tools and all(t.annotations and t.annotations.read_only_hint for t in tools)
    assert "messages_create" not in {t.name for t in tools}
    assert "conversations_list" in {t.name for t in tools}
    assert refused.is_error and stub.requests == []


async def test_tools_include_and_exclude_by_resource_or_operation() -> None:
    async with stdio_session("wacrm", None, "--tools", "conversations,messages.create") as s:
        included = {t.name for t in (await s.list_tools()).tools}
    assert included == {
        p.replace(".", "_")
        for p in spec_call_paths("wacrm")
        if p.startswith("conversations.") or p == "messages.create"
    }
    async with stdio_session("wacrm", None, "--tools=-webhooks,-contacts.update") as s:
        excluded = {t.name for t in (await s.list_tools()).tools}
    assert not any(n.startswith("webhooks_") for n in excluded)
    assert "contacts_update" not in excluded and "contacts_list" in excluded


def test_an_unknown_tool_selector_is_refused_at_start() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "wacrm_client.mcp", "--tools", "nonsense"],
        env=_env("wacrm", None),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0 and "'nonsense' names no operation" in done.stderr


async def test_a_send_answered_by_a_500_is_not_sent_again(stub: StubServer) -> None:
    stub.mount("wacrm")
    stub.respond_with("createMessage", 500, {"error": {"code": "internal", "message": "boom"}})
    async with stdio_session("wacrm", stub) as session:
        result = await call(session, "messages_create", {"to": "14155550123", "text": "Hello"})
    assert result.is_error
    error = result.structured_content["error"]
    assert error["status"] == 500 and error["type"] == "InternalServerError"
    assert len(requests_for(stub, "createMessage")) == 1  # a retry could deliver it twice


async def test_a_read_answered_by_a_500_is_retried_by_the_client(stub: StubServer) -> None:
    """The contrast: a GET is safe to repeat, so the client's retries apply through the tool."""
    stub.mount("wacrm")
    stub.respond_with("retrieveMe", 503, {"error": {"code": "unavailable", "message": "later"}})
    async with stdio_session("wacrm", stub) as session:
        result = await call(session, "me_retrieve", {})
    assert result.is_error and result.structured_content["error"]["status"] == 503
    assert len(requests_for(stub, "retrieveMe")) == 3  # the first try and the client's two retries


async def test_a_paged_list_says_how_to_ask_for_the_next_page(stub: StubServer) -> None:
    stub.mount("wacrm")
    _, status, page = stub.served("listConversations")
    stub.respond_with(
        "listConversations", status, {**page, "meta": {**page["meta"], "next_cursor": "c2"}}
    )
    async with stdio_session("wacrm", stub) as session:
        result = await call(session, "conversations_list", {"limit": 1})
    assert result.structured_content["has_more"] is True
    assert result.structured_content["next_page"] == {"limit": 1, "cursor": "c2"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@asynccontextmanager
async def http_session(provider: str, stub: StubServer, *args: str) -> AsyncIterator[ClientSession]:
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            f"{provider}_client.mcp",
            "--transport",
            "http",
            "--port",
            str(port),
            *args,
        ],
        env=_env(provider, stub),
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            assert time.monotonic() < deadline, "the HTTP server did not start"
            time.sleep(0.05)
        url = f"http://127.0.0.1:{port}/mcp"
        async with (
            streamable_http_client(url) as (read, write),
            ClientSession(read, write) as session,
        ):
            await session.initialize()
            yield session
    finally:
        process.terminate()
        process.wait(timeout=10)


async def test_the_same_over_streamable_http(stub: StubServer) -> None:
    stub.mount("wacrm")
    stub.respond_with("createMessage", 500, {"error": {"code": "internal", "message": "boom"}})
    _, _, page = stub.served("listConversations")
    _, _, one = stub.served("retrieveConversation")
    async with http_session("wacrm", stub) as session:
        names = {t.name for t in (await session.list_tools()).tools}
        listed = await call(session, "conversations_list", {})
        got = await call(session, "conversations_retrieve", {"id": one["data"]["id"]})
        bad = await call(session, "conversations_list", {"status": "unread"})
        sent = await call(session, "messages_create", {"to": "14155550123", "text": "Hello"})
        stub.respond_with(
            "retrieveConversation", 404, {"error": {"code": "not_found", "message": "gone"}}
        )
        missing = await call(session, "conversations_retrieve", {"id": one["data"]["id"]})
    assert names == {p.replace(".", "_") for p in spec_call_paths("wacrm")}
    same(listed.structured_content["data"], page["data"])
    same(got.structured_content["result"], one)
    assert missing.is_error and missing.structured_content["error"]["status"] == 404
    assert bad.is_error and bad.structured_content["error"]["type"] == "InvalidArgumentError"
    assert sent.is_error and sent.structured_content["error"]["status"] == 500
    assert len(requests_for(stub, "createMessage")) == 1
    assert len(requests_for(stub, "listConversations")) == 1


async def test_read_only_over_streamable_http(stub: StubServer) -> None:
    async with http_session("wacrm", stub, "--read-only") as session:
        tools = (await session.list_tools()).tools
    assert tools and all(t.annotations and t.annotations.read_only_hint for t in tools)


async def test_dynamic_mode_searches_describes_and_calls(stub: StubServer) -> None:
    stub.mount("wacrm")
    _, _, one = stub.served("retrieveConversation")
    async with stdio_session("wacrm", stub, "--mode", "dynamic") as session:
        tools = {t.name for t in (await session.list_tools()).tools}
        found = await call(session, "search_operations", {"query": "send message"})
        described = await call(session, "describe_operation", {"name": "conversations_retrieve"})
        called = await call(
            session,
            "call_operation",
            {"name": "conversations_retrieve", "arguments": {"id": one["data"]["id"]}},
        )
        bad = await call(
            session, "call_operation", {"name": "conversations_list", "arguments": {"x": 1}}
        )
    assert tools == {"search_operations", "describe_operation", "call_operation"}
    assert found.structured_content["operations"][0]["name"] == "messages_create"
    assert described.structured_content["input_schema"]["required"] == ["id"]
    same(called.structured_content["result"], one)
    assert bad.is_error
    assert len(requests_for(stub, "retrieveConversation")) == 1
