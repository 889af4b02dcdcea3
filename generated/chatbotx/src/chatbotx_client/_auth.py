"""Credentials on a request: the API's security schemes, and which of them an operation asks for.

A client knows its schemes by name (`AuthScheme`: where each one goes and which of the client's
credentials it is made of) and the credentials it was given (`api_key`, `username`, `password`...).
An operation asks for a list of requirements, each a set of schemes to send together; the first
requirement whose every scheme has its credentials is sent. When none can be met and the operation
may also be called without credentials, nothing is sent; otherwise the call is refused before
anything goes out, naming what is missing.

http basic takes two credentials (username and password); bearer tokens, OAuth2 and OpenID Connect
access tokens go out as `Authorization: Bearer <token>`; API keys in a header, the query or a cookie.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from ._errors import APIError
from ._qs import quote_component, set_header

AuthKind = Literal["bearer", "basic", "header", "query", "cookie"]
Requirements = tuple[tuple[str, ...], ...]  # alternatives, each the schemes to send together


@dataclass(frozen=True, slots=True)
class AuthScheme:
    """One security scheme: how it is sent, and the client credentials it is made of."""

    kind: AuthKind
    credentials: tuple[str, ...]  # ("api_key",) or ("username", "password")
    name: str = ""  # the header, query parameter or cookie of an API key
    env: tuple[str, ...] = ()  # the environment variables of those credentials, for messages


@dataclass(slots=True)
class AuthParts:
    """What the chosen schemes add to a request."""

    headers: dict[str, str]
    query: list[str]
    cookies: list[str]


def apply_auth(
    schemes: Mapping[str, AuthScheme],
    requirements: Requirements,
    credentials: Mapping[str, str | None],
    parts: AuthParts,
) -> None:
    """Add the credentials of the first requirement that can be met to `parts`."""
    if not requirements:
        return
    for requirement in requirements:
        if all(_has(schemes.get(name), credentials) for name in requirement):
            for name in requirement:
                _send(schemes[name], credentials, parts)
            return
    if any(not requirement for requirement in requirements):
        return  # the operation may also be called without credentials
    raise APIError(f"This operation needs credentials: {_missing(schemes, requirements)}.")


def check_credentials(
    schemes: Mapping[str, AuthScheme], requirements: Requirements, credentials: Mapping[str, str | None]
) -> None:
    """Refuse a client that was given no credentials at all for an API whose calls all need some."""
    if not requirements or any(not r for r in requirements):
        return
    if any(value for value in credentials.values()):
        return
    raise APIError(f"No credentials: {_missing(schemes, requirements)}.")


def secret_values(credentials: Mapping[str, str | None]) -> list[str]:
    """The credential values given (for masking), validated: no CR, LF or NUL."""
    values: list[str] = []
    for name, value in credentials.items():
        if value is None:
            continue
        if any(ch in value for ch in "\r\n\x00"):
            # Refused here, not by httpx2 at send time (which looked like a connection error, was retried,
            # and chained an exception that printed the key). The value itself is never echoed.
            raise ValueError(f"{name} must not contain CR, LF or NUL characters (a trailing newline from a file?)")
        values.append(value)
    return values


def query_names(schemes: Mapping[str, AuthScheme]) -> list[str]:
    """The query parameters that carry a credential (masked in log lines)."""
    return [s.name for s in schemes.values() if s.kind == "query" and s.name]


def _has(scheme: AuthScheme | None, credentials: Mapping[str, str | None]) -> bool:
    return scheme is not None and all(credentials.get(c) for c in scheme.credentials)


def _send(scheme: AuthScheme, credentials: Mapping[str, str | None], parts: AuthParts) -> None:
    values = [credentials.get(c) or "" for c in scheme.credentials]
    if scheme.kind == "basic":
        user, password = [*values, ""][:2]
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        set_header(parts.headers, "Authorization", f"Basic {token}")
    elif scheme.kind == "bearer":
        set_header(parts.headers, "Authorization", f"Bearer {values[0]}")
    elif scheme.kind == "header":
        set_header(parts.headers, scheme.name, values[0])
    elif scheme.kind == "query":
        parts.query.append(f"{quote_component(scheme.name)}={quote_component(values[0])}")
    else:
        parts.cookies.append(f"{scheme.name}={quote_component(values[0])}")


def _missing(schemes: Mapping[str, AuthScheme], requirements: Requirements) -> str:
    options: list[str] = []
    for requirement in requirements:
        found = [schemes[name] for name in requirement if name in schemes]
        if len(found) != len(requirement):
            continue
        args = [arg for scheme in found for arg in scheme.credentials]
        envs = [env for scheme in found for env in scheme.env]
        pass_ = " and ".join(f"{arg}=..." for arg in args)
        text = f"pass {pass_} to the client" + (f" or set {' and '.join(envs)}" if envs else "")
        options.append(text)
    return "; or ".join(_unique(options)) or "no security scheme of this operation is known"


def _unique(items: Sequence[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out
