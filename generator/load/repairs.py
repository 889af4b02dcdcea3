"""Faults real documents carry that can still be interpreted: each found where it is, then repaired.

Every repair changes the document in place (so the validator and every later stage read the repaired
one) and returns one located Problem per fault it repaired. Strict mode refuses on those problems; with
`--lenient` they are warnings and the repaired document is generated. The repairs:

- a response code written as a bare YAML integer (`200:`) is read as the string `"200"`;
- a `{name}` of a path template that the operation does not declare becomes a required string path
  parameter;
- a `default` whose JSON type is not one its schema allows (`"false"` for a boolean) is dropped.

Each runs before the validator, which would otherwise crash (integer keys) or lose the place of the
fault (defaults).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.errors import Problem
from generator.load.document import HTTP_METHODS, Document, walk_nodes


def repair(document: Document, lenient: bool) -> list[Problem]:
    """Apply every repair to `document.data`; the faults repaired (warnings when `lenient`)."""
    found: list[Problem] = []
    for repair_one in (_integer_response_codes, _undeclared_path_parameters, _mistyped_defaults):
        found += [
            document.problem(
                parts,
                f"{fault}: {repaired}" if lenient else f"{fault} (--lenient: {repaired})",
                warning=lenient,
            )
            for parts, fault, repaired in repair_one(document)
        ]
    return found


Fault = tuple[tuple[Any, ...], str, str]  # where, the fault, what the repair makes of it


def _operations(data: dict[str, Any]) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """(where, operation) of every operation under `paths` and `webhooks` (not through `$ref`)."""
    for section in ("paths", "webhooks"):
        items = data.get(section)
        for path, item in (items if isinstance(items, dict) else {}).items():
            if isinstance(item, dict):
                for method in HTTP_METHODS:
                    if isinstance(item.get(method), dict):
                        yield (section, path, method), item[method]


def _integer_response_codes(document: Document) -> list[Fault]:
    faults: list[Fault] = []
    places = [(where, op.get("responses")) for where, op in _operations(document.data)]
    for where, responses in places:
        if not isinstance(responses, dict) or not any(
            isinstance(code, int) and not isinstance(code, bool) for code in responses
        ):
            continue
        fixed: dict[str, Any] = {}
        for code, response in responses.items():
            if isinstance(code, int) and not isinstance(code, bool):
                faults.append(
                    (
                        (*where, "responses", str(code)),
                        f"response code {code} is a YAML integer; OpenAPI requires a string "
                        f'(write "{code}")',
                        f'read as the string "{code}"',
                    )
                )
            fixed[str(code)] = response
        responses.clear()
        responses.update(fixed)
    return faults


def _undeclared_path_parameters(document: Document) -> list[Fault]:
    faults: list[Fault] = []
    for op in document.operations:
        declared = {p.name for p in document.parameters(op) if p.location == "path"}
        for name in op.path_names:
            if name in declared:
                continue
            params = op.op.setdefault("parameters", [])
            if not isinstance(params, list):
                continue
            params.append(
                {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
            )
            declared.add(name)
            faults.append(
                (
                    op.where,
                    f"path parameter {{{name}}} in {op.path!r} is not declared in the operation's "
                    "parameters",
                    "taken as a required string path parameter",
                )
            )
    return faults


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def _type_fits(value: Any, kind: str) -> bool:
    if kind == "null":
        return value is None
    allowed = _JSON_TYPES.get(kind)
    if allowed is None:
        return True  # a type we do not know: not ours to judge
    if isinstance(value, bool) and kind != "boolean":
        return False
    if kind == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, allowed)


def _mistyped_defaults(document: Document) -> list[Fault]:
    faults: list[Fault] = []
    openapi30 = str(document.data.get("openapi", "")).startswith("3.0")
    for parts, node in list(walk_nodes(document.data, name_maps=False, objects_only=True)):
        if not (isinstance(node, dict) and "default" in node and _is_schema_place(parts)):
            continue
        raw = node.get("type")
        kinds = [raw] if isinstance(raw, str) else list(raw) if isinstance(raw, list) else []
        if not kinds or not all(isinstance(k, str) for k in kinds):
            continue
        if openapi30 and node.get("nullable") is True:
            kinds.append("null")
        value = node["default"]
        if any(_type_fits(value, kind) for kind in kinds):
            continue
        del node["default"]
        faults.append(
            (
                (*parts, "default"),
                f"`default` {value!r} is not of type {' or '.join(repr(k) for k in kinds)}",
                "dropped (the parameter or field has no default)",
            )
        )
    return faults


def _is_schema_place(parts: tuple[Any, ...]) -> bool:
    """Is the node at `parts` a schema (not a parameter, a server variable, an example)?"""
    return "schema" in parts or "schemas" in parts
