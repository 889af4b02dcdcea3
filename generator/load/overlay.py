"""OpenAPI Overlay 1.0 documents applied to a spec as it is loaded, each fault at its place.

An overlay (`specs/<name>.overlay.yaml` beside a spec, or `--overlay FILE`) is a list of `actions`,
each with a `target` (a JSONPath query into the spec) and either `update` (an object merged into
each selected object, recursively; a value appended to each selected array) or `remove: true` (each
selected node leaves its object or array). Actions apply in order; every problem names the overlay's
file, line and action, and its target: an overlay that is not one, a target this reader cannot parse,
a target that selects nothing (a stale patch), an update that does not fit the node it selects.

The JSONPath the overlays need is read here (RFC 9535's common part): `$`, `.name`, `['name']`,
`[0]`, `[-1]`, `*`, `..` (descendants), unions `['a','b']`, and filters `[?@.key == 'v']` with
`==`, `!=`, `<`, `<=`, `>`, `>=`, existence (`?@.key`), `!`, `&&`, `||` and parentheses.

Nodes an overlay adds keep their own place: `Document.origins` maps their JSON pointers to the
overlay's file and line, so a later check that refuses them points into the overlay, not the spec.
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import Problem, SpecError
from generator.load.document import Document, pointer
from generator.load.reader import read

OVERLAY_SUFFIXES = (".overlay.yaml", ".overlay.yml", ".overlay.json")
_VERSION = re.compile(r"1\.0\.\d+")


def beside(spec: Path) -> list[Path]:
    """The overlay kept beside a spec (`specs/acme.yaml` -> `specs/acme.overlay.yaml`), if any."""
    return [
        spec.with_name(spec.stem + suffix)
        for suffix in OVERLAY_SUFFIXES
        if spec.with_name(spec.stem + suffix).is_file()
    ]


def is_overlay(path: Path) -> bool:
    """Is this file an overlay rather than a spec (by its name)?"""
    return path.name.endswith(OVERLAY_SUFFIXES)


# -- JSONPath -----------------------------------------------------------------------------------------


class PathSyntaxError(ValueError):
    """A JSONPath this reader cannot parse; `position` is the offending character's index."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} (at character {position + 1})")
        self.position = position


Parts = tuple[Any, ...]


@dataclass(frozen=True)
class _Segment:
    kind: str  # "child" or "descendant"
    selectors: tuple[Any, ...]  # str names, int indexes, "*" wildcard (as _Wild), or _Filter


class _Wild:
    def __repr__(self) -> str:
        return "*"


WILD = _Wild()


@dataclass(frozen=True)
class _Filter:
    expr: Any  # ("or"|"and", a, b) | ("not", a) | ("exists", path) | ("cmp", op, left, right)


@dataclass(frozen=True)
class _Rel:
    """`@.a.b` (relative) or `$.a` (absolute) inside a filter: a singular path of names and indexes."""

    absolute: bool
    parts: tuple[Any, ...]


# A member name: its first character one of A-Z a-z _ $ or any from U+0080 on, the rest those and
# 0-9 and -. Written as the ASCII characters it leaves out: the class with U+0080-U+10FFFF in it
# takes the `re` module 5 ms to compile, on every run, overlays or not.
_NAME = re.compile(
    r"[^\x00-\x23\x25-\x40\x5b-\x5e\x60\x7b-\x7f][^\x00-\x23\x25-\x2c\x2e\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f]*"
)
_NUMBER = re.compile(r"-?\d+(\.\d+)?([eE][+-]?\d+)?")


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.i = 0

    def fail(self, message: str) -> PathSyntaxError:
        return PathSyntaxError(message, min(self.i, max(len(self.text) - 1, 0)))

    def peek(self, n: int = 1) -> str:
        return self.text[self.i : self.i + n]

    def space(self) -> None:
        while self.i < len(self.text) and self.text[self.i] in " \t\n\r":
            self.i += 1

    def eat(self, token: str) -> bool:
        if self.text.startswith(token, self.i):
            self.i += len(token)
            return True
        return False

    def query(self) -> list[_Segment]:
        if not self.eat("$"):
            raise self.fail("a target starts with `$`")
        segments = self.segments(in_filter=False)
        if self.i != len(self.text):
            raise self.fail(f"unexpected {self.text[self.i]!r}")
        return segments

    def segments(self, *, in_filter: bool) -> list[_Segment]:
        out: list[_Segment] = []
        while self.i < len(self.text):
            if self.eat(".."):
                if self.peek() == "[":
                    out.append(_Segment("descendant", self.bracket()))
                else:
                    out.append(_Segment("descendant", (self.dot_name(),)))
            elif self.eat("."):
                out.append(_Segment("child", (self.dot_name(),)))
            elif self.peek() == "[":
                out.append(_Segment("child", self.bracket()))
            else:
                break
            if in_filter and out and out[-1].kind == "descendant":
                raise self.fail("descendants are not read inside a filter")
        return out

    def dot_name(self) -> Any:
        if self.eat("*"):
            return WILD
        match = _NAME.match(self.text, self.i)
        if match is None:
            raise self.fail("expected a name after `.`")
        self.i = match.end()
        return match.group()

    def bracket(self) -> tuple[Any, ...]:
        self.eat("[")
        selectors: list[Any] = []
        while True:
            self.space()
            selectors.append(self.selector())
            self.space()
            if self.eat("]"):
                return tuple(selectors)
            if not self.eat(","):
                raise self.fail("expected `,` or `]`")

    def selector(self) -> Any:
        if self.eat("*"):
            return WILD
        if self.peek() in ("'", '"'):
            return self.string()
        if self.eat("?"):
            self.space()
            return _Filter(self.or_expr())
        match = re.compile(r"-?\d+").match(self.text, self.i)
        if match is not None:
            self.i = match.end()
            if self.peek() == ":":
                raise self.fail("array slices are not read")
            return int(match.group())
        raise self.fail("expected a name in quotes, an index, `*` or a filter `?...`")

    def string(self) -> str:
        quote = self.text[self.i]
        self.i += 1
        out: list[str] = []
        while self.i < len(self.text):
            ch = self.text[self.i]
            if ch == "\\":
                nxt = self.text[self.i + 1 : self.i + 2]
                escapes = {
                    "b": "\b",
                    "f": "\f",
                    "n": "\n",
                    "r": "\r",
                    "t": "\t",
                    "/": "/",
                    "\\": "\\",
                }
                if nxt in (quote, "'", '"'):
                    out.append(nxt)
                elif nxt in escapes:
                    out.append(escapes[nxt])
                elif nxt == "u" and re.fullmatch(
                    r"[0-9a-fA-F]{4}", self.text[self.i + 2 : self.i + 6]
                ):
                    out.append(chr(int(self.text[self.i + 2 : self.i + 6], 16)))
                    self.i += 4
                else:
                    raise self.fail("unknown escape in a string")
                self.i += 2
                continue
            if ch == quote:
                self.i += 1
                return "".join(out)
            out.append(ch)
            self.i += 1
        raise self.fail("unterminated string")

    # filters
    def or_expr(self) -> Any:
        left = self.and_expr()
        while True:
            self.space()
            if not self.eat("||"):
                return left
            left = ("or", left, self.and_expr())

    def and_expr(self) -> Any:
        left = self.unary()
        while True:
            self.space()
            if not self.eat("&&"):
                return left
            left = ("and", left, self.unary())

    def unary(self) -> Any:
        self.space()
        if self.eat("!"):
            return ("not", self.unary())
        if self.eat("("):
            inner = self.or_expr()
            self.space()
            if not self.eat(")"):
                raise self.fail("expected `)`")
            return inner
        left = self.operand()
        self.space()
        for op in ("==", "!=", "<=", ">=", "<", ">"):
            if self.eat(op):
                self.space()
                return ("cmp", op, left, self.operand())
        if not isinstance(left, _Rel):
            raise self.fail("a filter compares a path, or tests that one exists")
        return ("exists", left)

    def operand(self) -> Any:
        self.space()
        if self.peek() in ("@", "$"):
            absolute = self.text[self.i] == "$"
            self.i += 1
            parts: list[Any] = []
            for segment in self.segments(in_filter=True):
                if len(segment.selectors) != 1 or not isinstance(segment.selectors[0], (str, int)):
                    raise self.fail("a path inside a filter names one member at each step")
                parts.append(segment.selectors[0])
            return _Rel(absolute, tuple(parts))
        if self.peek() in ("'", '"'):
            return self.string()
        for word, value in (("true", True), ("false", False), ("null", None)):
            if self.eat(word):
                return value
        match = _NUMBER.match(self.text, self.i)
        if match is not None:
            self.i = match.end()
            text = match.group()
            return float(text) if any(c in text for c in ".eE") else int(text)
        raise self.fail("expected a path, a string, a number, true, false or null")


def parse_path(text: str) -> list[_Segment]:
    """Parse a JSONPath query; raise PathSyntaxError naming the place."""
    return _Parser(text).query()


_NOTHING = object()


def _singular(root: Any, node: Any, rel: _Rel) -> Any:
    value = root if rel.absolute else node
    for part in rel.parts:
        in_object = isinstance(part, str) and isinstance(value, dict) and part in value
        in_array = (
            isinstance(part, int) and isinstance(value, list) and -len(value) <= part < len(value)
        )
        if not (in_object or in_array):
            return _NOTHING
        value = value[part]
    return value


def _truth(root: Any, node: Any, expr: Any) -> bool:
    kind = expr[0]
    if kind == "or":
        return _truth(root, node, expr[1]) or _truth(root, node, expr[2])
    if kind == "and":
        return _truth(root, node, expr[1]) and _truth(root, node, expr[2])
    if kind == "not":
        return not _truth(root, node, expr[1])
    if kind == "exists":
        return _singular(root, node, expr[1]) is not _NOTHING
    _, op, left, right = expr
    a = _singular(root, node, left) if isinstance(left, _Rel) else left
    b = _singular(root, node, right) if isinstance(right, _Rel) else right
    if op in ("==", "!="):
        return bool(_equal(a, b) == (op == "=="))
    numbers = all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (a, b))
    strings = isinstance(a, str) and isinstance(b, str)
    if not (numbers or strings):
        return False
    order: dict[str, bool] = {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}
    return order[op]


def _equal(a: Any, b: Any) -> bool:
    """JSON equality: `true` is not `1`."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    return bool(a == b)


def _children(node: Any, parts: Parts) -> Iterator[tuple[Parts, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*parts, key), value
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield (*parts, index), value


def _select(root: Any, node: Any, parts: Parts, selector: Any) -> Iterator[tuple[Parts, Any]]:
    if selector is WILD:
        yield from _children(node, parts)
    elif isinstance(selector, str):
        if isinstance(node, dict) and selector in node:
            yield (*parts, selector), node[selector]
    elif isinstance(selector, int):
        if isinstance(node, list) and -len(node) <= selector < len(node):
            index = selector % len(node)
            yield (*parts, index), node[index]
    elif isinstance(selector, _Filter):
        for where, child in _children(node, parts):
            if _truth(root, child, selector.expr):
                yield where, child


def _descendants(node: Any, parts: Parts) -> Iterator[tuple[Parts, Any]]:
    yield parts, node
    for where, child in _children(node, parts):
        yield from _descendants(child, where)


def select(data: Any, segments: Sequence[_Segment]) -> list[Parts]:
    """The locations (paths of keys and indexes) a parsed JSONPath selects, each once, in order."""
    current: list[tuple[Parts, Any]] = [((), data)]
    for segment in segments:
        found: list[tuple[Parts, Any]] = []
        for parts, node in current:
            bases = (
                _descendants(node, parts) if segment.kind == "descendant" else iter([(parts, node)])
            )
            for base_parts, base in bases:
                for selector in segment.selectors:
                    found.extend(_select(data, base, base_parts, selector))
        unique: dict[Parts, Any] = {}
        for parts, node in found:
            unique.setdefault(parts, node)
        current = list(unique.items())
    return [parts for parts, _ in current]


# -- applying an overlay ------------------------------------------------------------------------------


def _node_at(data: Any, parts: Parts) -> Any:
    for part in parts:
        data = data[part]
    return data


def _json_kind(value: Any) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return "a string"


class _Applier:
    def __init__(self, document: Document, overlay: Document) -> None:
        self.document = document
        self.overlay = overlay
        self.problems: list[Problem] = []

    def fault(self, parts: Sequence[Any], message: str) -> None:
        self.problems.append(self.overlay.problem(parts, message))

    def mark(self, target: Parts, source: Parts, value: Any) -> None:
        """Every node of an inserted value now lives in the overlay: record its file and line."""
        name = self.overlay.name
        for sub, _ in _descendants(value, ()):
            line = self.overlay.line_of(pointer((*source, *sub)))
            if line is not None:
                self.document.origins[pointer((*target, *sub))] = (name, line)

    def merge(
        self, node: dict[str, Any], update: dict[str, Any], target: Parts, source: Parts
    ) -> None:
        for key, value in update.items():
            if isinstance(node.get(key), dict) and isinstance(value, dict):
                self.merge(node[key], value, (*target, key), (*source, key))
            else:
                node[key] = copy.deepcopy(value)
                self.mark((*target, key), (*source, key), value)

    def apply(self) -> None:
        data = self.overlay.data
        version = data.get("overlay")
        if not isinstance(version, str) or not _VERSION.fullmatch(version):
            self.fault(("overlay",), f"`overlay` must be a 1.0.x version string, got {version!r}")
        info = data.get("info")
        if (
            not isinstance(info, dict)
            or not isinstance(info.get("title"), str)
            or not isinstance(info.get("version"), str)
        ):
            self.fault(("info",), "`info` needs a `title` and a `version` (strings)")
        actions = data.get("actions")
        if not isinstance(actions, list) or not actions:
            self.fault(("actions",), "`actions` must be a non-empty list")
            return
        if self.problems:
            return
        for index, action in enumerate(actions):
            self.action(index, action)

    def action(self, index: int, action: Any) -> None:
        at = ("actions", index)
        if not isinstance(action, dict):
            self.fault(at, f"an action must be an object, got {_json_kind(action)}")
            return
        target = action.get("target")
        if not isinstance(target, str):
            self.fault(at, "the action has no `target` (a JSONPath string)")
            return
        remove = action.get("remove", False)
        if not isinstance(remove, bool):
            self.fault((*at, "remove"), f"`remove` must be true or false ({target})")
            return
        if not remove and "update" not in action:
            self.fault(at, f"the action has neither `update` nor `remove: true` ({target})")
            return
        try:
            segments = parse_path(target)
        except PathSyntaxError as exc:
            self.fault(
                (*at, "target"), f"the target {target!r} is not a JSONPath this reader takes: {exc}"
            )
            return
        found = select(self.document.data, segments)
        if not found:
            self.fault(
                (*at, "target"), f"the target {target} selects nothing in {self.document.name}"
            )
            return
        if remove:
            self.remove(at, target, found)
        else:
            self.update(at, target, found, action["update"])

    def remove(self, at: Parts, target: str, found: list[Parts]) -> None:
        if () in found:
            self.fault(
                (*at, "target"),
                f"the target {target} selects the whole document, which cannot be removed",
            )
            return
        # deepest first, and the later items of an array before the earlier ones
        for parts in sorted(
            found, key=lambda p: (len(p), p[-1] if isinstance(p[-1], int) else -1), reverse=True
        ):
            parent = _node_at(self.document.data, parts[:-1])
            del parent[parts[-1]]

    def update(self, at: Parts, target: str, found: list[Parts], update: Any) -> None:
        for parts in found:
            node = _node_at(self.document.data, parts)
            if isinstance(node, dict):
                if not isinstance(update, dict):
                    where = pointer(parts)
                    self.fault(
                        (*at, "update"),
                        f"the target {target} selects an object ({where}); `update` must be an object, got {_json_kind(update)}",
                    )
                    return
                self.merge(node, update, parts, (*at, "update"))
            elif isinstance(node, list):
                node.append(copy.deepcopy(update))
                self.mark((*parts, len(node) - 1), (*at, "update"), update)
            else:
                self.fault(
                    (*at, "target"),
                    f"the target {target} selects {_json_kind(node)} at {pointer(parts)}; "
                    "an update needs an object or an array (select its parent to replace it)",
                )
                return


def read_overlay(path: Path) -> Document:
    """The overlay file as a Document (data and the line of every node), or SpecError at its place."""
    try:
        return read(path)
    except SpecError as error:
        problems = [
            Problem(
                p.file,
                p.location,
                p.message.replace("an OpenAPI 3.x document", "an Overlay 1.0 document"),
                p.line,
            )
            for p in error.problems
        ]
        raise SpecError(problems) from None


def apply_overlays(document: Document, overlays: Sequence[Path]) -> None:
    """Apply each overlay to the document in order (its data, its digest, the origins of new nodes);
    raise SpecError with every fault of the first overlay that has any."""
    digests = [document.digest]
    for path in overlays:
        overlay = read_overlay(path)
        applier = _Applier(document, overlay)
        applier.apply()
        if applier.problems:
            raise SpecError(applier.problems)
        digests.append(overlay.digest)
    if len(digests) > 1:
        document.digest = hashlib.sha256("+".join(digests).encode()).hexdigest()
