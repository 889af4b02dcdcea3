"""DataCrazy conversations API as an MCP server: each operation a tool for AI agents.

Run it with `python -m datacrazy_client.mcp` (stdio) or
`python -m datacrazy_client.mcp --transport http --host 127.0.0.1 --port 8000` (streamable HTTP);
`--read-only`, `--tools`, `--mode dynamic`: see `--help`. It needs the extra:
`pip install "datacrazy-client[mcp]"`. Credentials and the base URL come from the environment
variables the client reads. Calls go through `AsyncDataCrazy`, with its argument checks, retries
and errors.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._client import AsyncDataCrazy
from ._mcp import ToolSpec, run
from ._version import __version__

__all__ = ["TOOLS", "main"]

TOOLS: tuple[ToolSpec, ...] = (
    ToolSpec(
        name="conversations_list",
        call_path="conversations.list",
        title="List conversations",
        description="List conversations. The route and the response shape `{count, data}` are from the docs; the query parameters are known only from third-party integrations (graded on each parameter). Offset paging: `count` is the total, so stop when `skip + len(data) >= count` or when a page comes back empty.",
        input_schema_json='{"type":"object","properties":{"skip":{"type":"integer","minimum":0,"description":"Number of items to skip (offset paging)."},"take":{"type":"integer","minimum":1,"maximum":100,"description":"Page size. Integrations send 50 by default and cap it at 100; the API\'s own default is not documented. Beware: on another resource the API silently returns `[]` above 1000."},"search":{"type":"string","description":"Free-text search."},"filter_stages":{"type":"array","items":{"type":"string"},"description":"Comma-separated list of pipeline stage ids."},"filter_departments":{"type":"array","items":{"type":"string"},"description":"Comma-separated list of department ids."},"filter_instances":{"type":"array","items":{"type":"string"},"description":"Comma-separated list of instance (channel connection) ids."},"filter_attendants":{"type":"array","items":{"type":"string"},"description":"Comma-separated list of attendant ids."},"filter_tags":{"type":"array","items":{"type":"string"},"description":"Comma-separated list of tag ids."},"filter_status":{"type":"string","enum":["automation","waiting","opened","error","finished","unstarted"],"description":"Only conversations in this state."},"filter_open_window":{"type":"string","enum":["last24h","all"],"description":"`last24h` or `all`. The name suggests the 24-hour messaging window; the exact semantics are not documented."},"filter_opened":{"type":"boolean","description":"Boolean filter named `opened` by integrations; its exact meaning is not documented."}},"additionalProperties":false}',
        http_method="GET",
        read_only=True,
        destructive=False,
        idempotent=True,
        paged=True,
        argument_keys=(
            ("filter[stages]", "filter_stages"),
            ("filter[departments]", "filter_departments"),
            ("filter[instances]", "filter_instances"),
            ("filter[attendants]", "filter_attendants"),
            ("filter[tags]", "filter_tags"),
            ("filter[status]", "filter_status"),
            ("filter[openWindow]", "filter_open_window"),
            ("filter[opened]", "filter_opened"),
        ),
    ),
    ToolSpec(
        name="conversations_messages_list",
        call_path="conversations.messages.list",
        title="List the messages of a conversation",
        description="List the messages of a conversation. Known from third-party integrations only. Paged like the conversation list (`skip`, `take`, response `{count, data}`); the items have the shape of the Message returned by the send endpoint (docs).",
        input_schema_json='{"type":"object","properties":{"id":{"type":"string","description":"Conversation id, an opaque string (24 hex characters in the docs\' examples)."},"skip":{"type":"integer","minimum":0,"description":"Number of items to skip (offset paging)."},"take":{"type":"integer","minimum":1,"maximum":100,"description":"Page size. Integrations send 50 by default and cap it at 100; the API\'s own default is not documented. Beware: on another resource the API silently returns `[]` above 1000."}},"required":["id"],"additionalProperties":false}',
        http_method="GET",
        read_only=True,
        destructive=False,
        idempotent=True,
        paged=True,
        argument_keys=(),
    ),
    ToolSpec(
        name="conversations_messages_create",
        call_path="conversations.messages.create",
        title="Send a message to a conversation",
        description='Send a message to a conversation. "Enviar mensagem para uma conversa" (docs). The docs\' body is `{body, repliedMessageId?, scheduledDate?, isInternal?}`; third-party integrations also send media as `{attachments: [...], body?, isInternal?}`. Answers 200 with the Message. DataCrazy has no documented idempotency mechanism: a retry may send twice.',
        input_schema_json='{"type":"object","properties":{"id":{"type":"string","description":"Conversation id, an opaque string (24 hex characters in the docs\' examples)."},"body":{"type":"string","description":"Message text (the caption when attachments are sent)."},"replied_message_id":{"type":"string","description":"Id of the message this one replies to."},"scheduled_date":{"type":"string","format":"date-time","description":"Send later, at this time."},"is_internal":{"type":"boolean","description":"Internal note, not sent to the contact."},"attachments":{"type":"array","description":"Media to send (third-party integrations only; not on the docs page).","minItems":1,"items":{"type":"object","description":"A media file to send, as third-party integrations send it.","required":["fileName","mimeType","type","url","size"],"properties":{"fileName":{"type":"string"},"mimeType":{"type":"string"},"type":{"type":"string","description":"Media kind, e.g. `IMAGE` or `DOCUMENT`."},"url":{"type":"string","description":"Public URL DataCrazy downloads the file from."},"size":{"type":"integer","minimum":0,"description":"Size in bytes."}}}}},"required":["id"],"additionalProperties":false}',
        http_method="POST",
        read_only=False,
        destructive=False,
        idempotent=False,
        paged=False,
        argument_keys=(),
    ),
    ToolSpec(
        name="conversations_finish",
        call_path="conversations.finish",
        title="Finish (close) a conversation",
        description="Finish (close) a conversation. Known from third-party integrations only: closes the conversation. Takes no request body. The success body is not documented; clients should not rely on it.",
        input_schema_json='{"type":"object","properties":{"id":{"type":"string","description":"Conversation id, an opaque string (24 hex characters in the docs\' examples)."}},"required":["id"],"additionalProperties":false}',
        http_method="POST",
        read_only=False,
        destructive=False,
        idempotent=False,
        paged=False,
        argument_keys=(),
    ),
)


def main(argv: Sequence[str] | None = None) -> None:
    """The command line: serve the tools until the client disconnects (stdio) or forever (http)."""
    run(f"python -m {__package__}.mcp", "datacrazy-client", __version__, TOOLS, AsyncDataCrazy, argv)


if __name__ == "__main__":
    main()
