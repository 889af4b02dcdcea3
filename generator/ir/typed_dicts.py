"""TypedDicts for the request-side object schemas -> `ir.TypedDictType`s (the package's `params.py`).

A method argument typed by a model also takes a dict; its TypedDict (`SendMessageBodyParam`, named
after the model) lets a type checker check that dict too: its keys (wire names), which are required,
the types of the values, nested objects as TypedDicts in turn. Only the TypedDicts an argument reaches
are generated; readOnly properties, which the server sets, are left out.
"""

from __future__ import annotations

import keyword
from typing import Any

from generator.ir import nodes as ir
from generator.ir.context import Context, lit
from generator.models.datamodel import ModelIndex
from generator.naming import comment, unique


def param_names(index: ModelIndex, taken: set[str]) -> dict[str, str]:
    """The TypedDict name of every model class, `<Model>Param`, unique among the package's exports."""
    names: dict[str, str] = {}
    used = set(taken) | set(index.classes)
    for cls in index.classes.values():
        if not cls.is_root:
            names[cls.name] = unique(f"{cls.name}Param", used)
    return names


def build_typed_dicts(ctx: Context) -> tuple[ir.TypedDictType, ...]:
    """The TypedDict of every model the method signatures name, and of every model those reach."""
    built: dict[str, ir.TypedDictType] = {}
    types = ctx.types
    while True:
        pending = [name for name in types.used_params if name not in built]
        if not pending:
            break
        for name in pending:
            built[name] = _typed_dict(ctx, name)
    order = list(ctx.index.classes)
    return tuple(built[name] for name in sorted(built, key=order.index))


def _typed_dict(ctx: Context, model: str) -> ir.TypedDictType:
    schema = ctx.registry.resolve(ctx.registry.schemas.get(model, {}))
    props, required = _properties(ctx, schema)
    keys: list[ir.TypedDictKey] = []
    for wire, prop in props.items():
        target = ctx.registry.resolve(prop)
        if target.get("readOnly") is True or prop.get("readOnly") is True:
            continue
        annotation = ctx.types.annotation(prop, "param")
        if wire in required:
            annotation = f"Required[{annotation}]"
        doc = comment(target.get("description") or prop.get("description"))
        keys.append(ir.TypedDictKey(lit(wire), annotation, lit(annotation), doc, wire))
    doc = comment(schema.get("description")) or f"`{model}` as a dict (wire names)."
    identifiers = all(k.name.isidentifier() and not keyword.iskeyword(k.name) for k in keys)
    return ir.TypedDictType(
        ctx.types.param_names[model], doc, tuple(keys), class_syntax=identifiers
    )


def _properties(ctx: Context, schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """The properties of an object schema and of its allOf parts, and which are required."""
    parts = [schema]
    if isinstance(schema.get("allOf"), list):
        parts = [ctx.registry.resolve(p) for p in schema["allOf"] if isinstance(p, dict)] + [schema]
    props: dict[str, Any] = {}
    required: set[str] = set()
    for part in parts:
        for wire, prop in (part.get("properties") or {}).items():
            props[str(wire)] = prop if isinstance(prop, dict) else {}
        required.update(r for r in part.get("required") or [] if isinstance(r, str))
    return props, required
