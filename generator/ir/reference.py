"""The package's reference (`api.md`): every operation with its parameters, what it returns and its
errors; every model with its fields; every webhook event with an example payload.

Decided here, printed by `templates/package/api.md.j2`: each table cell is Markdown-safe text (one line,
`|` escaped). Model fields are read from the models module as datamodel-code-generator wrote it (with
`ast`: the annotation, the wire name of an aliased field, the docstring under it, whether it has a
default), so the reference says what the code does. Text shared by many entries is said once, at the
top (the request options every method takes, `InvalidArgumentError`).
"""

from __future__ import annotations

import ast
import json
import re
from typing import TYPE_CHECKING, Any

from generator.naming import comment

if TYPE_CHECKING:  # annotations only: the models worker's child reads the tables (`tables_of_tree`)
    from generator.ir import nodes as ir

# The runtime's error class of each status (templates/runtime/_errors.py `_BY_STATUS`).
_STATUS_ERRORS = {
    "400": "BadRequestError",
    "401": "AuthenticationError",
    "403": "PermissionDeniedError",
    "404": "NotFoundError",
    "409": "ConflictError",
    "422": "UnprocessableEntityError",
    "429": "RateLimitError",
}

# The key under which `Models.analysed` holds `tables_of_tree` (`pipeline._analyse`, in the models
# worker's child: defined here, where that child imports it, not in `package`, which it never needs).
ANALYSED = "reference"

# How an annotation's time types go on the wire: the units a reader needs.
_UNITS = {
    "AwareDatetime": "ISO 8601 date-time with its UTC offset",
    "datetime": "ISO 8601 date-time",
    "date": "ISO 8601 date (YYYY-MM-DD)",
    "timedelta": "ISO 8601 duration",
}


def cell(text: str) -> str:
    """Text for one Markdown table cell: one line, `|` escaped."""
    return comment(text).replace("|", "\\|")


def code(text: str) -> str:
    """Text as Markdown code in a table cell (`|` escaped, backticks left out)."""
    return "`" + " ".join(text.split()).replace("`", "'").replace("|", "\\|") + "`" if text else ""


def anchor(kind: str, name: str) -> str:
    return f"{kind}-" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def status_error(status: str) -> str:
    """`404` -> "404 `NotFoundError`" (5xx: `InternalServerError`; any other: `APIStatusError`)."""
    cls = _STATUS_ERRORS.get(status)
    if cls is None:
        cls = "InternalServerError" if status[:1] == "5" else "APIStatusError"
    return f"{status} `{cls}`"


def schema_allowed(schema: Any) -> str:
    """The allowed values of an enum or const schema, as Markdown code, else ""."""
    if not isinstance(schema, dict):
        return ""
    if "const" in schema:
        return code(json.dumps(schema["const"]))
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        return ", ".join(code(json.dumps(v, ensure_ascii=False)) for v in enum)
    items = schema.get("items")
    if schema.get("type") == "array" and isinstance(items, dict):
        inner = schema_allowed(items)
        return f"each one of {inner}" if inner else ""
    return ""


def schema_default(schema: Any) -> str:
    if isinstance(schema, dict) and "default" in schema:
        return code(json.dumps(schema["default"], ensure_ascii=False))
    return ""


def schema_constraints(schema: Any) -> str:
    """`1..100`, `length <= 4096`, `pattern ...`: what a value must meet beside its type."""
    if not isinstance(schema, dict):
        return ""
    parts: list[str] = []
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None or high is not None:
        parts.append(f"{'' if low is None else low}..{'' if high is None else high}")
    for key, word in (("exclusiveMinimum", ">"), ("exclusiveMaximum", "<")):
        if isinstance(schema.get(key), (int, float)) and not isinstance(schema.get(key), bool):
            parts.append(f"{word} {schema[key]}")
    for key, word in (
        ("minLength", "length >="),
        ("maxLength", "length <="),
        ("minItems", "items >="),
        ("maxItems", "items <="),
    ):
        if isinstance(schema.get(key), int):
            parts.append(f"{word} {schema[key]}")
    if isinstance(schema.get("format"), str):
        parts.append(f"format {schema['format']}")
    return cell("; ".join(parts))


def python_type(annotation: str) -> str:
    """An annotation as a reader sees it: without the module prefixes and `NotGiven`."""
    text = annotation.replace("_models.", "").replace("_params.", "")
    pieces = [p.strip() for p in _split_bar(text) if p.strip() not in ("NotGiven",)]
    return " | ".join(pieces)


def _split_bar(text: str) -> list[str]:
    out, depth, current = [], 0, ""
    for ch in text:
        depth += ch in "[("
        depth -= ch in "])"
        if ch == "|" and depth == 0:
            out.append(current)
            current = ""
        else:
            current += ch
    out.append(current)
    return out


def units_of(annotation: str) -> str:
    """The units of a time-typed annotation, else ""."""
    for name, words in _UNITS.items():
        if re.search(rf"\b{name}\b", annotation):
            return words
    return ""


# -- models ------------------------------------------------------------------------------------------


def models(source: str, exported: set[str]) -> tuple[ir.ReferenceModel, ...]:
    """Every exported model class of the models module, its fields as the module declares them."""
    return models_of_tables(tables_of_tree(ast.parse(source)), exported)


# A model class's table as `tables_of_tree` reads it, in plain values (the models worker's child
# makes them and need not import the IR's dataclasses, which this process turns them into):
# (name, anchor, doc, bases, root, rows), each row (name, type, required, allowed, default, doc).
Row = tuple[str, str, str, str, str, str]
Table = tuple[str, str, str, str, str, tuple[Row, ...]]


def models_of_tables(
    tables: tuple[Table, ...], exported: set[str]
) -> tuple[ir.ReferenceModel, ...]:
    """The exported ones of `tables_of_tree`'s tables, as the IR's reference models."""
    from generator.ir import nodes

    return tuple(
        nodes.ReferenceModel(
            name=name,
            anchor=link,
            doc=doc,
            bases=bases,
            root=root,
            fields=tuple(
                nodes.ReferenceRow(
                    name=row[0],
                    type_md=row[1],
                    required=row[2],
                    allowed=row[3],
                    default=row[4],
                    doc=row[5],
                )
                for row in rows
            ),
        )
        for name, link, doc, bases, root, rows in tables
        if name in exported
    )


def tables_of_tree(tree: ast.Module) -> tuple[Table, ...]:
    """The reference table of every class of the models module's parsed source."""
    out: list[Table] = []
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        bases = [ast.unparse(b) for b in node.bases]
        doc = ast.get_docstring(node) or ""
        rows: list[Row] = []
        root = ""
        body = node.body
        for index, item in enumerate(body):
            if not isinstance(item, ast.AnnAssign) or not isinstance(item.target, ast.Name):
                continue
            name = item.target.id
            annotation, alias, constraints = _annotation(item.annotation)
            if name == "root":
                root = annotation
                continue
            following = body[index + 1] if index + 1 < len(body) else None
            field_doc = (
                following.value.value
                if isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)
                else ""
            )
            default_alias, default = _default(item.value)
            wire = alias or default_alias or name
            units = units_of(annotation)
            rows.append(
                (
                    code(wire) + (f" (`.{name}`)" if wire != name else ""),
                    code(python_type(annotation)),
                    "yes" if item.value is None else "no",
                    cell(constraints),
                    default,
                    cell(
                        " ".join(t for t in (field_doc.strip(), units and f"Units: {units}.") if t)
                    ),
                )
            )
        out.append(
            (
                node.name,
                anchor("model", node.name),
                cell(doc),
                ", ".join(
                    code(b)
                    for b in bases
                    if b not in ("BaseModel",) and not b.startswith("RootModel")
                ),
                code(python_type(root)) if root else "",
                tuple(rows),
            )
        )
    return tuple(out)


def _annotation(node: ast.expr) -> tuple[str, str, str]:
    """(annotation, alias, constraints) of `Annotated[T, Field(...)]`, else (T, "", "")."""
    if (
        isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Name)
        and node.value.id == "Annotated"
        and isinstance(node.slice, ast.Tuple)
        and node.slice.elts
    ):
        inner, *extras = node.slice.elts
        alias, constraints = "", []
        for extra in extras:
            if isinstance(extra, ast.Call):
                for kw in extra.keywords:
                    if kw.arg == "alias" and isinstance(kw.value, ast.Constant):
                        alias = str(kw.value.value)
                    elif kw.arg in ("ge", "le", "gt", "lt", "min_length", "max_length", "pattern"):
                        constraints.append(f"{kw.arg} {ast.unparse(kw.value)}")
        return ast.unparse(inner), alias, "; ".join(constraints)
    return ast.unparse(node), "", ""


def _default(value: ast.expr | None) -> tuple[str, str]:
    """(alias, default as Markdown code) of a field's assigned value (`= None`, `= Field(...)`)."""
    if value is None:
        return "", ""
    if (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Name)
        and value.func.id == "Field"
    ):
        alias = next(
            (
                str(kw.value.value)
                for kw in value.keywords
                if kw.arg == "alias" and isinstance(kw.value, ast.Constant)
            ),
            "",
        )
        given = (
            value.args[0]
            if value.args
            else next((kw.value for kw in value.keywords if kw.arg == "default"), None)
        )
        shown = (
            ""
            if given is None or ast.unparse(given) in ("...", "None")
            else code(ast.unparse(given))
        )
        return alias, shown
    text = ast.unparse(value)
    return "", "" if text == "None" else code(text)


# -- operations --------------------------------------------------------------------------------------


def models_in(annotation: str, classes: set[str]) -> str:
    """Links to the sections of the models an annotation names ("" when it names none)."""
    names = dict.fromkeys(re.findall(r"_models\.([A-Za-z_][A-Za-z0-9_]*)", annotation))
    return ", ".join(f"[`{n}`](#{anchor('model', n)})" for n in names if n in classes)


def example_json(value: Any) -> str:
    """An example payload as indented JSON ("" when there is none)."""
    if value is None:
        return ""
    return json.dumps(value, indent=2, ensure_ascii=False)
