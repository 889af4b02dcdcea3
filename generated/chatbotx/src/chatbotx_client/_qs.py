"""Parameters on the wire: path, query, header and cookie values encoded as the spec's style says.

Values are percent-encoded so that no value can change the shape of the request (a `/` or `..` in a
path segment, a `&` or `=` in a query value); the delimiters a style adds stay literal, and header
values may not hold CR, LF or NUL. Structured values (models, dicts, dates, enums) are first made
JSON-like; a parameter with a schema of its own is validated and dumped by pydantic, which is imported
only when such a value is sent.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from ._operation import Operation, Param
from ._types import NotGiven, Query

if TYPE_CHECKING:
    import pydantic


@dataclass(slots=True)
class EncodedParams:
    """The parameters of one call as they go on the wire."""

    path: str  # the path template with every `{name}` replaced
    query: list[str]  # `name=value` pieces, percent-encoded
    headers: dict[str, str]
    cookies: list[str]  # `name=value` pairs, percent-encoded


def encode_params(op: Operation[Any], values: Mapping[str, Any]) -> EncodedParams:
    """Every parameter value of one call, encoded; raises ValueError for a value that must not be sent."""
    encoded = EncodedParams(op.path, query=[], headers={}, cookies=[])
    for key, value in values.items():
        if isinstance(value, NotGiven):
            continue
        param = op.by_name[key]
        if param.location == "path":
            encoded.path = encoded.path.replace("{" + param.name + "}", encode_path_param(param, value))
        elif value is None and not param.json_content:
            continue  # an optional parameter given as None is left out
        elif param.location == "query":
            encoded.query.extend(encode_query_param(param, value))
        elif param.location == "header":
            encoded.headers[param.name] = encode_header_param(param, value)
        else:
            encoded.cookies.extend(encode_cookie_param(param, value))
    _check_every_path_param_given(encoded.path)
    return encoded


def encode_extra_query(extra_query: Query) -> list[str]:
    """The caller's `extra_query`, encoded like form-style query parameters."""
    pieces: list[str] = []
    for name, value in extra_query.items():
        if not isinstance(value, NotGiven):
            pieces.extend(encode_query_param(Param(name, "query"), value))
    return pieces


def _check_every_path_param_given(path: str) -> None:
    if "{" in path:
        missing = path[path.index("{") + 1 : path.index("}")] if "}" in path else path
        raise ValueError(f"path parameter {missing!r} is required")


# --------------------------------------------------------------------------------------------------
# One parameter


def encode_query_param(param: Param, value: Any) -> list[str]:
    """One query parameter as `name=value` pieces (joined with `&`), percent-encoded, delimiters literal."""
    name = quote(param.name, safe="[]")
    if param.json_content:
        return [f"{name}={quote_component(compact_json(structured(param, value)))}"]
    value = structured(param, value)
    if isinstance(value, Mapping):
        items = [(str(k), v) for k, v in cast("Mapping[object, object]", value).items() if v is not None]
        if param.style == "deepObject":
            return [f"{name}[{quote_component(k)}]={quote_component(scalar_text(v))}" for k, v in items]
        if param.explode:
            return [f"{quote_component(k)}={quote_component(scalar_text(v))}" for k, v in items]
        return [f"{name}=" + ",".join(f"{quote_component(k)},{quote_component(scalar_text(v))}" for k, v in items)]
    if isinstance(value, (list, tuple)):
        values = cast("Sequence[object]", value)
        if param.explode:
            return [f"{name}={quote_component(scalar_text(v))}" for v in values]
        sep = {"spaceDelimited": "%20", "pipeDelimited": "|"}.get(param.style, ",")
        return [f"{name}=" + sep.join(quote_component(scalar_text(v)) for v in values)]
    return [f"{name}={quote_component(scalar_text(value))}"]


def encode_path_param(param: Param, value: Any) -> str:
    """Percent-encode a path parameter so that no value can change the path (`../x`, `a/b?c`)."""
    text = scalar_text(value)
    if text == "":
        raise ValueError(f"path parameter {param.name!r} must not be empty")
    encoded = quote_component(text)
    if encoded in (".", ".."):
        encoded = encoded.replace(".", "%2E")
    return encoded


def encode_header_param(param: Param, value: Any) -> str:
    """One header parameter's value."""
    return encode_header_value(param.name, structured(param, value))


def encode_cookie_param(param: Param, value: Any) -> list[str]:
    """One cookie parameter as `name=value` pairs (joined with `; ` in the Cookie header)."""
    return [f"{quote_component(param.name)}={quote_component(scalar_text(structured(param, value)))}"]


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
