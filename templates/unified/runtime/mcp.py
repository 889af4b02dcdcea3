"""The inbox as an MCP server: `python -m convapi.mcp` gives AI agents a support inbox across providers.

Curated tools, not one per provider operation: `list_conversations` (merged across providers, newest
activity first; status filter, `max_items`), `get_conversation`, `list_messages` and `send_message`,
plus the capabilities table as the resource `convapi://capabilities`. Every call goes through
`AsyncInbox`, so the provider clients' guarantees hold: arguments checked before any request, an
operation a provider cannot do refused before any request, a send never repeated when it may have
arrived (unless the provider deduplicates with an idempotency key), errors as tool errors naming the
provider. The providers are those `AsyncInbox.from_env()` finds: each installed provider package whose
credentials are in its environment variables.

Needs the extra: `pip install "convapi[mcp,all]"` (or `[mcp,<provider>,...]`). Run it with `python -m convapi.mcp`
(stdio) or `--transport http --host 127.0.0.1 --port 8000` (streamable HTTP at `/mcp`).
"""

from __future__ import annotations

import argparse
import importlib
import json
from collections.abc import Callable, Sequence
from typing import Any

from ._errors import APIError, InvalidArgumentError, UnsupportedOperationError

__all__ = ["TOOLS", "main"]

_STATUS = {"type": "string", "enum": ["open", "pending", "closed", "other"]}
_RAW = {"type": "boolean", "description": "also return each object's provider payload (`raw`)"}

TOOLS: dict[str, dict[str, Any]] = {
    "list_conversations": {
        "description": (
            "The conversations of every connected provider, merged, newest activity first. Each has "
            '`ref` ("<provider>:<id>": pass it to the other tools), `status`, `contact`, '
            "`last_activity_at`, `unread_count` and `needs_reply`."
        ),
        "schema": {
            "type": "object",
            "properties": {
                "status": {
                    "description": "only these statuses",
                    "anyOf": [_STATUS, {"type": "array", "items": _STATUS, "minItems": 1}],
                },
                "max_items": {"type": "integer", "minimum": 1, "maximum": 500, "default": 20},
                "skip_failing_providers": {
                    "type": "boolean",
                    "default": False,
                    "description": "list the others when a provider fails (the answer says which and why)",
                },
                "include_raw": _RAW,
            },
            "additionalProperties": False,
        },
        "read_only": True,
    },
    "get_conversation": {
        "description": 'One conversation by its ref ("<provider>:<id>").',
        "schema": {
            "type": "object",
            "properties": {"ref": {"type": "string", "minLength": 3}, "include_raw": _RAW},
            "required": ["ref"],
            "additionalProperties": False,
        },
        "read_only": True,
    },
    "list_messages": {
        "description": "The messages of one conversation (by its ref), as the provider lists them.",
        "schema": {
            "type": "object",
            "properties": {
                "ref": {"type": "string", "minLength": 3},
                "max_items": {"type": "integer", "minimum": 1, "maximum": 500, "default": 50},
                "include_raw": _RAW,
            },
            "required": ["ref"],
            "additionalProperties": False,
        },
        "read_only": True,
    },
    "send_message": {
        "description": (
            "Send a text reply in one conversation (by its ref): to the conversation or to its contact's "
            "phone, as the provider requires. Never sent twice: a send that may have arrived is not "
            "retried, unless the provider deduplicates it."
        ),
        "schema": {
            "type": "object",
            "properties": {"ref": {"type": "string", "minLength": 3}, "text": {"type": "string", "minLength": 1}},
            "required": ["ref", "text"],
            "additionalProperties": False,
        },
        "read_only": False,
    },
}
CAPABILITIES_URI = "convapi://capabilities"


def _error(exc: BaseException) -> dict[str, Any]:
    found: dict[str, Any] = {"type": type(exc).__name__, "message": str(exc)}
    for name in ("provider", "status_code", "code"):
        value = getattr(exc, name, None)
        if value is not None:
            found["status" if name == "status_code" else name] = value
    cause = exc.__cause__
    if getattr(cause, "may_have_been_processed", False):
        found["may_have_been_processed"] = True
    return found


def _faults(name: str, arguments: dict[str, Any]) -> list[str]:
    validators = importlib.import_module("jsonschema.validators")
    schema = TOOLS[name]["schema"]
    validator = validators.validator_for(schema)(schema)
    return [
        (".".join(str(p) for p in e.absolute_path) + ": " if e.absolute_path else "") + str(e.message)
        for e in validator.iter_errors(arguments)
    ]


async def call(inbox: Any, name: str, arguments: dict[str, Any]) -> tuple[bool, dict[str, Any]]:
    """One tool call on `inbox` (an AsyncInbox): (is_error, structured result)."""
    if name not in TOOLS:
        return True, {"error": {"type": "UnknownTool", "message": f"no tool named {name!r}"}}
    faults = _faults(name, arguments)
    if faults:
        return True, {"error": {"type": "InvalidArgumentError", "message": "; ".join(faults)}}
    raw = bool(arguments.get("include_raw", False))
    try:
        if name == "list_conversations":
            listing = inbox.conversations.list(
                status=arguments.get("status"),
                max_items=int(arguments.get("max_items", 20)),
                on_error="skip" if arguments.get("skip_failing_providers") else "raise",
            )
            found = [c.to_dict(mode="json", include_raw=raw) async for c in listing]
            skipped = [{"provider": s.provider, "error": _error(s.error)} for s in listing.skipped]
            return False, {"conversations": found, "skipped": skipped}
        if name == "get_conversation":
            conversation = await inbox.conversations.retrieve(arguments["ref"])
            return False, {"conversation": conversation.to_dict(mode="json", include_raw=raw)}
        if name == "list_messages":
            messages = inbox.messages.list(arguments["ref"], max_items=int(arguments.get("max_items", 50)))
            return False, {"messages": [m.to_dict(mode="json", include_raw=raw) async for m in messages]}
        sent = await inbox.messages.send(arguments["ref"], text=arguments["text"])
        return False, {"message": sent.to_dict(mode="json") if sent is not None else None}
    except (APIError, InvalidArgumentError, UnsupportedOperationError) as exc:
        return True, {"error": _error(exc)}


def capabilities(inbox: Any) -> dict[str, Any]:
    """The capabilities table as JSON values: per provider its operations, filters, list order and
    the notes its spec gives on operations."""
    return {
        name: {
            "operations": list(found.operations),
            "filters": {f: dict(values) for f, values in found.filters.items()},
            "order": found.order,
            "notes": dict(found.notes),
        }
        for name, found in inbox.capabilities.items()
    }


def build_server(inbox_factory: Callable[[], Any], version: str) -> Any:
    """An `mcp.server.Server` with the four tools and the capabilities resource."""
    server_module = importlib.import_module("mcp.server")
    types = importlib.import_module("mcp.types")
    made: list[Any] = []

    def inbox() -> Any:
        if not made:
            made.append(inbox_factory())
        return made[0]

    def result(is_error: bool, content: dict[str, Any]) -> Any:
        text = json.dumps(content, ensure_ascii=False, default=str)
        return types.CallToolResult(
            content=[types.TextContent(type="text", text=text)], structuredContent=content, isError=is_error
        )

    async def on_list_tools(ctx: Any, params: Any) -> Any:
        return types.ListToolsResult(
            tools=[
                types.Tool(
                    name=name,
                    description=tool["description"],
                    inputSchema=tool["schema"],
                    annotations=types.ToolAnnotations(
                        readOnlyHint=tool["read_only"],
                        destructiveHint=False,
                        idempotentHint=tool["read_only"],
                        openWorldHint=True,
                    ),
                )
                for name, tool in TOOLS.items()
            ]
        )

    async def on_call_tool(ctx: Any, params: Any) -> Any:
        try:
            return result(*await call(inbox(), str(params.name), dict(params.arguments or {})))
        except (APIError, InvalidArgumentError) as exc:  # building the inbox: nothing configured
            return result(True, {"error": _error(exc)})

    async def on_list_resources(ctx: Any, params: Any) -> Any:
        return types.ListResourcesResult(
            resources=[
                types.Resource(
                    uri=CAPABILITIES_URI,
                    name="capabilities",
                    description="What the inbox can do with each connected provider, and where filters run.",
                    mimeType="application/json",
                )
            ]
        )

    async def on_read_resource(ctx: Any, params: Any) -> Any:
        if str(params.uri) != CAPABILITIES_URI:
            raise ValueError(f"no resource {params.uri}")
        return types.ReadResourceResult(
            contents=[
                types.TextResourceContents(
                    uri=CAPABILITIES_URI, mimeType="application/json", text=json.dumps(capabilities(inbox()))
                )
            ]
        )

    return server_module.Server(
        "convapi",
        version=version,
        on_list_tools=on_list_tools,
        on_call_tool=on_call_tool,
        on_list_resources=on_list_resources,
        on_read_resource=on_read_resource,
    )


def main(argv: Sequence[str] | None = None) -> None:
    """The command line: serve the inbox's tools over stdio (default) or streamable HTTP."""
    parser = argparse.ArgumentParser(prog="python -m convapi.mcp", description="the inbox as an MCP server")
    parser.add_argument("--transport", choices=("stdio", "http"), default="stdio")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    package = __package__ or "convapi"
    client = importlib.import_module(f"{package}._client")
    version = str(importlib.import_module(f"{package}._version").__version__)
    server = build_server(client.AsyncInbox.from_env, version)
    anyio = importlib.import_module("anyio")
    if args.transport == "stdio":
        stdio = importlib.import_module("mcp.server.stdio")

        async def serve() -> None:
            async with stdio.stdio_server() as (read_stream, write_stream):
                await server.run(read_stream, write_stream, server.create_initialization_options())

        anyio.run(serve)
        return
    uvicorn = importlib.import_module("uvicorn")
    uvicorn.run(server.streamable_http_app(host=args.host), host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
