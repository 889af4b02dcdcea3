"""The public API of a generated package as plain JSON data: what `codegen diff` and releases compare.

Built from the IR (operations, their keyword and positional arguments, return types, errors) and from
the models module read back with `ast` (classes, fields, annotations, required-ness). Texts such as
docstrings are kept as short digests: a reworded description shows as changed without the snapshot
carrying every word. Each model is tagged with the directions it travels in (`request`, `response`),
because a change to a model a caller builds breaks other code than a change to one a caller reads.
"""

from __future__ import annotations

import ast
import hashlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # annotations only: every command imports this module (its `codegen diff` part)
    from generator.ir import nodes as ir

KIND = "convapi-codegen/public-api"
FORMAT = 1

Surface = dict[str, Any]


def text_digest(text: str) -> str:
    """A short, stable fingerprint of a docstring or description ("" stays "")."""
    text = " ".join(text.split())
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12] if text else ""


def snapshot(api: ir.Api, models_module: dict[str, Any] | None = None) -> Surface:
    """The package's public API, JSON-serialisable, keys sorted by `dump`. `models_module`:
    `models_of_tree` of the package's models module where the caller has it already."""
    operations = {op.call_path: _operation(op) for op in api.operations}
    models = models_module if models_module is not None else _models(api.models_source)
    _mark_usage(models, api.operations)
    return {
        "kind": KIND,
        "format": FORMAT,
        "package": api.package_name,
        "dist_name": api.dist_name,
        "client": {
            "class": api.client_class,
            "async_class": api.async_client_class,
            "env_prefix": api.env_prefix,
            "auth": api.auth.scheme,
            "default_base_url": ast.literal_eval(api.default_base_url_lit)
            if api.default_base_url_lit
            else None,
        },
        "operations": operations,
        "models": models,
        # Webhook events: event name -> {"payload": annotation, "doc": digest, "signed": bool,
        # "signature": digest of its scheme}.
        "webhooks": _webhooks(api),
    }


def _webhooks(api: ir.Api) -> dict[str, Any]:
    if api.webhooks is None:
        return {}
    schemes = {s.const_name: s for s in api.webhooks.schemes}
    return {
        event.name: {
            "payload": event.annotation,
            "doc": text_digest(f"{event.summary}\n{event.description_md}"),
            "signed": event.signed,
            "signature": text_digest(schemes[event.scheme].summary_md) if event.signed else "",
        }
        for event in api.webhooks.events
    }


def _operation(op: ir.Operation) -> dict[str, Any]:
    params: dict[str, Any] = {}
    position = 0
    for p in op.params:
        positional = p.location == "path"
        params[p.py_name] = {
            "in": p.location,
            "wire": p.wire_name,
            "required": p.required or positional,
            "position": position if positional else None,
            "type": p.annotation,
            "doc": text_digest(p.doc),
        }
        position += positional
    if op.body is not None:
        params.update(_body_params(op.body))
    if op.paging is not None:
        returns = f"Sync{op.paging.page_class}[{op.paging.item_annotation}]"
    else:
        returns = op.response.annotation
    return {
        "http": f"{op.method} {op.path}",
        "doc": text_digest(op.doc),
        "deprecated": op.deprecated,
        "idempotency_key": op.idempotency_header_lit is not None,
        "params": params,
        "returns": returns,
        "errors": sorted(op.error_statuses),
    }


def _body_params(body: ir.Body) -> dict[str, Any]:
    """The body as the caller passes it: keyword fields, or one whole-body argument."""
    out: dict[str, Any] = {}
    if body.whole_annotation is not None:
        out[body.whole_name] = {
            "in": "body",
            "wire": "",
            "required": body.required,
            "position": None,
            "type": body.whole_annotation,
            "doc": text_digest(body.doc),
        }
        return out
    # With `oneOf` variants (typing.overload) these are the merged keywords of the implementation.
    for f in body.fields:
        out[f.py_name] = {
            "in": "body",
            "wire": f.wire_name,
            "required": f.required,
            "position": None,
            "type": f.annotation,
            "doc": text_digest(f.doc),
        }
    return out


# -- models ----------------------------------------------------------------------------------------


def _models(source: str) -> dict[str, Any]:
    return models_of_tree(ast.parse(source))


def models_of_tree(tree: ast.Module) -> dict[str, Any]:
    """The models of the parsed models module as the snapshot records them (no usage marked yet)."""
    classes = [n for n in tree.body if isinstance(n, ast.ClassDef)]
    out: dict[str, Any] = {}
    for node in classes:
        bases = [ast.unparse(b) for b in node.bases]
        root = next((b for b in node.bases if _is_root_base(b)), None)
        entry: dict[str, Any] = {
            "doc": text_digest(ast.get_docstring(node) or ""),
            "bases": [b for b in bases if b != "BaseModel" and not b.startswith("RootModel")],
            "used_by": [],
        }
        if root is not None:
            entry["root"] = _unwrap(root.slice) if isinstance(root, ast.Subscript) else "Any"
        else:
            entry["fields"] = _fields(node)
        out[node.name] = entry
    # Subclasses (allOf) carry their parents' fields too: that is what an instance has.
    for name in out:
        merged: dict[str, Any] = {}
        for parent in _ancestors(name, out):
            merged.update(out[parent].get("fields", {}))
        if "fields" in out[name]:
            out[name]["fields"] = {**merged, **out[name]["fields"]}
    return out


def _ancestors(name: str, models: dict[str, Any], seen: frozenset[str] = frozenset()) -> list[str]:
    found: list[str] = []
    for base in models[name]["bases"]:
        if base in models and base not in seen:
            found.extend(_ancestors(base, models, seen | {name}))
            found.append(base)
    return found


def _is_root_base(base: ast.expr) -> bool:
    target = base.value if isinstance(base, ast.Subscript) else base
    return isinstance(target, ast.Name) and target.id == "RootModel"


def _fields(node: ast.ClassDef) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    body = node.body
    for index, stmt in enumerate(body):
        if not (isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)):
            continue
        attr = stmt.target.id
        if attr in ("model_config", "root"):
            continue
        doc = ""
        following = body[index + 1] if index + 1 < len(body) else None
        if (
            isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            doc = following.value.value
        fields[attr] = {
            "wire": _alias(stmt) or attr,
            "type": _unwrap(stmt.annotation),
            "required": _required(stmt),
            "doc": text_digest(doc),
        }
    return fields


def _unwrap(annotation: ast.expr) -> str:
    """The type without `Annotated[...]` metadata (constraints and aliases are not the type)."""
    if (
        isinstance(annotation, ast.Subscript)
        and isinstance(annotation.value, ast.Name)
        and annotation.value.id == "Annotated"
        and isinstance(annotation.slice, ast.Tuple)
        and annotation.slice.elts
    ):
        return _unwrap(annotation.slice.elts[0])
    return ast.unparse(annotation)


def _field_call(node: ast.expr | None) -> ast.Call | None:
    if node is None:
        return None
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id == "Field":
            return sub
    return None


def _alias(stmt: ast.AnnAssign) -> str | None:
    for call in (_field_call(stmt.annotation), _field_call(stmt.value)):
        if call is None:
            continue
        for kw in call.keywords:
            if kw.arg == "alias" and isinstance(kw.value, ast.Constant):
                return str(kw.value.value)
    return None


def _required(stmt: ast.AnnAssign) -> bool:
    """No default (or `Field(...)` with `...` / no default) means the field must be given."""
    if stmt.value is None:
        return True
    call = stmt.value if isinstance(stmt.value, ast.Call) else None
    if call is not None and isinstance(call.func, ast.Name) and call.func.id == "Field":
        if call.args:
            first = call.args[0]
            return isinstance(first, ast.Constant) and first.value is Ellipsis
        return not any(kw.arg in ("default", "default_factory") for kw in call.keywords)
    return False


# -- which models travel which way -----------------------------------------------------------------


def referenced_names(annotation: str) -> set[str]:
    """Class names an annotation mentions (`_models.Conversation` -> `Conversation`)."""
    try:
        tree = ast.parse(annotation, mode="eval")
    except SyntaxError:
        return set()
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, ast.Name):
            names.add(node.id)
    return names


def _mark_usage(models: dict[str, Any], operations: tuple[ir.Operation, ...]) -> None:
    """Tag each model with `request` and/or `response`: reachable from what a call sends or returns."""
    roots: dict[str, set[str]] = {"request": set(), "response": set()}
    for op in operations:
        for p in op.params:
            roots["request"] |= referenced_names(p.annotation)
            if p.model_expr:
                roots["request"] |= referenced_names(p.model_expr)
        if op.body is not None:
            for text in (op.body.type_expr, op.body.whole_annotation):
                if text:
                    roots["request"] |= referenced_names(text)
            for f in op.body.fields:
                roots["request"] |= referenced_names(f.annotation)
            for overload in op.body.overloads:
                for f in overload.fields:
                    roots["request"] |= referenced_names(f.annotation)
        roots["response"] |= referenced_names(op.response.annotation)
        if op.paging is not None:
            roots["response"] |= referenced_names(op.paging.item_annotation)
    for direction, names in roots.items():
        for name in _reachable(names, models):
            models[name]["used_by"].append(direction)


def _reachable(start: set[str], models: dict[str, Any]) -> list[str]:
    seen: set[str] = set()
    todo = sorted(n for n in start if n in models)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        entry = models[name]
        refs: set[str] = set(entry["bases"])
        if "root" in entry:
            refs |= referenced_names(entry["root"])
        for field in entry.get("fields", {}).values():
            refs |= referenced_names(field["type"])
        todo.extend(sorted(r for r in refs if r in models and r not in seen))
    return sorted(seen)
