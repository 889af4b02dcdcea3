"""Each lenient repair (generator/load/repairs.py) on a small document of our own: strict mode refuses
the fault at its place, `--lenient` generates the repaired document with a warning at that place."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import httpx2

from codegen_tests.helpers import build_package, json_response, mock_client, run_codegen

INT_CODES = """\
openapi: 3.0.0
info: {title: Codes, version: "1"}
paths:
  /ping:
    get:
      operationId: ping
      responses:
        200:
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {pong: {type: boolean}}}
        404:
          description: missing
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _strict_and_lenient(tmp_path: Path, path: Path) -> tuple[str, str]:
    strict = run_codegen("generate", str(path), "--out", str(tmp_path / "strict"))
    assert strict.returncode == 2, strict.stderr
    assert "Traceback" not in strict.stderr
    lenient = run_codegen("generate", str(path), "--out", str(tmp_path / "lenient"), "--lenient")
    assert lenient.returncode == 0, lenient.stderr
    return strict.stderr, lenient.stderr


def test_integer_response_codes_are_read_as_strings(tmp_path: Path) -> None:
    path = _write(tmp_path, "codes.yaml", INT_CODES)
    strict, lenient = _strict_and_lenient(tmp_path, path)
    assert (
        "codes.yaml:8:9: error: #/paths/~1ping/get/responses/200: response code 200 is a YAML integer"
        in strict
    )
    assert "codes.yaml:13:9: error: #/paths/~1ping/get/responses/404:" in strict  # at the key
    assert "codes.yaml:8:9: warning: #/paths/~1ping/get/responses/200:" in lenient
    assert 'read as the string "200"' in lenient
    # the 200 is the success response: the method returns its model
    resource = tmp_path / "lenient" / "src" / "codes_client" / "resources" / "ping.py"
    assert "Operation[_models.PingResponse]" in resource.read_text()


UNDECLARED = {
    "openapi": "3.0.0",
    "info": {"title": "Rooms", "version": "1"},
    "paths": {
        "/rooms/{roomId}/messages/{rid}": {
            "get": {
                "operationId": "getMessages",
                "parameters": [
                    {
                        "name": "roomId",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer"},
                    }
                ],
                "responses": {"200": {"description": "ok"}},
            }
        }
    },
}


def test_an_undeclared_path_parameter_becomes_a_required_string(tmp_path: Path) -> None:
    import yaml

    path = _write(tmp_path, "rooms.yaml", yaml.safe_dump(UNDECLARED, sort_keys=False))
    strict, lenient = _strict_and_lenient(tmp_path, path)
    place = "#/paths/~1rooms~1{roomId}~1messages~1{rid}/get"
    assert re.search(
        rf"rooms.yaml:\d+:\d+: error: {re.escape(place)}: path parameter {{rid}}", strict
    )
    assert re.search(
        rf"rooms.yaml:\d+:\d+: warning: {re.escape(place)}: path parameter {{rid}}", lenient
    )
    assert "taken as a required string path parameter" in lenient

    (tmp_path / "pkg").mkdir()
    module = build_package(tmp_path / "pkg", UNDECLARED, "rooms", lenient=True)
    seen: list[str] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request.url.raw_path.decode())
        return json_response({})

    client = mock_client(module, "", handler)
    method = client.rooms.messages.retrieve
    params = inspect.signature(method).parameters
    assert params["rid"].annotation == "str" and params["rid"].default is inspect.Parameter.empty
    method(7, "r 1")
    assert seen == ["/rooms/7/messages/r%201"]


DEFAULTS = """\
openapi: 3.0.0
info: {title: Defaults, version: "1"}
paths:
  /items:
    get:
      operationId: listItems
      parameters:
        - name: archived
          in: query
          schema: {type: boolean, default: "false"}
        - name: page
          in: query
          schema: {type: integer, default: 1}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Item"}
components:
  schemas:
    Item:
      type: object
      properties:
        paid: {type: boolean, default: "false"}
        count: {type: integer, default: "null"}
        name: {type: string, default: "false"}
"""


def test_defaults_of_the_wrong_type_are_dropped_each_at_its_place(tmp_path: Path) -> None:
    path = _write(tmp_path, "defaults.yaml", DEFAULTS)
    strict, lenient = _strict_and_lenient(tmp_path, path)
    expected = [
        (
            "10:35",
            "#/paths/~1items/get/parameters/0/schema/default",
            "'false' is not of type 'boolean'",
        ),
        (
            "25:31",
            "#/components/schemas/Item/properties/paid/default",
            "'false' is not of type 'boolean'",
        ),
        (
            "26:32",
            "#/components/schemas/Item/properties/count/default",
            "'null' is not of type 'integer'",
        ),
    ]
    for line, place, words in expected:
        assert f"defaults.yaml:{line}: error: {place}: `default` {words}" in strict, strict
        assert f"defaults.yaml:{line}: warning: {place}: `default` {words}" in lenient, lenient
    warnings = [w for w in lenient.splitlines() if ": warning: " in w]
    assert len(warnings) == 3, lenient  # the integer default and the string "false" are fine
    models = (tmp_path / "lenient" / "src" / "defaults_client" / "models.py").read_text()
    assert "'false'" not in models and '"false"' in models  # only the string field keeps it
    resource = tmp_path / "lenient" / "src" / "defaults_client" / "resources" / "items.py"
    assert "'false'" not in resource.read_text()


def test_a_validator_crash_is_an_error_even_when_lenient(
    tmp_path: Path, monkeypatch: object
) -> None:
    """A validator that cannot check a document cannot vouch for it: `--lenient` relaxes faults the
    validator found, not its failure to look (issue 29, class 10)."""
    from generator.load import validator
    from generator.load.document import Document

    class Exploding:
        def __init__(self, data: object) -> None:
            pass

        def iter_errors(self) -> object:
            raise RecursionError("maximum recursion depth exceeded")

    for built in ("_spec_validator", "_hybrid_spec_validator"):  # the fast path too
        monkeypatch.setattr(validator, built, lambda openapi31: Exploding)  # type: ignore[attr-defined]
    # the pre-check, sure of this small document's keyword checks, would not run the validator
    monkeypatch.setattr(validator, "verdict", lambda data: "unsure")  # type: ignore[attr-defined]
    monkeypatch.setenv("CODEGEN_NO_CACHE", "1")  # type: ignore[attr-defined]
    document = Document(tmp_path / "x.yaml", {"openapi": "3.0.0"}, {"#": 1}, digest="d")
    (strict,) = validator.validator_problems(document, lenient=False)
    (lenient,) = validator.validator_problems(document, lenient=True)
    assert not strict.warning and not lenient.warning
    assert "RecursionError: maximum recursion depth exceeded" in lenient.message
