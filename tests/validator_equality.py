"""The validator's fast path against the Python validator alone, for one document (tests use it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.errors import SpecError
from generator.load.reader import read
from generator.load.repairs import repair
from generator.load.structure import version_problem


def validated(path: Path) -> Any:
    """The document as `load` hands it to the validator (read, repaired), or None where it cannot
    be read or is not OpenAPI 3. Documents `load` refuses for broken references are validated here
    all the same: more cases for the comparison."""
    try:
        document = read(path)
    except SpecError:
        return None
    if version_problem(document) is not None:
        return None
    repair(document, lenient=True)
    return document


def both_verdicts(document: Any) -> tuple[bool, list[Any], list[Any]]:
    """(the fast path's "no fault", the faults as codegen reports them, the Python validator's)."""
    from generator.load import validator

    return (
        validator.fast_verdict(document),
        validator._faults(document),
        validator._run_validator(document),
    )


def shipped_python(openapi31: bool) -> type:
    """openapi-spec-validator's class as shipped, with its Python (jsonschema) backend: with
    jsonschema-rs installed it would check the document with that instead."""
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
    from openapi_spec_validator.schemas import schema_v30, schema_v31
    from openapi_spec_validator.schemas.backend.jsonschema import create_validator

    base = OpenAPIV31SpecValidator if openapi31 else OpenAPIV30SpecValidator
    schema = dict(schema_v31 if openapi31 else schema_v30)
    return type(f"Python{base.__name__}", (base,), {"schema_validator": create_validator(schema)})
