"""Our own rules, beyond openapi-spec-validator. Each returns Problems with their JSON pointer.

General rules apply to every document (a client could not be generated correctly otherwise):
unique operationIds, declared path parameters, well-formed `x-pagination` / `x-idempotency-key`.

Curated rules apply to the project's hand-written specs, recognised by `info.x-client`: every operation
has an operationId and an `x-client-method`, every 4xx/5xx response has a schema, and every embedded
example validates against its schema (JSON Schema 2020-12, as OpenAPI 3.1 uses it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from generator.errors import Problem, pointer

if TYPE_CHECKING:
    from generator.loader import Spec

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _deref(spec: Spec, value: Any) -> Any:
    from generator.loader import resolve_pointer

    seen: set[str] = set()
    while (
        isinstance(value, dict) and isinstance(value.get("$ref"), str) and value["$ref"] not in seen
    ):
        seen.add(value["$ref"])
        try:
            value = resolve_pointer(spec.data, value["$ref"])
        except KeyError:
            return None
    return value


def _operations(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    for path, item in (spec.data.get("paths") or {}).items():
        item = _deref(spec, item)
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield str(path), method, item[method], item


def _params(spec: Spec, op: dict[str, Any], item: dict[str, Any]) -> list[dict[str, Any]]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for source in (item, op):
        for param in source.get("parameters") or []:
            param = _deref(spec, param)
            if isinstance(param, dict) and "name" in param and "in" in param:
                merged[(str(param["name"]), str(param["in"]))] = param
    return list(merged.values())


def _schema_has(spec: Spec, schema: Any, dotted: str) -> bool:
    """Does a response schema have the (wire) property path `a.b`?"""
    current = schema
    for part in dotted.split("."):
        current = _deref(spec, current)
        if not isinstance(current, dict):
            return False
        found = None
        for candidate in [
            current,
            *[
                _deref(spec, m)
                for m in current.get("allOf", [])
                + current.get("anyOf", [])
                + current.get("oneOf", [])
            ],
        ]:
            if isinstance(candidate, dict) and part in (candidate.get("properties") or {}):
                found = candidate["properties"][part]
                break
        if found is None:
            return False
        current = found
    return True


def _success_schema(spec: Spec, op: dict[str, Any]) -> Any:
    for code, response in (op.get("responses") or {}).items():
        if str(code).startswith("2"):
            response = _deref(spec, response) or {}
            for media, obj in (response.get("content") or {}).items():
                if "json" in media and isinstance(obj, dict):
                    return obj.get("schema")
    return None


def check_general(spec: Spec) -> list[Problem]:
    problems: list[Problem] = []
    seen_ids: dict[str, str] = {}
    for path, method, op, item in _operations(spec):
        where = ["paths", path, method]
        op_id = op.get("operationId")
        if isinstance(op_id, str):
            if op_id in seen_ids:
                problems.append(
                    spec.problem(
                        [*where, "operationId"],
                        f"duplicate operationId {op_id!r} (also used by {seen_ids[op_id]})",
                    )
                )
            else:
                seen_ids[op_id] = f"{method.upper()} {path}"
        params = _params(spec, op, item)
        declared = {p["name"] for p in params if p.get("in") == "path"}
        for name in re.findall(r"{([^}]+)}", path):
            if name not in declared:
                problems.append(
                    spec.problem(
                        where,
                        f"path parameter {{{name}}} in {path!r} is not declared in the operation's parameters",
                    )
                )
        by_name = {(p["name"], p["in"]) for p in params}
        paging = op.get("x-pagination")
        if paging is not None:
            problems.extend(
                _check_paging(
                    spec, [*where, "x-pagination"], paging, by_name, _success_schema(spec, op)
                )
            )
        idem = op.get("x-idempotency-key")
        if idem is not None and not (
            isinstance(idem, str)
            and any(n.lower() == idem.lower() and i == "header" for n, i in by_name)
        ):
            problems.append(
                spec.problem(
                    [*where, "x-idempotency-key"],
                    f"x-idempotency-key {idem!r} must name a header parameter declared on the operation",
                )
            )
        name = op.get("x-client-method")
        if name is not None and not (
            isinstance(name, str)
            and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*", name)
        ):
            problems.append(
                spec.problem(
                    [*where, "x-client-method"],
                    f"x-client-method {name!r} must be dotted identifiers such as conversations.messages.list",
                )
            )
    return problems


def _check_paging(
    spec: Spec, where: list[Any], paging: Any, params: set[tuple[str, str]], schema: Any
) -> list[Problem]:
    if not isinstance(paging, dict):
        return [spec.problem(where, "x-pagination must be a mapping")]
    problems: list[Problem] = []
    style = paging.get("style")
    if style not in ("cursor", "offset"):
        return [
            spec.problem(
                [*where, "style"],
                f"unknown x-pagination style {style!r}; expected cursor or offset",
            )
        ]
    required = {
        "cursor": ("items", "cursor-param", "next-cursor"),
        "offset": ("items", "offset-param"),
    }[style]
    for key in required:
        if not isinstance(paging.get(key), str):
            problems.append(spec.problem(where, f"x-pagination ({style}) needs `{key}`"))
    for key in ("cursor-param", "offset-param", "limit-param"):
        value = paging.get(key)
        if isinstance(value, str) and (value, "query") not in params:
            problems.append(
                spec.problem(
                    [*where, key], f"{key} {value!r} is not a query parameter of the operation"
                )
            )
    for key in ("items", "next-cursor", "total"):
        value = paging.get(key)
        if isinstance(value, str) and not _schema_has(spec, schema, value):
            problems.append(
                spec.problem(
                    [*where, key], f"{key} {value!r} is not a field of the success response"
                )
            )
    return problems


def _examples(spec: Spec) -> Iterator[tuple[list[Any], Any, list[Any]]]:
    """(place of the example, its value, place of its schema) for media types and parameters."""

    def walk(value: Any, parts: list[Any]) -> Iterator[tuple[list[Any], Any, list[Any]]]:
        if isinstance(value, dict):
            if (
                "schema" in value
                and ("example" in value or "examples" in value)
                and not isinstance(value.get("schema"), bool)
            ):
                schema_at = [*parts, "schema"]
                if "example" in value:
                    yield [*parts, "example"], value["example"], schema_at
                examples = value.get("examples")
                if isinstance(examples, dict):
                    for name, ex in examples.items():
                        ex = _deref(spec, ex)
                        if isinstance(ex, dict) and "value" in ex:
                            yield [*parts, "examples", name, "value"], ex["value"], schema_at
            for key, item in value.items():
                if key not in ("example", "examples", "schema"):
                    yield from walk(item, [*parts, key])
        elif isinstance(value, list):
            for index, item in enumerate(value):
                yield from walk(item, [*parts, index])

    yield from walk(spec.data.get("paths") or {}, ["paths"])
    yield from walk(spec.data.get("components") or {}, ["components"])


def check_examples(spec: Spec) -> list[Problem]:
    """Every example embedded on a media type or parameter validates against its schema."""
    from jsonschema import Draft202012Validator, FormatChecker
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", DRAFT202012.create_resource(spec.data)
    )
    problems: list[Problem] = []
    for where, value, schema_at in _examples(spec):
        validator = Draft202012Validator(
            {"$ref": "urn:spec#" + pointer(schema_at)[1:]},
            registry=registry,
            format_checker=FormatChecker(),
        )
        for error in sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path)):
            inner = [*where, *error.absolute_path]
            problems.append(
                spec.problem(inner, f"example does not match its schema: {error.message[:300]}")
            )
    return problems


def check_curated(spec: Spec) -> list[Problem]:
    problems: list[Problem] = []
    for path, method, op, _ in _operations(spec):
        where = ["paths", path, method]
        if not isinstance(op.get("operationId"), str):
            problems.append(spec.problem(where, "operation has no operationId"))
        if not isinstance(op.get("x-client-method"), str):
            problems.append(
                spec.problem(
                    where, "operation has no x-client-method (resource.method name for the client)"
                )
            )
        for code, response in (op.get("responses") or {}).items():
            if str(code)[:1] in "45":
                resolved = _deref(spec, response) or {}
                content = resolved.get("content") or {}
                if not any(isinstance(obj, dict) and "schema" in obj for obj in content.values()):
                    problems.append(
                        spec.problem(
                            [*where, "responses", str(code)],
                            f"error response {code} has no schema for its body",
                        )
                    )
    problems.extend(check_examples(spec))
    return problems


def check_rules(spec: Spec) -> list[Problem]:
    problems = check_general(spec)
    info = spec.data.get("info")
    if isinstance(info, dict) and isinstance(info.get("x-client"), dict):
        problems.extend(check_curated(spec))
    return problems
