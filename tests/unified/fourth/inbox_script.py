"""Run in a child process over a freshly generated tree: the made-up Helpdesk, on loopback, in the inbox."""

from __future__ import annotations

import hashlib
import hmac
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

TICKETS = [
    {
        "ref": f"T-{i}",
        "state": state,
        "touched": f"2026-07-01T12:{59 - i:02d}:00Z",
        "waiting_on": waiting,
        "requester": {"first": "Ana", "last": f"Lima {i}", "email": f"ana{i}@example.com"},
    }
    for i, (state, waiting) in enumerate(
        [
            ("active", "agent"),
            ("resolved", "requester"),
            ("snoozed", "agent"),
            ("active", "requester"),
            ("weird", "agent"),
        ]
    )
]
SEEN: list[dict[str, Any]] = []


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _answer(self, status: int, payload: Any) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        SEEN.append({"method": "GET", "path": parts.path, "query": query})
        page = int(query.get("page", ["1"])[0])
        if parts.path == "/v2/tickets":
            rows = [t for t in TICKETS if "state" not in query or t["state"] == query["state"][0]]
            self._answer(
                200, {"tickets": rows[(page - 1) * 2 : page * 2], "pages": (len(rows) + 1) // 2}
            )
        elif parts.path.endswith("/replies"):
            self._answer(
                200,
                {
                    "replies": [
                        {
                            "ref": "R-1",
                            "content": "help",
                            "author": "requester",
                            "at": "2026-07-01T12:00:00Z",
                        }
                    ],
                    "pages": 1,
                },
            )
        else:
            ticket = next(t for t in TICKETS if t["ref"] == parts.path.rpartition("/")[2])
            self._answer(200, ticket)

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        SEEN.append({"method": "POST", "path": self.path, "body": body})
        self._answer(
            201,
            {
                "ref": "R-2",
                "content": body["content"],
                "author": "agent",
                "at": "2026-07-01T13:00:00Z",
            },
        )

    def log_message(self, format: str, *args: Any) -> None:
        pass


def main() -> None:
    from convapi import Inbox
    from helpdesk_client import Helpdesk

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    inbox = Inbox(helpdesk=Helpdesk(api_key="hd", base_url=f"http://{host}:{port}/v2"))
    listed = [
        (c.ref, c.status, c.status_raw, c.contact.name, c.needs_reply)
        for c in inbox.conversations.list()
    ]
    closed = [c.ref for c in inbox.conversations.list(status="closed")]
    again = inbox.conversations.retrieve("helpdesk:T-3")
    messages = [(m.ref, m.direction, m.text) for m in inbox.messages.list(again)]
    sent = inbox.messages.send(again, text="on it")
    body = json.dumps(
        {
            "event": "reply.created",
            "ticket": "T-3",
            "reply": {"ref": "R-9", "content": "thanks", "author": "requester"},
        }
    ).encode()
    signature = "sha256=" + hmac.new(b"hd-secret", body, hashlib.sha256).hexdigest()
    event = inbox.webhooks.unwrap(
        body, {"X-Helpdesk-Signature": signature}, secrets={"helpdesk": "hd-secret"}
    )
    json.dump(
        {
            "listed": listed,
            "closed": closed,
            "again": again.ref,
            "messages": messages,
            "sent": [sent.ref if sent else None, sent.direction if sent else None],
            "event": [
                event.type,
                event.conversation_ref,
                event.message.text if event.message else None,
            ],
            "capabilities": list(inbox.capabilities["helpdesk"].operations),
            "seen": SEEN,
        },
        sys.stdout,
    )
    server.shutdown()


main()
