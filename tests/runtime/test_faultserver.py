"""The fault server itself stays bounded: it stops by itself, caps its requests, and its faults do what they say."""

from __future__ import annotations

import time

import httpx2
import pytest
from faultserver import FaultServer, closed_port_url, delayed, dropped, status


def test_fault_server_stops_by_itself_after_its_lifetime() -> None:
    server = FaultServer(lifetime=1.0).start()
    url = server.base_url
    try:
        assert httpx2.get(url + "/nothing").status_code == 404
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                httpx2.get(url + "/nothing", timeout=0.5)
            except httpx2.TransportError:
                break
            time.sleep(0.05)
        else:
            pytest.fail("the fault server was still answering 5 s after its lifetime")
    finally:
        server.stop()


def test_fault_server_refuses_requests_past_its_budget_and_oversized_bodies() -> None:
    with FaultServer(max_requests=2, max_body=10) as server:
        assert httpx2.get(server.base_url + "/a").status_code == 404
        assert httpx2.post(server.base_url + "/b", content=b"x" * 11).status_code == 413
        assert httpx2.get(server.base_url + "/c").status_code == 404
        over = httpx2.get(server.base_url + "/d")
        assert over.status_code == 503
        assert over.headers["x-should-retry"] == "false"
        assert [r.path for r in server.requests] == ["/a", "/c"]


def test_fault_server_faults_drop_delay_and_answer_as_scheduled() -> None:
    with FaultServer() as server, httpx2.Client(base_url=server.base_url) as client:
        server.schedule(dropped(), status(503, headers={"Retry-After": "1"}), delayed(0.5), None)
        with pytest.raises(httpx2.RemoteProtocolError):
            client.get("/x")
        answered = client.get("/x")
        assert (answered.status_code, answered.headers["retry-after"]) == (503, "1")
        with pytest.raises(httpx2.ReadTimeout):
            client.get("/x", timeout=0.1)
        assert client.get("/x").status_code == 404
        assert [r.fault for r in server.requests] == ["drop", "status 503", "delay 0.5", None]


def test_closed_port_url_refuses_connections() -> None:
    with pytest.raises(httpx2.ConnectError):
        httpx2.get(closed_port_url(), timeout=2)
