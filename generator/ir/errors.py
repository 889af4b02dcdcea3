"""`x-error-codes` -> the client's error-code table: where a provider's code sits in an error body,
and for each code the runtime error class to raise and whether a retry may help."""

from __future__ import annotations

from generator.errors import SpecError
from generator.ir import nodes as ir
from generator.ir.context import Context, lit
from generator.naming import comment

_RETRY_DOC = {True: "may be retried", False: "never retried", None: "retried as its status says"}

# The runtime's APIStatusError classes (templates/runtime/_errors.py), by name: a code can only name
# one of these. tests/runtime_unit/test_error_mapping.py checks that the two lists agree.
STATUS_ERROR_CLASSES = (
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
)


def build_error_codes(ctx: Context) -> tuple[str, tuple[ir.ErrorCode, ...]]:
    """The code paths (as a literal tuple of key tuples) and the codes, in the spec's order."""
    found = ctx.extensions.error_codes
    if found is None:
        return "()", ()
    unknown = [
        ctx.document.problem(
            ["x-error-codes", "codes", code, "error"],
            f"x-error-codes {code!r}: {meaning.error!r} is not an error class of the client "
            f"(one of {', '.join(STATUS_ERROR_CLASSES)})",
        )
        for code, meaning in found.codes
        if meaning.error not in STATUS_ERROR_CLASSES
    ]
    if unknown:
        raise SpecError(unknown)
    paths = tuple(tuple(path.split(".")) for path in found.code_paths)
    codes = tuple(
        ir.ErrorCode(
            lit(code),
            lit(meaning.error),
            repr(meaning.retry),
            code_md=comment(code).replace("`", "'"),
            error_name=meaning.error,
            retry_doc=_RETRY_DOC[meaning.retry],
        )
        for code, meaning in found.codes
    )
    return lit(paths), codes
