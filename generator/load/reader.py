"""YAML or JSON -> a Document, keeping the line of every node (one parse: libyaml when available).

The document may come from anyone (a pull request, a vendor), so reading it is bounded: the parser's
events are composed into nodes here, without recursion, and a document is refused, at the line where
it crosses the limit, when it is larger than `MAX_DOCUMENT_BYTES`, nests deeper than `MAX_DEPTH`
(aliases counted as what they stand for), or when its aliases stand for more than `MAX_ALIAS_NODES`
nodes in all (an "alias bomb"). Every later stage walks the document recursively; the depth limit is
what makes that safe. The values are JSON's: a tag that makes anything else (`!!set`, `!!binary`,
`!!python/...`) is refused.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import Problem, SpecError
from generator.load.document import Document, escape

# The limits a document must keep (documented in the README, "Untrusted documents").
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024
MAX_DEPTH = 64  # mappings and sequences inside each other, the root being level 1
MAX_ALIAS_NODES = 100_000  # nodes that YAML aliases stand for, in all
_MAX_INT_DIGITS = 4000  # below Python's own limit on converting a decimal string

_BaseLoader: Any = getattr(
    yaml, "CSafeLoader", yaml.SafeLoader
)  # libyaml when available: much faster


class _SpecLoader(_BaseLoader):  # type: ignore[misc]
    """Safe loader that keeps timestamps as strings (OpenAPI values are JSON, not YAML dates)."""


_SpecLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_CORE = "tag:yaml.org,2002:"
_COLLECTION_TAGS = {yaml.MappingNode: _CORE + "map", yaml.SequenceNode: _CORE + "seq"}
_SCALAR_TAGS = frozenset(_CORE + t for t in ("str", "int", "float", "bool", "null"))
# What YAML does not allow raw in a document (YAML 1.1's printable set; JSON is stricter still).
_FORBIDDEN = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# JSON is stricter about C0 controls and more lenient about the rest (C1 controls, U+FFFE raw in a string)
_FORBIDDEN_JSON = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


class _Refused(Exception):
    """A document that crosses a limit, with the line where it does."""

    def __init__(self, message: str, line: int, location: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.location = location or "#"


@dataclass
class _Open:
    """A mapping or sequence being composed."""

    node: Any
    location: str | None  # its JSON pointer; None inside a mapping key (no place of its own)
    height: int = 1  # levels from it to its deepest leaf, aliases expanded
    size: int = 1  # nodes in it, aliases expanded
    key: Any = None  # a mapping's key waiting for its value
    children: list[Any] = field(default_factory=list)


def _line(mark: Any) -> int:
    return int(mark.line) + 1 if mark is not None else 1


def _column(mark: Any) -> int:
    return int(mark.column) + 1 if mark is not None else 1


def _scalar_tag(loader: Any, event: Any, location: str | None) -> str:
    tag = event.tag
    implicit = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
    if tag is None or tag == "!":
        tag = implicit
    elif tag not in _SCALAR_TAGS:
        raise _Refused(
            f"the tag {tag.replace(_CORE, '!!')} is not allowed: an OpenAPI document holds JSON values",
            _line(event.start_mark),
            location,
        )
    elif tag != _CORE + "str" and implicit != tag:
        raise _Refused(
            f"{event.value[:40]!r} is not a {tag.replace(_CORE, '!!')}",
            _line(event.start_mark),
            location,
        )
    if tag == _CORE + "int" and sum(ch.isdigit() for ch in event.value) > _MAX_INT_DIGITS:
        raise _Refused(
            f"an integer of more than {_MAX_INT_DIGITS} digits", _line(event.start_mark), location
        )
    return str(tag)


def _compose(loader: Any, lines: dict[str, int], columns: dict[str, int]) -> Any:
    """The single document of the stream as a node tree, composed from the parser's events without
    recursion, the line of every node by JSON pointer (nothing below an alias: its anchor has them),
    and the limits enforced where they are crossed."""
    anchors: dict[str, Any] = {}
    measured: dict[int, tuple[int, int]] = {}  # id(anchored node) -> (height, size)
    stack: list[_Open] = []
    alias_nodes = 0
    root: Any = None
    documents = 0

    def place(mark: Any) -> str | None:
        """The pointer of a node starting at `mark`, its line and column recorded (None: a key or
        inside one). A member of a mapping is placed at its key, where a reader looks for it."""
        if not stack:
            lines["#"], columns["#"] = _line(mark), _column(mark)
            return "#"
        top = stack[-1]
        if top.location is None:
            return None
        if isinstance(top.node, yaml.SequenceNode):
            location = f"{top.location}/{len(top.node.value)}"
        elif top.key is None:
            return None  # a key
        else:
            key = top.key.value if isinstance(top.key, yaml.ScalarNode) else top.key.tag
            location = f"{top.location}/{escape(key)}"
            mark = top.key.start_mark
        lines[location], columns[location] = _line(mark), _column(mark)
        return location

    def attach(node: Any, height: int, size: int) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        top = stack[-1]
        top.height = max(top.height, height + 1)
        top.size += size
        if isinstance(top.node, yaml.SequenceNode):
            top.node.value.append(node)
        elif top.key is None:
            top.key = node
        else:
            top.node.value.append((top.key, node))
            top.key = None

    def anchor(event: Any, node: Any) -> None:
        if event.anchor is not None:
            anchors[event.anchor] = node

    while True:
        event: Any = loader.get_event()
        raw: Any = event  # the same event, untyped (isinstance narrows `event`; libyaml's marks)
        if isinstance(event, yaml.StreamEndEvent):
            return root
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise _Refused(
                    "the file holds more than one YAML document; expected one OpenAPI document",
                    _line(event.start_mark),
                )
            continue
        if isinstance(event, (yaml.StreamStartEvent, yaml.DocumentEndEvent)):
            continue
        start_line = _line(event.start_mark)
        if isinstance(event, yaml.AliasEvent):
            location = place(raw.start_mark)
            target = anchors.get(raw.anchor)
            if target is None:
                raise _Refused(f"undefined alias *{event.anchor}", start_line, location)
            if any(frame.node is target for frame in stack):
                raise _Refused(
                    f"the alias *{event.anchor} is inside its own anchor (a document without end)",
                    start_line,
                    location,
                )
            height, size = measured.get(id(target), (1, 1))
            if len(stack) + height > MAX_DEPTH:
                raise _Refused(
                    f"the alias *{event.anchor} makes the document nest deeper than {MAX_DEPTH} levels",
                    start_line,
                    location,
                )
            alias_nodes += size
            if alias_nodes > MAX_ALIAS_NODES:
                raise _Refused(
                    f"aliases stand for more than {MAX_ALIAS_NODES} nodes "
                    f"(here *{event.anchor}); expand them or write the document without aliases",
                    start_line,
                    location,
                )
            attach(target, height, size)
        elif isinstance(event, yaml.ScalarEvent):
            tag = _scalar_tag(loader, event, place(raw.start_mark))
            node: Any = yaml.ScalarNode(
                tag, raw.value, raw.start_mark, raw.end_mark, style=raw.style
            )
            anchor(event, node)
            measured[id(node)] = (1, 1)
            attach(node, 1, 1)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            location = place(raw.start_mark)
            if len(stack) >= MAX_DEPTH:
                raise _Refused(
                    f"the document nests deeper than {MAX_DEPTH} levels", start_line, location
                )
            kind = (
                yaml.MappingNode if isinstance(event, yaml.MappingStartEvent) else yaml.SequenceNode
            )
            tag = raw.tag
            if tag is None or tag == "!":
                tag = loader.resolve(kind, None, raw.implicit)
            elif tag != _COLLECTION_TAGS[kind]:
                raise _Refused(
                    f"the tag {tag.replace(_CORE, '!!')} is not allowed: an OpenAPI document "
                    "holds JSON values",
                    start_line,
                    location,
                )
            collection: Any = kind(tag, [], raw.start_mark, None, flow_style=raw.flow_style)
            anchor(event, collection)
            stack.append(_Open(collection, location))
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            done = stack.pop()
            done.node.end_mark = event.end_mark
            measured[id(done.node)] = (done.height, done.size)
            attach(done.node, done.height, done.size)


_JSON_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:"]+')


def _json_lines(text: str, lines: dict[str, int]) -> None:
    """The line of every value of JSON text by JSON pointer, read token by token without recursion;
    _Refused where it nests deeper than MAX_DEPTH. (Malformed text is left to `json.loads`.)"""
    stack: list[list[Any]] = []  # [pointer, is a mapping, next index or the pending key]
    line, last = 1, 0
    expect_key = False
    for match in _JSON_TOKEN.finditer(text):
        token = match.group(0)
        line += text.count("\n", last, match.start())
        last = match.start()
        if token in ",:":
            expect_key = token == "," and bool(stack) and stack[-1][1]
            continue
        if token in "]}":
            if stack:
                stack.pop()
            expect_key = False
            continue
        if expect_key:  # a key of the mapping on top
            try:
                stack[-1][2] = str(json.loads(token))
            except ValueError:
                return
            expect_key = False
            continue
        if not stack:
            location = "#"
        elif stack[-1][1]:
            location = f"{stack[-1][0]}/{escape(stack[-1][2])}"
        else:
            location = f"{stack[-1][0]}/{stack[-1][2]}"
            stack[-1][2] += 1
        lines[location] = line
        if token in "[{":
            if len(stack) >= MAX_DEPTH:
                raise _Refused(f"the document nests deeper than {MAX_DEPTH} levels", line, location)
            stack.append([location, token == "{", 0 if token == "[" else ""])
            expect_key = token == "{"


def _decoded(name: str, raw: bytes, *, json_text: bool = False) -> str:
    """The text of the file, or SpecError at the line of its first undecodable byte or of a
    character YAML does not allow raw."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - raw.rfind(b"\n", 0, exc.start)
        raise SpecError(
            [
                Problem(
                    name,
                    "#",
                    f"the file is not UTF-8: byte 0x{raw[exc.start]:02x} at column "
                    f"{column} cannot be decoded",
                    line,
                )
            ]
        ) from None
    bad = (_FORBIDDEN_JSON if json_text else _FORBIDDEN).search(text)
    if bad is not None:
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - text.rfind("\n", 0, bad.start())
        raise SpecError(
            [
                Problem(
                    name,
                    "#",
                    f"a raw control character U+{ord(bad.group(0)):04X} at column {column}; write it "
                    "escaped in a double-quoted string",
                    line,
                )
            ]
        )
    return text


def shown_path(path: Path) -> str:
    """The file as problems name it: relative to the working directory when it lies below it (where
    the user runs the command), else as given."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        return path.as_posix()


def read(path: Path) -> Document:
    """Parse a YAML or JSON file into a Document, or raise SpecError naming the file and line."""
    name = shown_path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecError([Problem(name, "#", f"cannot read the file: {exc}")]) from None
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise SpecError(
            [
                Problem(
                    name,
                    "#",
                    f"the file has {len(raw)} bytes; a document may have at most "
                    f"{MAX_DOCUMENT_BYTES} ({MAX_DOCUMENT_BYTES // 1024 // 1024} MiB)",
                    1,
                )
            ]
        )
    text = _decoded(name, raw, json_text=path.suffix == ".json")
    if not text.strip():
        raise SpecError(
            [Problem(name, "#", "the file is empty; expected an OpenAPI 3.x document", 1)]
        )
    lines: dict[str, int] = {}
    columns: dict[str, int] = {}
    try:
        loader = _SpecLoader(text)
        try:
            node = _compose(loader, lines, columns)
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except _Refused as refused:
        raise SpecError([Problem(name, refused.location, refused.message, refused.line)]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else 1
        column = mark.column + 1 if mark is not None else None
        if path.suffix == ".json":
            lines, columns = {}, {}
            data = _json(name, text, lines)
        else:
            reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise SpecError(
                [Problem(name, "#", f"invalid YAML: {reason}", line, column=column)]
            ) from None
    if not isinstance(data, dict):
        kind = type(data).__name__ if data is not None else "nothing"
        raise SpecError(
            [
                Problem(
                    name,
                    "#",
                    f"the document is a {kind}, not a mapping; expected an OpenAPI 3.x document",
                    1,
                )
            ]
        )
    return Document(path, data, lines, digest=hashlib.sha256(raw).hexdigest(), columns=columns)


def _json(name: str, text: str, lines: dict[str, int]) -> Any:
    """JSON that YAML could not read (it is stricter about some spellings): its lines and depth
    read first, then the values."""
    try:
        _json_lines(text, lines)
    except _Refused as deep:
        raise SpecError([Problem(name, deep.location, deep.message, deep.line)]) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as jexc:
        raise SpecError(
            [Problem(name, "#", f"invalid JSON: {jexc.msg}", jexc.lineno, column=jexc.colno)]
        ) from None
    except (ValueError, RecursionError) as exc:
        raise SpecError([Problem(name, "#", f"invalid JSON: {exc}", 1)]) from None
