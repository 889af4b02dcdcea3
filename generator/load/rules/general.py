"""Rules every document must meet: well-formed extensions (as `extensions.py` read them), unique
operationIds, and every path parameter declared; and warnings about security requirements that name
a scheme the document does not declare (taken case-insensitively when that is unambiguous, else the
requirement is left out)."""

from __future__ import annotations

from generator.errors import Problem
from generator.load.document import Document
from generator.load.extensions import Extensions


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
    problems += _security_names(document)
    return problems


def _security_names(document: Document) -> list[Problem]:
    places: list[tuple[tuple[object, ...], object]] = [
        (("security",), document.data.get("security"))
    ]
    places += [((*op.where, "security"), op.op.get("security")) for op in document.operations]
    problems: list[Problem] = []
    for where, security in places:
        for index, requirement in enumerate(security if isinstance(security, list) else []):
            for name in requirement if isinstance(requirement, dict) else {}:
                meant = document.security_scheme_name(str(name))
                if meant == name:
                    continue
                what = (
                    f"taken as {meant!r}, declared in another case"
                    if meant is not None
                    else "this requirement is left out (its operations send no credentials for it)"
                )
                problems.append(
                    document.problem(
                        [*where, index, name],
                        f"security requirement names {name!r}, which is not a declared security "
                        f"scheme: {what}",
                        warning=True,
                    )
                )
    return problems
