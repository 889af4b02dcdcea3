"""The spec's webhooks -> `ir.Webhooks`: each event's payload type, its signature scheme, the table the
runtime's `_webhooks.Webhooks` is built from, and what the README says of them.

An event's scheme is its own `x-webhook-signature`, `false` (unsigned), or the document's root one
(none at all: unsigned). Events told apart by a discriminator may be signed differently; without one,
the payload cannot say which event it is before its signature is checked, so every event is checked
with the first signed event's scheme (with a warning). Payload types come from the generated models,
as a response's do (`responses.json_type`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.errors import Problem
from generator.ir import nodes as ir
from generator.ir.context import Context, lit
from generator.ir.reference import example_json
from generator.ir.responses import json_type
from generator.ir.typemap import join_union
from generator.load.document import escape
from generator.load.extensions import WebhookSignature
from generator.models.registry import SCHEMA_PREFIX
from generator.models.webhooks import WebhookSchema, WebhookSchemaSet
from generator.naming import comment

DEFAULT_TOLERANCE = 300  # seconds: the runtime's `_webhooks.DEFAULT_TOLERANCE`
_SCHEME_CONST = "_WEBHOOK_SIGNATURE"


def build_webhooks(
    ctx: Context, hooks: WebhookSchemaSet, secret_env: str
) -> tuple[ir.Webhooks | None, list[Problem]]:
    """The package's webhooks (None when the spec declares none it can type), and warnings."""
    if not hooks.events:
        return None, []
    problems: list[Problem] = []
    signing = [_signature_of(ctx, event) for event in hooks.events]
    default = ctx.extensions.webhook_signature
    if hooks.discriminator is None and len(set(signing) | {default}) > 1:
        chosen = next((s for s in signing if s is not None), default)
        if len(set(signing)) > 1:
            problems.append(
                ctx.document.problem(
                    ["webhooks"],
                    "the webhooks are signed differently, but no payload property tells them apart "
                    "(a required string with one value per event): every event is checked as "
                    f"{chosen.header if chosen else 'unsigned'} says",
                    warning=True,
                )
            )
        signing = [chosen] * len(signing)
        default = chosen
    schemes: dict[WebhookSignature, ir.SignatureScheme] = {}
    for signature in [*signing, default]:
        if signature is not None and signature not in schemes:
            const = _SCHEME_CONST if not schemes else f"{_SCHEME_CONST}_{len(schemes) + 1}"
            schemes[signature] = _scheme(const, signature)
    events = _said_once(
        tuple(
            _event(ctx, event, schemes[s].const_name if s is not None else None)
            for event, s in zip(hooks.events, signing, strict=True)
        )
    )
    first = hooks.events[0].component
    attr = ctx.index.attr(first, hooks.discriminator) if hooks.discriminator else None
    return (
        ir.Webhooks(
            events=events,
            schemes=tuple(schemes.values()),
            default_scheme=schemes[default].const_name if default is not None else "None",
            discriminator_lit=lit(hooks.discriminator),
            annotation=join_union([e.annotation for e in events]),
            secret_env=secret_env,
            signed=any(e.signed for e in events),
            event_expr=f"event.{attr}" if attr else "type(event).__name__",
            union_md=hooks.union or "",
            unknown_md=_unknown_md(hooks.discriminator),
        ),
        problems,
    )


def _unknown_md(discriminator: str | None) -> str:
    """What the README says of a payload that is none of the declared events."""
    if discriminator is None:
        return "A body that matches no event's schema raises `InvalidWebhookPayloadError`"
    return (
        f"An event the spec does not declare (another `{_code(discriminator)}`) raises "
        "`UnknownWebhookEventError`, signed or not, before any signature check: it is never returned "
        "as an event (acknowledge it, or ignore it); a body that does not match its event's schema "
        "raises `InvalidWebhookPayloadError`"
    )


def _signature_of(ctx: Context, event: WebhookSchema) -> WebhookSignature | None:
    """The event's own scheme, or the document's; None when it is unsigned."""
    own = ctx.extensions.webhook_signatures.get(event.key)
    if own is False:
        return None
    return own if own is not None else ctx.extensions.webhook_signature


def _event(ctx: Context, event: WebhookSchema, scheme: str | None) -> ir.WebhookEvent:
    typed = json_type(ctx, {"$ref": SCHEMA_PREFIX + escape(event.component)})
    summary = event.op.get("summary")
    description = event.op.get("description")
    return ir.WebhookEvent(
        name=event.name,
        name_lit=lit(event.name),
        value_lit=lit(event.value),
        type_expr=typed.type_expr or "Any",
        annotation=typed.annotation,
        unwrap_root=typed.unwrap_root,
        scheme=scheme or "None",
        signed=scheme is not None,
        payload_md=(
            event.component
            if event.component in ctx.index.classes
            else typed.annotation.replace("_models.", "").replace("|", "\\|")
        ),
        summary=comment(summary if isinstance(summary, str) else ""),
        description_md=_quote(description if isinstance(description, str) else ""),
        signed_md="yes" if scheme is not None else "no",
        example_md=example_json(event.example),
    )


def _said_once(events: tuple[ir.WebhookEvent, ...]) -> tuple[ir.WebhookEvent, ...]:
    """A description several events share is printed under the first of them; the others name it."""
    first: dict[str, str] = {}
    out: list[ir.WebhookEvent] = []
    for event in events:
        text = event.description_md
        if text and text in first:
            out.append(replace(event, description_md="", same_as_md=f"`{first[text]}`"))
            continue
        if text:
            first[text] = event.name
        out.append(event)
    return tuple(out)


def _quote(text: str) -> str:
    """Spec prose as a Markdown block quote: its own code blocks never become README examples."""
    lines = text.strip().splitlines()
    return "\n".join(f"> {line}".rstrip() for line in lines)


def _code(text: str) -> str:
    """Text inside a Markdown code span: placeholders shown as `<name>`, backticks left out."""
    return re.sub(r"{(\w+)}", r"<\1>", comment(text)).replace("`", "'")


def _scheme(const: str, s: WebhookSignature) -> ir.SignatureScheme:
    parts = [f"`{_code(s.header)}: {_code(s.value)}`"]
    if s.separator.isspace():
        parts.append(" (several, separated by spaces)")
    elif s.separator != ",":
        parts.append(f" (several, separated by `{_code(s.separator)}`)")
    extra = [h for h in (s.id_header, s.timestamp_header) if h]
    if extra:
        parts.append(" with " + " and ".join(f"`{_code(h)}`" for h in extra))
    key = "the secret as UTF-8"
    if s.secret_encoding != "utf-8":
        prefix = f" after `{_code(s.secret_prefix)}`" if s.secret_prefix else ""
        key = f"the secret {s.secret_encoding}-decoded{prefix}"
    parts.append(
        f": HMAC-{s.algorithm.upper()} ({s.encoding}) of `{_code(s.signed)}`, keyed with {key}"
    )
    if s.has_timestamp:
        tolerance = s.tolerance if s.tolerance is not None else DEFAULT_TOLERANCE
        parts.append(f"; a timestamp more than {tolerance} s away from now is refused")
    return ir.SignatureScheme(
        const_name=const,
        header_lit=lit(s.header),
        value_lit=lit(s.value),
        separator_lit=lit(s.separator),
        signed_lit=lit(s.signed),
        algorithm_lit=lit(s.algorithm),
        encoding_lit=lit(s.encoding),
        tolerance_lit=lit(s.tolerance),
        timestamp_header_lit=lit(s.timestamp_header),
        id_header_lit=lit(s.id_header),
        secret_encoding_lit=lit(s.secret_encoding),
        secret_prefix_lit=lit(s.secret_prefix),
        summary_md="".join(parts) + ".",
    )
