"""The drift log: what answers brought that the spec did not say, recorded as shapes for `codegen drift`.

Opt-in (`drift_log=` on the client, or the `<PREFIX>_DRIFT_LOG` environment variable). Every answer a
client parses, and every webhook delivery it unwraps, is compared with its declared type (`observe`):
a string outside an enum, a null where none is allowed, a property the schema does not declare, a JSON
type other than the declared one, a string in the wrong format, a required property that is absent,
an event the spec does not declare. Each distinct finding is one JSON line of the log, with its
operation, status, JSON pointer into the body (array items and map values as `*`), what the spec
expected (type, enum, required, format), what arrived (JSON type, key names, a shape), how many
answers carried it and when it was first and last seen, and the package version.

The record holds shapes, never customer data: no value is written but the string of an enum-typed
field (or an event name), and only when it looks like a code (`in_progress`, `message.received`);
anything that could be text, an id, a phone number or an email is withheld, and so are key names that
look like data. The file is bounded (`MAX_RECORDS` lines, then one overflow line), rewritten whole
under a lock (an in-process lock for threads, `fcntl.flock` or `msvcrt.locking` on a `.lock` file
beside it for processes) and replaced atomically, so readers never see half a line and counts stay
exact across threads, processes and async tasks. A log that cannot be written warns once in the
package's log and never breaks a request.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
import sys
import tempfile
import threading
import time
from collections.abc import Generator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any, cast

from ._logs import logger

__all__: list[str] = []

MAX_RECORDS = 2000  # distinct findings kept in one log; later ones are counted on one overflow line
MAX_KEYS = 50  # key names, enum values and shape properties kept per record
MAX_DEPTH = 3  # how deep the shape of a new property is described
_WALK_DEPTH = 40  # how deep an answer is compared with its type

# A value that may be written: a code-like token (letters first, few digits, no spaces, no `@`, short).
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9_.:-]{0,39}")
_DATE_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})"
)  # RFC 3339: with its offset
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def safe_token(value: str) -> str | None:
    """`value` when it reads as a code rather than data (text, an id, a phone number, an email), else None."""
    if not _TOKEN.fullmatch(value):
        return None
    if sum(ch.isdigit() for ch in value) > 2:
        return None  # ids, phone numbers, dates, hashes
    for part in re.split(r"[_.:-]", value):
        upper_inside = sum(ch.isupper() for ch in part[1:])
        if len(part) >= 10 and upper_inside >= 3:
            return None  # a random-looking id (`cus_NffrFeUfNV2Hib`), not a code (`inProgress`)
    return value


def json_type(value: object) -> str:
    """The JSON type of a decoded value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def shape(value: object, depth: int = 0) -> dict[str, Any]:
    """A JSON-Schema-like description of a value without the value: types, key names, string formats."""
    kind = json_type(value)
    out: dict[str, Any] = {"type": kind}
    if kind == "string":
        text = cast(str, value)
        if _DATE_TIME.fullmatch(text):
            out["format"] = "date-time"
        elif _DATE.fullmatch(text):
            out["format"] = "date"
    elif kind == "object" and depth < MAX_DEPTH:
        props: dict[str, Any] = {}
        withheld = 0
        for key, item in cast("dict[str, object]", value).items():
            name = safe_token(str(key))
            if name is None or len(props) >= MAX_KEYS:
                withheld += 1
                continue
            props[name] = shape(item, depth + 1)
        out["properties"] = props
        if withheld:
            out["keys_withheld"] = withheld
    elif kind == "array" and depth < MAX_DEPTH:
        items = cast("list[object]", value)
        if items:
            out["items"] = _merge_shapes([shape(item, depth + 1) for item in items[:20]])
    return out


def _merge_shapes(shapes: list[dict[str, Any]]) -> dict[str, Any]:
    """One shape for the items of an array: the first object's properties widened by the others'."""
    types = sorted({s["type"] for s in shapes})
    if len(types) == 1:
        merged = dict(shapes[0])
        if types[0] == "object":
            props: dict[str, Any] = {}
            for s in shapes:
                for name, sub in s.get("properties", {}).items():
                    props.setdefault(name, sub)
            merged["properties"] = dict(list(props.items())[:MAX_KEYS])
        return merged
    return {"type": types}


# --------------------------------------------------------------------------------------------------
# Comparing an answer with its declared type


@dataclass(frozen=True)
class Finding:
    """One way an answer differs from its type, at a JSON pointer into the body."""

    kind: str  # enum, null, property, type, format, missing, event, keys
    pointer: str
    expected: dict[str, Any]
    arrived: dict[str, Any]


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


class _Walker:
    """Compares decoded JSON with a pydantic type, collecting Findings (pydantic imported on first use)."""

    def __init__(self) -> None:
        import pydantic

        self.pydantic = pydantic
        self.findings: dict[tuple[str, str, str], Finding] = {}

    def add(self, kind: str, pointer: str, expected: dict[str, Any], arrived: dict[str, Any]) -> None:
        key = (kind, pointer, json.dumps(arrived, sort_keys=True))
        self.findings.setdefault(key, Finding(kind, pointer, expected, arrived))

    def walk(self, tp: Any, value: Any, pointer: str, depth: int = 0) -> None:
        import types
        import typing

        if depth > _WALK_DEPTH or tp is Any or tp is object:
            return
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is typing.Annotated:
            inner = args[0]
            if self._is_leaf(inner):
                self._leaf(tp, inner, value, pointer)
                return
            self.walk(inner, value, pointer, depth)
            if isinstance(value, (list, dict)) and _validates(inner, value):
                broken = _violations(tp, value)  # the constraints on the whole: minItems, maxItems, ...
                if broken is not None:
                    self.add(
                        "format", pointer, describe(tp), {"type": json_type(cast(object, value)), "violates": broken}
                    )
            return
        if origin in (typing.Union, types.UnionType):
            self._union(tp, args, value, pointer, depth)
            return
        if origin is typing.Literal:
            self._literal(args, value, pointer)
            return
        if isinstance(tp, type) and issubclass(tp, self.pydantic.BaseModel):
            self._model(tp, value, pointer, depth)
            return
        if origin in (list, Sequence, tuple, set, frozenset) or tp in (list, tuple):
            if not isinstance(value, list):
                self._type(tp, value, pointer)
                return
            item = args[0] if args else Any
            for each in cast("list[object]", value):
                self.walk(item, each, pointer + "/*", depth + 1)
            return
        if origin in (dict, Mapping) or tp is dict:
            if not isinstance(value, dict):
                self._type(tp, value, pointer)
                return
            item = args[1] if len(args) == 2 else Any
            for each in cast("dict[str, object]", value).values():
                self.walk(item, each, pointer + "/*", depth + 1)
            return
        if tp is type(None):
            if value is not None:
                self._type(tp, value, pointer)
            return
        self._leaf(tp, tp, value, pointer)

    # -- kinds of types ----------------------------------------------------------------------------

    def _union(self, tp: Any, members: tuple[Any, ...], value: Any, pointer: str, depth: int) -> None:
        import typing

        nullable = type(None) in members
        others = [m for m in members if m is not type(None)]
        if value is None:
            if not nullable:
                self.add("null", pointer, describe(tp), {"type": "null"})
            return
        literals = [m for m in others if typing.get_origin(m) is typing.Literal]
        if literals and all(m is str or m in literals for m in others) and str in others:
            values = tuple(v for lit in literals for v in typing.get_args(lit))
            self._literal(values, value, pointer)
            return
        if len(others) == 1:
            self.walk(others[0], value, pointer, depth)
            return
        for member in others:  # the member the value fits as a whole, for what lies inside it
            if _validates(member, value):
                self.walk(member, value, pointer, depth)
                return
        if isinstance(value, dict):
            best = _closest_model(self.pydantic, others, cast("dict[str, object]", value))
            if best is not None:
                self.walk(best, value, pointer, depth)
                return
        arrived = json_type(cast(object, value))
        if not any(arrived in _json_types(m) for m in others):
            self.add("type", pointer, describe(tp), {"type": arrived})
        else:
            self.add("format", pointer, describe(tp), {"type": arrived})

    def _literal(self, values: tuple[Any, ...], value: Any, pointer: str) -> None:
        if value in values:
            return
        expected = {"type": _literal_json_type(values), "enum": list(values)[:MAX_KEYS]}
        if value is None:
            self.add("null", pointer, expected, {"type": "null"})
        elif isinstance(value, str) and all(isinstance(v, str) for v in values):
            token = safe_token(value)
            arrived: dict[str, Any] = {"type": "string"}
            if token is not None:
                arrived["value"] = token
            else:
                arrived["value_withheld"] = True
            self.add("enum", pointer, expected, arrived)
        elif json_type(value) != expected["type"]:
            self.add("type", pointer, expected, {"type": json_type(value)})
        else:
            self.add("enum", pointer, expected, {"type": json_type(value), "value_withheld": True})

    def _model(self, cls: Any, value: Any, pointer: str, depth: int) -> None:
        if not getattr(cls, "__pydantic_complete__", True):
            # forward references not resolved yet: until then its fields lack their aliases
            cls.model_rebuild(raise_errors=False)
        if issubclass(cls, self.pydantic.RootModel):
            self.walk(_field_types(cls).get("root", Any), value, pointer, depth)
            return
        if not isinstance(value, dict):
            self._type(cls, value, pointer)
            return
        data = cast("dict[str, object]", value)
        hints = _field_types(cls)
        known: set[str] = set()
        for name, field in cls.model_fields.items():
            wire = field.alias or name
            known.update((wire, name))
            where = f"{pointer}/{_escape(wire)}"
            if wire in data:
                self.walk(hints.get(name, Any), data[wire], where, depth + 1)
            elif name in data:
                self.walk(hints.get(name, Any), data[name], where, depth + 1)
            elif field.is_required():
                self.add("missing", where, {"required": True, **describe(hints.get(name, Any))}, {"absent": True})
        withheld = 0
        for key, item in data.items():
            if key in known:
                continue
            name = safe_token(key)
            if name is None:
                withheld += 1
                continue
            self.add("property", f"{pointer}/{_escape(name)}", {"declared": False}, shape(item))
        if withheld:
            self.add("keys", pointer, {"type": "object"}, {"keys_withheld": withheld})

    def _type(self, tp: Any, value: Any, pointer: str) -> None:
        kind = "null" if value is None else "type"
        self.add(kind, pointer, describe(tp), shape(value, MAX_DEPTH))

    @staticmethod
    def _is_leaf(tp: Any) -> bool:
        return tp in _LEAF_TYPES or (isinstance(tp, type) and tp.__name__ in _FORMATS)

    def _leaf(self, full: Any, base: Any, value: Any, pointer: str) -> None:
        expected = describe(full)
        if value is None:
            self.add("null", pointer, expected, {"type": "null"})
            return
        arrived = json_type(value)
        allowed = _json_types(base)
        if allowed and arrived not in allowed:
            self.add("type", pointer, expected, shape(value, MAX_DEPTH))
            return
        broken = _violations(full, value)
        if broken is not None:
            self.add("format", pointer, expected, {"type": arrived, "violates": broken})


_LEAF_TYPES = (str, int, float, bool, bytes)
_FORMATS = {
    "datetime": "date-time",
    "AwareDatetime": "date-time",
    "NaiveDatetime": "date-time",
    "date": "date",
    "time": "time",
    "timedelta": "duration",
    "UUID": "uuid",
    "AnyUrl": "uri",
    "Url": "uri",
    "IPv4Address": "ipv4",
    "IPv6Address": "ipv6",
}


def _json_types(tp: Any) -> set[str]:
    """The JSON types a Python annotation accepts (empty: cannot tell)."""
    import typing

    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        return _json_types(typing.get_args(tp)[0])
    if origin is typing.Literal:
        return {json_type(v) for v in typing.get_args(tp)}
    if origin is not None and typing.get_args(tp) and origin not in (list, dict, Sequence, Mapping, tuple):
        found: set[str] = set()
        for member in typing.get_args(tp):
            found |= _json_types(member)
        return found
    if tp is bool:
        return {"boolean"}
    if tp is int:
        return {"integer"}
    if tp is float:
        return {"integer", "number"}
    if tp in (str, bytes) or (isinstance(tp, type) and tp.__name__ in _FORMATS):
        return {"string"}
    if tp is type(None):
        return {"null"}
    if origin in (list, Sequence, tuple) or tp in (list, tuple):
        return {"array"}
    if origin in (dict, Mapping) or tp is dict or isinstance(tp, type):
        return {"object"}
    return set()


def describe(tp: Any) -> dict[str, Any]:
    """What a Python annotation says about the JSON it takes: type, enum, format (JSON Schema words)."""
    import typing

    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Annotated:
        return describe(args[0])
    if origin is typing.Literal:
        return {"type": _literal_json_type(args), "enum": list(args)[:MAX_KEYS]}
    if origin is not None and args and origin not in (list, dict, Sequence, Mapping, tuple):
        parts = [describe(m) for m in args]
        out: dict[str, Any] = {}
        types: list[str] = []
        for part in parts:
            kind = part.get("type")
            kinds: list[object] = cast("list[object]", kind) if isinstance(kind, list) else [kind]
            for each in kinds:
                if isinstance(each, str) and each not in types:
                    types.append(each)
            if "enum" in part:
                out["enum"] = part["enum"]
            if "format" in part:
                out["format"] = part["format"]
        out["type"] = types[0] if len(types) == 1 else types
        return out
    if tp is type(None):
        return {"type": "null"}
    if isinstance(tp, type) and tp.__name__ in _FORMATS:
        return {"type": "string", "format": _FORMATS[tp.__name__]}
    found = sorted(_json_types(tp) - ({"integer"} if tp is float else set()))
    if not found:
        return {}
    return {"type": found[0] if len(found) == 1 else found}


def _literal_json_type(values: tuple[Any, ...]) -> str:
    kinds = {json_type(v) for v in values}
    return kinds.pop() if len(kinds) == 1 else "string"


_ADAPTERS: dict[object, Any] = {}
_ADAPTERS_BY_ID: dict[int, tuple[object, Any]] = {}


def _validates(tp: Any, value: Any) -> bool:
    return _violations(tp, value) is None


# pydantic's error types -> the JSON Schema keyword a value broke (anything else: its `format`)
_KEYWORDS = {
    "string_pattern_mismatch": "pattern",
    "string_too_short": "minLength",
    "string_too_long": "maxLength",
    "too_short": "minItems",
    "too_long": "maxItems",
    "greater_than_equal": "minimum",
    "greater_than": "exclusiveMinimum",
    "less_than_equal": "maximum",
    "less_than": "exclusiveMaximum",
    "multiple_of": "multipleOf",
}


def _constraints_only(tp: Any) -> Any:
    """A field's `Annotated[X, Field(alias=..., pattern=...)]` as `Annotated[X, <its constraints>]`: a
    validator of the value alone (a field's alias means nothing there, and pydantic would warn)."""
    import typing

    from pydantic.fields import FieldInfo

    if typing.get_origin(tp) is not typing.Annotated:
        return tp
    inner, *metadata = typing.get_args(tp)
    kept: list[Any] = []
    for item in metadata:
        kept.extend(item.metadata if isinstance(item, FieldInfo) else [item])
    params = (inner, *kept)
    return cast(Any, typing.Annotated)[params] if kept else inner


def _violations(tp: Any, value: Any) -> list[str] | None:
    """None when `value` fits `tp`; else the keywords it broke (`pattern`, `minimum`, ..., `format`)."""
    import pydantic

    try:
        adapter = _ADAPTERS.get(tp)
        if adapter is None:
            adapter = _ADAPTERS[tp] = pydantic.TypeAdapter(_constraints_only(tp))
    except TypeError:  # unhashable metadata: kept by identity (the hints are cached per class)
        kept = _ADAPTERS_BY_ID.get(id(tp))
        if kept is None or kept[0] is not tp:
            kept = _ADAPTERS_BY_ID[id(tp)] = (tp, pydantic.TypeAdapter(_constraints_only(tp)))
        adapter = kept[1]
    try:
        adapter.validate_python(value)
    except pydantic.ValidationError as exc:
        return sorted({_KEYWORDS.get(error["type"], "format") for error in exc.errors(include_input=False)})
    return None


_FIELD_TYPES: dict[type, dict[str, Any]] = {}


def _field_types(cls: Any) -> dict[str, Any]:
    """A model's field types, their Annotated constraints kept (read once per class)."""
    import typing

    found = _FIELD_TYPES.get(cls)
    if found is None:
        try:
            found = typing.get_type_hints(cls, include_extras=True)
        except Exception:  # an unresolvable name: what pydantic kept
            found = {name: field.annotation for name, field in cls.model_fields.items()}
        _FIELD_TYPES[cls] = found
    return found


def _closest_model(pydantic: Any, members: list[Any], value: dict[str, object]) -> Any:
    keys = set(value)
    best, overlap = None, 0
    for member in members:
        if isinstance(member, type) and issubclass(member, pydantic.BaseModel):
            fields: dict[str, Any] = cast(Any, member).model_fields
            names = {f.alias or n for n, f in fields.items()}
            if len(keys & names) > overlap:
                best, overlap = member, len(keys & names)
    return best


def observe(tp: Any, value: Any, pointer: str = "") -> list[Finding]:
    """Every way decoded JSON `value` differs from the annotation `tp`, each once."""
    walker = _Walker()
    walker.walk(tp, value, pointer)
    return list(walker.findings.values())


# --------------------------------------------------------------------------------------------------
# The log file


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


_PROCESS_LOCKS: dict[str, threading.Lock] = {}
_PROCESS_LOCKS_GUARD = threading.Lock()


def _thread_lock(path: str) -> threading.Lock:
    with _PROCESS_LOCKS_GUARD:
        lock = _PROCESS_LOCKS.get(path)
        if lock is None:
            lock = _PROCESS_LOCKS[path] = threading.Lock()
        return lock


@contextmanager
def _file_lock(path: str) -> Generator[None, None, None]:
    """An exclusive lock between processes on `path + '.lock'`: flock on POSIX, msvcrt on Windows."""
    with open(path + ".lock", "a+b") as handle:
        if sys.platform == "win32":  # pragma: no cover
            import msvcrt

            handle.seek(0)
            while True:
                try:
                    msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
                    break
                except OSError:  # LK_LOCK gives up after 10 s: try again
                    time.sleep(0.01)
            try:
                yield
            finally:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _record_key(record: Mapping[str, Any]) -> str:
    fields = ("package", "version", "operation", "status", "kind", "pointer", "arrived")
    return json.dumps([record.get(f) for f in fields], sort_keys=True)


class DriftLog:
    """One drift log file; `record` merges one answer's findings into it (see the module docstring)."""

    def __init__(self, path: str | os.PathLike[str], *, package: str, version: str) -> None:
        self.path: str = os.path.abspath(os.fspath(path))
        self.package = package
        self.version = version
        self._warned = False

    def __repr__(self) -> str:
        return f"DriftLog({self.path!r})"

    def observe(self, operation: str, status: int | None, tp: Any, value: Any) -> None:
        """Compare an answer with its type and record what differs; never raises."""
        try:
            findings = observe(tp, value)
        except Exception as exc:  # a type the walk does not understand: say so once, go on
            self._warn(f"cannot compare the answer with its type ({type(exc).__name__})")
            return
        self.record(operation, status, findings)

    def record(self, operation: str, status: int | None, findings: Sequence[Finding]) -> None:
        """Merge findings (each counted once) into the file; never raises."""
        if not findings:
            return
        now = _now()
        fresh = [
            {
                "kind": f.kind,
                "operation": operation,
                "status": status,
                "pointer": f.pointer,
                "expected": f.expected,
                "arrived": f.arrived,
                "count": 1,
                "first_seen": now,
                "last_seen": now,
                "package": self.package,
                "version": self.version,
            }
            for f in findings
        ]
        try:
            with _thread_lock(self.path), _file_lock(self.path):
                self._merge(fresh)
        except Exception as exc:  # a broken path, a full disk, a read-only folder: the call goes on
            self._warn(f"cannot write the drift log {self.path}: {exc}")

    def _merge(self, fresh: list[dict[str, Any]]) -> None:
        records: dict[str, dict[str, Any]] = {}
        overflow: dict[str, Any] | None = None
        try:
            with open(self.path, encoding="utf-8") as handle:
                for line in handle:
                    try:
                        decoded: object = json.loads(line)
                    except ValueError:
                        continue  # a line someone else broke: dropped on this rewrite
                    if not isinstance(decoded, dict):
                        continue
                    kept = cast("dict[str, Any]", decoded)
                    if kept.get("kind") == "overflow":
                        overflow = kept
                    else:
                        records[_record_key(kept)] = kept
        except FileNotFoundError:
            pass
        for record in fresh:
            key = _record_key(record)
            old = records.get(key)
            if old is not None:
                old["count"] = int(old.get("count", 0)) + 1
                old["last_seen"] = record["last_seen"]
            elif len(records) < MAX_RECORDS:
                records[key] = record
            else:
                if overflow is None:
                    overflow = {"kind": "overflow", "count": 0, "first_seen": record["first_seen"]}
                overflow["count"] = int(overflow.get("count", 0)) + 1
                overflow["last_seen"] = record["last_seen"]
        lines = [json.dumps(r, sort_keys=True, ensure_ascii=True) for r in records.values()]
        if overflow is not None:
            lines.append(json.dumps(overflow, sort_keys=True))
        folder = os.path.dirname(self.path)
        fd, temp = tempfile.mkstemp(prefix=".drift-", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write("".join(line + "\n" for line in lines))
            os.replace(temp, self.path)
        except BaseException:
            with suppress(OSError):
                os.unlink(temp)
            raise

    def _warn(self, message: str) -> None:
        if not self._warned:
            self._warned = True
            logger.warning("%s; drift is not recorded", message)


def open_drift_log(path: str | os.PathLike[str] | None, *, package: str, version: str) -> DriftLog | None:
    """The client's drift log: its argument, else the environment variable's path, else none."""
    from ._constants import DRIFT_LOG_ENV

    if path is None:
        path = os.environ.get(DRIFT_LOG_ENV) or None
    if path is None or os.fspath(path) == "":
        return None
    return DriftLog(path, package=package, version=version)
