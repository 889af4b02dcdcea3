"""`_base_client`: what a call puts on the wire, what it returns, and when it tries again.

The clients talk to an `httpx2.MockTransport` that records every request, so each test states the exact
request a call builds (URL, headers, body) and the value the typed request functions hand back.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx2
import pydantic
import pytest
from runtime._auth import AuthScheme
from runtime._base_client import NOT_GIVEN, AsyncAPIClient, Operation, Param, SyncAPIClient
from runtime._errors import APIConnectionError, APIResponseValidationError, NotFoundError
from runtime._pagination import (
    AsyncCursorPage,
    AsyncOffsetPage,
    Paging,
    SyncCursorPage,
    SyncOffsetPage,
)
from runtime._response import APIResponse, async_to_raw_response_wrapper, to_raw_response_wrapper

Handler = Callable[[httpx2.Request], httpx2.Response]


class Contact(pydantic.BaseModel):
    id: str
    name: str | None = None


class ContactPage(pydantic.BaseModel):
    data: list[Contact]
    next_cursor: str | None = None
    total: int | None = None


GET_CONTACT: Operation[Contact] = Operation(
    method="GET",
    path="/contacts/{id}",
    params=(
        Param("id", "path", style="simple", explode=False),
        Param("fields", "query", explode=False),
    ),
    response_type=lambda: Contact,
)
CREATE_CONTACT: Operation[Contact] = Operation(
    method="POST",
    path="/contacts",
    params=(Param("X-Trace", "header", style="simple", explode=False), Param("session", "cookie")),
    response_type=lambda: Contact,
    body_kind="json",
    body_required=True,
    idempotency_header="Idempotency-Key",
)
SEND_NOTE: Operation[None] = Operation(
    method="POST", path="/notes", response_kind="none", body_kind="json"
)
LIST_CURSOR: Operation[ContactPage] = Operation(
    method="GET",
    path="/contacts",
    params=(Param("cursor", "query"), Param("limit", "query")),
    response_type=lambda: ContactPage,
    paging=Paging(
        style="cursor", items=("data",), cursor_param="cursor", next_cursor=("next_cursor",)
    ),
)
LIST_OFFSET: Operation[ContactPage] = Operation(
    method="GET",
    path="/contacts",
    params=(Param("offset", "query"),),
    response_type=lambda: ContactPage,
    paging=Paging(style="offset", items=("data",), offset_param="offset", total=("total",)),
)


class Recorder:
    """A MockTransport handler answering from a list (the last answer repeats), recording each request."""

    def __init__(self, *answers: httpx2.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        request.read()
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


def ok(body: object, status: int = 200) -> httpx2.Response:
    return httpx2.Response(status, json=body)


BEARER = {"token": AuthScheme("bearer", ("api_key",))}


class BearerClient(SyncAPIClient):
    _auth_schemes = BEARER
    _auth_requirements = (("token",),)


def sync_client(
    recorder: Handler, cls: type[SyncAPIClient] = BearerClient, **kwargs: Any
) -> SyncAPIClient:
    client = cls(
        http_client=httpx2.Client(transport=httpx2.MockTransport(recorder)),
        api_key=kwargs.pop("api_key", "sk_test"),
        base_url="https://api.example.com/v1/",
        timeout=kwargs.pop("timeout", 5.0),
        max_retries=kwargs.pop("max_retries", 2),
        default_headers=kwargs.pop("default_headers", None),
        user_agent="runtime-tests/1",
        credentials=kwargs.pop("credentials", None),
        **kwargs,
    )
    client._sleep = lambda _: None
    return client


class AsyncBearerClient(AsyncAPIClient):
    _auth_schemes = BEARER
    _auth_requirements = (("token",),)


def async_client(recorder: Handler) -> AsyncAPIClient:
    async def no_sleep(_: float) -> None:
        return None

    client = AsyncBearerClient(
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(recorder)),
        api_key="sk_test",
        base_url="https://api.example.com/v1",
        timeout=5.0,
        max_retries=2,
        default_headers=None,
        user_agent="runtime-tests/1",
    )
    client._async_sleep = no_sleep
    return client


@pytest.fixture
def contact() -> Iterator[Recorder]:
    yield Recorder(ok({"id": "c1", "name": "Ada"}))


# --------------------------------------------------------------------------------------------------
# The request on the wire


def test_a_get_builds_path_query_and_default_headers(contact: Recorder) -> None:
    result = sync_client(contact).request(GET_CONTACT, {"id": "a/b c", "fields": ["id", "name"]})
    assert result == Contact(id="c1", name="Ada")
    (sent,) = contact.requests
    assert str(sent.url) == "https://api.example.com/v1/contacts/a%2Fb%20c?fields=id,name"
    assert sent.headers["Accept"] == "application/json"
    assert sent.headers["User-Agent"] == "runtime-tests/1"
    assert sent.headers["Authorization"] == "Bearer sk_test"
    assert sent.content == b""


def test_not_given_and_none_values_are_left_out(contact: Recorder) -> None:
    sync_client(contact).request(GET_CONTACT, {"id": "c1", "fields": NOT_GIVEN})
    sync_client(contact).request(GET_CONTACT, {"id": "c1", "fields": None})
    assert [str(r.url) for r in contact.requests] == ["https://api.example.com/v1/contacts/c1"] * 2


def test_a_missing_or_empty_path_parameter_is_refused_before_sending(contact: Recorder) -> None:
    client = sync_client(contact)
    with pytest.raises(ValueError, match="'id' is required"):
        client.request(GET_CONTACT, {})
    with pytest.raises(ValueError, match="'id' must not be empty"):
        client.request(GET_CONTACT, {"id": ""})
    assert contact.requests == []


def test_a_post_sends_compact_json_headers_cookies_and_an_idempotency_key() -> None:
    recorder = Recorder(ok({"id": "c2"}, 201))
    client = sync_client(recorder, default_headers={"X-App": "crm", "Cookie": "theme=dark"})
    created = client.request(
        CREATE_CONTACT, {"X-Trace": "t-1", "session": "s 1"}, {"name": "Zoë", "phone": NOT_GIVEN}
    )
    assert created == Contact(id="c2")
    (sent,) = recorder.requests
    assert sent.content == '{"name":"Zoë"}'.encode()
    assert sent.headers["Content-Type"] == "application/json"
    assert sent.headers["X-App"] == "crm"
    assert sent.headers["X-Trace"] == "t-1"
    assert sent.headers["Cookie"] == "theme=dark; session=s%201"
    assert len(sent.headers["Idempotency-Key"]) == 36


def test_extra_query_is_appended_and_extra_headers_add_or_remove(contact: Recorder) -> None:
    sync_client(contact).request(
        GET_CONTACT,
        {"id": "c1"},
        extra_query={"expand": "owner", "skip": NOT_GIVEN},
        extra_headers={"X-Debug": "1", "User-Agent": NOT_GIVEN},
    )
    (sent,) = contact.requests
    assert sent.url.query == b"expand=owner"
    assert sent.headers["X-Debug"] == "1"
    assert "User-Agent" not in sent.headers or sent.headers["User-Agent"].startswith(
        "python-httpx2"
    )


@pytest.mark.parametrize(
    ("scheme", "name", "where", "expected"),
    [
        ("bearer", "", "Authorization", "Bearer sk_test"),
        ("basic", "", "Authorization", "Basic dXNlcjpwYXNz"),
        ("header", "X-Api-Key", "X-Api-Key", "sk_test"),
        ("cookie", "api_key", "Cookie", "api_key=sk_test"),
        ("query", "api_key", "query", "api_key=sk_test"),
    ],
)
def test_each_auth_scheme_puts_the_key_where_it_belongs(
    contact: Recorder, scheme: str, name: str, where: str, expected: str
) -> None:
    made_of = ("username", "password") if scheme == "basic" else ("api_key",)
    schemes = {"s": AuthScheme(scheme, made_of, name=name)}  # type: ignore[arg-type]
    cls = type(
        "Client", (SyncAPIClient,), {"_auth_schemes": schemes, "_auth_requirements": (("s",),)}
    )
    given = {"credentials": {"username": "user", "password": "pass"}} if scheme == "basic" else {}
    sync_client(contact, cls, api_key="sk_test", **given).request(GET_CONTACT, {"id": "c1"})
    (sent,) = contact.requests
    if where == "query":
        assert sent.url.query.decode() == expected
    else:
        assert sent.headers[where] == expected


def test_an_operation_without_auth_sends_no_key(contact: Recorder) -> None:
    public: Operation[Contact] = Operation(
        method="GET", path="/public", response_type=lambda: Contact, auth=False
    )
    sync_client(contact).request(public, {})
    assert "Authorization" not in contact.requests[0].headers


def test_a_header_value_with_a_newline_is_refused(contact: Recorder) -> None:
    with pytest.raises(ValueError, match="CR, LF or NUL"):
        sync_client(contact).request(CREATE_CONTACT, {"X-Trace": "a\r\nInjected: 1"}, {"name": "x"})
    assert contact.requests == []


# --------------------------------------------------------------------------------------------------
# What comes back


def test_an_operation_without_a_response_returns_none() -> None:
    recorder = Recorder(httpx2.Response(204))
    assert sync_client(recorder).request(SEND_NOTE, {}, {"text": "hi"}) is None


def test_a_body_that_does_not_match_raises_a_validation_error_when_strict() -> None:
    recorder = Recorder(ok({"name": "no id"}))
    with pytest.raises(APIResponseValidationError) as info:
        sync_client(recorder, strict_response_validation=True).request(GET_CONTACT, {"id": "c1"})
    assert info.value.body == {"name": "no id"}


def test_a_strict_mismatch_names_places_and_reasons_never_the_values() -> None:
    """Answers carry customer data; the error's message (what ends up in logs) carries none of it."""
    answer = {"id": ["jane@example.com", "+14155550123"], "name": {"text": "my secret complaint"}}
    recorder = Recorder(ok(answer))
    with pytest.raises(APIResponseValidationError) as info:
        sync_client(recorder, strict_response_validation=True).request(GET_CONTACT, {"id": "c1"})
    message = str(info.value)
    assert "id: " in message and "name: " in message  # where, and why
    for value in ("jane@example.com", "+14155550123", "my secret complaint"):
        assert value not in message
    assert info.value.body == answer  # the body itself stays on the error, for the caller


def test_a_body_that_does_not_match_is_returned_as_received_with_one_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    recorder = Recorder(ok({"name": "no id", "extra": [1]}))
    with caplog.at_level("WARNING", logger="runtime"):
        contact = sync_client(recorder).request(GET_CONTACT, {"id": "c1"})
    assert isinstance(contact, Contact)
    assert contact.name == "no id"
    assert "id" not in contact.model_fields_set
    warnings = [r for r in caplog.records if r.name == "runtime"]
    assert len(warnings) == 1 and warnings[0].levelname == "WARNING"
    assert "does not match the spec" in warnings[0].getMessage()


def test_an_error_status_raises_its_class_with_the_body() -> None:
    recorder = Recorder(ok({"error": {"code": "gone", "message": "No such contact"}}, 404))
    with pytest.raises(NotFoundError) as info:
        sync_client(recorder).request(GET_CONTACT, {"id": "c1"})
    assert info.value.code == "gone"
    assert len(recorder.requests) == 1


def test_the_raw_response_wrapper_returns_the_response_and_parses_on_demand(
    contact: Recorder,
) -> None:
    client = sync_client(contact)

    def retrieve(contact_id: str) -> Contact:
        return client.request(GET_CONTACT, {"id": contact_id})

    raw = to_raw_response_wrapper(retrieve)("c1")
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.parse() == Contact(id="c1", name="Ada")
    assert raw.parse() is raw.parse()
    # Outside the wrapper, the same call returns the parsed value again.
    assert client.request(GET_CONTACT, {"id": "c1"}) == Contact(id="c1", name="Ada")


# --------------------------------------------------------------------------------------------------
# Retries


def test_an_idempotent_call_is_retried_and_every_attempt_sends_the_same_bytes() -> None:
    recorder = Recorder(httpx2.Response(503), httpx2.Response(503), ok({"id": "c1"}))
    assert sync_client(recorder).request(GET_CONTACT, {"id": "c1"}) == Contact(id="c1")
    assert len(recorder.requests) == 3
    assert len({(str(r.url), r.content) for r in recorder.requests}) == 1


def test_an_idempotency_keyed_post_is_retried_with_the_same_key() -> None:
    recorder = Recorder(httpx2.Response(500), ok({"id": "c2"}, 201))
    sync_client(recorder).request(CREATE_CONTACT, {}, {"name": "x"}, idempotency_key="key-1")
    assert [r.headers["Idempotency-Key"] for r in recorder.requests] == ["key-1", "key-1"]


def test_a_post_without_a_key_that_may_have_reached_the_server_is_not_retried() -> None:
    recorder = Recorder(httpx2.ReadError("reset"), ok({}))
    with pytest.raises(APIConnectionError):
        sync_client(recorder).request(SEND_NOTE, {}, {"text": "hi"})
    assert len(recorder.requests) == 1


def test_a_post_that_never_connected_is_retried() -> None:
    recorder = Recorder(httpx2.ConnectError("refused"), httpx2.Response(204))
    assert sync_client(recorder).request(SEND_NOTE, {}, {"text": "hi"}) is None
    assert len(recorder.requests) == 2


def test_max_retries_per_call_overrides_the_clients() -> None:
    recorder = Recorder(httpx2.Response(503))
    with pytest.raises(Exception, match="503"):
        sync_client(recorder).request(GET_CONTACT, {"id": "c1"}, max_retries=0)
    assert len(recorder.requests) == 1


# --------------------------------------------------------------------------------------------------
# Pages


def cursor_pages() -> Recorder:
    return Recorder(
        ok({"data": [{"id": "1"}, {"id": "2"}], "next_cursor": "b"}),
        ok({"data": [{"id": "3"}], "next_cursor": None}),
    )


def test_a_sync_cursor_page_walks_every_item_with_the_callers_options() -> None:
    recorder = cursor_pages()
    page = sync_client(recorder).request_page(
        SyncCursorPage[Contact], LIST_CURSOR, {"limit": 2}, extra_headers={"X-Tenant": "t1"}
    )
    assert isinstance(page, SyncCursorPage)
    assert [c.id for c in page] == ["1", "2", "3"]
    assert [r.url.query for r in recorder.requests] == [b"limit=2", b"limit=2&cursor=b"]
    assert {r.headers["X-Tenant"] for r in recorder.requests} == {"t1"}


def test_a_sync_offset_page_stops_at_the_total() -> None:
    recorder = Recorder(
        ok({"data": [{"id": "1"}, {"id": "2"}], "total": 3}),
        ok({"data": [{"id": "3"}], "total": 3}),
    )
    page = sync_client(recorder).request_page(SyncOffsetPage[Contact], LIST_OFFSET, {})
    assert [c.id for c in page] == ["1", "2", "3"]
    assert [r.url.query for r in recorder.requests] == [b"", b"offset=2"]


def test_a_raw_first_page_is_an_api_response() -> None:
    recorder = cursor_pages()
    client = sync_client(recorder)
    raw = to_raw_response_wrapper(
        lambda: client.request_page(SyncCursorPage[Contact], LIST_CURSOR, {})
    )()
    assert isinstance(raw, APIResponse)
    assert [c.id for c in raw.parse().data] == ["1", "2"]


async def test_an_async_paginator_awaits_to_the_first_page_and_iterates_every_item() -> None:
    client = async_client(cursor_pages())
    first = await client.request_page(AsyncCursorPage[Contact], LIST_CURSOR, {})
    assert isinstance(first, AsyncCursorPage)
    assert [c.id for c in first.data] == ["1", "2"]
    paginator = async_client(cursor_pages()).request_page(AsyncCursorPage[Contact], LIST_CURSOR, {})
    assert [c.id async for c in paginator] == ["1", "2", "3"]


async def test_async_offset_pages_and_the_async_raw_wrapper() -> None:
    recorder = Recorder(
        ok({"data": [{"id": "1"}], "total": 2}), ok({"data": [{"id": "2"}], "total": 2})
    )
    paginator = async_client(recorder).request_page(AsyncOffsetPage[Contact], LIST_OFFSET, {})
    assert [c.id async for c in paginator] == ["1", "2"]

    async def retrieve() -> Contact:
        return await async_client(Recorder(ok({"id": "c9"}))).request(GET_CONTACT, {"id": "c9"})

    raw = await async_to_raw_response_wrapper(retrieve)()
    assert isinstance(raw, APIResponse)
    assert raw.parse() == Contact(id="c9")
    assert json.loads(raw.content) == {"id": "c9"}
