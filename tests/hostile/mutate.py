"""Mutants of the project's own documents: the hostile inputs `codegen` must survive (issue 29).

Each mutation class is a function `(rng, source) -> (file name, bytes) | None` (None: the class does
not apply to that source). `mutants(seed, count)` draws `count` of them, round-robin over the classes
and seeded, so a run is reproducible from its seed alone: the same seed gives the same bytes.

The sources are the provider specs (`specs/`), the golden specs (`tests/golden/`) and the lenient
fixtures, all part of the checkout.
"""

from __future__ import annotations

import copy
import json
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SOURCES = (
    sorted((ROOT / "specs").glob("*.yaml"))
    + sorted((ROOT / "tests" / "golden").glob("*.yaml"))
    + sorted((ROOT / "tests" / "fixtures" / "lenient").glob("*.yaml"))
)

HOSTILE_NAMES = (
    "self",
    "class",
    "None",
    "True",
    "NotFoundError",
    "APIError",
    "__init__",
    "__class__",
    "api_key",
    "base_url",
    "httpx",
    "typing",
    "models",
    "client",
    "str",
    "return",
    "async",
    "1st",
    "",
    " ",
    "ünïcødé",
    "a b-c.d",
    "$ref",
    "default",
    "example",
    "enum",
    "const",
    "x-not-an-extension",
    '"""',
    "{{ 7 * 7 }}",
    "{% if true %}x{% endif %}",
    "a\\b",
    "../../etc/passwd",
    "with_raw_response",
    "_client",
)
HOSTILE_TEXT = (
    '""" closes a docstring',
    "''' and a backslash at the end \\",
    "{{ 7 * 7 }} and {% raw %}",
    "NUL \x00 here",
    "line\u2028separator\u2029paragraph",
    "\r\n windows \r line ends",
    "# a comment\nimport os\nos.system('echo pwned')",
    "x" * 20000,
    "🙂 emoji and \ufeff BOM",
    "</script><script>alert(1)</script>",
)
HOSTILE_FILE_STEMS = (
    "not-found-error",
    "class",
    "1st-api",
    "api",
    "openapi",
    "self",
    "typing",
    "ünï",
    "APIError",
    "client",
)
NEW_VALUES: tuple[Any, ...] = (None, 0, -1, 1.5, "", "text", True, [], {}, [None], {"a": None})


@dataclass(frozen=True)
class Mutant:
    """One hostile document: where it came from, what was done, its bytes and how it is run."""

    index: int
    source: str  # the file it was made from
    mutation: str  # the mutation class
    detail: str  # what exactly was done (for the report)
    filename: str
    content: bytes
    lenient: bool


# -- walking a document -----------------------------------------------------------------------------


def _nodes(data: Any) -> list[tuple[tuple[Any, ...], Any]]:
    """Every node with its path (no recursion: a document may be deep)."""
    out: list[tuple[tuple[Any, ...], Any]] = []
    stack: list[tuple[tuple[Any, ...], Any]] = [((), data)]
    while stack:
        parts, node = stack.pop()
        out.append((parts, node))
        if isinstance(node, dict):
            stack.extend(((*parts, k), v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend(((*parts, i), v) for i, v in enumerate(node))
    out.sort(key=lambda item: [str(p) for p in item[0]])  # document-independent order
    return out


def _get(data: Any, parts: tuple[Any, ...]) -> Any:
    for part in parts:
        data = data[part]
    return data


_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _dump(data: Any) -> bytes:
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 20000))  # PyYAML's representer recurses on the deep mutants
    try:
        text = yaml.dump(data, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=100)
        return text.encode()
    finally:
        sys.setrecursionlimit(limit)


def _name_maps(data: Any) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Maps whose keys are names the document chose (properties, schemas, parameters by name...)."""
    keys = ("properties", "schemas", "securitySchemes", "responses", "paths", "webhooks")
    return [
        (parts, node)
        for parts, node in _nodes(data)
        if isinstance(node, dict) and node and parts and parts[-1] in keys
    ]


Mutation = Callable[[random.Random, Path, dict[str, Any], str], tuple[str, bytes, str] | None]


# -- the mutation classes ---------------------------------------------------------------------------


def deleted_key(rng: random.Random, src: Path, data: dict[str, Any], text: str) -> Any:
    dicts = [(p, n) for p, n in _nodes(data) if isinstance(n, dict) and n]
    parts, node = rng.choice(dicts)
    key = rng.choice(list(node))
    del node[key]
    return src.name, _dump(data), f"deleted {'/'.join(map(str, (*parts, key)))}"


def changed_type(rng: random.Random, src: Path, data: dict[str, Any], text: str) -> Any:
    nodes = [(p, n) for p, n in _nodes(data) if p]
    parts, node = rng.choice(nodes)
    new = copy.deepcopy(
        rng.choice([v for v in NEW_VALUES if type(v) is not type(node)] or list(NEW_VALUES))
    )
    _get(data, parts[:-1])[parts[-1]] = new
    return src.name, _dump(data), f"{'/'.join(map(str, parts))} -> {new!r}"


def hostile_name(rng: random.Random, src: Path, data: dict[str, Any], text: str) -> Any:
    name = rng.choice(HOSTILE_NAMES)
    what = rng.choice(("key", "operationId", "client", "parameter"))
    if what == "operationId":
        ops = [n for p, n in _nodes(data) if isinstance(n, dict) and "operationId" in n]
        if ops:
            rng.choice(ops)["operationId"] = name
            return src.name, _dump(data), f"operationId {name!r}"
    if what == "client":
        info = data.get("info")
        if isinstance(info, dict):
            info["x-client"] = {"class-name": name} if name else {}
            return src.name, _dump(data), f"x-client.class-name {name!r}"
    if what == "parameter":
        params = [n for p, n in _nodes(data) if isinstance(n, dict) and "in" in n and "name" in n]
        if params:
            rng.choice(params)["name"] = name
            return src.name, _dump(data), f"parameter named {name!r}"
    maps = _name_maps(data)
    parts, node = rng.choice(maps)
    old = rng.choice(list(node))
    value = node.pop(old)
    node[name if parts[-1] != "paths" else "/" + name] = value
    return src.name, _dump(data), f"{'/'.join(map(str, parts))}: {old!r} renamed {name!r}"


def hostile_text(rng: random.Random, src: Path, data: dict[str, Any], text: str) -> Any:
    hostile = rng.choice(HOSTILE_TEXT)
    count = 0
    for _, node in _nodes(data):
        if isinstance(node, dict):
            for key in ("description", "summary", "title", "example"):
                if isinstance(node.get(key), str):
                    node[key] = hostile
                    count += 1
    return src.name, _dump(data), f"{count} texts set to {hostile[:30]!r}"


def broken_reference(rng: random.Random, src: Path, data: dict[str, Any], text: str) -> Any:
    refs = [(p, n) for p, n in _nodes(data) if isinstance(n, dict) and "$ref" in n]
    if not refs or rng.random() < 0.2:  # a reference inside an extension, which is data
        dicts = [(p, n) for p, n in _nodes(data) if isinstance(n, dict)]
        parts, node = rng.choice(dicts)
        node["x-data"] = {"$ref": rng.choice(("#", "#/components/schemas/Nope", None))}
        return src.name, _dump(data), f"a reference in x-data at {'/'.join(map(str, parts))}"
    parts, node = rng.choice(refs)
    own = "#/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)
    new = rng.choice(
        (
            "#",
            "#/paths",
            "#/components",
            "#/components/schemas/Nope",
            None,
            42,
            ["#/components"],
            "other.yaml#/components/schemas/X",
            own,
            "#/info",
            "#/components/schemas/",
            "#/paths/~1nope/get",
        )
    )
    node["$ref"] = new
    return src.name, _dump(data), f"{own} -> {new!r}"


def _deep_text(kind: str, depth: int) -> str:
    if kind == "sequence":
        return "[" * depth + "]" * depth
    if kind == "mapping":
        return "{a: " * depth + "1" + "}" * depth
    return "[{a: " * (depth // 2) + "1" + "}]" * (depth // 2)


def deep_nesting(rng: random.Random, src: Path, data: dict[str, Any], text: str) -> Any:
    depth = rng.choice((20, 40, 55, 63, 64, 65, 100, 1000, 5000, 50000))
    kind = rng.choice(("sequence", "mapping", "mixed", "allOf", "properties", "example"))
    if kind in ("sequence", "mapping", "mixed"):
        line = f"x-deep: {_deep_text(kind, depth)}\n"
        return src.name, (text.rstrip("\n") + "\n" + line).encode(), f"{kind} x {depth}"
    depth = min(depth, 600)  # built as data: PyYAML's dumper recurses
    schemas = data.setdefault("components", {}).setdefault("schemas", {})
    if not isinstance(schemas, dict):
        return None
    leaf: Any = {"type": "string"}
    for _ in range(depth // 2):
        if kind == "allOf":
            leaf = {"allOf": [leaf]}
        elif kind == "properties":
            leaf = {"type": "object", "properties": {"p": leaf}}
        else:
            leaf = [leaf]
    schemas["Deep"] = leaf if kind != "example" else {"type": "array", "example": leaf}
    try:
        return src.name, _dump(data), f"{kind} x {depth}"
    except RecursionError:
        return None


def reference_chain(rng: random.Random, src: Path, data: dict[str, Any], text: str) -> Any:
    """Own: component schemas that include each other (chains and cycles through allOf/anyOf/oneOf)."""
    schemas = data.setdefault("components", {}).setdefault("schemas", {})
    if not isinstance(schemas, dict):
        return None
    length = rng.choice((2, 3, 30, 64, 65, 1000))
    keyword = rng.choice(("allOf", "anyOf", "oneOf", "items", "properties"))
    cyclic = rng.random() < 0.5
    for i in range(length):
        target = f"#/components/schemas/Chain{(i + 1) % length if cyclic else i + 1}"
        if keyword == "items":
            schemas[f"Chain{i}"] = {"type": "array", "items": {"$ref": target}}
        elif keyword == "properties":
            schemas[f"Chain{i}"] = {"type": "object", "properties": {"next": {"$ref": target}}}
        else:
            schemas[f"Chain{i}"] = {keyword: [{"$ref": target}]}
    if not cyclic:
        schemas[f"Chain{length}"] = {"type": "object", "properties": {"end": {"type": "string"}}}
    return src.name, _dump(data), f"{keyword} {'cycle' if cyclic else 'chain'} of {length}"


_BOMB = "x-lol: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"x-{b}: &{b} [{', '.join(['*' + a] * 9)}]\n"
    for a, b in zip("abcdefgh", "bcdefghi", strict=True)
)


def yaml_trick(rng: random.Random, src: Path, data: dict[str, Any], text: str) -> Any:
    trick = rng.choice(
        (
            "alias bomb",
            "recursive alias",
            "set tag",
            "binary tag",
            "python tag",
            "bad int tag",
            "merge keys",
            "duplicate key",
            "two documents",
            "tab indent",
            "bom",
            "control char",
            "bad byte",
            "nul byte",
            "empty",
            "comments only",
            "huge int",
            "inf and nan",
            "yes/no keys",
            "timestamp",
            "crlf",
            "truncated",
            "not a mapping",
            "json",
        )
    )
    body = text.rstrip("\n") + "\n"
    raw: bytes
    if trick == "alias bomb":
        raw = (body + _BOMB).encode()
    elif trick == "recursive alias":
        raw = (body + "x-loop: &loop [1, *loop]\n").encode()
    elif trick == "set tag":
        raw = (body + "x-set: !!set {a, b}\n").encode()
    elif trick == "binary tag":
        raw = (body + "x-bin: !!binary aGVsbG8=\n").encode()
    elif trick == "python tag":
        raw = (body + "x-py: !!python/object/apply:os.system [echo pwned]\n").encode()
    elif trick == "bad int tag":
        raw = (body + "x-int: !!int not-a-number\n").encode()
    elif trick == "merge keys":
        raw = (body + "x-base: &base {a: 1}\nx-merged: {<<: *base, b: 2}\n").encode()
    elif trick == "duplicate key":
        raw = (body + "info: {title: again, version: '2'}\n").encode()
    elif trick == "two documents":
        raw = (body + "---\nopenapi: 3.1.0\n").encode()
    elif trick == "tab indent":
        raw = body.replace("  ", "\t", 1).encode()
    elif trick == "bom":
        raw = b"\xef\xbb\xbf" + body.encode()
    elif trick == "control char":
        raw = body.replace("title:", "title: \x07", 1).encode()
    elif trick == "bad byte":
        encoded = body.encode()
        at = rng.randrange(len(encoded))
        raw = encoded[:at] + b"\xff\xfe" + encoded[at:]
    elif trick == "nul byte":
        raw = body.replace("\n", "\x00\n", 1).encode()
    elif trick == "empty":
        raw = rng.choice((b"", b"   \n\n", b"\n"))
    elif trick == "comments only":
        raw = b"# nothing here\n# at all\n"
    elif trick == "huge int":
        raw = (body + "x-big: " + "9" * 5000 + "\n").encode()
    elif trick == "inf and nan":
        raw = (body + "x-numbers: [.inf, -.inf, .nan, 1e999]\n").encode()
    elif trick == "yes/no keys":
        raw = (body + "x-flags: {yes: no, on: off, null: ~, 1: 2}\n").encode()
    elif trick == "timestamp":
        raw = (body + "x-when: 2001-12-14t21:59:43.10-05:00\n").encode()
    elif trick == "crlf":
        raw = body.replace("\n", "\r\n").encode()
    elif trick == "truncated":
        encoded = body.encode()
        raw = encoded[: rng.randrange(1, len(encoded))]
    elif trick == "not a mapping":
        raw = rng.choice((b"- a\n- b\n", b"just text\n", b"42\n", b"null\n"))
    else:  # the document as JSON, in a .json file
        return src.stem + ".json", json.dumps(data, indent=1).encode(), trick
    return src.name, raw, trick


def security_names(rng: random.Random, src: Path, data: dict[str, Any], text: str) -> Any:
    """Own: several apiKey schemes required together, named like what a client binds."""
    names = rng.sample(
        (
            "self",
            "base_url",
            "timeout",
            "httpx",
            "credentials",
            "key",
            "api_key",
            "class",
            "a-b",
            "a_b",
            "None",
            "os",
        ),
        2,
    )
    schemes = data.setdefault("components", {}).setdefault("securitySchemes", {})
    if not isinstance(schemes, dict):
        return None
    for name in names:
        kind = rng.choice(("apiKey", "basic"))
        schemes[name] = (
            {"type": "apiKey", "in": rng.choice(("header", "query", "cookie")), "name": f"X-{name}"}
            if kind == "apiKey"
            else {"type": "http", "scheme": "basic"}
        )
    data["security"] = [{name: [] for name in names}]
    return src.name, _dump(data), f"schemes {names} required together"


def path_trouble(rng: random.Random, src: Path, data: dict[str, Any], text: str) -> Any:
    """Own: path templates and operations that cannot be read as they are."""
    paths = data.get("paths")
    if not isinstance(paths, dict) or not paths:
        return None
    path = rng.choice(list(paths))
    trouble = rng.choice(
        (
            "unbalanced",
            "stray close",
            "empty name",
            "responses null",
            "responses list",
            "duplicate operationId",
            "no responses",
            "nested",
        )
    )
    item = paths[path]
    ops = [v for v in item.values() if isinstance(v, dict)] if isinstance(item, dict) else []
    if trouble in ("unbalanced", "stray close", "empty name", "nested"):
        new = {
            "unbalanced": path + "/{id",
            "stray close": path + "/id}",
            "empty name": path + "/{}",
            "nested": path + "/{a{b}}",
        }[trouble]
        paths[new] = paths.pop(path)
    elif not ops:
        return None
    elif trouble == "responses null":
        ops[0]["responses"] = None
    elif trouble == "responses list":
        ops[0]["responses"] = [{"description": "ok"}]
    elif trouble == "no responses":
        ops[0].pop("responses", None)
    else:
        other = [n for p, n in _nodes(data) if isinstance(n, dict) and "operationId" in n]
        if not other:
            return None
        ops[0]["operationId"] = other[0]["operationId"]
    return src.name, _dump(data), f"{trouble} at {path}"


def hostile_file_name(rng: random.Random, src: Path, data: dict[str, Any], text: str) -> Any:
    """Own: the spec's file name becomes the package and client names."""
    stem = rng.choice(HOSTILE_FILE_STEMS)
    info = data.get("info")
    if isinstance(info, dict):
        info.pop("x-client", None)  # the name comes from the file
    return f"{stem}.yaml", _dump(data), f"file {stem}.yaml"


def version_swap(rng: random.Random, src: Path, data: dict[str, Any], text: str) -> Any:
    """Own: the `openapi` field."""
    new = rng.choice(("3.0.3", "3.1.1", "2.0", "4.0.0", None, 3.1, "", "3.1"))
    data["openapi"] = new
    if new == "2.0":
        data["swagger"] = "2.0"
    return src.name, _dump(data), f"openapi {new!r}"


CLASSES: dict[str, Mutation] = {
    "deleted-key": deleted_key,
    "changed-type": changed_type,
    "hostile-name": hostile_name,
    "hostile-text": hostile_text,
    "broken-reference": broken_reference,
    "deep-nesting": deep_nesting,
    "yaml-trick": yaml_trick,
    "reference-chain": reference_chain,
    "security-names": security_names,
    "path-trouble": path_trouble,
    "file-name": hostile_file_name,
    "version": version_swap,
}


def mutants(seed: int, count: int) -> Iterator[Mutant]:
    """`count` mutants, the classes taken in turn (a class that does not apply to the source drawn
    draws another), everything else drawn from `seed`."""
    rng = random.Random(seed)
    texts = {src: src.read_text(encoding="utf-8") for src in SOURCES}
    parsed = {src: yaml.load(text, Loader=_LOADER) for src, text in texts.items()}
    names = list(CLASSES)
    for index in range(count):
        mutation = names[index % len(names)]
        made_here = None
        while made_here is None:
            src = rng.choice(SOURCES)
            made_here = CLASSES[mutation](rng, src, copy.deepcopy(parsed[src]), texts[src])
        filename, content, detail = made_here
        lenient = rng.random() < 0.4
        yield Mutant(index, src.name, mutation, detail, filename, content, lenient)
