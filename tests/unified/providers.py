"""Three fake providers on loopback, each answering in its spec's shapes, with real paging.

Each is a stdlib threaded HTTP server on 127.0.0.1 (port 0) holding a list of conversations built
from the provider's published doc example (`tests/fixtures/doc_payloads/`), each copy with its own id,
activity time and status fields. Lists are paged the provider's way, `PAGE` items a page whatever the
client asks (so a handful of conversations makes several pages): Wacrm `limit` + `cursor` with
`{data, meta: {next_cursor}}`, ChatbotX `perPage` + `cursor` with `{data, nextCursor, prevCursor}`,
DataCrazy `take` + `skip` with `{count, data}`. The status filters are applied as each server does
(Wacrm `status`, ChatbotX `status` as one JSON array, DataCrazy `filter[status]`). Every request is
recorded as it arrived; `fail_next(status, count)` makes the next answers an error; `hold` (a
barrier shared by several fakes) keeps each one's first list request waiting until every fake has
one (an answer of 503 if they do not all come within its timeout).
"""

from __future__ import annotations

import copy
import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from doc_examples import doc_payloads

PAGE = 3
BASE_TIME = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)


def iso(when: datetime) -> str:
    return when.isoformat().replace("+00:00", "Z")


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any


Handler = Callable[[str, dict[str, list[str]], Any], tuple[int, Any]]


@dataclass
class FakeProvider:
    """One provider's server: its conversations, its messages, what it was asked and what it answers."""

    name: str
    prefix: str  # the spec server's path prefix
    conversations: list[dict[str, Any]] = field(default_factory=list)
    messages: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    requests: list[Recorded] = field(default_factory=list)
    failures: list[int] = field(default_factory=list)  # statuses to answer next, in order
    hold: threading.Barrier | None = None  # the first list request waits here (see the docstring)
    latency: float = 0.0  # seconds each answer waits, as a distant server's would

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body are two writes: no delayed-ACK stall

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                body = json.loads(raw) if raw else None
                query = parse_qs(parts.query, keep_blank_values=True)
                with fake._lock:
                    fake.requests.append(
                        Recorded(self.command, parts.path, query, dict(self.headers.items()), body)
                    )
                    failure = fake.failures.pop(0) if fake.failures else None
                    held = None
                    if fake.hold is not None and parts.path.endswith("/conversations"):
                        held, fake.hold = fake.hold, None
                if fake.latency:
                    time.sleep(fake.latency)
                if held is not None:
                    try:
                        held.wait()
                    except threading.BrokenBarrierError:
                        failure = 503
                if failure is not None:
                    status, payload = failure, {"error": {"code": "internal", "message": "boom"}}
                else:
                    path = parts.path.removeprefix(fake.prefix)
                    status, payload = fake.route(self.command, path, query, body)
                data = b"" if payload is None and status == 204 else json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _handle

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    # -- what a subclass answers
    def route(
        self, method: str, path: str, query: dict[str, list[str]], body: Any
    ) -> tuple[int, Any]:
        raise NotImplementedError

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}{self.prefix}"

    def start(self) -> FakeProvider:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def fail_next(self, status: int, count: int = 1) -> None:
        self.failures.extend([status] * count)

    def calls(self, method: str, suffix: str = "") -> list[Recorded]:
        return [r for r in self.requests if r.method == method and r.path.endswith(suffix)]

    def by_id(self, ident: str) -> dict[str, Any] | None:
        return next((c for c in self.conversations if str(c["id"]) == ident), None)


def _one(query: dict[str, list[str]], key: str) -> str | None:
    values = query.get(key)
    return values[0] if values else None


# -- Wacrm: /api/v1, cursor paging, ordered newest first by creation -----------------------------


class FakeWacrm(FakeProvider):
    def route(
        self, method: str, path: str, query: dict[str, list[str]], body: Any
    ) -> tuple[int, Any]:
        if method == "GET" and path == "/api/v1/conversations":
            rows = self.conversations
            status = _one(query, "status")
            if status is not None:
                rows = [c for c in rows if c["status"] == status]
            start = int(_one(query, "cursor") or 0)
            page = rows[start : start + PAGE]
            more = start + PAGE < len(rows)
            return 200, {"data": page, "meta": {"next_cursor": str(start + PAGE) if more else None}}
        if method == "GET" and path.endswith("/messages"):
            ident = path.split("/")[4]
            if self.by_id(ident) is None:
                return 404, {"error": {"code": "not_found", "message": "Conversation not found"}}
            return 200, {"data": self.messages.get(ident, []), "meta": {"next_cursor": None}}
        if method == "GET" and path.startswith("/api/v1/conversations/"):
            found = self.by_id(path.rpartition("/")[2])
            if found is None:
                return 404, {"error": {"code": "not_found", "message": "Conversation not found"}}
            return 200, {"data": found}
        if method == "POST" and path == "/api/v1/messages":
            target = next(c for c in self.conversations if c["contact"]["phone"] == body["to"])
            return 201, {
                "data": {
                    "message_id": "f3a9c2d1-6e4b-4c8f-9a17-2b5d0e8c7f43",
                    "whatsapp_message_id": "wamid.sent",
                    "conversation_id": target["id"],
                    "contact_id": target["contact_id"],
                    "contact_created": False,
                }
            }
        return 404, {"error": {"code": "not_found", "message": "no route"}}


def wacrm_conversation(index: int, when: datetime, status: str) -> dict[str, Any]:
    template = doc_payloads()[("wacrm.yaml", "listConversations", "response 200")]["data"][0]
    row = copy.deepcopy(template)
    ident = f"0b7e4f52-1c9a-4d3e-8a61-{index:012d}"
    contact = f"6a3d9c1f-2e8b-4f70-b5d4-{index:012d}"
    row.update(
        id=ident,
        contact_id=contact,
        status=status,
        last_message_at=iso(when),
        created_at=iso(when),
        updated_at=iso(when),
        unread_count=index % 3,
    )
    row["contact"].update(id=contact, phone=f"1415555{index:04d}", name=f"Wacrm contact {index}")
    return row


def wacrm_message(conversation: str, index: int, direction: str) -> dict[str, Any]:
    template = doc_payloads()[("wacrm.yaml", "listConversationMessages", "response 200")]["data"][0]
    row = copy.deepcopy(template)
    row.update(
        id=f"3f6b1d2e-8c4a-4e7f-9b05-{index:012d}",
        conversation_id=conversation,
        direction=direction,
        content_text=f"wacrm message {index}",
        created_at=iso(BASE_TIME - timedelta(minutes=index)),
    )
    return row


# -- ChatbotX: /api/v1, cursor paging, ordered by last activity --------------------------------


class FakeChatbotX(FakeProvider):
    def route(
        self, method: str, path: str, query: dict[str, list[str]], body: Any
    ) -> tuple[int, Any]:
        if method == "GET" and path == "/v1/conversations":
            rows = self.conversations
            status = _one(query, "status")
            if status is not None:
                wanted = json.loads(status)
                if "archived" in wanted:
                    rows = [c for c in rows if c["archivedAt"] is not None]
            start = int(_one(query, "cursor") or 0)
            page = rows[start : start + PAGE]
            more = start + PAGE < len(rows)
            return 200, {
                "data": page,
                "nextCursor": str(start + PAGE) if more else None,
                "prevCursor": None,
            }
        if path.endswith("/messages"):
            ident = path.split("/")[3]
            if self.by_id(ident) is None:
                return 404, {"error": {"code": "notFound", "message": "Conversation not found"}}
            if method == "GET":
                return 200, {
                    "data": self.messages.get(ident, []),
                    "nextCursor": None,
                    "prevCursor": None,
                }
            return 201, chatbotx_message(ident, 99, "outgoing", text=body["text"])
        if method == "GET" and path.startswith("/v1/conversations/"):
            found = self.by_id(path.rpartition("/")[2])
            if found is None:
                return 404, {"error": {"code": "notFound", "message": "Conversation not found"}}
            return 200, {"data": found}
        return 404, {"error": {"code": "notFound", "message": "no route"}}


def chatbotx_conversation(index: int, when: datetime, archived: bool) -> dict[str, Any]:
    template = doc_payloads()[("chatbotx.yaml", "listConversations", "response 200")]["data"][0]
    row = copy.deepcopy(template)
    replied = iso(when - timedelta(minutes=1))
    row.update(
        id=str(1800 + index),
        contactId=str(5300 + index),
        archivedAt=iso(when) if archived else None,
        lastActivityAt=iso(when),
        contactRepliedAt=iso(when),
        adminRepliedAt=replied if index % 2 else iso(when + timedelta(seconds=1)),
        additionalAttributes={},
        messages=[],
    )
    row["contact"].update(
        id=str(5300 + index),
        fullName=None,
        firstName=f"Chatbot{index}",
        lastName="Contact",
        phoneNumber=f"+8490123{index:04d}",
        email=None,
        location=None,
    )
    return row


def chatbotx_message(
    conversation: str, index: int, kind: str, *, text: str | None = None
) -> dict[str, Any]:
    return {
        "id": str(880400 + index),
        "createdAt": iso(BASE_TIME - timedelta(minutes=index)),
        "updatedAt": iso(BASE_TIME - timedelta(minutes=index)),
        "conversationId": conversation,
        "contactInboxId": "9021",
        "workspaceId": "77",
        "text": text if text is not None else f"chatbotx message {index}",
        "contentAttributes": {},
        "messageType": kind,
        "contentType": "text",
        "senderType": "contact" if kind == "incoming" else "user",
        "sourceId": None,
        "senderId": None,
        "clientId": None,
    }


# -- DataCrazy: /v1/api + /api/v1, offset paging -----------------------------------------------

_DATACRAZY_STATUS = {"opened": "open", "waiting": "pending", "finished": "closed"}


def _datacrazy_state(row: dict[str, Any]) -> str:
    if row["finished"]:
        return "closed"
    return "pending" if row["isPending"] else "open"


class FakeDataCrazy(FakeProvider):
    def route(
        self, method: str, path: str, query: dict[str, list[str]], body: Any
    ) -> tuple[int, Any]:
        if method == "GET" and path == "/api/v1/conversations":
            rows = self.conversations
            status = _one(query, "filter[status]")
            if status is not None:
                rows = [c for c in rows if _datacrazy_state(c) == _DATACRAZY_STATUS.get(status)]
            skip = int(_one(query, "skip") or 0)
            return 200, {"count": len(rows), "data": rows[skip : skip + PAGE]}
        if path.endswith("/messages"):
            ident = path.split("/")[4]
            if method == "GET":
                rows = self.messages.get(ident, [])
                return 200, {"count": len(rows), "data": rows}
            sent = datacrazy_message(ident, 99, received=False)
            sent["body"] = body["body"]
            return 200, sent
        return 404, {"message": "Not Found"}


def datacrazy_conversation(index: int, when: datetime, state: str) -> dict[str, Any]:
    template = doc_payloads()[("datacrazy.yaml", "listConversations", "response 200")]["data"][0]
    row = copy.deepcopy(template)
    row.update(
        id=f"6808cd89c9968a7b8a41{index:04d}",
        name=f"DataCrazy conversation {index}",
        lastMessageDate=iso(when),
        lastReceivedMessageDate=iso(when),
        lastSendedMessageDate=iso(when - timedelta(minutes=5))
        if index % 2
        else iso(when + timedelta(minutes=1)),
        finished=state == "closed",
        isPending=state == "pending",
    )
    row["contact"].update(
        id=f"5547999{index:05d}",
        contactId=f"55479883{index:05d}",
        name=f"DataCrazy contact {index}",
    )
    return row


def datacrazy_message(conversation: str, index: int, *, received: bool) -> dict[str, Any]:
    return {
        "id": f"68597f2a95fb0298e5c1{index:04d}",
        "conversationId": conversation,
        "createdAt": iso(BASE_TIME - timedelta(minutes=index)),
        "updatedAt": iso(BASE_TIME - timedelta(minutes=index)),
        "body": f"datacrazy message {index}",
        "received": received,
        "attachments": [],
        "status": "RECEIVED" if received else "SENT",
        "isInternal": False,
        "isScheduled": False,
    }


# -- the three, filled -------------------------------------------------------------------------

WACRM_STATUSES = ("open", "open", "pending", "closed", "open", "snoozed", "open")
CHATBOTX_ARCHIVED = (False, False, True, False, False, True, False)
DATACRAZY_STATES = ("open", "pending", "open", "closed", "open", "open", "pending")


def activity(provider_index: int, item: int) -> datetime:
    """Interleaved activity times: provider p's item i is at 3*i + p minutes before BASE_TIME."""
    return BASE_TIME - timedelta(minutes=3 * item + provider_index)


def fill(wacrm: FakeProvider, chatbotx: FakeProvider, datacrazy: FakeProvider) -> None:
    """Seven conversations each (three pages), newest first, activity interleaved across the three."""
    wacrm.conversations = [
        wacrm_conversation(i, activity(0, i), s) for i, s in enumerate(WACRM_STATUSES)
    ]
    chatbotx.conversations = [
        chatbotx_conversation(i, activity(1, i), a) for i, a in enumerate(CHATBOTX_ARCHIVED)
    ]
    datacrazy.conversations = [
        datacrazy_conversation(i, activity(2, i), s) for i, s in enumerate(DATACRAZY_STATES)
    ]
    for c in wacrm.conversations:
        wacrm.messages[c["id"]] = [
            wacrm_message(c["id"], 1, "inbound"),
            wacrm_message(c["id"], 2, "outbound"),
        ]
    for c in chatbotx.conversations:
        chatbotx.messages[c["id"]] = [
            chatbotx_message(c["id"], 1, "incoming"),
            chatbotx_message(c["id"], 2, "outgoing"),
        ]
    for c in datacrazy.conversations:
        datacrazy.messages[c["id"]] = [
            datacrazy_message(c["id"], 1, received=True),
            datacrazy_message(c["id"], 2, received=False),
        ]


def running() -> Iterator[tuple[FakeProvider, FakeProvider, FakeProvider]]:
    wacrm = FakeWacrm("wacrm", "").start()
    chatbotx = FakeChatbotX("chatbotx", "/api").start()
    datacrazy = FakeDataCrazy("datacrazy", "/v1/api").start()
    fill(wacrm, chatbotx, datacrazy)
    try:
        yield wacrm, chatbotx, datacrazy
    finally:
        for each in (wacrm, chatbotx, datacrazy):
            each.stop()
