"""What must hold before a document can be read at all: an OpenAPI 3.0/3.1 version, and references
that resolve locally and end in something."""

from __future__ import annotations

from generator.errors import Problem
from generator.load.document import Document, resolve_pointer, walk_nodes


def version_problem(document: Document) -> Problem | None:
    data = document.data
    if "swagger" in data:
        return document.problem(
            ["swagger"],
            f"this is Swagger {data.get('swagger')} (OpenAPI 2); convert it to OpenAPI 3 first "
            "(for example with swagger2openapi) and generate from the converted document",
        )
    version = data.get("openapi")
    if not isinstance(version, str) or not version.startswith(("3.0.", "3.1.")):
        return document.problem(
            ["openapi"] if "openapi" in data else [],
            f"unsupported or missing `openapi` version {version!r}; expected 3.0.x or 3.1.x",
        )
    return None


def reference_problems(document: Document) -> list[Problem]:
    """Every `$ref` must resolve locally, and a chain of `$ref`s must end in something."""
    problems: list[Problem] = []
    for parts, value in walk_nodes(document.data):
        if not (isinstance(value, dict) and isinstance(value.get("$ref"), str)):
            continue
        ref = value["$ref"]
        if not ref.startswith("#"):
            problems.append(
                document.problem(
                    [*parts, "$ref"],
                    f"external reference {ref!r} is not supported; bundle the document into one file first",
                )
            )
            continue
        seen = {ref}
        current = ref
        while True:
            try:
                target = resolve_pointer(document.data, current)
            except KeyError:
                problems.append(
                    document.problem(
                        [*parts, "$ref"],
                        f"unresolvable reference {current!r}: nothing at that location",
                    )
                )
                break
            if not (isinstance(target, dict) and isinstance(target.get("$ref"), str)):
                break
            current = target["$ref"]
            if current in seen:
                problems.append(
                    document.problem(
                        [*parts, "$ref"],
                        f"circular reference {ref!r}: it leads back to itself through {current!r}",
                    )
                )
                break
            seen.add(current)
    return problems
