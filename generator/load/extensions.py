"""Every `x-` extension the generator understands, read once into a typed value or a located Problem.

The rules report `Extensions.problems`; the builders consume the values and never look at a raw `x-`
key. Each extension has one reader function, registered in the table of the place it may appear
(`_ROOT`, `_OPERATION`, ...): a new extension is a dataclass, a reader and one line in a table.

Read and used today: `x-client` (info), `x-placeholder` (server), `x-error-codes` (root),
`x-client-method`, `x-pagination` and `x-idempotency-key` (operation), `x-webhook-signature`
(document root; a webhook operation may override it or set it `false`), `x-unified` (root; read
by `unified.py`: the mapping onto the inbox's common model).
`x-evidence` documents the spec's sources and means nothing to the generator.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from generator.errors import Problem
from generator.load.document import Document, PathOperation, property_of, walk_property_path
from generator.load.unified import UnifiedMapping, read_unified

_DOTTED_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*")


# -- the values -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClientInfo:
    """`info.x-client`: marks a curated spec; may name the client class."""

    class_name: str | None = None


@dataclass(frozen=True)
class ClientMethod:
    """`x-client-method: conversations.messages.list`: the resource path and the method name."""

    resource: tuple[str, ...]  # spec text, not yet made identifiers
    method: str


@dataclass(frozen=True)
class Pagination:
    """`x-pagination`, checked against the operation's query parameters and its success response."""

    style: Literal["cursor", "offset", "page"]
    items: str  # dotted wire paths into the success response
    cursor_param: str | None = None  # wire names of query parameters
    next_cursor: str | None = None
    offset_param: str | None = None
    limit_param: str | None = None
    total: str | None = None
    page_param: str | None = None
    page_count: str | None = None
    item_id: str | None = None  # dotted path into one item: its id (default: a property `id`)


@dataclass(frozen=True)
class ErrorCode:
    """One entry of `x-error-codes.codes`: the error class to raise and whether a retry may help."""

    error: str
    retry: bool | None = None


@dataclass(frozen=True)
class ErrorCodes:
    """`x-error-codes`: where a provider's error code sits in an error body, and what each code means."""

    code_paths: tuple[str, ...]
    codes: tuple[tuple[str, ErrorCode], ...]


@dataclass(frozen=True)
class WebhookSignature:
    """`x-webhook-signature`: how a webhook delivery is signed, so that a receiver can check it.

    `value` is the layout of the signature header: items joined by `separator` (default `,`), each
    `{placeholder}` or `key<one character>{placeholder}` (`t={timestamp},v1={signature}`,
    `sha256={signature}`, `v1,{signature}` with `separator: " "`, or a bare `{signature}`); an item
    may repeat in a delivery (several signatures: key rotation), unknown items are ignored. `signed`
    is the signed message (`{timestamp}.{body}`, `{id}.{timestamp}.{body}`, `{body}`). The secret is
    the HMAC key as its UTF-8 bytes, or decoded from base64 or hex after `secret-prefix` is removed.
    """

    header: str
    value: str  # e.g. "t={timestamp},v1={signature}"
    signed: str  # e.g. "{timestamp}.{body}"
    algorithm: Literal["sha256", "sha512", "sha1"] = "sha256"
    encoding: Literal["hex", "base64"] = "hex"
    tolerance: int | None = None  # seconds
    timestamp_header: str | None = None
    id_header: str | None = None
    separator: str = ","
    secret_encoding: Literal["utf-8", "base64", "hex"] = "utf-8"
    secret_prefix: str | None = None  # removed from the secret before it is decoded (`whsec_`)

    @property
    def has_timestamp(self) -> bool:
        return "{timestamp}" in self.signed


@dataclass(frozen=True)
class OperationExtensions:
    """The extensions of one operation under `paths`."""

    client_method: ClientMethod | None = None
    pagination: Pagination | None = None
    idempotency_key: str | None = None  # the header a provider deduplicates on
    body_limits: tuple[BodyLimit, ...] = ()


@dataclass(frozen=True)
class BodyLimit:
    """One entry of `x-body-limits`: the elements of the array at `array` (a dotted path into the
    request body) hold arrays `counts` whose lengths add up to at most `maximum` (a rule a server
    checks that JSON Schema cannot say)."""

    array: str
    counts: str
    maximum: int


@dataclass
class Extensions:
    """Every extension of one document: values for the builders, problems for the rules."""

    client: ClientInfo | None = None
    placeholder_servers: frozenset[int] = frozenset()  # indexes into `servers`
    error_codes: ErrorCodes | None = None
    webhook_signature: WebhookSignature | None = None
    # per webhook operation (`name method`): its own signature, or False when it is not signed
    webhook_signatures: dict[str, WebhookSignature | Literal[False]] = field(default_factory=dict)
    operations: dict[str, OperationExtensions] = field(default_factory=dict)
    unified: UnifiedMapping | None = None  # `x-unified`: the mapping onto the inbox's common model
    problems: list[Problem] = field(default_factory=list)

    def of(self, op: PathOperation) -> OperationExtensions:
        return self.operations.get(op.key) or OperationExtensions()


# -- reading ---------------------------------------------------------------------------------------


@dataclass
class _Reading:
    document: Document
    problems: list[Problem] = field(default_factory=list)

    def fail(self, where: Sequence[Any], message: str) -> None:
        self.problems.append(self.document.problem(list(where), message))


def _mapping(r: _Reading, where: Sequence[Any], value: Any, name: str) -> Mapping[str, Any] | None:
    if isinstance(value, dict):
        return value
    r.fail(where, f"{name} must be a mapping")
    return None


def _string(
    r: _Reading, where: Sequence[Any], value: Mapping[str, Any], key: str, name: str
) -> str | None:
    """An optional string entry; a present non-string one is a problem."""
    found = value.get(key)
    if found is None:
        return None
    if isinstance(found, str) and found:
        return found
    r.fail([*where, key], f"{name} `{key}` must be a non-empty string, not {found!r}")
    return None


def read_client(r: _Reading, where: Sequence[Any], value: Any) -> ClientInfo | None:
    found = _mapping(r, where, value, "x-client")
    if found is None:
        return None
    return ClientInfo(class_name=_string(r, where, found, "class-name", "x-client"))


def read_placeholder(r: _Reading, where: Sequence[Any], value: Any) -> bool:
    if isinstance(value, bool):
        return value
    r.fail(where, f"x-placeholder must be true or false, not {value!r}")
    return False


def read_client_method(r: _Reading, where: Sequence[Any], value: Any) -> ClientMethod | None:
    if not (isinstance(value, str) and _DOTTED_NAME.fullmatch(value)):
        r.fail(
            where,
            f"x-client-method {value!r} must be dotted identifiers such as conversations.messages.list",
        )
        return None
    parts = value.split(".")
    return ClientMethod(tuple(parts[:-1]), parts[-1])


def read_idempotency_key(
    r: _Reading, where: Sequence[Any], value: Any, op: PathOperation
) -> str | None:
    headers = [p.name for p in r.document.parameters(op) if p.location == "header"]
    if isinstance(value, str) and any(h.lower() == value.lower() for h in headers):
        return value
    r.fail(
        where,
        f"x-idempotency-key {value!r} must name a header parameter declared on the operation",
    )
    return None


def read_body_limits(
    r: _Reading, where: Sequence[Any], value: Any, op: PathOperation
) -> tuple[BodyLimit, ...] | None:
    """`x-body-limits`: a list of `{array, counts, maximum}`; `array`'s first step must be a
    property of the JSON request body (later steps may run through a union's members)."""
    if not isinstance(value, list) or not value:
        r.fail(where, "x-body-limits must be a non-empty list of {array, counts, maximum}")
        return None
    body = op.op.get("requestBody")
    body = r.document.deref(body) if isinstance(body, dict) else {}
    content = body.get("content") if isinstance(body, dict) else None
    schemas = [
        r.document.deref(m.get("schema"))
        for m in (content.values() if isinstance(content, dict) else [])
        if isinstance(m, dict) and isinstance(m.get("schema"), dict)
    ]
    found: list[BodyLimit] = []
    for i, entry in enumerate(value):
        at = [*where, i]
        array, counts = (
            entry.get(k) if isinstance(entry, dict) else None for k in ("array", "counts")
        )
        maximum = entry.get("maximum") if isinstance(entry, dict) else None
        if not (isinstance(array, str) and array and isinstance(counts, str) and counts):
            r.fail(at, "x-body-limits entry needs `array` (a dotted body path) and `counts`")
        elif not (isinstance(maximum, int) and not isinstance(maximum, bool) and maximum >= 0):
            r.fail([*at, "maximum"], "x-body-limits `maximum` must be an integer of 0 or more")
        elif not any(_has_property(s, array.split(".")[0], r.document.deref) for s in schemas):
            r.fail([*at, "array"], f"x-body-limits: {array!r} is not a field of the request body")
        else:
            found.append(BodyLimit(array, counts, maximum))
    return tuple(found) if len(found) == len(value) else None


def _has_property(schema: Any, wire: str, deref: Callable[[Any], Any]) -> bool:
    """Is `wire` a property of the object schema, or of one of its `oneOf`/`anyOf` members?"""
    resolved = deref(schema)
    members = [resolved] + [
        deref(m)
        for k in ("oneOf", "anyOf")
        for m in (resolved.get(k) or [] if isinstance(resolved, dict) else [])
    ]
    return any(property_of(m, wire, deref) is not None for m in members)


_PAGING_NEEDS = {
    "cursor": ("items", "cursor-param", "next-cursor"),
    "offset": ("items", "offset-param"),
    "page": ("items", "page-param"),
}
_PAGING_KEYS = (
    "items",
    "cursor-param",
    "next-cursor",
    "offset-param",
    "limit-param",
    "total",
    "page-param",
    "page-count",
    "item-id",
)


def read_pagination(
    r: _Reading, where: Sequence[Any], value: Any, op: PathOperation
) -> Pagination | None:
    """The one check of `x-pagination`: its shape, its query parameters, and its paths into the
    success response (the response `Document.success_response` picks, which is the one generated)."""
    found = _mapping(r, where, value, "x-pagination")
    if found is None:
        return None
    style = found.get("style")
    if style not in _PAGING_NEEDS:
        r.fail(
            [*where, "style"],
            f"unknown x-pagination style {style!r}; expected cursor, offset or page",
        )
        return None
    before = len(r.problems)
    for key in _PAGING_NEEDS[style]:
        if not isinstance(found.get(key), str):
            r.fail(where, f"x-pagination ({style}) needs `{key}`")
    if style == "page" and not any(isinstance(found.get(k), str) for k in ("page-count", "total")):
        r.fail(where, "x-pagination (page) needs `page-count` or `total`: where paging stops")
    text = {key: found[key] for key in _PAGING_KEYS if isinstance(found.get(key), str)}
    query = {p.name for p in r.document.parameters(op) if p.location == "query"}
    for key in ("cursor-param", "offset-param", "limit-param", "page-param"):
        if key in text and text[key] not in query:
            r.fail([*where, key], f"{key} {text[key]!r} is not a query parameter of the operation")
    response = r.document.success_response(op)
    schema = response.schema if response is not None and response.json else None
    if schema is None:
        r.fail(where, "x-pagination needs a JSON success response with a schema")
    else:
        for key in ("items", "next-cursor", "total", "page-count"):
            if key in text and isinstance(
                walk_property_path(schema, text[key], r.document.deref), str
            ):
                r.fail([*where, key], f"{key} {text[key]!r} is not a field of the success response")
        if "item-id" in text and "items" in text:
            item = _item_schema(schema, text["items"], r.document.deref)
            if item is None or isinstance(
                walk_property_path(item, text["item-id"], r.document.deref), str
            ):
                r.fail(
                    [*where, "item-id"], f"item-id {text['item-id']!r} is not a field of the items"
                )
    if len(r.problems) > before:
        return None
    return Pagination(
        style="cursor" if style == "cursor" else "offset" if style == "offset" else "page",
        items=text["items"],
        cursor_param=text.get("cursor-param"),
        next_cursor=text.get("next-cursor"),
        offset_param=text.get("offset-param"),
        limit_param=text.get("limit-param"),
        total=text.get("total"),
        page_param=text.get("page-param"),
        page_count=text.get("page-count"),
        item_id=text.get("item-id"),
    )


def _item_schema(schema: Any, items: str, deref: Any) -> dict[str, Any] | None:
    """The schema of one item of the list at `items` (None when that is not an array of one schema)."""
    steps = walk_property_path(schema, items, deref)
    if isinstance(steps, str) or not steps:
        return None
    item = deref(steps[-1]).get("items") if isinstance(deref(steps[-1]), dict) else None
    return deref(item) if isinstance(item, dict) else None


def read_error_codes(r: _Reading, where: Sequence[Any], value: Any) -> ErrorCodes | None:
    found = _mapping(r, where, value, "x-error-codes")
    if found is None:
        return None
    before = len(r.problems)
    paths = found.get("code-paths")
    if not (
        isinstance(paths, list)
        and paths
        and all(isinstance(p, str) and p and "" not in p.split(".") for p in paths)
    ):
        r.fail([*where, "code-paths"], "x-error-codes `code-paths` must be a list of dotted paths")
        paths = []
    codes = found.get("codes")
    entries: list[tuple[str, ErrorCode]] = []
    if not isinstance(codes, dict):
        r.fail([*where, "codes"], "x-error-codes `codes` must be a mapping of code to its meaning")
    else:
        for code, meaning in codes.items():
            at = [*where, "codes", code]
            error = meaning.get("error") if isinstance(meaning, dict) else None
            retry = meaning.get("retry") if isinstance(meaning, dict) else None
            if not (isinstance(error, str) and error.isidentifier()):
                r.fail(at, f"x-error-codes {code!r} needs `error`: the name of an error class")
            elif retry is not None and not isinstance(retry, bool):
                r.fail([*at, "retry"], f"x-error-codes {code!r}: `retry` must be true or false")
            else:
                entries.append((str(code), ErrorCode(error, retry)))
    if len(r.problems) > before:
        return None
    return ErrorCodes(tuple(paths), tuple(entries))


_ALGORITHMS = ("sha256", "sha512", "sha1")
_ENCODINGS = ("hex", "base64")
_SECRET_ENCODINGS = ("utf-8", "base64", "hex")
_PLACEHOLDERS = {"value": {"timestamp", "signature"}, "signed": {"timestamp", "body", "id"}}
# One item of the signature header's layout: `{placeholder}` or `key<one character>{placeholder}`.
# The runtime's `_webhooks.SignatureScheme` reads `value` with the same grammar.
_VALUE_ITEM = re.compile(
    r"(?:(?P<key>[A-Za-z0-9_.-]+)(?P<sep>[^A-Za-z0-9_.\s{}-]))?\{(?P<name>\w+)\}"
)


def _value_layout(r: _Reading, where: Sequence[Any], value: str, separator: str) -> None:
    """Check the header layout item by item (each one placeholder, keyed or bare); one problem at most."""
    items = value.split(separator)
    for item in items:
        match = _VALUE_ITEM.fullmatch(item)
        if match is None:
            r.fail(
                [*where, "value"],
                f"x-webhook-signature `value` item {item!r} must be `{{placeholder}}` or "
                f"`key=<placeholder>` (items are separated by {separator!r}; set `separator` "
                "for another one)",
            )
            return
        if match.group("key") is None and len(items) > 1:
            r.fail(
                [*where, "value"],
                f"x-webhook-signature `value` item {item!r} needs a key when the header has "
                "several items",
            )
            return
    for name in ("signature", "timestamp"):
        if value.count("{" + name + "}") > 1:
            r.fail([*where, "value"], f"x-webhook-signature `value` has {{{name}}} twice")
            return


def read_webhook_signature(
    r: _Reading, where: Sequence[Any], value: Any
) -> WebhookSignature | None:
    found = _mapping(r, where, value, "x-webhook-signature")
    if found is None:
        return None
    before = len(r.problems)
    for key in ("header", "value", "signed"):
        if not (isinstance(found.get(key), str) and found[key]):
            r.fail(where, f"x-webhook-signature needs `{key}` (a string)")
    for key, allowed in _PLACEHOLDERS.items():
        text = found.get(key)
        if isinstance(text, str):
            unknown = sorted(set(re.findall(r"{([^}]*)}", text)) - allowed)
            if unknown:
                r.fail(
                    [*where, key],
                    f"x-webhook-signature `{key}` has unknown placeholders {unknown}; "
                    f"allowed: {sorted(allowed)}",
                )
    separator = found.get("separator", ",")
    if not (isinstance(separator, str) and separator and not set(separator) & set("{}")):
        r.fail([*where, "separator"], "x-webhook-signature `separator` must be a non-empty string")
        separator = ","
    text_value = found.get("value")
    unknown_in_value = any(p.location.endswith("/value") for p in r.problems[before:])
    if isinstance(text_value, str) and text_value and not unknown_in_value:
        if "{signature}" not in text_value:
            r.fail([*where, "value"], "x-webhook-signature `value` must contain {signature}")
        else:
            _value_layout(r, where, text_value, separator)
    signed = found.get("signed")
    signed = signed if isinstance(signed, str) else ""
    if signed and signed.count("{body}") != 1:
        r.fail([*where, "signed"], "x-webhook-signature `signed` must contain {body} once")
    algorithm = found.get("algorithm", "sha256")
    if algorithm not in _ALGORITHMS:
        r.fail(
            [*where, "algorithm"], f"x-webhook-signature `algorithm` must be one of {_ALGORITHMS}"
        )
    encoding = found.get("encoding", "hex")
    if encoding not in _ENCODINGS:
        r.fail([*where, "encoding"], f"x-webhook-signature `encoding` must be one of {_ENCODINGS}")
    secret_encoding = found.get("secret-encoding", "utf-8")
    if secret_encoding not in _SECRET_ENCODINGS:
        r.fail(
            [*where, "secret-encoding"],
            f"x-webhook-signature `secret-encoding` must be one of {_SECRET_ENCODINGS}",
        )
    timestamp_header = _string(r, where, found, "timestamp-header", "x-webhook-signature")
    id_header = _string(r, where, found, "id-header", "x-webhook-signature")
    secret_prefix = _string(r, where, found, "secret-prefix", "x-webhook-signature")
    in_value = isinstance(text_value, str) and "{timestamp}" in text_value
    if in_value and timestamp_header is not None:
        r.fail(
            [*where, "timestamp-header"],
            "x-webhook-signature: the timestamp is in `value` and in `timestamp-header`; give one",
        )
    has_timestamp = in_value or timestamp_header is not None
    if "{timestamp}" in signed and not has_timestamp:
        r.fail(
            [*where, "signed"],
            "x-webhook-signature `signed` has {timestamp}: put {timestamp} in `value` or name "
            "its `timestamp-header`",
        )
    if has_timestamp and signed and "{timestamp}" not in signed:
        r.fail(
            [*where, "signed"],
            "x-webhook-signature: the timestamp is not signed (add {timestamp} to `signed`), "
            "so it cannot stop a replay",
        )
    if ("{id}" in signed) != (id_header is not None):
        r.fail(
            [*where, "id-header" if id_header is not None else "signed"],
            "x-webhook-signature: {id} in `signed` and `id-header` go together",
        )
    tolerance = found.get("tolerance")
    if tolerance is not None and not (
        isinstance(tolerance, int) and not isinstance(tolerance, bool) and tolerance >= 0
    ):
        r.fail(
            [*where, "tolerance"], "x-webhook-signature `tolerance` must be whole seconds (>= 0)"
        )
    elif tolerance is not None and not has_timestamp:
        r.fail(
            [*where, "tolerance"],
            "x-webhook-signature `tolerance` needs a signed timestamp to check",
        )
    if len(r.problems) > before:
        return None
    return WebhookSignature(
        header=found["header"],
        value=found["value"],
        signed=found["signed"],
        algorithm=algorithm,
        encoding=encoding,
        tolerance=tolerance,
        timestamp_header=timestamp_header,
        id_header=id_header,
        separator=separator,
        secret_encoding=secret_encoding,
        secret_prefix=secret_prefix,
    )


def _read_webhook_override(
    r: _Reading, where: Sequence[Any], value: Any
) -> WebhookSignature | Literal[False] | None:
    if value is False:
        return False
    return read_webhook_signature(r, where, value)


# -- the tables: which extension may appear where ---------------------------------------------------

Reader = Callable[[_Reading, Sequence[Any], Any], Any]
OperationReader = Callable[[_Reading, Sequence[Any], Any, PathOperation], Any]

# extension -> (reader, field of Extensions)
_ROOT: dict[str, tuple[Reader, str]] = {
    "x-error-codes": (read_error_codes, "error_codes"),
    "x-webhook-signature": (read_webhook_signature, "webhook_signature"),
    "x-unified": (read_unified, "unified"),
}


def _with_op(reader: Reader) -> OperationReader:
    return lambda r, where, value, _op: reader(r, where, value)


# extension -> (reader, field of OperationExtensions)
_OPERATION: dict[str, tuple[OperationReader, str]] = {
    "x-client-method": (_with_op(read_client_method), "client_method"),
    "x-pagination": (read_pagination, "pagination"),
    "x-idempotency-key": (read_idempotency_key, "idempotency_key"),
    "x-body-limits": (read_body_limits, "body_limits"),
}


def read_extensions(document: Document) -> Extensions:
    """Read every extension of `document` once."""
    r = _Reading(document)
    found = Extensions()
    for key, (reader, attr) in _ROOT.items():
        if key in document.data:
            setattr(found, attr, reader(r, [key], document.data[key]))
    if "x-client" in document.info:
        found.client = read_client(r, ["info", "x-client"], document.info["x-client"])
    found.placeholder_servers = frozenset(
        index
        for index, server in document.servers
        if "x-placeholder" in server
        and read_placeholder(r, ["servers", index, "x-placeholder"], server["x-placeholder"])
    )
    for op in document.operations:
        values = {
            attr: reader(r, [*op.where, key], op.op[key], op)
            for key, (reader, attr) in _OPERATION.items()
            if key in op.op
        }
        if values:
            found.operations[op.key] = OperationExtensions(**values)
    for name, method, hook in document.webhook_operations():
        if "x-webhook-signature" in hook:
            override = _read_webhook_override(
                r, ["webhooks", name, method, "x-webhook-signature"], hook["x-webhook-signature"]
            )
            if override is not None:
                found.webhook_signatures[f"{name} {method}"] = override
    found.problems = r.problems
    return found
