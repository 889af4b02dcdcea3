"""The package README groups its operations by resource: one section per top-level resource, its own
operations first and then its sub-resources', described by the spec's tag of the same name."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from codegen_tests.helpers import build_package


def _op(operation_id: str, summary: str) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "summary": summary,
        "responses": {"204": {"description": "done"}},
    }


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Garden", "version": "1.0.0"},
    "servers": [{"url": "https://garden.example.test"}],
    "tags": [
        {"name": "plants", "description": "Plants and their waterings."},
        {"name": "tools"},  # a tag without a description
    ],
    "paths": {
        "/plants/{id}/waterings": {
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "get": _op("listWaterings", "List a plant's waterings"),
            "post": _op("waterPlant", "Water a plant"),
        },
        "/plants/{id}": {
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "delete": _op("deletePlant", "Delete a plant"),
        },
        "/tools/{id}": {
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "delete": _op("deleteTool", "Delete a tool"),
        },
    },
}


def test_readme_has_a_section_per_resource_with_its_subtree_and_tag_description(
    tmp_path: Path,
) -> None:
    build_package(tmp_path, SPEC, "garden")
    readme = (tmp_path / "garden" / "README.md").read_text(encoding="utf-8")
    start = readme.index("## Operations")
    operations = readme[start : readme.index("\n## ", start + 1)]  # up to the next section
    headings = re.findall(r"^(#{3,4}) (.*)$", operations, re.MULTILINE)
    assert headings == [
        ("###", "`client.plants`"),
        ("####", "`plants.delete`: Delete a plant"),  # its own operation before its sub-resource's
        ("####", "`plants.waterings.list`: List a plant's waterings"),
        ("####", "`plants.waterings.create`: Water a plant"),
        ("###", "`client.tools`"),
        ("####", "`tools.delete`: Delete a tool"),
    ]
    plants = operations[: operations.index("`client.tools`")]
    assert "\nPlants and their waterings.\n" in plants
    tools = operations[operations.index("`client.tools`") :]
    assert tools.startswith("`client.tools`\n\n#### ")  # no tag description: no text, no blank line


def test_readme_lists_the_servers_to_choose_from_when_there_are_several(tmp_path: Path) -> None:
    spec = {
        **SPEC,
        "servers": [
            {"url": "https://garden.example.test", "description": "The main garden."},
            {"url": "https://eu.garden.example.test"},
        ],
    }
    build_package(tmp_path, spec, "gardens")
    readme = (tmp_path / "gardens" / "README.md").read_text(encoding="utf-8")
    assert (
        "pass another one as `base_url=` (or set GARDENS_BASE_URL):\n\n"
        "- `https://garden.example.test`: The main garden.\n"
        "- `https://eu.garden.example.test`\n\n"
    ) in readme
    (tmp_path / "single").mkdir()
    build_package(tmp_path / "single", SPEC, "garden1")  # one server: nothing to choose
    assert "pass another one" not in (tmp_path / "single" / "garden1" / "README.md").read_text()
