"""README examples are valid for their own schemas: each example call of a small document of our own is
run against an in-memory transport, and what it sends is validated with jsonschema against the
document's schemas (formats checked), as a mock server would."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qs

import httpx2
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
def sent(tmp_path_factory: pytest.TempPathFactory) -> httpx2.Request:
    tmp = tmp_path_factory.mktemp("examples")
    module = build_package(tmp, SPEC, "shop")
    requests: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
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


def test_the_body_example_is_valid_for_its_schema(sent: httpx2.Request) -> None:
    body = json.loads(sent.content)
    _validate(body, {"$ref": "#/components/schemas/Payment"})
    assert body["reference"] != "bad" and body["when"] != "yesterday"  # the spec's invalid ones


def test_the_parameter_examples_are_valid_for_their_schemas(sent: httpx2.Request) -> None:
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


# -- the classes of invalid README examples found on vendor documents (issue 28) -------------------


def _r(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


CLASSES: dict[str, Any] = {
    # a discriminator whose mapping names one variant only; the other's tag is its enum value,
    # which the mapping does not name: the example must carry a tag that maps to its variant
    "Cat": {
        "type": "object",
        "required": ["kind", "lives"],
        "properties": {
            "kind": {"type": "string", "enum": ["cat"]},
            "lives": {"type": "integer", "minimum": 1},
        },
    },
    "Dog": {
        "type": "object",
        "required": ["kind", "bark"],
        "properties": {"kind": {"type": "string", "enum": ["dog"]}, "bark": {"type": "string"}},
    },
    "Pet": {
        "oneOf": [_r("Dog"), _r("Cat")],
        "discriminator": {"propertyName": "kind", "mapping": {"cat": "#/components/schemas/Cat"}},
    },
    # the discriminator on the base schema the variants extend, the union without one
    "Shape": {
        "type": "object",
        "required": ["shapeType"],
        "properties": {"shapeType": {"type": "string"}},
        "discriminator": {
            "propertyName": "shapeType",
            "mapping": {
                "circle": "#/components/schemas/Circle",
                "square": "#/components/schemas/Square",
            },
        },
    },
    "Circle": {
        "allOf": [
            _r("Shape"),
            {
                "type": "object",
                "required": ["radius"],
                "properties": {"radius": {"type": "number"}},
            },
        ]
    },
    "Square": {
        "allOf": [
            _r("Shape"),
            {"type": "object", "required": ["side"], "properties": {"side": {"type": "number"}}},
        ]
    },
    "AnyShape": {"oneOf": [_r("Circle"), _r("Square")]},
    # a single-value enum and a const on the base, declared again as plain strings by the extension
    "Base": {
        "type": "object",
        "required": ["object", "version"],
        "properties": {
            "object": {"type": "string", "enum": ["invoice"]},
            "version": {"const": "v2"},
        },
    },
    "Invoice": {
        "allOf": [
            _r("Base"),
            {
                "type": "object",
                "properties": {
                    "object": {"type": "string"},
                    "version": {"type": "string"},
                    "total": {"type": "integer"},
                },
            },
        ]
    },
    # array items whose required properties come from an allOf part beside a oneOf of variants
    "Counted": {
        "type": "object",
        "required": ["qty"],
        "properties": {"qty": {"type": "integer", "minimum": 1}},
    },
    "Item": {
        "type": "object",
        "properties": {
            "sku": {"type": "string"},
            "service": {"type": "string"},
            "qty": {"type": "integer"},
        },
        "allOf": [_r("Counted")],
        "oneOf": [{"required": ["sku"]}, {"required": ["service"]}],
    },
    "Cart": {
        "type": "object",
        "required": ["items", "owner", "codes"],
        "properties": {
            "items": {"type": "array", "minItems": 1, "items": _r("Item")},
            # a uuid two levels deep; the document's example of it is wrong, beside a pattern
            # Python's `re` cannot read (an ECMA `\p{L}`)
            "owner": {
                "type": "object",
                "required": ["ref"],
                "properties": {
                    "ref": {
                        "type": "object",
                        "required": ["label", "id"],
                        "properties": {
                            "label": {"type": "string", "pattern": "^\\p{L}+$"},
                            "id": {"type": "string", "format": "uuid"},
                        },
                    }
                },
                "example": {"ref": {"label": "abc", "id": "owner-1"}},
            },
            # counts as strings, different from each other
            "codes": {
                "type": "array",
                "minItems": 2,
                "uniqueItems": True,
                "items": {"type": "string", "pattern": "^(0|[1-9][0-9]*)$"},
            },
        },
    },
}


def _post(op: str, schema: str) -> dict[str, Any]:
    content = {"application/json": {"schema": _r(schema)}}
    return {
        "post": {
            "operationId": op,
            "requestBody": {"required": True, "content": content},
            "responses": {"200": {"description": "ok"}},
        }
    }


CLASSES_SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Classes", "version": "1"},
    "paths": {
        "/pets": _post("createPet", "Pet"),
        "/shapes": _post("createShape", "AnyShape"),
        "/invoices": _post("createInvoice", "Invoice"),
        "/carts": _post("createCart", "Cart"),
    },
    "components": {"schemas": CLASSES},
}


@pytest.fixture(scope="module")
def classes(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, str]:
    tmp = tmp_path_factory.mktemp("classes")
    # lenient: openapi-spec-validator refuses the ECMA pattern Python cannot read
    module = build_package(tmp, CLASSES_SPEC, "classes", lenient=True)
    return module, (tmp / "classes" / "README.md").read_text()


def _sent_body(classes: tuple[Any, str], call: str) -> Any:
    """Run the README's example of `call` and return the JSON body it sent."""
    module, readme = classes
    requests: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        requests.append(request)
        return json_response({})

    exec(_readme_example(readme, call), {"client": mock_client(module, "", handler)})
    (request,) = requests
    return json.loads(request.content)


def _valid_for(body: Any, schema: str) -> None:
    """Deep validation against the full schema (formats checked; an ECMA pattern by an ECMA engine)."""
    import jsonschema_rs

    def pattern(validator: Any, patrn: str, instance: Any, schema: Any) -> Any:
        if isinstance(instance, str) and not jsonschema_rs.is_valid({"pattern": patrn}, instance):
            yield jsonschema.ValidationError(f"{instance!r} does not match {patrn!r}")

    checker = jsonschema.validators.extend(jsonschema.Draft202012Validator, {"pattern": pattern})
    root = {"components": {"schemas": CLASSES}, "$ref": f"#/components/schemas/{schema}"}
    errors = list(checker(root, format_checker=checker.FORMAT_CHECKER).iter_errors(body))
    assert not errors, [(list(e.absolute_path), e.message) for e in errors]


def _variant_of_tag(body: dict[str, Any], disc: dict[str, Any]) -> str:
    """The variant a discriminator's tag selects: the mapping's, else the schema of that name."""
    tag = body[disc["propertyName"]]
    return str(disc["mapping"].get(tag, f"#/components/schemas/{tag}")).rsplit("/", 1)[-1]


def test_a_union_body_carries_a_tag_that_maps_to_its_own_variant(classes: tuple[Any, str]) -> None:
    body = _sent_body(classes, "pets.create")
    _valid_for(body, "Pet")
    variant = _variant_of_tag(body, CLASSES["Pet"]["discriminator"])
    assert variant in CLASSES, body  # "dog" is no mapped value and no schema's name
    _valid_for(body, variant)


def test_a_union_of_subtypes_carries_the_base_schemas_tag(classes: tuple[Any, str]) -> None:
    body = _sent_body(classes, "shapes.create")
    _valid_for(body, "AnyShape")
    variant = _variant_of_tag(body, CLASSES["Shape"]["discriminator"])
    assert variant in ("Circle", "Square"), body
    _valid_for(body, variant)


def test_a_const_and_a_single_enum_reached_through_allof_keep_their_value(
    classes: tuple[Any, str],
) -> None:
    body = _sent_body(classes, "invoices.create")
    assert body["object"] == "invoice" and body["version"] == "v2", body
    _valid_for(body, "Invoice")


def test_nested_variants_formats_and_patterns_are_valid_deep(classes: tuple[Any, str]) -> None:
    body = _sent_body(classes, "carts.create")
    _valid_for(body, "Cart")  # the variant's and the allOf part's required properties, deep
    assert all("qty" in item for item in body["items"]), body
    assert body["owner"]["ref"]["id"] != "owner-1"  # the document's wrong example is not used
    assert body["codes"][0] != body["codes"][1] and "02" not in body["codes"], body
