"""What must hold before a document can be read at all: an OpenAPI 3.0/3.1 version, and references
that resolve locally, end in something and do not contain themselves.

Every later stage follows references; the checks here make each of those walks end: no chain of
`$ref`s that loops, no reference copied into its own target (`$ref: '#'`), no schema that includes
itself through `allOf`/`anyOf`/`oneOf`/`not` (it could never be evaluated or made a class), and no
chain of schemas, each inside or included by the one before, longer than the nesting the reader
allows (`reader.MAX_DEPTH`); `shape_problems` refuses what the validator cannot read either.
"""

from __future__ import annotations

import bisect
import difflib
import re
from typing import Any

from generator.errors import Problem
from generator.load.document import Document, escape, resolve_pointer, unescape, walk_nodes
from generator.load.reader import MAX_DEPTH

SCHEMA_COMPONENT = "#/components/schemas/"
_IN_PLACE = ("allOf", "anyOf", "oneOf")  # lists of schemas applied to the same value
_IN_PLACE_ONE = ("not", "if", "then", "else")
# schemas inside a schema, applied to a part of the value
_INSIDE_ONE = (
    "items",
    "additionalProperties",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
)
_INSIDE_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
# an object with none of these keys is no step of a chain of schemas (`_schema_includes`)
_EDGE_KEYS = frozenset(
    (*_IN_PLACE, *_IN_PLACE_ONE, *_INSIDE_ONE, *_INSIDE_MAPS, "prefixItems", "$ref")
)


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


_TEMPLATE = re.compile(r"[^{}]*(?:\{[^{}]+\}[^{}]*)*")


def shape_problems(document: Document) -> list[Problem]:
    """What the validator cannot read either (it fails instead of reporting): a path template with
    unbalanced braces, `parameters` that are not a list, `responses` that are not a mapping."""
    problems: list[Problem] = []
    paths = document.data.get("paths")
    for path in paths if isinstance(paths, dict) else {}:
        if not _TEMPLATE.fullmatch(str(path)):
            problems.append(
                document.problem(
                    ["paths", path],
                    f"the path {str(path)[:80]!r} has unbalanced braces; a parameter is written "
                    "{name}",
                )
            )
    for path, item in paths.items() if isinstance(paths, dict) else ():
        item = document.deref(item)
        params = item.get("parameters", []) if isinstance(item, dict) else []
        if not isinstance(params, list):
            problems.append(
                document.problem(
                    ["paths", path, "parameters"],
                    f"`parameters` is {type(params).__name__ if params is not None else 'null'}; "
                    "it must be a list of parameters",
                )
            )
    for op in document.operations:
        params = op.op.get("parameters", [])
        if not isinstance(params, list):
            problems.append(
                document.problem(
                    [*op.where, "parameters"],
                    f"`parameters` is {type(params).__name__ if params is not None else 'null'}; "
                    "it must be a list of parameters",
                )
            )
        responses = op.op.get("responses", {})
        if not isinstance(responses, dict):
            kind = type(responses).__name__ if responses is not None else "null"
            problems.append(
                document.problem(
                    [*op.where, "responses"],
                    f"`responses` is {kind}; it must map status codes to responses",
                )
            )
    return problems


def reference_problems(document: Document) -> list[Problem]:
    """Every `$ref` must be a string that resolves locally, and a chain of `$ref`s must end in
    something; then no reference may contain itself, nor a schema include itself."""
    problems: list[Problem] = []
    refs: dict[str, tuple[tuple[Any, ...], str]] = {}  # location -> (parts, reference)
    nodes: list[tuple[tuple[Any, ...], dict[str, Any]]] = []  # every object, keywords its keys
    pointers = _Pointers()
    for parts, value in walk_nodes(document.data, name_maps=False, objects_only=True):
        if not isinstance(value, dict):
            continue
        nodes.append((parts, value))
        if "$ref" not in value:
            continue
        ref = value["$ref"]
        if not isinstance(ref, str):
            problems.append(
                document.problem(
                    [*parts, "$ref"],
                    f"`$ref` is {type(ref).__name__ if ref is not None else 'null'}; it must be a "
                    "string such as '#/components/schemas/Name'",
                )
            )
            continue
        if not ref.startswith("#"):
            problems.append(
                document.problem(
                    [*parts, "$ref"],
                    f"external reference {ref!r} is not supported; bundle the document into one file first",
                )
            )
            continue
        refs[pointers.of(parts)] = (parts, ref)
        seen = {ref}
        current = ref
        while True:
            try:
                target = resolve_pointer(document.data, current)
            except KeyError:
                problems.append(
                    document.problem(
                        [*parts, "$ref"],
                        f"unresolvable reference {current!r}: nothing at that location"
                        + _did_you_mean(document.data, current),
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
    if problems:
        return problems
    return _copied_into_itself(document, refs) or _schema_includes(document, refs, nodes, pointers)


def _did_you_mean(data: object, ref: str) -> str:
    """`; did you mean '#/components/schemas/Conversation'?` for a mistyped last step of a reference
    whose parent exists (compared without regard to case first, then by likeness)."""
    parent, _, last = ref.rpartition("/")
    try:
        siblings = resolve_pointer(data, parent) if parent != "#" else data
    except KeyError:
        return ""
    if not isinstance(siblings, dict):
        return ""
    names = [str(name) for name in siblings]
    wanted = unescape(last)
    same_case = [name for name in names if name.lower() == wanted.lower()]
    close = same_case or difflib.get_close_matches(wanted, names, n=1, cutoff=0.6)
    return f"; did you mean {parent + '/' + escape(close[0])!r}?" if close else ""


def _kept(ref: str) -> bool:
    """A reference the generator keeps as a name (a component schema); any other one is copied."""
    return ref.startswith(SCHEMA_COMPONENT) and "/" not in ref[len(SCHEMA_COMPONENT) :]


def _inside(locations: list[str], target: str) -> list[str]:
    """The locations (sorted) at `target` or below it."""
    if target == "#":
        return list(locations)
    below = target + "/"
    out: list[str] = []
    for index in range(bisect.bisect_left(locations, target), len(locations)):
        location = locations[index]
        if location != target and not location.startswith(below):
            break
        out.append(location)
    return out


def _cycle(edges: dict[str, list[str]]) -> list[str] | None:
    """A cycle of the graph (its nodes in order), found without recursion, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    for start in edges:
        if state.get(start):
            continue
        path: list[str] = []
        stack: list[tuple[str, int]] = [(start, 0)]
        while stack:
            node, index = stack.pop()
            if index == 0:
                state[node] = 1
                path.append(node)
            nexts = edges.get(node, [])
            if index < len(nexts):
                stack.append((node, index + 1))
                child = nexts[index]
                if state.get(child) == 1:
                    return path[path.index(child) :]
                if not state.get(child):
                    stack.append((child, 0))
            else:
                state[node] = 2
                path.pop()
    return None


def _copied_into_itself(
    document: Document, refs: dict[str, tuple[tuple[Any, ...], str]]
) -> list[Problem]:
    """A reference that is copied (not a component schema) whose target holds, directly or through
    other copied references, the reference itself: copying it never ends (`$ref: '#'`)."""
    copied = {loc: ref for loc, (_, ref) in refs.items() if not _kept(ref)}
    locations = sorted(copied)
    edges = {loc: _inside(locations, ref) for loc, ref in copied.items()}
    cycle = _cycle(edges)
    if cycle is None:
        return []
    first = cycle[0]
    parts, ref = refs[first]
    return [
        document.problem(
            [*parts, "$ref"],
            f"reference {ref!r} contains itself (through {' -> '.join(copied[c] for c in cycle)}): "
            "copying it would never end; point it at a component schema instead",
        )
    ]


class _Pointers(dict[tuple[Any, ...], str]):
    """JSON pointers by path, each made from its parent's."""

    def of(self, parts: tuple[Any, ...]) -> str:
        found = self.get(parts)
        if found is None:
            found = f"{self.of(parts[:-1])}/{escape(parts[-1])}" if parts else "#"
            self[parts] = found
        return found


def _schema_includes(
    document: Document,
    refs: dict[str, tuple[tuple[Any, ...], str]],
    nodes: list[tuple[tuple[Any, ...], dict[str, Any]]],
    pointers: _Pointers,
) -> list[Problem]:
    """No schema may include itself through allOf/anyOf/oneOf/not/if/then/else and `$ref`, and no
    chain of schemas, each inside or included by the one before (through `$ref`s too), may be
    longer than MAX_DEPTH: every walker of schemas (ours, the validator's, the model generator's)
    recurses along such a chain."""
    in_place: dict[str, list[str]] = {}
    every: dict[str, list[str]] = {}
    places: dict[str, tuple[Any, ...]] = {}
    for parts, node in nodes:
        if _EDGE_KEYS.isdisjoint(node):  # most objects: neither includes nor holds a schema
            continue
        here = pointers.of(parts)
        out: list[str] = []
        for key in _IN_PLACE:
            members = node.get(key)
            if isinstance(members, list):
                out += [f"{here}/{key}/{i}" for i, m in enumerate(members) if isinstance(m, dict)]
        out += [f"{here}/{key}" for key in _IN_PLACE_ONE if isinstance(node.get(key), dict)]
        if here in refs:
            out.append(refs[here][1])
        inside = [f"{here}/{key}" for key in _INSIDE_ONE if isinstance(node.get(key), dict)]
        for key in _INSIDE_MAPS:
            members = node.get(key)
            if isinstance(members, dict):
                inside += [
                    f"{here}/{escape(key)}/{escape(k)}"
                    for k, m in members.items()
                    if isinstance(m, dict)
                ]
        members = node.get("prefixItems")
        if isinstance(members, list):
            inside += [
                f"{here}/prefixItems/{i}" for i, m in enumerate(members) if isinstance(m, dict)
            ]
        if out:
            in_place[here] = out
        if out or inside:
            every[here] = out + inside
            places[here] = parts
    cycle = _cycle(in_place)
    if cycle is not None:
        start = next((c for c in cycle if c.startswith(SCHEMA_COMPONENT)), cycle[0])
        chain = cycle[cycle.index(start) :] + cycle[: cycle.index(start)] + [start]
        return [
            document.problem(
                places[start],
                "the schema includes itself through allOf/anyOf/oneOf/not and $ref "
                f"({' -> '.join(chain)}): it could never be evaluated or made a class",
            )
        ]
    longest = _longest_chain(every, {loc: ref for loc, (_, ref) in refs.items()})
    most = max(longest.values(), default=0)
    here = next((loc for loc in every if longest.get(loc) == most), "#")
    if most > MAX_DEPTH and here in places:
        return [
            document.problem(
                places[here],
                f"a chain of {most} schemas, each inside or included by the one before "
                f"(properties, items, allOf/anyOf/oneOf/not, through $ref); at most {MAX_DEPTH}",
            )
        ]
    return []


def _longest_chain(edges: dict[str, list[str]], targets: dict[str, str]) -> dict[str, int]:
    """For each node, the schemas on the longest path from it that a depth-first walk in document
    order takes (an edge back to a node on the walk's path is a recursive type: a walker stops
    there); a step to a `$ref`'s target is no new schema."""
    length: dict[str, int] = {}
    state: dict[str, int] = {}  # 1: on the path, 2: done
    for start in edges:
        if start in state:
            continue
        state[start] = 1
        stack: list[tuple[str, int]] = [(start, 0)]
        while stack:
            node, index = stack[-1]
            nexts = edges.get(node, [])
            if index < len(nexts):
                stack[-1] = (node, index + 1)
                child = nexts[index]
                if child not in state:
                    state[child] = 1
                    stack.append((child, 0))
                continue
            stack.pop()
            state[node] = 2
            length[node] = max(
                (length[c] + (targets.get(node) != c) for c in nexts if state.get(c) == 2),
                default=1,
            )
    return length
