"""What the templates need for themselves: the names a method body refers to, and those the
package's `__init__` binds.

Read, not listed: a small probe package is rendered with the real templates and read back with
`ast`. The pipeline hands the result to the IR builders, which keep spec names clear of it (a
parameter named like one gets a `_` suffix; a model named like one is not re-exported). A template
that starts using a new name in a method body reserves it by doing so.
"""

from __future__ import annotations

import ast
from functools import cache

from generator.ir import methods
from generator.ir import nodes as ir
from generator.ir.resources import build_resources
from generator.ir.typemap import OUTPUT_VOCABULARY
from generator.naming import KEPT_ARGUMENTS, Reserved
from generator.render.package import render_package

# A probe package: one resource with a sub-resource and one operation of every shape a method can take
# (fields, overloads, a whole body, no body, pages whose items use every name an annotation can hold),
# built with the IR builders' own method spellings.

_PROBE_ARGS = ("probe_path", "probe_query", "probe_field", "probe_body")
_PROBE_CLIENT = ("ProbeClient", "AsyncProbeClient", "ProbeModel")


def _probe_operation(
    name: str, body: ir.Body | None, response: ir.Response, paging: ir.Paging | None
) -> ir.Operation:
    params = (
        ir.Param("p", "'p'", "probe_path", "path", True, "str", "", "simple", False, False, None),
        ir.Param("q", "'q'", "probe_query", "query", False, "str", "", "form", True, False, None),
    )
    signature = methods.signature(params, body, body.fields if body is not None else ())
    return ir.Operation(
        operation_id=name,
        py_name=name,
        const_name=f"_PROBE_{name.upper()}",
        method="POST",
        path="/{p}",
        path_lit="'/{p}'",
        summary=name,
        doc=name,
        params=params,
        body=body,
        response=response,
        paging=paging,
        idempotency_header_lit="'Idempotency-Key'" if body is not None else None,
        auth=True,
        security_lit="(('probe',),)",
        deprecated=False,
        error_statuses=(),
        call_path=f"probe.{name}",
        example_call="",
        signature=signature,
        arg_docs=methods.arg_docs(params, body),
        sync_method=methods.sync_method(response, paging),
        async_method=methods.async_method(response, paging),
        path_md="/{p}",
    )


def _probe_api() -> ir.Api:
    field = ir.BodyField("f", "'f'", "probe_field", True, "str", "")
    model = ir.Response("json", "_models.ProbeModel", "_models.ProbeModel")
    items = " | ".join(OUTPUT_VOCABULARY)
    cursor = ir.Paging(
        "cursor",
        "CursorPage",
        items,
        ("data",),
        cursor_param="q",
        next_cursor=("next",),
        sync_class="SyncCursorPage",
        async_class="AsyncCursorPage",
    )
    offset = ir.Paging(
        "offset",
        "OffsetPage",
        items,
        ("data",),
        offset_param="q",
        sync_class="SyncOffsetPage",
        async_class="AsyncOffsetPage",
    )
    numbered = ir.Paging(
        "page",
        "PageNumberPage",
        items,
        ("data",),
        page_param="q",
        page_count=("pages",),
        sync_class="SyncPageNumberPage",
        async_class="AsyncPageNumberPage",
    )
    operations = (
        _probe_operation(
            "fields", ir.Body("json", "'application/json'", True, None, (field,)), model, None
        ),
        _probe_operation(
            "overloaded",
            ir.Body(
                "json",
                "'application/json'",
                True,
                None,
                (field,),
                (ir.Overload("one", (field,), ir.Signature((), ())),),
            ),
            model,
            None,
        ),
        _probe_operation(
            "whole",
            ir.Body(
                "binary",
                "'application/octet-stream'",
                False,
                None,
                whole_annotation="bytes",
                whole_name="probe_body",
            ),
            ir.Response("binary", "bytes", None),
            None,
        ),
        _probe_operation("plain", None, ir.Response("none", "None", None), None),
        _probe_operation("listing", None, model, cursor),
        _probe_operation("offsets", None, model, offset),
        _probe_operation("numbered", None, model, numbered),
    )
    resources = build_resources(
        [*((("probe",), op) for op in operations), (("probe", "child"), operations[0])]
    )
    return ir.Api(
        spec_file="probe.yaml",
        title="Probe",
        title_doc="Probe",
        description_doc="",
        version="1",
        package_name="probe",
        package_name_lit="'probe'",
        dist_name="probe",
        client_class="ProbeClient",
        async_client_class="AsyncProbeClient",
        env_prefix="PROBE",
        default_base_url_lit=None,
        servers=(),
        auth=ir.Auth(
            schemes=(
                ir.AuthScheme("'probe'", "bearer", "''", "('api_key',)", "('PROBE_API_KEY',)"),
            ),
            credentials=(ir.Credential("api_key", "PROBE_API_KEY", "the token"),),
            requirements_lit="(('probe',),)",
            required=True,
            summary="bearer",
            env_hint="API key from PROBE_API_KEY",
        ),
        resources=resources,
        models_source="",
        model_exports=("ProbeModel",),
        paging_styles=("Cursor", "Offset", "PageNumber"),
        license_name="MIT",
        raw_client_class="ProbeClientWithRawResponse",
        async_raw_client_class="AsyncProbeClientWithRawResponse",
        page_classes=(
            "AsyncCursorPage",
            "SyncCursorPage",
            "AsyncOffsetPage",
            "SyncOffsetPage",
            "AsyncPageNumberPage",
            "SyncPageNumberPage",
        ),
        streaming_client_class="ProbeClientWithStreamingResponse",
        async_streaming_client_class="AsyncProbeClientWithStreamingResponse",
    )


def _top_level_names(tree: ast.Module) -> set[str]:
    """Names a module binds at its top level (imports, assignments, classes, functions)."""
    names: set[str] = set()
    statements = list(tree.body)
    while statements:
        node = statements.pop()
        if isinstance(node, ast.If):
            statements.extend(node.body + node.orelse)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
        elif isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            names.add(node.name)
    return names


def _operation_method_names(tree: ast.Module) -> set[str]:
    """Every name an operation's method refers to besides its spec-derived arguments: its other
    arguments, and what its body and its defaults read (annotations are read outside the method)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            args = node.args
            arguments = {a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]}
            if _PROBE_ARGS[0] not in arguments:
                continue  # not an operation's method
            names.update(arguments)
            for part in [*node.body, *args.defaults, *(d for d in args.kw_defaults if d)]:
                names.update(n.id for n in ast.walk(part) if isinstance(n, ast.Name))
    return names


def _credential_neighbours(tree: ast.Module, credential: str) -> set[str]:
    """Every name that a function taking the credential argument binds or reads, and every name the
    module binds (what its body can refer to): a credential argument may take none of them."""
    names = _top_level_names(tree)
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            args = node.args
            arguments = {
                a.arg
                for a in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
                if a is not None
            }
            if credential in arguments:
                names |= arguments
                names.update(n.id for n in ast.walk(node) if isinstance(n, ast.Name))
    return names - {credential}


@cache
def reserved_names() -> Reserved:
    """What the templates need for themselves, read from the probe package they render."""
    files = render_package(_probe_api())
    methods = _operation_method_names(ast.parse(files["src/probe/resources/probe/probe.py"]))
    consts = {n for n in methods if n.startswith("_PROBE_")}
    package = _top_level_names(ast.parse(files["src/probe/__init__.py"]))
    client = _credential_neighbours(ast.parse(files["src/probe/_client.py"]), "api_key")
    return Reserved(
        arguments=frozenset((methods - consts - set(_PROBE_ARGS)) | KEPT_ARGUMENTS),
        exports=frozenset(package - set(_PROBE_CLIENT)),
        credentials=frozenset(client - set(_PROBE_CLIENT)),
    )
