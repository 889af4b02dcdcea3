"""Keyed as an MCP server: each operation a tool for AI agents.

Run it with `python -m keyed_client.mcp` (stdio) or
`python -m keyed_client.mcp --transport http --host 127.0.0.1 --port 8000` (streamable HTTP);
`--read-only`, `--tools`, `--mode dynamic`: see `--help`. It needs the extra:
`pip install "keyed-client[mcp]"`. Credentials and the base URL come from the environment
variables the client reads. Calls go through `AsyncKeyedAPI`, with its argument checks, retries
and errors.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._client import AsyncKeyedAPI
from ._mcp import ToolSpec, run
from ._version import __version__

__all__ = ["TOOLS", "main"]

TOOLS: tuple[ToolSpec, ...] = (
    ToolSpec(
        name="crm_contacts_retrieve",
        call_path="crm.contacts.retrieve",
        title="GET /contacts/{id}",
        description="GET /contacts/{id}",
        input_schema_json='{"type":"object","properties":{"id":{"type":"string","description":"`id` (path parameter)"}},"required":["id"],"additionalProperties":false}',
        http_method="GET",
        read_only=True,
        destructive=False,
        idempotent=True,
        paged=False,
        argument_keys=(),
    ),
    ToolSpec(
        name="webhooks_list",
        call_path="webhooks.list",
        title="GET /webhooks",
        description="GET /webhooks",
        input_schema_json='{"type":"object","properties":{},"additionalProperties":false}',
        http_method="GET",
        read_only=True,
        destructive=False,
        idempotent=True,
        paged=False,
        argument_keys=(),
    ),
)


def main(argv: Sequence[str] | None = None) -> None:
    """The command line: serve the tools until the client disconnects (stdio) or forever (http)."""
    run(f"python -m {__package__}.mcp", "keyed-client", __version__, TOOLS, AsyncKeyedAPI, argv)


if __name__ == "__main__":
    main()
