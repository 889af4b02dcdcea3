"""The small spec the release tests edit, and how to write one (shared by tests/release/)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]

Spec = dict[str, Any]


def write_spec(path: Path, spec: Spec) -> Path:
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path


def json_of(ref: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}


BASE: Spec = {
    "openapi": "3.1.0",
    "info": {"title": "Inbox", "version": "1.0.0"},
    "servers": [{"url": "https://api.example.test"}],
    "security": [{"bearer": []}],
    "paths": {
        "/conversations": {
            "get": {
                "operationId": "listConversations",
                "x-client-method": "conversations.list",
                "description": "List the conversations of the inbox.",
                "parameters": [
                    {
                        "name": "status",
                        "in": "query",
                        "description": "Only conversations in this state.",
                        "schema": {"type": "string", "enum": ["open", "closed"]},
                    },
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                ],
                "responses": {
                    "200": {"description": "A page", "content": json_of("ConversationList")},
                    "404": {"description": "No inbox", "content": json_of("Error")},
                },
            },
            "post": {
                "operationId": "createConversation",
                "x-client-method": "conversations.create",
                "requestBody": {"required": True, "content": json_of("NewConversation")},
                "responses": {
                    "201": {"description": "Created", "content": json_of("Conversation")}
                },
            },
        },
        "/conversations/{id}": {
            "get": {
                "operationId": "getConversation",
                "x-client-method": "conversations.retrieve",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {"200": {"description": "One", "content": json_of("Conversation")}},
            }
        },
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Conversation": {
                "type": "object",
                "required": ["id", "status"],
                "properties": {
                    "id": {"type": "string"},
                    "status": {"type": "string", "enum": ["open", "closed"]},
                    "subject": {"type": "string"},
                },
            },
            "ConversationList": {
                "type": "object",
                "required": ["data"],
                "properties": {
                    "data": {
                        "type": "array",
                        "items": {"$ref": "#/components/schemas/Conversation"},
                    }
                },
            },
            "NewConversation": {
                "type": "object",
                "required": ["contact_id"],
                "properties": {
                    "contact_id": {"type": "string"},
                    "channel": {"type": "string", "enum": ["whatsapp", "email"]},
                    "subject": {"type": "string"},
                    "priority": {"type": "integer"},
                },
            },
            "Tag": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}, "color": {"type": "string"}},
            },
            "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
        },
    },
}


def schemas_of(spec: Spec) -> dict[str, Any]:
    return spec["components"]["schemas"]  # type: ignore[no-any-return]


def list_op(spec: Spec) -> dict[str, Any]:
    return spec["paths"]["/conversations"]["get"]  # type: ignore[no-any-return]


def param_of(spec: Spec, name: str) -> dict[str, Any]:
    return next(p for p in list_op(spec)["parameters"] if p["name"] == name)


def new_conversation(spec: Spec) -> dict[str, Any]:
    return schemas_of(spec)["NewConversation"]  # type: ignore[no-any-return]


def conversation(spec: Spec) -> dict[str, Any]:
    return schemas_of(spec)["Conversation"]  # type: ignore[no-any-return]
