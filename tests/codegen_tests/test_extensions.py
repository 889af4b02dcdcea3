"""Every `x-` extension is read once into a typed value, or into a Problem that names its place.

The readers are called on small documents of our own; the last tests go through the command line to
show that a bad `x-pagination` is reported once, with one message, by `validate` and `generate` alike.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest

from codegen_tests.helpers import run_codegen, write_spec
from generator.load.extensions import (
    BodyLimit,
    ClientInfo,
    ClientMethod,
    ErrorCode,
    ErrorCodes,
    Extensions,
    Pagination,
    WebhookSignature,
    read_extensions,
)
from generator.load.reader import read

PAGE = {
    "type": "object",
    "properties": {
        "data": {"type": "array", "items": {"type": "string"}},
        "meta": {
            "anyOf": [
                {"type": "object", "properties": {"next": {"type": ["string", "null"]}}},
                {"type": "null"},
            ]
        },
        "total": {"type": "integer"},
    },
}

BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Ext", "version": "1", "x-client": {"class-name": "Ext"}},
    "servers": [{"url": "https://{host}/v1", "x-placeholder": True}],
    "paths": {
        "/items": {
            "get": {
                "operationId": "listItems",
                "x-client-method": "items.list",
                "parameters": [
                    {"name": "cursor", "in": "query", "schema": {"type": "string"}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                ],
                "x-pagination": {
                    "style": "cursor",
                    "items": "data",
                    "cursor-param": "cursor",
                    "next-cursor": "meta.next",
                    "limit-param": "limit",
                },
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": PAGE}}}
                },
            },
            "post": {
                "operationId": "makeItem",
                "x-client-method": "items.make",
                "x-idempotency-key": "idempotency-key",
                "parameters": [
                    {"name": "Idempotency-Key", "in": "header", "schema": {"type": "string"}}
                ],
                "responses": {"204": {"description": "made"}},
            },
        }
    },
}


def _read(tmp_path: Path, mutate: Any = None) -> Extensions:
    data = copy.deepcopy(BASE)
    if mutate is not None:
        mutate(data)
    return read_extensions(read(write_spec(tmp_path, data, "ext")))


def _messages(found: Extensions) -> list[str]:
    return [f"{p.location}: {p.message}" for p in found.problems]


def test_well_formed_extensions_become_typed_values(tmp_path: Path) -> None:
    found = _read(tmp_path)
    assert found.problems == []
    assert found.client == ClientInfo("Ext")
    assert found.placeholder_servers == frozenset({0})
    by_id = {op.operation_id: op for op in read(tmp_path / "ext.yaml").operations}
    listing = found.of(by_id["listItems"])
    assert listing.client_method == ClientMethod(("items",), "list")
    assert listing.pagination == Pagination(
        "cursor", "data", cursor_param="cursor", next_cursor="meta.next", limit_param="limit"
    )
    assert found.of(by_id["makeItem"]).idempotency_key == "idempotency-key"


def test_the_coming_extensions_are_read_and_checked(tmp_path: Path) -> None:
    def add(data: dict[str, Any]) -> None:
        data["x-error-codes"] = {
            "code-paths": ["code", "error.code"],
            "codes": {"INVALID_TOKEN": {"error": "AuthenticationError", "retry": False}},
        }
        data["x-webhook-signature"] = {
            "header": "X-Signature",
            "value": "t={timestamp},v1={signature}",
            "signed": "{timestamp}.{body}",
            "algorithm": "sha256",
            "encoding": "hex",
            "tolerance": 300,
        }
        data["webhooks"] = {
            "itemMade": {
                "post": {"x-webhook-signature": False, "responses": {"200": {"description": "ok"}}}
            }
        }

    found = _read(tmp_path, add)
    assert found.problems == []
    assert found.error_codes == ErrorCodes(
        ("code", "error.code"), (("INVALID_TOKEN", ErrorCode("AuthenticationError", False)),)
    )
    assert found.webhook_signature == WebhookSignature(
        header="X-Signature",
        value="t={timestamp},v1={signature}",
        signed="{timestamp}.{body}",
        algorithm="sha256",
        encoding="hex",
        tolerance=300,
    )
    assert found.webhook_signatures == {"itemMade post": False}


def _set(path: tuple[Any, ...], value: Any) -> Any:
    def mutate(data: dict[str, Any]) -> None:
        node = data
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value

    return mutate


GET = ("paths", "/items", "get")


STANDARD_WEBHOOKS = {
    "header": "webhook-signature",
    "value": "v1,{signature}",
    "separator": " ",
    "timestamp-header": "webhook-timestamp",
    "id-header": "webhook-id",
    "signed": "{id}.{timestamp}.{body}",
    "encoding": "base64",
    "secret-encoding": "base64",
    "secret-prefix": "whsec_",
    "tolerance": 300,
}


def test_the_common_signature_schemes_are_a_few_lines_each(tmp_path: Path) -> None:
    schemes = {
        "standard": STANDARD_WEBHOOKS,
        "github": {
            "header": "X-Hub-Signature-256",
            "value": "sha256={signature}",
            "signed": "{body}",
        },
        "shopify": {
            "header": "X-Shopify-Hmac-Sha256",
            "value": "{signature}",
            "signed": "{body}",
            "encoding": "base64",
        },
    }
    found = {}
    for name, scheme in schemes.items():
        read_back = _read(tmp_path, _set(("x-webhook-signature",), scheme))
        assert read_back.problems == [], (name, _messages(read_back))
        found[name] = read_back.webhook_signature
    assert found["standard"] == WebhookSignature(
        header="webhook-signature",
        value="v1,{signature}",
        signed="{id}.{timestamp}.{body}",
        algorithm="sha256",
        encoding="base64",
        tolerance=300,
        timestamp_header="webhook-timestamp",
        id_header="webhook-id",
        separator=" ",
        secret_encoding="base64",
        secret_prefix="whsec_",
    )
    assert found["github"] == WebhookSignature(
        "X-Hub-Signature-256", "sha256={signature}", "{body}"
    )
    assert found["shopify"] is not None and found["shopify"].encoding == "base64"


def _signature(**changes: Any) -> Any:
    scheme: dict[str, Any] = {
        "header": "X-S",
        "value": "t={timestamp},v1={signature}",
        "signed": "{timestamp}.{body}",
    }
    scheme.update({k.replace("_", "-"): v for k, v in changes.items()})
    return _set(("x-webhook-signature",), {k: v for k, v in scheme.items() if v is not None})


SIG = "#/x-webhook-signature"


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            _signature(value="v1,{signature}", signed="{body}"),
            f"{SIG}/value: x-webhook-signature `value` item 'v1'",
        ),
        (
            _signature(value="{timestamp},{signature}"),
            f"{SIG}/value: x-webhook-signature `value` item '{{timestamp}}' needs a key",
        ),
        (
            _signature(value="v1={signature},v2={signature}", signed="{body}"),
            f"{SIG}/value: x-webhook-signature `value` has {{signature}} twice",
        ),
        (
            _signature(value="t={timestamp}"),
            f"{SIG}/value: x-webhook-signature `value` must contain",
        ),
        (
            _signature(signed="{timestamp}"),
            f"{SIG}/signed: x-webhook-signature `signed` must contain {{body}}",
        ),
        (
            _signature(value="{signature}"),
            f"{SIG}/signed: x-webhook-signature `signed` has {{timestamp}}: put {{timestamp}} in `value`",
        ),
        (
            _signature(signed="{body}"),
            f"{SIG}/signed: x-webhook-signature: the timestamp is not signed",
        ),
        (
            _signature(timestamp_header="X-T"),
            f"{SIG}/timestamp-header: x-webhook-signature: the timestamp is in `value` and in",
        ),
        (
            _signature(signed="{id}.{timestamp}.{body}"),
            f"{SIG}/signed: x-webhook-signature: {{id}} in `signed` and `id-header` go together",
        ),
        (
            _signature(id_header="X-Id"),
            f"{SIG}/id-header: x-webhook-signature: {{id}} in `signed` and `id-header` go together",
        ),
        (
            _signature(value="{signature}", signed="{body}", tolerance=300),
            f"{SIG}/tolerance: x-webhook-signature `tolerance` needs a signed timestamp",
        ),
        (
            _signature(secret_encoding="latin-1"),
            f"{SIG}/secret-encoding: x-webhook-signature `secret-encoding` must be one of",
        ),
        (_signature(separator=""), f"{SIG}/separator: x-webhook-signature `separator` must be"),
        (
            _signature(secret_prefix=7),
            f"{SIG}/secret-prefix: x-webhook-signature `secret-prefix` must be a non-empty string",
        ),
    ],
)
def test_a_signature_scheme_that_cannot_be_checked_is_a_problem_at_its_place(
    tmp_path: Path, mutate: Any, expected: str
) -> None:
    found = _read(tmp_path, mutate)
    messages = _messages(found)
    assert len(messages) == 1 and messages[0].startswith(expected), messages
    assert found.webhook_signature is None


def test_a_webhook_override_is_read_with_its_place(tmp_path: Path) -> None:
    def mutate(data: dict[str, Any]) -> None:
        data["webhooks"] = {
            "made": {"post": {"x-webhook-signature": {"header": "X-S"}, "responses": {}}},
            "pinged": {"post": {"x-webhook-signature": STANDARD_WEBHOOKS, "responses": {}}},
        }

    found = _read(tmp_path, mutate)
    assert _messages(found) == [
        "#/webhooks/made/post/x-webhook-signature: x-webhook-signature needs `value` (a string)",
        "#/webhooks/made/post/x-webhook-signature: x-webhook-signature needs `signed` (a string)",
    ]
    override = found.webhook_signatures["pinged post"]
    assert override is not False and override.id_header == "webhook-id"
    assert "made post" not in found.webhook_signatures


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (_set(("info", "x-client"), "Ext"), "#/info/x-client: x-client must be a mapping"),
        (
            _set(("info", "x-client"), {"class-name": 3}),
            "#/info/x-client/class-name: x-client `class-name` must be a non-empty string",
        ),
        (
            _set(("servers", 0, "x-placeholder"), "yes"),
            "#/servers/0/x-placeholder: x-placeholder must be true or false",
        ),
        (
            _set((*GET, "x-client-method"), "items..list"),
            "#/paths/~1items/get/x-client-method: x-client-method 'items..list' must be dotted",
        ),
        (
            _set(("paths", "/items", "post", "x-idempotency-key"), "X-Other"),
            "#/paths/~1items/post/x-idempotency-key: x-idempotency-key 'X-Other' must name a header",
        ),
        (
            _set((*GET, "x-pagination"), ["cursor"]),
            "#/paths/~1items/get/x-pagination: x-pagination must be a mapping",
        ),
        (
            _set((*GET, "x-pagination", "style"), "pages"),
            "#/paths/~1items/get/x-pagination/style: unknown x-pagination style 'pages'",
        ),
        (
            _set((*GET, "x-pagination", "cursor-param"), "after"),
            "#/paths/~1items/get/x-pagination/cursor-param: cursor-param 'after' is not a query parameter",
        ),
        (
            _set((*GET, "x-pagination", "next-cursor"), "meta.nope"),
            "#/paths/~1items/get/x-pagination/next-cursor: next-cursor 'meta.nope' is not a field of the success response",
        ),
        (
            _set(
                (*GET, "responses", "200", "content"),
                {"text/plain": {"schema": {"type": "string"}}},
            ),
            "#/paths/~1items/get/x-pagination: x-pagination needs a JSON success response",
        ),
        (
            _set(("x-error-codes",), {"code-paths": "code", "codes": {}}),
            "#/x-error-codes/code-paths: x-error-codes `code-paths` must be a list of dotted paths",
        ),
        (
            _set(("x-error-codes",), {"code-paths": ["code"], "codes": {"E1": {"retry": True}}}),
            "#/x-error-codes/codes/E1: x-error-codes 'E1' needs `error`",
        ),
        (
            _set(
                ("x-error-codes",),
                {"code-paths": ["code"], "codes": {"E1": {"error": "APIError", "retry": "no"}}},
            ),
            "#/x-error-codes/codes/E1/retry: x-error-codes 'E1': `retry` must be true or false",
        ),
        (
            _set(("x-webhook-signature",), {"value": "{signature}", "signed": "{body}"}),
            "#/x-webhook-signature: x-webhook-signature needs `header`",
        ),
        (
            _set(
                ("x-webhook-signature",),
                {"header": "X-S", "value": "{signature}{sig}", "signed": "{body}"},
            ),
            "#/x-webhook-signature/value: x-webhook-signature `value` has unknown placeholders ['sig']",
        ),
        (
            _set(
                ("x-webhook-signature",),
                {"header": "X-S", "value": "{signature}", "signed": "{body}", "algorithm": "md5"},
            ),
            "#/x-webhook-signature/algorithm: x-webhook-signature `algorithm` must be one of",
        ),
        (
            _set(
                ("x-webhook-signature",),
                {"header": "X-S", "value": "{signature}", "signed": "{body}", "tolerance": -1},
            ),
            "#/x-webhook-signature/tolerance: x-webhook-signature `tolerance` must be whole seconds",
        ),
    ],
)
def test_a_malformed_extension_is_a_problem_at_its_place(
    tmp_path: Path, mutate: Any, expected: str
) -> None:
    found = _read(tmp_path, mutate)
    messages = _messages(found)
    assert len(messages) == 1 and messages[0].startswith(expected), messages
    assert all(p.line is not None and not p.warning for p in found.problems)


def test_a_pagination_path_through_a_union_of_objects_is_refused_once(tmp_path: Path) -> None:
    """Only a nullable wrapper is stepped through: with two object members the field is not known."""

    def mutate(data: dict[str, Any]) -> None:
        meta = data["paths"]["/items"]["get"]["responses"]["200"]["content"]["application/json"]
        meta["schema"] = copy.deepcopy(PAGE)
        meta["schema"]["properties"]["meta"]["anyOf"][1] = {
            "type": "object",
            "properties": {"next": {"type": "string"}},
        }

    path = write_spec(tmp_path, _mutated(mutate), "union")
    for command in (["validate"], ["generate", "--out", str(tmp_path / "out")]):
        result = run_codegen(*command, str(path))
        assert result.returncode == 2
        lines = [
            re.sub(r"^\S*/(?=union\.yaml:)", "", line)  # the file as given, its folder left out
            for line in result.stderr.splitlines()
            if "x-pagination" in line
        ]
        assert lines == [
            f"union.yaml:{_line(path, 'next-cursor')}:9: error: "
            "#/paths/~1items/get/x-pagination/next-cursor: "
            "next-cursor 'meta.next' is not a field of the success response"
        ], result.stderr
    assert not (tmp_path / "out").exists()


def _mutated(mutate: Any) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    mutate(data)
    return data


def _line(path: Path, key: str) -> int:
    return next(
        n
        for n, text in enumerate(path.read_text().splitlines(), 1)
        if text.strip().startswith(f"{key}:")
    )


def _page_style(**extra: Any) -> Any:
    def mutate(data: dict[str, Any]) -> None:
        get = data["paths"]["/items"]["get"]
        get["parameters"] = [
            {"name": "page", "in": "query", "schema": {"type": "integer", "default": 1}},
            {"name": "limit", "in": "query", "schema": {"type": "integer"}},
        ]
        get["x-pagination"] = {"style": "page", "items": "data", "page-param": "page", **extra}

    return mutate


def test_a_page_number_pagination_is_read_with_its_page_count_or_total(tmp_path: Path) -> None:
    by_id = lambda found: {op.operation_id: op for op in read(tmp_path / "ext.yaml").operations}  # noqa: E731
    found = _read(tmp_path, _page_style(**{"page-count": "total", "limit-param": "limit"}))
    assert found.problems == []
    assert found.of(by_id(found)["listItems"]).pagination == Pagination(
        "page", "data", page_param="page", limit_param="limit", page_count="total"
    )
    found = _read(tmp_path, _page_style(total="total"))
    assert found.of(by_id(found)["listItems"]).pagination == Pagination(
        "page", "data", page_param="page", total="total"
    )


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({}, "#/paths/~1items/get/x-pagination: x-pagination (page) needs `page-count` or `total`"),
        (
            {"page-count": "meta.pages"},
            "#/paths/~1items/get/x-pagination/page-count: page-count 'meta.pages' is not a field",
        ),
        (
            {"page-count": "total", "page-param": "p"},
            "#/paths/~1items/get/x-pagination/page-param: page-param 'p' is not a query parameter",
        ),
    ],
)
def test_a_malformed_page_number_pagination_is_a_problem_at_its_place(
    tmp_path: Path, extra: dict[str, Any], expected: str
) -> None:
    messages = _messages(_read(tmp_path, _page_style(**extra)))
    assert len(messages) == 1 and messages[0].startswith(expected), messages


def test_an_error_code_naming_no_error_class_of_the_client_is_refused(tmp_path: Path) -> None:
    def mutate(data: dict[str, Any]) -> None:
        data["x-error-codes"] = {
            "code-paths": ["code"],
            "codes": {"E1": {"error": "AuthError", "retry": False}},
        }

    path = write_spec(tmp_path, _mutated(mutate), "codes")
    result = run_codegen("generate", "--out", str(tmp_path / "out"), str(path))
    assert result.returncode == 2
    assert (
        "#/x-error-codes/codes/E1/error: x-error-codes 'E1': 'AuthError' is not an error class"
        in result.stderr
    ), result.stderr
    assert not (tmp_path / "out").exists()


# Issue 24: `item-id` of x-pagination, and x-body-limits ------------------------------------------

OBJECT_PAGE = {
    "type": "object",
    "properties": {
        "data": {
            "type": "array",
            "items": {"type": "object", "properties": {"key": {"type": "string"}}},
        },
        "meta": PAGE["properties"]["meta"],
    },
}
SECTIONS_BODY = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "properties": {
                    "sections": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {"rows": {"type": "array", "items": {"type": "string"}}},
                        },
                    }
                },
            }
        }
    },
}


def _with_item_id(item_id: str) -> Any:
    def mutate(data: dict[str, Any]) -> None:
        get = data["paths"]["/items"]["get"]
        get["responses"]["200"]["content"]["application/json"]["schema"] = OBJECT_PAGE
        get["x-pagination"]["item-id"] = item_id

    return mutate


def _with_body_limits(limits: Any, body: Any = SECTIONS_BODY) -> Any:
    def mutate(data: dict[str, Any]) -> None:
        post = data["paths"]["/items"]["post"]
        post["requestBody"] = copy.deepcopy(body)
        post["x-body-limits"] = limits

    return mutate


def test_an_item_id_names_a_field_of_the_items(tmp_path: Path) -> None:
    found = _read(tmp_path, _with_item_id("key"))
    assert found.problems == []
    (listing,) = [
        op for op in read(tmp_path / "ext.yaml").operations if op.op["operationId"] == "listItems"
    ]
    pagination = found.of(listing).pagination
    assert pagination is not None and pagination.item_id == "key"

    messages = _messages(_read(tmp_path, _with_item_id("nope")))
    assert len(messages) == 1, messages
    assert messages[0].startswith(
        "#/paths/~1items/get/x-pagination/item-id: item-id 'nope' is not a field of the items"
    )


def test_body_limits_are_read_and_checked_at_their_place(tmp_path: Path) -> None:
    found = _read(
        tmp_path, _with_body_limits([{"array": "sections", "counts": "rows", "maximum": 10}])
    )
    assert found.problems == []
    (making,) = [
        op for op in read(tmp_path / "ext.yaml").operations if op.op["operationId"] == "makeItem"
    ]
    assert found.of(making).body_limits == (BodyLimit("sections", "rows", 10),)

    where = "#/paths/~1items/post/x-body-limits"
    for limits, expected in [
        ({"array": "sections"}, f"{where}: x-body-limits must be a non-empty list"),
        ([{"array": "sections"}], f"{where}/0: x-body-limits entry needs `array`"),
        (
            [{"array": "sections", "counts": "rows", "maximum": -1}],
            f"{where}/0/maximum: x-body-limits `maximum` must be an integer of 0 or more",
        ),
        (
            [{"array": "chapters", "counts": "rows", "maximum": 10}],
            f"{where}/0/array: x-body-limits: 'chapters' is not a field of the request body",
        ),
    ]:
        messages = _messages(_read(tmp_path, _with_body_limits(limits)))
        assert len(messages) == 1 and messages[0].startswith(expected), messages
