"""openapi-spec-validator, its meta-schema's registry crawled once, its verdict remembered per document.

openapi-spec-validator was most of the time `codegen` takes; `_spec_validator` removes the repeated
crawling that made it slow, and the fast path (`_hybrid_faults`) runs it with each of its two
meta-schema checks (the document against the OpenAPI meta-schema, each schema against its
dialect's) asked of jsonschema-rs first and run in Python only for a piece jsonschema-rs finds
faulty (for the document, on its faulty entries alone where its faults lie inside entries of its
maps, `_narrowed`): the Python validator's faults, messages, places and order, in about the time of
a document without faults. Only a document nested deeper than the fast path goes, or a validator that fails by
recursion, is left to the Python validator alone. The verdict depends only on the document (as
repaired, which the bytes decide) and the validators' versions, so it is kept per digest
(`~/.cache/convapi-codegen`): a document is validated once, also when a strict refusal is followed
by `--lenient`. CODEGEN_NO_CACHE=1 switches the cache off.

Importing openapi-spec-validator costs about 0.16 s, nearly all of it in what its keyword checks,
which the fast path runs too, import themselves (openapi-schema-validator with pydantic-settings,
jsonschema-path with requests, jsonschema): the package's own `__init__` adds about 7 ms. While
`codegen` generates, it is paid in the child process that validates beside the later stages; it is
not paid at all when the verdict is remembered, nor where the pre-check (`precheck.py`, walking the
plain dicts with jsonschema-rs) is sure the document has no fault (most documents, once repaired),
or that its keyword checks find none: its faults are then the document check's alone.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Collection, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from generator.errors import Problem
from generator.load.document import Document, pointer, resolve_pointer, unescape, walk_nodes
from generator.load.precheck import (
    CLEAN,
    DOCUMENT_ONLY,
    RS_KNOWN_FORMATS,
    document_checker,
    document_meta_schema,
    package_dir,
    shallow,
    verdict,
)

# The message of a validator that failed: the document cannot be interpreted, even with --lenient.
CRASHED = "openapi-spec-validator could not check the document"


# The keywords whose value a fault may be about without the validator saying where it is held.
_VALUE_KEYS = ("default", "example", "enum")


class _Holders:
    """The objects of `data` (found at `base`) holding any of `_VALUE_KEYS`, in document order, with
    their places: walked as far as a search asks, and once for all the faults placed in `data`."""

    def __init__(self, data: Any, base: tuple[Any, ...] = ()) -> None:
        self._walk = walk_nodes(data, base, name_maps=False, objects_only=True)
        self._seen: list[tuple[tuple[Any, ...], dict[str, Any]]] = []

    def __iter__(self) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
        index = 0
        while True:
            if index == len(self._seen) and not self._walk_on():
                return
            yield self._seen[index]
            index += 1

    def _walk_on(self) -> bool:
        for parts, value in self._walk:
            if isinstance(value, dict) and any(key in value for key in _VALUE_KEYS):
                self._seen.append((parts, value))
                return True
        return False


def _locate_value(
    holders: _Holders, key: str, instance: Any, taken: Collection[tuple[Any, ...]] = ()
) -> tuple[Any, ...] | None:
    """Where a keyword (`default`, `example`, `enum`) holds `instance`: the validator loses that place.
    Of several such places, the first one no earlier fault was located at (each fault its own)."""
    first: tuple[Any, ...] | None = None
    for parts, value in holders:
        if key not in value:
            continue
        held = value[key]
        places: list[tuple[Any, ...]] = []
        if held == instance and type(held) is type(instance):
            places.append((*parts, key))
        if key == "enum" and isinstance(held, list):
            places += [
                (*parts, key, index)
                for index, item in enumerate(held)
                if item == instance and type(item) is type(instance)
            ]
        for place in places:
            if place not in taken:
                return place
            first = first or place
    return first


def _real_place(data: Any, parts: list[Any]) -> list[Any]:
    """`parts` as the validator walked them, through `$ref`s, turned into the place in the document
    (`.../schema/properties/model` where `schema` is `$ref: '#/components/schemas/Contact'` becomes
    `#/components/schemas/Contact/properties/model`); `parts` as they are when they lead nowhere."""
    node, out = data, []
    for part in parts:
        hops = 0
        while (
            isinstance(node, dict)
            and part not in node
            and isinstance(node.get("$ref"), str)
            and hops < 64
        ):
            ref = node["$ref"]
            try:
                node = resolve_pointer(data, ref)
            except KeyError:
                return parts
            out = [unescape(p) for p in ref[1:].split("/")[1:]]
            hops += 1
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and str(part).isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return parts
        out.append(part)
    return out


def _verdict_file(document: Document) -> Path | None:
    """Where the validator's verdict for exactly these bytes is remembered."""
    if os.environ.get("CODEGEN_NO_CACHE") or not document.digest:
        return None
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return (
        base
        / "convapi-codegen"
        / "verdicts"
        / (
            f"{document.digest}-osv{_version('openapi_spec_validator')}"
            f"-rs{_version('jsonschema_rs')}-{_our_code()}.json"
        )
    )


@cache
def _version(package: str) -> str:
    """The installed version of the distribution of `package` (its name, `_` for `-`), read off its
    `.dist-info` folder's name beside it: importing importlib.metadata costs every run 26 ms."""
    try:
        site = package_dir(package).parent
    except Exception:  # not installed as a package folder
        return "unknown"
    infos = sorted(site.glob(f"{package}-*.dist-info"))
    return infos[0].name[len(package) + 1 : -len(".dist-info")] if len(infos) == 1 else "unknown"


@cache
def _our_code() -> str:
    """A digest of the code that repairs the document, pre-checks it and places the faults: part of
    the key."""
    here = Path(__file__).resolve().parent
    code = b"".join(
        (here / name).read_bytes() for name in ("validator.py", "precheck.py", "repairs.py")
    )
    return hashlib.sha256(code).hexdigest()[:12]


def validator_problems(document: Document, lenient: bool) -> list[Problem]:
    """openapi-spec-validator's faults (warnings with `lenient`), now."""
    return start_validation(document, lenient, concurrent=False)()


class Pending:
    """The validator's verdict in the making: calling it waits for its faults (as Problems, the same
    on every call); `fileno()` is a descriptor that becomes readable once the child has answered
    (None: no child, the verdict is made or known here)."""

    def __init__(self, settle: Callable[[], list[Problem]], fileno: int | None = None) -> None:
        self._settle = settle
        self._fileno = fileno
        self._result: list[Problem] | None = None

    def __call__(self) -> list[Problem]:
        if self._result is None:
            self._result = self._settle()
            self._fileno = None
        return self._result

    def fileno(self) -> int | None:
        return self._fileno


def start_validation(document: Document, lenient: bool, *, concurrent: bool = True) -> Pending:
    """Start openapi-spec-validator on `document`; the returned `Pending` waits for its faults.

    It runs once per document: its verdict (the faults' places and messages, or none) is remembered,
    so a strict refusal followed by `--lenient` does not validate again. With `concurrent` (and where
    the OS can fork) it runs in a child process while the caller goes on with the later stages; the
    verdict is the same either way.
    """
    verdict = _verdict_file(document)
    found: list[tuple[list[Any], str]] | None = None
    if verdict is not None and verdict.exists():
        try:
            found = [(list(parts), str(text)) for parts, text in json.loads(verdict.read_text())]
        except (OSError, ValueError, TypeError):
            found = None
    if found is not None:
        known = found
        return Pending(lambda: _problems(document, known, lenient))
    child = _in_child(document) if concurrent and hasattr(os, "fork") else None

    def settle() -> list[Problem]:
        faults = child[0]() if child is not None else None
        if faults is None:  # no child, or it failed: here and now
            faults = _faults(document)
        _remember(verdict, faults)
        return _problems(document, faults, lenient)

    return Pending(settle, child[1] if child is not None else None)


def _problems(
    document: Document, faults: list[tuple[list[Any], str]], lenient: bool
) -> list[Problem]:
    return [
        document.problem(parts, text, warning=lenient and not text.startswith(CRASHED))
        for parts, text in faults
    ]


def _remember(verdict: Path | None, faults: list[tuple[list[Any], str]]) -> None:
    if verdict is None:
        return
    try:
        verdict.parent.mkdir(parents=True, exist_ok=True)
        verdict.write_text(json.dumps(faults))
    except (OSError, TypeError):
        pass  # a read-only home: validate every time


def _in_child(document: Document) -> tuple[Callable[[], list[tuple[list[Any], str]] | None], int]:
    """Validate in a forked child; the returned function waits for its faults (None: it failed),
    and the descriptor it reads them from is readable once the child has answered."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: validate, write the faults as JSON, and leave without cleanup
        code = 0
        try:
            os.close(read_end)
            with os.fdopen(write_end, "w", encoding="utf-8") as out:
                out.write(json.dumps(_faults(document), default=str))
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)

    def wait() -> list[tuple[list[Any], str]] | None:
        with os.fdopen(read_end, encoding="utf-8") as pipe:
            text = pipe.read()
        _, status = os.waitpid(pid, 0)
        if status != 0 or not text:
            return None
        return [(list(parts), str(message)) for parts, message in json.loads(text)]

    return wait, read_end


def _crawled(schema: dict[str, Any], validator_cls: Any, format_checker: Any, registry: Any) -> Any:
    """A validator of `schema` whose resolver holds `registry` with `schema` in it, crawled."""
    from referencing.jsonschema import specification_with

    resource = specification_with(schema.get("$schema", "")).create_resource(schema)
    uri = resource.id() or ""
    resolver = registry.with_resource(uri, resource).crawl().resolver(base_uri=uri)
    return validator_cls(schema, format_checker=format_checker, _resolver=resolver)


def _meta_check(validator_cls: Any, format_checker: Any) -> tuple[Any, Any, Any, Any]:
    """What `validator_cls.check_schema(schema, format_checker=...)` checks a schema with: the
    meta-schema, its validator class, the format checker and the registry of its references."""
    from jsonschema.validators import validator_for
    from jsonschema_specifications import REGISTRY
    from openapi_schema_validator import validators as oas
    from openapi_schema_validator._specifications import REGISTRY as OPENAPI_REGISTRY

    meta = validator_cls.META_SCHEMA
    meta_cls = validator_for(meta, default=validator_cls)
    openapi = getattr(validator_cls.check_schema, "__func__", None) is oas.check_openapi_schema
    registry = OPENAPI_REGISTRY if openapi else REGISTRY
    if (
        format_checker is None
    ):  # check_schema's default, which each implementation picks its own way
        format_checker = validator_cls.FORMAT_CHECKER if openapi else meta_cls.FORMAT_CHECKER
    return meta, meta_cls, format_checker, registry


def _document_meta_schema(openapi31: bool) -> dict[str, Any]:
    """The OpenAPI meta-schema a document of the version is checked against: openapi-spec-validator's,
    read from its file without importing it (`schema_v30`/`schema_v31` are that file's content)."""
    return dict(document_meta_schema(openapi31))


@cache
def _schema_checker(validator_cls: Any, format_checker: Any) -> Any:
    """`validator_cls.check_schema` (with `format_checker`), its meta-schema validator built once and
    crawled: it raises the SchemaError check_schema raises (the first error)."""
    from jsonschema.exceptions import SchemaError

    meta, meta_cls, format_checker, registry = _meta_check(validator_cls, format_checker)
    validator = _crawled(meta, meta_cls, format_checker, registry)

    valid: set[str] = set()  # schemas (by content) already checked and found valid

    def check(schema: Any) -> None:
        # The check is a function of the schema's content alone: the same content, the same verdict.
        try:
            key = json.dumps(schema, sort_keys=True)
        except (TypeError, ValueError):  # a value JSON cannot hold (a YAML date): not remembered
            key = None
        if key is not None and key in valid:
            return
        for error in validator.iter_errors(schema):
            raise SchemaError.create_from(error)
        if key is not None:
            valid.add(key)

    return check


@cache
def _document_validator(openapi31: bool) -> Any:
    """The document's check against its OpenAPI meta-schema as the shipped Python backend does it (no
    format checker), crawled: built here, since openapi-spec-validator switches its own to
    jsonschema-rs when that is installed."""
    from jsonschema.validators import validator_for
    from jsonschema_specifications import REGISTRY

    schema = _document_meta_schema(openapi31)
    return _crawled(schema, validator_for(schema), None, REGISTRY)


def _schema_keyword(openapi31: bool, checker: Callable[[Any, Any], Any]) -> Any:
    """openapi-spec-validator's `schema` keyword for the version, with each schema checked against
    its meta-schema by `checker(validator_cls, format_checker)`, for the class and format checker
    the keyword picks (in 3.1 those of the schema's dialect, or the document's)."""
    from openapi_spec_validator.validation import keywords

    if not openapi31:

        class Schema30(keywords.OpenAPIV30SchemaValidator):
            def _get_schema_checker(self, schema: Any, schema_value: Any) -> Any:
                validator_cls: Any = self.schema_validator_cls
                return checker(validator_cls, None)

        return Schema30

    class Schema31(keywords.OpenAPIV31SchemaValidator):
        def _get_schema_checker(self, schema: Any, schema_value: Any) -> Any:
            dialect_id = self._get_schema_dialect_id(schema, schema_value)
            validator_cls: Any = self._get_validator_class_for_dialect(dialect_id)
            if validator_cls is None:
                raise ValueError(f"Unknown JSON Schema dialect: {dialect_id!r}")
            return checker(validator_cls, self.schema_validator_format_checker)

    return Schema31


@cache
def _spec_validator(openapi31: bool) -> Any:
    """openapi-spec-validator's class for the version, its meta-schema validators' registries crawled.

    As shipped, every `$dynamicRef` an OpenAPI meta-schema evaluates makes `referencing` crawl the whole
    registry again (the root resource is added uncrawled, and the crawled registry a lookup finds is not
    kept), for the document and again for each of its schemas: most of the validator's time. The same
    meta-schemas, format checkers and resources, crawled once per process: the same verdicts (tested
    against the shipped classes), several times faster.
    """
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    base = OpenAPIV31SpecValidator if openapi31 else OpenAPIV30SpecValidator
    keywords_used = {
        **base.keyword_validators,
        "schema": _schema_keyword(openapi31, _schema_checker),
    }
    return type(
        f"Crawled{base.__name__}",
        (base,),
        {
            "schema_validator": _document_validator(openapi31),
            "keyword_validators": {name: _locating(cls) for name, cls in keywords_used.items()},
        },
    )


def _locating(keyword_cls: Any) -> Any:
    """`keyword_cls` whose errors remember the place of the object it was checking: the validator
    reports a schema's faults relative to the schema (`#/properties/model`) and some faults (a
    duplicate operationId) with no place at all. The innermost check sets the place."""

    class Locating(keyword_cls):  # type: ignore[misc]
        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            at = next((list(a.parts) for a in args if hasattr(a, "read_value")), None)
            for error in super().__call__(*args, **kwargs):
                if at is not None and not hasattr(error, "_codegen_at"):
                    error._codegen_at = at
                yield error

    Locating.__name__ = Locating.__qualname__ = f"Locating{keyword_cls.__name__}"
    return Locating


# -- the fast path ---------------------------------------------------------------------------------
#
# The time of the Python validator goes into checking the document against its OpenAPI meta-schema
# and each schema against its dialect's meta-schema. The fast path (`_hybrid_spec_validator`) runs the
# very same validator class, the same keyword checks (path parameters, operation ids, defaults) in
# the same Python code, with each of those meta-schema checks first asked of jsonschema-rs, which
# only says "conforms" or not: where a piece (the document, or one schema) conforms, the Python check
# of that piece yields nothing, and is skipped; where it does not (or jsonschema-rs cannot read it),
# the Python check of that piece alone runs, in its place in the walk, and yields exactly its
# errors (for a schema, the first one: check_schema raises it). So the fast path gives the Python
# validator's errors, in its order, and they are located alike (`_located`): a message is never
# jsonschema-rs's. What the walk checks once (a `$ref`'d schema met again) it checks once here too:
# it is the same code. The two engines agree by construction on those two checks: the same
# meta-schemas and references, the format checker's own Python functions for every format (formats
# jsonschema-rs knows and the Python checker does not check are switched off, as there).
# tests/corpus/test_fast_validation.py and tests/codegen_tests/test_fast_validation.py prove the
# faults equal, in order, on every corpus document, fixture and made document.


def _conforms(format_checker: Any, name: str, value: Any) -> bool:
    return bool(format_checker.conforms(value, name))


def _rs_formats(format_checker: Any) -> dict[str, Callable[[Any], bool]]:
    """Every format as the Python `format_checker` judges it."""
    from functools import partial

    names = {*RS_KNOWN_FORMATS, *format_checker.checkers}
    return {name: partial(_conforms, format_checker, name) for name in names}


@cache
def _rs_registry() -> Any:
    """The meta-schemas (JSON Schema's drafts, OpenAPI's dialects) the Python side resolves against."""
    import jsonschema_rs
    from openapi_schema_validator._specifications import REGISTRY

    return jsonschema_rs.Registry([(uri, REGISTRY[uri].contents) for uri in REGISTRY])


def _rs_validator(schema: dict[str, Any], format_checker: Any) -> Any:
    import jsonschema_rs

    if format_checker is None:
        return jsonschema_rs.validator_for(schema, registry=_rs_registry(), validate_formats=False)
    return jsonschema_rs.validator_for(
        schema,
        registry=_rs_registry(),
        validate_formats=True,
        formats=_rs_formats(format_checker),
    )


@cache
def _hybrid_schema_checker(validator_cls: Any, format_checker: Any) -> Any:
    """`_schema_checker` (with the same arguments) for a schema jsonschema-rs finds does not conform
    to its meta-schema, or cannot read; nothing for one it finds conforms."""
    meta, _, rs_format_checker, _ = _meta_check(validator_cls, format_checker)
    fast = _rs_validator(meta, rs_format_checker)
    python = _schema_checker(validator_cls, format_checker)

    def check(schema: Any) -> None:
        try:
            if fast.is_valid(schema):
                return
        except Exception:  # a value jsonschema-rs cannot read: the Python check decides
            pass
        python(schema)

    return check


class _HybridDocumentValidator:
    """The document-level meta-schema check, as openapi-spec-validator's SpecValidator calls it: the
    Python check's errors where jsonschema-rs finds the document does not conform (or cannot read
    it), none where it finds it conforms."""

    def __init__(self, schema: dict[str, Any], fast: Any, python: Any) -> None:
        self.schema = schema
        self._fast = fast
        self._python = python

    def iter_errors(self, instance: Any) -> Any:
        try:
            if self._fast.is_valid(instance):
                return
        except Exception:  # a value jsonschema-rs cannot read: the Python check decides
            pass
        narrowed = _narrowed(self._fast, instance)
        if narrowed is not None:
            document, intact = narrowed
            errors = list(self._python.iter_errors(document))
            if errors and all(_within(list(e.absolute_path), intact) for e in errors):
                yield from errors
                return
        yield from self._python.iter_errors(instance)


# The document's maps whose entries the OpenAPI meta-schemas (3.0 and 3.1) check each on its own,
# against a schema of the entry alone: no keyword of theirs relates two entries, or an entry and the
# map's other keys. `components` is a map of such maps.
_ENTRY_MAPS = ("paths", "webhooks")

# What a conforming entry is replaced with: a Reference object, which every such map takes (a path
# item, a schema and each component may be one), and which the check does not follow.
_STAND_IN = {"$ref": "#/entry-that-conforms"}


def _narrowed(fast: Any, document: Any) -> tuple[dict[str, Any], list[list[Any]]] | None:
    """`document` with each entry of its paths, webhooks and components' maps that jsonschema-rs
    finds conforms replaced by a stand-in that conforms too, so that the Python check does the work
    of the faulty entries alone; and the places of what is kept whole (the root's other members,
    and every faulty entry). None: nothing to replace, or no way to tell the entries apart (the
    document is faulty outside every entry), or a stand-in that does not conform in its place.

    The Python check of the narrowed document gives the full document's errors where each of them
    lies inside a place kept whole: the check of such a place is the same (the same value, the same
    schema, nothing of its siblings read), a stand-in yields nothing, and every map keeps its keys
    in their order, so that the entries are checked in the same order (a map checked through
    `additionalProperties` is walked as a set of its keys: the same keys, the same walk). An error
    at a narrowed place (a map, or the root) may not be the same, and is not taken
    (`_HybridDocumentValidator`): the whole document is checked then."""
    if not isinstance(document, dict):
        return None
    components = document.get("components")
    maps: list[tuple[list[Any], dict[Any, Any]]] = [
        ([key], document[key]) for key in _ENTRY_MAPS if isinstance(document.get(key), dict)
    ]
    if isinstance(components, dict):
        maps += [
            (["components", kind], value)
            for kind, value in components.items()
            if isinstance(value, dict)
        ]
    if not maps:
        return None

    def with_maps(entries: Callable[[list[Any], dict[Any, Any]], dict[Any, Any]]) -> dict[str, Any]:
        """The document, each map's entries replaced by `entries(place, map)`."""
        out = dict(document)
        if isinstance(components, dict):
            out["components"] = dict(components)
        for place, entries_of in maps:
            holder = out if len(place) == 1 else out["components"]
            holder[place[-1]] = entries(place, entries_of)
        return out

    try:
        # the document outside its entries (every map emptied), then each entry alone in it
        base = with_maps(lambda place, entries: {})
        if not fast.is_valid(base):
            return None
        faulty: dict[tuple[Any, ...], set[Any]] = {}
        for place, entries in maps:
            probe_of = dict(base)
            if len(place) == 2:
                probe_of["components"] = dict(base["components"])
            holder = probe_of if len(place) == 1 else probe_of["components"]
            bad: set[Any] = set()
            for name, value in entries.items():
                holder[place[-1]] = {name: value}
                if not fast.is_valid(probe_of):
                    bad.add(name)
            faulty[tuple(place)] = bad
        if all(len(faulty[tuple(place)]) == len(entries) for place, entries in maps):
            return None  # nothing to leave out
        # every entry a stand-in: each must conform where it stands
        if not fast.is_valid(with_maps(lambda place, entries: dict.fromkeys(entries, _STAND_IN))):
            return None
        narrowed = with_maps(
            lambda place, entries: {
                name: (value if name in faulty[tuple(place)] else _STAND_IN)
                for name, value in entries.items()
            }
        )
    except Exception:  # a value jsonschema-rs cannot read: the whole document is checked
        return None
    intact = [[key] for key in document if key not in _ENTRY_MAPS and key != "components"]
    if isinstance(components, dict):
        intact += [["components", k] for k, v in components.items() if not isinstance(v, dict)]
    intact += [[*place, name] for place, _ in maps for name in faulty[tuple(place)]]
    return narrowed, intact


def _within(path: list[Any], places: list[list[Any]]) -> bool:
    return any(path[: len(place)] == place for place in places)


@cache
def _hybrid_document_check(openapi31: bool) -> _HybridDocumentValidator:
    # jsonschema-rs's check is the pre-check's (the same meta-schema and registry, read from the
    # packages' files: built without importing openapi-schema-validator)
    return _HybridDocumentValidator(
        _document_meta_schema(openapi31),
        document_checker(openapi31),
        _document_validator(openapi31),
    )


@cache
def _hybrid_spec_validator(openapi31: bool) -> Any:
    """`_spec_validator`'s class with its two meta-schema checks first asked of jsonschema-rs."""
    slow = _spec_validator(openapi31)
    return type(
        f"Hybrid{slow.__name__}",
        (slow,),
        {
            "schema_validator": _hybrid_document_check(openapi31),
            "keyword_validators": {
                **slow.keyword_validators,
                "schema": _locating(_schema_keyword(openapi31, _hybrid_schema_checker)),
            },
        },
    )


def _faults(document: Document) -> list[tuple[list[Any], str]]:
    """The verdict: none where the pre-check (`precheck.py`) is sure there is none, without
    importing openapi-spec-validator at all; the document's faults against its OpenAPI meta-schema
    alone where the pre-check is sure the keyword walk finds nothing (still without importing it:
    those are the first errors the validator yields, and then all of them); else the fast path's
    faults, or the Python validator's where the fast path cannot give them (a document nested too
    deep, a validator that fails by recursion)."""
    checked = verdict(document.data)
    if checked == CLEAN:
        return []
    if checked == DOCUMENT_ONLY:  # the document's meta-schema check's errors are all of them
        check = _hybrid_document_check(_is_openapi31(document))
        return _located(document, list(check.iter_errors(document.data)))
    found = _hybrid_faults(document)
    return _run_validator(document) if found is None else found


def _hybrid_faults(document: Document) -> list[tuple[list[Any], str]] | None:
    """The fast path's faults as (JSON pointer parts, message); None where it cannot give the
    Python validator's (see `_faults`).

    A validator that fails gives the Python validator's CRASHED fault, the same: the fast path runs
    the same keyword code on the same values up to the same failure, and skips only the Python
    meta-schema checks of pieces jsonschema-rs finds conform, which yield nothing and (within
    `FAST_DEPTH`) do not fail. A RecursionError is left to the Python validator: the two do not
    recurse equally deep, so it may fail elsewhere, or not at all.
    """
    try:
        validator_cls = _hybrid_spec_validator(_is_openapi31(document))
    except Exception:  # not built: the Python validator's own failure, if it fails too
        return None
    if not shallow(document.data):
        return None
    try:
        errors = list(validator_cls(document.data).iter_errors())
    except RecursionError:
        return None
    except Exception as exc:
        return [_crashed(exc)]
    return _located(document, errors)


def _is_openapi31(document: Document) -> bool:
    return str(document.data.get("openapi", "")).startswith("3.1")


def _run_validator(document: Document) -> list[tuple[list[Any], str]]:
    """The validator's faults as (JSON pointer parts, message)."""
    validator_cls = _spec_validator(_is_openapi31(document))
    try:
        errors = list(validator_cls(document.data).iter_errors())
    except Exception as exc:  # the validator itself can fail (recursion, input it cannot read)
        # With `lenient` our own checks (references, path parameters, extensions) still run after it.
        return [_crashed(exc)]
    return _located(document, errors)


def _crashed(exc: Exception) -> tuple[list[Any], str]:
    return ([], f"{CRASHED} ({type(exc).__name__}: {str(exc)[:200]})")


def _located(document: Document, errors: list[Any]) -> list[tuple[list[Any], str]]:
    """The validator's errors, in order, as (JSON pointer parts, message): each placed in the
    document, through `$ref`s; a value the validator loses the place of found where it is held."""
    found: list[tuple[list[Any], str]] = []
    located: set[tuple[Any, ...]] = set()
    holders: dict[tuple[Any, ...], _Holders] = {}  # by the place of the scope searched
    for error in errors:
        at = list(getattr(error, "_codegen_at", ()))
        relative = list(getattr(error, "absolute_path", ()) or ())
        parts = _real_place(document.data, [*at, *relative])
        message = str(getattr(error, "message", error)).splitlines()[0]
        if len(message) > 300:
            message = message[:300] + "..."
        if not relative:
            instance = getattr(error, "instance", None)
            try:
                scope, base = resolve_pointer(document.data, pointer(at)), tuple(at)
            except KeyError:
                scope, base = document.data, ()
            if base not in holders:
                holders[base] = _Holders(scope, base)
            for key in _VALUE_KEYS:
                place = _locate_value(holders[base], key, instance, located)
                if place is not None:
                    located.add(place)
                    parts = list(place)
                    message = f"`{key}` value {instance!r} does not match its schema: {message}"
                    break
        found.append((parts, message))
    return found
