"""Rules every document must meet: well-formed extensions (as `extensions.py` read them), unique
operationIds, and every path parameter declared."""

from __future__ import annotations

from generator.document import Document
from generator.errors import Problem
from generator.extensions import Extensions


def check(document: Document, extensions: Extensions) -> list[Problem]:
    problems: list[Problem] = list(extensions.problems)
    seen_ids: dict[str, str] = {}
    for op in document.operations:
        op_id = op.op.get("operationId")
        if isinstance(op_id, str):
            if op_id in seen_ids:
                problems.append(
                    document.problem(
                        [*op.where, "operationId"],
                        f"duplicate operationId {op_id!r} (also used by {seen_ids[op_id]})",
                    )
                )
            else:
                seen_ids[op_id] = op.label
        declared = {p.name for p in document.parameters(op) if p.location == "path"}
        for name in op.path_names:
            if name not in declared:
                problems.append(
                    document.problem(
                        op.where,
                        f"path parameter {{{name}}} in {op.path!r} is not declared in the operation's parameters",
                    )
                )
    return problems
