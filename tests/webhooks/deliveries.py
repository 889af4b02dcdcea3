"""Webhook deliveries built the way each provider's own code builds them, independent of the generator.

Wacrm (SURFACE.md §1.5, `lib/webhooks/sign.ts`, `deliver.ts`): the body is `JSON.stringify` of
`{id, event, occurred_at, account_id, data}`; `t` is unix seconds; `v1` is the lower-case hex
HMAC-SHA256 keyed with the whole secret string `whsec_...` as UTF-8 (not decoded), over
`"<t>.<raw body>"`; the header is exactly `t=<t>,v1=<hex>`. Beside it `X-Wacrm-Event` and
`X-Wacrm-Webhook-Id` (the endpoint's id). The secret is `whsec_` + base64url of 32 random bytes.

ChatbotX's API channel (SURFACE.md §2.6, `integrations/api/src/lib/signature.ts`, `delivery.ts`): the
body is `JSON.stringify(envelope)`; `X-ChatbotX-Timestamp` is unix seconds as a decimal string;
`X-ChatbotX-Signature: sha256=<hex HMAC-SHA256>` keyed with the 64-hex-character signing secret as
UTF-8 (not hex-decoded), over `"<timestamp>.<raw body>"`; `X-ChatbotX-Delivery` a random UUID.
ChatbotX's system events (§2.5) are unsigned: `Content-Type` and `User-Agent: AhaChat-Webhook/1.0` only.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Delivery:
    """One HTTP delivery: the exact body bytes and the headers, as the provider sends them."""

    event: str  # the spec's webhook name
    example: str  # the spec's example it carries
    body: bytes
    headers: dict[str, str]
    payload: dict[str, Any]


def json_stringify(value: Any) -> bytes:
    """What JavaScript's `JSON.stringify` produces for plain data: no spaces, key order kept, UTF-8."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def wacrm_secret() -> str:
    return "whsec_" + base64.urlsafe_b64encode(secrets.token_bytes(32)).decode().rstrip("=")


def chatbotx_signing_secret() -> str:
    return secrets.token_bytes(32).hex()


def wacrm_delivery(
    payload: dict[str, Any], secret: str, *, t: int | None = None, example: str = ""
) -> Delivery:
    body = json_stringify(payload)
    t = int(time.time()) if t is None else t
    v1 = hmac.new(secret.encode("utf-8"), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    headers = {
        "Content-Type": "application/json",
        "X-Wacrm-Event": str(payload["event"]),
        "X-Wacrm-Webhook-Id": "e7a1c3d5-2b4f-4d6e-8a0c-1e3f5a7b9c2d",
        "X-Wacrm-Signature": f"t={t},v1={v1}",
    }
    return Delivery(str(payload["event"]), example, body, headers, payload)


def chatbotx_api_channel_delivery(
    payload: dict[str, Any],
    signing_secret: str,
    *,
    t: int | None = None,
    example: str = "",
    key: bytes | None = None,  # only to show what a wrong key does: ChatbotX keys with the text
) -> Delivery:
    body = json_stringify(payload)
    timestamp = str(int(time.time()) if t is None else t)
    key = signing_secret.encode("utf-8") if key is None else key
    digest = hmac.new(key, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    headers = {
        "Content-Type": "application/json",
        "X-ChatbotX-Signature": f"sha256={digest}",
        "X-ChatbotX-Timestamp": timestamp,
        "X-ChatbotX-Delivery": str(uuid.uuid4()),
    }
    return Delivery(str(payload["event"]), example, body, headers, payload)


def chatbotx_system_delivery(payload: dict[str, Any], *, example: str = "") -> Delivery:
    headers = {"Content-Type": "application/json", "User-Agent": "AhaChat-Webhook/1.0"}
    return Delivery(str(payload["event"]), example, json_stringify(payload), headers, payload)


# -- the spec's events and their examples --------------------------------------------------------------


@cache
def spec(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "specs" / f"{name}.yaml").read_text("utf-8"))
    return loaded


@dataclass(frozen=True)
class DeclaredEvent:
    name: str
    schema: str  # the payload's component name
    signed: bool
    examples: dict[str, dict[str, Any]]


def declared_events(name: str) -> list[DeclaredEvent]:
    """Every webhook the spec declares, read from the YAML itself: its schema, signing and examples."""
    doc = spec(name)
    root_signed = "x-webhook-signature" in doc
    out = []
    for event, item in doc["webhooks"].items():
        op = item["post"]
        media = op["requestBody"]["content"]["application/json"]
        schema = media["schema"]["$ref"].rsplit("/", 1)[-1]
        signed = root_signed and op.get("x-webhook-signature", True) is not False
        examples = {k: v["value"] for k, v in media.get("examples", {}).items()}
        out.append(DeclaredEvent(event, schema, signed, examples))
    return out
