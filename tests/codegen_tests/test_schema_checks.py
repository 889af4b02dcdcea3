"""Specs that cannot silently lose fields (issue 23, findings 2 and 10).

Valid YAML with one block indented wrongly (the `name:` of a schema's properties dedented beside
`properties`), a mistyped keyword, a `required` name that no property supplies, a keyword indented into
`properties`: each is refused at its file, line and column (a warning with `--lenient`), and nothing is
written. A mistyped `$ref` gets a "did you mean". `codegen generate` says what it changes in a
package's public API before it replaces the package.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from codegen_tests.helpers import ROOT, run_codegen, write_spec

WACRM = ROOT / "specs" / "wacrm.yaml"


def _dedented_contact(tmp_path: Path) -> Path:
    """specs/wacrm.yaml with ConversationContact's `name:` ... `instagram_username:` dedented one level."""
    lines = WACRM.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line == "    ConversationContact:")
    first = next(i for i in range(start, len(lines)) if lines[i] == "        name:")
    last = next(i for i in range(first, len(lines)) if lines[i] == "")
    for i in range(first, last):
        lines[i] = lines[i][2:]
    path = tmp_path / "wacrm.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_dedented_property_block_is_refused_where_it_sits_and_nothing_is_replaced(
    tmp_path: Path,
) -> None:
    path = _dedented_contact(tmp_path)
    assert yaml.safe_load(path.read_text())  # still valid YAML: only our checks can catch it
    out = tmp_path / "out"
    ok = run_codegen("generate", str(WACRM), "--out", str(out))
    assert ok.returncode == 0, ok.stderr
    before = (out / "src" / "wacrm_client" / "models.py").read_text()

    refused = run_codegen("generate", str(path), "--out", str(out))

    assert refused.returncode == 2
    line = next(
        n for n, text in enumerate(path.read_text().splitlines(), 1) if text == "      name:"
    )
    assert re.search(
        rf"wacrm\.yaml:{line}:7: error: #/components/schemas/ConversationContact/name: 'name' is not a "
        r"schema keyword but looks like a property and `required` lists it: is it misplaced",
        refused.stderr,
    ), refused.stderr
    assert "required property 'email' is not among `properties`" in refused.stderr
    assert (out / "src" / "wacrm_client" / "models.py").read_text() == before
    lenient = run_codegen("validate", "--lenient", str(path))
    assert lenient.returncode == 0 and f"wacrm.yaml:{line}:7: warning:" in lenient.stderr


def _doc(schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {"schemas": {"Thing": schema}},
    }


def test_a_mistyped_keyword_a_required_name_without_property_and_a_keyword_in_properties(
    tmp_path: Path,
) -> None:
    schema = {
        "type": "object",
        "requried": ["id"],
        "required": ["id", "label"],
        "properties": {"id": {"type": "string"}, "type": "string"},
    }
    result = run_codegen("validate", str(write_spec(tmp_path, _doc(schema), "things")))
    assert result.returncode == 2
    errors = result.stderr
    assert (
        "#/components/schemas/Thing/requried: unknown schema keyword 'requried'; did you mean 'required'?"
        in errors
    )
    assert (
        "#/components/schemas/Thing/required/1: required property 'label' is not among `properties`"
        in errors
    )
    assert (
        "#/components/schemas/Thing/properties/type: property 'type' is not a schema (str)"
        in errors
    )
    assert all(
        re.match(r"^\S*things\.yaml:\d+:\d+: error: ", line) for line in errors.splitlines()[:-1]
    )


def test_open_or_composed_schemas_may_require_what_they_do_not_list(tmp_path: Path) -> None:
    schema = {
        "type": "object",
        "required": ["id", "extra"],
        "properties": {"id": {"type": "string"}},
        "additionalProperties": {"type": "string"},
        "x-note": "extensions are fine",
    }
    assert run_codegen("validate", str(write_spec(tmp_path, _doc(schema), "open"))).returncode == 0


def test_a_mistyped_reference_is_answered_with_did_you_mean(tmp_path: Path) -> None:
    text = WACRM.read_text(encoding="utf-8").replace(
        '$ref: "#/components/schemas/ConversationContact"',
        '$ref: "#/components/schemas/ConversatonContact"',
    )
    path = tmp_path / "wacrm.yaml"
    path.write_text(text, encoding="utf-8")
    result = run_codegen("validate", str(path))
    assert result.returncode == 2
    assert (
        "unresolvable reference '#/components/schemas/ConversatonContact': nothing at that location; "
        "did you mean '#/components/schemas/ConversationContact'?"
    ) in result.stderr


def test_generate_says_what_it_changes_in_the_public_api_before_replacing_the_package(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    assert run_codegen("generate", str(WACRM), "--out", str(out)).returncode == 0
    text = WACRM.read_text(encoding="utf-8")
    block = '        instagram_username:\n          type: [string, "null"]\n          description: Added by a fork variant; absent upstream.\n          x-evidence: source-variant\n'
    assert text.count(block) >= 1
    changed = tmp_path / "wacrm.yaml"
    changed.write_text(text.replace(block, "", 1), encoding="utf-8")

    result = run_codegen("generate", str(changed), "--out", str(out))

    assert result.returncode == 0, result.stderr
    report = result.stdout
    assert re.search(r"public API changes \(codegen diff\):", report), report
    assert "instagram_username" in report and "(breaking)" in report
    assert "bump: major" in report
    assert report.index("bump: major") < report.index("wacrm.yaml -> ")
    again = run_codegen("generate", str(changed), "--out", str(out))
    assert "public API changes" not in again.stdout  # nothing changed: nothing said
