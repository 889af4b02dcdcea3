"""The static description of an operation: what a resource method hands the client, built once at import.

An `Operation` says where each parameter goes and in which OpenAPI style (`Param`), what the body and
the success response are, whether an attempt may be sent twice, and how a list is paged (`Paging`).
Nothing here encodes, sends or parses; the pydantic adapters the other modules need are built on first
use and kept on the operation, so a call pays for them once per process.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from ._retries import is_retry_safe

if TYPE_CHECKING:
    import pydantic

T = TypeVar("T")

ParamLocation = Literal["path", "query", "header", "cookie"]
ResponseKind = Literal["json", "text", "binary", "none"]
BodyKind = Literal["json", "form", "multipart", "binary", "text"]


@dataclass(frozen=True, slots=True)
class Param:
    """How one parameter goes on the wire: where, and with which OpenAPI style."""

    name: str
    location: ParamLocation
    style: str = "form"
    explode: bool = True
    json_content: bool = False
    model: Callable[[], Any] | None = None  # returns a type to validate and dump structured values with
    key: str = ""  # the argument key when two parameters share a wire name (in different places)
    pattern: str | None = None  # a text value must match it (the schema's `pattern`)


@dataclass(frozen=True, slots=True)
class Paging:
    """Where a list operation keeps its items, its cursor, offset or page number, its page count or
    total (attribute paths into the parsed body), which arguments carry them (argument keys), and
    where an item keeps its id (an attribute path into one item; empty when the spec names none)."""

    style: Literal["cursor", "offset", "page"]
    items: tuple[str, ...]
    cursor_param: str | None = None
    next_cursor: tuple[str, ...] = ()
    offset_param: str | None = None
    limit_param: str | None = None
    total: tuple[str, ...] = ()
    page_param: str | None = None
    page_count: tuple[str, ...] = ()
    first_page: int = 1
    item_id: tuple[str, ...] = ()


@dataclass(slots=True)
class Operation(Generic[T]):
    """Everything static about one operation returning `T`; built once at import, never per request."""

    method: str
    path: str
    params: tuple[Param, ...] = ()
    response_type: Callable[[], Any] | None = None  # returns the type: models are imported on first use
    response_kind: ResponseKind = "json"
    unwrap_root: bool = False
    body_kind: BodyKind | None = None
    body_type: Callable[[], Any] | None = None
    body_content_type: str | None = None
    body_required: bool = False
    body_json_fields: tuple[str, ...] = ()  # form fields sent as JSON text (their `encoding` says so)
    # (array path, counted field, maximum): the arrays `counted field` of the elements of the array at
    # `array path` hold at most `maximum` items in all (a server rule JSON Schema cannot say)
    body_limits: tuple[tuple[tuple[str, ...], str, int], ...] = ()
    empty_ok: bool = False  # the spec declares a success answer without a body (e.g. 204)
    accept: str = "application/json"
    idempotency_header: str | None = None
    auth: bool = True
    security: tuple[tuple[str, ...], ...] | None = None  # its own requirements (None: the API's)
    paging: Paging | None = None
    # every parameter's annotation by argument key, checked before a request is built (_arguments)
    arguments: Callable[[], Mapping[str, Any]] | None = None
    names: Mapping[str, str] = field(default_factory=dict[str, str])  # argument key or body field -> Python name
    by_name: dict[str, Param] = field(init=False)
    _response_adapter: pydantic.TypeAdapter[Any] | None = field(init=False, default=None)
    _body_adapter: pydantic.TypeAdapter[Any] | None = field(init=False, default=None)
    _arguments_adapter: pydantic.TypeAdapter[Any] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.by_name = {p.key or p.name: p for p in self.params}

    @property
    def retry_safe(self) -> bool:
        """May an attempt that possibly reached the server be sent again?"""
        return is_retry_safe(self.method, self.idempotency_header)

    def response_adapter(self) -> pydantic.TypeAdapter[Any]:
        """The validator of the success body (for types that are not a model class)."""
        if self._response_adapter is None:
            import pydantic

            assert self.response_type is not None
            self._response_adapter = pydantic.TypeAdapter(self.response_type())
        return self._response_adapter

    def body_adapter(self) -> pydantic.TypeAdapter[Any]:
        """The validator and serializer of the request body's schema."""
        if self._body_adapter is None:
            import pydantic

            assert self.body_type is not None
            self._body_adapter = pydantic.TypeAdapter(self.body_type())
        return self._body_adapter

    def arguments_adapter(self) -> pydantic.TypeAdapter[Any]:
        """The validator of the parameters: a TypedDict of their annotations, none of them required
        (a method's signature already demands its required ones), built once per operation."""
        if self._arguments_adapter is None:
            import pydantic
            from typing_extensions import TypedDict

            assert self.arguments is not None
            fields = dict(self.arguments())
            arguments = TypedDict("Arguments", fields, total=False)  # type: ignore[misc]
            self._arguments_adapter = pydantic.TypeAdapter(arguments)
        return self._arguments_adapter
