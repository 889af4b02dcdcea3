"""The KeyedAPI and AsyncKeyedAPI clients: configuration, auth and resources."""

from __future__ import annotations

import os
from functools import cached_property
from types import TracebackType

import httpx2

from ._auth import AuthScheme
from ._base_client import DEFAULT_MAX_RETRIES, NOT_GIVEN, AsyncAPIClient, Headers, NotGiven, SyncAPIClient
from ._errors import APIError, ErrorCodes, InvalidArgumentError
from ._version import __version__
from .resources.crm.crm import (
    AsyncCrmResource,
    AsyncCrmResourceWithRawResponse,
    AsyncCrmResourceWithStreamingResponse,
    CrmResource,
    CrmResourceWithRawResponse,
    CrmResourceWithStreamingResponse,
)
from .resources.webhooks import (
    AsyncWebhooksResource,
    AsyncWebhooksResourceWithRawResponse,
    AsyncWebhooksResourceWithStreamingResponse,
    WebhooksResource,
    WebhooksResourceWithRawResponse,
    WebhooksResourceWithStreamingResponse,
)

__all__ = ["AsyncKeyedAPI", "KeyedAPI"]

DEFAULT_BASE_URL: str | None = None
_USER_AGENT = f"keyed-client/{__version__} python-httpx2/{httpx2.__version__}"
# The provider's error codes (the spec's x-error-codes): the class to raise and whether a retry may help.
_ERROR_CODES = ErrorCodes(
    paths=(),
    codes={},
)

# auth (the runtime's _auth.py): the API's security schemes, what its operations ask for by default,
# and the environment variable of each credential
_AUTH_SCHEMES: dict[str, AuthScheme] = {
    "key": AuthScheme("header", ("api_key",), name="X-API-Key", env=("KEYED_API_KEY",)),
}
_AUTH_REQUIREMENTS: tuple[tuple[str, ...], ...] = (("key",),)
_CREDENTIAL_ENV: dict[str, str] = {
    "api_key": "KEYED_API_KEY",
}


def _settings(credentials: dict[str, str | None], base_url: str | None) -> tuple[dict[str, str | None], str]:
    """The credentials and base URL from the arguments, else from the environment, else a clear error."""
    for arg, env in _CREDENTIAL_ENV.items():
        if credentials.get(arg) is None:
            credentials[arg] = os.environ.get(env)
    if not any(credentials.values()):
        raise APIError("No API key: pass api_key=... to the client or set the KEYED_API_KEY environment variable.")
    if base_url is None:
        base_url = os.environ.get("KEYED_BASE_URL") or DEFAULT_BASE_URL
    if not base_url:
        raise APIError(
            "No base URL: pass base_url=... to the client or set the KEYED_BASE_URL environment variable"
            " (the URL of the server that hosts the API)."
        )
    if not base_url.startswith(("http://", "https://")):
        raise InvalidArgumentError(f"base_url must start with http:// or https://, got {base_url!r}")
    return credentials, base_url


class KeyedAPI(SyncAPIClient):
    """Synchronous client for Keyed.

    Args:
        api_key: the API key, sent in the `X-API-Key` header; defaults to the KEYED_API_KEY environment variable.
        base_url: defaults to KEYED_BASE_URL, then to the spec's server (none: this API needs your own host).
        timeout: seconds (or an httpx2.Timeout); default 60 s to read, to write and to wait for a pooled
            connection, 5 s to connect, each on its own (no overall deadline); with your own http_client, its timeout.
        max_retries: retries of failed requests that are safe to repeat; default 2.
        default_headers: headers sent with every request (NOT_GIVEN as a value removes a default one).
        strict_response_validation: raise APIResponseValidationError for an answer that does not match the
            spec, instead of returning it as received with a warning.
        drift_log: a file where every way an answer differs from the spec is recorded, as shapes (never
            customer data), one JSON line per distinct finding, for `codegen drift`; defaults to the
            KEYED_DRIFT_LOG environment variable, else nothing is recorded.
        http_client: your own httpx2.Client (proxies, transports, its own timeout); you close it.
    """

    _auth_schemes = _AUTH_SCHEMES
    _auth_requirements = _AUTH_REQUIREMENTS
    _error_codes = _ERROR_CODES

    crm: CrmResource
    webhooks: WebhooksResource

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Headers | None = None,
        strict_response_validation: bool = False,
        drift_log: str | os.PathLike[str] | None = None,
        http_client: httpx2.Client | None = None,
    ) -> None:
        credentials, base_url = _settings(
            {
                "api_key": api_key,
            },
            base_url,
        )
        super().__init__(
            api_key=None,
            credentials=credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            user_agent=_USER_AGENT,
            strict_response_validation=strict_response_validation,
            drift_log=drift_log,
            package_version=__version__,
            http_client=http_client,
        )
        self.crm = CrmResource(self)
        self.webhooks = WebhooksResource(self)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Headers | None = None,
        strict_response_validation: bool | None = None,
        drift_log: str | os.PathLike[str] | None = None,
        http_client: httpx2.Client | None = None,
    ) -> KeyedAPI:
        """A copy of this client with some options changed, sharing its connection pool (unless
        `http_client` is given). Its `default_headers` are merged over this client's."""
        return type(self)(
            api_key=self._credentials.get("api_key") if api_key is None else api_key,
            base_url=self.base_url if base_url is None else base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            default_headers={**self._custom_headers, **(default_headers or {})},
            strict_response_validation=(
                self.strict_response_validation if strict_response_validation is None else strict_response_validation
            ),
            http_client=self._client if http_client is None else http_client,
            drift_log=(self._drift.path if self._drift is not None else None) if drift_log is None else drift_log,
        )

    @cached_property
    def with_raw_response(self) -> KeyedAPIWithRawResponse:
        """Every resource, with methods that return the raw APIResponse (status, headers, `.parse()`)."""
        return KeyedAPIWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> KeyedAPIWithStreamingResponse:
        """Every resource, with methods that return a context manager around the unread response."""
        return KeyedAPIWithStreamingResponse(self)

    def __enter__(self) -> KeyedAPI:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncKeyedAPI(AsyncAPIClient):
    """Asynchronous client for Keyed; same arguments as `KeyedAPI` (http_client: an httpx2.AsyncClient)."""

    _auth_schemes = _AUTH_SCHEMES
    _auth_requirements = _AUTH_REQUIREMENTS
    _error_codes = _ERROR_CODES

    crm: AsyncCrmResource
    webhooks: AsyncWebhooksResource

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Headers | None = None,
        strict_response_validation: bool = False,
        drift_log: str | os.PathLike[str] | None = None,
        http_client: httpx2.AsyncClient | None = None,
    ) -> None:
        credentials, base_url = _settings(
            {
                "api_key": api_key,
            },
            base_url,
        )
        super().__init__(
            api_key=None,
            credentials=credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            user_agent=_USER_AGENT,
            strict_response_validation=strict_response_validation,
            drift_log=drift_log,
            package_version=__version__,
            http_client=http_client,
        )
        self.crm = AsyncCrmResource(self)
        self.webhooks = AsyncWebhooksResource(self)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Headers | None = None,
        strict_response_validation: bool | None = None,
        drift_log: str | os.PathLike[str] | None = None,
        http_client: httpx2.AsyncClient | None = None,
    ) -> AsyncKeyedAPI:
        """A copy of this client with some options changed, sharing its connection pool (unless
        `http_client` is given). Its `default_headers` are merged over this client's."""
        return type(self)(
            api_key=self._credentials.get("api_key") if api_key is None else api_key,
            base_url=self.base_url if base_url is None else base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            default_headers={**self._custom_headers, **(default_headers or {})},
            strict_response_validation=(
                self.strict_response_validation if strict_response_validation is None else strict_response_validation
            ),
            http_client=self._client if http_client is None else http_client,
            drift_log=(self._drift.path if self._drift is not None else None) if drift_log is None else drift_log,
        )

    @cached_property
    def with_raw_response(self) -> AsyncKeyedAPIWithRawResponse:
        """Every resource, with methods that return the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncKeyedAPIWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncKeyedAPIWithStreamingResponse:
        """Every resource, with methods that return an async context manager around the unread response."""
        return AsyncKeyedAPIWithStreamingResponse(self)

    async def __aenter__(self) -> AsyncKeyedAPI:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class KeyedAPIWithRawResponse:
    def __init__(self, client: KeyedAPI) -> None:
        self.crm = CrmResourceWithRawResponse(client.crm)
        self.webhooks = WebhooksResourceWithRawResponse(client.webhooks)


class AsyncKeyedAPIWithRawResponse:
    def __init__(self, client: AsyncKeyedAPI) -> None:
        self.crm = AsyncCrmResourceWithRawResponse(client.crm)
        self.webhooks = AsyncWebhooksResourceWithRawResponse(client.webhooks)


class KeyedAPIWithStreamingResponse:
    def __init__(self, client: KeyedAPI) -> None:
        self.crm = CrmResourceWithStreamingResponse(client.crm)
        self.webhooks = WebhooksResourceWithStreamingResponse(client.webhooks)


class AsyncKeyedAPIWithStreamingResponse:
    def __init__(self, client: AsyncKeyedAPI) -> None:
        self.crm = AsyncCrmResourceWithStreamingResponse(client.crm)
        self.webhooks = AsyncWebhooksResourceWithStreamingResponse(client.webhooks)
