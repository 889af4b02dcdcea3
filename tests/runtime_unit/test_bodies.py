"""`_files`: each body kind with the exact bytes and content type it sends.

JSON is compact and by wire name with unset fields left out; a form body repeats a list's key; a
multipart body sends files as parts and every other field as text; bytes, files and text go as they are.
"""

from __future__ import annotations

import io
from typing import Any

import pydantic
import pytest
from runtime._base_client import NOT_GIVEN, Operation
from runtime._files import EncodedBody, encode_body, is_file, omit_not_given


class Message(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(populate_by_name=True)

    to: str
    reply_to: str | None = pydantic.Field(default=None, alias="replyTo")
    tags: list[str] | None = None


def op(kind: Any, body_type: Any = None, content_type: str | None = None) -> Operation[Any]:
    return Operation(
        method="POST",
        path="/x",
        body_kind=kind,
        body_type=(lambda: body_type) if body_type is not None else None,
        body_content_type=content_type,
    )


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ({"to": "+1", "replyTo": "m1"}, b'{"to":"+1","replyTo":"m1"}'),
        ({"to": "+1", "reply_to": "m1"}, b'{"to":"+1","replyTo":"m1"}'),  # by attribute name too
        ({"to": "Zoë"}, '{"to":"Zoë"}'.encode()),  # unset fields left out, UTF-8 kept
        (Message(to="+1", tags=["a"]), b'{"to":"+1","tags":["a"]}'),
    ],
)
def test_a_json_body_is_validated_and_sent_compact_by_wire_name(body: Any, content: bytes) -> None:
    assert encode_body(op("json", Message), body) == EncodedBody(
        content=content, content_type="application/json"
    )


def test_a_json_body_without_a_schema_is_made_json_like() -> None:
    encoded = encode_body(op("json", content_type="application/merge-patch+json"), {"a": [1, None]})
    assert encoded == EncodedBody(
        content=b'{"a":[1,null]}', content_type="application/merge-patch+json"
    )


def test_a_wrong_body_fails_before_anything_is_sent() -> None:
    with pytest.raises(pydantic.ValidationError):
        encode_body(op("json", Message), {"reply_to": "m1"})


def test_a_form_body_repeats_a_lists_key_and_escapes_values() -> None:
    encoded = encode_body(op("form", Message), {"to": "+1 415", "tags": ["a&b", "c"]})
    assert encoded == EncodedBody(
        content=b"to=%2B1%20415&tags=a%26b&tags=c", content_type="application/x-www-form-urlencoded"
    )


def test_a_multipart_body_sends_files_as_parts_and_fields_as_text() -> None:
    photo = ("photo.jpg", b"\xff\xd8", "image/jpeg")
    encoded = encode_body(
        op("multipart"),
        {"caption": "hi", "count": 2, "meta": {"a": 1}, "file": photo, "more": [b"1", b"2"]},
    )
    assert encoded.data == {"caption": "hi", "count": "2", "meta": '{"a": 1}'}
    assert encoded.files == [("file", photo), ("more", b"1"), ("more", b"2")]
    assert encoded.content is None and encoded.content_type is None  # httpx2 writes the boundary


def test_form_fields_whose_encoding_is_json_go_as_json_text() -> None:
    operation = Operation(
        method="POST", path="/x", body_kind="form", body_json_fields=("to", "opts")
    )
    encoded = encode_body(
        operation, {"to": [1, 2], "opts": {"a": True}, "tags": ["x", "y"], "s": "t"}
    )
    assert encoded.content == (b"to=%5B1%2C2%5D&opts=%7B%22a%22%3Atrue%7D&tags=x&tags=y&s=t")


def test_a_multipart_body_of_fields_alone_is_still_multipart() -> None:
    operation = Operation(
        method="POST", path="/x", body_kind="multipart", body_json_fields=("ids",)
    )
    encoded = encode_body(operation, {"file": "a path, as text", "ids": [1]})
    assert encoded.data is None  # httpx2 would send `data` alone form-urlencoded
    assert encoded.files == [("file", (None, "a path, as text")), ("ids", (None, "[1]"))]


@pytest.mark.parametrize(
    ("body", "content"),
    [(b"\x00\x01", b"\x00\x01"), (io.BytesIO(b"file bytes"), b"file bytes")],
)
def test_a_binary_body_is_sent_as_is(body: Any, content: bytes) -> None:
    assert encode_body(op("binary"), body) == EncodedBody(
        content=content, content_type="application/octet-stream"
    )
    assert encode_body(op("binary", content_type="image/png"), b"x").content_type == "image/png"


def test_a_text_body_is_utf8() -> None:
    assert encode_body(op("text"), "olá") == EncodedBody(
        content="olá".encode(), content_type="text/plain"
    )


@pytest.mark.parametrize(
    ("value", "file"),
    [
        (b"x", True),
        (bytearray(b"x"), True),
        (io.BytesIO(b"x"), True),
        (("a.txt", b"x"), True),
        (("a.txt", b"x", "text/plain"), True),
        (("a",), False),
        ("text", False),
        (3, False),
    ],
)
def test_what_counts_as_a_file(value: Any, file: bool) -> None:
    assert is_file(value) is file


def test_fields_not_given_are_dropped_and_an_optional_body_left_empty_is_not_sent() -> None:
    optional = op("json")
    required = Operation[Any](method="POST", path="/x", body_kind="json", body_required=True)
    assert omit_not_given(optional, {"a": 1, "b": NOT_GIVEN}) == {"a": 1}
    assert omit_not_given(optional, {"b": NOT_GIVEN}) is NOT_GIVEN
    assert omit_not_given(required, {"b": NOT_GIVEN}) == {}
    assert omit_not_given(optional, b"raw") == b"raw"
