"""Spec names equal to what a method body uses (the runtime's names, the request options, `self`,
`cast`, the annotations a page type spells...) never shadow it: the generated methods still work.

The reserved names are derived from the templates (`reserved.reserved_names` renders a probe and reads
its method bodies back); this test takes them from there, adds the usual suspects, and generates a
spec whose parameters and body fields carry every one of them.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from codegen_tests.helpers import build_package, json_response, mypy_strict
from generator.pipeline import build_ir
from generator.render.reserved import reserved_names

SUSPECTS = {
    "cast",
    "httpx",
    "Operation",
    "Param",
    "self",
    "values",
    "_models",
    "NOT_GIVEN",
    "NotGiven",
    "LazyModule",
    "client",
    "request",
    "request_page",
    "body",
    "typing",
    "annotations",
}
NAMES = sorted(SUSPECTS | reserved_names().arguments)
ITEM = {
    "anyOf": [
        {"type": "string"},
        {"type": "integer"},
        {"type": "number"},
        {"type": "boolean"},
        {"type": "object", "additionalProperties": {"type": "string"}},
        {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
    ]
}


def _query(name: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": "string"}}


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Shadows", "version": "1"},
    "servers": [{"url": "https://shadows.example.test"}],
    "components": {
        "schemas": {
            "Thing": {"type": "object", "properties": {"id": {"type": "string"}}},
            "Page": {
                "type": "object",
                "required": ["data"],
                "properties": {
                    "data": {"type": "array", "items": ITEM},
                    "next": {"type": ["string", "null"]},
                },
            },
        }
    },
    "paths": {
        "/things/{self}": {
            "post": {
                "operationId": "makeThing",
                "tags": ["things"],
                "x-idempotency-key": "cast",
                "parameters": [
                    {"name": "self", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "cast", "in": "header", "schema": {"type": "string"}},
                    {"name": "httpx", "in": "header", "schema": {"type": "string"}},
                    *(_query(n) for n in NAMES),
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {n: {"type": "string"} for n in NAMES},
                            }
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    }
                },
            }
        },
        "/things": {
            "get": {
                "operationId": "listThings",
                "tags": ["things"],
                "x-pagination": {
                    "style": "cursor",
                    "items": "data",
                    "cursor-param": "cursor",
                    "next-cursor": "next",
                },
                "parameters": [_query("cursor"), *(_query(n) for n in NAMES)],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Page"}}
                        },
                    }
                },
            }
        },
    },
}


@pytest.fixture(scope="module")
def shadows(tmp_path_factory: pytest.TempPathFactory) -> tuple[ModuleType, Path, Any]:
    tmp = tmp_path_factory.mktemp("shadows")
    module = build_package(tmp, SPEC, "shadows")
    api = build_ir(tmp / "shadows.yaml", "shadows_client")  # the spec build_package wrote
    return module, tmp / "shadows", api


def _kwargs(op: Any, value: str) -> dict[str, Any]:
    out = {p.py_name: f"{value}-{p.wire_name}" for p in op.params if p.location != "path"}
    if op.body is not None:
        out.update({f.py_name: f"body-{f.wire_name}" for f in op.body.fields})
    return out


def test_the_derived_names_cover_what_method_bodies_use() -> None:
    reserved = reserved_names().arguments
    assert {"self", "NOT_GIVEN", "extra_headers", "timeout", "idempotency_key"} <= reserved
    assert {"SyncCursorPage", "AsyncCursorPage", "str", "int", "Dict", "_models"} <= reserved
    assert "cast" not in reserved  # no method body calls cast() any more


def test_no_argument_takes_a_reserved_name(shadows: tuple[ModuleType, Path, Any]) -> None:
    _, _, api = shadows
    reserved = reserved_names().arguments
    for op in api.operations:
        names = [a.name for a in (*op.signature.positional, *op.signature.keyword)]
        assert not set(names) & reserved, op.call_path
        assert len(names) == len(set(names))


def test_a_method_whose_arguments_carry_every_name_sends_them_all(
    shadows: tuple[ModuleType, Path, Any],
) -> None:
    module, _, api = shadows
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return json_response({"id": "t-1"})

    client = module.Shadows(http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    op = next(o for o in api.operations if o.py_name == "make")
    result = client.things.make("me", **_kwargs(op, "q"))
    assert result.id == "t-1"
    request = seen[-1]
    assert request.url.path == "/things/me"
    query = dict(httpx.QueryParams(request.url.query.decode()))
    assert query == {n: f"q-{n}" for n in NAMES}
    assert json.loads(request.content) == {n: f"body-{n}" for n in NAMES}
    assert request.headers["httpx"] == "q-httpx"
    assert request.headers["cast"]  # the idempotency key the runtime generated


def test_a_page_type_spelled_in_a_method_body_is_not_shadowed(
    shadows: tuple[ModuleType, Path, Any],
) -> None:
    module, _, api = shadows
    pages = {
        None: {"data": ["a", 1, 1.5, True], "next": "c2"},
        "c2": {"data": [{"k": "v"}, [{"id": "x"}]], "next": None},
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(pages[request.url.params.get("cursor")])

    op = next(o for o in api.operations if o.py_name == "list")
    kwargs = {k: v for k, v in _kwargs(op, "q").items() if k != "cursor"}
    client = module.Shadows(http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    items = list(client.things.list(**kwargs))
    assert items[:4] == ["a", 1, 1.5, True] and items[4] == {"k": "v"} and items[5][0].id == "x"

    async def walk() -> list[Any]:
        async_client = module.AsyncShadows(
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
        )
        return [item async for item in async_client.things.list(**kwargs)]

    assert len(asyncio.run(walk())) == 6


def test_the_package_with_every_name_is_mypy_strict_clean(
    shadows: tuple[ModuleType, Path, Any],
) -> None:
    _, root, _ = shadows
    result = mypy_strict(root, "shadows_client")
    assert result.returncode == 0, result.stdout + result.stderr
