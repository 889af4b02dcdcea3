"""Rules for the project's own specs (those with `info.x-client`): every operation has an operationId
and an `x-client-method`, every 4xx/5xx response a schema, and every embedded example validates
against its schema (JSON Schema 2020-12, as OpenAPI 3.1 uses it)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.errors import Problem
from generator.load.document import Document, pointer


def check(document: Document) -> list[Problem]:
    problems: list[Problem] = []
    for op in document.operations:
        if not isinstance(op.op.get("operationId"), str):
            problems.append(document.problem(op.where, "operation has no operationId"))
        if not isinstance(op.op.get("x-client-method"), str):
            problems.append(
                document.problem(
                    op.where,
                    "operation has no x-client-method (resource.method name for the client)",
                )
            )
        responses = op.op.get("responses")
        for code, response in (responses if isinstance(responses, dict) else {}).items():
            if str(code)[:1] in "45":
                resolved = document.deref(response)
                content = resolved.get("content") if isinstance(resolved, dict) else None
                content = content if isinstance(content, dict) else {}
                if not any(isinstance(obj, dict) and "schema" in obj for obj in content.values()):
                    problems.append(
                        document.problem(
                            [*op.where, "responses", str(code)],
                            f"error response {code} has no schema for its body",
                        )
                    )
    problems.extend(check_examples(document))
    return problems


def _examples(document: Document) -> Iterator[tuple[list[Any], Any, list[Any]]]:
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
                        ex = document.deref(ex)
                        if isinstance(ex, dict) and "value" in ex:
                            yield [*parts, "examples", name, "value"], ex["value"], schema_at
            for key, item in value.items():
                if key not in ("example", "examples", "schema"):
                    yield from walk(item, [*parts, key])
        elif isinstance(value, list):
            for index, item in enumerate(value):
                yield from walk(item, [*parts, index])

    yield from walk(document.data.get("paths") or {}, ["paths"])
    yield from walk(document.data.get("components") or {}, ["components"])


def check_examples(document: Document) -> list[Problem]:
    """Every example embedded on a media type or parameter validates against its schema."""
    from jsonschema import Draft202012Validator, FormatChecker
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", DRAFT202012.create_resource(document.data)
    )
    problems: list[Problem] = []
    for where, value, schema_at in _examples(document):
        validator = Draft202012Validator(
            {"$ref": "urn:spec#" + pointer(schema_at)[1:]},
            registry=registry,
            format_checker=FormatChecker(),
        )
        try:
            errors = sorted(validator.iter_errors(value), key=lambda e: list(map(str, e.path)))
        except Exception as exc:  # a malformed schema (`allOf: {}`) the validator refuses as well
            problems.append(
                document.problem(
                    schema_at,
                    "the example cannot be checked: its schema cannot be evaluated "
                    f"({type(exc).__name__}: {str(exc).splitlines()[0][:160] if str(exc) else ''})",
                )
            )
            continue
        for error in errors:
            inner = [*where, *error.absolute_path]
            problems.append(
                document.problem(inner, f"example does not match its schema: {error.message[:300]}")
            )
    return problems
