"""YAML or JSON -> a Document; the line of every node found again from the text when first asked for.

The document may come from anyone (a pull request, a vendor), so reading it is bounded: a document is
refused, at the line where it crosses the limit, when it is larger than `MAX_DOCUMENT_BYTES`, nests
deeper than `MAX_DEPTH` (aliases counted as what they stand for), or when its aliases stand for more
than `MAX_ALIAS_NODES` nodes in all (an "alias bomb"). Every later stage walks the document
recursively; the depth limit is what makes that safe. The values are JSON's: a tag that makes anything
else (`!!set`, `!!binary`, `!!python/...`) is refused.

Two readings, one result:
- JSON text (a `.json` file, or text that starts with `{`) is parsed by `json.loads`, then its depth
  and integers are checked on the data, without recursion. It means what JSON says (`1e5` is a
  number); text that is not strict JSON (a trailing comma, `NaN`) is read as YAML, as before.
- YAML is built into Python values straight from the parser's events (libyaml when available),
  without recursion and without PyYAML's node tree or constructor, with the values PyYAML's
  SafeLoader gives (timestamps left as strings): YAML 1.1 scalars, merge keys `<<`, aliases that are
  the same object as their anchor, non-string keys.
Lines and columns are only needed when a problem is reported, so `Document.lines`/`columns` are
filled on first use by a second pass over the text (`_Places`): a document without problems never
pays for them.
"""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, cast

import yaml

from generator.errors import Problem, SpecError
from generator.load.document import Document, escape

# The limits a document must keep (documented in the README, "Untrusted documents").
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024
MAX_DEPTH = 64  # mappings and sequences inside each other, the root being level 1
MAX_ALIAS_NODES = 100_000  # nodes that YAML aliases stand for, in all
_MAX_INT_DIGITS = 4000  # below Python's own limit on converting a decimal string
_MAX_INT_BITS = 13_287  # an int of fewer bits has at most 4000 decimal digits (4000 * log2(10))

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
_STR, _INT, _FLOAT, _BOOL, _NULL = (_CORE + t for t in ("str", "int", "float", "bool", "null"))
_MERGE, _VALUE = _CORE + "merge", _CORE + "value"
_MAP, _SEQ = _CORE + "map", _CORE + "seq"
_SCALAR_TAGS = frozenset((_STR, _INT, _FLOAT, _BOOL, _NULL))
# What YAML does not allow raw in a document: outside YAML 1.1's printable set (tab, line feed,
# carriage return, U+0020-U+007E, U+0085, U+00A0-U+D7FF, U+E000-U+FFFD, U+10000-U+10FFFF; JSON is
# stricter still). Written as the set's few gaps: the printable set's own class takes the `re`
# module 3 ms to compile, on every run.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
# JSON is stricter about C0 controls and more lenient about the rest (C1 controls, U+FFFE raw in a string)
_FORBIDDEN_JSON = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# What YAML counts as a line break (its marks, and so the lines of problems, count these)
_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_INF = float("inf")
_NAN = float("nan")  # one object, as PyYAML's: `.nan` keys of one mapping are one key
_BOOLS = {"yes": True, "no": False, "true": True, "false": False, "on": True, "off": False}


class _Refused(Exception):
    """A document that crosses a limit, with the line where it does."""

    def __init__(self, message: str, line: int, location: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.location = location or "#"


def _line(mark: Any) -> int:
    return int(mark.line) + 1 if mark is not None else 1


# -- YAML scalars ------------------------------------------------------------------------------------


class _Untyped:
    """A scalar whose tag no constructor knows (`<<`, `=`): a merge key, `=` as a key, else an error
    where it is used as a value (as PyYAML's SafeConstructor)."""

    __slots__ = ("mark", "tag", "value")

    def __init__(self, tag: str, value: str, mark: Any) -> None:
        self.tag, self.value, self.mark = tag, value, mark


def _scalar_tag(loader: Any, event: Any) -> str:
    """The tag of a scalar event: explicit (only a core scalar tag its value fits), else resolved."""
    tag = event.tag
    implicit = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
    if tag is None or tag == "!":
        tag = implicit
    elif tag not in _SCALAR_TAGS:
        raise _Refused(
            f"the tag {tag.replace(_CORE, '!!')} is not allowed: an OpenAPI document holds JSON values",
            _line(event.start_mark),
        )
    elif tag != _STR and implicit != tag:
        raise _Refused(
            f"{event.value[:40]!r} is not a {tag.replace(_CORE, '!!')}", _line(event.start_mark)
        )
    if tag == _INT and sum(ch.isdigit() for ch in event.value) > _MAX_INT_DIGITS:
        raise _Refused(f"an integer of more than {_MAX_INT_DIGITS} digits", _line(event.start_mark))
    return str(tag)


def _yaml_int(text: str) -> int:
    """A YAML 1.1 int (`0b`, `0x`, a leading-0 octal, `_`s, sexagesimal `1:30`), as SafeConstructor."""
    value = text.replace("_", "")
    sign = -1 if value[0] == "-" else 1
    if value[0] in "+-":
        value = value[1:]
    if value == "0":
        return 0
    if value.startswith("0b"):
        return sign * int(value[2:], 2)
    if value.startswith("0x"):
        return sign * int(value[2:], 16)
    if value[0] == "0":
        return sign * int(value, 8)
    if ":" in value:
        total = 0
        for part in value.split(":"):
            total = total * 60 + int(part)
        return sign * total
    return sign * int(value)


def _yaml_float(text: str) -> float:
    """A YAML 1.1 float (`.inf`, `.nan`, `_`s, sexagesimal `1:30.5`), as SafeConstructor."""
    value = text.replace("_", "").lower()
    sign = -1 if value[0] == "-" else 1
    if value[0] in "+-":
        value = value[1:]
    if value == ".inf":
        return sign * _INF
    if value == ".nan":
        return _NAN
    if ":" in value:
        parts = [float(part) for part in value.split(":")]
        parts.reverse()
        total, base = 0.0, 1
        for part in parts:
            total += part * base
            base *= 60
        return sign * total
    return sign * float(value)


def _scalar(tag: str, value: str, mark: Any) -> Any:
    """The Python value of a scalar of a resolved tag."""
    if tag == _STR:
        return value
    if tag == _NULL:
        return None
    if tag == _BOOL:
        return _BOOLS[value.lower()]
    try:
        if tag == _INT:
            return _yaml_int(value)
        if tag == _FLOAT:
            return _yaml_float(value)
    except ValueError:  # `0b_`, `0x_`: the resolver's pattern, but no digits
        raise _Refused(f"{value[:40]!r} is not a {tag.replace(_CORE, '!!')}", _line(mark)) from None
    return _Untyped(tag, value, mark)


# -- YAML: events -> values --------------------------------------------------------------------------


class _Frame:
    """A mapping or sequence being built."""

    __slots__ = (
        "anchor",
        "data",
        "height",
        "items",
        "key",
        "key_mark",
        "key_token",
        "mark",
        "merges",
        "own",
        "seq",
        "size",
        "token",
    )

    def __init__(self, data: Any, mark: Any, token: Any, anchor: str | None) -> None:
        self.data = data  # the dict or list
        self.mark = mark  # where it starts
        self.token = token  # its place in its parent: an index, a key's token, _ROOT or _IN_KEY
        self.anchor = anchor
        self.seq = 0  # its order among the collections of the document
        self.height = 1  # levels from it to its deepest leaf, aliases expanded
        self.size = 1  # nodes in it, aliases expanded
        self.key: Any = _NO_KEY  # a mapping's key waiting for its value
        self.key_mark: Any = None
        self.key_token: Any = None  # the key as its pointer token shows it (a scalar's text)
        self.merges: list[dict[Any, Any]] | None = None  # mappings merged in by `<<`, in order
        self.own: list[tuple[Any, Any]] | None = None  # (key, value) pairs of a mapping that merges
        self.items: list[Any] | None = None  # the marks of a sequence's items (see _build)


class _Anchored:
    """What an anchor names: a finished value with its measures and marks."""

    __slots__ = ("height", "items", "mark", "size", "token", "value")

    def __init__(
        self, value: Any, token: Any, height: int, size: int, mark: Any, items: list[Any] | None
    ) -> None:
        self.value, self.token = value, token  # token: a scalar's text, else the collection's tag
        self.height, self.size, self.mark, self.items = height, size, mark, items


_NO_KEY = object()
_ROOT = object()
_IN_KEY = object()
_MISS = object()


def _where(stack: list[_Frame]) -> str | None:
    """The JSON pointer of the node starting now (None: a key or inside one, which has no place)."""
    parts = ["#"]
    for frame in stack:
        if frame.token is _IN_KEY:
            return None
        if frame.token is not _ROOT:
            parts.append(escape(frame.token))
    if stack:
        top = stack[-1]
        if top.data.__class__ is list:
            parts.append(str(len(top.data)))
        elif top.key is _NO_KEY:
            return None
        else:
            parts.append(escape(top.key_token))
    return "/".join(parts)


def _construct_error(problem: str, mark: Any) -> yaml.MarkedYAMLError:
    return yaml.constructor.ConstructorError(None, None, problem, mark)


def _build(loader: Any) -> Any:
    """The single document of the stream as Python values, built from the parser's events without
    recursion, with the limits enforced where they are crossed. A value PyYAML's constructor would
    refuse (an unhashable key, a bad merge) is reported after the whole stream is parsed, as PyYAML
    reports it after composing; of several, the one PyYAML meets first (it constructs breadth first:
    the shallower collection first, a mapping's merges before its pairs)."""
    anchors: dict[str, _Anchored | _Frame] = {}
    stack: list[_Frame] = []
    alias_nodes = 0
    root: Any = None
    documents = 0
    # construction errors, reported once the stream is read: (depth, collection, phase, n, error)
    late: list[tuple[int, int, int, int, yaml.MarkedYAMLError]] = []
    started = 0  # collections started: their order, as PyYAML's constructor meets those of a depth
    plain: dict[str, Any] = {}  # plain scalar text -> its value (most repeat: `type`, `string`)
    get_event = loader.get_event
    scalar_event, alias_event = yaml.ScalarEvent, yaml.AliasEvent
    mapping_start, sequence_start = yaml.MappingStartEvent, yaml.SequenceStartEvent
    mapping_end, sequence_end = yaml.MappingEndEvent, yaml.SequenceEndEvent

    def fault(problem: str, mark: Any, phase: int = 1) -> None:
        """A construction error in the collection on top (phase 0: merging, before its pairs)."""
        container = stack[-1].seq if stack else 0
        error = _construct_error(problem, mark)
        late.append((len(stack), container, phase, len(late), error))

    def merge(top: _Frame, value: Any, mark: Any, items: list[Any] | None) -> None:
        """`<<: value` in the mapping `top` (SafeConstructor's flatten_mapping)."""
        if top.merges is None:
            top.merges, top.own = [], []
        if value.__class__ is dict:
            top.merges.append(value)
        elif value.__class__ is list:
            listed: list[Any] = value
            for i, item in enumerate(listed):
                if item.__class__ is not dict:
                    kind = "sequence" if item.__class__ is list else "scalar"
                    at = items[i] if items is not None else mark
                    fault(f"expected a mapping for merging, but found {kind}", at, 0)
                    return
            top.merges.extend(reversed(listed))
        else:
            fault("expected a mapping or list of mappings for merging, but found scalar", mark, 0)

    def attach(value: Any, height: int, size: int, mark: Any, items: list[Any] | None) -> None:
        nonlocal root
        if value.__class__ is _Untyped and not (stack and isinstance(stack[-1].data, dict)):
            fault(f"could not determine a constructor for the tag {value.tag!r}", value.mark)
        if not stack:
            root = value
            return
        top = stack[-1]
        if top.height <= height:
            top.height = height + 1
        top.size += size
        data = top.data
        if data.__class__ is list:
            data.append(value)
            if top.items is not None:
                top.items.append(mark)
            return
        key = top.key
        if key is _NO_KEY:
            top.key, top.key_mark = value, mark
            return
        top.key = _NO_KEY
        if key.__class__ is not str:
            if key.__class__ is _Untyped:
                if key.tag == _MERGE:
                    merge(top, value, mark, items)
                    return
                if key.tag == _VALUE:
                    key = key.value
                else:
                    fault(f"could not determine a constructor for the tag {key.tag!r}", key.mark)
                    return
            elif key.__class__ is dict or key.__class__ is list:
                fault("found unhashable key", top.key_mark)
                return
        if value.__class__ is _Untyped:
            fault(f"could not determine a constructor for the tag {value.tag!r}", value.mark)
            value = None
        if top.own is not None:
            top.own.append((key, value))
        else:
            data[key] = value

    while True:
        event: Any = get_event()
        cls = event.__class__
        if cls is scalar_event:
            value = event.value
            if event.tag is None and event.anchor is None:
                if event.implicit[0]:  # plain: resolved by its text
                    obj = plain.get(value, _MISS)
                    if obj is _MISS:
                        try:
                            tag = _scalar_tag(loader, event)
                            obj = _scalar(tag, value, event.start_mark)
                        except _Refused as refused:
                            refused.location = _where(stack) or "#"
                            raise
                        if obj.__class__ is not _Untyped:
                            plain[value] = obj
                else:  # quoted or a block: a string
                    obj = value
            else:
                try:
                    obj = _scalar(_scalar_tag(loader, event), value, event.start_mark)
                except _Refused as refused:
                    refused.location = _where(stack) or "#"
                    raise
                if event.anchor is not None:
                    anchors[event.anchor] = _Anchored(obj, value, 1, 1, event.start_mark, None)
            if stack:
                top = stack[-1]
                if top.key is _NO_KEY and top.data.__class__ is dict:
                    top.key_token = value  # a key's text is its pointer token
            attach(obj, 1, 1, event.start_mark, None)
        elif cls is mapping_start or cls is sequence_start:
            mark = event.start_mark
            if len(stack) >= MAX_DEPTH:
                raise _Refused(
                    f"the document nests deeper than {MAX_DEPTH} levels",
                    _line(mark),
                    _where(stack),
                )
            tag = event.tag
            if tag is not None and tag != "!" and tag != (_MAP if cls is mapping_start else _SEQ):
                raise _Refused(
                    f"the tag {tag.replace(_CORE, '!!')} is not allowed: an OpenAPI document "
                    "holds JSON values",
                    _line(mark),
                    _where(stack),
                )
            if not stack:
                token: Any = _ROOT
            else:
                top = stack[-1]
                if top.token is _IN_KEY:
                    token = _IN_KEY
                elif top.data.__class__ is list:
                    token = len(top.data)
                elif top.key is _NO_KEY:
                    token = _IN_KEY
                else:
                    token = top.key_token
            frame = _Frame({} if cls is mapping_start else [], mark, token, event.anchor)
            started += 1
            frame.seq = started
            if cls is sequence_start and (
                event.anchor is not None
                or (stack and stack[-1].key.__class__ is _Untyped and stack[-1].key.tag == _MERGE)
            ):
                frame.items = []  # a merge's items are checked to be mappings, at their marks
            if event.anchor is not None:
                anchors[event.anchor] = frame
            stack.append(frame)
        elif cls is mapping_end or cls is sequence_end:
            done = stack.pop()
            data = done.data
            if done.merges is not None:
                merged: dict[Any, Any] = {}
                for source in done.merges:
                    merged.update(source)
                merged.update(data)  # keys before the first `<<` (none when it comes first)
                for key, value in done.own or ():
                    merged[key] = value
                data.clear()
                data.update(merged)
            if done.anchor is not None and anchors.get(done.anchor) is done:
                anchors[done.anchor] = _Anchored(
                    data,
                    _MAP if cls is mapping_end else _SEQ,
                    done.height,
                    done.size,
                    done.mark,
                    done.items,
                )
            if stack and stack[-1].data.__class__ is dict and stack[-1].key is _NO_KEY:
                stack[-1].key_token = _MAP if cls is mapping_end else _SEQ
            attach(data, done.height, done.size, done.mark, done.items)
        elif cls is alias_event:
            name = event.anchor
            line = _line(event.start_mark)
            target = anchors.get(name)
            if target is None:
                raise _Refused(f"undefined alias *{name}", line, _where(stack))
            if target.__class__ is _Frame:
                raise _Refused(
                    f"the alias *{name} is inside its own anchor (a document without end)",
                    line,
                    _where(stack),
                )
            assert isinstance(target, _Anchored)
            if len(stack) + target.height > MAX_DEPTH:
                raise _Refused(
                    f"the alias *{name} makes the document nest deeper than {MAX_DEPTH} levels",
                    line,
                    _where(stack),
                )
            alias_nodes += target.size
            if alias_nodes > MAX_ALIAS_NODES:
                raise _Refused(
                    f"aliases stand for more than {MAX_ALIAS_NODES} nodes "
                    f"(here *{name}); expand them or write the document without aliases",
                    line,
                    _where(stack),
                )
            if stack and stack[-1].data.__class__ is dict and stack[-1].key is _NO_KEY:
                stack[-1].key_token = target.token
            attach(target.value, target.height, target.size, target.mark, target.items)
        elif cls is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _Refused(
                    "the file holds more than one YAML document; expected one OpenAPI document",
                    _line(event.start_mark),
                )
        elif cls is yaml.StreamEndEvent:
            if late:
                raise min(late)[-1]
            return root


def _read_yaml(text: str) -> Any:
    loader = _SpecLoader(text)
    try:
        return _build(loader)
    finally:
        loader.dispose()


# -- JSON ---------------------------------------------------------------------------------------------

_JSON_TOKEN = re.compile(r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"|[{}\[\],:]|[^\s{}\[\],:"]+')
_JSON_INT = re.compile(r"-?[0-9]+")
_JSON_CONSTANTS = frozenset(("NaN", "Infinity", "-Infinity"))
_NOT_JSON = object()


def _within_limits(data: Any) -> bool:
    """Does parsed JSON keep MAX_DEPTH and the integer digit limit? (Read without recursion.)"""
    if data.__class__ is int and data.bit_length() > _MAX_INT_BITS:
        return len(str(abs(data))) <= _MAX_INT_DIGITS
    stack: list[tuple[Any, int]] = [(data, 1)] if isinstance(data, (dict, list)) else []
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return False
        for value in node.values() if node.__class__ is dict else node:
            cls = value.__class__
            if cls is dict or cls is list:
                stack.append((value, depth + 1))
            elif (
                cls is int
                and value.bit_length() > _MAX_INT_BITS
                and len(str(abs(value))) > _MAX_INT_DIGITS
            ):
                return False
    return True


class _Lines:
    """Line and column of an offset of the text, counting line breaks as YAML does."""

    def __init__(self, text: str) -> None:
        self.starts = [m.end() for m in _BREAK.finditer(text)]  # where lines 2, 3, ... start

    def at(self, offset: int) -> tuple[int, int]:
        index = bisect_right(self.starts, offset)
        return index + 1, offset - (self.starts[index - 1] if index else 0) + 1


def _json_places(text: str) -> tuple[dict[str, int], dict[str, int]]:
    """The line and column of every value of JSON text by JSON pointer (a member at its key, as for
    YAML), read token by token without recursion; _Refused where the text nests deeper than
    MAX_DEPTH or holds an integer of more digits than allowed. (Malformed text is left to
    `json.loads`: the reading stops.)"""
    lines: dict[str, int] = {}
    columns: dict[str, int] = {}
    where = _Lines(text)
    stack: list[list[Any]] = []  # [pointer, is a mapping, next index or (the pending key, offset)]
    expect_key = False
    for match in _JSON_TOKEN.finditer(text):
        token = match.group(0)
        first = token[0]
        if len(token) == 1 and first in ",:]}":
            if first == ",":
                expect_key = bool(stack) and stack[-1][1]
            elif first != ":":
                if stack:
                    stack.pop()
                expect_key = False
            continue
        if expect_key:  # a key of the mapping on top
            if "\\" in token:
                try:
                    key = str(json.loads(token))
                except ValueError:
                    break
            else:
                key = token[1:-1]
            stack[-1][2] = (escape(key), match.start())
            expect_key = False
            continue
        offset = match.start()
        if not stack:
            location = "#"
        elif stack[-1][1]:
            pending: Any = stack[-1][2]
            if pending.__class__ is not tuple:
                break  # a value where a key belongs: malformed
            key, offset = pending
            location = f"{stack[-1][0]}/{key}"
        else:
            index = cast(int, stack[-1][2])
            location = f"{stack[-1][0]}/{index}"
            stack[-1][2] = index + 1
        line, column = where.at(offset)
        lines[location], columns[location] = line, column
        if first in "[{":
            if len(stack) >= MAX_DEPTH:
                line = where.at(match.start())[0]
                raise _Refused(f"the document nests deeper than {MAX_DEPTH} levels", line, location)
            stack.append([location, first == "{", 0 if first == "[" else ""])
            expect_key = first == "{"
        elif len(token.lstrip("-")) > _MAX_INT_DIGITS and _JSON_INT.fullmatch(token):
            line = where.at(match.start())[0]
            raise _Refused(f"an integer of more than {_MAX_INT_DIGITS} digits", line, location)
    return lines, columns


def _json_constant(text: str) -> tuple[str, int, int] | None:
    """The first `NaN`/`Infinity`/`-Infinity` of JSON text with its line and column, if any."""
    for match in _JSON_TOKEN.finditer(text):
        if match.group(0) in _JSON_CONSTANTS:
            return (match.group(0), *_Lines(text).at(match.start()))
    return None


def _read_json(text: str) -> tuple[Any, Exception | None]:
    """Strict JSON text as Python values, checked against the limits (_Refused where it crosses
    one); (_NOT_JSON, why) for text that is not strict JSON (why is None for a `NaN`, `Infinity`)."""
    constants: list[str] = []

    def constant(name: str) -> float:
        constants.append(name)
        return float(name)

    try:
        data = json.loads(text, parse_constant=constant)
    except json.JSONDecodeError as exc:
        return _NOT_JSON, exc
    except (RecursionError, ValueError) as exc:  # nested too deep for the parser; a huge integer
        _json_places(text)  # refuses where the text crosses the limit
        return _NOT_JSON, exc
    if constants:
        return _NOT_JSON, None
    if not _within_limits(data):
        _json_places(text)  # refuses where the text crosses the limit
        raise _Refused(f"the document crosses a limit (depth {MAX_DEPTH}, integer digits)", 1)
    return data, None


def _not_json(name: str, text: str, why: Exception | None) -> SpecError:
    """The refusal of a `.json` file that neither YAML nor JSON reads: where it nests too deep, else
    where JSON stops."""
    try:
        _json_places(text)
    except _Refused as deep:
        return SpecError([Problem(name, deep.location, deep.message, deep.line)])
    if isinstance(why, json.JSONDecodeError):
        return SpecError(
            [Problem(name, "#", f"invalid JSON: {why.msg}", why.lineno, column=why.colno)]
        )
    found = _json_constant(text) if why is None else None
    if found is not None:
        constant, line, column = found
        return SpecError(
            [
                Problem(
                    name,
                    "#",
                    f"invalid JSON: {constant} is not a JSON value (write a number, null or a string)",
                    line,
                    column=column,
                )
            ]
        )
    return SpecError([Problem(name, "#", f"invalid JSON: {why}", 1)])


# -- lines, on first need ------------------------------------------------------------------------------


def _yaml_places(text: str) -> tuple[dict[str, int], dict[str, int]]:
    """The line and column of every node of YAML text by JSON pointer, from the parser's events: a
    member of a mapping at its key, where a reader looks for it; nothing below an alias (its anchor
    has them) and nothing inside a key (no place of its own)."""
    lines: dict[str, int] = {}
    columns: dict[str, int] = {}
    anchors: dict[str, tuple[Any, Any]] = {}  # name -> (its token as a key, its mark)
    stack: list[list[Any]] = []  # [pointer or None, is a sequence, items so far, key, token, mark]
    loader = _SpecLoader(text)

    def place(mark: Any) -> str | None:
        if not stack:
            lines["#"], columns["#"] = mark.line + 1, mark.column + 1
            return "#"
        top = stack[-1]
        if top[0] is None:
            return None
        if top[1]:
            location = f"{top[0]}/{top[2]}"
        elif top[3] is None:
            return None  # a key
        else:
            token, mark = top[3]
            location = f"{top[0]}/{escape(token)}"
        lines[location], columns[location] = mark.line + 1, mark.column + 1
        return location

    def attach(token: Any, mark: Any) -> None:
        if stack:
            top = stack[-1]
            if top[1]:
                top[2] += 1
            elif top[3] is None:
                top[3] = (token, mark)
            else:
                top[3] = None

    try:
        while True:
            event: Any = loader.get_event()
            cls = event.__class__
            if cls is yaml.ScalarEvent:
                place(event.start_mark)
                if event.anchor is not None:
                    anchors[event.anchor] = (event.value, event.start_mark)
                attach(event.value, event.start_mark)
            elif cls is yaml.MappingStartEvent or cls is yaml.SequenceStartEvent:
                location = place(event.start_mark)
                token = _MAP if cls is yaml.MappingStartEvent else _SEQ
                if event.anchor is not None:
                    anchors[event.anchor] = (token, event.start_mark)
                stack.append(
                    [location, cls is yaml.SequenceStartEvent, 0, None, token, event.start_mark]
                )
            elif cls is yaml.MappingEndEvent or cls is yaml.SequenceEndEvent:
                done = stack.pop()
                attach(done[4], done[5])
            elif cls is yaml.AliasEvent:
                place(event.start_mark)
                attach(*anchors.get(event.anchor, (None, event.start_mark)))
            elif cls is yaml.StreamEndEvent or cls is yaml.DocumentEndEvent:
                break
    finally:
        loader.dispose()
    return lines, columns


class _JsonSeeker:
    """The place of one JSON pointer in JSON text, found by walking down to it: the members of each
    container on the way are listed once (their values skipped by the C decoder), so a document
    with a few problems never pays for the places of all its nodes. The same places as
    `_json_places`: a member at its key, the last of duplicate keys, an item or the root at its
    first character."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._decoder = json.JSONDecoder()
        self._lines: _Lines | None = None
        # pointer -> (its place, where its value starts); containers whose members are listed
        self._nodes: dict[str, tuple[int, int]] = {}
        self._listed: set[str] = set()
        start = _JSON_SPACE.match(text).end()  # type: ignore[union-attr]
        self._nodes["#"] = (start, start)

    def place(self, location: str) -> tuple[int, int] | None:
        """(line, column) of `location`, or None where the text has no such node."""
        found = self._find(location)
        if found is None:
            return None
        if self._lines is None:
            self._lines = _Lines(self._text)
        return self._lines.at(found[0])

    def _find(self, location: str) -> tuple[int, int] | None:
        found = self._nodes.get(location)
        if found is not None or "/" not in location:
            return found
        parent = location.rsplit("/", 1)[0]
        if parent not in self._listed:
            if self._find(parent) is None:
                return None
            self._list(parent)
        return self._nodes.get(location)

    def _list(self, location: str) -> None:
        """Record the members of the container at `location` (nothing for a scalar)."""
        self._listed.add(location)
        text, at = self._text, self._nodes[location][1]
        opening = text[at : at + 1]
        if opening not in ("{", "["):
            return
        closing = "}" if opening == "{" else "]"
        pos = _JSON_SPACE.match(text, at + 1).end()  # type: ignore[union-attr]
        index = 0
        try:
            while text[pos] != closing:
                if opening == "{":
                    key_at = pos
                    key, pos = json.decoder.scanstring(text, pos + 1)  # type: ignore[attr-defined]
                    pos = _JSON_SPACE.match(text, pos).end() + 1  # type: ignore[union-attr]  # ':'
                    child = f"{location}/{escape(key)}"
                else:
                    key_at, child = pos, f"{location}/{index}"
                    index += 1
                pos = _JSON_SPACE.match(text, pos).end()  # type: ignore[union-attr]
                self._nodes[child] = (key_at if opening == "{" else pos, pos)
                _, pos = self._decoder.raw_decode(text, pos)
                pos = _JSON_SPACE.match(text, pos).end()  # type: ignore[union-attr]
                if text[pos] == ",":
                    pos = _JSON_SPACE.match(text, pos + 1).end()  # type: ignore[union-attr]
        except (ValueError, IndexError, RecursionError):  # not expected: the text was read before
            return


_JSON_SPACE = re.compile(r"[ \t\n\r]*")


class _Places:
    """The lines and columns of a document's nodes, found from its text on first need: all of them
    at once (a YAML document, or a caller that lists them), or, for JSON, one pointer at a time."""

    def __init__(self, text: str, json_text: bool) -> None:
        self._text = text
        self._json = json_text
        self._found: tuple[dict[str, int], dict[str, int]] | None = None
        self._seeker: _JsonSeeker | None = None

    def found(self) -> tuple[dict[str, int], dict[str, int]]:
        if self._found is None:
            found: tuple[dict[str, int], dict[str, int]]
            try:
                found = _json_places(self._text) if self._json else _yaml_places(self._text)
            except (_Refused, yaml.YAMLError):  # not expected: the text was read before
                found = ({}, {})
            self._found, self._seeker = found, None
        return self._found

    def one(self, location: str, which: int) -> int | None:
        """The line (which=0) or column (which=1) of one pointer, or None where there is none."""
        if self._found is None and self._json:
            if self._seeker is None:
                self._seeker = _JsonSeeker(self._text)
            place = self._seeker.place(location)
            return None if place is None else place[which]
        return self.found()[which].get(location)


class _Lazy(Mapping[str, int]):
    """Lines (which=0) or columns (which=1) by JSON pointer, from `_Places` on first use."""

    def __init__(self, places: _Places, which: int) -> None:
        self._places = places
        self._which = which

    def _map(self) -> dict[str, int]:
        return self._places.found()[self._which]

    def __getitem__(self, key: str) -> int:
        found = self._places.one(key, self._which)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._places.one(key, self._which) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._map())

    def __len__(self) -> int:
        return len(self._map())


# -- the file ------------------------------------------------------------------------------------------
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
    json_file = path.suffix == ".json"
    text = _decoded(name, raw, json_text=json_file)
    if not text.strip():
        raise SpecError(
            [Problem(name, "#", "the file is empty; expected an OpenAPI 3.x document", 1)]
        )
    data: Any = _NOT_JSON
    why: Exception | None = None
    try:
        if json_file or text.lstrip()[:1] == "{":
            data, why = _read_json(text)
        read_as_json = data is not _NOT_JSON
        if not read_as_json:
            data = _read_yaml(text)
    except _Refused as refused:
        raise SpecError([Problem(name, refused.location, refused.message, refused.line)]) from None
    except yaml.YAMLError as exc:
        if json_file:
            raise _not_json(name, text, why) from None
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else 1
        column = mark.column + 1 if mark is not None else None
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
    places = _Places(text, read_as_json)
    return Document(
        path,
        cast(dict[str, Any], data),
        _Lazy(places, 0),
        digest=hashlib.sha256(raw).hexdigest(),
        columns=_Lazy(places, 1),
    )
