"""Stage 2, the intermediate representation: plain frozen dataclasses the templates print.

Everything here is already decided: Python names, type annotations (as source text), string literals
(as Python `repr`s, so spec text can never become code) and docstrings (escaped). Templates loop over
these and print; they do not name, map types or escape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Location = Literal["path", "query", "header", "cookie"]


@dataclass(frozen=True)
class Param:
    """One parameter of an operation."""

    wire_name: str
    wire_lit: str  # the wire name as a Python string literal
    py_name: str
    location: Location
    required: bool
    annotation: str  # the type in the method signature
    doc: str
    style: str
    explode: bool
    json_content: bool
    model_expr: str | None  # a type to validate and dump structured values with
    example_lit: str | None = None  # a realistic value for examples, as Python source
    key: str = (
        ""  # the key of its value in the runtime's argument map (the wire name unless shared)
    )

    @property
    def key_lit(self) -> str:
        return repr(self.key or self.wire_name)


@dataclass(frozen=True)
class BodyField:
    """A property of a JSON/form body, offered as a keyword argument."""

    wire_name: str
    wire_lit: str
    py_name: str
    required: bool
    annotation: str
    doc: str
    example_lit: str | None = None


@dataclass(frozen=True)
class Overload:
    """One variant of a `oneOf` body: its own keyword signature (typing.overload)."""

    name: str
    fields: tuple[BodyField, ...]


@dataclass(frozen=True)
class Body:
    """The request body of an operation."""

    kind: Literal["json", "form", "multipart", "binary", "text"]
    content_type_lit: str
    required: bool
    type_expr: str | None  # validates the body before sending (None: sent as given)
    # Either the body's properties are keyword arguments (fields), or the whole body is one `body` argument.
    fields: tuple[BodyField, ...] = ()
    overloads: tuple[Overload, ...] = ()
    whole_annotation: str | None = None
    doc: str = ""
    example_lit: str = "{}"  # a realistic whole body, for examples
    whole_name: str = "body"  # the argument that takes a whole body (renamed on a clash)
    example_fields: tuple[
        str, ...
    ] = ()  # optional fields an example must still give (anyOf of required)


@dataclass(frozen=True)
class Response:
    """What a successful call returns."""

    kind: Literal["json", "text", "binary", "none"]
    annotation: str  # the return type
    type_expr: str | None  # evaluated at import to parse with
    unwrap_root: bool = False
    accept_lit: str = "'application/json'"  # the media type asked for in `Accept`
    empty_ok: bool = False  # another success answer has no body: the call may return None


@dataclass(frozen=True)
class Paging:
    """Auto-pagination of a list operation, with attribute paths into the parsed response."""

    style: Literal["cursor", "offset"]
    page_class: str  # e.g. "CursorPage"
    item_annotation: str
    items: tuple[str, ...]
    cursor_param: str | None = None
    next_cursor: tuple[str, ...] = ()
    offset_param: str | None = None
    limit_param: str | None = None
    total: tuple[str, ...] = ()


@dataclass(frozen=True)
class Operation:
    """One API operation, as a method of a resource."""

    operation_id: str
    py_name: str
    const_name: str  # module-level name of its static runtime.Operation
    method: str
    path: str
    path_lit: str
    summary: str
    doc: str
    params: tuple[Param, ...]
    body: Body | None
    response: Response
    paging: Paging | None
    idempotency_header_lit: str | None
    auth: bool
    deprecated: bool
    error_statuses: tuple[str, ...]
    call_path: str  # e.g. "conversations.messages.list"
    example_call: str  # Python source of a call with realistic arguments, for READMEs and tests

    @property
    def path_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "path")

    @property
    def keyword_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location != "path")


@dataclass(frozen=True)
class Resource:
    """A group of operations (`client.conversations`) with its sub-resources (`.messages`)."""

    attr: str
    class_name: str  # e.g. "ConversationsResource"; async twin is "Async" + class_name
    doc: str
    operations: tuple[Operation, ...]
    children: tuple[Resource, ...] = ()

    def walk(self) -> tuple[Resource, ...]:
        """This resource and every descendant, children first (so classes are defined before use)."""
        out: list[Resource] = []
        for child in self.children:
            out.extend(child.walk())
        out.append(self)
        return tuple(out)


@dataclass(frozen=True)
class Auth:
    """How the API key is sent."""

    scheme: Literal["bearer", "basic", "header", "query", "cookie", "none"]
    name_lit: str = "''"
    doc: str = ""


@dataclass(frozen=True)
class Server:
    url: str
    doc: str


@dataclass(frozen=True)
class Api:
    """A whole client package."""

    spec_file: str
    title: str
    title_doc: str
    description_doc: str
    version: str
    package_name: str  # import name, e.g. "acme_client"
    package_name_lit: str
    dist_name: str  # distribution name, e.g. "acme-client"
    client_class: str
    async_client_class: str
    env_prefix: str
    default_base_url_lit: str | None
    servers: tuple[Server, ...]
    auth: Auth
    resources: tuple[Resource, ...]
    models_source: str
    model_exports: tuple[str, ...]
    paging_styles: tuple[str, ...]
    license_name: str
    summary_toml: str = '""'
    license_toml: str = '"MIT"'
    warnings: tuple[str, ...] = field(default=())

    @property
    def operations(self) -> tuple[Operation, ...]:
        out: list[Operation] = []
        for resource in self.resources:
            for r in resource.walk():
                out.extend(r.operations)
        return tuple(out)
