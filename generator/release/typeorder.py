"""Is one annotation wider than another? A small subtype order over the annotations we generate.

An annotation (source text) becomes a set of atoms, its union members: a `Literal` gives one atom per
value, `Annotated[...]` and `NotGiven` are dropped, `_models.X` is `X`, `List`/`Sequence` and
`Dict`/`Mapping` keep their element types. `A <= B` when every atom of A fits some atom of B (a
literal fits its base type, `int` fits `float`, anything fits `Any`; containers compare their
elements). Good enough to grade changes; an annotation it cannot read compares only as equal or not.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Literal

Relation = Literal["same", "wider", "narrower", "changed"]

_ALIASES = {
    "List": "list",
    "Dict": "dict",
    "Sequence": "list",
    "Mapping": "dict",
    "Tuple": "tuple",
    "Set": "set",
    "FrozenSet": "frozenset",
    "Type": "type",
}
_DROPPED = {"NotGiven"}
_TOP = {"Any", "object"}
_NUMERIC = {"bool": ("int", "float"), "int": ("float",)}


@dataclass(frozen=True)
class Atom:
    """One member of a union: a literal value, a plain name, or a generic with its argument types."""

    name: str  # "str", "Conversation", "list"; for a literal, the literal's base type
    args: tuple[frozenset[Atom], ...] = ()
    literal: str | None = None  # repr of the value, for a Literal member

    def show(self) -> str:
        if self.literal is not None:
            return f"Literal[{self.literal}]"
        if self.args:
            return f"{self.name}[{', '.join(show(a) for a in self.args)}]"
        return self.name


def show(atoms: frozenset[Atom]) -> str:
    return " | ".join(sorted(a.show() for a in atoms)) or "Never"


def parse(annotation: str) -> frozenset[Atom]:
    try:
        node = ast.parse(annotation.strip() or "Any", mode="eval").body
    except SyntaxError:
        return frozenset({Atom(annotation.strip())})
    return frozenset(_atoms(node))


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ast.unparse(node)


def _args(node: ast.expr) -> list[ast.expr]:
    return list(node.elts) if isinstance(node, ast.Tuple) else [node]


def _atoms(node: ast.expr) -> set[Atom]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _atoms(node.left) | _atoms(node.right)
    if isinstance(node, ast.Constant) and node.value is None:
        return {Atom("None")}
    if isinstance(node, ast.Constant) and isinstance(node.value, str):  # a quoted forward reference
        return set(parse(node.value))
    if isinstance(node, ast.Subscript):
        origin = _name(node.value)
        args = _args(node.slice)
        if origin == "Literal":
            out: set[Atom] = set()
            for arg in args:
                value = ast.literal_eval(arg) if isinstance(arg, ast.Constant) else ast.unparse(arg)
                base = type(value).__name__ if value is not None else "None"
                out.add(Atom(base, literal=repr(value)) if value is not None else Atom("None"))
            return out
        if origin == "Annotated":
            return _atoms(args[0])
        if origin == "Optional":
            return _atoms(args[0]) | {Atom("None")}
        if origin == "Union":
            return set().union(*(_atoms(a) for a in args))
        return {Atom(_ALIASES.get(origin, origin), tuple(frozenset(_atoms(a)) for a in args))}
    name = _name(node)
    if name in _DROPPED:
        return set()
    return {Atom(_ALIASES.get(name, name))}


def atom_le(a: Atom, b: Atom) -> bool:
    """Does every value of `a` fit `b`?"""
    if a == b or (b.name in _TOP and not b.args and b.literal is None):
        return True
    if b.literal is not None:
        return False
    if a.literal is not None:
        return (a.name == b.name and not b.args) or b.name in _NUMERIC.get(a.name, ())
    if not b.args:
        return not a.args and (a.name == b.name or b.name in _NUMERIC.get(a.name, ()))
    if a.name != b.name or len(a.args) != len(b.args):
        return False
    return all(le(x, y) for x, y in zip(a.args, b.args, strict=True))


def le(a: frozenset[Atom], b: frozenset[Atom]) -> bool:
    return all(any(atom_le(x, y) for y in b) for x in a)


def relation(old: str, new: str) -> Relation:
    a, b = parse(old), parse(new)
    wider, narrower = le(a, b), le(b, a)
    if a == b or (wider and narrower):
        return "same"
    if wider:
        return "wider"
    if narrower:
        return "narrower"
    return "changed"


def literals(annotation: str) -> set[str]:
    """The `Literal` values an annotation names (top level), as reprs."""
    return {a.literal for a in parse(annotation) if a.literal is not None}


def plain(annotation: str) -> frozenset[Atom]:
    """The union without its `Literal` members."""
    return frozenset(a for a in parse(annotation) if a.literal is None)


def is_open_enum(annotation: str) -> bool:
    """Literal values next to their own base type: the open enums of response models."""
    atoms = parse(annotation)
    plain = {a for a in atoms if a.literal is None}
    return any(a.literal is not None and any(atom_le(a, p) for p in plain) for a in atoms)
