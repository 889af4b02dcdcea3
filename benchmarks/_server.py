"""A tiny keep-alive HTTP/1.1 server on loopback that answers GET /api/v1/conversations.

Raw sockets, one thread per connection, no parsing beyond the request line, so that the server costs
as little as possible of every measured request. Two modes:

- `static`: every request gets the same 100-item page (prebuilt bytes, with a next cursor);
- `lazy --total N`: cursor paging over N items; each page is built when it is asked for, so the
  server holds no list of items.

Run as a child process: it prints its port on the first line of stdout and serves until its stdin
closes (the parent exited or closed it) or it is terminated.

    python benchmarks/_server.py static
    python benchmarks/_server.py lazy --total 100000
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import threading
from urllib.parse import parse_qs, urlsplit

import _common as c


def _response(body: bytes, status: str = "200 OK") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def _answer(target: str, mode: str, total: int, static: bytes) -> bytes:
    url = urlsplit(target)
    if url.path != "/api/v1/conversations":
        return _response(
            b'{"error":{"code":"not_found","message":"no such path"}}', "404 Not Found"
        )
    if mode == "static":
        return static
    query = parse_qs(url.query)
    limit = max(1, min(100, int(query.get("limit", ["50"])[0])))
    cursor = query.get("cursor", [""])[0]
    start = c.offset_of(cursor) if cursor else 0
    return _response(c.conversations_page(start, limit, total))


MAX_CONNECTIONS = 10_000
MAX_REQUESTS_PER_CONNECTION = 1_000_000


def _serve(conn: socket.socket, mode: str, total: int, static: bytes) -> None:
    buffer = b""
    with conn:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        for _ in range(MAX_REQUESTS_PER_CONNECTION):
            while b"\r\n\r\n" not in buffer:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            head, buffer = buffer.split(b"\r\n\r\n", 1)
            request_line = head.split(b"\r\n", 1)[0].decode("latin-1")
            parts = request_line.split(" ")
            target = parts[1] if len(parts) == 3 else "/"
            conn.sendall(_answer(target, mode, total, static))


def _exit_with_parent() -> None:
    sys.stdin.read()  # returns at EOF: the parent is gone or done
    os._exit(0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["static", "lazy"])
    parser.add_argument("--total", type=int, default=100_000, help="items in lazy mode")
    args = parser.parse_args()
    static = _response(c.conversations_page(0, 100))
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    print(listener.getsockname()[1], flush=True)
    threading.Thread(target=_exit_with_parent, daemon=True).start()
    for _ in range(MAX_CONNECTIONS):
        conn, _ = listener.accept()
        threading.Thread(
            target=_serve, args=(conn, args.mode, args.total, static), daemon=True
        ).start()


class Server:
    """Start `_server.py` as a child process (a context manager); `.url` is its base URL."""

    def __init__(self, mode: str, total: int = 100_000) -> None:
        import subprocess

        self._proc = subprocess.Popen(
            [sys.executable, __file__, mode, "--total", str(total)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=c.child_env(),
        )
        assert self._proc.stdout is not None
        port = int(self._proc.stdout.readline())
        self.url = f"http://127.0.0.1:{port}"

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._proc.stdin is not None
        self._proc.stdin.close()
        self._proc.terminate()
        self._proc.wait(timeout=10)


if __name__ == "__main__":
    main()
