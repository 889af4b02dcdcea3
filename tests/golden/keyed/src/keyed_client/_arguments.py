"""Arguments checked against the spec's schemas before a request is built, and their faults in words.

Each operation carries the annotation of every parameter (`Operation.arguments`); the first call that
gives one builds a pydantic validator of them all (a `TypedDict` of the operation's arguments), kept on
the operation, so a call pays one `validate_python` over the arguments it gave and nothing when it gave
none. The values that go on the wire are still the caller's own: the check only says yes or no.

A fault becomes one short line that names the argument as the caller wrote it (`filter_status`, not
`filter[status]`, and not an internal model class name) and what was expected
(`status: 'unread' is not one of 'open', 'pending', 'closed'`); pydantic's own detail is kept on the
`InvalidArgumentError` (`errors`, and the `ValidationError`, without its input values, as `__cause__`). A value is echoed only
where it is one that was compared with a list of allowed values; otherwise only its type is named, as
arguments may hold message text, phone numbers or e-mail addresses.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from ._errors import InvalidArgumentError, redacted
from ._operation import Operation
from ._types import NotGiven

if TYPE_CHECKING:
    import pydantic

_ECHO_LIMIT = 40  # an allowed-values mismatch echoes a short value; a longer one is named by its type


def check_arguments(op: Operation[Any], values: Mapping[str, Any]) -> None:
    """Raise InvalidArgumentError for a parameter value its schema refuses (nothing given: no work)."""
    if op.arguments is None:
        return
    given = {k: v for k, v in values.items() if not isinstance(v, NotGiven)}
    if not given:
        return
    import pydantic

    try:
        op.arguments_adapter().validate_python(given)
    except pydantic.ValidationError as exc:
        raise invalid_arguments(op, exc, ()) from redacted(exc)


def argument_error(op: Operation[Any], exc: ValueError | TypeError) -> InvalidArgumentError:
    """The InvalidArgumentError of a refusal while encoding: a body its schema refuses, in words."""
    import pydantic

    if isinstance(exc, pydantic.ValidationError):
        return invalid_arguments(op, exc, ("",) if "" in op.names else ())
    return InvalidArgumentError(str(exc))


def invalid_arguments(
    op: Operation[Any], exc: pydantic.ValidationError, prefix: tuple[str | int, ...]
) -> InvalidArgumentError:
    """The InvalidArgumentError of a validation error: one line per fault, pydantic's detail kept.

    `prefix` is where the validated value sits among the arguments (`()` for the parameters and for a
    body whose fields are the method's keywords).
    """
    errors = [_without_url(e) for e in exc.errors(include_url=False)]
    faults = _faults(op, errors, prefix)
    message = faults[0] if len(faults) == 1 else f"{len(faults)} invalid arguments: " + "; ".join(faults)
    return InvalidArgumentError(message, faults=faults, errors=errors)


def _without_url(error: Any) -> dict[str, Any]:
    return {k: v for k, v in cast("dict[str, Any]", error).items() if k != "url"}


def _faults(op: Operation[Any], errors: list[dict[str, Any]], prefix: tuple[str | int, ...]) -> list[str]:
    """One line per fault; of a union's alternatives only the one that came closest is reported."""
    errors = _closest_alternative(op, errors)
    lines: list[str] = []
    for error in errors:
        line = f"{_where(op, (*prefix, *error['loc']))}: {_what(error)}"
        if line not in lines:
            lines.append(line)
    return lines


def _closest_alternative(op: Operation[Any], errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A value that fits none of a union's alternatives fails each, under a location step naming it
    (a model class, `function-after[...]`, `list[...]`): keep the alternative with the fewest faults,
    without that step. A step is an alternative's name when it is neither an argument nor a field."""
    tagged: dict[str, list[dict[str, Any]]] = {}
    for error in errors:
        loc = error["loc"]
        if not loc or not isinstance(loc[0], str) or not _is_alternative(op, loc[0]):
            return errors
        tagged.setdefault(loc[0], []).append({**error, "loc": loc[1:]})
    if not tagged:
        return errors
    best = min(tagged.values(), key=len)
    return _closest_alternative(op, best)


_TAGS = frozenset({"str", "int", "float", "bool", "bytes", "none", "root"})


def _is_alternative(op: Operation[Any], step: str) -> bool:
    return step not in op.by_name and step not in op.names and _is_tag(step)


def _is_tag(step: str) -> bool:
    """A step pydantic adds to a location: a union member's name (a model class, `str`, `list[...]`,
    `function-after[...]`) or a root model's `root`; never a field or an argument name."""
    core = step.lstrip("_")
    camel = core[:1].isupper() and "_" not in core and any(c.islower() for c in core)
    return camel or "[" in step or step in _TAGS


def _where(op: Operation[Any], loc: Sequence[str | int]) -> str:
    """`status`, `template.language.code`, `recipients[1].to`: the argument as the caller wrote it."""
    text = ""
    for step in loc:
        if isinstance(step, int):
            text += f"[{step}]"
        elif _is_tag(step) and step not in op.by_name and step not in op.names:
            continue  # a root model or an alternative's name: not something the caller wrote
        elif not text:
            text = op.names.get(step, step)
        else:
            text += f".{step}"
    return text or "body"


def _what(error: Mapping[str, Any]) -> str:
    kind = str(error.get("type", ""))
    given = error.get("input")
    ctx = cast("Mapping[str, Any]", error.get("ctx") or {})
    if kind == "missing":
        return "required"
    if kind == "literal_error":
        expected = str(ctx.get("expected", ""))
        head, _, last = expected.rpartition(" or ")
        allowed = f"{head}, {last}" if head else expected
        return f"{_shown(given)} is not one of {allowed}"
    if kind == "extra_forbidden":
        return "not a field of this request (extra_body sends what the spec does not know)"
    message = str(error.get("msg", "invalid"))
    message = message.removeprefix("Input ").removeprefix("Value error, ")
    return f"{message[:1].lower()}{message[1:]} (got {type(given).__name__})"


def _shown(value: Any) -> str:
    if isinstance(value, (str, int, float, bool)) and len(repr(value)) <= _ECHO_LIMIT:
        return repr(value)
    return f"a {type(value).__name__}"
