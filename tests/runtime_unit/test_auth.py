"""`_auth`: which credentials an operation's security requirements send, and where they go."""

from __future__ import annotations

import base64

import pytest
from runtime._auth import AuthParts, AuthScheme, apply_auth, check_credentials, secret_values
from runtime._errors import APIError

SCHEMES = {
    "basic": AuthScheme("basic", ("username", "password"), env=("X_USERNAME", "X_PASSWORD")),
    "bearer": AuthScheme("bearer", ("bearer",), env=("X_BEARER",)),
    "key": AuthScheme("header", ("key",), name="X-Key", env=("X_KEY",)),
    "q": AuthScheme("query", ("q",), name="api key"),
    "c": AuthScheme("cookie", ("c",), name="session"),
}


def _parts() -> AuthParts:
    return AuthParts({}, [], [])


def test_basic_sends_username_and_password() -> None:
    parts = _parts()
    apply_auth(SCHEMES, (("basic",),), {"username": "ann", "password": "p:w"}, parts)
    token = base64.b64encode(b"ann:p:w").decode()
    assert parts.headers == {"Authorization": f"Basic {token}"}


def test_the_first_requirement_the_credentials_meet_is_sent() -> None:
    parts = _parts()
    credentials = {"bearer": None, "key": "k1", "username": "u", "password": None}
    apply_auth(SCHEMES, (("bearer",), ("basic",), ("key",)), credentials, parts)
    assert parts.headers == {"X-Key": "k1"}


def test_a_requirement_of_several_schemes_sends_them_together() -> None:
    parts = _parts()
    apply_auth(SCHEMES, (("key", "q", "c"),), {"key": "k", "q": "a&b", "c": "s 1"}, parts)
    assert parts.headers == {"X-Key": "k"}
    assert parts.query == ["api%20key=a%26b"]
    assert parts.cookies == ["session=s%201"]


def test_an_operation_that_may_go_without_credentials_sends_none() -> None:
    parts = _parts()
    apply_auth(SCHEMES, ((), ("bearer",)), {}, parts)
    assert parts == _parts()


def test_a_call_whose_requirements_cannot_be_met_is_refused_naming_what_is_missing() -> None:
    with pytest.raises(APIError) as caught:
        apply_auth(SCHEMES, (("bearer",), ("basic",)), {"username": "u"}, _parts())
    text = str(caught.value)
    assert "pass bearer=... to the client or set X_BEARER" in text
    assert (
        "pass username=... and password=... to the client or set X_USERNAME and X_PASSWORD" in text
    )


def test_a_client_with_no_credentials_at_all_is_refused_only_when_every_call_needs_some() -> None:
    with pytest.raises(APIError, match="No credentials"):
        check_credentials(SCHEMES, (("bearer",),), {"bearer": None})
    check_credentials(SCHEMES, ((), ("bearer",)), {"bearer": None})
    check_credentials(SCHEMES, (("bearer",),), {"bearer": "t"})


def test_a_credential_with_a_newline_is_refused_without_echoing_it() -> None:
    with pytest.raises(ValueError, match="password must not contain CR, LF or NUL") as caught:
        secret_values({"username": "u", "password": "hunter2\n"})
    assert "hunter2" not in str(caught.value)
