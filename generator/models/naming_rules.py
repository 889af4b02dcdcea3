"""Where an operation lives in the client when the spec does not say (`x-client-method`): the names a
person would write, `client.conversations.messages.create(...)`.

The rules, in order (each has a test in `tests/codegen_tests/test_naming.py`):

1. Resources come from the path's static segments, version and `api` segments left out
   (`/api/v1/conversations/{id}/messages` -> `conversations.messages`); a path with no static
   segment takes its first tag, else `root`.
2. A trailing static segment is a sub-resource when it is a collection or has more below it (another
   path continues past it, or two or more operations sit on it); else it is an action of the
   resource before it (`POST /accounts/{id}/follow` -> `accounts.follow`).
3. The method comes from the shape: on a collection GET `list`, POST `create`; on an item (the path
   ends in a parameter) GET `retrieve`, PUT/PATCH `update`, DELETE `delete`; PUT/PATCH/DELETE on a
   collection `update`/`delete`. Any other shape, and every operation that would take a name already
   taken, is named from its operationId (`:`, `/`, kebab and camel case all split into words), the
   resource's own noun left out (`createAddOn` on `add_ons` -> `create`), else from its method and
   path.
4. Collisions are resolved in document order: the first keeps the name, a later one is named from its
   operationId, then numbered (`_2`); a method never shares its name with a sub-resource (`_`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from generator.load.document import PathOperation
from generator.naming import RESERVED_ATTRS, ascii_words, snake, unique

_VERSION = re.compile(r"^v\d+([._-]\d+)*([._-]?(alpha|beta)\d*)?$", re.I)
_SKIPPED = frozenset({"api", "rest"})

_ON_COLLECTION = {
    "get": "list",
    "post": "create",
    "put": "update",
    "patch": "update",
    "delete": "delete",
}
_ON_ITEM = {"get": "retrieve", "put": "update", "patch": "update", "delete": "delete"}


@dataclass(frozen=True)
class _Shape:
    statics: tuple[str, ...]  # the path's static segments that name things, in order
    item: bool  # the path ends in a parameter
    key: tuple[str, ...]  # the path with every parameter as "{}", for counting what lies below


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def _shape(path: str) -> _Shape:
    parts = _segments(path)
    statics: list[str] = []
    key: list[str] = []
    for part in parts:
        if "{" in part:
            key.append("{}")
            continue
        key.append(part.lower())
        if _VERSION.match(part) or part.lower() in _SKIPPED:
            continue
        statics.append(part)
    item = bool(parts) and "{" in parts[-1]
    return _Shape(tuple(statics), item, tuple(key))


def derived_names(ops: Sequence[PathOperation]) -> list[tuple[tuple[str, ...], str, str]]:
    """(resource path, preferred method, fallback method) for each operation, by the rules above."""
    shapes = [_shape(op.path) for op in ops]
    below: dict[tuple[str, ...], int] = {}  # path key -> operations on it or further down
    on: dict[tuple[str, ...], int] = {}
    for shape in shapes:
        on[shape.key] = on.get(shape.key, 0) + 1
        for i in range(1, len(shape.key)):
            below[shape.key[:i]] = below.get(shape.key[:i], 0) + 1
    out: list[tuple[tuple[str, ...], str, str]] = []
    for op, shape in zip(ops, shapes, strict=True):
        statics = [snake(s, fallback="resource", reserved=RESERVED_ATTRS) for s in shape.statics]
        if not statics:
            tags = op.op.get("tags")
            first = (
                tags[0] if isinstance(tags, list) and tags and isinstance(tags[0], str) else "root"
            )
            resource: tuple[str, ...] = (snake(first, fallback="root", reserved=RESERVED_ATTRS),)
            preferred = (_ON_ITEM if shape.item else _ON_COLLECTION).get(op.method, "")
        elif shape.item:
            resource = tuple(statics)
            preferred = _ON_ITEM.get(op.method, "")
        else:
            collection = below.get(shape.key, 0) > 0 or on[shape.key] > 1
            if collection or len(statics) == 1:
                resource = tuple(statics)
                preferred = _ON_COLLECTION.get(op.method, "")
            else:  # an action of the resource before it
                resource = tuple(statics[:-1])
                preferred = statics[-1]
        fallback = _from_operation_id(op, resource)
        out.append((resource, preferred or fallback, fallback))
    return out


def _from_operation_id(op: PathOperation, resource: tuple[str, ...]) -> str:
    """The operationId's words without the resource's own noun, else the method and path."""
    source = op.operation_id or f"{op.method} {op.path}"
    words = [w.lower() for w in ascii_words(source)]
    noun = resource[-1].split("_") if resource else []
    kept = _without(words, noun)
    if kept and len(noun) > 0 and noun[-1].endswith("s"):
        kept = _without(kept, [*noun[:-1], _singular(noun[-1])])
    if not kept:
        kept = words
    return snake("_".join(kept), fallback=op.method, reserved=RESERVED_ATTRS)


def _without(words: list[str], noun: list[str]) -> list[str]:
    """`words` with every run equal to `noun` (or its plural) taken out."""
    if not noun:
        return words
    forms = [noun, [*noun[:-1], noun[-1] + "s"], [*noun[:-1], _singular(noun[-1])]]
    out: list[str] = []
    i = 0
    while i < len(words):
        for form in forms:
            if form and words[i : i + len(form)] == form:
                i += len(form)
                break
        else:
            out.append(words[i])
            i += 1
    return out


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith("sses") or word.endswith("ches") or word.endswith("shes"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 1:
        return word[:-1]
    return word


def assign(
    wanted: Sequence[tuple[tuple[str, ...], str, str] | None],
    explicit: Sequence[tuple[tuple[str, ...], str] | None],
    kept: Mapping[tuple[str, ...], set[str]] | None = None,
) -> list[tuple[tuple[str, ...], str]]:
    """The final (resource, method) of every operation: explicit names first, then derived ones in
    document order (the first keeps a name, a later one takes its fallback, then a number); `kept`:
    names of a resource no operation may take."""
    taken: dict[tuple[str, ...], set[str]] = {r: set(m) for r, m in (kept or {}).items()}
    names: list[tuple[tuple[str, ...], str] | None] = [None] * len(wanted)
    for i, name in enumerate(explicit):
        if name is not None:
            resource, method = name
            names[i] = (resource, unique(method, taken.setdefault(resource, set())))
    for i, want in enumerate(wanted):
        if names[i] is not None or want is None:
            continue
        resource, preferred, fallback = want
        used = taken.setdefault(resource, set())
        choice = preferred if preferred not in used else fallback
        names[i] = (resource, unique(choice, used))
    done = [n for n in names if n is not None]
    assert len(done) == len(names)
    return done
