"""openapi-spec-validator, its meta-schema's registry crawled once, its verdict remembered per document.

openapi-spec-validator was most of the time `codegen` takes; `_spec_validator` removes the repeated
crawling that made it slow. Its verdict depends only on the document (as repaired, which the bytes
decide) and its own version, so it is kept per digest (`~/.cache/convapi-codegen`): a document is
validated once, also when a strict refusal is followed by `--lenient`. CODEGEN_NO_CACHE=1 switches
the cache off.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

from generator.document import Document, walk_nodes
from generator.errors import Problem


def _locate_value(data: Any, key: str, instance: Any) -> tuple[Any, ...] | None:
    """Find where a keyword (`default`, `example`, `enum`) holds `instance`: the validator loses that place."""
    for parts, value in walk_nodes(data):
        if isinstance(value, dict) and key in value:
            held = value[key]
            if held == instance and type(held) is type(instance):
                return (*parts, key)
            if key == "enum" and isinstance(held, list):
                for index, item in enumerate(held):
                    if item == instance and type(item) is type(instance):
                        return (*parts, key, index)
    return None


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
        / f"{document.digest}-osv{version('openapi-spec-validator')}.json"
    )


def validator_problems(document: Document, lenient: bool) -> list[Problem]:
    """openapi-spec-validator's faults (warnings with `lenient`), run once per document: its verdict
    (the faults' places and messages, or none) is remembered, so a strict refusal followed by
    `--lenient` does not validate again."""
    verdict = _verdict_file(document)
    found: list[tuple[list[Any], str]] | None = None
    if verdict is not None and verdict.exists():
        try:
            found = [(list(parts), str(text)) for parts, text in json.loads(verdict.read_text())]
        except (OSError, ValueError, TypeError):
            found = None
    if found is None:
        found = _run_validator(document)
        if verdict is not None:
            try:
                verdict.parent.mkdir(parents=True, exist_ok=True)
                verdict.write_text(json.dumps(found))
            except (OSError, TypeError):
                pass  # a read-only home: validate every time
    return [document.problem(parts, text, warning=lenient) for parts, text in found]


@cache
def _spec_validator(openapi31: bool) -> Any:
    """openapi-spec-validator's class for the version, its meta-schema validator's registry crawled.

    As shipped, every `$dynamicRef` the OpenAPI meta-schema evaluates makes `referencing` crawl the
    whole registry again (the root resource is added uncrawled, and the crawled registry found by the
    lookup is not kept), which is most of the validator's time. The same meta-schema, format checker
    and resources, crawled once per process: the same verdicts, several times faster.
    """
    from jsonschema.validators import validator_for
    from jsonschema_specifications import REGISTRY
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
    from referencing.jsonschema import specification_with

    base = OpenAPIV31SpecValidator if openapi31 else OpenAPIV30SpecValidator
    shipped = base.schema_validator
    schema = dict(shipped.schema)
    validator_cls = validator_for(schema)
    resource = specification_with(schema.get("$schema", "")).create_resource(schema)
    uri = resource.id() or ""
    resolver = REGISTRY.with_resource(uri, resource).crawl().resolver(base_uri=uri)
    crawled = validator_cls(schema, format_checker=shipped.format_checker, _resolver=resolver)
    return type(f"Crawled{base.__name__}", (base,), {"schema_validator": crawled})


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
                f"openapi-spec-validator could not check the document ({type(exc).__name__}: "
                f"{str(exc)[:200]})",
            )
        ]
    for error in errors:
        parts: list[Any] = list(getattr(error, "absolute_path", ()) or ())
        message = str(getattr(error, "message", error)).splitlines()[0]
        if len(message) > 300:
            message = message[:300] + "..."
        if not parts:
            instance = getattr(error, "instance", None)
            for key in ("default", "example", "enum"):
                located = _locate_value(document.data, key, instance)
                if located is not None:
                    parts = list(located)
                    message = f"`{key}` value {instance!r} does not match its schema: {message}"
                    break
        found.append((parts, message))
    return found
