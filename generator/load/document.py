"""The one reading of the raw OpenAPI document: references, JSON pointers, operations, parameters,
media types, request bodies and "the success response".

Every other module asks this one instead of walking `paths` or following `$ref` itself, so each rule
(how a pointer is escaped, which media type counts as JSON, how path-item and operation parameters
merge, which response is the one a call returns) exists exactly once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from generator.errors import Problem

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_FORM_MEDIA = ("application/x-www-form-urlencoded", "multipart/form-data")

# -- JSON pointers (RFC 6901) -----------------------------------------------------------------------


def escape(part: object) -> str:
    """One reference token: `~` -> `~0`, `/` -> `~1`."""
    return str(part).replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    """The inverse of `escape`."""
    return token.replace("~1", "/").replace("~0", "~")


def pointer(parts: Iterable[object]) -> str:
    """Path parts -> a JSON pointer fragment such as `#/paths/~1conversations/get`."""
    escaped = [escape(p) for p in parts]
    return "#/" + "/".join(escaped) if escaped else "#"


def resolve_pointer(data: Any, ref: str) -> Any:
    """Follow one local `#/...` reference; raise KeyError when it points at nothing."""
    if not ref.startswith("#"):
        raise KeyError(ref)
    node = data
    for raw in ref[1:].split("/")[1:]:
        part = unescape(raw)
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise KeyError(ref)
    return node


def follow_refs(value: Any, lookup: Callable[[str], Any]) -> Any:
    """Follow a chain of `$ref`s; `lookup` gives a reference's target, or None when there is none.

    Stops at the last node reached when a reference repeats (a cycle) or leads nowhere.
    """
    seen: set[str] = set()
    while isinstance(value, dict):
        ref = value.get("$ref")
        if not isinstance(ref, str) or ref in seen:
            break
        seen.add(ref)
        target = lookup(ref)
        if target is None:
            break
        value = target
    return value


_DATA_KEYS = frozenset({"example", "default", "const", "enum"})

# Keywords whose value is a map of names the document chooses (properties, status codes, media types,
# components): there a key such as `default`, `example`, `enum`, `$ref` or `x-id` is a name, not a keyword.
NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "dependentRequired",
        "paths",
        "webhooks",
        "responses",
        "content",
        "headers",
        "links",
        "callbacks",
        "encoding",
        "variables",
        "schemas",
        "parameters",
        "examples",
        "requestBodies",
        "securitySchemes",
        "pathItems",
        "mapping",
        "scopes",
    }
)


def walk_nodes(
    value: Any, parts: tuple[Any, ...] = (), *, name_maps: bool = True, objects_only: bool = False
) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every node of the document with its path, but not inside data (examples, defaults, enums,
    extensions): a key named `$ref` there is a value, not a reference. A key of a map of names
    (`properties`, `responses`...) is a name even when it is spelled like a keyword; with
    `name_maps=False` those maps themselves are left out (only objects whose keys are keywords).
    With `objects_only`, only the objects (a document's scalars outnumber them: most of a walk)."""
    stack: list[tuple[tuple[Any, ...], Any, bool]] = [(parts, value, False)]
    pop, push = stack.pop, stack.append
    while stack:  # depth first, in document order, without recursion
        where, node, names = pop()
        if (name_maps or not names) and (not objects_only or isinstance(node, dict)):
            yield where, node
        if isinstance(node, dict):
            in_example = len(where) >= 2 and where[-2] == "examples"
            for key, item in reversed(node.items()):  # pushed last first: popped in order
                if objects_only and not isinstance(item, (dict, list)):
                    continue
                if not names and (
                    key in _DATA_KEYS
                    or (isinstance(key, str) and key.startswith("x-"))
                    or (in_example and key == "value")
                    or (key == "examples" and isinstance(item, list))  # JSON Schema: values
                ):
                    continue
                push(
                    ((*where, key), item, not names and key in NAME_MAPS and isinstance(item, dict))
                )
        elif isinstance(node, list):
            for index in range(len(node) - 1, -1, -1):
                item = node[index]
                if not objects_only or isinstance(item, (dict, list)):
                    push(((*where, index), item, False))


# -- media types ------------------------------------------------------------------------------------


def media_base(media: str) -> str:
    """`application/json; charset=utf-8` -> `application/json`."""
    return media.split(";")[0].strip().lower()


def is_json(media: str) -> bool:
    """The one rule for JSON: `application/json` and every `+json` suffix."""
    base = media_base(media)
    return base == "application/json" or base.endswith("+json")


def json_media(content: Any) -> tuple[str, dict[str, Any]] | None:
    """The first JSON media type of a `content` map, with its media type object."""
    if not isinstance(content, dict):
        return None
    for media, obj in content.items():
        if is_json(str(media)):
            return str(media), obj if isinstance(obj, dict) else {}
    return None


def example_of(obj: Any) -> Any:
    """The first example a media type, parameter or schema carries, or None."""
    if not isinstance(obj, dict):
        return None
    if "example" in obj:
        return obj["example"]
    examples = obj.get("examples")
    if isinstance(examples, dict):
        for ex in examples.values():
            if isinstance(ex, dict) and "value" in ex:
                return ex["value"]
    if isinstance(examples, list) and examples:
        return examples[0]
    return None


# -- schema paths -----------------------------------------------------------------------------------


def property_of(schema: Any, wire: str, deref: Callable[[Any], Any]) -> Any:
    """The schema of property `wire` of an object schema (its own or one of its `allOf` parts'), or None."""
    resolved = deref(schema)
    if not isinstance(resolved, dict):
        return None
    parts = [resolved] + [deref(p) for p in resolved.get("allOf") or []]
    for part in parts:
        props = part.get("properties") if isinstance(part, dict) else None
        if isinstance(props, dict) and wire in props:
            return props[wire]
    return None


def through_nullable(schema: Any, deref: Callable[[Any], Any]) -> Any:
    """A nullable wrapper (`anyOf: [X, {type: null}]`) stepped through to X; anything else as it is."""
    if not isinstance(schema, dict):
        return schema
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        if isinstance(members, list):
            kept = [m for m in members if not _is_null(deref(m))]
            if len(kept) == 1:
                return kept[0]
    return schema


def _is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "null"


def walk_property_path(schema: Any, dotted: str, deref: Callable[[Any], Any]) -> list[Any] | str:
    """Follow a dotted wire path (`meta.next_cursor`) through object schemas.

    Returns the schema reached at each step, or the first part that is not a property where it is
    looked for. The pagination check and the pagination builder both walk paths with this function
    (over the raw document and over the named schemas), so what is accepted is what is generated.
    """
    steps: list[Any] = []
    current = schema
    for wire in dotted.split("."):
        found = property_of(current, wire, deref)
        if found is None:
            return wire
        current = through_nullable(found, deref)
        steps.append(current)
    return steps


# -- the document and its parts ---------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class PathOperation:
    """One operation under `paths`: where it is and the objects it is made of."""

    path: str
    method: str  # lower case, one of HTTP_METHODS
    op: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def where(self) -> tuple[str, ...]:
        return ("paths", self.path, self.method)

    @property
    def key(self) -> str:
        """The operation's JSON pointer: a stable key for values read about it."""
        return pointer(self.where)

    @property
    def operation_id(self) -> str | None:
        op_id = self.op.get("operationId")
        return op_id if isinstance(op_id, str) and op_id.strip() else None

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def path_names(self) -> list[str]:
        """The `{name}`s of the path template, in order."""
        return re.findall(r"{([^}]+)}", self.path)


@dataclass(frozen=True, eq=False)
class Parameter:
    """A parameter of an operation (path-item and operation parameters merged), `$ref` followed."""

    raw: dict[str, Any]
    where: tuple[Any, ...]

    @property
    def name(self) -> str:
        return str(self.raw["name"])

    @property
    def location(self) -> str:
        return str(self.raw["in"])

    @property
    def required(self) -> bool:
        return bool(self.raw.get("required")) or self.location == "path"

    @property
    def json_content(self) -> bool:
        """Sent as one JSON value (`content: {application/json: ...}`) instead of a styled value."""
        return "content" in self.raw and json_media(self.raw.get("content")) is not None

    @property
    def schema(self) -> Any:
        content = self.raw.get("content")
        if isinstance(content, dict) and content:
            media = json_media(content) or next(iter(content.items()))
            obj = media[1]
            return (obj.get("schema") if isinstance(obj, dict) else None) or {}
        return self.raw.get("schema") or {}

    @property
    def example(self) -> Any:
        found = example_of(self.raw)
        if found is None:
            media = json_media(self.raw.get("content"))
            found = example_of(media[1]) if media else None
        return found


@dataclass(frozen=True, eq=False)
class RequestBody:
    """The request body an operation is generated for: its media type and objects."""

    media: str
    media_obj: dict[str, Any]
    body: dict[str, Any]  # the request body object (`required`, `description`)

    @property
    def schema(self) -> Any:
        return self.media_obj.get("schema") or {}


@dataclass(frozen=True, eq=False)
class SuccessResponse:
    """The response a successful call returns (see `Document.success_response`)."""

    status: str
    media: str | None  # None: no answer of the chosen status declares a body
    media_obj: dict[str, Any] | None

    @property
    def schema(self) -> Any:
        """The declared schema, or None (no body, or a body without a schema)."""
        if self.media_obj is None:
            return None
        return self.media_obj.get("schema") or None

    @property
    def json(self) -> bool:
        return self.media is not None and is_json(self.media)


@dataclass
class Document:
    """A loaded document: its data, where it came from, and the line of every JSON pointer."""

    path: Path
    data: dict[str, Any]
    # the line of every JSON pointer (the reader fills it on first use: only problems need it)
    lines: Mapping[str, int] = field(default_factory=dict[str, int])
    digest: str = ""  # sha256 of the file's bytes (and of the overlays applied to it)
    # nodes an overlay added: their JSON pointer -> (the overlay's file name, line) (load/overlay.py)
    origins: dict[str, tuple[str, int]] = field(default_factory=dict)
    columns: Mapping[str, int] = field(default_factory=dict[str, int])  # the column of each pointer
    # True (`deferring_places`): `problem` leaves the place for `placed` to find later (finding
    # the lines of a large document takes a while, better spent when the process would wait)
    defer_places: bool = False

    @property
    def name(self) -> str:
        return self.path.name

    # -- places ------------------------------------------------------------------------------------

    def line_of(self, location: str) -> int | None:
        """The line of `location`, or of its nearest ancestor that has one."""
        return self.place_of(location)[1]

    def place_of(self, location: str) -> tuple[str, int | None, int | None]:
        """The file, line and column of `location` or of its nearest placed ancestor: an overlay's
        (file and line) for the nodes it added, else this document's."""
        loc = location
        while loc:
            if loc in self.origins:
                file, line = self.origins[loc]
                return file, line, None
            if loc in self.lines:
                return self.shown, self.lines[loc], self.columns.get(loc)
            if "/" not in loc:
                break
            loc = loc.rsplit("/", 1)[0]
        return self.shown, None, None

    @cached_property
    def shown(self) -> str:
        """The file as problems name it: relative to the working directory when below it."""
        try:
            return self.path.resolve().relative_to(Path.cwd().resolve()).as_posix()
        except (ValueError, OSError):
            return self.path.as_posix()

    def problem(self, parts: Sequence[Any], message: str, *, warning: bool = False) -> Problem:
        """A Problem at `parts` of this document, with its file, line and column (with
        `defer_places`, this document's name and no line yet: `placed` gives them)."""
        loc = pointer(parts)
        if self.defer_places:
            return Problem(self.shown, loc, message, None, warning)
        file, line, column = self.place_of(loc)
        return Problem(file, loc, message, line, warning, column=column)

    @contextmanager
    def deferring_places(self, defer: bool = True) -> Iterator[None]:
        """Within: the problems made leave their places to `placed` (when `defer`)."""
        before, self.defer_places = self.defer_places, defer
        try:
            yield
        finally:
            self.defer_places = before

    def placed(self, problem: Problem) -> Problem:
        """`problem` with the file, line and column `problem()` gives, where it was made without
        them (`defer_places`); any other problem as it is."""
        if problem.line is not None or problem.file != self.shown:
            return problem
        file, line, column = self.place_of(problem.location)
        if line is None and file == problem.file:
            return problem
        return replace(problem, file=file, line=line, column=column)

    # -- references --------------------------------------------------------------------------------

    def deref(self, value: Any) -> Any:
        """`value` with its chain of `$ref`s followed (None when a reference points at nothing)."""

        def lookup(ref: str) -> Any:
            try:
                return resolve_pointer(self.data, ref)
            except KeyError:
                return _MISSING

        found = follow_refs(value, lookup)
        return None if found is _MISSING else found

    # -- top level ---------------------------------------------------------------------------------

    @property
    def openapi(self) -> str:
        return str(self.data.get("openapi", "3.1.0"))

    @property
    def info(self) -> dict[str, Any]:
        info = self.data.get("info")
        return info if isinstance(info, dict) else {}

    @property
    def servers(self) -> list[tuple[int, dict[str, Any]]]:
        """(index, server) of every server with a URL."""
        return [
            (i, s)
            for i, s in enumerate(self.data.get("servers") or [])
            if isinstance(s, dict) and isinstance(s.get("url"), str)
        ]

    @property
    def webhooks(self) -> dict[str, Any]:
        hooks = self.data.get("webhooks")
        return hooks if isinstance(hooks, dict) else {}

    def webhook_operations(self) -> list[tuple[str, str, dict[str, Any]]]:
        """(name, method, operation) of every webhook."""
        out: list[tuple[str, str, dict[str, Any]]] = []
        for name, item in self.webhooks.items():
            item = self.deref(item)
            if isinstance(item, dict):
                out.extend(
                    (str(name), method, item[method])
                    for method in HTTP_METHODS
                    if isinstance(item.get(method), dict)
                )
        return out

    # -- security ----------------------------------------------------------------------------------

    @cached_property
    def security_schemes(self) -> dict[str, Any]:
        """`components.securitySchemes`, each `$ref` followed."""
        components = self.data.get("components")
        schemes = components.get("securitySchemes") if isinstance(components, dict) else None
        if not isinstance(schemes, dict):
            return {}
        return {str(name): self.deref(scheme) for name, scheme in schemes.items()}

    def security_scheme_name(self, name: str) -> str | None:
        """The declared scheme a security requirement's name means: itself, else the one declared
        under the same name in another case (`basicAuth` for `BasicAuth`, when unambiguous)."""
        if name in self.security_schemes:
            return name
        same = [n for n in self.security_schemes if n.lower() == name.lower()]
        return same[0] if len(same) == 1 else None

    # -- operations --------------------------------------------------------------------------------

    @cached_property
    def operations(self) -> tuple[PathOperation, ...]:
        """Every operation under `paths`, in document order."""
        out: list[PathOperation] = []
        paths = self.data.get("paths")
        for path, item in (paths if isinstance(paths, dict) else {}).items():
            item = self.deref(item)
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    out.append(PathOperation(str(path), method, op, item))
        return tuple(out)

    def parameters(self, op: PathOperation) -> list[Parameter]:
        """Path-item parameters overridden by the operation's own, by (name, in)."""
        merged: dict[tuple[str, str], Parameter] = {}
        for source, base in ((op.path_item, ("paths", op.path)), (op.op, op.where)):
            params = source.get("parameters")
            for i, param in enumerate(params if isinstance(params, list) else []):
                param = self.deref(param)
                if isinstance(param, dict) and "name" in param and "in" in param:
                    merged[(str(param["name"]), str(param["in"]))] = Parameter(
                        param, (*base, "parameters", i)
                    )
        return list(merged.values())

    def request_body(self, op: PathOperation) -> RequestBody | None:
        """The body the client sends: JSON if offered, else a form, else the first media type."""
        body = self.deref(op.op.get("requestBody"))
        if not isinstance(body, dict):
            return None
        content = body.get("content")
        if not isinstance(content, dict) or not content:
            return None
        found = json_media(content)
        if found is not None:
            return RequestBody(found[0], found[1], body)
        for media, obj in content.items():
            if media_base(str(media)) in _FORM_MEDIA:
                return RequestBody(str(media), obj or {}, body)
        media = next(iter(content))
        obj = content[media]
        return RequestBody(str(media), obj if isinstance(obj, dict) else {}, body)

    def success_response(self, op: PathOperation) -> SuccessResponse | None:
        """The one rule for the response a call returns.

        The 2xx codes in order (`2XX` after the exact ones), else `default`; the first of them that
        declares a body wins, with its JSON media type if it has one, else its first. When none
        declares a body, the first code with no body. None when there is no 2xx and no default.
        """
        responses = op.op.get("responses")
        responses = responses if isinstance(responses, dict) else {}
        codes = sorted(
            (str(c) for c in responses if str(c).startswith("2")), key=lambda c: c.replace("X", "9")
        )
        if not codes and "default" in responses:
            codes = ["default"]
        by_code = {str(c): v for c, v in responses.items()}
        for code in codes:
            response = self.deref(by_code[code])
            content = response.get("content") if isinstance(response, dict) else None
            if not content or not isinstance(content, dict):
                continue
            found = json_media(content)
            if found is not None:
                return SuccessResponse(code, found[0], found[1])
            media = next(iter(content))
            obj = content[media]
            return SuccessResponse(code, str(media), obj if isinstance(obj, dict) else {})
        return SuccessResponse(codes[0], None, None) if codes else None

    def has_empty_success(self, op: PathOperation) -> bool:
        """Does the operation declare a 2xx answer without a body (beside one with a body)?"""
        responses = op.op.get("responses")
        for code, response in (responses if isinstance(responses, dict) else {}).items():
            response = self.deref(response)
            if (
                str(code).startswith("2")
                and isinstance(response, dict)
                and not response.get("content")
            ):
                return True
        return False

    def error_statuses(self, op: PathOperation) -> tuple[str, ...]:
        """The 4xx, 5xx and `default` codes an operation declares."""
        responses = op.op.get("responses")
        return tuple(
            str(c)
            for c in (responses if isinstance(responses, dict) else {})
            if str(c)[:1] in "45" or str(c) == "default"
        )


_MISSING = object()
