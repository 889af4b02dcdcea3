"""Type mapping: a JSON schema -> the Python annotation (as source text) the generated code uses.

Containers are spelled `List`/`Dict`: a resource may have a method named `list`, which would shadow
the builtin inside its class body. "input" types what a caller passes: enums are strict `Literal`s so
mypy catches a wrong value, arrays accept any sequence, objects accept the model or a dict typed by
the model's TypedDict (`_params.SendMessageBodyParam`). "param" is the same inside those TypedDicts
(nested objects are TypedDicts of the same module). "output" types what a caller gets back: enums
stay open (`Literal[...] | str`) because providers add values. The TypedDicts an input annotation
names are recorded (`used_params`), so that only those are generated.
"""

from __future__ import annotations

from typing import Any, Literal

from generator.models.datamodel import ModelIndex
from generator.models.registry import SchemaRegistry, schema_types

Mode = Literal["input", "output", "file", "param"]

# Every name an "output" annotation made here can contain (what a call returns, a page's items): a
# method body that spells such a type (`SyncCursorPage[...]`) refers to these names.
OUTPUT_VOCABULARY = (
    "Any",
    "Dict",
    "List",
    "Literal",
    "str",
    "int",
    "float",
    "bool",
    "bytes",
    "_models",
)

_PRIMITIVES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "null": "None",
}


def join_union(parts: list[str]) -> str:
    """`a | b | None`, deduplicated, None last, Any absorbing everything."""
    seen: list[str] = []
    for part in parts:
        for piece in _split_top(part):
            if piece not in seen:
                seen.append(piece)
    if "Any" in seen:
        return "Any"
    if "None" in seen:
        seen = [p for p in seen if p != "None"] + ["None"]
    return " | ".join(seen) if seen else "Any"


def _split_top(annotation: str) -> list[str]:
    """Split `a | b[c | d]` at top-level bars only."""
    parts, depth, current = [], 0, ""
    for ch in annotation:
        if ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += ch
    parts.append(current.strip())
    return [p for p in parts if p]


class TypeMapper:
    def __init__(
        self,
        registry: SchemaRegistry,
        index: ModelIndex,
        param_names: dict[str, str] | None = None,
    ) -> None:
        self.registry = registry
        self.index = index
        self.param_names = param_names or {}  # model class -> the name of its TypedDict
        self.used_params: dict[str, None] = {}  # model classes whose TypedDict an annotation names

    def _model_annotation(self, name: str, mode: Mode) -> str:
        if mode == "output":
            return f"_models.{name}"
        param = self.param_names.get(name)
        if param is None:
            return f"_models.{name} | Dict[str, Any]"
        self.used_params[name] = None
        return param if mode == "param" else f"_models.{name} | _params.{param}"

    def model_class(self, schema: dict[str, Any]) -> str | None:
        """The generated (non-root) model class a schema refers to, if any."""
        name = self.registry.ref_name(schema)
        if name is not None and name in self.index.classes and not self.index.classes[name].is_root:
            return name
        return None

    def annotation(self, schema: Any, mode: Mode, _visiting: frozenset[str] = frozenset()) -> str:
        if not isinstance(schema, dict) or not schema:
            return "Any"
        name = self.registry.ref_name(schema)
        if name is not None:
            cls = self.index.classes.get(name)
            if cls is not None and not cls.is_root:
                return self._model_annotation(name, mode)
            if name in _visiting or name not in self.registry.schemas:
                return f"_models.{name}" if cls is not None and mode != "param" else "Any"
            return self.annotation(self.registry.schemas[name], mode, _visiting | {name})
        types = schema_types(schema)
        nullable = "null" in types
        if "const" in schema:
            return join_union([f"Literal[{schema['const']!r}]"] + (["None"] if nullable else []))
        enum = schema.get("enum")
        if (
            isinstance(enum, list)
            and enum
            and all(isinstance(v, (str, int, bool)) or v is None for v in enum)
        ):
            values = [v for v in enum if v is not None]
            parts = [f"Literal[{', '.join(repr(v) for v in values)}]"] if values else []
            if mode == "output":
                parts.extend(
                    _PRIMITIVES[t] for t in types if t in ("string", "integer") and t != "null"
                )
                if not types:
                    parts.extend(
                        sorted(
                            {
                                "str" if isinstance(v, str) else "int"
                                for v in values
                                if not isinstance(v, bool)
                            }
                        )
                    )
            if nullable or None in enum:
                parts.append("None")
            return join_union(parts)
        for key in ("oneOf", "anyOf"):
            members = schema.get(key)
            if isinstance(members, list) and members:
                parts = [self.annotation(m, mode, _visiting) for m in members]
                if nullable:
                    parts.append("None")
                return join_union(parts)
        all_of = schema.get("allOf")
        if isinstance(all_of, list):
            if len(all_of) == 1:
                return join_union(
                    [self.annotation(all_of[0], mode, _visiting)] + (["None"] if nullable else [])
                )
            return "Dict[str, Any]" if mode != "output" else "Any"
        if not types:
            if schema.get("properties") or "additionalProperties" in schema:
                types = ["object"]
            elif "items" in schema:
                types = ["array"]
            else:
                return "Any"
        parts = [self._single(t, schema, mode, _visiting) for t in types]
        return join_union(parts)

    def _single(
        self, kind: str, schema: dict[str, Any], mode: Mode, visiting: frozenset[str]
    ) -> str:
        if kind == "string":
            if (
                schema.get("format") == "binary"
                or schema.get("contentMediaType") == "application/octet-stream"
            ):
                return "FileTypes" if mode == "file" else "bytes"
            if mode != "output" and schema.get("format") in ("date-time", "date"):
                # a caller may pass the datetime it has; it goes out in ISO 8601
                return ("datetime" if schema["format"] == "date-time" else "date") + " | str"
            return "str"
        if kind in _PRIMITIVES:
            return _PRIMITIVES[kind]
        if kind == "array":
            item_mode: Mode = mode
            item = self.annotation(schema.get("items", {}), item_mode, visiting)
            if mode == "output":
                return f"List[{item}]"
            return f"Sequence[{item}]"
        if kind == "object":
            extra = schema.get("additionalProperties")
            value = (
                self.annotation(extra, mode, visiting)
                if isinstance(extra, dict) and extra
                else "Any"
            )
            return f"Dict[str, {value}]" if mode == "output" else f"Mapping[str, {value}]"
        return "Any"
