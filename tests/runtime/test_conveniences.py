"""The conveniences users of the anchors rely on, through the generated packages (issue 12).

with_options, extra_body, client.get/post/... for endpoints the spec does not know, to_dict/to_json,
_request_id, with_streaming_response and streamed downloads, is_closed and closing on garbage
collection, and the provider's error codes (x-error-codes) deciding class and retry.
"""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import chatbotx_client
import httpx2
import pydantic
import pytest
import wacrm_client
from faultserver import FaultServer, Reply, conversation_item, dropped, status

ROOT = Path(__file__).resolve().parents[2]
CONVERSATION = {"data": conversation_item("wacrm", 7)}
ONE = "/api/v1/conversations/7c1d9e2a-4b3f-4e8a-9d6c-2f0b1a3e5c7d"
REQUEST_ID = "req-42"


# with_options ----------------------------------------------------------------------------------


def test_with_options_is_a_configured_copy_sharing_the_connection_pool(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    server.route("GET", ONE, Reply(200, CONVERSATION))
    client = make_client(wacrm_client.Wacrm, default_headers={"X-Team": "a"}, max_retries=2)

    fast = client.with_options(timeout=1.5, max_retries=0, default_headers={"X-Env": "test"})
    server.schedule(status(503))
    with pytest.raises(wacrm_client.InternalServerError):
        fast.conversations.retrieve(
            "7c1d9e2a-4b3f-4e8a-9d6c-2f0b1a3e5c7d"
        )  # max_retries=0: the 503 is not retried

    assert isinstance(fast, wacrm_client.Wacrm)
    assert fast._client is client._client  # the same connection pool
    assert (fast.timeout, fast.max_retries, client.max_retries) == (1.5, 0, 2)
    sent = server.requests[-1]
    assert (sent.headers["x-team"], sent.headers["x-env"]) == ("a", "test")
    assert sent.headers["authorization"] == client._default_headers.get(
        "Authorization", sent.headers["authorization"]
    )
    fast.close()  # the copy does not own the pool: the original still works
    assert not client.is_closed()
    assert (
        client.conversations.retrieve("7c1d9e2a-4b3f-4e8a-9d6c-2f0b1a3e5c7d").data.id
        == "conv-00007"
    )


async def test_async_with_options_shares_the_pool(
    server: FaultServer, make_async_client: Callable[..., Any]
) -> None:
    server.route("GET", ONE, Reply(200, CONVERSATION))
    client = make_async_client(wacrm_client.AsyncWacrm)
    copy = client.with_options(max_retries=5, strict_response_validation=True)
    assert copy._client is client._client and copy.max_retries == 5
    assert copy.strict_response_validation and not client.strict_response_validation
    assert (
        await copy.conversations.retrieve("7c1d9e2a-4b3f-4e8a-9d6c-2f0b1a3e5c7d")
    ).data.id == "conv-00007"


# extra_body --------------------------------------------------------------------------------------


def test_extra_body_is_merged_over_the_json_body_of_any_call(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    server.route("GET", ONE, Reply(200, CONVERSATION))
    client = make_client(wacrm_client.Wacrm)

    client.messages.create(
        to="14155550123", type="text", text="hi", extra_body={"text": "hello", "beta": {"x": 1}}
    )
    client.conversations.retrieve(
        "7c1d9e2a-4b3f-4e8a-9d6c-2f0b1a3e5c7d", extra_body={"probe": True}
    )  # no body of its own

    send, get = server.requests
    assert send.json() == {"to": "14155550123", "type": "text", "text": "hello", "beta": {"x": 1}}
    assert get.json() == {"probe": True} and get.headers["content-type"] == "application/json"


# client.get / post / put / patch / delete ----------------------------------------------------------


class Thing(pydantic.BaseModel):
    id: str
    size: int


def test_get_an_endpoint_the_spec_does_not_know_with_the_same_auth_retries_and_errors(
    server: FaultServer, make_client: Callable[..., Any], api_key: str, sleeps: list[float]
) -> None:
    server.route("GET", "/api/v1/something-new", Reply(200, {"items": [1, 2]}))
    server.route("GET", "/api/v1/thing", Reply(200, {"id": "t1", "size": 3}))
    server.route("GET", "/api/v1/things", Reply(200, [{"id": "t1", "size": 3}]))
    server.schedule(status(503))
    client = make_client(wacrm_client.Wacrm)

    got = client.get("/api/v1/something-new", cast_to=object, params={"q": "a b"})
    thing = client.get("/api/v1/thing", cast_to=Thing)
    things = client.get("/api/v1/things", cast_to=list[Thing])
    raw = client.get("/api/v1/thing", cast_to=bytes)

    assert got == {"items": [1, 2]}
    assert thing == Thing(id="t1", size=3) and things == [thing]
    assert json.loads(raw) == {"id": "t1", "size": 3}
    first = server.requests[0]
    assert (first.fault, first.raw_query) == ("status 503", "q=a%20b")  # retried after the 503
    assert {r.headers["authorization"] for r in server.requests} == {f"Bearer {api_key}"}
    assert len(sleeps) == 1
    with pytest.raises(wacrm_client.NotFoundError):
        client.get("/api/v1/nowhere", cast_to=object)
    with pytest.raises(wacrm_client.InvalidArgumentError):
        client.get("api/v1/relative", cast_to=object)


def test_post_put_patch_delete_send_json_and_a_post_is_not_sent_twice(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        server.route(method, "/api/v1/thing", Reply(200, {"method": method}))
    client = make_client(wacrm_client.Wacrm)

    assert client.post("/api/v1/thing", cast_to=object, body={"a": 1}) == {"method": "POST"}
    assert client.put("/api/v1/thing", cast_to=object, body={"a": 2}) == {"method": "PUT"}
    assert client.patch("/api/v1/thing", cast_to=object, body={"a": 3}) == {"method": "PATCH"}
    assert client.delete("/api/v1/thing", cast_to=object) == {"method": "DELETE"}
    assert [r.json() for r in server.requests] == [{"a": 1}, {"a": 2}, {"a": 3}, None]

    server.route("POST", "/api/v1/thing", Reply(200, {}))
    server.schedule(dropped())
    with pytest.raises(wacrm_client.APIConnectionError):
        client.post("/api/v1/thing", cast_to=object, body={"a": 4})
    assert len(server.requests) == 5  # the dropped POST was not re-sent


async def test_async_get_of_an_undocumented_endpoint(
    server: FaultServer, make_async_client: Callable[..., Any]
) -> None:
    server.route("GET", "/api/v1/something-new", Reply(200, {"ok": True}))
    client = make_async_client(wacrm_client.AsyncWacrm)
    assert await client.get("/api/v1/something-new", cast_to=object) == {"ok": True}


# to_dict / to_json / _request_id -------------------------------------------------------------------


def test_models_give_back_their_wire_names_and_carry_the_request_id(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    server.response_headers = {"X-Request-Id": REQUEST_ID}
    row = {"id": "1842", "botEnabled": True}
    server.route("GET", "/v1/conversations/1842", Reply(200, {"data": row}))
    server.serve_pages("chatbotx", 30)
    client = make_client(chatbotx_client.ChatbotX, strict_response_validation=True)

    answer = client.conversations.retrieve("1842")
    page = client.conversations.list(per_page=20)

    assert answer.to_dict() == {"data": row}
    assert json.loads(answer.data.to_json()) == row
    assert answer.data.to_dict(use_api_names=False) == {"id": "1842", "bot_enabled": True}
    assert answer._request_id == REQUEST_ID
    assert page._request_id == REQUEST_ID and page.get_next_page()._request_id == REQUEST_ID
    assert client.with_raw_response.conversations.retrieve("1842").request_id == REQUEST_ID
    # the id does not make two equal answers differ, and a model built by hand has none
    built = chatbotx_client.models.ConversationResponse(data={"id": "1842", "botEnabled": True})
    assert built._request_id is None and built == answer


# streaming -----------------------------------------------------------------------------------------


@pytest.fixture
def kitchen() -> Iterator[Any]:
    """The golden record's kitchen-sink package: it has a binary download."""
    src = str(ROOT / "tests" / "golden" / "kitchen" / "src")
    sys.path.insert(0, src)
    try:
        import kitchen_client

        yield kitchen_client
    finally:
        sys.path.remove(src)


CHUNK = bytes(range(256)) * 256  # 64 KiB
CHUNKS = 160  # 10 MiB in all


def download_transport(sent: list[int]) -> httpx2.MockTransport:
    def chunks() -> Iterator[bytes]:
        for _ in range(CHUNKS):
            sent.append(len(CHUNK))
            yield CHUNK

    def handle(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, stream=_Stream(chunks()))

    return httpx2.MockTransport(handle)


class _Stream(httpx2.SyncByteStream):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks


def test_a_binary_download_streams_to_a_file_without_holding_it_in_memory(
    kitchen: Any, tmp_path: Path
) -> None:
    sent: list[int] = []
    client = kitchen.Kitchen(
        api_key="k", http_client=httpx2.Client(transport=download_transport(sent))
    )
    target = tmp_path / "download.bin"

    with client.with_streaming_response.download.retrieve("big.bin") as response:
        assert sent == []  # nothing read yet: the body is still on the wire
        written = response.write_to_file(target)
        assert not hasattr(response.http_response, "_content")  # never held whole

    assert written == target.stat().st_size == len(CHUNK) * CHUNKS
    with target.open("rb") as f:
        assert f.read(len(CHUNK)) == CHUNK
    with client.with_streaming_response.download.retrieve("big.bin") as response:
        total = sum(len(chunk) for chunk in response.iter_bytes())
    assert total == len(CHUNK) * CHUNKS
    # the plain call still returns bytes
    assert client.download.retrieve("small.bin")[:3] == CHUNK[:3]


async def test_async_streaming_response_iterates_and_parses(
    server: FaultServer, make_async_client: Callable[..., Any]
) -> None:
    server.route("GET", ONE, Reply(200, CONVERSATION))
    client = make_async_client(wacrm_client.AsyncWacrm)

    async with client.with_streaming_response.conversations.retrieve(
        "7c1d9e2a-4b3f-4e8a-9d6c-2f0b1a3e5c7d"
    ) as response:
        assert isinstance(response, wacrm_client.AsyncStreamedAPIResponse)
        body = b"".join([chunk async for chunk in response.iter_bytes()])
    assert json.loads(body) == CONVERSATION
    async with client.with_streaming_response.conversations.retrieve(
        "7c1d9e2a-4b3f-4e8a-9d6c-2f0b1a3e5c7d"
    ) as response:
        parsed = await response.parse()
    assert parsed.data.id == "conv-00007"


def test_sync_streaming_response_of_a_json_call_parses_on_demand(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    server.route("GET", ONE, Reply(200, CONVERSATION))
    client = make_client(wacrm_client.Wacrm)
    with client.with_streaming_response.conversations.retrieve(
        "7c1d9e2a-4b3f-4e8a-9d6c-2f0b1a3e5c7d"
    ) as response:
        assert isinstance(response, wacrm_client.StreamedAPIResponse)
        assert response.status_code == 200
        assert response.parse().data.id == "conv-00007"


# is_closed and closing on garbage collection -------------------------------------------------------


def test_is_closed_and_a_forgotten_client_closes_its_pool_when_collected(
    server: FaultServer,
) -> None:
    client = wacrm_client.Wacrm(api_key="k", base_url=server.base_url)
    assert not client.is_closed()
    transport = client._client._transport
    closed: list[bool] = []
    original = transport.close
    transport.close = lambda: (closed.append(True), original())[1]  # type: ignore[method-assign]

    del client
    gc.collect()

    assert closed == [True]
    with wacrm_client.Wacrm(api_key="k", base_url=server.base_url) as used:
        pass
    assert used.is_closed()


# x-error-codes ---------------------------------------------------------------------------------------


def test_a_providers_error_code_decides_the_class_and_stops_retries_whatever_the_status(
    server: FaultServer, make_client: Callable[..., Any]
) -> None:
    """Wacrm `db_error` (500) is an InternalServerError never retried, even on a GET; ChatbotX's
    older `BAD_REQUEST` (400) is the UnprocessableEntityError the newer API answers."""
    wacrm = make_client(wacrm_client.Wacrm, max_retries=2)
    server.schedule(status(500, {"error": {"code": "db_error", "message": "could not save"}}))
    with pytest.raises(wacrm_client.InternalServerError) as db:
        wacrm.conversations.retrieve("7c1d9e2a-4b3f-4e8a-9d6c-2f0b1a3e5c7d")
    assert db.value.code == "db_error"
    assert len(server.requests) == 1

    chatbotx = make_client(chatbotx_client.ChatbotX, max_retries=2)
    server.schedule(status(400, {"defined": False, "code": "BAD_REQUEST", "status": 400}))
    with pytest.raises(chatbotx_client.UnprocessableEntityError) as bad:
        chatbotx.conversations.retrieve("1842")
    assert (bad.value.code, bad.value.status_code) == ("BAD_REQUEST", 400)
    server.schedule(status(503, {"code": "SOMETHING_ELSE"}))  # a code the spec does not list
    server.route("GET", "/v1/conversations/1842", Reply(200, {"data": {"id": "1842"}}))
    assert chatbotx.conversations.retrieve("1842").data.id == "1842"  # retried by its status
