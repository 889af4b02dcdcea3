"""openapi-spec-validator, its meta-schema's registry crawled once, its verdict remembered per document.

openapi-spec-validator was most of the time `codegen` takes; `_spec_validator` removes the repeated
crawling that made it slow, and the fast path (`fast_verdict`, jsonschema-rs for the two meta-schema
checks) decides a document without faults without it; only a document with faults is located by it. Its verdict depends only on the document (as repaired, which the bytes
decide) and its own version, so it is kept per digest (`~/.cache/convapi-codegen`): a document is
validated once, also when a strict refusal is followed by `--lenient`. CODEGEN_NO_CACHE=1 switches
the cache off.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Collection
from functools import cache
from pathlib import Path
from typing import Any

from generator.errors import Problem
from generator.load.document import Document, pointer, resolve_pointer, unescape, walk_nodes

# The message of a validator that failed: the document cannot be interpreted, even with --lenient.
CRASHED = "openapi-spec-validator could not check the document"


def _locate_value(
    data: Any,
    key: str,
    instance: Any,
    taken: Collection[tuple[Any, ...]] = (),
    base: tuple[Any, ...] = (),
) -> tuple[Any, ...] | None:
    """Where a keyword (`default`, `example`, `enum`) holds `instance`: the validator loses that place.
    Of several such places, the first one no earlier fault was located at (each fault its own)."""
    first: tuple[Any, ...] | None = None
    for parts, value in walk_nodes(data, base, name_maps=False):
        if isinstance(value, dict) and key in value:
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
    from importlib.metadata import version

    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return (
        base
        / "convapi-codegen"
        / "verdicts"
        / (
            f"{document.digest}-osv{version('openapi-spec-validator')}"
            f"-rs{version('jsonschema-rs')}-{_our_code()}.json"
        )
    )


@cache
def _our_code() -> str:
    """A digest of the code that repairs the document and places the faults: part of the key."""
    here = Path(__file__).resolve().parent
    code = b"".join((here / name).read_bytes() for name in ("validator.py", "repairs.py"))
    return hashlib.sha256(code).hexdigest()[:12]


def validator_problems(document: Document, lenient: bool) -> list[Problem]:
    """openapi-spec-validator's faults (warnings with `lenient`), now."""
    return start_validation(document, lenient, concurrent=False)()


def start_validation(
    document: Document, lenient: bool, *, concurrent: bool = True
) -> Callable[[], list[Problem]]:
    """Start openapi-spec-validator on `document`; the returned function waits for its faults.

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
        return lambda: _problems(document, known, lenient)
    wait = _in_child(document) if concurrent and hasattr(os, "fork") else None
    result: list[list[Problem]] = []

    def settle() -> list[Problem]:
        if not result:
            faults = wait() if wait is not None else None
            if faults is None:  # no child, or it failed: here and now
                faults = _faults(document)
            _remember(verdict, faults)
            result.append(_problems(document, faults, lenient))
        return result[0]

    return settle


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


def _in_child(document: Document) -> Callable[[], list[tuple[list[Any], str]] | None]:
    """Validate in a forked child; the returned function waits for its faults (None: it failed)."""
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

    return wait


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
    """The OpenAPI meta-schema a document of the version is checked against."""
    from openapi_spec_validator.schemas import schema_v30, schema_v31

    return dict(schema_v31 if openapi31 else schema_v30)


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
def _spec_validator(openapi31: bool) -> Any:
    """openapi-spec-validator's class for the version, its meta-schema validators' registries crawled.

    As shipped, every `$dynamicRef` an OpenAPI meta-schema evaluates makes `referencing` crawl the whole
    registry again (the root resource is added uncrawled, and the crawled registry a lookup finds is not
    kept), for the document and again for each of its schemas: most of the validator's time. The same
    meta-schemas, format checkers and resources, crawled once per process: the same verdicts (tested
    against the shipped classes), several times faster.
    """
    from jsonschema.validators import validator_for
    from jsonschema_specifications import REGISTRY
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
    from openapi_spec_validator.validation import keywords

    base = OpenAPIV31SpecValidator if openapi31 else OpenAPIV30SpecValidator
    # The document's meta-schema as the shipped Python backend checks it (no format checker): built
    # here, since openapi-spec-validator switches its own to jsonschema-rs when that is installed.
    schema = _document_meta_schema(openapi31)
    document_validator = _crawled(schema, validator_for(schema), None, REGISTRY)

    class Crawled30Schema(keywords.OpenAPIV30SchemaValidator):
        def _get_schema_checker(self, schema: Any, schema_value: Any) -> Any:
            validator_cls: Any = self.schema_validator_cls
            return _schema_checker(validator_cls, None)

    class Crawled31Schema(keywords.OpenAPIV31SchemaValidator):
        def _get_schema_checker(self, schema: Any, schema_value: Any) -> Any:
            dialect_id = self._get_schema_dialect_id(schema, schema_value)
            validator_cls: Any = self._get_validator_class_for_dialect(dialect_id)
            if validator_cls is None:
                raise ValueError(f"Unknown JSON Schema dialect: {dialect_id!r}")
            return _schema_checker(validator_cls, self.schema_validator_format_checker)

    schema_keyword = Crawled31Schema if openapi31 else Crawled30Schema
    keywords_used = {**base.keyword_validators, "schema": schema_keyword}
    return type(
        f"Crawled{base.__name__}",
        (base,),
        {
            "schema_validator": document_validator,
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
# Most documents have no fault, and the time goes into checking the document against its OpenAPI
# meta-schema and each schema against its dialect's meta-schema, in Python. The fast path runs the very
# same validator class with only those two meta-schema checks done by jsonschema-rs, and says only
# "no fault" or "some fault": where it finds none, that is the verdict; where it finds any (or
# cannot run), the Python validator runs as before and its located messages are the verdict. So a
# message is never jsonschema-rs's. The two agree by construction on everything but the JSON Schema
# engine of those two checks: the same meta-schemas and references, the format checker's own Python
# functions for every format (formats jsonschema-rs knows and the Python checker does not check are
# switched off, as there), and the same keyword checks (path parameters, operation ids, defaults)
# in the same Python code. tests/corpus/test_fast_validation.py proves the verdicts equal on every
# corpus document and broken fixture.

# Formats jsonschema-rs checks of its own when asked to check formats; each is given the Python
# checker's verdict (every value conforms where that checker does not know the format).
_RS_KNOWN_FORMATS = (
    "date",
    "date-time",
    "time",
    "duration",
    "email",
    "idn-email",
    "hostname",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "iri",
    "iri-reference",
    "uri-template",
    "json-pointer",
    "relative-json-pointer",
    "regex",
    "uuid",
)


def _conforms(format_checker: Any, name: str, value: Any) -> bool:
    return bool(format_checker.conforms(value, name))


def _rs_formats(format_checker: Any) -> dict[str, Callable[[Any], bool]]:
    """Every format as the Python `format_checker` judges it."""
    from functools import partial

    names = {*_RS_KNOWN_FORMATS, *format_checker.checkers}
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
def _fast_schema_checker(validator_cls: Any, format_checker: Any) -> Any:
    """`_schema_checker` with jsonschema-rs: raises SchemaError (without a usable message) where the
    schema does not conform to its meta-schema."""
    from jsonschema.exceptions import SchemaError

    meta, _, format_checker, _ = _meta_check(validator_cls, format_checker)
    validator = _rs_validator(meta, format_checker)

    def check(schema: Any) -> None:
        if not validator.is_valid(schema):
            raise SchemaError("does not conform to its meta-schema")

    return check


class _RsDocumentValidator:
    """The document-level meta-schema check, as openapi-spec-validator's SpecValidator calls it."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema
        self._validator = _rs_validator(schema, None)

    def iter_errors(self, instance: Any) -> Any:
        from jsonschema.exceptions import ValidationError

        if not self._validator.is_valid(instance):
            yield ValidationError("does not conform to the OpenAPI meta-schema")


@cache
def _fast_spec_validator(openapi31: bool) -> Any:
    """`_spec_validator`'s class with its two meta-schema checks done by jsonschema-rs."""
    from openapi_spec_validator.validation import keywords

    slow = _spec_validator(openapi31)

    class Fast30Schema(keywords.OpenAPIV30SchemaValidator):
        def _get_schema_checker(self, schema: Any, schema_value: Any) -> Any:
            validator_cls: Any = self.schema_validator_cls
            return _fast_schema_checker(validator_cls, None)

    class Fast31Schema(keywords.OpenAPIV31SchemaValidator):
        def _get_schema_checker(self, schema: Any, schema_value: Any) -> Any:
            dialect_id = self._get_schema_dialect_id(schema, schema_value)
            validator_cls: Any = self._get_validator_class_for_dialect(dialect_id)
            if validator_cls is None:
                raise ValueError(f"Unknown JSON Schema dialect: {dialect_id!r}")
            return _fast_schema_checker(validator_cls, self.schema_validator_format_checker)

    return type(
        f"Fast{slow.__name__}",
        (slow,),
        {
            "schema_validator": _RsDocumentValidator(_document_meta_schema(openapi31)),
            "keyword_validators": {
                **slow.keyword_validators,
                "schema": Fast31Schema if openapi31 else Fast30Schema,
            },
        },
    )


def fast_verdict(document: Document) -> bool:
    """True where the fast path finds no fault; False where it finds one or cannot run."""
    try:
        validator_cls = _fast_spec_validator(
            str(document.data.get("openapi", "")).startswith("3.1")
        )
        return next(iter(validator_cls(document.data).iter_errors()), None) is None
    except Exception:  # anything it cannot decide goes to the Python validator
        return False


def _faults(document: Document) -> list[tuple[list[Any], str]]:
    """The verdict: none where the fast path finds no fault, else the Python validator's faults."""
    if fast_verdict(document):
        return []
    return _run_validator(document)


def _run_validator(document: Document) -> list[tuple[list[Any], str]]:
    """The validator's faults as (JSON pointer parts, message)."""
    validator_cls = _spec_validator(str(document.data.get("openapi", "")).startswith("3.1"))
    found: list[tuple[list[Any], str]] = []
    try:
        errors = list(validator_cls(document.data).iter_errors())
    except Exception as exc:  # the validator itself can fail (recursion, input it cannot read)
        # With `lenient` our own checks (references, path parameters, extensions) still run after it.
        return [
            (
                [],
                f"{CRASHED} ({type(exc).__name__}: {str(exc)[:200]})",
            )
        ]
    located: set[tuple[Any, ...]] = set()
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
            for key in ("default", "example", "enum"):
                place = _locate_value(scope, key, instance, located, base)
                if place is not None:
                    located.add(place)
                    parts = list(place)
                    message = f"`{key}` value {instance!r} does not match its schema: {message}"
                    break
        found.append((parts, message))
    return found
