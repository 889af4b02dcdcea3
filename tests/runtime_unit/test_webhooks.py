"""The runtime's webhook checks, scheme by scheme, with signatures made here with `hmac` directly.

Each common scheme a spec can describe in `x-webhook-signature` is verified as its provider documents
it: Stripe-style `t=...,v1=...` headers (several signatures, unknown items), Standard Webhooks / Svix
(`whsec_` base64 secrets, `{id}.{timestamp}.{body}`, a space-separated list; the published test
vector), a plain HMAC of the body in hex (GitHub's published test vector) or base64 (Shopify-style).
Then the event table: discriminated events signed and unsigned, unknown events, payloads that do not
fit, the secret from the environment.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any

import httpx2
import pydantic
import pytest
from runtime import _webhooks
from runtime._errors import APIError
from runtime._webhooks import (
    InvalidWebhookPayloadError,
    InvalidWebhookSignatureError,
    SignatureScheme,
    UnknownWebhookEventError,
    WebhookEvent,
    Webhooks,
    WebhookSecretError,
    header_values,
)

NOW = 1_782_983_551
BODY = b'{"id":"evt_1","event":"thing.made","data":{"n":1}}'


def _hex(key: bytes, message: bytes, digest: Any = hashlib.sha256) -> str:
    return hmac.new(key, message, digest).hexdigest()


def _b64(key: bytes, message: bytes) -> str:
    return base64.b64encode(hmac.new(key, message, hashlib.sha256).digest()).decode()


def _verify(scheme: SignatureScheme, body: bytes, headers: Any, secret: str, **kw: Any) -> None:
    scheme.verify(body, header_values(headers), secret, now=kw.pop("now", NOW), **kw)


# -- Stripe-style: `t=<unix>,v1=<hex>` over "<t>.<body>" -----------------------------------------------

STRIPE = SignatureScheme(
    header="Stripe-Signature",
    value="t={timestamp},v1={signature}",
    signed="{timestamp}.{body}",
    tolerance=300,
)
STRIPE_SECRET = "whsec_test_secret"


def _stripe(body: bytes = BODY, t: int = NOW, secret: str = STRIPE_SECRET) -> str:
    return _hex(secret.encode(), f"{t}.".encode() + body)


def test_stripe_style_valid_signature() -> None:
    _verify(STRIPE, BODY, {"Stripe-Signature": f"t={NOW},v1={_stripe()}"}, STRIPE_SECRET)


def test_stripe_style_reads_every_v1_and_skips_other_items() -> None:
    """Key rotation: one matching v1 among several is enough; v0 and unknown items are ignored, in any order."""
    wrong = "0" * 64
    header = f"v0={wrong},v1={wrong},t={NOW},v1={_stripe()},scheme=x"
    _verify(STRIPE, BODY, {"stripe-signature": header}, STRIPE_SECRET)


def test_stripe_style_upper_case_hex_is_the_same_signature() -> None:
    _verify(STRIPE, BODY, {"Stripe-Signature": f"t={NOW},v1={_stripe().upper()}"}, STRIPE_SECRET)


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (None, "no Stripe-Signature header"),
        ("", "no Stripe-Signature header"),
        (f"v1={'a' * 64}", "no timestamp"),
        (f"t={NOW}", "holds no signature"),
        (f"t=yesterday,v1={'a' * 64}", "not a number of seconds"),
        (f"t={NOW},v1=not-hex", "holds no hex signature"),
        (f"t={NOW},t={NOW + 1},v1={'a' * 64}", "more than one timestamp"),
        (f"t={NOW},v1={'a' * 64}", "does not match"),
        (f"t={NOW},v1={'a' * 10}", "does not match"),
    ],
)
def test_stripe_style_refusals(header: str | None, message: str) -> None:
    headers = {} if header is None else {"Stripe-Signature": header}
    with pytest.raises(InvalidWebhookSignatureError, match=message):
        _verify(STRIPE, BODY, headers, STRIPE_SECRET)


def test_stripe_style_tampered_body_and_wrong_secret_are_refused() -> None:
    header = {"Stripe-Signature": f"t={NOW},v1={_stripe()}"}
    with pytest.raises(InvalidWebhookSignatureError, match="does not match"):
        _verify(STRIPE, BODY.replace(b"1}", b"2}"), header, STRIPE_SECRET)
    with pytest.raises(InvalidWebhookSignatureError, match="does not match"):
        _verify(STRIPE, BODY, header, "whsec_other")


def test_the_timestamp_is_part_of_what_is_signed() -> None:
    """The same signature with another timestamp fails: a replay cannot be given a fresh time."""
    with pytest.raises(InvalidWebhookSignatureError, match="does not match"):
        _verify(STRIPE, BODY, {"Stripe-Signature": f"t={NOW + 1},v1={_stripe()}"}, STRIPE_SECRET)


@pytest.mark.parametrize("skew", [-301, 301, -86_400])
def test_a_timestamp_outside_the_tolerance_is_stale(skew: int) -> None:
    t = NOW + skew
    header = {"Stripe-Signature": f"t={t},v1={_stripe(t=t)}"}
    with pytest.raises(InvalidWebhookSignatureError, match="tolerance 300 s"):
        _verify(STRIPE, BODY, header, STRIPE_SECRET)


def test_the_tolerance_argument_overrides_the_spec() -> None:
    t = NOW - 3600
    header = {"Stripe-Signature": f"t={t},v1={_stripe(t=t)}"}
    _verify(STRIPE, BODY, header, STRIPE_SECRET, tolerance=7200)
    with pytest.raises(InvalidWebhookSignatureError, match="tolerance 10 s"):
        _verify(
            STRIPE,
            BODY,
            {"Stripe-Signature": f"t={NOW - 11},v1={_stripe(t=NOW - 11)}"},
            STRIPE_SECRET,
            tolerance=10,
        )


def test_without_a_spec_tolerance_the_default_is_five_minutes() -> None:
    scheme = SignatureScheme("Sig", "t={timestamp},v1={signature}", "{timestamp}.{body}")
    t = NOW - 299
    _verify(scheme, BODY, {"Sig": f"t={t},v1={_stripe(t=t)}"}, STRIPE_SECRET)
    t = NOW - 301
    with pytest.raises(InvalidWebhookSignatureError, match="tolerance 300 s"):
        _verify(scheme, BODY, {"Sig": f"t={t},v1={_stripe(t=t)}"}, STRIPE_SECRET)


def test_the_clock_is_the_real_one_by_default() -> None:
    t = int(time.time())
    STRIPE.verify(
        BODY, header_values({"Stripe-Signature": f"t={t},v1={_stripe(t=t)}"}), STRIPE_SECRET
    )


# -- Standard Webhooks / Svix ---------------------------------------------------------------------------

STANDARD = SignatureScheme(
    header="webhook-signature",
    value="v1,{signature}",
    separator=" ",
    signed="{id}.{timestamp}.{body}",
    timestamp_header="webhook-timestamp",
    id_header="webhook-id",
    encoding="base64",
    secret_encoding="base64",
    secret_prefix="whsec_",
    tolerance=300,
)
# The test vector published with the Standard Webhooks specification (and Svix's documentation).
VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
VECTOR_BODY = b'{"test": 2432232314}'
VECTOR_HEADERS = {
    "webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek",
    "webhook-timestamp": "1614265330",
    "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
}


def test_standard_webhooks_published_test_vector() -> None:
    _verify(STANDARD, VECTOR_BODY, VECTOR_HEADERS, VECTOR_SECRET, now=1614265330)


def test_standard_webhooks_several_signatures_and_other_versions() -> None:
    headers = dict(VECTOR_HEADERS)
    headers["webhook-signature"] = (
        "v1a,ed25519sig v1,bm90IGl0 " + VECTOR_HEADERS["webhook-signature"]
    )
    _verify(STANDARD, VECTOR_BODY, headers, VECTOR_SECRET, now=1614265330)


def test_standard_webhooks_svix_headers_are_the_same_scheme_with_other_names() -> None:
    svix = SignatureScheme(
        header="svix-signature",
        value="v1,{signature}",
        separator=" ",
        signed="{id}.{timestamp}.{body}",
        timestamp_header="svix-timestamp",
        id_header="svix-id",
        encoding="base64",
        secret_encoding="base64",
        secret_prefix="whsec_",
    )
    headers = {f"Svix-{k.split('-', 1)[1].title()}": v for k, v in VECTOR_HEADERS.items()}
    _verify(svix, VECTOR_BODY, headers, VECTOR_SECRET, now=1614265330)


@pytest.mark.parametrize(
    ("drop", "change", "message"),
    [
        ("webhook-id", None, "no id"),
        ("webhook-timestamp", None, "no timestamp"),
        (None, ("webhook-id", "msg_other"), "does not match"),
        (None, ("webhook-timestamp", "1614265331"), "does not match"),
        (
            None,
            ("webhook-signature", "g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="),
            "no signature in the form",
        ),
        (None, ("webhook-signature", "v1,!!!"), "holds no base64"),
    ],
)
def test_standard_webhooks_refusals(
    drop: str | None, change: tuple[str, str] | None, message: str
) -> None:
    headers = {k: v for k, v in VECTOR_HEADERS.items() if k != drop}
    if change is not None:
        headers[change[0]] = change[1]
    with pytest.raises(InvalidWebhookSignatureError, match=message):
        _verify(STANDARD, VECTOR_BODY, headers, VECTOR_SECRET, now=1614265330)


def test_standard_webhooks_stale_and_wrong_secret() -> None:
    with pytest.raises(InvalidWebhookSignatureError, match="tolerance"):
        _verify(STANDARD, VECTOR_BODY, VECTOR_HEADERS, VECTOR_SECRET, now=1614265330 + 301)
    other = "whsec_" + base64.b64encode(b"another key of some length").decode()
    with pytest.raises(InvalidWebhookSignatureError, match="does not match"):
        _verify(STANDARD, VECTOR_BODY, VECTOR_HEADERS, other, now=1614265330)


def test_a_secret_that_is_not_in_the_scheme_encoding_is_a_secret_error() -> None:
    with pytest.raises(WebhookSecretError, match="base64"):
        _verify(STANDARD, VECTOR_BODY, VECTOR_HEADERS, "whsec_!!not base64!!", now=1614265330)
    with pytest.raises(WebhookSecretError, match="empty"):
        _verify(STANDARD, VECTOR_BODY, VECTOR_HEADERS, "   ", now=1614265330)


# -- a plain HMAC of the body ----------------------------------------------------------------------------

GITHUB = SignatureScheme(header="X-Hub-Signature-256", value="sha256={signature}", signed="{body}")


def test_plain_hex_published_github_vector() -> None:
    """GitHub's documented example: secret "It's a Secret to Everybody", body "Hello, World!"."""
    header = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"
    _verify(
        GITHUB, b"Hello, World!", [("X-Hub-Signature-256", header)], "It's a Secret to Everybody"
    )
    with pytest.raises(InvalidWebhookSignatureError, match="does not match"):
        _verify(
            GITHUB,
            b"Hello, World?",
            [("X-Hub-Signature-256", header)],
            "It's a Secret to Everybody",
        )


def test_plain_hex_has_no_timestamp_so_no_staleness() -> None:
    header = "sha256=" + _hex(b"s", BODY)
    _verify(GITHUB, BODY, {"x-hub-signature-256": header}, "s", now=0)
    with pytest.raises(InvalidWebhookSignatureError, match="holds no signature"):
        _verify(GITHUB, BODY, {"x-hub-signature-256": _hex(b"s", BODY)}, "s")  # no `sha256=`


def test_plain_base64_of_the_body() -> None:
    shopify = SignatureScheme(header="X-Shopify-Hmac-Sha256", encoding="base64")
    _verify(shopify, BODY, {"X-Shopify-Hmac-SHA256": _b64(b"shpss_key", BODY)}, "shpss_key")
    with pytest.raises(InvalidWebhookSignatureError, match="does not match"):
        _verify(shopify, BODY, {"X-Shopify-Hmac-SHA256": _b64(b"other", BODY)}, "shpss_key")


@pytest.mark.parametrize(
    ("algorithm", "digest"), [("sha512", hashlib.sha512), ("sha1", hashlib.sha1)]
)
def test_other_hmac_algorithms(algorithm: Any, digest: Any) -> None:
    scheme = SignatureScheme(header="X-Sig", algorithm=algorithm)
    _verify(scheme, BODY, {"X-Sig": _hex(b"k", BODY, digest)}, "k")
    with pytest.raises(InvalidWebhookSignatureError):
        _verify(scheme, BODY, {"X-Sig": _hex(b"k", BODY)}, "k")  # a sha256 digest


def test_a_hex_secret_is_decoded_when_the_spec_says_so() -> None:
    scheme = SignatureScheme(header="X-Sig", secret_encoding="hex")
    key = bytes(range(32))
    _verify(scheme, BODY, {"X-Sig": _hex(key, BODY)}, key.hex())
    with pytest.raises(InvalidWebhookSignatureError):
        _verify(scheme, BODY, {"X-Sig": _hex(key.hex().encode(), BODY)}, key.hex())


# -- headers, in every shape a receiver has them -----------------------------------------------------------


def test_headers_in_any_shape_and_case() -> None:
    value = f"t={NOW},v1={_stripe()}"
    shapes: list[Any] = [
        {"STRIPE-SIGNATURE": value},
        [("stripe-signature", value), ("Content-Type", "application/json")],
        [(b"stripe-signature", value.encode())],  # ASGI scope headers
        httpx2.Headers({"Stripe-Signature": value}),
    ]
    for headers in shapes:
        _verify(STRIPE, BODY, headers, STRIPE_SECRET)


def test_header_values_keeps_duplicates() -> None:
    found = header_values([("X-A", "1"), ("x-a", "2"), (b"X-B", b"3")])
    assert found == {"x-a": ["1", "2"], "x-b": ["3"]}


# -- layouts the runtime refuses (the generator's reader refuses the same: tests/codegen_tests) ------------


@pytest.mark.parametrize(
    ("value", "separator", "signed"),
    [
        ("v1,{signature}", ",", "{body}"),  # Standard Webhooks' layout needs `separator: " "`
        ("{timestamp},{signature}", ",", "{timestamp}.{body}"),  # two bare items
        ("t={timestamp}", ",", "{timestamp}.{body}"),  # no signature
        ("v1={signature},v2={signature}", ",", "{body}"),
        ("{signature}", ",", "{timestamp}"),  # no body
    ],
)
def test_a_layout_the_runtime_cannot_read_is_refused(
    value: str, separator: str, signed: str
) -> None:
    with pytest.raises(ValueError):
        SignatureScheme(header="X", value=value, separator=separator, signed=signed)


# -- the event table ------------------------------------------------------------------------------------


class Made(pydantic.BaseModel):
    event: str
    id: str
    data: dict[str, int]


class Pinged(pydantic.BaseModel):
    event: str
    at: str


SIGNED = SignatureScheme(
    header="X-Sig", value="t={timestamp},v1={signature}", signed="{timestamp}.{body}", tolerance=300
)
SECRET = "whsec_abc"


def _signed(body: bytes, secret: str = SECRET, t: int = NOW) -> dict[str, str]:
    return {"X-Sig": f"t={t},v1={_hex(secret.encode(), f'{t}.'.encode() + body)}"}


def _table(default: SignatureScheme | None = SIGNED) -> Webhooks[Made | Pinged]:
    return Webhooks(
        (
            WebhookEvent("thing.made", lambda: Made, "thing.made", SIGNED),
            WebhookEvent("ping", lambda: Pinged, "ping", None),
        ),
        discriminator="event",
        default_scheme=default,
    )


PING = b'{"event":"ping","at":"2026-07-01T00:00:00Z"}'


def test_a_signed_event_unwraps_to_its_type_from_bytes_and_str() -> None:
    table = _table()
    for payload in (BODY, BODY.decode()):
        event = table.unwrap(payload, _signed(BODY), secret=SECRET, now=NOW)
        assert isinstance(event, Made) and event.data == {"n": 1}


def test_a_str_payload_is_signed_as_its_utf8_bytes() -> None:
    body = '{"id":"é","event":"thing.made","data":{"n":1}}'
    event = _table().unwrap(body, _signed(body.encode()), secret=SECRET, now=NOW)
    assert isinstance(event, Made) and event.id == "é"


def test_a_signed_event_is_never_returned_unverified() -> None:
    table = _table()
    with pytest.raises(InvalidWebhookSignatureError, match="no X-Sig header"):
        table.unwrap(BODY, {}, secret=SECRET, now=NOW)
    with pytest.raises(InvalidWebhookSignatureError, match="does not match"):
        table.unwrap(BODY, _signed(BODY, "whsec_wrong"), secret=SECRET, now=NOW)
    with pytest.raises(InvalidWebhookSignatureError, match="does not match"):
        table.unwrap(BODY.replace(b'"n":1', b'"n":2'), _signed(BODY), secret=SECRET, now=NOW)
    with pytest.raises(InvalidWebhookSignatureError, match="tolerance"):
        table.unwrap(BODY, _signed(BODY, t=NOW - 3600), secret=SECRET, now=NOW)


def test_a_signed_event_without_a_secret_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(_webhooks.WEBHOOK_SECRET_ENV, raising=False)
    with pytest.raises(WebhookSecretError, match="RUNTIME_WEBHOOK_SECRET"):
        _table().unwrap(BODY, _signed(BODY), now=NOW)
    monkeypatch.setenv(_webhooks.WEBHOOK_SECRET_ENV, "")
    with pytest.raises(WebhookSecretError):
        _table().unwrap(BODY, _signed(BODY), now=NOW)


def test_the_secret_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNTIME_WEBHOOK_SECRET", SECRET)
    assert isinstance(_table().unwrap(BODY, _signed(BODY), now=NOW), Made)
    with pytest.raises(InvalidWebhookSignatureError):  # an explicit secret wins over the variable
        _table().unwrap(BODY, _signed(BODY), secret="whsec_other", now=NOW)


def test_an_unsigned_event_unwraps_without_a_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(_webhooks.WEBHOOK_SECRET_ENV, raising=False)
    event = _table().unwrap(PING, {"User-Agent": "x"})
    assert isinstance(event, Pinged)


def test_an_unknown_event_is_reported_as_unknown_whether_or_not_it_is_signed() -> None:
    """Issue 24 (C6): an undeclared event is UnknownWebhookEventError, signed, unsigned or forged:
    the spec says nothing of how it is signed, and it is never returned as an event."""
    body = b'{"event":"thing.renamed","id":"1"}'
    for headers in ({}, _signed(body), {"X-Sig": "t=1,v1=" + "0" * 64}):
        with pytest.raises(UnknownWebhookEventError, match=r"thing\.renamed") as caught:
            _table().unwrap(body, headers, secret=SECRET, now=NOW)
        assert caught.value.event == "thing.renamed" and caught.value.body == {
            "event": "thing.renamed",
            "id": "1",
        }
    with pytest.raises(UnknownWebhookEventError):  # no default scheme, and no secret at all
        _table(default=None).unwrap(body, {})
    with pytest.raises(InvalidWebhookSignatureError):  # a payload naming no event is still checked
        _table().unwrap(b'{"id":"1"}', {}, secret=SECRET, now=NOW)


def test_a_payload_that_does_not_fit_its_event() -> None:
    body = b'{"event":"thing.made","id":"1","data":"nope"}'
    with pytest.raises(InvalidWebhookPayloadError, match=r"'thing\.made' event's schema") as caught:
        _table().unwrap(body, _signed(body), secret=SECRET, now=NOW)
    assert caught.value.event == "thing.made"
    assert not isinstance(caught.value, UnknownWebhookEventError)


def test_a_payload_refused_prints_no_value_of_it_even_in_its_traceback() -> None:
    """The chained cause keeps pydantic's places and kinds but not the values: a traceback in a
    log shows neither the message text nor the phone number the delivery carried."""
    import traceback

    text, phone = "Olá, preciso de ajuda com meu pedido 4471", "+55 11 91234-5678"
    body = json.dumps({"event": "thing.made", "id": phone, "data": {"text": text}}).encode()
    with pytest.raises(InvalidWebhookPayloadError) as caught:
        _table().unwrap(body, _signed(body), secret=SECRET, now=NOW)
    printed = "".join(traceback.format_exception(caught.value))
    assert "ValidationError" in printed and "data.text" in printed
    assert text not in printed and "preciso" not in printed and phone not in printed
    cause = caught.value.__cause__
    assert isinstance(cause, pydantic.ValidationError)
    assert [(e["loc"], e["type"]) for e in cause.errors()] == [(("data", "text"), "int_parsing")]


@pytest.mark.parametrize("body", [b"not json", b'["event"]', b'{"kind":"x"}'])
def test_a_body_without_an_event_name(body: bytes) -> None:
    with pytest.raises(InvalidWebhookSignatureError):  # checked with the default scheme first
        _table().unwrap(body, {}, secret=SECRET, now=NOW)
    with pytest.raises(InvalidWebhookPayloadError):
        _table().unwrap(body, _signed(body), secret=SECRET, now=NOW)


def test_verify_signature_checks_the_scheme_of_the_delivery_event() -> None:
    table = _table()
    table.verify_signature(BODY, _signed(BODY), secret=SECRET, now=NOW)
    with pytest.raises(InvalidWebhookSignatureError):
        table.verify_signature(BODY, _signed(BODY, "whsec_wrong"), secret=SECRET, now=NOW)
    with pytest.raises(InvalidWebhookSignatureError, match="declares no signature"):
        table.verify_signature(PING, {}, secret=SECRET)


def test_events_signed_alike_are_checked_before_the_body_is_read() -> None:
    table: Webhooks[Made] = Webhooks(
        (WebhookEvent("thing.made", lambda: Made, "thing.made", SIGNED),),
        discriminator="event",
        default_scheme=SIGNED,
    )
    with pytest.raises(InvalidWebhookSignatureError):
        table.unwrap(b"not json", {}, secret=SECRET, now=NOW)
    with pytest.raises(InvalidWebhookPayloadError, match="not JSON"):
        table.unwrap(b"not json", _signed(b"not json"), secret=SECRET, now=NOW)


def test_without_a_discriminator_the_first_type_that_fits_wins() -> None:
    table: Webhooks[Made | Pinged] = Webhooks(
        (WebhookEvent("made", lambda: Made), WebhookEvent("ping", lambda: Pinged)),
        default_scheme=None,
    )
    assert isinstance(table.unwrap(PING, {}), Pinged)
    assert isinstance(table.unwrap(BODY, {}), Made)
    with pytest.raises(InvalidWebhookPayloadError, match="any event"):
        table.unwrap(b'{"event": 1}', {})


def test_a_root_model_payload_is_handed_back_as_its_root() -> None:
    class Either(pydantic.RootModel[Made | Pinged]):
        pass

    table: Webhooks[Made | Pinged] = Webhooks(
        (WebhookEvent("either", lambda: Either, unwrap_root=True),)
    )
    assert isinstance(table.unwrap(PING, {}), Pinged)


def test_a_payload_type_that_is_not_a_model_class() -> None:
    table: Webhooks[dict[str, Any]] = Webhooks((WebhookEvent("any", lambda: dict[str, Any]),))
    assert table.unwrap(json.dumps({"a": 1}), {}) == {"a": 1}


def test_events_signed_differently_need_a_discriminator() -> None:
    with pytest.raises(ValueError, match="discriminator"):
        Webhooks(
            (WebhookEvent("a", lambda: Made, scheme=SIGNED), WebhookEvent("b", lambda: Pinged))
        )


def test_the_errors_are_api_errors_and_value_errors() -> None:
    for cls in (InvalidWebhookSignatureError, WebhookSecretError, InvalidWebhookPayloadError):
        assert issubclass(cls, APIError) and issubclass(cls, ValueError)
    assert issubclass(UnknownWebhookEventError, InvalidWebhookPayloadError)


# -- the generator's reader and the runtime read `value` with one grammar ---------------------------------

LAYOUTS = [
    ("t={timestamp},v1={signature}", ",", "{timestamp}.{body}", True),
    ("sha256={signature}", ",", "{body}", True),
    ("{signature}", ",", "{body}", True),
    ("v1,{signature}", " ", "{body}", True),
    ("v1:{signature};t:{timestamp}", ";", "{timestamp}{body}", True),
    ("v1,{signature}", ",", "{body}", False),
    ("{timestamp},{signature}", ",", "{timestamp}.{body}", False),
    ("t={timestamp}", ",", "{timestamp}.{body}", False),
    ("v1={signature},v2={signature}", ",", "{body}", False),
    ("v1=={signature}", ",", "{body}", False),
    ("{signature}", ",", "{timestamp}", False),
]


@pytest.mark.parametrize(("value", "separator", "signed", "readable"), LAYOUTS)
def test_the_generator_accepts_exactly_the_layouts_the_runtime_reads(
    value: str, separator: str, signed: str, readable: bool
) -> None:
    from pathlib import Path

    from generator.load.document import Document
    from generator.load.extensions import read_extensions

    scheme = {"header": "X", "value": value, "separator": separator, "signed": signed}
    data = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "x-webhook-signature": scheme,
    }
    found = read_extensions(Document(Path("agree.yaml"), data))
    assert (found.webhook_signature is not None) is readable, [str(p) for p in found.problems]
    try:
        SignatureScheme(header="X", value=value, separator=separator, signed=signed)
    except ValueError:
        assert not readable
    else:
        assert readable


def test_signatures_are_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every candidate signature goes through `hmac.compare_digest`, the expected digest against it."""
    seen: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        seen.append((a, b))
        return real(a, b)

    monkeypatch.setattr(_webhooks.hmac, "compare_digest", spy)
    wrong = "0" * 64
    header = {"Stripe-Signature": f"t={NOW},v1={wrong},v1={_stripe()}"}
    _verify(STRIPE, BODY, header, STRIPE_SECRET)
    expected = bytes.fromhex(_stripe())
    assert seen == [(expected, bytes.fromhex(wrong)), (expected, expected)]
