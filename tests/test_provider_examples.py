"""Check the hand-written provider specs against the providers' own published examples.

The payloads of the providers' doc pages are fixtures the project carries
(``tests/fixtures/doc_payloads``, each with the page, block and line it comes from; the corpus suite
checks they still equal the pages). Each payload is validated against the schema of the operation it
belongs to, and it must also be embedded verbatim as a named example in the spec. Every other example
embedded in the specs must validate too, and a few negative cases prove that the validation
(including ``format: date-time``) is real. ``$ref``s are resolved against the whole spec document.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import pytest
import yaml
from doc_examples import DOC_PAYLOADS, all_payloads
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

REPO = Path(__file__).resolve().parents[1]
SPECS_DIR = REPO / "specs"
SPEC_NAMES = ("wacrm.yaml", "chatbotx.yaml", "datacrazy.yaml")


@cache
def load_spec(name: str) -> dict[str, Any]:
    return yaml.safe_load((SPECS_DIR / name).read_text(encoding="utf-8"))


def spec_uri(name: str) -> str:
    return f"https://specs.convapi.invalid/{name}"


@cache
def registry_for(name: str) -> Registry:
    resource = Resource.from_contents(load_spec(name), default_specification=DRAFT202012)
    return Registry().with_resource(spec_uri(name), resource)


def validator(name: str, pointer: str) -> Draft202012Validator:
    """A Draft 2020-12 validator for the schema at ``pointer`` inside spec ``name``."""
    ref = f"{spec_uri(name)}#{quote(pointer, safe='/~')}"
    return Draft202012Validator(
        {"$ref": ref}, registry=registry_for(name), format_checker=FormatChecker()
    )


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def resolve(spec: dict[str, Any], pointer: str) -> Any:
    node: Any = spec
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def follow_ref(spec: dict[str, Any], pointer: str) -> str:
    """Follow a local ``$ref`` (e.g. to ``components/responses``); return the final pointer."""
    node = resolve(spec, pointer)
    while "$ref" in node:
        pointer = node["$ref"].removeprefix("#")
        node = resolve(spec, pointer)
    return pointer


def operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """Map operationId to (path, method, operation)."""
    ops = {}
    for path, item in spec["paths"].items():
        for method in ("get", "put", "post", "patch", "delete"):
            if method in item:
                ops[item[method]["operationId"]] = (path, method, item[method])
    return ops


def media_type_pointer(spec_name: str, operation_id: str, target: str) -> str:
    """Pointer to the application/json media type of an operation's request or response."""
    spec = load_spec(spec_name)
    path, method, _ = operations(spec)[operation_id]
    base = f"/paths/{escape(path)}/{method}"
    if target == "request":
        pointer = follow_ref(spec, f"{base}/requestBody")
    else:
        _, status = target.split()
        pointer = follow_ref(spec, f"{base}/responses/{status}")
    return f"{pointer}/content/application~1json"


# 1. The providers' published payloads ------------------------------------------------------


@pytest.mark.parametrize("page", sorted(DOC_PAYLOADS))
def test_doc_payloads_validate_and_are_embedded(page: str) -> None:
    payloads = [item for item in all_payloads() if item.page == page]
    assert payloads, f"{page}: no payloads"
    assert [item.block for item in payloads] == list(range(1, len(payloads) + 1))

    for item in payloads:
        pointer = media_type_pointer(item.spec, item.operation_id, item.target)
        schema = validator(item.spec, f"{pointer}/schema")
        errors = [e.message for e in schema.iter_errors(item.payload)]
        assert not errors, f"{item.provenance} -> {item.operation_id} {item.target}: {errors[:5]}"

        embedded = resolve(load_spec(item.spec), pointer).get("examples", {})
        values = [example["value"] for example in embedded.values()]
        assert item.payload in values, f"{item.provenance}: not embedded verbatim at {pointer}"


def test_every_fixture_says_where_each_payload_comes_from() -> None:
    """A fixture of a provider-docs page names the page; one of a stored reference page that has
    no local copy (`url`) names that page, whose address its `url` is. Every payload's provenance
    starts with its page and gives its block and line."""
    fixtures = sorted((REPO / "tests" / "fixtures" / "doc_payloads").glob("*.json"))
    assert len(fixtures) == len(DOC_PAYLOADS)
    for path in fixtures:
        document = json.loads(path.read_text(encoding="utf-8"))
        page = document["page"]
        if "url" in document:
            assert unquote(document["url"]) == "https://" + page, path.name
            prefix = page
        else:
            assert page.endswith(".txt") and path.name == page.removesuffix(".txt") + ".json"
            prefix = f"provider-docs/{page}"
        for entry in document["payloads"]:
            assert entry["provenance"].startswith(prefix), entry["provenance"]
            assert (
                f"JSON block {entry['block']} of {len(document['payloads'])}" in entry["provenance"]
            )
            assert entry["provenance"].endswith(f"line {entry['line']}")


# 2. Every example embedded in the specs ----------------------------------------------------

SKIPPED_KEYS = {"examples", "example", "enum", "const", "default"}


def iter_examples(node: Any, pointer: str = "") -> Any:
    """Yield ``(schema_pointer, label, value)`` for each example in an OpenAPI document.

    Media type, parameter and header objects hold ``examples`` as a map of Example objects (or a
    single ``example``) beside their ``schema``; JSON Schemas hold ``examples`` as a list.
    """
    if isinstance(node, dict):
        if isinstance(node.get("schema"), dict):
            for name, example in node.get("examples", {}).items():
                yield f"{pointer}/schema", f"{pointer}/examples/{name}", example["value"]
            if "example" in node:
                yield f"{pointer}/schema", f"{pointer}/example", node["example"]
        elif isinstance(node.get("examples"), list):
            for index, value in enumerate(node["examples"]):
                yield pointer, f"{pointer}/examples/{index}", value
        for key, child in node.items():
            if key not in SKIPPED_KEYS and not key.startswith("x-"):
                yield from iter_examples(child, f"{pointer}/{escape(key)}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from iter_examples(child, f"{pointer}/{index}")


EMBEDDED = [
    (name, schema_pointer, label, value)
    for name in SPEC_NAMES
    for schema_pointer, label, value in iter_examples(load_spec(name))
]


def test_every_spec_embeds_examples() -> None:
    counts = {name: sum(1 for item in EMBEDDED if item[0] == name) for name in SPEC_NAMES}
    assert all(count >= 20 for count in counts.values()), counts


@pytest.mark.parametrize(
    ("spec_name", "schema_pointer", "value"),
    [pytest.param(name, ptr, value, id=f"{name}:{label}") for name, ptr, label, value in EMBEDDED],
)
def test_embedded_example_validates(spec_name: str, schema_pointer: str, value: Any) -> None:
    errors = [e.message for e in validator(spec_name, schema_pointer).iter_errors(value)]
    assert not errors, errors[:5]


# 3. Negative cases: the validation is real -------------------------------------------------


def docs_example(spec_name: str, operation_id: str, target: str) -> tuple[str, Any]:
    pointer = media_type_pointer(spec_name, operation_id, target)
    value = resolve(load_spec(spec_name), pointer)["examples"]["docsExample"]["value"]
    return f"{pointer}/schema", copy.deepcopy(value)


def test_wrong_type_in_strict_field_is_rejected() -> None:
    schema, payload = docs_example("wacrm.yaml", "listConversations", "response 200")
    assert validator("wacrm.yaml", schema).is_valid(payload)
    payload["data"][0]["unread_count"] = "x"
    assert not validator("wacrm.yaml", schema).is_valid(payload)


def test_bad_timestamp_in_strict_field_is_rejected() -> None:
    schema, payload = docs_example("wacrm.yaml", "listConversationMessages", "response 200")
    payload["data"][0]["created_at"] = "yesterday"
    assert not validator("wacrm.yaml", schema).is_valid(payload)


def test_datacrazy_strict_timestamp_still_checked() -> None:
    schema, payload = docs_example("datacrazy.yaml", "listConversations", "response 200")
    payload["data"][0]["currentThread"]["startedAt"] = "Data de início da thread"
    assert validator("datacrazy.yaml", schema).is_valid(payload)
    payload["data"][0]["createdAt"] = "Data de criação"
    assert not validator("datacrazy.yaml", schema).is_valid(payload)


def test_chatbotx_send_variants_are_the_codes() -> None:
    """Issue 24 (C8): messages/schema/mutation.ts @034b2335 takes `{text}` or `{flowId, nodeId?}` as
    JSON (a zod union tried in order, unknown fields dropped) and files as multipart."""
    spec = load_spec("chatbotx.yaml")
    pointer = media_type_pointer("chatbotx.yaml", "createConversationMessage", "request")
    variants = [
        item["$ref"].removeprefix("#")
        for item in resolve(spec, "/components/schemas/SendMessageRequest")["anyOf"]
    ]
    for example in resolve(spec, pointer)["examples"].values():
        matching = [v for v in variants if validator("chatbotx.yaml", v).is_valid(example["value"])]
        assert len(matching) == 1, (example["value"], matching)

    body = validator("chatbotx.yaml", f"{pointer}/schema")
    assert body.is_valid({"text": "hi", "flowId": "210"})  # the union's first member: a text send
    assert not body.is_valid({"mediaFileId": "1"})
    assert not body.is_valid({"mediaFileIds": ["2"]})
    assert not body.is_valid({"text": ""})
    assert not body.is_valid({"inboxId": "12"})


# Structure the generator relies on ---------------------------------------------------------


def dotted_path_exists(spec: dict[str, Any], schema: dict[str, Any], dotted: str) -> bool:
    for part in dotted.split("."):
        while "$ref" in schema:
            schema = resolve(spec, schema["$ref"].removeprefix("#"))
        if part not in schema.get("properties", {}):
            return False
        schema = schema["properties"][part]
    return True


@pytest.mark.parametrize("spec_name", SPEC_NAMES)
def test_pagination_refers_to_declared_params_and_fields(spec_name: str) -> None:
    spec = load_spec(spec_name)
    for operation_id, (path, method, operation) in operations(spec).items():
        assert operation.get("x-client-method") and operation.get("x-evidence"), operation_id
        pagination = operation.get("x-pagination")
        if pagination is None:
            continue
        base = f"/paths/{escape(path)}/{method}/parameters"
        query = {
            resolve(spec, follow_ref(spec, f"{base}/{index}"))["name"]
            for index, param in enumerate(operation["parameters"])
            if resolve(spec, follow_ref(spec, f"{base}/{index}"))["in"] == "query"
        }
        param_keys = [k for k in ("cursor-param", "offset-param", "limit-param") if k in pagination]
        for key in param_keys:
            assert pagination[key] in query, (operation_id, key)
        schema = resolve(spec, f"{media_type_pointer(spec_name, operation_id, 'response 200')}")
        for key in ("items", "next-cursor", "total"):
            if key in pagination:
                assert dotted_path_exists(spec, schema["schema"], pagination[key]), (
                    operation_id,
                    key,
                )
