"""Stage 2, spec -> IR: every name, type and literal of the generated package is decided here.

Order: schemas are named (schemas.py), models are generated and indexed (models.py), then operations
are read against that index so attribute paths and class names are the ones that really exist.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from generator import ir
from generator.errors import Problem, SpecError
from generator.loader import Spec, resolve_pointer
from generator.models import generate_models, index_models
from generator.naming import (
    RESERVED_ARGS,
    RESERVED_ATTRS,
    comment,
    docstring,
    pascal,
    snake,
    unique,
)
from generator.schemas import SchemaRegistry, lenient_copy, schema_types
from generator.typemap import TypeMapper, join_union

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
RUNTIME_EXPORTS = frozenset(
    {
        "APIError",
        "APIStatusError",
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "ConflictError",
        "UnprocessableEntityError",
        "RateLimitError",
        "InternalServerError",
        "APIConnectionError",
        "APITimeoutError",
        "APIResponseValidationError",
        "PaginationError",
        "APIResponse",
        "NotGiven",
        "NOT_GIVEN",
        "models",
        "resources",
        "AsyncPaginator",
    }
)


def _resolve(spec: dict[str, Any], value: Any) -> Any:
    seen: set[str] = set()
    while (
        isinstance(value, dict) and isinstance(value.get("$ref"), str) and value["$ref"] not in seen
    ):
        seen.add(value["$ref"])
        value = resolve_pointer(spec, value["$ref"])
    return value


def _lit(value: Any) -> str:
    return repr(value)


def _json_media(content: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    for media, obj in content.items():
        base = media.split(";")[0].strip().lower()
        if base == "application/json" or base.endswith("+json"):
            return media, obj if isinstance(obj, dict) else {}
    return None


def _example_of(obj: dict[str, Any]) -> Any:
    """The first example a media type, parameter or schema carries, or None."""
    if "example" in obj:
        return obj["example"]
    examples = obj.get("examples")
    if isinstance(examples, dict):
        for ex in examples.values():
            if isinstance(ex, dict) and "value" in ex:
                return ex["value"]
    if isinstance(examples, list) and examples:
        return examples[0]
    return None


@dataclass
class _RawOperation:
    path: str
    method: str
    op: dict[str, Any]
    path_item: dict[str, Any]
    where: tuple[str, ...]
    resource_path: tuple[str, ...] = ()
    method_name: str = ""


@dataclass
class _Node:
    attr: str
    path: tuple[str, ...]
    ops: list[ir.Operation] = field(default_factory=list)
    children: dict[str, _Node] = field(default_factory=dict)


class Parser:
    def __init__(self, spec: Spec, package_name: str) -> None:
        self.spec = spec
        self.data = spec.data
        self.package_name = package_name
        self.registry = SchemaRegistry(self.data)
        self.problems: list[Problem] = []
        self.warnings: list[str] = [str(w) for w in spec.warnings]

    # -- entry ----------------------------------------------------------------------------------

    def parse(self) -> ir.Api:
        raw_ops = self._collect_operations()
        self._name_operations(raw_ops)
        # Hoist every operation-level schema before the models are generated, so they get classes.
        hoisted = {id(r): self._hoist_operation(r) for r in raw_ops}
        models_source = generate_models(
            lenient_copy(self.registry, str(self.data.get("openapi", "3.1.0"))), self.spec.name
        )
        self.index = index_models(models_source)
        self.types = TypeMapper(self.registry, self.index)
        operations = [self._operation(r, hoisted[id(r)]) for r in raw_ops]
        if self.problems:
            raise SpecError(self.problems)
        return self._api(operations, models_source)

    # -- operations and names ---------------------------------------------------------------------

    def _collect_operations(self) -> list[_RawOperation]:
        out: list[_RawOperation] = []
        paths = self.data.get("paths") or {}
        for path, item in paths.items():
            item = _resolve(self.data, item)
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    out.append(_RawOperation(path, method, op, item, ("paths", path, method)))
        if self.data.get("webhooks"):
            self.warnings.append(
                f"{self.spec.name}: webhooks are not part of a client and were skipped ({len(self.data['webhooks'])} declared)"
            )
        return out

    def _name_operations(self, ops: list[_RawOperation]) -> None:
        taken: dict[tuple[str, ...], set[str]] = {}
        for raw in ops:
            explicit = raw.op.get("x-client-method")
            if isinstance(explicit, str) and explicit.strip():
                parts = [p for p in explicit.split(".") if p]
                resource = tuple(snake(p, reserved=RESERVED_ATTRS) for p in parts[:-1]) or (
                    "default",
                )
                method = snake(parts[-1], reserved=RESERVED_ATTRS)
            else:
                tags = raw.op.get("tags")
                if isinstance(tags, list) and tags and isinstance(tags[0], str):
                    resource = (snake(tags[0], reserved=RESERVED_ATTRS),)
                else:
                    segments = [s for s in raw.path.split("/") if s and not s.startswith("{")]
                    resource = (
                        snake(segments[0], reserved=RESERVED_ATTRS) if segments else "root",
                    )
                op_id = raw.op.get("operationId")
                base = (
                    op_id
                    if isinstance(op_id, str) and op_id.strip()
                    else f"{raw.method} {raw.path}"
                )
                method = snake(base, reserved=RESERVED_ATTRS)
            names = taken.setdefault(resource, set())
            raw.resource_path = resource
            raw.method_name = unique(method, names)
        # A method may not share its name with a sub-resource of the same resource.
        for raw in ops:
            for other in ops:
                if (
                    other.resource_path[:-1] == raw.resource_path
                    and other.resource_path[-1] == raw.method_name
                ):
                    raw.method_name = unique(raw.method_name + "_", taken[raw.resource_path])

    def _op_hint(self, raw: _RawOperation) -> str:
        op_id = raw.op.get("operationId")
        if isinstance(op_id, str) and op_id.strip():
            return op_id
        return " ".join([*raw.resource_path, raw.method_name])

    # -- hoisting (before models exist) ---------------------------------------------------------------

    def _params_of(self, raw: _RawOperation) -> list[tuple[dict[str, Any], tuple[Any, ...]]]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], tuple[Any, ...]]] = {}
        for source, base in ((raw.path_item, ("paths", raw.path)), (raw.op, raw.where)):
            for i, param in enumerate(source.get("parameters") or []):
                param = _resolve(self.data, param)
                if isinstance(param, dict) and "name" in param and "in" in param:
                    merged[(str(param["name"]), str(param["in"]))] = (
                        param,
                        (*base, "parameters", i),
                    )
        return list(merged.values())

    def _hoist_operation(self, raw: _RawOperation) -> dict[str, Any]:
        hint = self._op_hint(raw)
        out: dict[str, Any] = {"params": {}, "body": None, "response": None}
        for param, _ in self._params_of(raw):
            schema = self._param_schema(param)
            out["params"][(param["name"], param["in"])] = self.registry.hoist(
                self.registry.prepare(schema), f"{hint} {param['name']}"
            )
        body = self._request_body(raw)
        if body is not None:
            media, obj = body
            schema = self._writable(self.registry.prepare(obj.get("schema") or {}), f"{hint} body")
            out["body"] = (media, obj, self.registry.hoist(schema, f"{hint} body"))
        response = self._success_response(raw)
        if response is not None:
            status, response_media, response_obj = response
            prepared = (
                self.registry.prepare(response_obj.get("schema") or {})
                if response_obj is not None
                else None
            )
            hoisted = self.registry.hoist(prepared, f"{hint} response") if prepared else prepared
            out["response"] = (status, response_media, response_obj, hoisted)
        return out

    def _writable(self, schema: dict[str, Any], hint: str) -> dict[str, Any]:
        """A request body without its readOnly properties (the server sets those; a caller cannot)."""
        resolved = self.registry.resolve(schema)
        parts = [resolved] + [
            self.registry.resolve(p) for p in resolved.get("allOf") or [] if isinstance(p, dict)
        ]
        if any(k in part for part in parts for k in ("oneOf", "anyOf")):
            return schema
        props: dict[str, Any] = {}
        required: list[str] = []
        for part in parts:
            props.update(part.get("properties") or {})
            required.extend(
                r for r in part.get("required") or [] if isinstance(r, str) and r not in required
            )
        read_only = {
            k
            for k, v in props.items()
            if isinstance(v, dict)
            and (v.get("readOnly") is True or self.registry.resolve(v).get("readOnly") is True)
        }
        if not read_only:
            return schema
        writable: dict[str, Any] = {
            "type": "object",
            "properties": {k: v for k, v in props.items() if k not in read_only},
        }
        kept = [r for r in required if r not in read_only]
        if kept:
            writable["required"] = kept
        if isinstance(resolved.get("description"), str):
            writable["description"] = resolved["description"]
        return self.registry.hoist(writable, f"{hint} body")

    def _param_schema(self, param: dict[str, Any]) -> Any:
        if "content" in param and isinstance(param["content"], dict) and param["content"]:
            media = _json_media(param["content"]) or next(iter(param["content"].items()))
            return (media[1] or {}).get("schema") or {}
        return param.get("schema") or {}

    def _request_body(self, raw: _RawOperation) -> tuple[str, dict[str, Any]] | None:
        body = _resolve(self.data, raw.op.get("requestBody"))
        if (
            not isinstance(body, dict)
            or not isinstance(body.get("content"), dict)
            or not body["content"]
        ):
            return None
        content = body["content"]
        found = _json_media(content)
        if found is not None:
            return found
        for media in content:
            base = media.split(";")[0].strip().lower()
            if base in ("application/x-www-form-urlencoded", "multipart/form-data"):
                return media, content[media] or {}
        media = next(iter(content))
        return media, content[media] or {}

    def _has_empty_success(self, raw: _RawOperation) -> bool:
        """Does the operation declare a 2xx answer without a body beside its JSON one?"""
        for code, response in (raw.op.get("responses") or {}).items():
            response = _resolve(self.data, response)
            if (
                str(code).startswith("2")
                and isinstance(response, dict)
                and not response.get("content")
            ):
                return True
        return False

    def _success_response(
        self, raw: _RawOperation
    ) -> tuple[str, str | None, dict[str, Any] | None] | None:
        responses = raw.op.get("responses") or {}
        codes = sorted(
            (str(c) for c in responses if str(c).startswith("2")), key=lambda c: c.replace("X", "9")
        )
        if not codes and "default" in responses:
            codes = ["default"]
        for code in codes:
            response = _resolve(self.data, responses[code]) or {}
            content = response.get("content") if isinstance(response, dict) else None
            if not content:
                continue
            found = _json_media(content)
            if found is not None:
                return code, found[0], found[1]
            media = next(iter(content))
            return code, media, content[media] if isinstance(content[media], dict) else {}
        return (codes[0], None, None) if codes else None

    # -- operations (after models exist) -----------------------------------------------------------------

    def _operation(self, raw: _RawOperation, hoisted: dict[str, Any]) -> ir.Operation:
        op = raw.op
        arg_names: set[str] = set(RESERVED_ARGS)
        idem = op.get("x-idempotency-key")
        idem_header = idem if isinstance(idem, str) and idem else None
        params: list[ir.Param] = []
        ordered = sorted(
            self._params_of(raw),
            key=lambda p: (p[0]["in"] != "path", not p[0].get("required", False)),
        )
        path_order = re.findall(r"{([^}]+)}", raw.path)
        ordered.sort(
            key=lambda p: (
                path_order.index(p[0]["name"])
                if p[0]["in"] == "path" and p[0]["name"] in path_order
                else len(path_order)
            )
        )
        for param, where in ordered:
            if (
                idem_header is not None
                and param["in"] == "header"
                and str(param["name"]).lower() == idem_header.lower()
            ):
                continue
            params.append(
                self._param(
                    param, where, hoisted["params"][(param["name"], param["in"])], arg_names
                )
            )
        shared = {
            p.wire_name for p in params if sum(q.wire_name == p.wire_name for q in params) > 1
        }
        params = [
            dataclasses.replace(
                p,
                key=f"{p.location}:{p.wire_name}" if p.wire_name in shared else p.wire_name,
            )
            for p in params
        ]
        body = self._body(raw, hoisted["body"], arg_names)
        response = self._response(hoisted["response"])
        if response.kind == "json" and self._has_empty_success(raw):
            response = dataclasses.replace(
                response, annotation=join_union([response.annotation, "None"]), empty_ok=True
            )
        if hoisted["response"] is not None and hoisted["response"][1]:
            media_type = str(hoisted["response"][1]).split(";")[0].strip()
            if media_type and "*" not in media_type:
                response = dataclasses.replace(response, accept_lit=_lit(media_type))
        paging = self._paging(raw, hoisted["response"], params)
        responses = op.get("responses") or {}
        errors = tuple(str(c) for c in responses if str(c)[:1] in "45" or str(c) == "default")
        security = op.get("security", self.data.get("security"))
        auth = not (isinstance(security, list) and (not security or any(s == {} for s in security)))
        description = "\n\n".join(
            t
            for t in (op.get("summary"), op.get("description"))
            if isinstance(t, str) and t.strip()
        )
        const = "_" + "_".join([*raw.resource_path, raw.method_name]).upper()
        call_path = ".".join([*raw.resource_path, raw.method_name])
        operation = ir.Operation(
            operation_id=str(op.get("operationId") or f"{raw.method} {raw.path}"),
            py_name=raw.method_name,
            const_name=const,
            method=raw.method.upper(),
            path=raw.path,
            path_lit=_lit(raw.path),
            summary=comment(op.get("summary") or f"{raw.method.upper()} {raw.path}"),
            doc=docstring(description or f"{raw.method.upper()} {raw.path}"),
            params=tuple(params),
            body=body,
            response=response,
            paging=paging,
            idempotency_header_lit=_lit(idem_header) if idem_header else None,
            auth=auth,
            deprecated=bool(op.get("deprecated")),
            error_statuses=errors,
            call_path=call_path,
            example_call="",
        )
        return _with_example(operation)

    def _param(
        self, param: dict[str, Any], where: tuple[Any, ...], schema: dict[str, Any], taken: set[str]
    ) -> ir.Param:
        location = param["in"]
        required = bool(param.get("required")) or location == "path"
        json_content = "content" in param and bool(_json_media(param.get("content") or {}))
        annotation = self.types.annotation(schema, "input")
        resolved = self.registry.resolve(schema)
        structured = (
            json_content
            or self.types.model_class(schema) is not None
            or "object" in schema_types(resolved)
            or any(k in resolved for k in ("oneOf", "anyOf", "allOf"))
        )
        model_expr = self.types.annotation(schema, "output") if structured else None
        if model_expr == "Any":
            model_expr = None
        style = param.get("style") or {"query": "form", "cookie": "form"}.get(location, "simple")
        explode = param.get("explode", style == "form")
        example = _example_of(param)
        if example is None:
            media = _json_media(param.get("content") or {})
            example = _example_of(media[1]) if media else None
        if example is None:
            example = _example_of(resolved) if isinstance(resolved, dict) else None
        return ir.Param(
            wire_name=str(param["name"]),
            wire_lit=_lit(str(param["name"])),
            py_name=unique(
                snake(str(param["name"]), fallback="param", reserved=RESERVED_ARGS), taken
            ),
            location=location,
            required=required,
            annotation=annotation,
            doc=comment(
                param.get("description")
                or (resolved.get("description") if isinstance(resolved, dict) else "")
                or f"`{param['name']}` ({location} parameter)"
            ),
            style=str(style),
            explode=bool(explode),
            json_content=json_content,
            model_expr=model_expr,
            example_lit=_lit(example)
            if example is not None
            else _placeholder(resolved, str(param["name"]), self.registry.resolve),
        )

    def _fields(
        self, schema: dict[str, Any], taken: set[str], mode: str, example: Any
    ) -> tuple[ir.BodyField, ...] | None:
        resolved = self.registry.resolve(schema)
        props: dict[str, Any] = {}
        required: set[str] = set()
        parts = [resolved]
        if isinstance(resolved.get("allOf"), list):
            parts = [self.registry.resolve(p) for p in resolved["allOf"] if isinstance(p, dict)] + [
                resolved
            ]
        for part in parts:
            unions = [m for k in ("oneOf", "anyOf") for m in part.get(k) or []]
            # `anyOf: [{required: [a]}, {required: [b]}]` only constrains which properties are present:
            # the properties are still keyword arguments, and the model enforces the rule.
            if any(not _constraint_only(m) for m in unions) or not isinstance(
                part.get("properties", {}), dict
            ):
                return None
            props.update(part.get("properties") or {})
            required.update(r for r in part.get("required") or [] if isinstance(r, str))
        if not props:
            return None
        out: list[ir.BodyField] = []
        for wire, prop in props.items():
            prop = prop if isinstance(prop, dict) else {}
            target = self.registry.resolve(prop)
            if target.get("readOnly") is True:
                continue
            annotation = self.types.annotation(prop, "file" if mode == "multipart" else "input")
            value = (
                example.get(wire)
                if isinstance(example, dict) and wire in example
                else _example_of(target)
            )
            out.append(
                ir.BodyField(
                    wire_name=wire,
                    wire_lit=_lit(wire),
                    py_name=snake(wire, fallback="field", reserved=RESERVED_ARGS),
                    required=wire in required,
                    annotation=annotation,
                    doc=comment(
                        target.get("description")
                        or prop.get("description")
                        or f"`{wire}` (body field)"
                    ),
                    example_lit=_lit(value)
                    if value is not None
                    else _placeholder(target, wire, self.registry.resolve),
                )
            )
        return tuple(out)

    def _body(self, raw: _RawOperation, hoisted: Any, taken: set[str]) -> ir.Body | None:
        if hoisted is None:
            return None
        media, obj, schema = hoisted
        body_obj = _resolve(self.data, raw.op.get("requestBody")) or {}
        base = media.split(";")[0].strip().lower()
        kind: Literal["json", "form", "multipart", "binary", "text"]
        if _json_media({media: obj}):
            kind = "json"
        elif base == "application/x-www-form-urlencoded":
            kind = "form"
        elif base == "multipart/form-data":
            kind = "multipart"
        elif base.startswith("text/"):
            kind = "text"
        else:
            kind = "binary"
        required = bool(body_obj.get("required"))
        doc = comment(body_obj.get("description"))
        example = _example_of(obj)
        if kind == "binary" or kind == "text":
            return ir.Body(
                kind=kind,
                content_type_lit=_lit(media),
                required=required,
                type_expr=None,
                whole_annotation="bytes | IO[bytes]" if kind == "binary" else "str",
                whole_name=unique("body", taken),
                doc=doc,
                example_lit="b'data'" if kind == "binary" else "'text'",
            )
        cls = self.types.model_class(schema)
        type_expr = (
            f"_models.{cls}"
            if cls
            else (
                f"_models.{self.registry.ref_name(schema)}"
                if self.registry.ref_name(schema) in self.index.classes
                else None
            )
        )
        if type_expr is None and schema:
            type_expr = self.types.annotation(schema, "output")
            type_expr = None if type_expr == "Any" else type_expr
        # Keyword arguments from the properties, names unique among all the method's arguments.
        fields = self._fields(schema, taken, kind, example)
        if fields is not None:
            fields = tuple(_rename(f, taken) for f in fields)
            resolved_body = self.registry.resolve(schema)
            alternatives = resolved_body.get("anyOf") or resolved_body.get("oneOf") or []
            first = (
                alternatives[0].get("required", [])
                if alternatives and isinstance(alternatives[0], dict)
                else []
            )
            example_fields = tuple(f.py_name for f in fields if f.wire_name in first)
            return ir.Body(
                kind=kind,
                content_type_lit=_lit(media),
                required=required,
                type_expr=type_expr,
                fields=fields,
                doc=doc,
                example_fields=example_fields,
            )
        resolved = self.registry.resolve(schema)
        members = resolved.get("oneOf") or resolved.get("anyOf")
        if (
            isinstance(members, list)
            and members
            and all(
                self._fields(m, set(), kind, None) is not None
                for m in members
                if isinstance(m, dict)
            )
        ):
            variants: list[tuple[str, tuple[ir.BodyField, ...]]] = []
            for i, member in enumerate(members):
                name = self.registry.ref_name(member) or f"option {i + 1}"
                example_for = example if i == 0 else None
                variants.append((name, self._fields(member, set(), kind, example_for) or ()))
            by_wire: dict[str, ir.BodyField] = {}
            for _, vf in variants:
                for f in vf:
                    if f.wire_name in by_wire:
                        merged = join_union([by_wire[f.wire_name].annotation, f.annotation])
                        by_wire[f.wire_name] = ir.BodyField(
                            f.wire_name,
                            f.wire_lit,
                            f.py_name,
                            False,
                            merged,
                            by_wire[f.wire_name].doc or f.doc,
                            by_wire[f.wire_name].example_lit,
                        )
                    else:
                        by_wire[f.wire_name] = ir.BodyField(
                            f.wire_name,
                            f.wire_lit,
                            f.py_name,
                            False,
                            f.annotation,
                            f.doc,
                            f.example_lit,
                        )
            renamed = {w: _rename(f, taken) for w, f in by_wire.items()}
            overloads = (
                ()
                if _overlapping(variants)
                else tuple(
                    ir.Overload(
                        name=comment(name),
                        fields=tuple(
                            ir.BodyField(
                                f.wire_name,
                                f.wire_lit,
                                renamed[f.wire_name].py_name,
                                f.required,
                                f.annotation,
                                f.doc,
                                f.example_lit,
                            )
                            for f in vf
                        ),
                    )
                    for name, vf in variants
                )
            )
            return ir.Body(
                kind=kind,
                content_type_lit=_lit(media),
                required=required,
                type_expr=type_expr,
                fields=tuple(renamed.values()),
                overloads=overloads,
                doc=doc,
            )
        annotation = self.types.annotation(schema, "input")
        return ir.Body(
            kind=kind,
            content_type_lit=_lit(media),
            required=required,
            type_expr=type_expr,
            whole_annotation=annotation,
            whole_name=unique("body", taken),
            doc=doc,
            example_lit=_lit(example)
            if example is not None
            else _placeholder(schema, "body", self.registry.resolve),
        )

    def _response(self, hoisted: Any) -> ir.Response:
        if hoisted is None:
            return ir.Response(kind="none", annotation="None", type_expr=None)
        _, media, obj, schema = hoisted
        if media is None:
            return ir.Response(kind="none", annotation="None", type_expr=None)
        base = media.split(";")[0].strip().lower()
        if not _json_media({media: obj}):
            if base.startswith("text/") and (obj or {}).get("schema", {}).get("format") != "binary":
                return ir.Response(kind="text", annotation="str", type_expr=None)
            return ir.Response(kind="binary", annotation="bytes", type_expr=None)
        if not schema:
            return ir.Response(kind="json", annotation="Any", type_expr="Any")
        name = self.registry.ref_name(schema)
        cls = self.index.classes.get(name) if name else None
        if cls is not None and name is not None:
            if cls.is_root:
                return ir.Response(
                    kind="json",
                    annotation=self.types.annotation(self.registry.schemas[name], "output"),
                    type_expr=f"_models.{name}",
                    unwrap_root=True,
                )
            return ir.Response(
                kind="json", annotation=f"_models.{name}", type_expr=f"_models.{name}"
            )
        annotation = self.types.annotation(schema, "output")
        return ir.Response(kind="json", annotation=annotation, type_expr=annotation)

    # -- pagination ------------------------------------------------------------------------------

    def _attr_path(
        self, schema: dict[str, Any], dotted: str, where: tuple[Any, ...]
    ) -> tuple[tuple[str, ...], dict[str, Any]] | None:
        """Wire path `meta.next_cursor` -> attribute path (`meta`, `next_cursor`) and the leaf schema."""
        attrs: list[str] = []
        current = schema
        for wire in dotted.split("."):
            cls = self.types.model_class(current)
            resolved = self.registry.resolve(current)
            props = resolved.get("properties") or {}
            if cls is None or wire not in props:
                self.problems.append(
                    self.spec.problem(
                        list(where),
                        f"x-pagination: {dotted!r} is not a field of the response ({wire!r} not found)",
                    )
                )
                return None
            attr = self.index.attr(cls, wire)
            if attr is None:
                self.problems.append(
                    self.spec.problem(list(where), f"x-pagination: no model field for {dotted!r}")
                )
                return None
            attrs.append(attr)
            current = props[wire]
            # step through a nullable wrapper (`anyOf: [ref, null]`) to the model
            for key in ("anyOf", "oneOf"):
                members = current.get(key) if isinstance(current, dict) else None
                if isinstance(members, list):
                    refs = [m for m in members if isinstance(m, dict) and self.registry.ref_name(m)]
                    if len(refs) == 1:
                        current = refs[0]
        return tuple(attrs), current

    def _paging(
        self, raw: _RawOperation, hoisted_response: Any, params: list[ir.Param]
    ) -> ir.Paging | None:
        ext = raw.op.get("x-pagination")
        if not isinstance(ext, dict):
            return None
        where = (*raw.where, "x-pagination")
        if hoisted_response is None or not hoisted_response[3]:
            self.problems.append(
                self.spec.problem(list(where), "x-pagination needs a JSON success response")
            )
            return None
        schema = hoisted_response[3]
        by_wire = {p.wire_name: p for p in params if p.location == "query"}
        keys = {p.wire_name: p.key or p.wire_name for p in by_wire.values()}
        style = ext.get("style")
        items = self._attr_path(schema, str(ext.get("items", "data")), where)
        if items is None:
            return None
        items_schema = self.registry.resolve(items[1])
        item_annotation = self.types.annotation(items_schema.get("items", {}), "output")
        if style == "cursor":
            cursor_param, next_cursor = ext.get("cursor-param"), ext.get("next-cursor")
            nxt = self._attr_path(schema, str(next_cursor), where)
            if cursor_param not in by_wire or nxt is None:
                if cursor_param not in by_wire:
                    self.problems.append(
                        self.spec.problem(
                            list(where),
                            f"x-pagination: cursor-param {cursor_param!r} is not a query parameter of the operation",
                        )
                    )
                return None
            return ir.Paging(
                "cursor",
                "CursorPage",
                item_annotation,
                items[0],
                cursor_param=keys[str(cursor_param)],
                next_cursor=nxt[0],
                limit_param=ext.get("limit-param"),
            )
        if style == "offset":
            offset_param = ext.get("offset-param")
            total = self._attr_path(schema, str(ext["total"]), where) if ext.get("total") else None
            if offset_param not in by_wire:
                self.problems.append(
                    self.spec.problem(
                        list(where),
                        f"x-pagination: offset-param {offset_param!r} is not a query parameter of the operation",
                    )
                )
                return None
            return ir.Paging(
                "offset",
                "OffsetPage",
                item_annotation,
                items[0],
                offset_param=keys[str(offset_param)],
                limit_param=ext.get("limit-param"),
                total=total[0] if total else (),
            )
        self.problems.append(
            self.spec.problem(
                list(where), f"x-pagination: unknown style {style!r} (cursor or offset)"
            )
        )
        return None

    # -- the whole API ----------------------------------------------------------------------------

    def _api(self, operations: list[ir.Operation], models_source: str) -> ir.Api:
        info: dict[str, Any] = self.data["info"] if isinstance(self.data.get("info"), dict) else {}
        ext: dict[str, Any] = info["x-client"] if isinstance(info.get("x-client"), dict) else {}
        base = self.package_name.removesuffix("_client")
        class_name = ext.get("class-name") if isinstance(ext.get("class-name"), str) else None
        client_class = pascal(class_name or base, fallback="Client")
        env_prefix = re.sub(r"[^A-Z0-9]+", "_", base.upper()).strip("_") or "API"
        servers = [
            s
            for s in self.data.get("servers") or []
            if isinstance(s, dict) and isinstance(s.get("url"), str)
        ]
        default_url: str | None = None
        if servers and not servers[0].get("x-placeholder"):
            url = servers[0]["url"]
            for var, spec in (servers[0].get("variables") or {}).items():
                url = url.replace("{" + var + "}", str((spec or {}).get("default", "")))
            if re.match(r"^https?://", url):
                default_url = url.rstrip("/")
        auth = self._auth()
        tree = _Node("", ())
        for op in operations:
            node = tree
            resource_path = tuple(op.call_path.split(".")[:-1])
            for i, part in enumerate(resource_path):
                node = node.children.setdefault(part, _Node(part, resource_path[: i + 1]))
            node.ops.append(op)
        resources = tuple(_resource(child) for child in tree.children.values())
        exports = tuple(
            name
            for name, cls in self.index.classes.items()
            if name not in RUNTIME_EXPORTS and name not in (client_class, "Async" + client_class)
        )
        styles = sorted(
            {op.paging.page_class.removesuffix("Page") for op in operations if op.paging}
        )
        license_info: dict[str, Any] = (
            info["license"] if isinstance(info.get("license"), dict) else {}
        )
        return ir.Api(
            spec_file=self.spec.name,
            title=comment(info.get("title") or client_class),
            title_doc=docstring(info.get("title") or client_class),
            description_doc=docstring(info.get("description") or ""),
            version=_version(info.get("version")),
            package_name=self.package_name,
            package_name_lit=_lit(self.package_name),
            dist_name=self.package_name.replace("_", "-"),
            client_class=client_class,
            async_client_class="Async" + client_class,
            env_prefix=env_prefix,
            default_base_url_lit=_lit(default_url) if default_url else None,
            servers=tuple(ir.Server(s["url"], comment(s.get("description"))) for s in servers),
            auth=auth,
            resources=resources,
            models_source=models_source,
            model_exports=exports,
            paging_styles=tuple(styles),
            license_name=comment(license_info.get("name") or "MIT"),
            summary_toml=json.dumps(
                ensure_ascii=False,
                obj=comment(
                    info.get("summary")
                    or f"Typed Python client for {info.get('title') or client_class}"
                )[:200],
            ),
            license_toml=json.dumps(_spdx(license_info)),
            warnings=tuple(self.warnings),
        )

    def _auth(self) -> ir.Auth:
        schemes = ((self.data.get("components") or {}).get("securitySchemes")) or {}
        chosen: dict[str, Any] | None = None
        for requirement in self.data.get("security") or []:
            if isinstance(requirement, dict):
                for name in requirement:
                    candidate = _resolve(self.data, schemes.get(name))
                    if isinstance(candidate, dict):
                        chosen = candidate
                        break
            if chosen:
                break
        if chosen is None:
            for candidate in schemes.values():
                candidate = _resolve(self.data, candidate)
                if isinstance(candidate, dict) and candidate.get("type") in ("http", "apiKey"):
                    chosen = candidate
                    break
        if chosen is None:
            return ir.Auth("none")
        doc = comment(chosen.get("description"))
        if chosen.get("type") == "http":
            scheme = str(chosen.get("scheme", "")).lower()
            return ir.Auth("basic" if scheme == "basic" else "bearer", doc=doc)
        if chosen.get("type") == "apiKey" and chosen.get("in") in ("header", "query", "cookie"):
            return ir.Auth(chosen["in"], name_lit=_lit(str(chosen.get("name", ""))), doc=doc)
        if chosen.get("type") in ("oauth2", "openIdConnect"):
            return ir.Auth("bearer", doc=doc)
        return ir.Auth("none")


def _overlapping(variants: list[tuple[str, tuple[ir.BodyField, ...]]]) -> bool:
    """Would one variant's keyword signature swallow another's (so typing.overload cannot tell them apart)?"""
    names = [frozenset(f.wire_name for f in fields) for _, fields in variants]
    required = [frozenset(f.wire_name for f in fields if f.required) for _, fields in variants]
    for i in range(len(variants)):
        for j in range(len(variants)):
            if i < j and (names[j] <= names[i] or required[i] == required[j]):
                return True
    return False


def _constraint_only(schema: Any) -> bool:
    """A union member that only says which properties must be present (no shape of its own)."""
    return isinstance(schema, dict) and set(schema) <= {
        "required",
        "description",
        "title",
        "minProperties",
        "maxProperties",
    }


def _rename(f: ir.BodyField, taken: set[str]) -> ir.BodyField:
    return ir.BodyField(
        f.wire_name,
        f.wire_lit,
        unique(f.py_name, taken),
        f.required,
        f.annotation,
        f.doc,
        f.example_lit,
    )


def _resource(node: _Node) -> ir.Resource:
    return ir.Resource(
        attr=node.attr,
        class_name=pascal(" ".join(node.path)) + "Resource",
        doc=comment(f"Operations on {'.'.join(node.path)}."),
        operations=tuple(node.ops),
        children=tuple(_resource(c) for c in node.children.values()),
    )


def _spdx(license_info: dict[str, Any]) -> str:
    """A license expression for the package metadata: the spec's SPDX identifier, else MIT."""
    ident = license_info.get("identifier")
    if isinstance(ident, str) and re.fullmatch(
        r"[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*", ident
    ):
        return ident
    name = license_info.get("name")
    if isinstance(name, str) and re.fullmatch(
        r"(MIT|Apache-2\.0|BSD-3-Clause|BSD-2-Clause|MPL-2\.0|ISC)", name
    ):
        return name
    return "MIT"


def _version(value: Any) -> str:
    """A PEP 440 version from `info.version` (`1.0` stays, `v2-beta` becomes `2`, nonsense `0.0.0`)."""
    text = str(value or "").strip().lstrip("vV")
    match = re.match(r"\d+(\.\d+)*", text)
    return match.group(0) if match else "0.0.0"


def _placeholder(schema: Any, name: str, resolve: Any = None) -> str:
    """A realistic literal (Python source) for a value that has no example."""
    return _lit(_sample(schema, name, resolve or (lambda s: s), 0))


def _sample(schema: Any, name: str, resolve: Any, depth: int, full: bool = False) -> Any:
    """A value that satisfies `schema` as far as a placeholder can: required properties filled in."""
    if not isinstance(schema, dict):
        return f"{name}-1" if name else "value"
    schema = resolve(schema)
    if "const" in schema:
        return schema["const"]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return next((v for v in schema["enum"] if v is not None), None)
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    example = _example_of(schema)
    if example is not None:
        return example
    for key in ("oneOf", "anyOf", "allOf"):
        members = [m for m in schema.get(key) or [] if isinstance(m, dict)]
        if members and depth < 6:
            if key == "allOf":
                merged: dict[str, Any] = {}
                for member in members:
                    value = _sample(member, name, resolve, depth + 1)
                    if isinstance(value, dict):
                        merged.update(value)
                return merged
            non_null = [m for m in members if resolve(m).get("type") != "null"] or members
            if key == "oneOf":  # the most specific member: an empty object would match several
                non_null.sort(key=lambda m: -len(resolve(m).get("properties") or {}))
            # every property of the chosen member, so the value matches exactly one member of a oneOf
            return _sample(non_null[0], name, resolve, depth + 1, full=key == "oneOf")
    types = [t for t in schema_types(schema) if t != "null"]
    kind = (
        types[0]
        if types
        else ("object" if schema.get("properties") else "array" if "items" in schema else "string")
    )
    fmt = schema.get("format")
    if kind == "integer":
        low = schema.get("minimum", 1)
        return int(low) if isinstance(low, (int, float)) and not isinstance(low, bool) else 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "array":
        return [_sample(schema.get("items", {}), name, resolve, depth + 1)] if depth < 6 else []
    if kind == "object":
        props = schema.get("properties") or {}
        chosen = list(props) if full else [r for r in schema.get("required") or [] if r in props]
        return {r: _sample(props[r], r, resolve, depth + 1) for r in chosen} if depth < 6 else {}
    if fmt == "binary":
        return b"data"
    samples = {
        "date-time": "2024-01-01T00:00:00Z",
        "date": "2024-01-01",
        "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "email": "user@example.com",
        "uri": "https://example.com",
        "url": "https://example.com",
    }
    if isinstance(fmt, str) and fmt in samples:
        return samples[fmt]
    return f"{name}-1" if name else "value"


def _with_example(op: ir.Operation) -> ir.Operation:
    """Attach a Python call with realistic arguments (READMEs show it, tests run it)."""
    args = [p.example_lit or "''" for p in op.path_params]
    kwargs = [f"{p.py_name}={p.example_lit}" for p in op.keyword_params if p.required]
    if op.body is not None:
        if op.body.overloads:
            kwargs += [
                f"{f.py_name}={f.example_lit}" for f in op.body.overloads[0].fields if f.required
            ]
        elif op.body.fields:
            wanted = [
                f for f in op.body.fields if f.required or f.py_name in op.body.example_fields
            ]
            kwargs += [f"{f.py_name}={f.example_lit}" for f in wanted]
        elif op.body.whole_annotation is not None and op.body.required:
            kwargs.append(f"{op.body.whole_name}={op.body.example_lit}")
    call = f"client.{op.call_path}({', '.join(args + kwargs)})"
    return ir.Operation(**{**op.__dict__, "example_call": call})


def build_api(spec: Spec, package_name: str) -> ir.Api:
    """Spec -> IR (raises SpecError with every problem found)."""
    return Parser(spec, package_name).parse()


def default_package_name(spec_path_stem: str) -> str:
    return snake(spec_path_stem, fallback="api").removesuffix("_client") + "_client"
