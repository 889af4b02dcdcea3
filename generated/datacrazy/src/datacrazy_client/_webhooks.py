"""Webhook deliveries: the signature checked as the spec's `x-webhook-signature` describes it, then the
payload parsed into its typed event.

A `SignatureScheme` is data, not code: the signature header and its layout (`t={timestamp},v1={signature}`
as Stripe sends it, `sha256={signature}` as GitHub does, Standard Webhooks' space-separated
`v1,{signature}` list, or a bare `{signature}`), the headers that carry the timestamp and the delivery
id, the signed message (`{timestamp}.{body}`, `{id}.{timestamp}.{body}`, `{body}`), the HMAC algorithm
and its encoding, how the secret becomes the key (its UTF-8 bytes, or base64 / hex after a prefix such
as `whsec_`), and how old a timestamp may be. A header may carry several signatures (key rotation): one
match is enough. `Webhooks` is one package's table of events, each with its payload type and its scheme
(None: the spec declares it unsigned), told apart by a discriminator property such as `event`.

`Webhooks.unwrap` never returns an event the spec declares as signed unless an HMAC over the raw bytes
matches (compared in constant time) and its timestamp is within the tolerance.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeVar, cast, runtime_checkable

from ._constants import WEBHOOK_SECRET_ENV
from ._errors import APIError, redacted, validation_summary

if TYPE_CHECKING:
    import pydantic

    from ._drift import DriftLog

__all__ = [
    "InvalidWebhookPayloadError",
    "InvalidWebhookSignatureError",
    "UnknownWebhookEventError",
    "WebhookSecretError",
]

T = TypeVar("T")

DEFAULT_TOLERANCE = 300  # seconds: for a scheme with a timestamp whose spec names no tolerance


@runtime_checkable
class SupportsHeaderItems(Protocol):
    """Anything with `.items()` of (name, value) pairs: a dict, httpx2.Headers, most frameworks' headers."""

    def items(self) -> Iterable[tuple[str, str]]: ...


# Header names are matched in any case. Duplicates (in a list of pairs) are all read.
WebhookHeaders = SupportsHeaderItems | Iterable[tuple[str, str]] | Iterable[tuple[bytes, bytes]]


class InvalidWebhookSignatureError(APIError, ValueError):
    """The delivery's signature is missing, malformed, wrong or too old: do not trust its body."""

    def __init__(self, message: str) -> None:
        super().__init__(message)


class WebhookSecretError(APIError, ValueError):
    """No webhook secret to check a signed delivery with, or one that is not in the scheme's encoding."""

    def __init__(self, message: str) -> None:
        super().__init__(message)


class InvalidWebhookPayloadError(APIError, ValueError):
    """A delivery that passed its signature check (or needs none) whose body is not JSON or does not match
    its event's schema; `body` holds what was sent, `event` the event's name when it is known."""

    def __init__(self, message: str, *, body: object | None = None, event: str | None = None) -> None:
        super().__init__(message, body=body)
        self.event = event


class UnknownWebhookEventError(InvalidWebhookPayloadError):
    """A delivery of an event the spec does not declare (a newer one, or one a server sends unsigned):
    acknowledge it, or ignore it.

    Raised whether or not the delivery is signed, before any signature check: the spec says nothing
    about how such an event is signed, and its payload is never handed back as an event. `event` is
    the name the payload gives; `body` is the payload as sent, unverified.
    """


# --------------------------------------------------------------------------------------------------
# Signature schemes

_HASHES: dict[str, Callable[[], Any]] = {"sha256": hashlib.sha256, "sha512": hashlib.sha512, "sha1": hashlib.sha1}
# One item of the header's layout: `{placeholder}` or `key<one character>{placeholder}`. The generator's
# reader of `x-webhook-signature` (generator/extensions.py) accepts the same grammar.
_ITEM = re.compile(r"(?:(?P<key>[A-Za-z0-9_.-]+)(?P<sep>[^A-Za-z0-9_.\s{}-]))?\{(?P<name>signature|timestamp)\}")
_PLACEHOLDER = re.compile(r"\{(timestamp|body|id)\}")
_TIMESTAMP = re.compile(r"[0-9]{1,15}")


@dataclass(frozen=True, slots=True)
class _Item:
    prefix: str  # `key` and its separator, e.g. "v1="; "" for a bare item
    name: Literal["signature", "timestamp"]


@dataclass(frozen=True, slots=True)
class SignatureScheme:
    """How one provider signs its deliveries (the spec's `x-webhook-signature`, as data)."""

    header: str
    value: str = "{signature}"
    signed: str = "{body}"
    algorithm: Literal["sha256", "sha512", "sha1"] = "sha256"
    encoding: Literal["hex", "base64"] = "hex"
    tolerance: int | None = None  # seconds; None: DEFAULT_TOLERANCE when there is a timestamp
    timestamp_header: str | None = None
    id_header: str | None = None
    separator: str = ","
    secret_encoding: Literal["utf-8", "base64", "hex"] = "utf-8"
    secret_prefix: str | None = None
    _items: tuple[_Item, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        items: list[_Item] = []
        parts = self.value.split(self.separator)
        for part in parts:
            match = _ITEM.fullmatch(part)
            if match is None or (match.group("key") is None and len(parts) > 1):
                raise ValueError(f"signature header layout {self.value!r}: cannot read the item {part!r}")
            name = cast(Literal["signature", "timestamp"], match.group("name"))
            items.append(_Item(part[: match.start("name") - 1], name))
        if [i.name for i in items].count("signature") != 1:
            raise ValueError(f"signature header layout {self.value!r} needs one signature placeholder")
        if self.signed.count("{body}") != 1:
            raise ValueError(f"signed message {self.signed!r} needs the body placeholder once")
        object.__setattr__(self, "_items", tuple(items))

    @property
    def timestamped(self) -> bool:
        return "{timestamp}" in self.signed

    def key(self, secret: str) -> bytes:
        """The HMAC key of a secret: its UTF-8 bytes, or its bytes decoded from base64 or hex."""
        text = secret.strip()
        if self.secret_prefix and text.startswith(self.secret_prefix):
            text = text[len(self.secret_prefix) :]
        if not text:
            raise WebhookSecretError("the webhook secret is empty")
        if self.secret_encoding == "utf-8":
            return text.encode("utf-8")
        decoded = _decode(text, self.secret_encoding)
        if not decoded:
            raise WebhookSecretError(f"the webhook secret is not {self.secret_encoding}-encoded as the spec says")
        return decoded

    def verify(
        self,
        body: bytes,
        headers: dict[str, list[str]],
        secret: str,
        *,
        tolerance: float | None = None,
        now: float | None = None,
    ) -> None:
        """Raise InvalidWebhookSignatureError unless one signature of the delivery matches `body`."""
        found = [v for v in headers.get(self.header.lower(), []) if v.strip()]
        if not found:
            raise InvalidWebhookSignatureError(f"the delivery has no {self.header} header")
        signatures, stamps = self._read(found)
        if not signatures:
            raise InvalidWebhookSignatureError(
                f"the {self.header} header holds no signature in the form {self.value!r}"
            )
        values = {"body": body}
        if self.timestamp_header is not None:
            stamps = headers.get(self.timestamp_header.lower(), [])
        stamp = ""
        if self.timestamped:
            stamp = _one(stamps, "timestamp", self.timestamp_header or self.header)
            if _TIMESTAMP.fullmatch(stamp) is None:
                raise InvalidWebhookSignatureError("the delivery's timestamp is not a number of seconds")
            values["timestamp"] = stamp.encode("ascii")
        if self.id_header is not None:
            values["id"] = _one(headers.get(self.id_header.lower(), []), "id", self.id_header).encode("utf-8")
        message = _PLACEHOLDER.sub(lambda m: "\0" + m.group(1) + "\0", self.signed).split("\0")
        signed = b"".join(values[piece] if i % 2 else piece.encode("utf-8") for i, piece in enumerate(message))
        expected = hmac.new(self.key(secret), signed, _HASHES[self.algorithm]).digest()
        decoded = [d for d in (_decode(s, self.encoding) for s in signatures) if d]
        if not decoded:
            raise InvalidWebhookSignatureError(f"the {self.header} header holds no {self.encoding} signature")
        matched = False
        for candidate in decoded:  # every one compared, in constant time each
            matched = hmac.compare_digest(expected, candidate) or matched
        if not matched:
            raise InvalidWebhookSignatureError("the signature does not match the body (wrong secret, or altered)")
        if self.timestamped:
            limit = tolerance if tolerance is not None else self.tolerance
            limit = DEFAULT_TOLERANCE if limit is None else limit
            age = (time.time() if now is None else now) - int(stamp)
            if abs(age) > limit:
                raise InvalidWebhookSignatureError(
                    f"the delivery's timestamp is {int(abs(age))} s away from now (tolerance {limit:g} s): a replay?"
                )

    def _read(self, values: list[str]) -> tuple[list[str], list[str]]:
        """The signatures and timestamps the header's items hold; items of other keys are skipped."""
        signatures: list[str] = []
        stamps: list[str] = []
        for value in values:
            parts = value.split() if self.separator.isspace() else value.split(self.separator)
            for part in (p.strip() for p in parts):
                item = next((i for i in self._items if part.startswith(i.prefix)), None) if part else None
                if item is not None:
                    (signatures if item.name == "signature" else stamps).append(part[len(item.prefix) :].strip())
        return signatures, stamps


def _one(values: list[str], what: str, header: str) -> str:
    distinct = {v.strip() for v in values if v.strip()}
    if not distinct:
        raise InvalidWebhookSignatureError(f"the delivery has no {what} ({header})")
    if len(distinct) > 1:
        raise InvalidWebhookSignatureError(f"the delivery has more than one {what} ({header})")
    return distinct.pop()


def _decode(text: str, encoding: Literal["hex", "base64", "utf-8"]) -> bytes:
    """Bytes from hex or base64 (standard or URL-safe, padding optional); b"" when they are not."""
    try:
        if encoding == "hex":
            return bytes.fromhex(text)
        padded = text.replace("-", "+").replace("_", "/")
        return base64.b64decode(padded + "=" * (-len(padded) % 4), validate=True)
    except (ValueError, binascii.Error):
        return b""


def header_values(headers: WebhookHeaders) -> dict[str, list[str]]:
    """Every header by its lower-case name, from a mapping, a framework's headers or a list of pairs."""
    pairs: Iterable[tuple[str | bytes, str | bytes]]
    if isinstance(headers, SupportsHeaderItems):
        pairs = headers.items()
    else:
        pairs = cast("Iterable[tuple[str | bytes, str | bytes]]", headers)
    out: dict[str, list[str]] = {}
    for name, value in pairs:
        key = name.decode("latin-1") if isinstance(name, bytes) else str(name)
        text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
        out.setdefault(key.strip().lower(), []).append(text)
    return out


# --------------------------------------------------------------------------------------------------
# A package's events


@dataclass(frozen=True, slots=True)
class WebhookEvent:
    """One event of the spec's `webhooks`: its payload type and how it is signed (None: unsigned)."""

    name: str  # the spec's webhook name
    type: Callable[[], Any]  # returns the payload's type: models are imported on first use
    value: str | None = None  # the discriminator's value that marks this event
    scheme: SignatureScheme | None = None
    unwrap_root: bool = False  # the type is a RootModel: hand back its `.root`


class Webhooks(Generic[T]):
    """Every event of one API, told apart by `discriminator` (a payload property), each with its scheme.

    A payload whose discriminator names an event the table does not know is an
    UnknownWebhookEventError, signed or not, before any check; a payload that names no event is
    checked with `default_scheme` (the spec's root `x-webhook-signature`). Without a discriminator
    every event must be signed alike: the payload decides the event only after the signature is checked.
    """

    def __init__(
        self,
        events: tuple[WebhookEvent, ...],
        *,
        discriminator: str | None = None,
        default_scheme: SignatureScheme | None = None,
    ) -> None:
        self.events = events
        self.discriminator = discriminator
        self.default_scheme = default_scheme
        self._by_value: dict[str, WebhookEvent] = {e.value: e for e in events if e.value is not None}
        if discriminator is not None and len(self._by_value) != len(events):
            raise ValueError("every event needs its own discriminator value")
        schemes = {e.scheme for e in events} | {default_scheme}
        # One scheme for every delivery: checked before the body is even parsed.
        self._uniform = len(schemes) == 1
        if discriminator is None and not self._uniform:
            raise ValueError("events signed differently need a discriminator to tell them apart")
        self._adapters: dict[str, pydantic.TypeAdapter[Any]] = {}

    def unwrap(
        self,
        payload: str | bytes,
        headers: WebhookHeaders,
        *,
        secret: str | None = None,
        tolerance: float | None = None,
        now: float | None = None,
        drift: DriftLog | None = None,
    ) -> T:
        """The delivery's typed event, after its signature is checked when its event is signed.

        With a `drift` log, an event the spec does not declare, or a payload that differs from its
        event's schema, is recorded there (as shapes, `_drift.py`) once the signature checks out.
        """
        body = _raw(payload)
        found = header_values(headers)
        data = _load_or_none(body) if self.discriminator is not None else None
        try:
            self._refuse_unknown(data)  # signed or not: the spec does not declare it
        except UnknownWebhookEventError as exc:
            if drift is not None:  # its name (when it reads as one) and its shape, never its values
                self._record_unknown(drift, data, exc.event)
            raise
        if self._uniform:
            self._check(self.default_scheme, body, found, secret, tolerance, now)
            data = _load(body)
            return cast(T, self._deliver(data, drift))
        event = self._find(data)
        self._check(event.scheme if event else self.default_scheme, body, found, secret, tolerance, now)
        if data is None:
            _load(body)  # raises: not JSON
        return cast(T, self._deliver(data, drift))

    def _deliver(self, data: object, drift: DriftLog | None) -> Any:
        """The typed event of a payload whose signature checked out; what differs goes to the drift log."""
        try:
            event = self._event_of(data)
        except UnknownWebhookEventError as exc:
            if drift is not None:
                self._record_unknown(drift, data, exc.event)
            raise
        if drift is not None:
            for each in (event,) if event is not None else ():
                drift.observe(f"webhook {each.name}", None, each.type(), data)
        return self._parse(event, data)

    def _record_unknown(self, drift: DriftLog, data: object, named: str | None) -> None:
        """An event the spec does not declare: its name (when it reads as one) and its payload's shape."""
        from ._drift import Finding, safe_token, shape

        arrived = shape(data)
        token = safe_token(named) if named is not None else None
        if token is not None:
            arrived["value"] = token
        else:
            arrived["value_withheld"] = True
        expected = {"type": "string", "enum": sorted(self._by_value)}
        where = "/" + (self.discriminator or "").replace("~", "~0").replace("/", "~1")
        drift.record("webhooks", None, [Finding("event", where, expected, arrived)])

    def verify_signature(
        self,
        payload: str | bytes,
        headers: WebhookHeaders,
        *,
        secret: str | None = None,
        tolerance: float | None = None,
        now: float | None = None,
    ) -> None:
        """Raise InvalidWebhookSignatureError unless the delivery carries a valid signature of its scheme."""
        body = _raw(payload)
        if self._uniform:
            scheme = self.default_scheme
        else:
            event = self._find(_load_or_none(body))
            scheme = event.scheme if event else self.default_scheme
        if scheme is None:
            raise InvalidWebhookSignatureError("the spec declares no signature for this delivery's event")
        self._check(scheme, body, header_values(headers), secret, tolerance, now)

    def _check(
        self,
        scheme: SignatureScheme | None,
        body: bytes,
        headers: dict[str, list[str]],
        secret: str | None,
        tolerance: float | None,
        now: float | None,
    ) -> None:
        if scheme is None:
            return  # an unsigned event: there is nothing to check
        if secret is None:
            secret = os.environ.get(WEBHOOK_SECRET_ENV)
        if not secret:
            raise WebhookSecretError(
                f"no webhook secret to check the signature with: pass secret=... or set {WEBHOOK_SECRET_ENV}"
            )
        scheme.verify(body, headers, secret, tolerance=tolerance, now=now)

    def _refuse_unknown(self, data: object) -> None:
        """UnknownWebhookEventError when the payload names an event the spec does not declare."""
        named = self._named(data)
        if named is not None and named not in self._by_value:
            raise UnknownWebhookEventError(f"the spec declares no event {named!r}", body=data, event=named)

    def _find(self, data: object) -> WebhookEvent | None:
        """The event the payload names through the discriminator, or None."""
        if self.discriminator is None:
            return self.events[0] if len(self.events) == 1 else None
        named = self._named(data)
        return self._by_value.get(named) if named is not None else None

    def _named(self, data: object) -> str | None:
        """The discriminator's value in a payload, when it has a string there."""
        if self.discriminator is None or not isinstance(data, dict):
            return None
        value = cast("dict[str, object]", data).get(self.discriminator)
        return value if isinstance(value, str) else None

    def _event_of(self, data: object) -> WebhookEvent | None:
        """The event of a payload whose signature (if any) checked out; None: try every event's type."""
        if self.discriminator is None:
            return self.events[0] if len(self.events) == 1 else None
        event = self._find(data)
        if event is not None:
            return event
        named = self._named(data)
        if named is not None:
            raise UnknownWebhookEventError(f"the spec declares no event {named!r}", body=data, event=named)
        raise InvalidWebhookPayloadError(f"the payload has no {self.discriminator!r} naming its event", body=data)

    def _parse(self, event: WebhookEvent | None, data: object) -> Any:
        import pydantic

        candidates = (event,) if event is not None else self.events
        failure: pydantic.ValidationError | None = None
        for each in candidates:
            try:
                kind: Any = each.type()
                if isinstance(kind, type) and issubclass(kind, pydantic.BaseModel):
                    value: Any = kind.model_validate(data)
                else:
                    value = self._adapter(each).validate_python(data)
            except pydantic.ValidationError as exc:
                failure = failure or exc
                continue
            if each.unwrap_root and isinstance(value, pydantic.RootModel):
                return cast(Any, value).root
            return value
        name = event.name if event is not None else None
        what = f"the {name!r} event's schema" if name else "the schema of any event"
        raise InvalidWebhookPayloadError(
            f"the payload does not match {what}: {validation_summary(failure)}", body=data, event=name
        ) from redacted(failure)

    def _adapter(self, event: WebhookEvent) -> pydantic.TypeAdapter[Any]:
        adapter = self._adapters.get(event.name)
        if adapter is None:
            import pydantic

            adapter = self._adapters[event.name] = pydantic.TypeAdapter(event.type())
        return adapter


def _raw(payload: str | bytes) -> bytes:
    """The body as the provider signed it: bytes as received, or a str's UTF-8 bytes."""
    return payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)


def _load(body: bytes) -> object:
    try:
        return cast(object, json.loads(body))
    except ValueError as exc:  # json.JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise InvalidWebhookPayloadError(f"the payload is not JSON: {exc}", body=body) from exc


def _load_or_none(body: bytes) -> object:
    try:
        return cast(object, json.loads(body))
    except ValueError:
        return None
