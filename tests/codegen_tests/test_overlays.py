"""OpenAPI Overlay 1.0 documents applied at load: what they change, and every fault at its place (the
overlay's file and line, the action, its target), one test per class of fault."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen_tests.helpers import ROOT
from generator.errors import SpecError
from generator.load.check import load
from generator.load.overlay import PathSyntaxError, parse_path, select

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Pets", "version": "1.0.0"},
    "paths": {
        "/pets": {
            "get": {
                "operationId": "listPets",
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    {"name": "filter", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/Pet"},
                                }
                            }
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Pet": {
                "type": "object",
                "required": ["id", "kind"],
                "properties": {
                    "id": {"type": "string"},
                    "kind": {"type": "string", "enum": ["cat", "dog"]},
                    "age": {"type": "integer"},
                },
            }
        }
    },
}

HEADER = "overlay: 1.0.0\ninfo:\n  title: test\n  version: 1.0.0\n"


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "pets.yaml"
    path.write_text(yaml.safe_dump(SPEC, sort_keys=False), encoding="utf-8")
    return path


def _overlay(tmp_path: Path, text: str, name: str = "fix.overlay.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _placed(text: str) -> str:
    """A problem line with its file as a bare name and without its column (`fix.overlay.yaml:7:`):
    the folder and the column are the reader's business, the line is the overlay's."""
    return re.sub(r"^(?:.*/)?([^/:]+):(\d+)(?::\d+)?:", r"\1:\2:", text, flags=re.M)


def _refused(spec: Path, overlay: Path) -> list[str]:
    with pytest.raises(SpecError) as caught:
        load(spec, overlays=[overlay])
    return [_placed(str(p)) for p in caught.value.problems]


# -- what overlays do -----------------------------------------------------------------------------------


def test_update_merges_objects_appends_to_arrays_and_remove_removes(
    spec: Path, tmp_path: Path
) -> None:
    overlay = _overlay(
        tmp_path,
        HEADER
        + """actions:
  - target: $.components.schemas.Pet.properties.kind.enum
    update: bird
  - target: $.components.schemas.Pet.properties
    update:
      name: {type: string}
      age: {minimum: 0}
  - target: $.components.schemas.Pet.required[?@ == 'kind']
    remove: true
  - target: "$.paths['/pets'].get.parameters[?@.name == 'filter']"
    remove: true
""",
    )
    pet = load(spec, overlays=[overlay]).document.data["components"]["schemas"]["Pet"]
    assert pet["properties"]["kind"]["enum"] == ["cat", "dog", "bird"]
    assert pet["properties"]["name"] == {"type": "string"}
    assert pet["properties"]["age"] == {"type": "integer", "minimum": 0}  # merged, not replaced
    assert pet["required"] == ["id"]
    params = load(spec, overlays=[overlay]).document.data["paths"]["/pets"]["get"]["parameters"]
    assert [p["name"] for p in params] == ["limit"]


def test_the_overlay_beside_a_spec_is_applied_first(spec: Path, tmp_path: Path) -> None:
    _overlay(
        tmp_path,
        HEADER + "actions:\n  - target: $.info\n    update: {title: Beside}\n",
        "pets.overlay.yaml",
    )
    explicit = _overlay(
        tmp_path, HEADER + "actions:\n  - target: $.info\n    update: {summary: Explicit}\n"
    )
    info = load(spec, overlays=[explicit]).document.data["info"]
    assert (info["title"], info["summary"]) == ("Beside", "Explicit")


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("$", [()]),
        ("$.components.schemas.Pet.required[0]", [("components", "schemas", "Pet", "required", 0)]),
        (
            "$.components.schemas.Pet.required[-1]",
            [("components", "schemas", "Pet", "required", 1)],
        ),
        ("$['components']['schemas'][\"Pet\"].type", [("components", "schemas", "Pet", "type")]),
        (
            "$.components.schemas.Pet.properties[*].type",
            [
                ("components", "schemas", "Pet", "properties", p, "type")
                for p in ("id", "kind", "age")
            ],
        ),
        ("$..enum", [("components", "schemas", "Pet", "properties", "kind", "enum")]),
        (
            "$.components.schemas.Pet.properties[?@.type == 'integer' || @.enum]",
            [("components", "schemas", "Pet", "properties", p) for p in ("kind", "age")],
        ),
        (
            "$.components.schemas.Pet.properties[?(!@.enum && @.type != 'integer')]",
            [("components", "schemas", "Pet", "properties", "id")],
        ),
        (
            "$.components.schemas.Pet.properties['id','age']",
            [("components", "schemas", "Pet", "properties", p) for p in ("id", "age")],
        ),
    ],
)
def test_the_jsonpath_reader_selects_what_rfc_9535_says(
    path: str, expected: list[tuple[Any, ...]]
) -> None:
    assert select(SPEC, parse_path(path)) == expected


@pytest.mark.parametrize(
    "path", ["components", "$.", "$[", "$['a'", "$[1:2]", "$[?@.a ==]", "$.a[?@..b]"]
)
def test_a_path_the_reader_cannot_parse_raises_with_its_place(path: str) -> None:
    with pytest.raises(PathSyntaxError, match=r"at character \d+"):
        parse_path(path)


# -- faults, each at its place --------------------------------------------------------------------------


def test_an_overlay_that_is_not_yaml(spec: Path, tmp_path: Path) -> None:
    overlay = _overlay(tmp_path, HEADER + "actions:\n  - target: [unclosed\n")
    [problem] = _refused(spec, overlay)
    assert problem.startswith("fix.overlay.yaml:") and "invalid YAML" in problem


def test_an_overlay_of_another_version(spec: Path, tmp_path: Path) -> None:
    overlay = _overlay(
        tmp_path,
        "overlay: 2.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - {target: $, update: {}}\n",
    )
    assert _refused(spec, overlay) == [
        "fix.overlay.yaml:1: error: #/overlay: `overlay` must be a 1.0.x version string, got '2.0.0'"
    ]


def test_an_overlay_without_info(spec: Path, tmp_path: Path) -> None:
    overlay = _overlay(
        tmp_path, "overlay: 1.0.0\ninfo: {title: t}\nactions:\n  - {target: $, update: {}}\n"
    )
    assert _refused(spec, overlay) == [
        "fix.overlay.yaml:2: error: #/info: `info` needs a `title` and a `version` (strings)"
    ]


def test_an_overlay_without_actions(spec: Path, tmp_path: Path) -> None:
    overlay = _overlay(tmp_path, HEADER + "actions: []\n")
    assert _refused(spec, overlay) == [
        "fix.overlay.yaml:5: error: #/actions: `actions` must be a non-empty list"
    ]


def test_an_action_that_is_not_an_object(spec: Path, tmp_path: Path) -> None:
    overlay = _overlay(tmp_path, HEADER + "actions:\n  - just text\n")
    assert _refused(spec, overlay) == [
        "fix.overlay.yaml:6: error: #/actions/0: an action must be an object, got a string"
    ]


def test_an_action_without_a_target(spec: Path, tmp_path: Path) -> None:
    overlay = _overlay(tmp_path, HEADER + "actions:\n  - update: {}\n")
    assert _refused(spec, overlay) == [
        "fix.overlay.yaml:6: error: #/actions/0: the action has no `target` (a JSONPath string)"
    ]


def test_an_action_that_neither_updates_nor_removes(spec: Path, tmp_path: Path) -> None:
    overlay = _overlay(
        tmp_path, HEADER + "actions:\n  - target: $.info\n    description: nothing\n"
    )
    assert _refused(spec, overlay) == [
        "fix.overlay.yaml:6: error: #/actions/0: the action has neither `update` nor `remove: true` ($.info)"
    ]


def test_a_remove_that_is_not_a_boolean(spec: Path, tmp_path: Path) -> None:
    overlay = _overlay(tmp_path, HEADER + "actions:\n  - target: $.info\n    remove: 'yes'\n")
    assert _refused(spec, overlay) == [
        "fix.overlay.yaml:7: error: #/actions/0/remove: `remove` must be true or false ($.info)"
    ]


def test_a_target_that_is_no_jsonpath(spec: Path, tmp_path: Path) -> None:
    overlay = _overlay(
        tmp_path,
        HEADER
        + "actions:\n  - target: $.info\n    update: {}\n  - target: $.paths[\n    remove: true\n",
    )
    [problem] = _refused(spec, overlay)
    assert problem.startswith(
        "fix.overlay.yaml:8: error: #/actions/1/target: the target '$.paths[' is not a JSONPath"
    )


def test_a_target_that_selects_nothing(spec: Path, tmp_path: Path) -> None:
    overlay = _overlay(
        tmp_path,
        HEADER + "actions:\n  - target: $.components.schemas.Owner\n    update: {type: object}\n",
    )
    assert _refused(spec, overlay) == [
        "fix.overlay.yaml:6: error: #/actions/0/target: the target $.components.schemas.Owner selects nothing in pets.yaml"
    ]


def test_an_update_that_does_not_fit_the_object_it_selects(spec: Path, tmp_path: Path) -> None:
    overlay = _overlay(tmp_path, HEADER + "actions:\n  - target: $.info\n    update: [1, 2]\n")
    assert _refused(spec, overlay) == [
        "fix.overlay.yaml:7: error: #/actions/0/update: the target $.info selects an object (#/info); "
        "`update` must be an object, got an array"
    ]


def test_an_update_of_a_plain_value(spec: Path, tmp_path: Path) -> None:
    overlay = _overlay(tmp_path, HEADER + "actions:\n  - target: $.info.title\n    update: New\n")
    [problem] = _refused(spec, overlay)
    assert problem.startswith(
        "fix.overlay.yaml:6: error: #/actions/0/target: the target $.info.title selects a string"
    )


def test_removing_the_whole_document(spec: Path, tmp_path: Path) -> None:
    overlay = _overlay(tmp_path, HEADER + "actions:\n  - target: $\n    remove: true\n")
    assert _refused(spec, overlay) == [
        "fix.overlay.yaml:6: error: #/actions/0/target: the target $ selects the whole document, which cannot be removed"
    ]


def test_a_spec_fault_an_overlay_brings_is_placed_in_the_overlay(
    spec: Path, tmp_path: Path
) -> None:
    overlay = _overlay(
        tmp_path,
        HEADER
        + """actions:
  - target: $.components.schemas.Pet.properties
    update:
      owner:
        $ref: '#/components/schemas/Owner'
""",
    )
    assert _refused(spec, overlay) == [
        "fix.overlay.yaml:9: error: #/components/schemas/Pet/properties/owner/$ref: "
        "unresolvable reference '#/components/schemas/Owner': nothing at that location"
    ]


# -- the commands --------------------------------------------------------------------------------------


def _codegen(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


def test_generate_with_a_faulty_overlay_writes_nothing(spec: Path, tmp_path: Path) -> None:
    overlay = _overlay(tmp_path, HEADER + "actions:\n  - target: $.nothing\n    remove: true\n")
    out = tmp_path / "out"
    run = _codegen("generate", str(spec), "--overlay", str(overlay), "--out", str(out))
    assert run.returncode == 2
    assert (
        "fix.overlay.yaml:6: error: #/actions/0/target: the target $.nothing selects nothing"
        in _placed(run.stderr)
    )
    assert not out.exists()


def test_overlay_needs_exactly_one_spec(spec: Path, tmp_path: Path) -> None:
    overlay = _overlay(tmp_path, HEADER + "actions:\n  - target: $.info\n    update: {}\n")
    run = _codegen("validate", str(spec), str(spec), "--overlay", str(overlay))
    assert (run.returncode, run.stderr.strip()) == (2, "codegen: --overlay needs exactly one spec")


def test_overlay_files_in_specs_are_not_taken_for_specs(tmp_path: Path, spec: Path) -> None:
    specs = tmp_path / "project" / "specs"
    specs.mkdir(parents=True)
    (specs / "pets.yaml").write_text(spec.read_text())
    (specs / "pets.overlay.yaml").write_text(
        HEADER + "actions:\n  - target: $.info\n    update: {summary: via overlay}\n"
    )
    run = _codegen("validate", cwd=tmp_path / "project")
    assert (run.returncode, run.stdout) == (0, "pets.yaml: ok\n")


def test_a_member_name_is_what_the_path_syntax_says_for_every_character() -> None:
    """The name pattern is written as the ASCII characters it leaves out (quick to compile); for
    every code point, first and later, it takes what the syntax's own classes take."""
    from generator.load import overlay

    first = re.compile(r"[A-Za-z_\u0080-\U0010ffff$]")
    later = re.compile(r"[A-Za-z0-9_\-\u0080-\U0010ffff$]")
    for code in range(0x110000):
        char = chr(code)
        assert bool(overlay._NAME.fullmatch(char)) == bool(first.fullmatch(char)), hex(code)
        assert bool(overlay._NAME.fullmatch("a" + char)) == bool(later.fullmatch(char)), hex(code)
