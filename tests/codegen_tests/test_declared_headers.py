"""Headers the runtime sets itself (User-Agent, Accept, Content-Type) that a document also declares as
parameters: the value given through the document's parameter is the one sent (issue 28). The client's
own User-Agent names the distribution normalised as PEP 503 says, so a document's pattern for it holds."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx2
import pytest

from codegen_tests.helpers import build_package, json_response, mock_client

UA_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*/[0-9][0-9A-Za-z.+-]* python-httpx2/[0-9.]+$"


def _header(name: str, pattern: str | None = None, required: bool = False) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string"}
    if pattern:
        schema["pattern"] = pattern
    return {"name": name, "in": "header", "required": required, "schema": schema}


SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Headers", "version": "1"},
    "paths": {
        "/notes": {
            "post": {
                "operationId": "createNote",
                "parameters": [
                    _header("User-Agent", UA_PATTERN),
                    _header("Accept"),
                    _header("Content-Type"),
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["text"],
                                "properties": {"text": {"type": "string"}},
                            }
                        }
                    },
                },
                "responses": {"200": {"description": "ok"}},
            }
        }
    },
}


@pytest.fixture(scope="module")
def client_and_sent(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, list[httpx2.Request]]:
    tmp: Path = tmp_path_factory.mktemp("headers")
    module = build_package(tmp, SPEC, "headers_v23")
    sent: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return json_response({})

    return mock_client(module, "", handler), sent


def test_the_declared_parameters_values_are_sent(client_and_sent: Any) -> None:
    client, sent = client_and_sent
    sent.clear()
    client.notes.create(
        text="hi",
        user_agent="my-app/2.0.1 python-httpx2/2.17.0",
        accept="application/vnd.notes+json",
        content_type="application/json; charset=utf-8",
    )
    (request,) = sent
    assert request.headers["User-Agent"] == "my-app/2.0.1 python-httpx2/2.17.0"
    assert request.headers["Accept"] == "application/vnd.notes+json"
    assert request.headers["Content-Type"] == "application/json; charset=utf-8"
    assert len(request.headers.get_list("Content-Type")) == 1


def test_without_them_the_clients_own_are_sent_and_fit_the_documents_pattern(
    client_and_sent: Any,
) -> None:
    client, sent = client_and_sent
    sent.clear()
    client.notes.create(text="hi")
    (request,) = sent
    agent = request.headers["User-Agent"]
    assert agent.startswith("headers-v23-client/"), agent
    assert re.match(UA_PATTERN, agent), agent
    assert request.headers["Content-Type"] == "application/json"
