"""The package as an MCP server (`python -m <package>.mcp`): each operation a tool an AI agent can call.

The tools come from the spec (the package's rendered `mcp.py` holds one `ToolSpec` per operation: its
name, its description, its input schema with every reference resolved, what it may change). A call
goes through the package's async client, so it keeps the client's guarantees: arguments checked before
anything is sent (a bad one is a tool error and no request), retries only where a retry is safe (a
send that may have arrived is never sent again), typed errors (a status error is a tool error that
carries the status, the provider's code and its message). Results are structured content: the
model's dict with the names the API uses.

Two modes: `static` lists one tool per operation; `dynamic` lists three (search the operations,
describe one, call one), for APIs whose full list would fill an agent's context.

The official `mcp` SDK is an optional extra (`pip install "<dist>[mcp]"`): it is imported when a
server is built, never by the package itself.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, reduce
from typing import Any, cast

from ._errors import APIError, APIStatusError, InvalidArgumentError
from ._pagination import BasePage
from ._types import NotGiven

__all__: list[str] = []  # nothing for the package root: `<package>.mcp` is the entry point

DYNAMIC_TOOLS = ("search_operations", "describe_operation", "call_operation")


@dataclass(frozen=True)
class ToolSpec:
    """One operation as a tool (rendered by the generator from the spec)."""

    name: str  # e.g. "conversations_messages_list"
    call_path: str  # the client method, e.g. "conversations.messages.list"
    title: str  # the operation's summary
    description: str  # summary and description
    input_schema_json: str  # the JSON Schema of its arguments (parameters and body), compact
    http_method: str  # "GET", "POST", ...
    read_only: bool
    destructive: bool
    idempotent: bool  # the runtime may retry it: repeating it changes nothing more
    paged: bool = False  # answers one page of a list; `next_page` names the arguments of the next
    argument_keys: tuple[tuple[str, str], ...] = ()  # (the runtime's key, the argument) where they differ

    @cached_property
    def input_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = json.loads(self.input_schema_json)
        return schema

    def matches(self, selector: str) -> bool:
        """`conversations` (a resource and its sub-resources), `conversations.messages.list` or
        `conversations_messages_list` (one operation)."""
        selector = selector.strip()
        return (
            selector in (self.name, self.call_path)
            or self.call_path.startswith(selector + ".")
            or self.name.startswith(selector.replace(".", "_") + "_")
        )


def select(tools: Sequence[ToolSpec], *, read_only: bool = False, selectors: Sequence[str] = ()) -> list[ToolSpec]:
    """The tools a server offers: `selectors` include (`name`) or exclude (`-name`); without an
    include every tool is in; `read_only` leaves out everything that is not a read."""
    items = [s for part in selectors for s in part.split(",") if s.strip()]
    include = [s for s in items if not s.startswith("-")]
    exclude = [s[1:] for s in items if s.startswith("-")]
    unknown = [s for s in include + exclude if not any(t.matches(s) for t in tools)]
    if unknown:
        raise InvalidArgumentError(
            f"--tools: {', '.join(repr(s) for s in unknown)} names no operation"
            f" (resources: {', '.join(sorted({t.call_path.split('.')[0] for t in tools}))})"
        )
    chosen = [t for t in tools if not include or any(t.matches(s) for s in include)]
    chosen = [t for t in chosen if not any(t.matches(s) for s in exclude)]
    return [t for t in chosen if t.read_only] if read_only else chosen


# -- calling ----------------------------------------------------------------------------------------


def jsonable(value: Any) -> Any:
    """A result as JSON values: models as their wire-named dicts, pages as their items."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict(mode="json")
    if isinstance(value, BasePage):
        page = cast("BasePage[object]", value)
        return {"data": [jsonable(item) for item in page.data], "has_more": page.has_next_page()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in cast("Sequence[Any]", value)]
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in cast("Mapping[object, object]", value).items()}
    if isinstance(value, (bytes, bytearray)):
        return {"bytes": len(value)}
    return value


def _next_page(tool: ToolSpec, page: BasePage[Any]) -> dict[str, Any] | None:
    """The arguments that ask for the page after `page` (None on the last one)."""
    values = page._next_values()  # pyright: ignore[reportPrivateUsage]
    if values is None:
        return None
    names = dict(tool.argument_keys)
    return {names.get(k, k): jsonable(v) for k, v in values.items() if not isinstance(v, NotGiven)}


def error_result(error: BaseException) -> dict[str, Any]:
    """What an agent reads of a failed call: the kind, the status, the provider's code and message."""
    found: dict[str, Any] = {"type": type(error).__name__, "message": str(error)}
    if isinstance(error, APIStatusError):
        found.update(status=error.status_code, code=error.code, request_id=error.request_id)
        if error.error_message:
            found["provider_message"] = error.error_message
    if getattr(error, "may_have_been_processed", False):
        found["may_have_been_processed"] = True
        found["advice"] = "not retried: the request may have reached the server; check before sending again"
    return found


def argument_faults(tool: ToolSpec, arguments: Mapping[str, Any]) -> list[str]:
    """What is wrong with an agent's arguments for `tool`, one short line per fault (the input schema
    checked with jsonschema, which the `mcp` SDK brings)."""
    validators = importlib.import_module("jsonschema.validators")
    validator = validators.validator_for(tool.input_schema)(tool.input_schema)
    faults: list[str] = []
    for error in sorted(validator.iter_errors(dict(arguments)), key=lambda e: list(e.absolute_path)):
        where = ".".join(str(p) for p in error.absolute_path)
        faults.append(f"{where}: {error.message}" if where else str(error.message))
    return faults[:10]


async def call_tool(client: Any, tool: ToolSpec, arguments: Mapping[str, Any]) -> tuple[bool, dict[str, Any]]:
    """Call the operation behind `tool` with the agent's arguments: (is_error, structured result)."""
    faults = argument_faults(tool, arguments)
    if faults:  # refused before any request, as the client would refuse it
        return True, {"error": {"type": "InvalidArgumentError", "message": "; ".join(faults)}}
    method: Callable[..., Any] = reduce(getattr, tool.call_path.split("."), client)
    try:
        result = method(**arguments)
        if isinstance(result, Awaitable):  # an AsyncPaginator too: awaited, the first page
            result = await result  # pyright: ignore[reportUnknownVariableType]
    except (APIError, InvalidArgumentError) as error:
        return True, {"error": error_result(error)}
    except TypeError as error:  # a value of a type the method cannot take
        return True, {"error": {"type": "InvalidArgumentError", "message": str(error)}}
    if isinstance(result, BasePage):
        page = cast("BasePage[object]", result)
        return False, {
            "data": [jsonable(item) for item in page.data],
            "has_more": page.has_next_page(),
            "next_page": _next_page(tool, page),
        }
    return False, {"result": jsonable(result)}


# -- the dynamic mode --------------------------------------------------------------------------------


def search(tools: Sequence[ToolSpec], query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Operations whose name, path or description hold the query's words, best first."""
    words = [w for w in re.split(r"\W+", query.lower()) if w]
    scored: list[tuple[int, int, ToolSpec]] = []
    for index, tool in enumerate(tools):
        text = f"{tool.name} {tool.call_path} {tool.http_method} {tool.description}".lower()
        score = sum(text.count(w) + 3 * (w in tool.name) for w in words) if words else 1
        if score:
            scored.append((-score, index, tool))
    return [{"name": t.name, "summary": t.title, "read_only": t.read_only} for _, _, t in sorted(scored)[:limit]]


def describe(tool: ToolSpec) -> dict[str, Any]:
    return {
        "name": tool.name,
        "description": tool.description,
        "input_schema": tool.input_schema,
        "read_only": tool.read_only,
        "destructive": tool.destructive,
        "idempotent": tool.idempotent,
    }


DYNAMIC_SCHEMAS: dict[str, dict[str, Any]] = {
    "search_operations": {
        "type": "object",
        "properties": {"query": {"type": "string", "description": "words to look for, e.g. 'send message'"}},
        "required": ["query"],
    },
    "describe_operation": {
        "type": "object",
        "properties": {"name": {"type": "string", "description": "an operation name from search_operations"}},
        "required": ["name"],
    },
    "call_operation": {
        "type": "object",
        "properties": {
            "name": {"type": "string", "description": "an operation name from search_operations"},
            "arguments": {"type": "object", "description": "the arguments describe_operation lists"},
        },
        "required": ["name"],
    },
}
DYNAMIC_DESCRIPTIONS = {
    "search_operations": "Search the API's operations by words; answers names and summaries.",
    "describe_operation": "The description and the JSON Schema of one operation's arguments.",
    "call_operation": "Call one operation by name with its arguments (as describe_operation lists them).",
}


# -- the server ---------------------------------------------------------------------------------------


def _sdk() -> tuple[Any, Any]:
    try:
        server_module = importlib.import_module("mcp.server")
        types = importlib.import_module("mcp.types")
    except ImportError as error:  # the extra is not installed
        raise SystemExit(
            f"the MCP server needs the official `mcp` SDK: pip install '<this package>[mcp]' ({error})"
        ) from error
    return server_module, types


def build_server(
    name: str,
    version: str,
    tools: Sequence[ToolSpec],
    client_factory: Callable[[], Any],
    *,
    mode: str = "static",
) -> Any:
    """An `mcp.server.Server` offering `tools` (static) or the three dynamic tools over them."""
    server_module, types = _sdk()
    by_name = {t.name: t for t in tools}
    clients: list[Any] = []

    def client() -> Any:  # built on the first call: listing tools needs no credentials
        if not clients:
            clients.append(client_factory())
        return clients[0]

    def as_tool(tool: ToolSpec) -> Any:
        return types.Tool(
            name=tool.name,
            title=tool.title or None,
            description=tool.description,
            inputSchema=tool.input_schema,
            annotations=types.ToolAnnotations(
                title=tool.title or None,
                readOnlyHint=tool.read_only,
                destructiveHint=tool.destructive,
                idempotentHint=tool.idempotent,
                openWorldHint=True,
            ),
        )

    def dynamic_tools() -> list[Any]:
        return [
            types.Tool(
                name=n,
                description=DYNAMIC_DESCRIPTIONS[n],
                inputSchema=DYNAMIC_SCHEMAS[n],
                annotations=types.ToolAnnotations(
                    readOnlyHint=n != "call_operation", destructiveHint=n == "call_operation"
                ),
            )
            for n in DYNAMIC_TOOLS
        ]

    def result(is_error: bool, content: dict[str, Any]) -> Any:
        text = json.dumps(content, ensure_ascii=False, default=str)
        return types.CallToolResult(
            content=[types.TextContent(type="text", text=text)], structuredContent=content, isError=is_error
        )

    async def on_list_tools(ctx: Any, params: Any) -> Any:
        listed = dynamic_tools() if mode == "dynamic" else [as_tool(t) for t in tools]
        return types.ListToolsResult(tools=listed)

    async def on_call_tool(ctx: Any, params: Any) -> Any:
        arguments: dict[str, Any] = dict(params.arguments or {})
        tool_name: str = params.name
        if mode == "dynamic" and tool_name in DYNAMIC_TOOLS:
            if tool_name == "search_operations":
                return result(False, {"operations": search(tools, str(arguments.get("query", "")))})
            target = by_name.get(str(arguments.get("name", "")))
            if target is None:
                return result(True, {"error": {"type": "UnknownOperation", "message": "no such operation"}})
            if tool_name == "describe_operation":
                return result(False, describe(target))
            inner: Any = arguments.get("arguments") or {}
            if not isinstance(inner, dict):
                return result(True, {"error": {"type": "InvalidArgumentError", "message": "arguments: an object"}})
            return result(*await call_tool(client(), target, cast("dict[str, Any]", inner)))
        tool = by_name.get(tool_name) if mode == "static" else None
        if tool is None:
            return result(True, {"error": {"type": "UnknownTool", "message": f"no tool named {tool_name!r}"}})
        try:
            return result(*await call_tool(client(), tool, arguments))
        except APIError as error:  # building the client: credentials or base URL missing
            return result(True, {"error": error_result(error)})

    return server_module.Server(name, version=version, on_list_tools=on_list_tools, on_call_tool=on_call_tool)


def parser(prog: str, description: str) -> argparse.ArgumentParser:
    found = argparse.ArgumentParser(prog=prog, description=description)
    found.add_argument("--transport", choices=("stdio", "http"), default="stdio")
    found.add_argument("--host", default="127.0.0.1", help="http: the address to listen on (default 127.0.0.1)")
    found.add_argument("--port", type=int, default=8000, help="http: the port (default 8000)")
    found.add_argument("--read-only", action="store_true", help="offer only the operations that read")
    found.add_argument(
        "--tools",
        action="append",
        default=[],
        metavar="SELECTORS",
        help="comma-separated resources or operations to offer (e.g. conversations,messages.create);"
        " a leading '-' leaves one out (write it --tools=-contacts.delete)",
    )
    found.add_argument(
        "--mode",
        choices=("static", "dynamic"),
        default="static",
        help="static: a tool per operation; dynamic: search, describe and call (for large APIs)",
    )
    return found


def run(
    prog: str,
    name: str,
    version: str,
    tools: Sequence[ToolSpec],
    client_factory: Callable[[], Any],
    argv: Sequence[str] | None = None,
) -> None:
    """The command line of `python -m <package>.mcp`."""
    args = parser(prog, f"{name} {version} as an MCP server").parse_args(argv)
    try:
        chosen = select(tools, read_only=args.read_only, selectors=args.tools)
    except InvalidArgumentError as error:
        raise SystemExit(f"{prog}: {error}") from None
    server = build_server(name, version, chosen, client_factory, mode=args.mode)
    anyio = importlib.import_module("anyio")
    if args.transport == "stdio":
        stdio = importlib.import_module("mcp.server.stdio")

        async def serve_stdio() -> None:
            async with stdio.stdio_server() as (read_stream, write_stream):
                await server.run(read_stream, write_stream, server.create_initialization_options())

        anyio.run(serve_stdio)
        return
    uvicorn = importlib.import_module("uvicorn")
    app = server.streamable_http_app(host=args.host)
    print(f"{prog}: MCP over streamable HTTP at http://{args.host}:{args.port}/mcp", file=sys.stderr, flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
