"""Security schemes -> `ir.Auth`: how the client sends its API key (the first usable scheme the
document's security requirements name, else the first http or apiKey scheme)."""

from __future__ import annotations

from typing import Any

from generator import ir
from generator.build.context import lit
from generator.document import Document
from generator.naming import comment


def build_auth(document: Document) -> ir.Auth:
    components = document.data.get("components")
    schemes = (components.get("securitySchemes") if isinstance(components, dict) else None) or {}
    chosen: dict[str, Any] | None = None
    for requirement in document.data.get("security") or []:
        if isinstance(requirement, dict):
            for name in requirement:
                candidate = document.deref(schemes.get(name))
                if isinstance(candidate, dict):
                    chosen = candidate
                    break
        if chosen:
            break
    if chosen is None:
        for candidate in schemes.values():
            candidate = document.deref(candidate)
            if isinstance(candidate, dict) and candidate.get("type") in ("http", "apiKey"):
                chosen = candidate
                break
    if chosen is None:
        return ir.Auth("none")
    doc = comment(chosen.get("description"))
    if chosen.get("type") == "http":
        if str(chosen.get("scheme", "")).lower() == "basic":
            return ir.Auth(
                "basic",
                doc=doc,
                required=True,
                key_hint=' For HTTP basic auth, "username:password".',
            )
        return ir.Auth("bearer", doc=doc, required=True)
    if chosen.get("type") == "apiKey" and chosen.get("in") in ("header", "query", "cookie"):
        return ir.Auth(
            chosen["in"], name_lit=lit(str(chosen.get("name", ""))), doc=doc, required=True
        )
    if chosen.get("type") in ("oauth2", "openIdConnect"):
        return ir.Auth("bearer", doc=doc, required=True)
    return ir.Auth("none")
