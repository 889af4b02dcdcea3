"""Hostile documents (issue 29): one test per class of input that crashed, hung or broke `codegen`.

`codegen` runs on documents people did not write themselves (in CI on a pull request, for example).
It promises exit 0 with a package that compiles and imports, or exit 2 naming file, line and JSON
pointer, nothing else. Each test below is a class the mutation campaign (`campaign.py`) found, made
from the golden `keyed.yaml` (a curated spec, so the example rules run too).
"""

from __future__ import annotations

import copy
import importlib
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from codegen_tests.helpers import ROOT, build_package, run_codegen, write_spec

KEYED = yaml.safe_load((ROOT / "tests" / "golden" / "keyed.yaml").read_text(encoding="utf-8"))
LOCATED = re.compile(
    r"^(?P<file>[^:\n]+):(?P<line>\d+)(?::\d+)?: (?:error|warning): (?P<where>#\S*): "
)


def keyed() -> dict[str, Any]:
    return copy.deepcopy(KEYED)


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]  # type: ignore[no-any-return]


def refused(
    tmp_path: Path, spec: Path, *args: str, timeout: float = 120
) -> list[tuple[int, str, str]]:
    """Run `codegen generate` on `spec`: it must exit 2, without a traceback or a signal, write
    nothing, and print every problem with its line. Returns (line, pointer, text) of each."""
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 2, (result.returncode, result.stderr[-3000:])
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert not out.exists()
    problems = [p for p in result.stderr.splitlines() if not p.startswith("refused: ")]
    assert problems, result.stderr
    found = []
    for problem in problems:
        match = LOCATED.match(problem)
        assert match, f"a refusal without file:line: {problem!r}"
        assert Path(match["file"]).name == spec.name  # as given, or relative to the cwd
        found.append((int(match["line"]), match["where"], problem))
    return found


def has(found: list[tuple[int, str, str]], where: str, words: str) -> int:
    """The line of the problem at `where` (a pointer prefix) saying `words`."""
    for line, pointer, text in found:
        if pointer.startswith(where) and words in text:
            return line
    raise AssertionError(
        f"no problem at {where} saying {words!r} in:\n" + "\n".join(t for *_, t in found)
    )


# 1. The curated example check on malformed schemas --------------------------------------------------


def test_curated_examples_survive_a_null_ref_a_non_list_allof_and_an_allof_cycle(
    tmp_path: Path,
) -> None:
    null_ref = keyed()
    schemas(null_ref)["Contact"]["properties"]["id"] = {"$ref": None}
    found = refused(tmp_path / "a", write_spec(tmp_path, null_ref, "null_ref"))
    has(found, "#/components/schemas/Contact/properties/id/$ref", "must be a string")

    not_list = keyed()
    schemas(not_list)["Contact"]["allOf"] = {"type": "object"}
    for args in ((), ("--lenient",)):
        found = refused(
            tmp_path / f"b{len(args)}", write_spec(tmp_path, not_list, "not_list"), *args
        )
        has(found, "#/paths/~1contacts~1{id}/get/responses/200/content", "cannot be checked")

    cycle = keyed()
    schemas(cycle)["A"] = {"allOf": [{"$ref": "#/components/schemas/B"}]}
    schemas(cycle)["B"] = {"allOf": [{"$ref": "#/components/schemas/A"}]}
    schemas(cycle)["Contact"]["properties"]["a"] = {"$ref": "#/components/schemas/A"}
    for args in ((), ("--lenient",)):
        found = refused(tmp_path / f"c{len(args)}", write_spec(tmp_path, cycle, "cycle"), *args)
        has(found, "#/components/schemas/A", "includes itself")


# 2. A reference that contains itself ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "ref"),
    [
        (("components", "schemas", "Contact", "properties", "me"), "#"),
        (
            (
                "paths",
                "/contacts/{id}",
                "get",
                "responses",
                "200",
                "content",
                "application/json",
                "schema",
            ),
            "#/paths",
        ),
    ],
)
def test_a_reference_to_an_ancestor_is_refused_where_it_is(
    tmp_path: Path, where: tuple[str, ...], ref: str
) -> None:
    spec = keyed()
    node = spec
    for part in where[:-1]:
        node = node[part]
    node[where[-1]] = {"$ref": ref}
    path = write_spec(tmp_path, spec, "selfref")
    validate = run_codegen("validate", str(path))
    assert validate.returncode == 2, validate.stdout + validate.stderr  # not "ok"
    found = refused(tmp_path, path)
    escaped = "/".join(p.replace("~", "~0").replace("/", "~1") for p in where)
    has(found, f"#/{escaped}/$ref", "contains itself")


def test_a_reference_inside_an_extension_is_data(tmp_path: Path) -> None:
    """The reference check reads extensions as data; so does the schema registry (it once copied
    `x-meta: {$ref: '#'}` into itself until the recursion limit)."""
    spec = keyed()
    schemas(spec)["Contact"]["x-meta"] = {"$ref": "#"}
    package = build_package(tmp_path, spec, "extref")
    assert "id" in package.models.Contact.model_fields


# 3. Nesting -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "tail"),
    [
        ("seq1000.yaml", "x-deep: " + "[" * 1000 + "]" * 1000 + "\n"),
        ("seq50000.yaml", "x-deep: " + "[" * 50000 + "]" * 50000 + "\n"),
        ("map50000.yaml", "x-deep: " + "{a: " * 50000 + "1" + "}" * 50000 + "\n"),
        ("block1000.yaml", "x-deep:\n" + "".join(" " * i + "- \n" for i in range(0, 2000, 2))),
    ],
)
def test_deep_nesting_is_refused_at_its_line_without_a_crash(
    tmp_path: Path, name: str, tail: str
) -> None:
    text = (ROOT / "tests" / "golden" / "keyed.yaml").read_text(encoding="utf-8") + tail
    spec = tmp_path / name
    spec.write_text(text, encoding="utf-8")
    line = len(text.splitlines()) - len(tail.splitlines()) + 1
    found = refused(tmp_path, spec)
    assert has(found, "#/x-deep", "nests deeper than 64 levels") >= line


def test_deep_json_is_refused_without_a_crash(tmp_path: Path) -> None:
    spec = tmp_path / "deep.json"
    body = '{"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {},\n"x": '
    spec.write_text(body + "[" * 50000 + "]" * 50000 + "}", encoding="utf-8")
    assert has(refused(tmp_path, spec), "#/x", "nests deeper than 64 levels") == 2


@pytest.mark.parametrize("keyword", ["allOf", "properties"])
def test_a_thousand_schemas_in_a_chain_are_refused(tmp_path: Path, keyword: str) -> None:
    spec = keyed()
    for i in range(1000):
        target = {"$ref": f"#/components/schemas/L{i + 1}"}
        schemas(spec)[f"L{i}"] = (
            {"allOf": [target]} if keyword == "allOf" else {"properties": {"next": target}}
        )
    schemas(spec)["L1000"] = {"type": "object", "properties": {"x": {"type": "string"}}}
    schemas(spec)["Contact"]["properties"]["deep"] = {"$ref": "#/components/schemas/L0"}
    for args in ((), ("--lenient",)):
        found = refused(tmp_path / str(len(args)), write_spec(tmp_path, spec, "chain"), *args)
        line = has(found, "#/", "schemas, each inside or included by the one before")
        assert line > 1
        (count,) = [int(re.search(r"a chain of (\d+)", t)[1]) for *_, t in found]  # type: ignore[index]
        assert count > 1000


def test_nesting_up_to_the_limit_is_read(tmp_path: Path) -> None:
    from generator.errors import SpecError
    from generator.load.reader import MAX_DEPTH, read

    base = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n"
    ok = tmp_path / "ok.yaml"
    ok.write_text(base + "x-d: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "\n")
    assert read(ok).data["x-d"] is not None
    over = tmp_path / "over.yaml"
    over.write_text(base + "x-d: " + "[" * MAX_DEPTH + "]" * MAX_DEPTH + "\n")
    with pytest.raises(SpecError) as error:
        read(over)
    assert error.value.problems[0].line == 4


# 4. Alias bombs ---------------------------------------------------------------------------------------


def test_an_alias_bomb_is_refused_quickly_at_its_line(tmp_path: Path) -> None:
    bomb = "x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
        f"x-{b}: &{b} [{', '.join(['*' + a] * 9)}]\n"
        for a, b in zip("abcdefgh", "bcdefghi", strict=True)
    )
    text = (ROOT / "tests" / "golden" / "keyed.yaml").read_text(encoding="utf-8")
    spec = tmp_path / "bomb.yaml"
    spec.write_text(text + bomb, encoding="utf-8")
    found = refused(tmp_path, spec, timeout=60)
    line = has(found, "#/x-", "aliases stand for more than 100000 nodes")
    assert line > len(text.splitlines())


def test_the_line_map_does_not_expand_aliases(tmp_path: Path) -> None:
    from generator.load.reader import read

    spec = tmp_path / "aliases.yaml"
    big = "[" + ", ".join(f"{{n: {i}}}" for i in range(1000)) + "]"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n"
        f"x-big: &big {big}\nx-uses: [{', '.join(['*big'] * 30)}]\n"
    )
    document = read(spec)
    assert len(document.data["x-uses"]) == 30 and document.data["x-uses"][29][999] == {"n": 999}
    assert len(document.lines) < 2100  # the 30 aliases are 30 lines, not 30 x 2,001
    assert document.line_of("#/x-uses/29/999/n") == 5  # the alias's own line


# 5. Credentials named like what the client binds -----------------------------------------------------


def test_two_api_keys_one_named_self_give_a_package_that_imports(tmp_path: Path) -> None:
    spec = keyed()
    spec["components"]["securitySchemes"]["self"] = {
        "type": "apiKey",
        "in": "header",
        "name": "X-Self",
    }
    spec["security"] = [{"key": [], "self": []}]
    package = build_package(tmp_path, spec, "selfkey")
    import inspect

    parameters = inspect.signature(package.KeyedAPI).parameters
    assert "self_2" in parameters and "key" in parameters  # the scheme `self` keeps its header
    client = package.KeyedAPI(key="k", self_2="s", base_url="https://x.test")
    assert client is not None


# 6. The client class never takes an exported name ----------------------------------------------------


@pytest.mark.parametrize("how", ["file name", "class-name"])
def test_the_client_class_never_shadows_an_exported_name(tmp_path: Path, how: str) -> None:
    spec = keyed()
    if how == "class-name":
        spec["info"]["x-client"]["class-name"] = "NotFoundError"
        path = write_spec(tmp_path, spec, "shadow")
    else:
        del spec["info"]["x-client"]
        path = write_spec(tmp_path, spec, "not-found-error")
    out = tmp_path / "out"
    result = run_codegen("generate", str(path), "--out", str(out))
    assert result.returncode == 0, result.stderr
    name = "shadow_client" if how == "class-name" else "not_found_error_client"
    sys.path.insert(0, str(out / "src"))
    try:
        package = importlib.import_module(name)
        assert issubclass(package.NotFoundError, package.APIError)  # the exception, still
        assert package._client.__all__ == ["AsyncNotFoundErrorClient", "NotFoundErrorClient"]
        assert package.NotFoundErrorClient is package._client.NotFoundErrorClient
    finally:
        sys.path.remove(str(out / "src"))
        for module in [m for m in sys.modules if m.split(".")[0] == name]:
            del sys.modules[module]


# 7. Refusals with a line ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        (b"", 1, "the file is empty"),
        (b"openapi: 3.1.0\ninfo:\n  title: \xff\n", 3, "not UTF-8"),
        (b"openapi: 3.1.0\ninfo:\n  title: a\x07b\n", 3, "raw control character U+0007"),
        (b"openapi: 3.1.0\n\x00\n", 2, "raw control character U+0000"),
    ],
)
def test_unreadable_files_are_refused_with_a_line(
    tmp_path: Path, content: bytes, line: int, words: str
) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_bytes(content)
    assert has(refused(tmp_path, spec), "#", words) == line


def test_json_that_yaml_cannot_read_keeps_its_lines(tmp_path: Path) -> None:
    """A key over 1,024 characters is JSON but not YAML: read as JSON, it still has a line map."""
    import json

    spec = keyed()
    spec["x-" + "k" * 1100] = 1
    schemas(spec)["Contact"]["properties"]["id"] = {"$ref": "#/nope"}
    path = tmp_path / "long.json"
    path.write_text(json.dumps(spec, indent=1), encoding="utf-8")
    line = has(refused(tmp_path, path), "#/components/schemas/Contact/properties/id", "'#/nope'")
    assert '"$ref": "#/nope"' in path.read_text().splitlines()[line - 1]


def test_json_may_hold_what_yaml_forbids_raw(tmp_path: Path) -> None:
    """A C1 control character (U+009D) raw inside a JSON string is valid JSON (the merged benchmark
    document has one): a .json document is judged by JSON's rules, not YAML's, and is read."""
    import json

    spec = keyed()
    spec["info"]["description"] = "before\u009dafter"
    path = tmp_path / "c1.json"
    path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    assert "\u009d" in path.read_text(encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "validate", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_a_model_stage_refusal_carries_a_line(tmp_path: Path, monkeypatch: Any) -> None:
    from generator import pipeline
    from generator.errors import Problem, SpecError

    def failing(schemas: object, document: object, worker: object = None) -> object:
        raise SpecError([Problem("keyed.yaml", "#/components/schemas", "cannot generate models")])

    monkeypatch.setattr(pipeline, "start_models", failing)
    path = write_spec(tmp_path, keyed(), "keyed")
    with pytest.raises(SpecError) as error:
        pipeline.build_ir(path, "keyed_client", lenient=True)
    (problem,) = error.value.problems
    from generator.load.reader import read

    assert problem.line is not None
    assert problem.line == read(path).line_of("#/components/schemas")


# 8. Validator faults named at their node -------------------------------------------------------------


def test_validator_faults_are_located_at_their_node(tmp_path: Path) -> None:
    duplicate = keyed()
    duplicate["paths"]["/webhooks"]["get"]["operationId"] = "getContact"
    path = write_spec(tmp_path, duplicate, "dup")
    result = run_codegen("validate", str(path), env={"CODEGEN_NO_CACHE": "1", "PATH": ""})
    lines = result.stderr.splitlines()
    validator = [line for line in lines if "is not unique" in line]
    assert validator and all(": error: #/paths/~1webhooks/get" in line for line in validator)

    relative = keyed()
    schemas(relative)["Contact"]["properties"]["model"] = {"type": 5}
    found = refused(tmp_path, write_spec(tmp_path, relative, "relative"))
    line = has(found, "#/components/schemas/Contact/properties/model/type", "5 is not valid")
    assert (tmp_path / "relative.yaml").read_text().splitlines()[line - 1].strip() == "type: 5"


def test_responses_null_is_refused_at_the_operation(tmp_path: Path) -> None:
    spec = keyed()
    spec["paths"]["/webhooks"]["get"]["responses"] = None
    found = refused(tmp_path, write_spec(tmp_path, spec, "nullresponses"))
    has(found, "#/paths/~1webhooks/get/responses", "`responses` is null")
    assert not [t for _, where, t in found if where == "#"]


@pytest.mark.parametrize("lenient", [False, True])
def test_parameters_that_are_not_a_list_are_refused_at_their_place(
    tmp_path: Path, lenient: bool
) -> None:
    """Found by the campaign (seed 29, #145): `parameters: true` crashed the lenient repairs."""
    spec = keyed()
    spec["paths"]["/webhooks"]["get"]["parameters"] = True
    args = ("--lenient",) if lenient else ()
    found = refused(tmp_path, write_spec(tmp_path, spec, "params"), *args)
    has(found, "#/paths/~1webhooks/get/parameters", "`parameters` is bool")


# 9. References under keys named like data keywords ---------------------------------------------------


@pytest.mark.parametrize(
    "where",
    [
        ("paths", "/webhooks", "get", "responses", "default"),
        ("components", "schemas", "Contact", "properties", "example"),
        ("components", "schemas", "Contact", "properties", "enum"),
        ("components", "schemas", "Contact", "properties", "const"),
    ],
)
@pytest.mark.parametrize("lenient", [False, True])
def test_broken_references_under_data_named_keys_are_refused(
    tmp_path: Path, where: tuple[str, ...], lenient: bool
) -> None:
    spec = keyed()
    node = spec
    for part in where[:-1]:
        node = node[part]
    node[where[-1]] = {"$ref": "#/components/schemas/Nope"}
    args = ("--lenient",) if lenient else ()
    found = refused(tmp_path, write_spec(tmp_path, spec, "dataref"), *args)
    escaped = "/".join(p.replace("~", "~0").replace("/", "~1") for p in where)
    has(found, f"#/{escaped}/$ref", "unresolvable reference '#/components/schemas/Nope'")


def test_a_property_named_default_refers_to_a_renamed_component(tmp_path: Path) -> None:
    spec = keyed()
    schemas(spec)["tag-info"] = {"type": "object", "properties": {"label": {"type": "string"}}}
    schemas(spec)["Contact"]["properties"]["default"] = {"$ref": "#/components/schemas/tag-info"}
    package = build_package(tmp_path, spec, "defaultref")
    field = package.models.Contact.model_fields["default"]
    assert "TagInfo" in str(field.annotation)


# 10. --lenient does not generate what cannot be interpreted -------------------------------------------


def test_lenient_refuses_unbalanced_path_braces(tmp_path: Path) -> None:
    spec = keyed()
    spec["paths"]["/items/{id"] = {
        "get": {
            "operationId": "getItem",
            "x-client-method": "items.retrieve",
            "responses": {"200": {"description": "ok"}},
        }
    }
    path = write_spec(tmp_path, spec, "brace")
    for args in ((), ("--lenient",)):
        found = refused(tmp_path / str(len(args)), path, *args)
        has(found, "#/paths/~1items~1{id", "unbalanced braces")
