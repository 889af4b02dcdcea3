"""Realistic values and calls for the READMEs and the tests: the spec's examples where it has them,
else values that satisfy the schema as far as a placeholder can."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator import ir
from generator.document import example_of
from generator.schemas.registry import schema_types

Resolve = Callable[[Any], dict[str, Any]]

_FORMAT_SAMPLES = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "email": "user@example.com",
    "uri": "https://example.com",
    "url": "https://example.com",
}


def placeholder(schema: Any, name: str, resolve: Resolve | None = None) -> str:
    """A realistic literal (Python source) for a value that has no example."""
    return repr(sample(schema, name, resolve or (lambda s: s), 0))


def sample(schema: Any, name: str, resolve: Resolve, depth: int, full: bool = False) -> Any:
    """A value that satisfies `schema` as far as a placeholder can: required properties filled in."""
    if not isinstance(schema, dict):
        return f"{name}-1" if name else "value"
    schema = resolve(schema)
    if "const" in schema:
        return schema["const"]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return next((v for v in schema["enum"] if v is not None), None)
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    example = example_of(schema)
    if example is not None:
        return example
    for key in ("oneOf", "anyOf", "allOf"):
        members = [m for m in schema.get(key) or [] if isinstance(m, dict)]
        if members and depth < 6:
            if key == "allOf":
                merged: dict[str, Any] = {}
                for member in members:
                    value = sample(member, name, resolve, depth + 1)
                    if isinstance(value, dict):
                        merged.update(value)
                return merged
            non_null = [m for m in members if resolve(m).get("type") != "null"] or members
            if key == "oneOf":  # the most specific member: an empty object would match several
                non_null.sort(key=lambda m: -len(resolve(m).get("properties") or {}))
            # every property of the chosen member, so the value matches exactly one member of a oneOf
            return sample(non_null[0], name, resolve, depth + 1, full=key == "oneOf")
    types = [t for t in schema_types(schema) if t != "null"]
    kind = (
        types[0]
        if types
        else ("object" if schema.get("properties") else "array" if "items" in schema else "string")
    )
    fmt = schema.get("format")
    if kind == "integer":
        low = schema.get("minimum", 1)
        return int(low) if isinstance(low, (int, float)) and not isinstance(low, bool) else 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "array":
        return [sample(schema.get("items", {}), name, resolve, depth + 1)] if depth < 6 else []
    if kind == "object":
        props = schema.get("properties") or {}
        chosen = list(props) if full else [r for r in schema.get("required") or [] if r in props]
        return {r: sample(props[r], r, resolve, depth + 1) for r in chosen} if depth < 6 else {}
    if fmt == "binary":
        return b"data"
    if isinstance(fmt, str) and fmt in _FORMAT_SAMPLES:
        return _FORMAT_SAMPLES[fmt]
    return f"{name}-1" if name else "value"


def example_call(call_path: str, params: tuple[ir.Param, ...], body: ir.Body | None) -> str:
    """Python source of a call with realistic arguments (READMEs show it, tests run it)."""
    args = [p.example_lit or "''" for p in params if p.location == "path"]
    kwargs = [f"{p.py_name}={p.example_lit}" for p in params if p.location != "path" and p.required]
    if body is not None:
        if body.overloads:
            kwargs += [
                f"{f.py_name}={f.example_lit}" for f in body.overloads[0].fields if f.required
            ]
        elif body.fields:
            wanted = [f for f in body.fields if f.required or f.py_name in body.example_fields]
            kwargs += [f"{f.py_name}={f.example_lit}" for f in wanted]
        elif body.whole_annotation is not None and body.required:
            kwargs.append(f"{body.whole_name}={body.example_lit}")
    return f"client.{call_path}({', '.join(args + kwargs)})"
