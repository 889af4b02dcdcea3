"""A deterministic synthetic OpenAPI 3.1 document: 500 operations over 1,000 component schemas.

100 resources, each with five operations (list with cursor paging, create, retrieve, update, delete)
and ten schemas (item, list, create and update bodies, an enum, a nested object, a tag, page meta,
an error envelope and a summary). No randomness: the same call always builds the same document.

    python benchmarks/synthetic.py OUT.yaml        # or OUT.json
    from benchmarks.synthetic import build_spec    # for tests
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

RESOURCES = 100
OPERATIONS_PER_RESOURCE = 5
SCHEMAS_PER_RESOURCE = 10


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _schemas(n: int) -> dict[str, Any]:
    """The ten schemas of resource number `n` (names are unique across resources)."""
    r = f"R{n:03d}"
    statuses = ["active", "paused", "archived", f"state{n % 7}"]
    return {
        f"{r}Item": {
            "type": "object",
            "description": f"An item of resource {n}.",
            "required": ["id", "name", "status", "created_at", "tags", "count"],
            "properties": {
                "id": {"type": "string", "description": "Opaque id."},
                "name": {"type": "string", "maxLength": 200},
                "status": _ref(f"{r}Status"),
                "count": {"type": "integer", "minimum": 0},
                "score": {"type": ["number", "null"]},
                "enabled": {"type": "boolean", "default": True},
                "created_at": {"type": "string", "format": "date-time"},
                "note": {"type": ["string", "null"], "description": "Free text or null."},
                "address": {"anyOf": [_ref(f"{r}Address"), {"type": "null"}]},
                "tags": {"type": "array", "items": _ref(f"{r}Tag")},
                "labels": {"type": "object", "additionalProperties": {"type": "string"}},
            },
        },
        f"{r}List": {
            "type": "object",
            "required": ["data", "meta"],
            "properties": {
                "data": {"type": "array", "items": _ref(f"{r}Item")},
                "meta": _ref(f"{r}PageMeta"),
            },
        },
        f"{r}Create": {
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string", "minLength": 1},
                "status": _ref(f"{r}Status"),
                "note": {"type": ["string", "null"]},
                "address": _ref(f"{r}Address"),
                "tags": {"type": "array", "items": {"type": "string"}},
            },
        },
        f"{r}Update": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "minLength": 1},
                "status": _ref(f"{r}Status"),
                "note": {"type": ["string", "null"]},
                "count": {"type": "integer", "minimum": 0},
            },
        },
        f"{r}Status": {"type": "string", "enum": statuses},
        f"{r}Address": {
            "type": "object",
            "required": ["line1", "country"],
            "properties": {
                "line1": {"type": "string"},
                "line2": {"type": ["string", "null"]},
                "city": {"type": "string"},
                "postal_code": {"type": "string"},
                "country": {"type": "string", "minLength": 2, "maxLength": 2},
            },
        },
        f"{r}Tag": {
            "type": "object",
            "required": ["id", "name"],
            "properties": {
                "id": {"type": "string"},
                "name": {"type": "string"},
                "color": {"type": "string"},
            },
        },
        f"{r}PageMeta": {
            "type": "object",
            "required": ["next_cursor"],
            "properties": {
                "next_cursor": {"type": ["string", "null"]},
                "total": {"type": "integer"},
            },
        },
        f"{r}Error": {
            "type": "object",
            "required": ["error"],
            "properties": {
                "error": {
                    "type": "object",
                    "required": ["code", "message"],
                    "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
                }
            },
        },
        f"{r}Summary": {
            "type": "object",
            "required": ["id", "name"],
            "properties": {
                "id": {"type": "string"},
                "name": {"type": "string"},
                "status": _ref(f"{r}Status"),
                "tag_count": {"type": "integer"},
            },
        },
    }


def _paths(n: int) -> dict[str, Any]:
    """The five operations of resource number `n`: two paths."""
    r, base = f"R{n:03d}", f"/v1/r{n:03d}"
    tag = f"r{n:03d}"
    errors = {
        "404": _json(_ref(f"{r}Error"), "Not found."),
        "default": _json(_ref(f"{r}Error"), "Error."),
    }
    item_id = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    return {
        base: {
            "get": {
                "operationId": f"list{r}",
                "tags": [tag],
                "summary": f"List resource {n}",
                "x-pagination": {
                    "style": "cursor",
                    "items": "data",
                    "cursor-param": "cursor",
                    "next-cursor": "meta.next_cursor",
                    "limit-param": "limit",
                },
                "parameters": [
                    {
                        "name": "limit",
                        "in": "query",
                        "schema": {"type": "integer", "minimum": 1, "maximum": 100},
                    },
                    {"name": "cursor", "in": "query", "schema": {"type": "string"}},
                    {"name": "status", "in": "query", "schema": _ref(f"{r}Status")},
                ],
                "responses": {
                    "200": _json(_ref(f"{r}List"), "A page."),
                    "default": errors["default"],
                },
            },
            "post": {
                "operationId": f"create{r}",
                "tags": [tag],
                "summary": f"Create in resource {n}",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref(f"{r}Create")}},
                },
                "responses": {
                    "201": _json(_ref(f"{r}Item"), "Created."),
                    "default": errors["default"],
                },
            },
        },
        f"{base}/{{id}}": {
            "parameters": [item_id],
            "get": {
                "operationId": f"get{r}",
                "tags": [tag],
                "summary": f"Retrieve from resource {n}",
                "responses": {"200": _json(_ref(f"{r}Item"), "The item."), **errors},
            },
            "patch": {
                "operationId": f"update{r}",
                "tags": [tag],
                "summary": f"Update in resource {n}",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref(f"{r}Update")}},
                },
                "responses": {"200": _json(_ref(f"{r}Item"), "Updated."), **errors},
            },
            "delete": {
                "operationId": f"delete{r}",
                "tags": [tag],
                "summary": f"Delete from resource {n}",
                "responses": {"200": _json(_ref(f"{r}Summary"), "Deleted."), **errors},
            },
        },
    }


def build_spec(resources: int = RESOURCES) -> dict[str, Any]:
    """The document: `resources` x 5 operations and `resources` x 10 schemas (defaults: 500 and 1,000)."""
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {}
    for n in range(resources):
        paths.update(_paths(n))
        schemas.update(_schemas(n))
    return {
        "openapi": "3.1.0",
        "info": {"title": "Synthetic benchmark API", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
        "security": [{"bearer": []}],
    }


def write_spec(path: Path, resources: int = RESOURCES) -> Path:
    """Write the document as YAML (or JSON when `path` ends in .json); return the path."""
    spec = build_spec(resources)
    if path.suffix == ".json":
        text = json.dumps(spec, indent=2) + "\n"
    else:
        import yaml

        class NoAliases(yaml.SafeDumper):
            """Write shared sub-documents out in full: specs rarely use YAML anchors and aliases."""

            def ignore_aliases(self, data: Any) -> bool:
                return True

        text = yaml.dump(spec, Dumper=NoAliases, sort_keys=False, width=120)
    path.write_text(text, encoding="utf-8")
    return path


def counts(spec: dict[str, Any]) -> tuple[int, int]:
    """(operations, schemas) in a document."""
    methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    ops = sum(1 for item in spec["paths"].values() for key in item if key in methods)
    return ops, len(spec["components"]["schemas"])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python benchmarks/synthetic.py OUT.yaml|OUT.json")
    out = write_spec(Path(sys.argv[1]))
    ops, schemas = counts(build_spec())
    print(f"{out}: {ops} operations, {schemas} schemas")
