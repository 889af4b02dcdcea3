"""`_qs`: every OpenAPI 3 parameter style, with the exact text that goes on the wire.

The table is the specification's own example (`color` as "blue", ["blue", "black", "brown"] and
{"R": 100, "G": 200, "B": 150}) for each location, style and explode, as RFC 6570 expands it; then
JSON `content` parameters, other primitives, characters that must be escaped, and None/empty values.
Each row goes through `encode_params` (what a call does) and the query, path and cookie rows also
through a client, to show that httpx2 sends them unchanged.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from typing import Any

import httpx2
import pydantic
import pytest
from runtime._base_client import NOT_GIVEN, Operation, Param, SyncAPIClient
from runtime._qs import encode_params

PRIMITIVE = "blue"
ARRAY = ["blue", "black", "brown"]
OBJECT = {"R": 100, "G": 200, "B": 150}


def wire(location: str, value: Any, style: str, explode: bool, **param: Any) -> str | None:
    """What one parameter named `color` puts on the wire: the query string, path segment, header, or cookies."""
    op: Operation[Any] = Operation(
        method="GET",
        path="/items/{color}" if location == "path" else "/items",
        params=(Param("color", location, style=style, explode=explode, **param),),
    )
    encoded = encode_params(op, {"color": value})
    if location == "query":
        return "&".join(encoded.query)
    if location == "path":
        return encoded.path.removeprefix("/items/")
    if location == "header":
        return encoded.headers.get("color")
    return "; ".join(encoded.cookies)


STYLE_TABLE = [
    # location, style, explode, primitive, array, object
    (
        "query",
        "form",
        True,
        "color=blue",
        "color=blue&color=black&color=brown",
        "R=100&G=200&B=150",
    ),
    ("query", "form", False, "color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150"),
    (
        "query",
        "spaceDelimited",
        False,
        "color=blue",
        "color=blue%20black%20brown",
        "color=R%20100%20G%20200%20B%20150",
    ),
    (
        "query",
        "pipeDelimited",
        False,
        "color=blue",
        "color=blue|black|brown",
        "color=R|100|G|200|B|150",
    ),
    (
        "query",
        "deepObject",
        True,
        "color=blue",
        "color=blue&color=black&color=brown",
        "color[R]=100&color[G]=200&color[B]=150",
    ),
    ("path", "simple", False, "blue", "blue,black,brown", "R,100,G,200,B,150"),
    ("path", "simple", True, "blue", "blue,black,brown", "R=100,G=200,B=150"),
    ("path", "label", False, ".blue", ".blue,black,brown", ".R,100,G,200,B,150"),
    ("path", "label", True, ".blue", ".blue.black.brown", ".R=100.G=200.B=150"),
    ("path", "matrix", False, ";color=blue", ";color=blue,black,brown", ";color=R,100,G,200,B,150"),
    (
        "path",
        "matrix",
        True,
        ";color=blue",
        ";color=blue;color=black;color=brown",
        ";R=100;G=200;B=150",
    ),
    ("header", "simple", False, "blue", "blue,black,brown", "R,100,G,200,B,150"),
    ("header", "simple", True, "blue", "blue,black,brown", "R=100,G=200,B=150"),
    ("cookie", "form", False, "color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150"),
    (
        "cookie",
        "form",
        True,
        "color=blue",
        "color=blue; color=black; color=brown",
        "R=100; G=200; B=150",
    ),
]


@pytest.mark.parametrize(
    ("location", "style", "explode", "primitive", "array", "obj"),
    STYLE_TABLE,
    ids=[f"{row[0]}-{row[1]}-{'explode' if row[2] else 'no-explode'}" for row in STYLE_TABLE],
)
def test_the_openapi_style_table(
    location: str, style: str, explode: bool, primitive: str, array: str, obj: str
) -> None:
    assert wire(location, PRIMITIVE, style, explode) == primitive
    assert wire(location, ARRAY, style, explode) == array
    assert wire(location, tuple(ARRAY), style, explode) == array
    assert wire(location, OBJECT, style, explode) == obj


JSON_OBJECT = {"R": 100, "name": "Zoë", "tags": ["a b"]}


@pytest.mark.parametrize(
    ("location", "value", "expected"),
    [
        (
            "query",
            JSON_OBJECT,
            "color=%7B%22R%22%3A100%2C%22name%22%3A%22Zo%C3%AB%22%2C%22tags%22%3A%5B%22a%20b%22%5D%7D",
        ),
        ("query", "blue", "color=%22blue%22"),
        ("query", None, "color=null"),
        ("query", [1, 2], "color=%5B1%2C2%5D"),
        ("path", {"R": 100}, "%7B%22R%22%3A100%7D"),
        ("header", JSON_OBJECT, '{"R":100,"name":"Zo\\u00eb","tags":["a b"]}'),
        ("header", "blue", '"blue"'),
        ("header", None, "null"),
        ("cookie", {"R": 100}, "color=%7B%22R%22%3A100%7D"),
    ],
)
def test_json_content_parameters_are_compact_json(location: str, value: Any, expected: str) -> None:
    assert wire(location, value, "form", True, json_content=True) == expected


class Shade(enum.Enum):
    DARK = "dark"


class Level(enum.IntEnum):
    HIGH = 3


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (True, "true"),
        (False, "false"),
        (0, "0"),
        (1.5, "1.5"),
        (date(2024, 5, 1), "2024-05-01"),
        (datetime(2024, 5, 1, 12, 30, tzinfo=UTC), "2024-05-01T12%3A30%3A00%2B00%3A00"),
        (Shade.DARK, "dark"),
        (Level.HIGH, "3"),
        ([True, 2, Shade.DARK], "true,2,dark"),
    ],
)
def test_primitives_are_written_as_json_would_write_them(value: Any, text: str) -> None:
    assert wire("query", value, "form", False) == f"color={text}"
    assert wire("path", value, "simple", False) == text


@pytest.mark.parametrize(
    ("location", "value", "style", "expected"),
    [
        ("query", "a b&c=d/é?#", "form", "color=a%20b%26c%3Dd%2F%C3%A9%3F%23"),
        ("query", ["a,b", "c|d"], "pipeDelimited", "color=a%2Cb|c%7Cd"),
        ("query", {"k&": "v="}, "deepObject", "color[k%26]=v%3D"),
        ("path", "../admin", "simple", "..%2Fadmin"),
        ("path", "..", "simple", "%2E%2E"),
        ("path", ".", "simple", "%2E"),
        ("path", ".", "label", ".%2E"),
        ("path", "a/b?c#d", "simple", "a%2Fb%3Fc%23d"),
        ("path", ["a,b", "c"], "simple", "a%2Cb,c"),
        ("path", "semi;colon=x", "matrix", ";color=semi%3Bcolon%3Dx"),
        ("header", "a, b; c=d", "simple", "a, b; c=d"),
        ("cookie", "a; b=c", "form", "color=a%3B%20b%3Dc"),
    ],
)
def test_values_are_escaped_so_they_cannot_change_the_request(
    location: str, value: Any, style: str, expected: str
) -> None:
    assert wire(location, value, style, explode=False) == expected


@pytest.mark.parametrize(
    ("location", "value", "explode", "expected"),
    [
        ("query", None, True, ""),  # an optional parameter given as None is left out
        ("query", NOT_GIVEN, True, ""),
        ("query", "", True, "color="),
        ("query", [], True, ""),
        ("query", [], False, "color="),
        ("query", {}, True, ""),
        ("query", {}, False, "color="),
        ("query", {"R": 1, "G": None}, True, "R=1"),  # members that are None are left out
        ("query", ["a", None], True, "color=a&color="),
        ("header", None, False, None),
        ("header", "", False, ""),
        ("header", [], False, ""),
        ("cookie", None, True, ""),
        ("cookie", "", True, "color="),
    ],
)
def test_none_and_empty_values(
    location: str, value: Any, explode: bool, expected: str | None
) -> None:
    assert wire(location, value, "simple" if location == "header" else "form", explode) == expected


@pytest.mark.parametrize("value", [None, "", [], {}, [""], {"R": None}])
@pytest.mark.parametrize("style", ["simple", "label", "matrix"])
def test_an_empty_path_value_is_refused(style: str, value: Any) -> None:
    with pytest.raises(ValueError, match="'color' must not be empty"):
        wire("path", value, style, False)


class Filter(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(populate_by_name=True)

    owner_name: str = pydantic.Field(alias="ownerName")
    age: int | None = None


def test_a_parameter_with_a_schema_is_validated_and_sent_by_wire_name() -> None:
    param = {"model": lambda: Filter}
    assert (
        wire("query", {"owner_name": "ada"}, "deepObject", True, **param) == "color[ownerName]=ada"
    )
    assert (
        wire("query", Filter(ownerName="ada", age=3), "form", True, **param)
        == "ownerName=ada&age=3"
    )
    assert wire("path", {"ownerName": "ada"}, "matrix", True, **param) == ";ownerName=ada"
    with pytest.raises(pydantic.ValidationError):
        wire("query", {"age": "old"}, "deepObject", True, **param)


def test_extra_query_parameters_are_form_encoded_and_replace_the_calls_own() -> None:
    from runtime._qs import merge_extra_query

    call = ["limit=5", "status=open", "c=1", "keep=1"]
    extra = {"a": [1, 2], "b": "x y", "c": NOT_GIVEN, "d": None, "limit": 10}
    assert merge_extra_query(call, extra) == [
        "status=open",
        "keep=1",
        "a=1",
        "a=2",
        "b=x%20y",
        "d=",
        "limit=10",
    ]


# --------------------------------------------------------------------------------------------------
# Through a client: httpx2 sends the encoded text unchanged


class _Client(SyncAPIClient):
    pass


@pytest.mark.parametrize(
    ("location", "style", "explode", "primitive", "array", "obj"),
    [row for row in STYLE_TABLE if row[0] in ("query", "path", "cookie")],
)
def test_httpx_sends_the_table_unchanged(
    location: str, style: str, explode: bool, primitive: str, array: str, obj: str
) -> None:
    sent: list[httpx2.Request] = []

    def record(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return httpx2.Response(204)

    client = _Client(
        http_client=httpx2.Client(transport=httpx2.MockTransport(record)),
        api_key=None,
        base_url="https://api.example.com",
        timeout=5.0,
        max_retries=0,
        default_headers=None,
        user_agent="t",
    )
    op: Operation[None] = Operation(
        method="GET",
        path="/items/{color}" if location == "path" else "/items",
        params=(Param("color", location, style=style, explode=explode),),
        response_kind="none",
    )
    for value, expected in ((PRIMITIVE, primitive), (ARRAY, array), (OBJECT, obj)):
        client.request(op, {"color": value})
        request = sent.pop()
        if location == "query":
            assert request.url.raw_path == b"/items?" + expected.encode()
        elif location == "path":
            assert request.url.raw_path == b"/items/" + expected.encode()
        else:
            assert request.headers["Cookie"] == expected
