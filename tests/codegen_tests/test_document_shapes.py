"""Shapes real documents use, each on a small document of our own: discriminator mappings, references
narrowed by siblings, a property an allOf part makes null, and form fields encoded as JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx2

from codegen_tests.helpers import build_package, json_response, mock_client


def _op(op_id: str, body_ref: str | None = None, response_ref: str | None = None) -> dict[str, Any]:
    op: dict[str, Any] = {"operationId": op_id, "responses": {"200": {"description": "ok"}}}
    if body_ref:
        op["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": body_ref}}},
        }
    if response_ref:
        op["responses"]["200"]["content"] = {"application/json": {"schema": {"$ref": response_ref}}}
    return op


DISCRIMINATED = {
    "openapi": "3.0.3",
    "info": {"title": "Flows", "version": "1"},
    "paths": {"/flows": {"post": _op("updateFlow", "#/components/schemas/updateFlowBody")}},
    "components": {
        "schemas": {
            "updateFlowBody": {
                "discriminator": {
                    "propertyName": "method",
                    "mapping": {
                        "password": "#/components/schemas/updateFlowWithPassword",
                        "code": "updateFlowWithCode",  # a bare schema name is a mapping target too
                    },
                },
                "oneOf": [
                    {"$ref": "#/components/schemas/updateFlowWithPassword"},
                    {"$ref": "#/components/schemas/updateFlowWithCode"},
                ],
            },
            "updateFlowWithPassword": {
                "type": "object",
                "required": ["method", "password"],
                "properties": {"method": {"type": "string"}, "password": {"type": "string"}},
            },
            "updateFlowWithCode": {
                "type": "object",
                "required": ["method", "code"],
                "properties": {"method": {"type": "string"}, "code": {"type": "string"}},
            },
        }
    },
}


def test_a_discriminator_tag_is_its_mapping_key(tmp_path: Path) -> None:
    module = build_package(tmp_path, DISCRIMINATED, "flows")
    models = module.models
    body = models.UpdateFlowBody.model_validate({"method": "code", "code": "1234"})
    assert isinstance(body.root, models.UpdateFlowWithCode)
    body = models.UpdateFlowBody.model_validate({"method": "password", "password": "pw"})
    assert isinstance(body.root, models.UpdateFlowWithPassword)
    readme = (tmp_path / "flows" / "README.md").read_text()
    assert 'method="password"' in readme  # the example's tag is the mapping key, so it validates


SIBLINGS = {
    "openapi": "3.1.0",
    "info": {"title": "Add-ons", "version": "1"},
    "paths": {
        "/add_ons": {
            "post": _op(
                "createAddOn", "#/components/schemas/AddOnCreateInput", "#/components/schemas/AddOn"
            )
        }
    },
    "components": {
        "schemas": {
            "AddOnCreateInput": {
                "type": "object",
                "required": ["add_on"],
                "properties": {
                    # a reference with a sibling that narrows it: a schema of its own
                    "add_on": {"$ref": "#/components/schemas/AddOnBase", "required": ["name"]}
                },
            },
            "AddOnBase": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "code": {"type": "string"}},
            },
            "AddOn": {
                "type": "object",
                "required": ["add_on"],
                "properties": {"add_on": {"$ref": "#/components/schemas/AddOnBase"}},
            },
        }
    },
}


def test_components_keep_their_names_beside_a_narrowed_reference(tmp_path: Path) -> None:
    module = build_package(tmp_path, SIBLINGS, "addons")
    models = module.models
    assert all(hasattr(models, name) for name in ("AddOn", "AddOnBase", "AddOnCreateInput"))
    assert not hasattr(models, "AddOn1")
    assert models.AddOn.model_validate({"add_on": {"code": "x"}}).add_on.code == "x"
    narrowed = models.AddOnCreateInput.model_validate({"add_on": {"name": "n"}}).add_on
    assert type(narrowed) is models.AddOnCreateInputAddOn  # hoisted under a name of our own
    assert issubclass(models.AddOnCreateInputAddOn, models.AddOnBase)
    readme = (tmp_path / "addons" / "README.md").read_text()
    assert "add_ons.create(add_on={'name': 'name-1'})" in readme.replace('"', "'")


NULLED = {
    "openapi": "3.1.0",
    "info": {"title": "Events", "version": "1"},
    "paths": {"/events": {"post": _op("createEvent", None, "#/components/schemas/EventCreated")}},
    "components": {
        "schemas": {
            "Event": {
                "type": "object",
                "required": ["customer_id"],
                "properties": {"customer_id": {"type": ["string", "null"], "format": "uuid"}},
            },
            "EventCreated": {
                "allOf": [
                    {"$ref": "#/components/schemas/Event"},
                    {
                        "type": "object",
                        "properties": {
                            "customer_id": {"type": "null", "description": "Always null."}
                        },
                    },
                ]
            },
        }
    },
}


def test_a_property_an_allof_part_makes_null_accepts_null(tmp_path: Path) -> None:
    module = build_package(tmp_path, NULLED, "events")
    answer = {"customer_id": None}
    client = mock_client(module, "", lambda request: json_response(answer))
    assert client.events.create().customer_id is None


FORM = {
    "openapi": "3.0.1",
    "info": {"title": "Chat", "version": "1"},
    "paths": {
        "/messages": {
            "post": {
                "operationId": "sendMessage",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "required": ["to", "content"],
                                "properties": {
                                    "to": {"type": "array", "items": {"type": "integer"}},
                                    "content": {"type": "string"},
                                    "options": {
                                        "type": "object",
                                        "properties": {"silent": {"type": "boolean"}},
                                    },
                                    "tags": {"type": "array", "items": {"type": "string"}},
                                },
                            },
                            "encoding": {
                                "to": {"contentType": "application/json"},
                                "options": {"contentType": "application/json"},
                            },
                        }
                    },
                },
                "responses": {"200": {"description": "ok"}},
            }
        }
    },
}


def test_form_fields_encoded_as_json_are_sent_as_json_text(tmp_path: Path) -> None:
    module = build_package(tmp_path, FORM, "chat")
    sent: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return json_response({})

    client = mock_client(module, "", handler)
    client.messages.create(to=[1, 2], content="hi", options={"silent": True}, tags=["a", "b"])
    pairs = parse_qsl(sent[0].content.decode())
    assert ("to", "[1,2]") in pairs and json.loads(dict(pairs)["options"]) == {"silent": True}
    assert ("tags", "a") in pairs and ("tags", "b") in pairs  # not JSON-encoded: exploded as before
    assert ("content", "hi") in pairs
