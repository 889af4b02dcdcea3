"""Security schemes -> `ir.Auth`: the credentials a client takes and how each scheme sends them.

Every scheme a security requirement names (the document's or an operation's), else every declared one,
becomes a runtime `AuthScheme`:

- http `basic`: two credentials, `username` and `password`;
- http `bearer` (or any other http scheme), `oauth2` and `openIdConnect`: one token, sent as
  `Authorization: Bearer <token>`;
- `apiKey` in a header, the query or a cookie: one key, under its name.

A client with one single-value credential calls it `api_key` (`<PREFIX>_API_KEY`); with several,
each is named after its scheme (`bearer_auth`, `cookie`), each with an environment variable of its
own. A scheme whose `in` or `type` cannot be sent (`mutualTLS`) is left out.
"""

from __future__ import annotations

from typing import Any, Literal

from generator.ir import nodes as ir
from generator.ir.context import lit
from generator.load.document import Document, PathOperation
from generator.naming import comment, snake, unique

Kind = Literal["bearer", "basic", "header", "query", "cookie"]

# Constructor arguments of every client: a credential never takes one of these names.
_CLIENT_ARGS = frozenset(
    {"base_url", "timeout", "max_retries", "default_headers", "http_client", "username", "password"}
)


def scheme_kind(scheme: dict[str, Any]) -> Kind | None:
    """How a security scheme object is sent, or None when a client cannot send it."""
    kind = scheme.get("type")
    if kind == "http":
        return "basic" if str(scheme.get("scheme", "")).lower() == "basic" else "bearer"
    if kind in ("oauth2", "openIdConnect"):
        return "bearer"
    if (
        kind == "apiKey"
        and scheme.get("in") in ("header", "query", "cookie")
        and scheme.get("name")
    ):
        return scheme["in"]  # type: ignore[no-any-return]
    return None


def requirements(document: Document, security: Any) -> list[tuple[str, ...]] | None:
    """A `security` list as alternatives of declared scheme names (a requirement naming an unknown
    scheme is left out; the rules warn about it). None when `security` is not a list."""
    if not isinstance(security, list):
        return None
    out: list[tuple[str, ...]] = []
    for requirement in security:
        if not isinstance(requirement, dict):
            continue
        names = [document.security_scheme_name(str(name)) for name in requirement]
        if all(name is not None and _usable(document, name) for name in names):
            alternative = tuple(name for name in names if name is not None)
            if alternative not in out:
                out.append(alternative)
    return out


def _usable(document: Document, name: str) -> bool:
    scheme = document.security_schemes.get(name)
    return isinstance(scheme, dict) and scheme_kind(scheme) is not None


def operation_security(document: Document, op: PathOperation) -> list[tuple[str, ...]] | None:
    """The operation's own requirements, or None when it has none (the document's default applies)."""
    return requirements(document, op.op.get("security")) if "security" in op.op else None


def build_auth(
    document: Document, env_prefix: str, reserved: frozenset[str] = frozenset()
) -> ir.Auth:
    """The credentials and schemes of the clients; `reserved`: names a credential never takes."""
    default = requirements(document, document.data.get("security")) or []
    per_op = [operation_security(document, op) for op in document.operations]
    used: list[str] = []
    for alternatives in [default, *[r for r in per_op if r is not None]]:
        for requirement in alternatives:
            used += [name for name in requirement if name not in used]
    if not used:  # no requirement names a scheme: every declared one is offered
        used = [name for name in document.security_schemes if _usable(document, name)]
    schemes = {name: document.security_schemes[name] for name in used}
    kinds = {name: scheme_kind(s) for name, s in schemes.items()}
    single = [name for name in used if kinds[name] != "basic"]
    basic = [name for name in used if kinds[name] == "basic"]
    taken = set(_CLIENT_ARGS) | set(reserved)
    args: dict[str, tuple[str, ...]] = {}
    for name in single:
        arg = "api_key" if len(single) == 1 else unique(snake(name, fallback="token"), taken)
        taken.add(arg)
        args[name] = (arg,)
    prefixes: set[str] = set()
    for name in basic:
        prefix = "" if len(basic) == 1 else unique(snake(name, fallback="basic"), prefixes) + "_"
        args[name] = (f"{prefix}username", f"{prefix}password")
    credentials: list[ir.Credential] = []
    for name in used:
        for arg in args[name]:
            if arg not in [c.arg for c in credentials]:
                what = _credential_doc(schemes[name], arg)
                credentials.append(ir.Credential(arg, f"{env_prefix}_{arg.upper()}", what))
    env = {c.arg: c.env for c in credentials}
    every_op = [r if r is not None else default for r in per_op]
    required = bool(every_op) and all(r and all(req for req in r) for r in every_op)
    docs = [comment(s.get("description")) for s in schemes.values() if s.get("description")]
    return ir.Auth(
        schemes=tuple(
            ir.AuthScheme(
                key_lit=lit(name),
                kind=kinds[name] or "bearer",
                name_lit=lit(str(schemes[name].get("name", "")))
                if kinds[name] in ("header", "query", "cookie")
                else "''",
                credentials_lit=lit(args[name]),
                env_lit=lit(tuple(env[a] for a in args[name])),
            )
            for name in used
        ),
        credentials=tuple(credentials),
        requirements_lit=lit(tuple(default)),
        doc=" ".join(docs),
        required=required,
        missing_lit=lit(_missing(credentials, [args[n] for n in used])),
        env_hint=_env_hint(credentials),
        sent_md=_sent_md(schemes, kinds, args, env),
        summary="+".join(dict.fromkeys(k for k in (kinds[n] for n in used) if k)) or "none",
    )


def _env_hint(credentials: list[ir.Credential]) -> str:
    if [c.arg for c in credentials] == ["api_key"]:
        return f"API key from {credentials[0].env}"
    if not credentials:
        return "no credentials needed"
    return "credentials from " + ", ".join(c.env for c in credentials)


def _missing(credentials: list[ir.Credential], groups: list[tuple[str, ...]]) -> str:
    """What a client given no credentials says."""
    env = {c.arg: c.env for c in credentials}
    if [c.arg for c in credentials] == ["api_key"]:
        return (
            f"No API key: pass api_key=... to the client or set the {env['api_key']} environment "
            "variable."
        )
    options = [
        " and ".join(f"{a}=..." for a in group) + f" (or {' and '.join(env[a] for a in group)})"
        for group in dict.fromkeys(groups)
    ]
    return f"No credentials: pass {'; or '.join(options)} to the client."


def _credential_doc(scheme: dict[str, Any], arg: str) -> str:
    kind = scheme_kind(scheme)
    if kind == "basic":
        return f"the HTTP basic auth {arg.rsplit('_', 1)[-1]}"
    if kind == "bearer":
        what = {
            "oauth2": "an OAuth2 access token",
            "openIdConnect": "an OpenID Connect access token",
        }
        return f"{what.get(str(scheme.get('type')), 'the bearer token')}, sent as `Authorization: Bearer ...`"
    where = {"header": "header", "query": "query parameter", "cookie": "cookie"}[
        str(scheme.get("in"))
    ]
    return comment(f"the API key, sent in the `{scheme.get('name')}` {where}")


def _sent_md(
    schemes: dict[str, dict[str, Any]],
    kinds: dict[str, Kind | None],
    args: dict[str, tuple[str, ...]],
    env: dict[str, str],
) -> str:
    """One Markdown sentence per scheme: which argument (and variable) goes where on the wire."""
    if not schemes:
        return "none: the API takes no credentials."
    parts: list[str] = []
    for name, kind in kinds.items():
        given = " and ".join(f"`{a}=` (or `{env[a]}`)" for a in args[name])
        wire_name = comment(str(schemes[name].get("name", ""))).replace("`", "'")
        where = {
            "bearer": f"`Authorization: Bearer <{args[name][0]}>`",
            "basic": "`Authorization: Basic base64(<username>:<password>)`",
            "header": f"the `{wire_name}` header",
            "query": f"the `{wire_name}` query parameter",
            "cookie": f"the `{wire_name}` cookie",
        }[kind or "bearer"]
        parts.append(f"{given}, sent as {where}")
    return "; ".join(parts) + "."
