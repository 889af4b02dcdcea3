"""The validator's fast path against the Python validator alone, for one document (tests use it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.errors import SpecError
from generator.load.precheck import shallow
from generator.load.reader import read
from generator.load.repairs import repair
from generator.load.structure import version_problem


def validated(path: Path, *, repaired: bool = True) -> Any:
    """The document as `load` hands it to the validator (read, repaired), or None where it cannot
    be read or is not OpenAPI 3. Documents `load` refuses for broken references are validated here
    all the same: more cases for the comparison. With `repaired=False`, as read: the faults
    `repairs.py` takes away (mistyped defaults, integer response codes) left for the validator."""
    try:
        document = read(path)
    except SpecError:
        return None
    if version_problem(document) is not None:
        return None
    if repaired:
        repair(document, lenient=True)
    return document


def both_verdicts(document: Any) -> tuple[list[Any] | None, list[Any], list[Any]]:
    """(the fast path's faults, None where it hands the document to the Python validator; the
    faults as codegen reports them; the Python validator's). The fast path runs first: it cannot
    lean on what the Python validator leaves behind in its caches."""
    from generator.load import validator

    fast = validator._hybrid_faults(document)
    return fast, validator._faults(document), validator._run_validator(document)


def assert_same_faults(document: Any) -> list[Any]:
    """The fast path gives the Python validator's faults: the same (place, message) pairs in the
    same order, a failure of the validator included; it hands the document to the Python validator
    only where it nests deeper than the fast path goes, or the validator fails by recursion.
    Returns the faults."""

    fast, reported, python = both_verdicts(document)
    assert reported == python  # the located messages a user sees
    if fast is None:
        recursion = len(python) == 1 and "(RecursionError:" in python[0][1]
        assert recursion or not shallow(document.data), "handed over for no reason"
    else:
        assert fast == python, "the fast path's faults differ from the Python validator's"
    return python


def shipped_python(openapi31: bool) -> type:
    """openapi-spec-validator's class as shipped, with its Python (jsonschema) backend: with
    jsonschema-rs installed it would check the document with that instead."""
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
    from openapi_spec_validator.schemas import schema_v30, schema_v31
    from openapi_spec_validator.schemas.backend.jsonschema import create_validator

    base = OpenAPIV31SpecValidator if openapi31 else OpenAPIV30SpecValidator
    schema = dict(schema_v31 if openapi31 else schema_v30)
    return type(f"Python{base.__name__}", (base,), {"schema_validator": create_validator(schema)})
