"""Schemas and their names: every object schema the client touches becomes a named component.

The registry copies `components.schemas` under valid, unique PascalCase names and hoists every inline
object schema (request bodies, responses, structured parameters, nested properties, array items, union
members) into a component with a readable name (`SendMessageBody`, `ConversationContact`). That makes
the model class names ours, known before datamodel-code-generator runs, and stable.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from generator.load.document import NAME_MAPS, escape, follow_refs, resolve_pointer, unescape
from generator.naming import pascal, unique

SCHEMA_PREFIX = "#/components/schemas/"

_UNION_KEYS = ("oneOf", "anyOf")

# Siblings of a `$ref` that describe it without changing its shape (any other makes it a new schema).
_ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "summary",
        "readOnly",
        "writeOnly",
        "deprecated",
        "example",
        "examples",
        "default",
        "nullable",
        "externalDocs",
        "xml",
        "discriminator",
    }
)


def schema_types(schema: dict[str, Any]) -> list[str]:
    """The JSON types a schema names (3.1 lists and 3.0 `nullable` both understood)."""
    raw = schema.get("type")
    types = list(raw) if isinstance(raw, list) else [raw] if isinstance(raw, str) else []
    if schema.get("nullable") is True and "null" not in types:
        types.append("null")
    return types


def is_object_schema(
    schema: dict[str, Any], resolve: Callable[[dict[str, Any]], dict[str, Any]] | None = None
) -> bool:
    """An object with declared properties (or an allOf of objects): worth a model class."""
    types = [t for t in schema_types(schema) if t != "null"]
    parts = schema.get("allOf")
    if isinstance(parts, list) and parts:
        look = resolve or (lambda s: s)
        return any(
            isinstance(p, dict)
            and (is_object_schema(look(p), None) or "object" in schema_types(look(p)))
            for p in parts
        )
    if types and types != ["object"]:
        return False
    return bool(schema.get("properties"))


class SchemaRegistry:
    """The named schemas of one API, in the order they were named (which fixes the output order)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.schemas: dict[str, Any] = {}
        self._taken: set[str] = set()
        self._rename: dict[str, str] = {}
        self._original: dict[str, str] = {}  # component name -> its name in the document
        components = spec.get("components") or {}
        originals = components.get("schemas") or {}
        for old in originals:
            self._rename[old] = unique(pascal(str(old)), self._taken)
        for old, new in self._rename.items():
            self._original[new] = str(old)
            self.schemas[new] = self._rewrite(copy.deepcopy(originals[old]))
        for name in list(self.schemas):
            self.schemas[name] = self._hoist_nested(self.schemas[name], name)

    # -- references ---------------------------------------------------------------------------------

    def _rewrite(self, value: Any, names: bool = False) -> Any:
        """Point `$ref`s at the renamed components; inline refs to other parts of the document.
        (`names`: `value` is a map of names, such as `properties`, whose keys are no keywords.)"""
        if isinstance(value, list):
            return [self._rewrite(v) for v in value]
        if not isinstance(value, dict):
            return value
        if names:
            return {k: self._rewrite(v) for k, v in value.items()}
        ref = value.get("$ref")
        if isinstance(ref, str):
            if ref.startswith(SCHEMA_PREFIX):
                old = unescape(ref[len(SCHEMA_PREFIX) :].split("/", 1)[0])
                if old in self._rename and "/" not in ref[len(SCHEMA_PREFIX) :]:
                    rest = {
                        k: self._rewrite(v, k in NAME_MAPS and isinstance(v, dict))
                        for k, v in value.items()
                        if k != "$ref"
                    }
                    target = {"$ref": SCHEMA_PREFIX + escape(self._rename[old])}
                    shape = [
                        k for k in rest if k not in _ANNOTATIONS and not str(k).startswith("x-")
                    ]
                    if shape:  # a reference narrowed by its siblings: a schema of its own (hoisted)
                        return {"allOf": [target], **rest}
                    return {**target, **rest}
            target = resolve_pointer(self.spec, ref)
            return self._rewrite(copy.deepcopy(target))
        return {
            k: (
                self._discriminator(v)
                if k == "discriminator"
                else self._rewrite(v, k in NAME_MAPS and isinstance(v, dict))
                if k not in ("example", "examples", "default", "const", "enum")
                and not str(k).startswith(
                    "x-"
                )  # extensions are data, as the reference check reads them
                else v
            )
            for k, v in value.items()
        }

    def _discriminator(self, value: Any) -> Any:
        """A discriminator whose mapping names the renamed components (a reference or a bare name)."""
        if not isinstance(value, dict) or not isinstance(value.get("mapping"), dict):
            return value
        mapping: dict[str, Any] = {}
        for tag, target in value["mapping"].items():
            old = target
            if isinstance(target, str) and target.startswith(SCHEMA_PREFIX):
                old = unescape(target[len(SCHEMA_PREFIX) :])
            if isinstance(old, str) and old in self._rename:
                target = SCHEMA_PREFIX + escape(self._rename[old])
            mapping[tag] = target
        return {**value, "mapping": mapping}

    def original_name(self, name: str) -> str:
        """The document's name of a component (a hoisted schema has none: its own name)."""
        return self._original.get(name, name)

    def ref_name(self, schema: dict[str, Any]) -> str | None:
        """The component a schema refers to, if it is a bare reference."""
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
            return unescape(ref[len(SCHEMA_PREFIX) :])
        return None

    def resolve(self, schema: Any) -> dict[str, Any]:
        """Follow references to the schema they name (a cycle of bare references stops where it
        repeats; a schema that is not an object, such as `true`, reads as `{}`)."""

        def lookup(ref: str) -> Any:
            if not ref.startswith(SCHEMA_PREFIX):
                return None
            return self.schemas.get(unescape(ref[len(SCHEMA_PREFIX) :]))

        found = follow_refs(schema, lookup)
        return found if isinstance(found, dict) else {}

    # -- hoisting -------------------------------------------------------------------------------

    def prepare(self, schema: Any) -> dict[str, Any]:
        """A schema from an operation, with its references pointing at the renamed components."""
        if not isinstance(schema, dict):
            return {}
        rewritten: dict[str, Any] = self._rewrite(copy.deepcopy(schema))
        return rewritten

    def hoist(self, schema: dict[str, Any], hint: str, *, unions: bool = True) -> dict[str, Any]:
        """Give an inline object (or, with `unions`, a union) schema a component name; return a reference."""
        if self.ref_name(schema) is not None:
            return schema
        worthy: bool = is_object_schema(schema, self.resolve) or (
            unions and any(k in schema for k in _UNION_KEYS)
        )
        if not worthy:
            nested: dict[str, Any] = self._hoist_nested(schema, hint)
            return nested
        name = unique(pascal(hint), self._taken)
        self.schemas[name] = {}  # reserve the name before descending, so recursion sees it
        self.schemas[name] = self._hoist_nested(schema, name)
        return {"$ref": SCHEMA_PREFIX + escape(name)}

    def register(self, schema: dict[str, Any], hint: str) -> str:
        """Give any schema a component name of its own (a webhook payload that is no object, a union
        of payloads), its nested objects hoisted; return the name."""
        name = unique(pascal(hint), self._taken)
        self.schemas[name] = {}
        self.schemas[name] = self._hoist_nested(schema, name)
        return name

    def _hoist_nested(self, schema: Any, parent: str) -> Any:
        if not isinstance(schema, dict) or "$ref" in schema:
            return schema
        out = dict(schema)
        props = schema.get("properties")
        if isinstance(props, dict):
            out["properties"] = {
                key: self._child(value, f"{parent} {key}") for key, value in props.items()
            }
        items = schema.get("items")
        if isinstance(items, dict):
            out["items"] = self._child(items, f"{parent} item")
        prefix = schema.get("prefixItems")
        if isinstance(prefix, list):
            out["prefixItems"] = [
                self._child(v, f"{parent} item {i}") for i, v in enumerate(prefix)
            ]
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            out["additionalProperties"] = self._child(extra, f"{parent} value")
        for key in _UNION_KEYS:
            members = schema.get(key)
            if isinstance(members, list):
                out[key] = [
                    self._child(
                        m,
                        f"{parent} {m.get('title') or f'option {i + 1}'}"
                        if isinstance(m, dict)
                        else parent,
                    )
                    for i, m in enumerate(members)
                ]
        members = schema.get("allOf")
        if isinstance(members, list):
            out["allOf"] = [
                self._hoist_nested(m, f"{parent} part {i + 1}") for i, m in enumerate(members)
            ]
        return out

    def _child(self, schema: Any, hint: str) -> Any:
        if not isinstance(schema, dict):
            return schema
        if is_object_schema(schema, self.resolve):
            return self.hoist(schema, hint, unions=False)
        return self._hoist_nested(schema, hint)
