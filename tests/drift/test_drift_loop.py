"""The drift loop end to end, on loopback: a server that drifts from its spec in six ways, a generated
client recording what it meets (`drift_log=`), `codegen drift` proposing an overlay, the package
regenerated with it, and the same calls answered with no mismatch, strictly validated.

Also here, on the same generated package and server: the log's counts stay exact with 32 threads,
500 async tasks and several processes recording at once, and a log that cannot be written never
breaks a call.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import logging
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.pipeline import Job, generate

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPEC = HERE / "drifty.yaml"

# What the server sends: each ticket drifts from `Ticket` in five ways (a new enum value `snoozed`, a
# null assignee where the spec allows none, the undeclared `priority` and `sla`, an integer
# external_ref where a string is declared, the required `channel` absent).
TICKET: dict[str, Any] = {
    "id": "t_1",
    "status": "snoozed",
    "assignee": None,
    "external_ref": 4242,
    "subject": "Olá, preciso de ajuda com meu pedido",
    "priority": "high",
    "sla": {"due_at": "2026-01-02T10:00:00Z", "breached": False},
    "created_at": "2026-01-01T09:00:00Z",
}
# ...and the sixth: an event the spec's `webhooks` does not declare.
SNOOZED_EVENT = {"event": "ticket.snoozed", "ticket_id": "t_1", "until": "2026-01-03T09:00:00Z"}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        if self.path.startswith("/v1/tickets/"):
            body = TICKET
        elif self.path.startswith("/v1/tickets"):
            body = {"data": [TICKET, {**TICKET, "id": "t_2"}]}
        else:
            self.send_error(404)
            return
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    server = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def _generate(spec: Path, out: Path, package: str, overlays: tuple[Path, ...] = ()) -> ModuleType:
    generate([Job(spec, out, package, overlays=overlays)], staging_near=out.parent)
    src = str(out / "src")
    if src not in sys.path:
        sys.path.insert(0, src)
    return importlib.import_module(package)


@dataclass
class Loop:
    tmp: Path
    before: ModuleType  # the package generated from the spec as written
    before_src: Path


@pytest.fixture(scope="module")
def loop(tmp_path_factory: pytest.TempPathFactory) -> Loop:
    tmp = tmp_path_factory.mktemp("drift-loop")
    before = _generate(SPEC, tmp / "before", "drifty_client")
    return Loop(tmp, before, tmp / "before" / "src")


def _calls(pkg: ModuleType, base_url: str, **options: Any) -> tuple[Any, Any, Any]:
    """The calls the loop is about: a list, a retrieve and a webhook delivery."""
    sync_class = importlib.import_module(f"{pkg.__name__}._client").__all__[
        1
    ]  # [Async<Name>, <Name>]
    client = getattr(pkg, sync_class)(api_key="k", base_url=base_url, max_retries=0, **options)
    try:
        page = client.tickets.list()
        one = client.tickets.retrieve("t_1")
        event = client.webhooks.unwrap(json.dumps(SNOOZED_EVENT), {})
    finally:
        client.close()
    return page, one, event


def _read(log: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def test_the_loop_turns_six_kinds_of_drift_into_an_overlay_that_makes_the_calls_validate(
    loop: Loop, base_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    before = loop.before
    # Before: strict validation refuses the answers, and the undeclared event is refused.
    strict = before.Drifty(
        api_key="k", base_url=base_url, strict_response_validation=True, max_retries=0
    )
    with pytest.raises(before.APIResponseValidationError):
        strict.tickets.retrieve("t_1")
    strict.close()

    # 1. Record in production: the lenient client returns the answers as received and logs the drift.
    log = loop.tmp / "production.drift.jsonl"
    client = before.Drifty(api_key="k", base_url=base_url, drift_log=log, max_retries=0)
    with caplog.at_level(logging.WARNING, logger="drifty_client"):
        client.tickets.list()
        client.tickets.retrieve("t_1")
        client.with_options(timeout=5.0).tickets.retrieve(
            "t_1"
        )  # a copy keeps recording to the log
        with pytest.raises(before.UnknownWebhookEventError):
            client.webhooks.unwrap(json.dumps(SNOOZED_EVENT), {})
    client.close()
    assert any("does not match the spec" in r.getMessage() for r in caplog.records)
    records = _read(log)
    kinds = {r["kind"] for r in records}
    assert {"enum", "null", "property", "type", "missing", "event"} <= kinds, kinds
    by_place = {(r["operation"], r["pointer"], r["kind"]): r for r in records}
    status = by_place[("GET /tickets/{id}", "/status", "enum")]
    assert status["count"] == 2 and status["arrived"]["value"] == "snoozed"
    assert status["expected"]["enum"] == ["open", "closed"]
    assert by_place[("GET /tickets", "/data/*/status", "enum")]["count"] == 1  # once per answer
    assert by_place[("webhooks", "/event", "event")]["arrived"]["value"] == "ticket.snoozed"
    assert all(r["package"] == "drifty_client" and r["version"] == "1.0.0" for r in records)

    # 2. Propose: `codegen drift` writes the overlay and grades it.
    overlay = loop.tmp / "drifty.drift.overlay.yaml"
    proposed = subprocess.run(
        [sys.executable, "-m", "generator", "drift", str(SPEC), str(log), "--out", str(overlay)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert proposed.returncode == 0, proposed.stderr
    text = overlay.read_text(encoding="utf-8")
    assert "overlay: 1.0.0" in text
    assert "# enum: GET /tickets 200 /data/*/status: 'snoozed' outside the enum" in text
    assert "seen in 2 answers" in text  # the evidence of each action
    assert "ticket.snoozed" in text
    assert (
        proposed.stdout.splitlines()[-1] == "bump: major"
    )  # assignee str -> str | None: readers break
    assert "model Ticket: optional field `priority` added" in proposed.stdout

    # 3. Apply: regenerate with the overlay, as a package of its own beside the first.
    after = _generate(SPEC, loop.tmp / "after", "drifty_fixed_client", (overlay,))

    # 4. The same calls, strictly validated: no error, no warning, nothing new in a drift log.
    again = loop.tmp / "after.drift.jsonl"
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="drifty_fixed_client"):
        page, one, event = _calls(after, base_url, strict_response_validation=True, drift_log=again)
    assert [r.getMessage() for r in caplog.records] == []
    assert not again.exists()
    assert one.status == "snoozed" and one.assignee is None and one.external_ref == 4242
    assert one.priority == "high" and one.sla.breached is False and one.channel is None
    assert [t.id for t in page.data] == ["t_1", "t_2"]
    assert event.event == "ticket.snoozed" and event.ticket_id == "t_1"


# -- concurrency ----------------------------------------------------------------------------------------


def _counts(log: Path) -> dict[tuple[str, str, str], int]:
    lines = log.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]  # every line is whole JSON
    keys = [(r["operation"], r["pointer"], r["kind"]) for r in records]
    assert len(keys) == len(set(keys)), "one line per distinct finding"
    return {key: r["count"] for key, r in zip(keys, records, strict=True)}


RETRIEVE_FINDINGS = {
    ("GET /tickets/{id}", "/status", "enum"),
    ("GET /tickets/{id}", "/assignee", "null"),
    ("GET /tickets/{id}", "/external_ref", "type"),
    ("GET /tickets/{id}", "/channel", "missing"),
    ("GET /tickets/{id}", "/priority", "property"),
    ("GET /tickets/{id}", "/sla", "property"),
}


def test_32_threads_recording_at_once_leave_exact_counts(loop: Loop, base_url: str) -> None:
    log = loop.tmp / "threads.drift.jsonl"
    client = loop.before.Drifty(api_key="k", base_url=base_url, drift_log=log, max_retries=0)
    barrier = threading.Barrier(32)
    failures: list[BaseException] = []

    def work() -> None:
        try:
            barrier.wait()
            for _ in range(5):
                client.tickets.retrieve("t_1")
        except BaseException as exc:  # reported below
            failures.append(exc)

    threads = [threading.Thread(target=work) for _ in range(32)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    client.close()
    assert failures == []
    counts = _counts(log)
    assert set(counts) == RETRIEVE_FINDINGS
    assert set(counts.values()) == {32 * 5}


def test_500_async_tasks_recording_at_once_leave_exact_counts(loop: Loop, base_url: str) -> None:
    log = loop.tmp / "tasks.drift.jsonl"

    async def main() -> None:
        async with loop.before.AsyncDrifty(
            api_key="k", base_url=base_url, drift_log=log, max_retries=0
        ) as client:
            await asyncio.gather(*(client.tickets.retrieve("t_1") for _ in range(500)))

    asyncio.run(main())
    counts = _counts(log)
    assert set(counts) == RETRIEVE_FINDINGS
    assert set(counts.values()) == {500}


_WORKER = """
import sys
sys.path.insert(0, sys.argv[1])
import drifty_client
client = drifty_client.Drifty(api_key="k", base_url=sys.argv[2], max_retries=0)  # the log from the environment
for _ in range(int(sys.argv[3])):
    client.tickets.retrieve("t_1")
"""


def test_processes_recording_into_one_log_leave_exact_counts(loop: Loop, base_url: str) -> None:
    log = loop.tmp / "processes.drift.jsonl"
    env = {**__import__("os").environ, "DRIFTY_DRIFT_LOG": str(log)}
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", _WORKER, str(loop.before_src), base_url, "40"], env=env
        )
        for _ in range(6)
    ]
    assert [w.wait(timeout=120) for w in workers] == [0] * 6
    counts = _counts(log)
    assert set(counts) == RETRIEVE_FINDINGS
    assert set(counts.values()) == {6 * 40}


def test_a_log_that_cannot_be_written_never_breaks_a_call(
    loop: Loop, base_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    client = loop.before.Drifty(
        api_key="k", base_url=base_url, drift_log=blocked / "drift.jsonl", max_retries=0
    )
    with caplog.at_level(logging.WARNING, logger="drifty_client"):
        for _ in range(3):
            assert client.tickets.retrieve("t_1").id == "t_1"
    client.close()
    unwritable = [r for r in caplog.records if "cannot write the drift log" in r.getMessage()]
    assert len(unwritable) == 1  # said once, not on every call
