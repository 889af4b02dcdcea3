"""Request bodies, files included: the operation's media type decides how a body goes on the wire.

`encode_body` dispatches on the operation's body kind: JSON (compact, by wire name, unset fields left
out), form-urlencoded, multipart (files as parts, the other fields as form fields), raw bytes or a file,
and text. A body with a schema is validated and dumped by pydantic first, so a wrong field fails here,
before anything is sent. A caller's `extra_body` is merged over the members of a JSON or form body
(or is the JSON body of an operation that has none).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple, cast

from ._operation import BodyKind, Operation
from ._qs import compact_json, jsonable, quote_component, scalar_text
from ._types import NOT_GIVEN, Body, NotGiven


class EncodedBody(NamedTuple):
    """A body ready for `httpx2.Client.build_request` (all None: no body)."""

    content: bytes | None = None
    data: dict[str, Any] | None = None  # multipart form fields
    files: list[tuple[str, Any]] | None = None  # multipart file parts
    content_type: str | None = None  # None: httpx2 writes it (multipart, with its boundary)


def omit_not_given(op: Operation[Any], body: Any) -> Any:
    """The body without the fields the caller did not give; NOT_GIVEN if that empties an optional body."""
    if isinstance(body, dict):
        body = {k: v for k, v in cast("dict[str, Any]", body).items() if not isinstance(v, NotGiven)}
        if not body and not op.body_required:
            return NOT_GIVEN  # an optional body the caller gave nothing for is not sent at all
    return body


def encode_body(op: Operation[Any], body: Any, extra_body: Body | None = None) -> EncodedBody:
    """The body as the operation's media type sends it, with `extra_body` merged over its members."""
    kind = op.body_kind
    given = kind is not None and not isinstance(body, NotGiven)
    if not extra_body:
        return _ENCODERS[kind](op, body) if given and kind is not None else EncodedBody()
    kind = kind or "json"
    if kind in ("binary", "text"):
        raise ValueError(f"extra_body cannot be merged into a {kind} body")
    dumped: Any = {} if not given else body if kind == "multipart" else dump_body(op, body)
    if not isinstance(dumped, Mapping):
        raise ValueError("extra_body needs a body that is a JSON object")
    merged = {**cast("Mapping[str, Any]", dumped), **cast("dict[str, Any]", jsonable(extra_body))}
    if kind == "multipart":
        return _encode_multipart(op, merged)
    if kind == "form":
        return _form(op, merged)
    return _json(op, merged)


def dump_body(op: Operation[Any], body: Any) -> Any:
    """Validate a body against the spec's schema, then dump it by wire name (unset fields left out)."""
    if op.body_type is None:
        return jsonable(body)
    adapter = op.body_adapter()
    dumped = adapter.dump_python(adapter.validate_python(body), mode="json", by_alias=True, exclude_unset=True)
    for path, counted, maximum in op.body_limits:
        _check_total(dumped, path, counted, maximum)
    return dumped


def _check_total(dumped: Any, path: tuple[str, ...], counted: str, maximum: int) -> None:
    """The arrays `counted` of the elements at `path` hold at most `maximum` items in all (a path that
    the body does not have, e.g. another member of a union, has nothing to count)."""
    value = dumped
    for name in path:
        if not isinstance(value, Mapping):
            return
        value = cast("Mapping[str, Any]", value).get(name)
    if not isinstance(value, list):
        return
    total = 0
    for element in cast("list[object]", value):
        inner = cast("Mapping[str, Any]", element).get(counted) if isinstance(element, Mapping) else None
        total += len(cast("list[object]", inner)) if isinstance(inner, list) else 0
    if total > maximum:
        where = ".".join(path)
        raise ValueError(f"body field {where!r}: at most {maximum} {counted!r} in all its elements, got {total}")


def is_file(value: Any) -> bool:
    """A file part: bytes, a readable object, or a `(filename, content[, content_type])` tuple."""
    if isinstance(value, tuple):
        return len(cast("tuple[object, ...]", value)) in (2, 3)
    return isinstance(value, (bytes, bytearray)) or hasattr(value, "read")


def _encode_json(op: Operation[Any], body: Any) -> EncodedBody:
    return _json(op, dump_body(op, body))


def _json(op: Operation[Any], dumped: Any) -> EncodedBody:
    content = compact_json(dumped).encode()
    return EncodedBody(content=content, content_type=op.body_content_type or "application/json")


def _encode_form(op: Operation[Any], body: Any) -> EncodedBody:
    return _form(op, dump_body(op, body))


def _form(op: Operation[Any], dumped: Any) -> EncodedBody:
    pairs: list[str] = []
    for name, value in cast("dict[str, Any]", dumped or {}).items():
        if name in op.body_json_fields:  # one field, its value as JSON text
            pairs.append(f"{quote_component(name)}={quote_component(compact_json(value))}")
            continue
        for item in _as_list(value):
            text = json.dumps(item) if isinstance(item, dict) else scalar_text(item)
            pairs.append(f"{quote_component(name)}={quote_component(text)}")
    return EncodedBody(content="&".join(pairs).encode(), content_type="application/x-www-form-urlencoded")


def _encode_multipart(op: Operation[Any], body: Any) -> EncodedBody:
    files: list[tuple[str, Any]] = []
    if isinstance(body, Mapping):
        fields = cast("Mapping[str, Any]", body)
        plain = {k: v for k, v in fields.items() if not is_file(v) and not _is_file_list(v)}
        for name, value in fields.items():
            if name not in plain:
                files.extend((name, item) for item in _as_list(value))
        # Without its files the body no longer matches a schema that declares them: validated only when whole.
        dumped = dump_body(op, plain) if op.body_type is not None and not files else jsonable(plain)
    else:
        dumped = dump_body(op, body)
    data: dict[str, Any] = {}
    for name, value in cast("dict[str, Any]", dumped or {}).items():
        if name in op.body_json_fields:  # its value as JSON text
            data[name] = compact_json(value)
        else:
            data[name] = json.dumps(value) if isinstance(value, (dict, list)) else scalar_text(value)
    if not files:  # httpx2 would send fields alone form-urlencoded: each goes as a part of its own
        return EncodedBody(files=[(name, (None, text)) for name, text in data.items()])
    return EncodedBody(data=data, files=files)


def _encode_binary(op: Operation[Any], body: Any) -> EncodedBody:
    content = body if isinstance(body, bytes) else body.read()
    return EncodedBody(content=content, content_type=op.body_content_type or "application/octet-stream")


def _encode_text(op: Operation[Any], body: Any) -> EncodedBody:
    return EncodedBody(content=str(body).encode(), content_type=op.body_content_type or "text/plain")


_ENCODERS: dict[BodyKind, Callable[[Operation[Any], Any], EncodedBody]] = {
    "json": _encode_json,
    "form": _encode_form,
    "multipart": _encode_multipart,
    "binary": _encode_binary,
    "text": _encode_text,
}


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, list):
        return list(cast("list[object]", value))
    return [value]


def _is_file_list(value: Any) -> bool:
    if not isinstance(value, list):
        return False
    items = cast("list[object]", value)
    return bool(items) and all(is_file(i) for i in items)
