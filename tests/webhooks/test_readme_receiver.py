"""The webhook receiver each package README shows runs as written: executed with a `client`, its WSGI
`app` is called with deliveries signed as the provider signs them, one per example of every event,
and with forged ones.

(The contract tests run the README's operation examples against Prism; this block sends nothing,
so it runs here.)
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import chatbotx_client
import pytest
import wacrm_client

from .deliveries import (
    Delivery,
    chatbotx_api_channel_delivery,
    chatbotx_signing_secret,
    chatbotx_system_delivery,
    declared_events,
    wacrm_delivery,
    wacrm_secret,
)

ROOT = Path(__file__).resolve().parents[2]
BLOCK = re.compile(r"^```python[ \t]*\n(.*?)^```", re.DOTALL | re.MULTILINE)


def receiver_block(name: str) -> str:
    readme = (ROOT / "generated" / name / "README.md").read_text(encoding="utf-8")
    blocks = [b for b in BLOCK.findall(readme) if "client.webhooks.unwrap(" in b]
    assert len(blocks) == 1, f"{name}: the README shows {len(blocks)} webhook receivers"
    return str(blocks[0])


def test_a_package_without_webhooks_shows_no_receiver() -> None:
    readme = (ROOT / "generated" / "datacrazy" / "README.md").read_text(encoding="utf-8")
    assert "## Webhooks" not in readme and "client.webhooks" not in readme


def _environ(delivery: Delivery) -> dict[str, Any]:
    """A WSGI environ as a server builds it from the provider's request."""
    environ: dict[str, Any] = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/hooks",
        "CONTENT_LENGTH": str(len(delivery.body)),
        "wsgi.input": io.BytesIO(delivery.body),
    }
    for key, value in delivery.headers.items():
        name = key.upper().replace("-", "_")
        environ[name if name == "CONTENT_TYPE" else f"HTTP_{name}"] = value
    return environ


def _call(app: Callable[..., Any], delivery: Delivery) -> str:
    status: list[str] = []
    body = b"".join(app(_environ(delivery), lambda s, h: status.append(s)))
    assert isinstance(body, bytes)
    return status[0]


def _app(name: str, client: Any) -> Callable[..., Any]:
    namespace: dict[str, Any] = {"client": client}
    exec(compile(receiver_block(name), f"generated/{name}/README.md", "exec"), namespace)
    app: Callable[..., Any] = namespace["app"]
    return app


def test_the_wacrm_readme_receiver(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    secret = wacrm_secret()
    monkeypatch.setenv("WACRM_WEBHOOK_SECRET", secret)
    app = _app("wacrm", wacrm_client.Wacrm(api_key="k", base_url="https://crm.example.com"))
    payloads = [p for e in declared_events("wacrm") for p in e.examples.values()]
    for payload in payloads:
        assert _call(app, wacrm_delivery(payload, secret)) == "204 No Content"
    assert capsys.readouterr().out.split("\n")[:-1] == [f"received {p['event']}" for p in payloads]
    assert _call(app, wacrm_delivery(payloads[0], wacrm_secret())).startswith("400")
    newer = {**payloads[0], "event": "deal.won"}
    assert _call(app, wacrm_delivery(newer, secret)) == "202 Accepted"
    assert _call(app, wacrm_delivery(newer, wacrm_secret())) == "202 Accepted"  # signed or not


def test_the_chatbotx_readme_receiver(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    secret = chatbotx_signing_secret()
    monkeypatch.setenv("CHATBOTX_WEBHOOK_SECRET", secret)
    app = _app("chatbotx", chatbotx_client.ChatbotX(api_key="k"))
    for event in declared_events("chatbotx"):
        for payload in event.examples.values():
            delivery = (
                chatbotx_api_channel_delivery(payload, secret)
                if event.signed
                else chatbotx_system_delivery(payload)
            )
            assert _call(app, delivery) == "204 No Content", event.name
            assert capsys.readouterr().out == f"received {event.name}\n"
    signed = next(e for e in declared_events("chatbotx") if e.signed)
    forged = chatbotx_system_delivery(next(iter(signed.examples.values())))
    assert _call(app, forged).startswith("400")
    # Issue 24 (C6): the older executor's unsigned `event_<type>` fallback is acknowledged, not refused.
    fallback = chatbotx_system_delivery({"event": "event_somethingNew", "contact_id": "5310"})
    assert _call(app, fallback) == "202 Accepted"
    assert capsys.readouterr().out == ""
