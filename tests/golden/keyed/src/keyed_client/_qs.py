"""Parameters on the wire: path, query, header and cookie values encoded in their OpenAPI 3 style.

Every style OpenAPI 3 defines, with `explode` (RFC 6570 expansions): form, spaceDelimited,
pipeDelimited and deepObject in the query; simple, label and matrix in the path; simple in headers;
form in cookies; and JSON for parameters declared with `content`. Values are percent-encoded so that no
value can change the shape of the request (a `/` or `..` in a path segment, a `&` or `=` in a query
value); the delimiters a style adds stay literal, and header values may not hold CR, LF or NUL.
Structured values (models, dicts, dates, enums) are first made JSON-like; a parameter with a schema of
its own is validated and dumped by pydantic, which is imported only when such a value is sent.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, NamedTuple, cast
from urllib.parse import quote

from ._operation import Operation, Param
from ._types import NotGiven, Query

if TYPE_CHECKING:
    import pydantic


class EncodedParams(NamedTuple):
    """The parameters of one call as they go on the wire."""

    path: str  # the path template with every `{name}` replaced
    query: list[str]  # `name=value` pieces, percent-encoded
    headers: dict[str, str]
    cookies: list[str]  # `name=value` pairs, percent-encoded


def encode_params(op: Operation[Any], values: Mapping[str, Any]) -> EncodedParams:
    """Every parameter value of one call, encoded; raises ValueError for a value that must not be sent."""
    path = op.path
    query: list[str] = []
    headers: dict[str, str] = {}
    cookies: list[str] = []
    for key, value in values.items():
        if isinstance(value, NotGiven):
            continue
        param = op.by_name[key]
        if param.location == "path":
            text = encode_path_param(param, value)  # an empty value is refused as such first
            if param.pattern is not None and isinstance(value, str):
                _check_pattern(param, value)
            path = path.replace("{" + param.name + "}", text)
            continue
        if param.pattern is not None and isinstance(value, str):
            _check_pattern(param, value)
        if value is None and not param.json_content:
            continue  # an optional parameter given as None is left out
        elif param.location == "query":
            query.extend(encode_query_param(param, value))
        elif param.location == "header":
            headers[param.name] = encode_header_param(param, value)
        else:
            cookies.extend(encode_cookie_param(param, value))
    _check_every_path_param_given(path)
    return EncodedParams(path, query, headers, cookies)


def merge_extra_query(query: list[str], extra_query: Query) -> list[str]:
    """The query with the caller's `extra_query` over it: a name given there replaces every value the
    call had under that name (NOT_GIVEN removes it); new names are encoded like form-style parameters."""
    names = {quote(name, safe="[]") for name in extra_query}
    merged = [piece for piece in query if piece.split("=", 1)[0] not in names]
    for name, value in extra_query.items():
        if not isinstance(value, NotGiven):
            merged.extend(encode_query_param(Param(name, "query"), value))
    return merged


def _check_pattern(param: Param, value: str) -> None:
    """A text value must match its schema's `pattern` (searched, as JSON Schema does): a server that
    would refuse it, or fail on it, is not asked. The message names the parameter, never the value."""
    if _compiled(param.pattern or "").search(value) is None:
        raise ValueError(f"{param.location} parameter {param.name!r} does not match its pattern {param.pattern!r}")


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _check_every_path_param_given(path: str) -> None:
    if "{" in path:
        missing = path[path.index("{") + 1 : path.index("}")] if "}" in path else path
        raise ValueError(f"path parameter {missing!r} is required")


# --------------------------------------------------------------------------------------------------
# One parameter, by location and style (RFC 6570 expansions, as OpenAPI 3 names them)

_QUERY_DELIMITERS = {"spaceDelimited": "%20", "pipeDelimited": "|"}  # form's is ","


class _Expansion(NamedTuple):
    """An RFC 6570 operator: what starts the value, what parts an exploded value, is the name repeated."""

    prefix: str
    separator: str
    named: bool


_SIMPLE = _Expansion("", ",", named=False)
_PATH_EXPANSIONS = {
    "simple": _SIMPLE,
    "label": _Expansion(".", ".", named=False),
    "matrix": _Expansion(";", ";", named=True),
}


def encode_query_param(param: Param, value: Any) -> list[str]:
    """One query parameter as `name=value` pieces (joined with `&`), percent-encoded, delimiters literal.

    form (explode: one piece per item or member; else one comma list), spaceDelimited and pipeDelimited
    (one list, `%20` or `|` between), deepObject (`name[key]=value` per member).
    """
    name = quote(param.name, safe="[]")
    if param.json_content:
        return [f"{name}={quote_component(compact_json(structured(param, value)))}"]
    return _form_pieces(name, param, structured(param, value))


def encode_cookie_param(param: Param, value: Any) -> list[str]:
    """One cookie parameter as `name=value` pairs (joined with `; `): form style, each piece a cookie."""
    name = quote_component(param.name)
    if param.json_content:
        return [f"{name}={quote_component(compact_json(structured(param, value)))}"]
    return _form_pieces(name, param, structured(param, value))


def _form_pieces(name: str, param: Param, value: Any) -> list[str]:
    """Form-style `name=value` pieces of one value (query and cookies), by the parameter's style."""
    delimiter = _QUERY_DELIMITERS.get(param.style, ",")
    if isinstance(value, Mapping):
        pairs = _pairs(cast("Mapping[object, object]", value), quote_component)
        if param.style == "deepObject":
            return [f"{name}[{k}]={v}" for k, v in pairs]
        if param.explode:
            return [f"{k}={v}" for k, v in pairs]
        return [f"{name}=" + delimiter.join(f"{k}{delimiter}{v}" for k, v in pairs)]
    if isinstance(value, (list, tuple)):
        items = _items(cast("Sequence[object]", value), quote_component)
        if param.explode:
            return [f"{name}={v}" for v in items]
        return [f"{name}=" + delimiter.join(items)]
    return [f"{name}={quote_component(scalar_text(value))}"]


def encode_path_param(param: Param, value: Any) -> str:
    """The text that replaces `{name}`: simple, label (`.`) or matrix (`;name=`) style, percent-encoded.

    No value can change the path: `/`, `?` and `#` are encoded, and so is a value of `.` or `..` (a dot
    segment). An empty value is refused: the path would address another resource.
    """
    if param.json_content:
        return _path_text(compact_json(structured(param, value)))
    if not _is_primitive(value):
        value = structured(param, value)
    expansion = _PATH_EXPANSIONS.get(param.style, _SIMPLE)
    name = quote_component(param.name)
    text = _expand(expansion, name, value, param.explode, escape=_path_text)
    if text in ("", ".", "..", expansion.prefix, f"{expansion.prefix}{name}="):  # nothing but the style's marks
        raise ValueError(f"path parameter {param.name!r} must not be empty")
    return text


def encode_header_param(param: Param, value: Any) -> str:
    """One header parameter's value: simple style (`a,b`; an object `k,v` or, exploded, `k=v`), or JSON."""
    if param.json_content:
        text = json.dumps(structured(param, value), separators=(",", ":"))
    else:
        text = _expand(_SIMPLE, "", structured(param, value), param.explode, escape=str)
    return encode_header_value(param.name, text)


def _expand(expansion: _Expansion, name: str, value: Any, explode: bool, *, escape: Callable[[str], str]) -> str:
    """RFC 6570 expansion of one value (primitive, list or object), each part escaped."""
    label = f"{name}=" if expansion.named else ""
    if isinstance(value, Mapping):
        pairs = _pairs(cast("Mapping[object, object]", value), escape)
        if explode:  # every member named by its own key
            return expansion.prefix + expansion.separator.join(f"{k}={v}" for k, v in pairs)
        return expansion.prefix + label + ",".join(f"{k},{v}" for k, v in pairs)
    if isinstance(value, (list, tuple)):
        items = _items(cast("Sequence[object]", value), escape)
        if explode:  # every item named (matrix) or prefixed (label) on its own
            return expansion.prefix + expansion.separator.join(label + item for item in items)
        return expansion.prefix + label + ",".join(items)
    text = escape(scalar_text(value))
    return expansion.prefix + label + text if text else ""


def _pairs(value: Mapping[object, object], escape: Callable[[str], str]) -> list[tuple[str, str]]:
    """An object's members as escaped (key, value) texts; members that are None are left out."""
    return [(escape(str(k)), escape(scalar_text(v))) for k, v in value.items() if v is not None]


def _items(value: Sequence[object], escape: Callable[[str], str]) -> list[str]:
    return [escape(scalar_text(v)) for v in value]


def _path_text(text: str) -> str:
    encoded = quote_component(text)
    return encoded.replace(".", "%2E") if encoded in (".", "..") else encoded


def _is_primitive(value: Any) -> bool:
    return value is None or isinstance(value, (str, bytes, int, float, date, Enum))


def encode_header_value(name: str, value: Any) -> str:
    """A header value as text; CR, LF and NUL are refused (they would end the header or the request)."""
    if isinstance(value, str):
        text = value
    elif isinstance(value, (Mapping, list)):
        text = json.dumps(jsonable(value))
    else:
        text = scalar_text(value)
    if "\r" in text or "\n" in text or "\x00" in text:
        raise ValueError(f"header {name!r} must not contain CR, LF or NUL characters")
    return text


def set_header(headers: dict[str, str], name: str, value: str | NotGiven) -> None:
    """Set (or, with NOT_GIVEN, remove) a header whatever the case its name was given in before."""
    lower = name.lower()
    for existing in [k for k in headers if k.lower() == lower]:
        del headers[existing]
    if not isinstance(value, NotGiven):
        headers[name] = encode_header_value(name, value)


def has_header(headers: Mapping[str, object] | None, name: str) -> bool:
    lower = name.lower()
    return any(k.lower() == lower for k in headers or ())


# --------------------------------------------------------------------------------------------------
# Values


def quote_component(text: str) -> str:
    """Percent-encode all but the unreserved characters (RFC 3986), so the text adds no structure."""
    return quote(text, safe="")


def scalar_text(value: Any) -> str:
    """A primitive as the wire writes it: `true`/`false`, ISO dates, an enum's value, None as empty."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Enum):
        return scalar_text(value.value)
    if value is None:
        return ""
    return str(value)


def compact_json(value: Any) -> str:
    """JSON without spaces, non-ASCII kept as is (percent-encoded later where the location needs it)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def jsonable(value: Any) -> Any:
    """The value with models dumped by wire name, dates as ISO text and enums as their values."""
    if hasattr(value, "model_dump") and hasattr(value.__class__, "model_fields"):  # a pydantic model
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        mapping = cast("Mapping[object, object]", value)
        return {str(k): jsonable(v) for k, v in mapping.items() if not isinstance(v, NotGiven)}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in cast("Sequence[object]", value)]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def structured(param: Param, value: Any) -> Any:
    """A parameter's value made JSON-like: validated and dumped by its schema's type when it has one."""
    if param.model is not None and not isinstance(value, (str, bytes, int, float, bool)):
        adapter = _param_adapter(param)
        return adapter.dump_python(adapter.validate_python(value), mode="json", by_alias=True, exclude_unset=True)
    return jsonable(value)


@functools.cache
def _param_adapter(param: Param) -> pydantic.TypeAdapter[Any]:
    import pydantic

    assert param.model is not None
    return pydantic.TypeAdapter(param.model())
