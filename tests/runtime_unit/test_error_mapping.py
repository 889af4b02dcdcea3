"""`_errors`: each status to its class, each error envelope to its code and message, each transport failure.

The class tells callers what happened (`except NotFoundError`); the code and message come from wherever
the provider's envelope keeps them, so the error's text is the provider's own words.
"""

from __future__ import annotations

from typing import Any

import httpx2
import pytest
from runtime import _errors
from runtime._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    connection_error,
    error_body,
    make_status_error,
)

REQUEST = httpx2.Request("GET", "https://api.example.com/v1/things")


def answer(status: int, body: bytes = b"", **headers: str) -> httpx2.Response:
    return httpx2.Response(status, content=body, headers=headers, request=REQUEST)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (405, APIStatusError),
        (409, ConflictError),
        (410, APIStatusError),
        (418, APIStatusError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (499, APIStatusError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (520, InternalServerError),
        (599, InternalServerError),
        (302, APIStatusError),
    ],
)
def test_each_status_maps_to_its_error_class(status: int, cls: type[APIStatusError]) -> None:
    error = make_status_error(answer(status), None)
    assert type(error) is cls
    assert isinstance(error, APIError)
    assert error.status_code == status
    assert error.request is REQUEST


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        (
            {"error": {"code": "not_found", "message": "No such contact"}},
            "not_found",
            "No such contact",
        ),
        ({"error": {"type": "invalid_request", "detail": "bad id"}}, "invalid_request", "bad id"),
        ({"error": {"statusCode": 404, "title": "Not Found"}}, "404", "Not Found"),
        ({"error": {"error_description": "token expired"}}, None, "token expired"),
        ({"message": {"code": "E1", "message": "nested"}}, "E1", "nested"),
        ({"code": "rate_limited", "message": "slow down"}, "rate_limited", "slow down"),
        ({"statusCode": 422, "detail": "invalid phone"}, "422", "invalid phone"),
        ({"error": "Unauthorized"}, None, "Unauthorized"),
        ({"message": "plain", "error": "other"}, None, "plain"),
        ({"code": 17}, "17", None),
        ({"unrelated": True}, None, None),
        ("  upstream exploded  ", None, "upstream exploded"),
        ("", None, None),
        (None, None, None),
        ([1, 2], None, None),
    ],
)
def test_the_providers_code_and_message_are_found_in_any_envelope(
    body: object, code: str | None, message: str | None
) -> None:
    error = make_status_error(answer(400), body)
    assert (error.code, error.error_message) == (code, message)
    assert error.body == body


def test_the_error_text_is_status_code_and_message() -> None:
    body = {"error": {"code": "not_found", "message": "No such contact"}}
    assert str(make_status_error(answer(404), body)) == "404 Not Found [not_found] No such contact"
    assert str(make_status_error(answer(500), None)) == "500 Internal Server Error"


def test_a_long_text_body_is_cut_in_the_message() -> None:
    error = make_status_error(answer(502), "x" * 2000)
    assert error.error_message == "x" * 500


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("x-request-id", "req_1"),
        ("request-id", "req_2"),
        ("x-amzn-requestid", "req_3"),
        ("cf-ray", "ray_4"),
    ],
)
def test_the_request_id_comes_from_the_usual_headers(header: str, value: str) -> None:
    assert make_status_error(answer(500, **{header: value}), None).request_id == value


def test_no_request_id_header_gives_none() -> None:
    assert make_status_error(answer(500), None).request_id is None


def test_rate_limit_error_says_how_long_to_wait() -> None:
    error = make_status_error(answer(429, **{"Retry-After": "12"}), None)
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 12.0
    assert RateLimitError(response=answer(429), body=None).retry_after is None


@pytest.mark.parametrize(
    ("content", "headers", "parsed"),
    [
        (b'{"error": "x"}', {"content-type": "application/json"}, {"error": "x"}),
        (b'{"error": "x"}', {}, {"error": "x"}),
        (b"<html>down</html>", {"content-type": "text/html"}, "<html>down</html>"),
        (b"", {}, ""),
        (
            b"\xff\xfe not utf-8",
            {"content-type": "text/plain; charset=utf-8"},
            "\ufffd\ufffd not utf-8",
        ),
    ],
)
def test_an_error_body_is_json_else_text_and_never_raises(
    content: bytes, headers: dict[str, str], parsed: Any
) -> None:
    assert error_body(httpx2.Response(500, content=content, headers=headers)) == parsed


@pytest.mark.parametrize(
    ("exc", "cls", "message"),
    [
        (
            httpx2.ConnectError("refused"),
            APIConnectionError,
            "connection error: GET api.example.com (ConnectError)",
        ),
        (
            httpx2.ReadError("reset"),
            APIConnectionError,
            "connection error: GET api.example.com (ReadError)",
        ),
        (
            httpx2.RemoteProtocolError("garbled"),
            APIConnectionError,
            "connection error: GET api.example.com (RemoteProtocolError)",
        ),
        (httpx2.ConnectTimeout("slow"), APITimeoutError, "Request timed out."),
        (httpx2.ReadTimeout("slow"), APITimeoutError, "Request timed out."),
        (httpx2.PoolTimeout("busy"), APITimeoutError, "Request timed out."),
    ],
)
def test_each_transport_failure_maps_to_a_connection_error(
    exc: httpx2.TransportError, cls: type[APIConnectionError], message: str
) -> None:
    error = connection_error(exc, REQUEST)
    assert type(error) is cls
    assert str(error) == message
    assert error.request is REQUEST


def test_a_connection_error_names_the_operating_systems_reason_from_its_causes() -> None:
    """The OS error httpcore2 and httpx2 chain below a ConnectError; the URL (maybe with a key) is never shown."""
    cause = ConnectionRefusedError(111, "Connection refused")
    try:
        try:
            raise cause
        except OSError as exc:
            raise httpx2.ConnectError(
                "[Errno 111] Connection refused http://u/?key=secret"
            ) from exc
    except httpx2.ConnectError as exc:
        error = connection_error(exc, REQUEST)
    assert (
        str(error)
        == "connection error: GET api.example.com: [Errno 111] Connection refused (ConnectError)"
    )
    assert "secret" not in str(error)


def test_every_public_error_is_an_api_error_but_the_argument_error() -> None:
    for name in _errors.__all__:
        if name == "InvalidArgumentError":
            assert issubclass(_errors.InvalidArgumentError, ValueError)
            assert not issubclass(_errors.InvalidArgumentError, APIError)
        else:
            assert issubclass(getattr(_errors, name), APIError), name


def test_the_generator_knows_exactly_the_runtimes_status_error_classes() -> None:
    """`x-error-codes` may name these classes (generator/ir/errors.py checks the names)."""
    from generator.ir.errors import STATUS_ERROR_CLASSES

    assert set(STATUS_ERROR_CLASSES) == set(_errors._BY_NAME)
    assert all(
        issubclass(_errors._BY_NAME[n], _errors.APIStatusError) for n in STATUS_ERROR_CLASSES
    )


def test_the_cause_chained_keeps_places_kinds_and_words_but_no_input() -> None:
    """`redacted`: pydantic-core's own kinds and a validator's own kind (its message as it was),
    every place, no input; anything else chained as it is."""
    import pydantic
    import pydantic_core
    from runtime._errors import redacted

    class Made(pydantic.BaseModel):
        count: int
        note: str

        @pydantic.field_validator("note")
        @classmethod
        def _note(cls, value: str) -> str:
            raise pydantic_core.PydanticCustomError(
                "note_kind", "not a {what} note", {"what": "kept"}
            )

    with pytest.raises(pydantic.ValidationError) as caught:
        Made.model_validate({"count": "+55 11 91234-5678", "note": "Olá, meu pedido"})
    copy = redacted(caught.value)
    assert isinstance(copy, pydantic.ValidationError)
    assert [(e["loc"], e["type"], e["msg"]) for e in copy.errors()] == [
        (e["loc"], e["type"], e["msg"]) for e in caught.value.errors()
    ]
    assert all(e["input"] is None for e in copy.errors())
    assert "91234" not in str(copy) and "pedido" not in str(copy)
    other = KeyError("x")
    assert redacted(other) is other and redacted(None) is None
