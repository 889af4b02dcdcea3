"""A small fault-injecting HTTP server on loopback, for testing the generated clients' runtime.

`FaultServer` binds 127.0.0.1 on a free port and answers in a thread pool (stdlib `http.server`). It
serves paged conversation lists in the three providers' paging styles, records every request it
receives (method, raw path, query, headers, body), stores message sends (honouring `Idempotency-Key`)
and injects faults in front of any request, either from a schedule or at random from a seeded RNG:
an error status (503, 429 with Retry-After, ...), a dropped connection (the request is read, then
the socket is closed without an answer) or a delay before answering (for timeouts).

It is bounded: request bodies are capped, the number of requests served is capped (past it every
request gets a 503 the client must not retry), idle connections time out, and the server shuts
itself down after `lifetime` seconds even if nobody stops it.
"""

from __future__ import annotations

import base64
import contextlib
import json
import random
import re
import socket
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal
from urllib.parse import parse_qs, urlsplit

__all__ = [
    "PAGING_PATHS",
    "STYLES",
    "Fault",
    "FaultServer",
    "RecordedRequest",
    "Reply",
    "Style",
    "closed_port_url",
    "conversation_item",
    "delayed",
    "dropped",
    "rate_limited",
    "status",
]

Style = Literal["wacrm", "chatbotx", "datacrazy"]
STYLES: tuple[Style, ...] = ("wacrm", "chatbotx", "datacrazy")
PAGING_PATHS: dict[Style, str] = {
    "wacrm": "/api/v1/conversations",
    "chatbotx": "/v1/conversations",
    "datacrazy": "/api/v1/conversations",
}
_WACRM_SEND = re.compile(r"^/api/v1/messages$")
_CHATBOTX_SEND = re.compile(r"^/v1/conversations/([^/]+)/messages$")
_DATACRAZY_SEND = re.compile(r"^/api/v1/conversations/([^/]+)/messages$")
_STAMP = "2026-01-02T03:04:05Z"


# --------------------------------------------------------------------------------------------------
# What the server can answer


@dataclass(frozen=True)
class Reply:
    """A canned answer: status, body (dict/list as JSON, str/bytes as they are) and headers."""

    status: int = 200
    body: object = None
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Fault:
    """Something that goes wrong in front of the normal handling of one request.

    kind "status": answer `status` (with `headers`/`body`) instead of handling the request.
    kind "drop": read the request, then close the connection without answering.
    kind "delay": wait `delay` seconds, then handle the request normally.
    """

    kind: Literal["status", "drop", "delay"]
    status: int = 503
    headers: Mapping[str, str] = field(default_factory=dict)
    body: object = None
    delay: float = 0.0

    @property
    def label(self) -> str:
        if self.kind == "status":
            return f"status {self.status}"
        if self.kind == "delay":
            return f"delay {self.delay}"
        return "drop"


def status(code: int, body: object = None, headers: Mapping[str, str] | None = None) -> Fault:
    """Answer with an error status instead of handling the request."""
    if body is None:
        body = {"error": {"code": "injected", "message": f"injected {code}"}}
    return Fault("status", status=code, headers=dict(headers or {}), body=body)


def rate_limited(retry_after: str = "1") -> Fault:
    """Answer 429 with a Retry-After header."""
    return status(
        429,
        {"error": {"code": "rate_limited", "message": "slow down"}},
        {"Retry-After": retry_after},
    )


def dropped() -> Fault:
    """Read the request, then close the connection without answering."""
    return Fault("drop")


def delayed(seconds: float) -> Fault:
    """Wait, then answer normally (a client with a shorter timeout gives up first)."""
    return Fault("delay", delay=seconds)


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server received it; `path` is the raw path, percent-encoding kept."""

    method: str
    path: str
    raw_query: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    fault: str | None = None

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


# --------------------------------------------------------------------------------------------------
# Items in the three providers' shapes


def conversation_item(style: Style, index: int) -> dict[str, Any]:
    """Conversation number `index` as the provider's list would return it."""
    if style == "wacrm":
        return {
            "id": f"conv-{index:05d}",
            "contact_id": f"contact-{index:05d}",
            "status": ("open", "pending", "closed")[index % 3],
            "assigned_agent_id": None,
            "last_message_text": f"message {index}",
            "last_message_at": _STAMP,
            "unread_count": index % 4,
            "created_at": _STAMP,
            "updated_at": _STAMP,
            "contact": None,
        }
    if style == "chatbotx":
        return {
            "id": str(10_000 + index),
            "lastActivityAt": _STAMP,
            "botEnabled": index % 2 == 0,
            "followed": False,
        }
    return {"id": f"{index:024x}", "name": f"Contact {index}", "isGroup": False, "finished": False}


# An opaque cursor full of characters that must be percent-encoded in a query: a client that does not
# encode them (or a server that decodes "+" as a space) cannot find its way back.
_ODD_PREFIX = "a+b/c=d&e f?#é%2F;"


def _encode_cursor(offset: int, odd: bool = False) -> str:
    if odd:
        return f"{_ODD_PREFIX}{offset}=="
    return base64.urlsafe_b64encode(json.dumps({"o": offset}).encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> int:
    if cursor.startswith(_ODD_PREFIX) and cursor.endswith("=="):
        offset: object = int(cursor[len(_ODD_PREFIX) : -2])
    else:
        padded = cursor + "=" * (-len(cursor) % 4)
        offset = json.loads(base64.urlsafe_b64decode(padded.encode()))["o"]
    if not isinstance(offset, int) or offset < 0:
        raise ValueError(cursor)
    return offset


def _int_param(query: Mapping[str, list[str]], name: str, default: int) -> int:
    values = query.get(name)
    return int(values[-1]) if values else default


@dataclass
class _NumberedPaging:
    """ChatbotX's newer lists: `page` (from 1) and `perPage` in, `data` and `pageCount` out."""

    items: list[dict[str, Any]]
    default_per_page: int
    with_count: bool  # False: no pageCount (`withCount=false`, or an older server)
    ignore_page: bool  # an older server: every item on every page, whatever `page` says
    overlap: int = (
        0  # each page after the first starts this many items early (shared with the last)
    )


@dataclass
class _Paging:
    style: Style
    items: list[dict[str, Any]]
    repeat_cursor: bool
    empty_last_page: bool
    count_extra: int
    odd_cursors: bool
    max_page_size: int | None
    ignore_position: bool = False  # the cursor or `skip` is ignored: every answer is the first page
    overlap: int = 0  # each page after the first starts this many items early


# --------------------------------------------------------------------------------------------------
# The server


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 10  # an idle keep-alive connection is closed after this many seconds
    disable_nagle_algorithm = (
        True  # headers and body go out in two writes: no 40 ms delayed-ACK stall
    )
    server: _HTTPServer

    def log_message(self, format: str, *args: Any) -> None:  # silence stderr
        pass

    def _answer(self) -> None:
        self.server.owner._handle(self)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _answer


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, owner: FaultServer) -> None:
        self.owner = owner
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.connections_lock:
            self.connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.connections_lock:
            self.connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self.connections_lock:
            connections = list(self.connections)
            self.connections.clear()
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)


class FaultServer:
    """A loopback HTTP server that pages, records, stores sends and misbehaves on request.

    Use it as a context manager (or call `start()` / `stop()`); `base_url` is where it listens.
    """

    def __init__(
        self, *, lifetime: float = 120.0, max_requests: int = 20_000, max_body: int = 1 << 20
    ) -> None:
        self.max_requests = max_requests
        self.max_body = max_body
        self.lifetime = lifetime
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._watchdog: threading.Timer | None = None
        self.requests: list[RecordedRequest] = []
        self.messages: list[dict[str, Any]] = []
        self.response_headers: dict[str, str] = {}
        self._routes: dict[tuple[str, str], Reply | Callable[[RecordedRequest], Reply]] = {}
        self._paging: dict[str, _Paging] = {}
        self._numbered: dict[str, _NumberedPaging] = {}
        self._schedule: list[Fault | None] = []
        self._random: tuple[float, random.Random, tuple[Fault, ...], frozenset[str]] | None = None
        self._send_outcomes: list[Fault | None] = []
        self._idempotent: dict[str, tuple[bytes, Reply]] = {}

    # -- lifecycle ----------------------------------------------------------------------------------

    def start(self) -> FaultServer:
        self._httpd = _HTTPServer(self)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.01},
            name="faultserver",
            daemon=True,
        )
        self._thread.start()
        self._watchdog = threading.Timer(self.lifetime, self.stop)
        self._watchdog.daemon = True
        self._watchdog.start()
        return self

    def stop(self) -> None:
        """Stop serving, wake delayed handlers and close open connections (idempotent)."""
        with self._lock:  # the watchdog and the fixture may both get here
            if self._stopping.is_set():
                return
            self._stopping.set()
        if self._watchdog is not None and self._watchdog is not threading.current_thread():
            self._watchdog.cancel()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.close_connections()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        assert self._httpd is not None, "the server is not started"
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    # -- configuration ------------------------------------------------------------------------------

    def serve_pages(
        self,
        style: Style,
        items: Sequence[Mapping[str, Any]] | int,
        *,
        repeat_cursor: bool = False,
        empty_last_page: bool = False,
        count_extra: int = 0,
        odd_cursors: bool = False,
        max_page_size: int | None = None,
        ignore_position: bool = False,
        overlap: int = 0,
    ) -> list[dict[str, Any]]:
        """Serve `items` (or that many generated conversations) at the style's list path.

        repeat_cursor: every page names the same next cursor (a buggy server).
        empty_last_page: the last full page still has a cursor, which leads to an empty page.
        count_extra: DataCrazy's `count` overstates the total by this much.
        odd_cursors: cursors full of characters that need percent-encoding (`+`, `/`, `=`, `&`, space...).
        max_page_size: clamp the requested page size to this (servers give fewer items than asked).
        ignore_position: the cursor (or `skip`) is ignored: every answer is the first page, with the
            same next cursor (an older server that does not page).
        overlap: each page after the first starts `overlap` items early, so it repeats the end of the
            page before (a cursor that loses the tie-breaker; rows inserted ahead of an offset, which
            the offset style's `count` then includes).
        """
        data = (
            [conversation_item(style, i) for i in range(items)]
            if isinstance(items, int)
            else [dict(i) for i in items]
        )
        with self._lock:
            self._paging[PAGING_PATHS[style]] = _Paging(
                style,
                data,
                repeat_cursor,
                empty_last_page,
                count_extra,
                odd_cursors,
                max_page_size,
                ignore_position,
                overlap,
            )
        return data

    def serve_numbered_pages(
        self,
        path: str,
        items: Sequence[Mapping[str, Any]] | int,
        *,
        default_per_page: int = 20,
        with_count: bool = True,
        ignore_page: bool = False,
        overlap: int = 0,
    ) -> list[dict[str, Any]]:
        """Serve `items` (or that many contacts) at `path`, paged by `page`/`perPage` with a `pageCount`.

        with_count=False leaves `pageCount` out; ignore_page=True answers every item whatever the page
        (the older servers' unpaged `{data}`); overlap=n starts every page after the first n items
        early, so it repeats the end of the page before.
        """
        data = (
            [{"id": str(5000 + i), "firstName": f"Contact {i}"} for i in range(items)]
            if isinstance(items, int)
            else [dict(i) for i in items]
        )
        with self._lock:
            self._numbered[path] = _NumberedPaging(
                data, default_per_page, with_count, ignore_page, overlap
            )
        return data

    def route(
        self, method: str, path: str, reply: Reply | Callable[[RecordedRequest], Reply]
    ) -> None:
        """Answer `method path` (raw path, exact) with a canned reply or a function of the request."""
        with self._lock:
            self._routes[(method.upper(), path)] = reply

    def schedule(self, *faults: Fault | None) -> None:
        """Faults for the next requests, in order (None: that request is handled normally)."""
        with self._lock:
            self._schedule.extend(faults)

    def random_faults(
        self, rate: float, faults: Sequence[Fault], *, seed: int, methods: Sequence[str] = ("GET",)
    ) -> None:
        """After the schedule runs out, fail each request with probability `rate` (seeded RNG)."""
        with self._lock:
            self._random = (
                rate,
                random.Random(seed),
                tuple(faults),
                frozenset(m.upper() for m in methods),
            )

    def after_send(self, *outcomes: Fault | None) -> None:
        """What happens after each new send has been recorded: a Fault (e.g. `dropped()`), or None to answer."""
        with self._lock:
            self._send_outcomes.extend(outcomes)

    # -- inspection ---------------------------------------------------------------------------------

    def requests_to(self, path: str, method: str | None = None) -> list[RecordedRequest]:
        with self._lock:
            return [
                r
                for r in self.requests
                if r.path == path and (method is None or r.method == method.upper())
            ]

    @property
    def faults_injected(self) -> list[str]:
        with self._lock:
            return [r.fault for r in self.requests if r.fault is not None]

    # -- handling -----------------------------------------------------------------------------------

    def _pick_fault(self, method: str) -> Fault | None:
        if self._schedule:
            return self._schedule.pop(0)
        if self._random is not None:
            rate, rng, faults, methods = self._random
            if method in methods and rng.random() < rate:
                return rng.choice(faults)
        return None

    def _handle(self, handler: _Handler) -> None:
        method = handler.command
        length = int(handler.headers.get("Content-Length") or 0)
        if handler.headers.get("Transfer-Encoding") or length > self.max_body:
            self._write(
                handler,
                Reply(413, {"error": {"code": "too_large", "message": "body refused"}}),
                close=True,
            )
            return
        body = handler.rfile.read(length) if length else b""
        split = urlsplit(handler.path)
        request = RecordedRequest(
            method=method,
            path=split.path,
            raw_query=split.query,
            query=parse_qs(split.query, keep_blank_values=True),
            headers={k.lower(): v for k, v in handler.headers.items()},
            body=body,
        )
        with self._lock:
            if len(self.requests) >= self.max_requests:
                over = True
                fault = None
            else:
                over = False
                fault = self._pick_fault(method)
                self.requests.append(
                    request if fault is None else _with_fault(request, fault.label)
                )
        if over:
            self._write(
                handler,
                Reply(
                    503,
                    {"error": {"code": "budget", "message": "request budget exhausted"}},
                    {"x-should-retry": "false"},
                ),
                close=True,
            )
            return
        if fault is not None:
            if fault.kind == "drop":
                handler.close_connection = True
                return
            if fault.kind == "status":
                self._write(handler, Reply(fault.status, fault.body, fault.headers))
                return
            if self._stopping.wait(fault.delay):
                handler.close_connection = True
                return
        self._write(handler, self._respond(request))

    def _respond(self, request: RecordedRequest) -> Reply | Fault:
        with self._lock:
            route = self._routes.get((request.method, request.path))
            paging = self._paging.get(request.path) if request.method == "GET" else None
            numbered = self._numbered.get(request.path) if request.method == "GET" else None
        if route is not None:
            return route(request) if callable(route) else route
        if numbered is not None:
            return _numbered_page(numbered, request)
        if paging is not None:
            return self._page(paging, request)
        if request.method == "POST" and (
            _WACRM_SEND.match(request.path)
            or _CHATBOTX_SEND.match(request.path)
            or _DATACRAZY_SEND.match(request.path)
        ):
            return self._send(request)
        return Reply(
            404,
            {
                "error": {
                    "code": "not_found",
                    "message": f"no route for {request.method} {request.path}",
                }
            },
        )

    def _page(self, paging: _Paging, request: RecordedRequest) -> Reply:
        q = request.query
        items = paging.items
        try:
            if paging.style == "datacrazy":
                skip, take = _int_param(q, "skip", 0), _int_param(q, "take", 10)
                take = min(take, paging.max_page_size or take)
                skip = 0 if paging.ignore_position else max(0, skip - paging.overlap)
                count = len(items) + paging.count_extra + paging.overlap
                return Reply(200, {"count": count, "data": items[skip : skip + take]})
            limit = _int_param(
                q,
                "limit" if paging.style == "wacrm" else "perPage",
                50 if paging.style == "wacrm" else 20,
            )
            limit = min(limit, paging.max_page_size or limit)
            cursor = q.get("cursor", [None])[-1]
            offset = _decode_cursor(cursor) if cursor and not paging.ignore_position else 0
        except (ValueError, KeyError, TypeError):
            return Reply(
                400, {"error": {"code": "bad_request", "message": "bad paging parameters"}}
            )
        page = items[offset : offset + limit]
        end = offset + limit
        if paging.repeat_cursor:
            next_cursor: str | None = _encode_cursor(limit, paging.odd_cursors)
        elif end < len(items) or (paging.empty_last_page and page):
            next_cursor = _encode_cursor(max(0, end - paging.overlap), paging.odd_cursors)
        else:
            next_cursor = None
        if paging.style == "wacrm":
            return Reply(200, {"data": page, "meta": {"next_cursor": next_cursor}})
        return Reply(200, {"data": page, "nextCursor": next_cursor, "prevCursor": cursor})

    def _send(self, request: RecordedRequest) -> Reply | Fault:
        key = request.headers.get("idempotency-key")
        with self._lock:
            if key is not None and key in self._idempotent:
                first_body, first_reply = self._idempotent[key]
                if first_body != request.body:
                    return Reply(
                        422,
                        {
                            "defined": True,
                            "code": "idempotencyKeyReused",
                            "status": 422,
                            "message": "key reused with another body",
                        },
                    )
                return first_reply
            number = len(self.messages) + 1
            payload = request.json()
            self.messages.append(
                {"number": number, "path": request.path, "body": payload, "idempotency_key": key}
            )
            reply = _send_reply(request.path, number, payload)
            if key is not None:
                self._idempotent[key] = (request.body, reply)
            outcome = self._send_outcomes.pop(0) if self._send_outcomes else None
        return reply if outcome is None else outcome

    def _write(self, handler: _Handler, reply: Reply | Fault, *, close: bool = False) -> None:
        if isinstance(reply, Fault):
            if reply.kind == "drop":
                handler.close_connection = True
                return
            reply = Reply(reply.status, reply.body, reply.headers)
        body = reply.body
        headers = {**self.response_headers, **reply.headers}
        if isinstance(body, (dict, list)):
            payload = json.dumps(body).encode()
            headers.setdefault("Content-Type", "application/json")
        elif isinstance(body, str):
            payload = body.encode()
            headers.setdefault("Content-Type", "text/plain; charset=utf-8")
        else:
            payload = body if isinstance(body, bytes) else b""
        try:
            handler.send_response(reply.status)
            for name, value in headers.items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(payload)))
            if close:
                handler.send_header("Connection", "close")
                handler.close_connection = True
            handler.end_headers()
            if handler.command != "HEAD":
                handler.wfile.write(payload)
            handler.wfile.flush()
        except OSError:  # the client gave up (e.g. timed out) before the answer
            handler.close_connection = True


def _numbered_page(paging: _NumberedPaging, request: RecordedRequest) -> Reply:
    try:
        page = _int_param(request.query, "page", 1)
        per_page = _int_param(request.query, "perPage", paging.default_per_page)
    except ValueError:
        return Reply(400, {"error": {"code": "bad_request", "message": "bad paging parameters"}})
    if page < 1 or per_page < 1:
        return Reply(400, {"error": {"code": "bad_request", "message": "bad paging parameters"}})
    if paging.ignore_page:
        return Reply(200, {"data": paging.items})
    start = (page - 1) * per_page
    start = max(0, start - paging.overlap) if page > 1 else start
    body: dict[str, Any] = {"data": paging.items[start : page * per_page]}
    if paging.with_count:
        body["pageCount"] = float(
            -(-len(paging.items) // per_page)
        )  # a JSON number, as the spec says
        body["totalCount"] = len(paging.items)
    return Reply(200, body)


def _with_fault(request: RecordedRequest, label: str) -> RecordedRequest:
    return RecordedRequest(
        request.method,
        request.path,
        request.raw_query,
        request.query,
        request.headers,
        request.body,
        label,
    )


def _send_reply(path: str, number: int, payload: Any) -> Reply:
    body = payload if isinstance(payload, dict) else {}
    if _WACRM_SEND.match(path):
        result = {
            "message_id": f"msg-{number}",
            "whatsapp_message_id": f"wamid.{number}",
            "conversation_id": "conv-00001",
            "contact_id": "contact-00001",
            "contact_created": False,
        }
        return Reply(201, {"data": result})
    match = _CHATBOTX_SEND.match(path)
    if match:
        # The created message itself, not wrapped in `data` (specs/chatbotx.yaml, SentMessage).
        return Reply(
            201,
            {
                "id": str(number),
                "conversationId": match.group(1),
                "text": body.get("text"),
                "clientId": body.get("clientId"),
            },
        )
    match = _DATACRAZY_SEND.match(path)
    assert match is not None
    return Reply(
        200,
        {
            "id": f"{number:024x}",
            "conversationId": match.group(1),
            "body": body.get("body"),
            "status": "SENT",
        },
    )


def closed_port_url() -> str:
    """A loopback URL nothing listens on (connections are refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"
