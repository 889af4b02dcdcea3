"""README examples are valid for their own schemas: each example call of a small document of our own is
run against an in-memory transport, and what it sends is validated with jsonschema against the
document's schemas (formats checked), as a mock server would."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qs

import httpx
import jsonschema
import pytest

from codegen_tests.helpers import build_package, json_response, mock_client

SCHEMAS: dict[str, Any] = {
    "Currency": {"type": "string", "enum": ["EUR", "USD"]},
    "Amount": {
        "type": "object",
        "required": ["currency", "value"],
        "properties": {
            "currency": {"type": "string", "maxLength": 3, "minLength": 3},
            "value": {"type": "integer", "minimum": 10, "multipleOf": 5},
        },
    },
    "Payment": {
        "type": "object",
        "required": ["amount", "kind", "reference", "shopper", "tags", "when", "id"],
        "properties": {
            "amount": {"$ref": "#/components/schemas/Amount"},
            # an enum behind a single-entry allOf
            "kind": {"allOf": [{"$ref": "#/components/schemas/Currency"}]},
            "reference": {"type": "string", "pattern": "^REF-[0-9]{4}$", "example": "bad"},
            "shopper": {  # nested required objects, recursively
                "type": "object",
                "required": ["address"],
                "properties": {
                    "address": {
                        "type": "object",
                        "required": ["country", "lines"],
                        "properties": {
                            "country": {"type": "string", "pattern": "^[A-Z]{2}$"},
                            "lines": {"type": "array", "items": {"type": "string"}, "minItems": 2},
                        },
                    }
                },
            },
            "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 3},
            "when": {"type": "string", "format": "date-time", "example": "yesterday"},
            "id": {"oneOf": [{"type": "string", "format": "uuid"}, {"type": "integer"}]},
        },
    },
}

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Shop", "version": "1"},
    "paths": {
        "/payments/{paymentId}": {
            "post": {
                "operationId": "capturePayment",
                "parameters": [
                    {
                        "name": "paymentId",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string", "pattern": "^pay_[a-z0-9]{8}$"},
                        "example": "not-a-payment-id",  # the spec's own example is invalid
                    },
                    {
                        "name": "ids",
                        "in": "query",
                        "required": True,
                        "schema": {"type": "array", "items": {"type": "integer"}, "minItems": 2},
                    },
                    {
                        "name": "mode",
                        "in": "query",
                        "required": True,
                        "schema": {"allOf": [{"$ref": "#/components/schemas/Currency"}]},
                    },
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Payment"}}
                    },
                },
                "responses": {"200": {"description": "ok"}},
            }
        }
    },
    "components": {"schemas": SCHEMAS},
}


def _readme_example(readme: str, call: str) -> str:
    match = re.search(rf"```python\n(result = client\.{re.escape(call)}\(.*?)\n```", readme, re.S)
    assert match, readme
    return match.group(1)


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> httpx.Request:
    tmp = tmp_path_factory.mktemp("examples")
    module = build_package(tmp, SPEC, "shop")
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return json_response({})

    code = _readme_example((tmp / "shop" / "README.md").read_text(), "payments.capture")
    exec(code, {"client": mock_client(module, "", handler)})
    (request,) = requests
    return request


def _validate(value: Any, schema: dict[str, Any]) -> None:
    root = {"components": {"schemas": SCHEMAS}, **schema}
    jsonschema.Draft202012Validator(
        root, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(value)


def test_the_body_example_is_valid_for_its_schema(sent: httpx.Request) -> None:
    body = json.loads(sent.content)
    _validate(body, {"$ref": "#/components/schemas/Payment"})
    assert body["reference"] != "bad" and body["when"] != "yesterday"  # the spec's invalid ones


def test_the_parameter_examples_are_valid_for_their_schemas(sent: httpx.Request) -> None:
    payment_id = sent.url.path.rsplit("/", 1)[-1]
    assert re.fullmatch(r"pay_[a-z0-9]{8}", payment_id), payment_id
    query = parse_qs(sent.url.query.decode())
    assert len(query["ids"]) >= 2 and all(v.isdigit() for v in query["ids"])
    assert query["mode"] in (["EUR"], ["USD"])


def test_a_pattern_sample_matches_its_pattern() -> None:
    from generator.ir.examples import pattern_sample

    for pattern in (
        r"^[A-Z]{3}$",
        r"^\d{4}-\d{2}$",
        r"^(foo|bar)_[a-f0-9]+$",
        r"IM(SV|CL)(-[\dA-Za-z]{4}){8}",
    ):
        made = pattern_sample(pattern)
        assert made is not None and re.search(pattern, made), (pattern, made)
    assert pattern_sample(r"^(?=x)y$") is None  # a lookahead: no sample rather than a wrong one
