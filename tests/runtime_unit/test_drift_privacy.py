"""The drift log holds shapes, never customer data: free text, phone numbers, emails and ids sent
through every kind of drift (an enum, a null, a new property, another type, another format, a
required property absent, a map keyed by data, an undeclared webhook event) appear nowhere in it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

import pytest
from pydantic import AwareDatetime, ConfigDict
from runtime import _drift
from runtime._modelbase import BaseModel
from runtime._webhooks import (
    InvalidWebhookPayloadError,
    UnknownWebhookEventError,
    WebhookEvent,
    Webhooks,
)

FREE_TEXT = "Olá, preciso de ajuda com meu pedido 4471"
PHONE = "+55 11 91234-5678"
EMAIL = "ana.silva@example.com"
IDS = (
    "6808cd89c9968a7b8a41b9f7",
    "3f2b8c1e-9d4a-4f7e-b1c2-8a9e0d6f5b3c",
    "cus_NffrFeUfNV2Hib",
    "conv_8812",
)
SECRETS = (FREE_TEXT, PHONE, EMAIL, *IDS)
# what must not appear in the log, each secret also in the forms it is often stored in
FORBIDDEN = (
    *SECRETS,
    "5511912345678",
    "91234-5678",
    "ana.silva",
    "example.com",
    "preciso de ajuda",
)


class Contact(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    status: Literal["active", "blocked"] | str  # an open enum, as generated for responses
    kind: Literal["person"]  # a closed one
    name: str
    unread: int
    seen_at: AwareDatetime
    channel: str
    tags: dict[str, int]


class MessageReceived(BaseModel):
    model_config = ConfigDict(extra="allow")
    event: Literal["message.received"]
    text: str
    count: int


def _answer(secret: str) -> dict[str, object]:
    """One answer with `secret` in every place a drift can be found."""
    return {
        "id": secret,
        "status": secret,  # enum: a value outside it
        "kind": secret,  # a closed enum
        "name": None,  # null where none is allowed
        "unread": secret,  # a string where an integer is declared
        "seen_at": secret,  # a string that is no date-time
        # `channel` absent: a required property missing
        "tags": {secret: secret},  # a map keyed by data, its value of another type
        "notes": secret,  # a new property holding the secret
        "contact": {"email": secret, "phone": secret, "id": secret, secret: secret},  # a new object
        "history": [secret, {"body": secret}],  # a new array
        secret: {"nested": secret},  # a new property named by the secret itself
    }


@pytest.mark.parametrize(
    "secret", SECRETS, ids=["free-text", "phone", "email", *[f"id-{i}" for i in range(len(IDS))]]
)
def test_no_customer_value_reaches_the_log_through_any_kind_of_drift(
    tmp_path: Path, secret: str
) -> None:
    log = _drift.DriftLog(tmp_path / "drift.jsonl", package="runtime", version="1.0.0")
    log.observe("GET /contacts/{id}", 200, Contact, _answer(secret))
    log.observe("GET /contacts", 200, list[Contact], [_answer(secret), _answer(secret)])
    hooks = Webhooks(
        (WebhookEvent("message.received", lambda: MessageReceived, value="message.received"),),
        discriminator="event",
    )
    with pytest.raises(UnknownWebhookEventError):
        hooks.unwrap(json.dumps({"event": secret, "text": secret, secret: secret}), {}, drift=log)
    with pytest.raises(InvalidWebhookPayloadError):  # a declared event whose payload differs
        hooks.unwrap(
            json.dumps(
                {"event": "message.received", "text": None, "count": secret, "from": secret}
            ),
            {},
            drift=log,
        )

    text = (tmp_path / "drift.jsonl").read_text(encoding="utf-8")
    records = [json.loads(line) for line in text.splitlines()]
    kinds = {r["kind"] for r in records}
    assert kinds == {"enum", "null", "type", "format", "missing", "property", "keys", "event"}
    for value in FORBIDDEN:
        assert value not in text
    # a withheld value says so, instead of being dropped silently
    assert any(r["kind"] == "enum" and r["arrived"].get("value_withheld") for r in records)
    assert any(r["kind"] == "event" and r["arrived"].get("value_withheld") for r in records)


def test_a_code_like_enum_value_and_event_name_are_kept(tmp_path: Path) -> None:
    """The one value the log keeps: what reads as a code, which `codegen drift` needs to propose it."""
    log = _drift.DriftLog(tmp_path / "drift.jsonl", package="runtime", version="1.0.0")
    answer = {**_answer("x"), "status": "inProgress", "kind": "person"}
    log.observe("GET /contacts/{id}", 200, Contact, answer)
    hooks = Webhooks(
        (WebhookEvent("message.received", lambda: MessageReceived, value="message.received"),),
        discriminator="event",
    )
    with pytest.raises(UnknownWebhookEventError):
        hooks.unwrap(json.dumps({"event": "message.deleted"}), {}, drift=log)
    records = [json.loads(line) for line in (tmp_path / "drift.jsonl").read_text().splitlines()]
    values = {
        r["kind"]: r["arrived"].get("value") for r in records if r["kind"] in ("enum", "event")
    }
    assert values == {"enum": "inProgress", "event": "message.deleted"}


@pytest.mark.parametrize(
    "value", [*SECRETS, "Obrigado pela ajuda", "5511912345678", "a@b.co", "x" * 41]
)
def test_safe_token_withholds_what_could_be_data(value: str) -> None:
    assert _drift.safe_token(value) is None


@pytest.mark.parametrize(
    "value", ["snoozed", "in_progress", "message.received", "followUp", "v2", "ticket:closed"]
)
def test_safe_token_keeps_codes(value: str) -> None:
    assert _drift.safe_token(value) == value
