"""A fake provider on loopback for the client tests, and the checks every exchange goes through.

``StubServer`` is a stdlib threaded HTTP server on 127.0.0.1 (port 0). Mounting a provider routes each
operation of its spec (method + path template, under the spec server's path prefix) to a canned
success payload: the provider's published doc example where the docs have one, otherwise the example
embedded in the spec for that 2xx response. Every request is recorded as it arrived on the socket:
method, raw request target (path and raw query string), headers and body bytes.
"""

from __future__ import annotations

import inspect
import json
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from doc_examples import doc_payloads

ROOT = Path(__file__).resolve().parents[2]
SPECS_DIR = ROOT / "specs"
PROVIDERS = ("wacrm", "chatbotx", "datacrazy")
HTTP_METHODS = ("get", "put", "post", "patch", "delete")

NO_BODY = object()  # a Case expecting an empty request body
NO_CONTENT = object()  # a success response the spec declares without a body (e.g. 204)


# Specs -----------------------------------------------------------------------------------------


@cache
def load_spec(provider: str) -> dict[str, Any]:
    return yaml.safe_load((SPECS_DIR / f"{provider}.yaml").read_text(encoding="utf-8"))


def deref(spec: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s until a node without one."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for token in node["$ref"].removeprefix("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def server_prefix(provider: str) -> str:
    """The path part of the spec's first server URL (``/api`` for ChatbotX), without a trailing slash."""
    return urlsplit(load_spec(provider)["servers"][0]["url"]).path.rstrip("/")


@dataclass(frozen=True)
class SpecOperation:
    """One operation of a spec, as the fake server routes and answers it."""

    provider: str
    operation_id: str
    client_method: str
    method: str
    template: str
    pattern: re.Pattern[str]
    responses: dict[int, Any]  # 2xx status -> canned JSON payload, or NO_CONTENT
    sources: dict[int, str]  # 2xx status -> "docs", "spec" (an embedded example) or "empty"
    items: str | None  # where a list operation keeps its items (x-pagination), else None
    schemas: dict[int, str]  # 2xx status -> name of the model a parsed body is an instance of
    item_schema: str | None  # a list operation's item schema name

    @property
    def default_status(self) -> int:
        return next(iter(self.responses))


def _path_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    regex = "".join("[^/?#]+" if part.startswith("{") else re.escape(part) for part in parts)
    return re.compile(regex)


def _result_model(spec: dict[str, Any], schema: dict[str, Any]) -> str:
    """The component a parsed body is an instance of: for ``anyOf: [X, null]`` (a body that may be
    JSON null, unwrapped by the client) that is X, else the referenced component itself."""
    name = schema["$ref"].rpartition("/")[2]
    component = spec["components"]["schemas"][name]
    members = component.get("anyOf") or component.get("oneOf") or []
    refs = [m["$ref"] for m in members if "$ref" in m]
    if len(refs) == 1 and len(members) == 2 and {"type": "null"} in members:
        return refs[0].rpartition("/")[2]
    return name


def _spec_example(media: dict[str, Any]) -> Any:
    """The first example of a media type; a success response without one cannot be served."""
    if media.get("examples"):
        return next(iter(media["examples"].values()))["value"]
    if "example" in media:
        return media["example"]
    raise AssertionError(f"no doc payload and no example to serve for {media.get('schema')}")


@cache
def spec_operations(provider: str) -> dict[str, SpecOperation]:
    """Every operation of a provider's spec, keyed by operationId, with its canned success payloads."""
    spec = load_spec(provider)
    docs = doc_payloads()
    prefix = server_prefix(provider)
    result: dict[str, SpecOperation] = {}
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method not in item:
                continue
            operation = item[method]
            operation_id = operation["operationId"]
            responses: dict[int, Any] = {}
            sources: dict[int, str] = {}
            schemas: dict[int, str] = {}
            for status, response in operation["responses"].items():
                if not str(status).startswith("2"):
                    continue
                code = int(status)
                if "content" not in deref(spec, response):
                    # a success without a body (e.g. 204): served as an empty answer
                    responses[code], sources[code] = NO_CONTENT, "empty"
                    continue
                media = deref(spec, response)["content"]["application/json"]
                schemas[code] = _result_model(spec, media["schema"])
                doc_key = (f"{provider}.yaml", operation_id, f"response {code}")
                if doc_key in docs:
                    responses[code], sources[code] = docs[doc_key], "docs"
                else:
                    responses[code], sources[code] = _spec_example(media), "spec"
            items = operation.get("x-pagination", {}).get("items")
            item_schema = None
            if items is not None:
                body_schema = spec["components"]["schemas"][next(iter(schemas.values()))]
                item_schema = body_schema["properties"][items]["items"]["$ref"].rpartition("/")[2]
            result[operation_id] = SpecOperation(
                provider=provider,
                operation_id=operation_id,
                client_method=operation["x-client-method"],
                method=method.upper(),
                template=prefix + path,
                pattern=_path_pattern(prefix + path),
                responses=responses,
                sources=sources,
                items=items,
                schemas=schemas,
                item_schema=item_schema,
            )
    return result


# The server ------------------------------------------------------------------------------------


@dataclass
class RecordedRequest:
    """A request exactly as it arrived: nothing decoded or normalised."""

    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes
    operation_id: str | None

    @property
    def path(self) -> str:
        return self.target.partition("?")[0]

    @property
    def query(self) -> str:
        return self.target.partition("?")[2]

    def header_values(self, name: str) -> list[str]:
        return [value for key, value in self.headers if key.lower() == name.lower()]

    def header(self, name: str) -> str | None:
        values = self.header_values(name)
        assert len(values) <= 1, f"header {name} sent {len(values)} times: {values}"
        return values[0] if values else None

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class _Route:
    operation: SpecOperation
    status: int
    payload: Any
    raw: bytes | None = None  # sent verbatim instead of the JSON payload
    content_type: str | None = "application/json"


@dataclass
class StubServer:
    """A threaded HTTP server on 127.0.0.1 that answers the mounted providers' operations."""

    requests: list[RecordedRequest] = field(default_factory=list)
    routes: list[_Route] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                path = self.path.partition("?")[0]
                route = next(
                    (
                        r
                        for r in stub.routes
                        if r.operation.method == self.command
                        and r.operation.pattern.fullmatch(path)
                    ),
                    None,
                )
                with stub._lock:
                    stub.requests.append(
                        RecordedRequest(
                            method=self.command,
                            target=self.path,
                            headers=list(self.headers.items()),
                            body=body,
                            operation_id=route.operation.operation_id if route else None,
                        )
                    )
                if route is None:
                    status, content_type = 404, "application/json"
                    data = json.dumps({"stub": f"no operation for {self.command} {path}"}).encode()
                elif route.payload is NO_CONTENT:
                    status, content_type, data = route.status, None, b""
                else:
                    status, content_type = route.status, route.content_type
                    data = json.dumps(route.payload).encode() if route.raw is None else route.raw
                self.send_response(status)
                if content_type is not None:
                    self.send_header("Content-Type", content_type)
                if status != 204:
                    self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if status != 204:
                    self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def base_url(self, provider: str) -> str:
        """What to pass a client as ``base_url``: this server plus the spec server's path prefix."""
        return self.url + server_prefix(provider)

    def mount(self, provider: str) -> dict[str, SpecOperation]:
        """Answer every operation of ``provider`` with its canned payload (the lowest 2xx status)."""
        operations = spec_operations(provider)
        for operation in operations.values():
            status = operation.default_status
            self.routes.append(_Route(operation, status, operation.responses[status]))
        return operations

    def respond_with(self, operation_id: str, status: int, payload: Any) -> None:
        """Change what a mounted operation answers (a JSON payload)."""
        route = self._route(operation_id)
        route.status, route.payload, route.raw = status, payload, None
        route.content_type = "application/json"

    def respond_raw(
        self, operation_id: str, status: int, body: bytes, content_type: str | None
    ) -> None:
        """Make a mounted operation answer these exact bytes (a 204 sends none)."""
        route = self._route(operation_id)
        route.status, route.payload, route.raw = status, None, body
        route.content_type = content_type

    def _route(self, operation_id: str) -> _Route:
        for route in self.routes:
            if route.operation.operation_id == operation_id:
                return route
        raise KeyError(operation_id)

    def served(self, operation_id: str) -> tuple[SpecOperation, int, Any]:
        """The mounted operation, and the status and JSON payload it answers."""
        route = self._route(operation_id)
        return route.operation, route.status, route.payload

    def single_request(self) -> RecordedRequest:
        with self._lock:
            assert len(self.requests) == 1, [(r.method, r.target) for r in self.requests]
            return self.requests[0]

    def start(self) -> StubServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


def running_stub() -> Iterator[StubServer]:
    server = StubServer().start()
    try:
        yield server
    finally:
        server.stop()


# Cases and checks ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One call of a client method and what must go out on the wire for it.

    ``call`` takes a sync or an async client (the async result is awaited). ``path`` and ``query``
    are the raw request target as the provider's server sees it; ``body`` the JSON body (NO_BODY:
    none), ``raw_body`` its exact bytes where a Case pins them (key order, escaping). ``status``
    picks another 2xx response of the operation to serve.
    """

    operation_id: str
    variant: str
    call: Callable[[Any], Any]
    path: str
    query: str = ""
    body: Any = NO_BODY
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    raw_body: bytes | None = None  # the exact bytes on the wire (key order and escaping included)

    @property
    def id(self) -> str:
        return f"{self.operation_id}-{self.variant}"


_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")


def normalise_timestamps(value: Any) -> Any:
    """Rewrite every RFC 3339 date-time string in a JSON value to one notation (offset kept)."""
    if isinstance(value, dict):
        return {key: normalise_timestamps(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalise_timestamps(item) for item in value]
    if isinstance(value, str) and _DATE_TIME.fullmatch(value):
        return datetime.fromisoformat(value).isoformat()
    return value


def strict_json(value: Any) -> Any:
    """A JSON value in which ``true`` no longer equals ``1`` (Python's ``True == 1`` would hide it)."""
    if isinstance(value, dict):
        return {key: strict_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [strict_json(item) for item in value]
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, (int, float)):
        return ("number", value)
    return value


def assert_same_json(actual: Any, expected: Any) -> None:
    assert strict_json(actual) == strict_json(expected)


def dump(model: Any) -> Any:
    return model.model_dump(mode="json", by_alias=True, exclude_unset=True)


def assert_lossless(parsed: Any, payload: Any) -> None:
    """The parsed model dumps back to exactly the served payload (timestamps up to notation)."""
    assert_same_json(normalise_timestamps(dump(parsed)), normalise_timestamps(payload))


def check_exchange(
    case: Case,
    stub: StubServer,
    result: Any,
    *,
    api_key: str,
    idempotency_header: str | None = None,
) -> RecordedRequest:
    """Assert the request on the wire and the parsed result of one Case; return the request."""
    request = stub.single_request()
    operation, status, payload = stub.served(case.operation_id)
    assert request.operation_id == case.operation_id, (request.method, request.target)
    assert request.method == operation.method
    assert request.path == case.path
    assert request.query == case.query
    if not case.query:
        assert "?" not in request.target

    assert request.header("Authorization") == f"Bearer {api_key}"
    if case.body is NO_BODY:
        assert request.body == b""
        assert request.header("Content-Type") is None
    else:
        assert request.header("Content-Type") == "application/json"
        assert_same_json(request.json(), case.body)
        if case.raw_body is not None:
            assert request.body == case.raw_body, (request.body, case.raw_body)
    if idempotency_header is not None and request.method != "GET":
        key = request.header(idempotency_header)
        assert key, f"{idempotency_header} missing on {request.method} {request.path}"
    for name, value in case.headers.items():
        assert request.header(name) == value

    if payload is NO_CONTENT:
        # A success without a body (e.g. 204): the method returns None.
        assert result is None, result
    elif operation.items is not None:
        # A list operation: the page keeps the whole parsed body and exposes the items.
        assert type(result.response).__name__ == operation.schemas[status]
        assert_lossless(result.response, payload)
        items = payload[operation.items]
        assert len(result.data) == len(items)
        for item, served in zip(result.data, items, strict=True):
            assert type(item).__name__ == operation.item_schema
            assert_lossless(item, served)
    elif hasattr(result, "model_dump"):
        assert type(result).__name__ == operation.schemas[status]
        assert_lossless(result, payload)
    else:
        assert_same_json(result, payload)
    return request


def serve(stub: StubServer, provider: str, case: Case) -> None:
    """Mount ``provider`` on the stub and, if the Case asks for another 2xx status, serve that one."""
    operations = stub.mount(provider)
    if case.status is not None:
        stub.respond_with(
            case.operation_id, case.status, operations[case.operation_id].responses[case.status]
        )


async def call_async(case: Case, client: Any) -> Any:
    """Run a Case's call on an async client: methods return coroutines, lists an awaitable paginator."""
    result = case.call(client)
    return await result if inspect.isawaitable(result) else result
