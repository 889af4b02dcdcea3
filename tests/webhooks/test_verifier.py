"""A webhook verifier that needs no API client (issue 23, finding 6).

`wacrm_client.Webhooks(secret=...)` checks and parses deliveries with no API key, no base URL and no
environment at all; the client's `webhooks` resource gives the same answers.
"""

from __future__ import annotations

import chatbotx_client
import pytest
import wacrm_client

from .deliveries import (
    chatbotx_api_channel_delivery,
    chatbotx_signing_secret,
    declared_events,
    wacrm_delivery,
    wacrm_secret,
)

API_ENV = ("WACRM_API_KEY", "WACRM_BASE_URL", "WACRM_WEBHOOK_SECRET", "CHATBOTX_API_KEY")


@pytest.fixture(autouse=True)
def no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in API_ENV:
        monkeypatch.delenv(name, raising=False)


def _first_example(provider: str, event: str) -> dict[str, object]:
    declared = next(e for e in declared_events(provider) if e.name == event)
    return next(iter(declared.examples.values()))


def test_a_delivery_is_verified_and_typed_without_an_api_key_or_base_url() -> None:
    secret = wacrm_secret()
    delivery = wacrm_delivery(_first_example("wacrm", "message.received"), secret)
    verifier = wacrm_client.Webhooks(secret=secret)

    event = verifier.unwrap(delivery.body, delivery.headers)

    assert isinstance(event, wacrm_client.MessageReceivedEvent)
    assert event.event == "message.received"
    verifier.verify_signature(delivery.body, delivery.headers)
    assert "secret" not in repr(verifier).replace("secret=***", "")


def test_a_wrong_secret_or_a_tampered_body_is_refused_by_the_verifier() -> None:
    delivery = wacrm_delivery(_first_example("wacrm", "message.received"), wacrm_secret())
    with pytest.raises(wacrm_client.InvalidWebhookSignatureError):
        wacrm_client.Webhooks(secret=wacrm_secret()).unwrap(delivery.body, delivery.headers)
    with pytest.raises(wacrm_client.WebhookSecretError, match="WACRM_WEBHOOK_SECRET"):
        wacrm_client.Webhooks().unwrap(delivery.body, delivery.headers)


def test_the_clients_webhooks_resource_answers_as_the_verifier_does() -> None:
    secret = wacrm_secret()
    delivery = wacrm_delivery(_first_example("wacrm", "message.received"), secret)
    client = wacrm_client.Wacrm(api_key="k", base_url="http://127.0.0.1:9")
    from_client = client.webhooks.unwrap(delivery.body, delivery.headers, secret=secret)
    from_verifier = wacrm_client.Webhooks(secret=secret).unwrap(delivery.body, delivery.headers)
    assert from_client == from_verifier
    client.close()


def test_every_package_with_webhooks_offers_the_verifier() -> None:
    secret = chatbotx_signing_secret()
    signed = next(e for e in declared_events("chatbotx") if e.signed and e.examples)
    payload = next(iter(signed.examples.values()))
    delivery = chatbotx_api_channel_delivery(payload, secret)
    event = chatbotx_client.Webhooks(secret=secret).unwrap(delivery.body, delivery.headers)
    assert event.event == payload["event"]  # type: ignore[union-attr]
