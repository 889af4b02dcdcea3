"""The base class of every generated model, and the lenient reading of answers that drift from the spec.

`BaseModel` adds what users of a client expect of its models: `to_dict()` / `to_json()` by wire name,
and `_request_id` (the provider's request id of the answer it came from). The answer's headers are
kept beside the returned model (a table keyed by a weak reference, not a field or a slot: instances
stay as small and as fast to validate as plain pydantic ones, and two equal answers stay equal); the
id is found in them when it is read.

`construct_lenient` builds the declared type from decoded JSON that failed validation: every part
that validates is validated; a model whose fields do not all fit is built field by field
(`model_construct`: the fields that fit typed, the others as received, unknown fields kept); a value
that fits nowhere is kept as it came. Only the parsing path and the models import this module, so
`import <package>` does not load pydantic.
"""

from __future__ import annotations

import types
import typing
import weakref
from collections.abc import Mapping, Sequence
from typing import Any, Literal, cast

import httpx2
import pydantic

from ._errors import request_id_of


class BaseModel(pydantic.BaseModel):
    """The base of every generated model: pydantic's, plus `to_dict()`, `to_json()` and `_request_id`."""

    @property
    def _request_id(self) -> str | None:
        """The provider's request id of the response this model was parsed from (None if it sent none)."""
        kept = _HEADERS.get(id(self))
        if kept is None or kept[0]() is not self:  # built by hand, or nested in another answer
            return None
        return request_id_of(kept[1])

    def to_dict(
        self,
        *,
        mode: Literal["json", "python"] = "python",
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_none: bool = False,
        warnings: bool = False,
    ) -> dict[str, Any]:
        """The model as a dict: keys as the API spells them, only the fields the server sent (by default).

        mode="json" makes every value JSON-compatible (datetimes as ISO text). A value kept as received
        (an answer that did not match the spec) is dumped as it is, without pydantic's warning.
        """
        return self.model_dump(
            mode=mode,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    def to_json(
        self,
        *,
        indent: int | None = 2,
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_none: bool = False,
        warnings: bool = False,
    ) -> str:
        """The model as JSON text, keys as the API spells them (see `to_dict`)."""
        return self.model_dump_json(
            indent=indent,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_none=exclude_none,
            warnings=warnings,
        )


class _Ref(weakref.ref["BaseModel"]):
    """A weak reference to a returned model that knows its key in `_HEADERS`."""

    __slots__ = ("key",)
    key: int


def _forget(ref: _Ref) -> None:
    _HEADERS.pop(ref.key, None)


# id(model) -> (a weak reference to it, its answer's headers); an entry leaves with its model.
_HEADERS: dict[int, tuple[_Ref, httpx2.Headers]] = {}
_IS_MODEL: dict[type, bool] = {}  # per class: a subclass of BaseModel? (isinstance through ABCMeta costs)


def remember_headers(value: object, headers: httpx2.Headers) -> None:
    """Keep the answer's headers beside a returned model, for `_request_id` (not for lists and such)."""
    cls = type(value)
    is_model = _IS_MODEL.get(cls)
    if is_model is None:
        is_model = _IS_MODEL[cls] = issubclass(cls, BaseModel)
    if is_model:
        ref = _Ref(cast("BaseModel", value), _forget)
        ref.key = id(value)
        _HEADERS[ref.key] = (ref, headers)


# --------------------------------------------------------------------------------------------------
# Lenient construction

_ADAPTERS: dict[object, pydantic.TypeAdapter[Any]] = {}


def _validates(tp: Any, value: Any) -> tuple[bool, Any]:
    """(True, the validated value) when `value` fits `tp` as it is, else (False, None)."""
    try:
        adapter = _ADAPTERS.get(tp)
        if adapter is None:
            adapter = pydantic.TypeAdapter(tp)
            _ADAPTERS[tp] = adapter
    except TypeError:  # an unhashable annotation: not cached
        adapter = pydantic.TypeAdapter(tp)
    try:
        return True, adapter.validate_python(value)
    except pydantic.ValidationError:
        return False, None


def construct_lenient(tp: Any, value: Any) -> Any:
    """`value` (decoded JSON) as `tp`: validated where it fits, built field by field where a model does not."""
    fits, validated = _validates(tp, value)
    if fits:
        return validated
    return _construct(tp, value)


def _construct(tp: Any, value: Any) -> Any:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Annotated:
        return construct_lenient(args[0], value)
    if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
        return _construct_model(tp, value)
    if origin in (typing.Union, types.UnionType):
        return _construct_union(args, value)
    if origin in (list, Sequence, tuple) and _is(value, list):
        item = args[0] if args else Any
        return [construct_lenient(item, v) for v in cast("list[object]", value)]
    if origin in (dict, Mapping) and _is(value, dict) and len(args) == 2:
        return {k: construct_lenient(args[1], v) for k, v in cast("dict[str, object]", value).items()}
    return value


def _is_root_model(cls: type[pydantic.BaseModel]) -> bool:
    return issubclass(cls, pydantic.RootModel)


def _is(value: object, kind: type) -> bool:
    """isinstance without narrowing `value` for the type checkers (it stays Any where it is returned)."""
    return isinstance(value, kind)


def _construct_model(cls: type[pydantic.BaseModel], value: Any) -> Any:
    if _is_root_model(cls):
        root = _field_types(cls).get("root", Any)
        return cast("type[pydantic.RootModel[Any]]", cls).model_construct(construct_lenient(root, value))
    if not isinstance(value, dict):
        return value
    data = dict(cast("dict[str, Any]", value))  # wire names; keys that are no field stay as extras
    hints = _field_types(cls)
    for name, field in cls.model_fields.items():
        key = field.alias if field.alias is not None and field.alias in data else name
        if key in data:
            data[key] = construct_lenient(hints.get(name, Any), data[key])
    return cls.model_construct(**data)


_FIELD_TYPES: dict[type[pydantic.BaseModel], dict[str, Any]] = {}


def _field_types(cls: type[pydantic.BaseModel]) -> dict[str, Any]:
    """The fields' types with forward references resolved (`FieldInfo.annotation` may still hold one)."""
    found = _FIELD_TYPES.get(cls)
    if found is None:
        try:
            found = typing.get_type_hints(cls)
        except Exception:  # an unresolvable name: fall back to what pydantic kept
            found = {name: field.annotation for name, field in cls.model_fields.items()}
        _FIELD_TYPES[cls] = found
    return found


def _construct_union(members: tuple[Any, ...], value: Any) -> Any:
    """A value of a union that fits no member as a whole: the model member it resembles most, else as is."""
    if not _is(value, dict):
        return value
    keys = set(cast("dict[str, object]", value))
    best: type[pydantic.BaseModel] | None = None
    best_overlap = 0
    for member in members:
        if isinstance(member, type) and issubclass(member, pydantic.BaseModel):
            names = {f.alias or n for n, f in member.model_fields.items()}
            overlap = len(keys & names)
            if overlap > best_overlap:
                best, best_overlap = member, overlap
    return _construct_model(best, value) if best is not None else value
