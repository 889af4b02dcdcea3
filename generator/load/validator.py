"""openapi-spec-validator, with its clean verdict remembered per document digest.

openapi-spec-validator is most of the time `codegen` takes, and its verdict depends only on the
document and its own version: a document that passed once need not be validated again. Only clean
verdicts are kept (`~/.cache/convapi-codegen`); CODEGEN_NO_CACHE=1 switches the cache off.
"""

from __future__ import annotations

import os
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
    """Where the validator's "no problems" verdict for exactly these bytes is remembered."""
    if os.environ.get("CODEGEN_NO_CACHE") or not document.digest:
        return None
    from importlib.metadata import version

    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return (
        base
        / "convapi-codegen"
        / "valid"
        / f"{document.digest}-osv{version('openapi-spec-validator')}"
    )


def validator_problems(document: Document, lenient: bool) -> list[Problem]:
    """openapi-spec-validator's faults (warnings with `lenient`), or none when already known clean."""
    verdict = _verdict_file(document)
    if verdict is not None and verdict.exists():
        return []
    problems = _run_validator(document, lenient)
    if verdict is not None and not problems:
        try:
            verdict.parent.mkdir(parents=True, exist_ok=True)
            verdict.touch()
        except OSError:
            pass  # a read-only home: validate every time
    return problems


def _run_validator(document: Document, lenient: bool) -> list[Problem]:
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    validator_cls = (
        OpenAPIV31SpecValidator
        if str(document.data.get("openapi", "")).startswith("3.1")
        else OpenAPIV30SpecValidator
    )
    problems: list[Problem] = []
    try:
        errors = list(validator_cls(document.data).iter_errors())
    except Exception as exc:  # the validator itself can fail (recursion, input it cannot read)
        # With `lenient` our own checks (references, path parameters, extensions) still run after it.
        return [
            document.problem(
                [],
                f"openapi-spec-validator could not check the document ({type(exc).__name__}: "
                f"{str(exc)[:200]})",
                warning=lenient,
            )
        ]
    for error in errors:
        parts: tuple[Any, ...] = tuple(getattr(error, "absolute_path", ()) or ())
        message = str(getattr(error, "message", error)).splitlines()[0]
        if len(message) > 300:
            message = message[:300] + "..."
        if not parts:
            instance = getattr(error, "instance", None)
            for key in ("default", "example", "enum"):
                found = _locate_value(document.data, key, instance)
                if found is not None:
                    parts = found
                    message = f"`{key}` value {instance!r} does not match its schema: {message}"
                    break
        problems.append(document.problem(list(parts), message, warning=lenient))
    return problems
