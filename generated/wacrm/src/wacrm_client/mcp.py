"""Wacrm public REST API as an MCP server: each operation a tool for AI agents.

Run it with `python -m wacrm_client.mcp` (stdio) or
`python -m wacrm_client.mcp --transport http --host 127.0.0.1 --port 8000` (streamable HTTP);
`--read-only`, `--tools`, `--mode dynamic`: see `--help`. It needs the extra:
`pip install "wacrm-client[mcp]"`. Credentials and the base URL come from the environment
variables the client reads. Calls go through `AsyncWacrm`, with its argument checks, retries
and errors.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._client import AsyncWacrm
from ._mcp import ToolSpec, run
from ._version import __version__

__all__ = ["TOOLS", "main"]

TOOLS: tuple[ToolSpec, ...] = (
    ToolSpec(
        name="me_retrieve",
        call_path="me.retrieve",
        title="Identify the account and the API key",
        description="Identify the account and the API key. Required scope: any (every valid key may call it, also one with no scopes). Returns the account the key belongs to and the key's id and scopes. The account `name` is null when the account row cannot be read.",
        input_schema_json='{"type":"object","properties":{},"additionalProperties":false}',
        http_method="GET",
        read_only=True,
        destructive=False,
        idempotent=True,
        paged=False,
        argument_keys=(),
    ),
    ToolSpec(
        name="conversations_list",
        call_path="conversations.list",
        title="List conversations",
        description="List conversations. Required scope: `conversations:read`. Returns a paginated list of conversations ordered newest first (by `(created_at, id)`, source). Each conversation embeds its contact record along with the contact's full tag set. `status` is passed to the database unchecked: any other value simply matches nothing. A `contact_id` that is not a UUID answers 500 `internal` (source). The route never answers 400: a bad `limit` becomes 50 and a malformed cursor restarts at the first page (route.ts L23-66; lib/api/v1/pagination.ts L44-48, L71-89).",
        input_schema_json='{"type":"object","properties":{"status":{"type":"string","enum":["open","pending","closed"],"description":"Only conversations with this status: open, pending or closed."},"contact_id":{"type":"string","description":"A UUID as Postgres accepts one: 32 hex digits in either case, a hyphen allowed after any group of four, optionally in braces (`6a3d9c1f-2e8b-4f70-b5d4-8c1e0a7f2d96`). No `format: uuid`: that format asks for the hyphenated form only, which is stricter than the server.","pattern":"^(\\\\{[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7}\\\\}|[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7})$"},"limit":{"type":"integer","minimum":1,"maximum":100,"default":50,"description":"Page size. Defaults to 50 and is clamped to 1..100 by the server; a bad value (e.g. one that is not a number) silently becomes 50 rather than answering 400 (source)."},"cursor":{"type":"string","description":"Opaque cursor from the previous page\'s `meta.next_cursor`; omit for the first page. It is base64url of `\\"<created_at>|<uuid>\\"` (source), not JSON as the docs\' `eyJ…` example suggests; clients must not build or parse it. A malformed cursor silently restarts at the first page."}},"additionalProperties":false}',
        http_method="GET",
        read_only=True,
        destructive=False,
        idempotent=True,
        paged=True,
        argument_keys=(),
    ),
    ToolSpec(
        name="conversations_retrieve",
        call_path="conversations.retrieve",
        title="Retrieve a conversation",
        description='Retrieve a conversation. Required scope: `conversations:read`. Returns a single conversation, including the embedded contact and tags. Answers 404 when the id is unknown or belongs to another account, and 500 `internal` ("Failed to read conversation") when the id is not a UUID (source-run: the error branch comes before the 404).',
        input_schema_json='{"type":"object","properties":{"id":{"type":"string","description":"A UUID as Postgres accepts one: 32 hex digits in either case, a hyphen allowed after any group of four, optionally in braces (`6a3d9c1f-2e8b-4f70-b5d4-8c1e0a7f2d96`). No `format: uuid`: that format asks for the hyphenated form only, which is stricter than the server.","pattern":"^(\\\\{[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7}\\\\}|[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7})$"}},"required":["id"],"additionalProperties":false}',
        http_method="GET",
        read_only=True,
        destructive=False,
        idempotent=True,
        paged=False,
        argument_keys=(),
    ),
    ToolSpec(
        name="conversations_messages_list",
        call_path="conversations.messages.list",
        title="List the messages of a conversation",
        description="List the messages of a conversation. Required scope: `messages:read`. Returns a paginated list of messages within a conversation, ordered newest first. The conversation is verified to belong to the key's account first: a foreign, unknown or non-UUID conversation id answers 404 (source-run). To show a conversation chronologically, reverse each page (or accumulate pages and display them in reverse-fetch order).",
        input_schema_json='{"type":"object","properties":{"id":{"type":"string","description":"A UUID as Postgres accepts one: 32 hex digits in either case, a hyphen allowed after any group of four, optionally in braces (`6a3d9c1f-2e8b-4f70-b5d4-8c1e0a7f2d96`). No `format: uuid`: that format asks for the hyphenated form only, which is stricter than the server.","pattern":"^(\\\\{[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7}\\\\}|[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7})$"},"limit":{"type":"integer","minimum":1,"maximum":100,"default":50,"description":"Page size. Defaults to 50 and is clamped to 1..100 by the server; a bad value (e.g. one that is not a number) silently becomes 50 rather than answering 400 (source)."},"cursor":{"type":"string","description":"Opaque cursor from the previous page\'s `meta.next_cursor`; omit for the first page. It is base64url of `\\"<created_at>|<uuid>\\"` (source), not JSON as the docs\' `eyJ…` example suggests; clients must not build or parse it. A malformed cursor silently restarts at the first page."}},"required":["id"],"additionalProperties":false}',
        http_method="GET",
        read_only=True,
        destructive=False,
        idempotent=True,
        paged=True,
        argument_keys=(),
    ),
    ToolSpec(
        name="messages_create",
        call_path="messages.create",
        title="Send a WhatsApp message to a phone number",
        description="Send a WhatsApp message to a phone number. Required scope: `messages:send`. Sends a message by phone number. This is the only way to send on Wacrm; there is no `POST /api/v1/conversations/{id}/messages`. The contact and its conversation are found or created; `contact_created` in the response says whether the number was new. `name` names a new contact and also renames an existing one whose name differs. The body is checked before anything is created, then `whatsapp_not_configured` is checked; a WhatsApp (Meta) failure happens after the contact and conversation were created. Answers 201. The request is not idempotent: Wacrm has no idempotency key, so a retry after a timeout may send the message twice. It does not emit `conversation.created`, even when it creates the conversation.",
        input_schema_json='{"type":"object","properties":{"to":{"type":"string","description":"A phone number in any formatting: the server removes every character that is not a digit (`+`, spaces, dashes, parentheses...), then 7 to 15 digits must remain, the first not 0. The pattern says exactly that.","pattern":"^[^0-9]*[1-9](?:[^0-9]*[0-9]){6,14}[^0-9]*$"},"type":{"type":"string","const":"text","default":"text","description":"`text`, the default when omitted."},"text":{"type":"string","minLength":1,"description":"The message text."},"reply_to_message_id":{"type":"string","description":"Id (a Wacrm message id) of the message to reply to; it must be in the same conversation, else 400."},"name":{"type":"string","description":"Name for the contact: names a new contact, and also renames an existing contact whose name differs."},"template":{"type":"object","description":"WhatsApp template to send when `type` is `template`.","required":["name"],"properties":{"name":{"type":"string","minLength":1,"description":"Template name as approved in WhatsApp Business (required and not empty for templates: 400 `template_name is required for template messages`)."},"language":{"type":"string","description":"Template language code; the server uses `en_US` when it is omitted.","default":"en_US"},"params":{"description":"Either positional body variables (an array: only string entries are kept) or an object of structured header/body/button parameters, passed to WhatsApp unvalidated.","anyOf":[{"type":"array","items":{"type":"string"}},{"type":"object","additionalProperties":true}]}}},"media_url":{"type":"string","minLength":1,"description":"Public URL of the media to send (required for image, video, document and audio); not checked by Wacrm, passed to WhatsApp as the media link."},"filename":{"type":"string","description":"File name shown for a document."},"interactive_payload":{"description":"The interactive message for `type: interactive`, told apart by `kind`.","oneOf":[{"type":"object","description":"Up to three reply buttons.","required":["kind","body","buttons"],"properties":{"kind":{"type":"string","const":"buttons"},"body":{"type":"string","minLength":1,"maxLength":1024,"pattern":"\\\\S","description":"Not blank (interactive.ts L120-121)."},"header":{"type":"string","maxLength":60},"footer":{"type":"string","maxLength":60},"buttons":{"type":"array","minItems":1,"maxItems":3,"items":{"type":"object","required":["id","title"],"properties":{"id":{"type":"string","minLength":1,"pattern":"\\\\S","description":"Your id for the button, unique within the message; it comes back as the reply\'s `interactive_reply_id`."},"title":{"type":"string","minLength":1,"pattern":"\\\\S","maxLength":20}}}}}},{"type":"object","description":"A list message: a button that opens 1 to 10 sections holding at most 10 rows in all (400 `A list allows at most 10 rows in total.`). JSON Schema cannot add up the rows of several sections: the operation\'s `x-body-limits` states that rule, and the client checks it before sending.","required":["kind","body","button_label","sections"],"properties":{"kind":{"type":"string","const":"list"},"body":{"type":"string","minLength":1,"maxLength":1024,"pattern":"\\\\S","description":"Not blank (interactive.ts L120-121)."},"header":{"type":"string","maxLength":60},"footer":{"type":"string","maxLength":60},"button_label":{"type":"string","minLength":1,"maxLength":20,"pattern":"\\\\S"},"sections":{"type":"array","minItems":1,"maxItems":10,"items":{"type":"object","required":["rows"],"properties":{"title":{"type":"string"},"rows":{"type":"array","minItems":1,"maxItems":10,"items":{"type":"object","required":["id","title"],"properties":{"id":{"type":"string","minLength":1,"pattern":"\\\\S","description":"Your id for the row, unique within the message."},"title":{"type":"string","minLength":1,"pattern":"\\\\S","maxLength":24},"description":{"type":"string","maxLength":72}}}}}}}}}]}},"required":["to"],"additionalProperties":false}',
        http_method="POST",
        read_only=False,
        destructive=False,
        idempotent=False,
        paged=False,
        argument_keys=(),
    ),
    ToolSpec(
        name="contacts_list",
        call_path="contacts.list",
        title="List contacts",
        description="List contacts. Required scope: `contacts:read`. Returns a paginated list of contacts, newest first, optionally filtered by a search term (name or phone) or a tag id.",
        input_schema_json='{"type":"object","properties":{"search":{"type":"string","description":"Case-insensitive substring match on the contact\'s name or phone (not the email). Every character other than letters, digits, space, `+`, `@`, `.`, `-` and `_` is removed first."},"tag":{"type":"string","description":"A UUID as Postgres accepts one: 32 hex digits in either case, a hyphen allowed after any group of four, optionally in braces (`6a3d9c1f-2e8b-4f70-b5d4-8c1e0a7f2d96`). No `format: uuid`: that format asks for the hyphenated form only, which is stricter than the server.","pattern":"^(\\\\{[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7}\\\\}|[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7})$"},"limit":{"type":"integer","minimum":1,"maximum":100,"default":50,"description":"Page size. Defaults to 50 and is clamped to 1..100 by the server; a bad value (e.g. one that is not a number) silently becomes 50 rather than answering 400 (source)."},"cursor":{"type":"string","description":"Opaque cursor from the previous page\'s `meta.next_cursor`; omit for the first page. It is base64url of `\\"<created_at>|<uuid>\\"` (source), not JSON as the docs\' `eyJ…` example suggests; clients must not build or parse it. A malformed cursor silently restarts at the first page."}},"additionalProperties":false}',
        http_method="GET",
        read_only=True,
        destructive=False,
        idempotent=True,
        paged=True,
        argument_keys=(),
    ),
    ToolSpec(
        name="contacts_create",
        call_path="contacts.create",
        title="Find or create a contact by phone number",
        description="Find or create a contact by phone number. Required scope: `contacts:write`. Find-or-create keyed on the phone number: answers 200 with the existing contact when the number is known, 201 with the new contact otherwise. An existing contact is matched on the last 8 digits of the number, so another number with the same last 8 digits returns that contact. On an existing contact `name`, `email` and `company` are not updated, but `tags`, when sent, replaces its tag set. A new contact without `name` is named after its digits.",
        input_schema_json='{"type":"object","properties":{"phone":{"type":"string","description":"A phone number in any formatting: the server removes every character that is not a digit (`+`, spaces, dashes, parentheses...), then 7 to 15 digits must remain, the first not 0. The pattern says exactly that.","pattern":"^[^0-9]*[1-9](?:[^0-9]*[0-9]){6,14}[^0-9]*$"},"name":{"type":"string","description":"Name of a new contact (an existing contact keeps its name)."},"email":{"type":"string","description":"`email` (body field)"},"company":{"type":"string","description":"`company` (body field)"},"tags":{"type":"array","description":"Tag names (matched case-insensitively; missing tags are created). The set replaces the contact\'s tags, also on an existing contact.","items":{"type":"string"}}},"required":["phone"],"additionalProperties":false}',
        http_method="POST",
        read_only=False,
        destructive=False,
        idempotent=False,
        paged=False,
        argument_keys=(),
    ),
    ToolSpec(
        name="contacts_retrieve",
        call_path="contacts.retrieve",
        title="Retrieve a contact",
        description='Retrieve a contact. Required scope: `contacts:read`. Answers 404 "Contact not found" when the id is unknown, belongs to another account or is not a UUID (source-run).',
        input_schema_json='{"type":"object","properties":{"id":{"type":"string","description":"Contact id, a UUID. Unknown, foreign and non-UUID ids answer 404 (source-run)."}},"required":["id"],"additionalProperties":false}',
        http_method="GET",
        read_only=True,
        destructive=False,
        idempotent=True,
        paged=False,
        argument_keys=(),
    ),
    ToolSpec(
        name="contacts_update",
        call_path="contacts.update",
        title="Update a contact",
        description="Update a contact. Required scope: `contacts:write`. Partial update: only the keys sent are applied; `null` clears `name`, `email` or `company`, and `tags` replaces the tag set. The phone number cannot be changed (a `phone` key is ignored, source-run). An empty object is accepted and returns the contact unchanged. Answers 404 before any write when the id is unknown or belongs to another account.",
        input_schema_json='{"type":"object","properties":{"id":{"type":"string","description":"Contact id, a UUID. Unknown, foreign and non-UUID ids answer 404 (source-run)."},"name":{"type":["string","null"],"description":"New name; null clears it."},"email":{"type":["string","null"],"description":"New email; null clears it."},"company":{"type":["string","null"],"description":"New company; null clears it."},"tags":{"type":"array","description":"Tag names; the set replaces the contact\'s tags.","items":{"type":"string"}}},"required":["id"],"additionalProperties":false}',
        http_method="PATCH",
        read_only=False,
        destructive=False,
        idempotent=False,
        paged=False,
        argument_keys=(),
    ),
    ToolSpec(
        name="broadcasts_create",
        call_path="broadcasts.create",
        title="Send a template broadcast to many phone numbers",
        description="Send a template broadcast to many phone numbers. Required scope: `broadcasts:send`. Sends one approved WhatsApp template to up to 1000 recipients per request. Invalid numbers are dropped and counted in `rejected` (they do not fail the request); every valid recipient is found or created as a contact, and recipients that resolve to the same contact are sent once (the first wins, not counted anywhere). Answers 202 once the broadcast is planned; the messages go out after the response, sequentially, within 60 s: a large batch can be cut off, leaving the broadcast `sending`. Poll `GET /api/v1/broadcasts/{id}` for the counts. Not idempotent: a retry launches a second broadcast.",
        input_schema_json='{"type":"object","properties":{"name":{"type":"string","description":"Broadcast name; `API broadcast (<template_name>)` when omitted."},"template_name":{"type":"string","description":"Approved WhatsApp template to send."},"template_language":{"type":"string","default":"en_US","description":"Template language; `en_US` when omitted."},"recipients":{"type":"array","minItems":1,"maxItems":1000,"description":"1 to 1000 recipients per request.","items":{"type":"object","required":["to"],"properties":{"to":{"type":"string","description":"Phone number, validated like a send\'s `to`; an invalid number does not fail the request but is dropped and counted in `rejected`."},"params":{"type":"array","description":"Positional body variables of the template (non-strings are dropped).","items":{"type":"string"}}}}}},"required":["template_name","recipients"],"additionalProperties":false}',
        http_method="POST",
        read_only=False,
        destructive=False,
        idempotent=False,
        paged=False,
        argument_keys=(),
    ),
    ToolSpec(
        name="broadcasts_retrieve",
        call_path="broadcasts.retrieve",
        title="Retrieve a broadcast and its delivery counts",
        description='Retrieve a broadcast and its delivery counts. Required scope: `broadcasts:send` (there is no read scope for broadcasts). Answers 404 "Broadcast not found" for an unknown or foreign id, and 500 `internal` for an id that is not a UUID.',
        input_schema_json='{"type":"object","properties":{"id":{"type":"string","description":"A UUID as Postgres accepts one: 32 hex digits in either case, a hyphen allowed after any group of four, optionally in braces (`6a3d9c1f-2e8b-4f70-b5d4-8c1e0a7f2d96`). No `format: uuid`: that format asks for the hyphenated form only, which is stricter than the server.","pattern":"^(\\\\{[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7}\\\\}|[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7})$"}},"required":["id"],"additionalProperties":false}',
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
        title="List the account's webhook endpoints",
        description="List the account's webhook endpoints. Required scope: `webhooks:manage`. Every endpoint of the account, newest first, in one answer: there is no paging and `meta.next_cursor` is always null. The signing secret is never returned here.",
        input_schema_json='{"type":"object","properties":{},"additionalProperties":false}',
        http_method="GET",
        read_only=True,
        destructive=False,
        idempotent=True,
        paged=False,
        argument_keys=(),
    ),
    ToolSpec(
        name="webhooks_create",
        call_path="webhooks.create",
        title="Register a webhook endpoint",
        description="Register a webhook endpoint. Required scope: `webhooks:manage`. Registers an `https://` URL for one or more of the three events. The URL is stored normalised (`https://example.com` becomes `https://example.com/`). The answer carries the signing secret `whsec_…`: it is returned only here and cannot be read or rotated later. There is no limit on endpoints per account and no duplicate-URL check. Private or localhost URLs are accepted here and refused at each delivery (counted as a failure); the docs say they are rejected, the source rejects them per delivery.",
        input_schema_json='{"type":"object","properties":{"url":{"type":"string","pattern":"^\\\\s*[Hh][Tt][Tt][Pp][Ss]://","description":"An `https://` URL (anything else answers 400)."},"events":{"type":"array","minItems":1,"uniqueItems":true,"description":"One or more known event names (no wildcard).","items":{"type":"string","enum":["message.received","message.status_updated","conversation.created"]}}},"required":["url","events"],"additionalProperties":false}',
        http_method="POST",
        read_only=False,
        destructive=False,
        idempotent=False,
        paged=False,
        argument_keys=(),
    ),
    ToolSpec(
        name="webhooks_retrieve",
        call_path="webhooks.retrieve",
        title="Retrieve a webhook endpoint",
        description='Retrieve a webhook endpoint. Required scope: `webhooks:manage`. Answers 404 "Webhook not found" for an unknown or foreign id, and 500 `internal` for an id that is not a UUID.',
        input_schema_json='{"type":"object","properties":{"id":{"type":"string","description":"A UUID as Postgres accepts one: 32 hex digits in either case, a hyphen allowed after any group of four, optionally in braces (`6a3d9c1f-2e8b-4f70-b5d4-8c1e0a7f2d96`). No `format: uuid`: that format asks for the hyphenated form only, which is stricter than the server.","pattern":"^(\\\\{[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7}\\\\}|[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7})$"}},"required":["id"],"additionalProperties":false}',
        http_method="GET",
        read_only=True,
        destructive=False,
        idempotent=True,
        paged=False,
        argument_keys=(),
    ),
    ToolSpec(
        name="webhooks_delete",
        call_path="webhooks.delete",
        title="Delete a webhook endpoint",
        description="Delete a webhook endpoint. Required scope: `webhooks:manage`. Answers 200 with the id and `deleted: true` (not 204), or 404 when no endpoint matched.",
        input_schema_json='{"type":"object","properties":{"id":{"type":"string","description":"A UUID as Postgres accepts one: 32 hex digits in either case, a hyphen allowed after any group of four, optionally in braces (`6a3d9c1f-2e8b-4f70-b5d4-8c1e0a7f2d96`). No `format: uuid`: that format asks for the hyphenated form only, which is stricter than the server.","pattern":"^(\\\\{[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7}\\\\}|[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7})$"}},"required":["id"],"additionalProperties":false}',
        http_method="DELETE",
        read_only=False,
        destructive=True,
        idempotent=True,
        paged=False,
        argument_keys=(),
    ),
    ToolSpec(
        name="webhooks_update",
        call_path="webhooks.update",
        title="Update a webhook endpoint",
        description='Update a webhook endpoint. Required scope: `webhooks:manage`. Changes the URL, the events or `is_active`; at least one of them must be sent (else 400 "No updatable fields provided"). `is_active: true` re-enables a disabled endpoint and resets `failure_count` to 0. The secret cannot be changed. Answers 404 when no endpoint matched.',
        input_schema_json='{"type":"object","properties":{"id":{"type":"string","description":"A UUID as Postgres accepts one: 32 hex digits in either case, a hyphen allowed after any group of four, optionally in braces (`6a3d9c1f-2e8b-4f70-b5d4-8c1e0a7f2d96`). No `format: uuid`: that format asks for the hyphenated form only, which is stricter than the server.","pattern":"^(\\\\{[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7}\\\\}|[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7})$"},"url":{"type":"string","pattern":"^\\\\s*[Hh][Tt][Tt][Pp][Ss]://","description":"A new `https://` URL."},"events":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["message.received","message.status_updated","conversation.created"]},"description":"`events` (body field)"},"is_active":{"type":"boolean","description":"`true` re-enables the endpoint and resets `failure_count`."}},"required":["id"],"additionalProperties":false}',
        http_method="PATCH",
        read_only=False,
        destructive=False,
        idempotent=False,
        paged=False,
        argument_keys=(),
    ),
)


def main(argv: Sequence[str] | None = None) -> None:
    """The command line: serve the tools until the client disconnects (stdio) or forever (http)."""
    run(f"python -m {__package__}.mcp", "wacrm-client", __version__, TOOLS, AsyncWacrm, argv)


if __name__ == "__main__":
    main()
