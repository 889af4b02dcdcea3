"""Stage 3's product, the intermediate representation: plain frozen dataclasses the templates print.

Everything here is already decided: Python names, type annotations (as source text), return types,
`def` or `async def`, page classes, environment-variable names, string literals (as Python `repr`s,
so spec text can never become code) and docstrings (escaped). Templates loop over these and print;
they do not name, map types, glue names together or escape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from generator.errors import Problem

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
    shared_key_lit: str | None = None  # the key as a literal, when it is not the wire name
    check_annotation: str | None = None  # the type the runtime checks a value with (None: anything)
    allowed_md: str = ""  # the reference's cells: allowed values, default, constraints (api.md)
    default_md: str = ""
    constraints_md: str = ""
    pattern_lit: str | None = (
        None  # a text value's `pattern`, as a literal (checked before sending)
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
    allowed_md: str = ""  # the reference's cells: allowed values, default, constraints (api.md)
    default_md: str = ""
    constraints_md: str = ""


@dataclass(frozen=True)
class ReferenceRow:
    """One row of a reference table (api.md): each cell Markdown-safe, on one line."""

    name: str
    type_md: str
    required: str  # "yes" / "no"
    allowed: str = ""  # allowed values or constraints
    default: str = ""
    doc: str = ""
    where: str = ""  # a parameter's location: path, query, header, cookie, body


@dataclass(frozen=True)
class ReferenceModel:
    """A model class as the reference lists it: its fields, or the type of a root model."""

    name: str
    anchor: str
    doc: str
    bases: str  # its generated base classes, as Markdown ("" when only the runtime's)
    root: str  # a root model's type, as Markdown code ("" for a model with fields)
    fields: tuple[ReferenceRow, ...]


@dataclass(frozen=True)
class Argument:
    """One argument of a generated method, as its signature or its docstring shows it."""

    name: str
    annotation: str  # as written in the signature (optional ones include `| NotGiven`)
    default: str | None = None  # Python source of the default; None for a required argument
    doc: str = ""


@dataclass(frozen=True)
class Signature:
    """The spec-derived arguments of a method, in order (the request options follow them)."""

    positional: tuple[Argument, ...]  # the path parameters, before `*`
    keyword: tuple[Argument, ...]  # keyword-only: required ones first, then optional ones


@dataclass(frozen=True)
class Overload:
    """One variant of a `oneOf` body: its own keyword signature (typing.overload)."""

    name: str
    fields: tuple[BodyField, ...]
    signature: Signature = Signature((), ())


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
    json_fields_lit: str | None = None  # form fields sent as JSON text, as a tuple literal
    example_kwargs: tuple[tuple[str, str], ...] = ()  # a union body's example call: (name, literal)
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

    style: Literal["cursor", "offset", "page"]
    page_class: str  # e.g. "CursorPage"
    item_annotation: str
    items: tuple[str, ...]
    cursor_param: str | None = None
    next_cursor: tuple[str, ...] = ()
    offset_param: str | None = None
    limit_param: str | None = None
    total: tuple[str, ...] = ()
    sync_class: str = ""  # e.g. "SyncCursorPage"
    async_class: str = ""  # e.g. "AsyncCursorPage"
    page_param: str | None = None  # page style: the page-number argument's key
    page_count: tuple[str, ...] = ()
    first_page: int = 1  # the number of the first page (the page parameter's default)
    item_id: tuple[str, ...] = ()  # attribute path to an item's id: a walk yields each id once


@dataclass(frozen=True)
class Method:
    """How an operation is spelled in the sync or in the async resource class."""

    def_keyword: Literal["def", "async def"]
    returns: str  # the return annotation
    call: str  # the runtime call the body returns, e.g. "await self._client.request"
    page_type: str | None = None  # request_page's page class, e.g. "SyncCursorPage[_models.Chat]"


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
    security_lit: str | None  # its own security requirements, as source (None: the API's default)
    deprecated: bool
    error_statuses: tuple[str, ...]
    call_path: str  # e.g. "conversations.messages.list"
    example_call: str  # Python source of a call with realistic arguments, for READMEs and tests
    signature: Signature = Signature((), ())
    arg_docs: tuple[Argument, ...] = ()  # the docstring's `Args:` (before the request options)
    sync_method: Method = Method("def", "None", "self._client.request")
    async_method: Method = Method("async def", "None", "await self._client.request")
    path_md: str = ""  # the path as Markdown code text shows it
    arguments_lit: str | None = None  # {key: type} the runtime checks arguments with, as source
    anchor: str = ""  # its section in api.md
    reference: tuple[ReferenceRow, ...] = ()  # its arguments, parameters and body fields alike
    returns_md: str = ""  # what it returns, as Markdown code
    returns_models_md: str = ""  # links to the models it returns
    page_items_md: str = ""  # a list operation's item type, as Markdown code
    errors_md: str = ""  # the error statuses the spec documents, with their classes
    names_lit: str | None = None  # {key or body field: Python name} where they differ
    body_limits_lit: str | None = None  # `x-body-limits` as the runtime's tuple, as source

    @property
    def overloads(self) -> tuple[Overload, ...]:
        return self.body.overloads if self.body is not None else ()

    @property
    def path_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "path")

    @property
    def keyword_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location != "path")


@dataclass(frozen=True)
class SignatureScheme:
    """A signature scheme of the spec's `x-webhook-signature`: its runtime constant's fields as literals."""

    const_name: str  # its module-level name in the webhooks resource, e.g. "_WEBHOOK_SIGNATURE"
    header_lit: str
    value_lit: str
    separator_lit: str
    signed_lit: str
    algorithm_lit: str
    encoding_lit: str
    tolerance_lit: str  # "300", or "None"
    timestamp_header_lit: str
    id_header_lit: str
    secret_encoding_lit: str
    secret_prefix_lit: str
    summary_md: str  # one Markdown sentence for the README: header, message, HMAC, tolerance


@dataclass(frozen=True)
class WebhookEvent:
    """One event of the spec's `webhooks`: its payload type and how it is signed."""

    name: str  # the spec's webhook name, e.g. "message.received"
    name_lit: str
    value_lit: str  # its discriminator value as a literal, or "None"
    type_expr: (
        str  # the payload's type, evaluated on first use, e.g. "_models.MessageReceivedEvent"
    )
    annotation: str  # what `unwrap` returns for it
    unwrap_root: bool
    scheme: str  # the const_name of its SignatureScheme, or "None" (unsigned)
    signed: bool
    payload_md: str  # the payload's class as the README names it
    summary: str
    description_md: (
        str  # the spec's description (its deduplication advice among it), for the README
    )
    signed_md: str  # "yes" / "no" for the README's table
    example_md: str = ""  # an example payload as indented JSON (api.md), "" when the spec has none
    same_as_md: str = ""  # "`other`": its description is that event's, said once there


@dataclass(frozen=True)
class Webhooks:
    """The events a package unwraps, on `client.webhooks` (beside a `webhooks` resource's methods)."""

    events: tuple[WebhookEvent, ...]
    schemes: tuple[SignatureScheme, ...]
    default_scheme: str  # the const_name for events the spec does not declare, or "None"
    discriminator_lit: str  # the payload property naming the event, as a literal, or "None"
    annotation: str  # unwrap's return type: the union of the events' types
    secret_env: str  # e.g. "ACME_WEBHOOK_SECRET"
    signed: bool  # some event is signed: a secret is needed
    event_expr: str  # Python source naming the event of `event` in the README: "event.event"
    union_md: str  # the union model's name for the README ("" when there is none)
    unknown_md: str  # what the README says of an event the spec does not declare


@dataclass(frozen=True)
class Resource:
    """A group of operations (`client.conversations`) with its sub-resources (`.messages`)."""

    attr: str
    class_name: str  # e.g. "ConversationsResource"
    doc: str
    operations: tuple[Operation, ...]
    children: tuple[Resource, ...] = ()
    async_class_name: str = ""  # e.g. "AsyncConversationsResource"
    raw_class_name: str = ""  # e.g. "ConversationsResourceWithRawResponse"
    async_raw_class_name: str = ""
    streaming_class_name: str = ""  # e.g. "ConversationsResourceWithStreamingResponse"
    async_streaming_class_name: str = ""
    module: str = ""  # its module below `resources`, e.g. "conversations.messages"
    module_file: str = ""  # below the package, e.g. "resources/conversations/messages.py"
    package_file: str | None = None  # with sub-resources: the package that re-exports them all
    sibling_module: str = ""  # its module, as its parent's module imports it: "messages"
    own_module: str = ""  # its module's name in its own folder: "messages"
    path: str = ""  # where the client offers it: "conversations.messages"
    up: str = ".."  # the relative-import prefix of the package root, seen from its module
    models_module_expr: str = ""  # Python source of the models module's absolute name
    exports: tuple[str, ...] = ()  # its module's `__all__`: its two classes
    public_names: tuple[str, ...] = ()  # what `resources.<its path>` offers: its and its subtree's
    webhooks: Webhooks | None = None  # `client.webhooks` only: unwrap and verify_signature

    @property
    def empty(self) -> bool:
        return not self.children and not self.operations

    def walk(self) -> tuple[Resource, ...]:
        """This resource and every descendant, children first (so classes are defined before use)."""
        out: list[Resource] = []
        for child in self.children:
            out.extend(child.walk())
        out.append(self)
        return tuple(out)


@dataclass(frozen=True)
class ReadmeSection:
    """One top-level resource in the package README: a heading, what the spec says of it (the
    description of the tag of the same name), and the operations of its whole subtree."""

    path: str  # "conversations"
    doc: str  # one Markdown line, or ""
    operations: tuple[Operation, ...]


@dataclass(frozen=True)
class Credential:
    """One credential the client takes: a constructor argument, else an environment variable."""

    arg: str  # e.g. "api_key", "username"
    env: str  # e.g. "ACME_API_KEY"
    doc: str  # said of the argument in the client's docstring

    @property
    def env_lit(self) -> str:
        return repr(self.env)


@dataclass(frozen=True)
class AuthScheme:
    """One security scheme of the API, as the runtime's `_auth.AuthScheme` takes it."""

    key_lit: str  # the scheme's name in the document, as a literal
    kind: Literal["bearer", "basic", "header", "query", "cookie"]
    name_lit: str  # the header, query parameter or cookie name of an API key ("''" otherwise)
    credentials_lit: str  # the credential arguments it is made of, as a tuple literal
    env_lit: str  # their environment variables, as a tuple literal


@dataclass(frozen=True)
class Auth:
    """How the client authenticates: its credentials and the API's security schemes."""

    schemes: tuple[AuthScheme, ...] = ()
    credentials: tuple[Credential, ...] = ()
    requirements_lit: str = (
        "()"  # the default requirements (alternatives of scheme names), as source
    )
    doc: str = ""  # the schemes' descriptions, for the README
    required: bool = (
        False  # every operation needs credentials: the client refuses to start without any
    )
    summary: str = "none"  # e.g. "bearer", "basic+header": the public API snapshot records it
    missing_lit: str = "''"  # the message of a client given no credentials, as a literal
    env_hint: str = "no credentials needed"  # e.g. "API key from ACME_API_KEY"
    sent_md: str = "none: the API takes no credentials."  # the README's auth line

    @property
    def scheme(self) -> str:
        return self.summary


@dataclass(frozen=True)
class ErrorCode:
    """One provider error code of `x-error-codes`, as literals for the client's table."""

    code_lit: str
    error_lit: str  # the name of the runtime error class to raise
    retry_lit: str  # True, False or None (no advice: the status decides)
    code_md: str = ""  # the code as Markdown code text shows it
    error_name: str = ""
    retry_doc: str = ""  # what the README says of retrying it


@dataclass(frozen=True)
class TypedDictKey:
    """One key of a TypedDict parameter type: the wire name, its type, whether it must be given."""

    wire_lit: str
    annotation: str  # the type, `Required[...]` applied
    annotation_lit: (
        str  # the same as a string literal, for the functional syntax (forward references work)
    )
    doc: str = ""
    name: str = ""  # the key as an identifier (class syntax)


@dataclass(frozen=True)
class TypedDictType:
    """A TypedDict for a request-side object schema (`SendMessageBodyParam`), so a dict argument is
    type-checked too. Keys are wire names: a class when each is an identifier, else the functional form."""

    name: str
    doc: str
    keys: tuple[TypedDictKey, ...]
    class_syntax: bool = True


@dataclass(frozen=True)
class Environment:
    """The environment variables a client reads, by name and as literals."""

    api_key: str
    base_url: str
    log: str
    webhook_secret: str = ""
    drift_log: str = ""  # where the client records answers that differ from the spec (_drift.py)

    @property
    def api_key_lit(self) -> str:
        return repr(self.api_key)

    @property
    def base_url_lit(self) -> str:
        return repr(self.base_url)

    @property
    def log_lit(self) -> str:
        return repr(self.log)


@dataclass(frozen=True)
class Server:
    """A server of the spec (the first one, unless a placeholder, gives the default base URL)."""

    url: str
    doc: str


@dataclass(frozen=True, eq=False)
class Unified:
    """The spec's `x-unified`, as the data the inbox's runtime interprets (`ir/unified.py`)."""

    name: str  # the provider's name: the spec's file name
    data: dict[str, Any]
    data_lit: str  # `data` as a Python literal


@dataclass(frozen=True)
class Tool:
    """One operation as an MCP tool (the package's `mcp.py`): every value a Python literal."""

    name_lit: str  # e.g. 'conversations_messages_list'
    call_path_lit: str  # e.g. 'conversations.messages.list'
    title_lit: str
    description_lit: str
    input_schema_lit: str  # the compact JSON text of its arguments' schema, as a literal
    http_method_lit: str
    read_only: str  # "True" / "False"
    destructive: str
    idempotent: str
    paged: str
    argument_keys_lit: str  # ((runtime key, argument), ...) where they differ


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
    warnings: tuple[Problem, ...] = field(default=())
    env: Environment = Environment("API_API_KEY", "API_BASE_URL", "API_LOG")
    raw_client_class: str = ""  # e.g. "AcmeWithRawResponse"
    async_raw_client_class: str = ""
    page_classes: tuple[
        str, ...
    ] = ()  # the page classes its list methods return, e.g. "SyncCursorPage"
    webhooks: Webhooks | None = None  # the spec's `webhooks`, typed and verified
    tools: tuple[Tool, ...] = ()  # the MCP server's tools: one per operation
    mcp_config_json: str = ""  # an MCP client's configuration entry for the server, for the README
    mcp_example_tool: str = ""  # a read-only tool's name, for the README
    mcp_selectors_md: str = ""  # `--tools` arguments for the README
    streaming_client_class: str = ""  # e.g. "AcmeWithStreamingResponse"
    async_streaming_client_class: str = ""
    error_code_paths_lit: str = "()"  # `x-error-codes` paths as a tuple of attribute-path tuples
    error_codes: tuple[ErrorCode, ...] = ()
    param_types: tuple[TypedDictType, ...] = ()  # the TypedDicts of `params.py`
    # the README's operations, one section per top-level resource
    readme_sections: tuple[ReadmeSection, ...] = ()
    # when the spec lists several servers: each as a Markdown item (URL and description)
    server_choices_md: tuple[str, ...] = ()
    unified: Unified | None = None  # `x-unified`: read by the inbox generator, not by this package
    # the module (below the package) of the `Webhooks` verifier, exported by the package ("": none)
    webhook_verifier_module: str = ""
    api_version: str = ""  # the spec's `info.version`: the API's version, not the package's
    reference_models: tuple[ReferenceModel, ...] = ()  # every exported model, for api.md

    @property
    def operations(self) -> tuple[Operation, ...]:
        out: list[Operation] = []
        for resource in self.resources:
            for r in resource.walk():
                out.extend(r.operations)
        return tuple(out)
