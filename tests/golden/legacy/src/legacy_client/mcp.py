"""Legacy as an MCP server: each operation a tool for AI agents.

Run it with `python -m legacy_client.mcp` (stdio) or
`python -m legacy_client.mcp --transport http --host 127.0.0.1 --port 8000` (streamable HTTP);
`--read-only`, `--tools`, `--mode dynamic`: see `--help`. It needs the extra:
`pip install "legacy-client[mcp]"`. Credentials and the base URL come from the environment
variables the client reads. Calls go through `AsyncLegacy`, with its argument checks, retries
and errors.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._client import AsyncLegacy
from ._mcp import ToolSpec, run
from ._version import __version__

__all__ = ["TOOLS", "main"]

TOOLS: tuple[ToolSpec, ...] = (
    ToolSpec(
        name="thing_list",
        call_path="thing.list",
        title="GET /thing",
        description="GET /thing",
        input_schema_json='{"type":"object","properties":{"state":{"type":"string","enum":["on","off"],"description":"`state` (query parameter)"},"ids":{"type":"array","items":{"type":"integer"},"description":"`ids` (query parameter)"},"x_ids":{"type":"array","items":{"type":"string"},"description":"`X-Ids` (header parameter)"}},"additionalProperties":false}',
        http_method="GET",
        read_only=True,
        destructive=False,
        idempotent=True,
        paged=False,
        argument_keys=(("X-Ids", "x_ids"),),
    ),
)


def main(argv: Sequence[str] | None = None) -> None:
    """The command line: serve the tools until the client disconnects (stdio) or forever (http)."""
    run(f"python -m {__package__}.mcp", "legacy-client", __version__, TOOLS, AsyncLegacy, argv)


if __name__ == "__main__":
    main()
