"""DataCrazy's whole documented surface (issue 22), checked against specs/datacrazy.yaml alone.

Evidence: ``shared/provider-docs/DATACRAZY-SURFACE.md`` (the 63 operations with their sources), the
stored reference pages of docs.datacrazy.io, and the third-party clients it names. Each test fails if
a fact of the evidence is lost from the spec.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

NAME = "datacrazy"
SPEC = Path(__file__).resolve().parents[2] / "specs" / f"{NAME}.yaml"


@cache
def spec(name: str) -> dict[str, Any]:
    assert name == NAME
    return yaml.safe_load(SPEC.read_text(encoding="utf-8"))


def resolve(name: str, ref: str) -> Any:
    node: Any = spec(name)
    for token in ref.removeprefix("#/").split("/"):
        node = node[token]
    return node


def operations(name: str) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (path, method, operation)."""
    return {
        op["operationId"]: (path, method, op)
        for path, item in spec(name)["paths"].items()
        for method, op in item.items()
        if method in ("get", "put", "post", "patch", "delete")
    }


def validator(name: str, pointer: str) -> Draft202012Validator:
    registry = Registry().with_resource(
        f"urn:{name}", Resource.from_contents(spec(name), default_specification=DRAFT202012)
    )
    return Draft202012Validator(
        {"$ref": f"urn:{name}#{pointer}"}, registry=registry, format_checker=FormatChecker()
    )


# (method, path, x-client-method): DATACRAZY-SURFACE.md's table, 38 paths, 63 operations
OPERATIONS = {
    ("GET", "/api/v1/conversations", "conversations.list"),
    ("GET", "/api/v1/conversations/{id}/messages", "conversations.messages.list"),
    ("POST", "/api/v1/conversations/{id}/messages", "conversations.messages.create"),
    ("POST", "/api/v1/conversations/{id}/finish", "conversations.finish"),
    ("GET", "/api/v1/leads", "leads.list"),
    ("POST", "/api/v1/leads", "leads.create"),
    ("GET", "/api/v1/leads/{id}", "leads.retrieve"),
    ("PATCH", "/api/v1/leads/{id}", "leads.update"),
    ("DELETE", "/api/v1/leads/{id}", "leads.delete"),
    ("POST", "/api/v1/leads/additional-fields", "leads.create_with_additional_fields"),
    ("GET", "/api/v1/leads/{id}/history", "leads.history.list"),
    ("GET", "/api/v1/leads/{id}/activities", "leads.activities.list"),
    ("GET", "/api/v1/leads/{id}/businesses", "leads.businesses.list"),
    ("GET", "/api/v1/leads/{leadId}/notes", "leads.notes.list"),
    ("POST", "/api/v1/leads/{leadId}/notes", "leads.notes.create"),
    ("PUT", "/api/v1/leads/{leadId}/notes/{id}", "leads.notes.update"),
    ("DELETE", "/api/v1/leads/{leadId}/notes/{id}", "leads.notes.delete"),
    ("GET", "/api/v1/leads/{leadId}/attachments", "leads.attachments.list"),
    ("POST", "/api/v1/leads/{leadId}/attachments", "leads.attachments.create"),
    ("DELETE", "/api/v1/leads/{leadId}/attachments/{id}", "leads.attachments.delete"),
    ("GET", "/api/v1/businesses", "businesses.list"),
    ("POST", "/api/v1/businesses", "businesses.create"),
    ("GET", "/api/v1/businesses/{id}", "businesses.retrieve"),
    ("PATCH", "/api/v1/businesses/{id}", "businesses.update"),
    ("DELETE", "/api/v1/businesses/{id}", "businesses.delete"),
    ("POST", "/api/v1/businesses/actions/move", "businesses.move"),
    ("POST", "/api/v1/businesses/actions/win", "businesses.win"),
    ("POST", "/api/v1/businesses/actions/lose", "businesses.lose"),
    ("POST", "/api/v1/businesses/actions/restore", "businesses.restore"),
    ("GET", "/api/v1/pipelines", "pipelines.list"),
    ("GET", "/api/v1/pipelines/{id}", "pipelines.retrieve"),
    ("GET", "/api/v1/pipelines/{id}/stages", "pipelines.stages.list"),
    *(
        (method, f"/api/v1/{path}{suffix}", f"{resource}.{verb}")
        for resource, path, update in (
            ("tags", "tags", "PUT"),
            ("lists", "lists", "PUT"),
            ("products", "products", "PUT"),
            ("loss_reasons", "business-loss-reasons", "PUT"),
            ("activities", "activities", "PATCH"),
        )
        for method, suffix, verb in (
            ("GET", "", "list"),
            ("POST", "", "create"),
            ("GET", "/{id}", "retrieve"),
            (update, "/{id}", "update"),
            ("DELETE", "/{id}", "delete"),
        )
    ),
    ("GET", "/api/v1/attendants/crm", "attendants.list_crm"),
    ("GET", "/api/v1/attendants/crm/{id}", "attendants.retrieve_crm"),
    ("GET", "/api/v1/attendants/multi", "attendants.list_multi"),
    ("GET", "/api/v1/attendants/multi/{id}", "attendants.retrieve_multi"),
    ("GET", "/api/v1/instances", "instances.list"),
    ("GET", "/api/v1/instances/{id}", "instances.retrieve"),
}
# the operations a stored docs page shows (DATACRAZY-SURFACE.md's "P")
DOCS_PAGES = {
    "listConversations",
    "createConversationMessage",
    "createLead",
    "updateLead",
    "listLeadHistory",
    "listBusinesses",
    "createBusiness",
    "updateBusiness",
    "retrievePipeline",
    "createTag",
    "updateTag",
    "retrieveActivity",
}


def by_method() -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        op["x-client-method"]: (path, method, op) for path, method, op in operations(NAME).values()
    }


def test_the_63_documented_operations_and_no_other() -> None:
    found = {
        (method.upper(), path, op["x-client-method"])
        for path, method, op in operations(NAME).values()
    }
    assert len(OPERATIONS) == 63
    assert found == OPERATIONS
    assert len({path for _, path, _ in found}) == 38


def test_every_operation_names_its_grade_and_sources() -> None:
    for operation_id, (_, _, op) in operations(NAME).items():
        grades = op["x-evidence"] if isinstance(op["x-evidence"], list) else [op["x-evidence"]]
        note = op["x-evidence-note"]
        assert ("docs" in grades) == (operation_id in DOCS_PAGES), operation_id
        if "docs" in grades:
            assert note.startswith("P "), (operation_id, note)  # the stored page it comes from
        if operation_id not in {"listConversationMessages", "finishConversation"} | DOCS_PAGES:
            assert "third-party" in grades and "M #" in note, (operation_id, note)


def test_both_hosts_are_servers_and_the_default_is_explained() -> None:
    servers = [s["url"] for s in spec(NAME)["servers"]]
    assert servers == ["https://api.datacrazy.io/v1/api", "https://api.g1.datacrazy.io"]
    description = " ".join(spec(NAME)["info"]["description"].split())
    assert (
        "Both are listed as servers. The first is the default because it is the host" in description
    )


def test_lists_page_by_skip_and_take_up_to_500_with_a_total_count() -> None:
    take = spec(NAME)["components"]["parameters"]["Take"]["schema"]
    assert take["maximum"] == 500
    lists = [op for _, method, op in operations(NAME).values() if "x-pagination" in op]
    assert len(lists) == 19
    for op in lists:
        assert op["x-pagination"] == {
            "style": "offset",
            "items": "data",
            "offset-param": "skip",
            "limit-param": "take",
            "total": "count",
        }, op["operationId"]


@pytest.mark.parametrize(
    ("method", "schema", "members"),
    [
        ("leads.list", "LeadFilter", {"tags", "stages", "lists", "attendant", "hasMessages"}),
        (
            "businesses.list",
            "BusinessFilter",
            {
                "lossReason",
                "tags",
                "products",
                "attendants",
                "status",
                "minValue",
                "lastMovedAfter",
            },
        ),
        ("activities.list", "ActivityFilter", {"attendantId", "startDateLessThan", "isCompleted"}),
    ],
)
def test_filters_are_typed_deep_objects(method: str, schema: str, members: set[str]) -> None:
    _, _, op = by_method()[method]
    params = [resolve(NAME, p["$ref"]) if "$ref" in p else p for p in op["parameters"]]
    (filter_param,) = [p for p in params if p["name"] == "filter"]
    assert (filter_param["style"], filter_param["explode"]) == ("deepObject", True)
    assert filter_param["schema"] == {"$ref": f"#/components/schemas/{schema}"}
    properties = spec(NAME)["components"]["schemas"][schema]["properties"]
    assert members <= set(properties)
    assert all("type" in prop for prop in properties.values())  # typed, member by member


def test_delete_answers_204_without_a_body() -> None:
    deletes = [op for _, method, op in operations(NAME).values() if method == "delete"]
    assert len(deletes) == 9
    for op in deletes:
        success = {code: r for code, r in op["responses"].items() if code.startswith("2")}
        assert list(success) == ["204"] and "content" not in success["204"], op["operationId"]


def test_every_operation_declares_400_429_with_retry_after_and_default() -> None:
    too_many = spec(NAME)["components"]["responses"]["TooManyRequests"]
    assert {
        "Retry-After",
        "X-RateLimit-Limit",
        "X-RateLimit-Remaining",
        "X-RateLimit-Reset",
    } <= set(too_many["headers"])
    for operation_id, (_, _, op) in operations(NAME).items():
        assert op["responses"]["429"] == {"$ref": "#/components/responses/TooManyRequests"}
        assert op["responses"]["400"] == {"$ref": "#/components/responses/BadRequest"}
        assert "default" in op["responses"], operation_id


def test_upgrade_plan_is_its_own_error_code_never_retried() -> None:
    codes = spec(NAME)["x-error-codes"]
    assert codes["code-paths"] == ["code"]
    assert codes["codes"]["upgrade-plan"]["error"] == "PermissionDeniedError"
    assert codes["codes"]["upgrade-plan"]["retry"] is False


def test_the_live_error_bodies_are_the_bad_request_examples() -> None:
    examples = spec(NAME)["components"]["responses"]["BadRequest"]["content"]["application/json"][
        "examples"
    ]
    assert examples["validation"]["value"]["message"]["statusCode"] == 500  # an object, on a 400
    assert examples["upgradePlan"]["value"]["code"] == "upgrade-plan"


def test_bulk_deal_actions_take_ids_and_what_each_needs() -> None:
    schemas = spec(NAME)["components"]["schemas"]
    required = {
        "businesses.move": ["ids", "destinationStageId"],
        "businesses.win": ["ids"],
        "businesses.lose": ["ids", "lossReasonId"],
        "businesses.restore": ["ids"],
    }
    for method, fields in required.items():
        path, _, op = by_method()[method]
        body = op["requestBody"]["content"]["application/json"]["schema"]["$ref"].rpartition("/")[2]
        assert schemas[body]["required"] == fields, method
        assert schemas[body]["properties"]["ids"]["minItems"] == 1
        assert path.startswith("/api/v1/businesses/actions/")
    move = schemas["MoveBusinessesRequest"]["properties"]
    assert "destinationPipelineId" in move


def test_the_docs_loose_deal_parses_but_a_bad_timestamp_in_a_strict_field_does_not() -> None:
    deal = validator(NAME, "/components/schemas/Business")
    page_example = {
        "id": "d",
        "statusChangedAt": "2025-06-18T22:20:14.611Z4",
        "lossReasonId": "null",
    }
    assert deal.is_valid({**page_example, "total": "70000", "discount": 500})
    assert not deal.is_valid({**page_example, "createdAt": "ontem"})
