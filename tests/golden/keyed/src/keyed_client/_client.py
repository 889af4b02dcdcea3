"""The KeyedAPI and AsyncKeyedAPI clients: configuration, auth and resources."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient
from ._errors import APIError
from ._version import __version__
from .resources.crm.crm import (
    AsyncCrmResource,
    AsyncCrmResourceWithRawResponse,
    CrmResource,
    CrmResourceWithRawResponse,
)
from .resources.webhooks import (
    AsyncWebhooksResource,
    AsyncWebhooksResourceWithRawResponse,
    WebhooksResource,
    WebhooksResourceWithRawResponse,
)

__all__ = ["AsyncKeyedAPI", "KeyedAPI"]

DEFAULT_BASE_URL: str | None = None
_USER_AGENT = f"keyed-client/{__version__} python-httpx/{httpx.__version__}"


def _settings(api_key: str | None, base_url: str | None) -> tuple[str | None, str]:
    """The API key and base URL from the arguments, else from the environment, else a clear error."""
    if api_key is None:
        api_key = os.environ.get("KEYED_API_KEY")
    if not api_key:
        raise APIError("No API key: pass api_key=... to the client or set the KEYED_API_KEY environment variable.")
    if base_url is None:
        base_url = os.environ.get("KEYED_BASE_URL") or DEFAULT_BASE_URL
    if not base_url:
        raise APIError(
            "No base URL: pass base_url=... to the client or set the KEYED_BASE_URL environment variable"
            " (the URL of the server that hosts the API)."
        )
    if not base_url.startswith(("http://", "https://")):
        raise ValueError(f"base_url must start with http:// or https://, got {base_url!r}")
    return api_key, base_url


class KeyedAPI(SyncAPIClient):
    """Synchronous client for Keyed.

    Args:
        api_key: defaults to the KEYED_API_KEY environment variable.
        base_url: defaults to KEYED_BASE_URL, then to the spec's server (none: this API needs your own host).
        timeout: seconds (or an httpx.Timeout); default 60 s overall and 5 s to connect.
        max_retries: retries of failed requests that are safe to repeat; default 2.
        default_headers: headers sent with every request.
        http_client: your own httpx.Client (proxies, transports); you close it.
    """

    _auth_scheme = "header"
    _auth_name = "X-API-Key"

    crm: CrmResource
    webhooks: WebhooksResource

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        api_key, base_url = _settings(api_key, base_url)
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            user_agent=_USER_AGENT,
            http_client=http_client,
        )
        self.crm = CrmResource(self)
        self.webhooks = WebhooksResource(self)

    @cached_property
    def with_raw_response(self) -> KeyedAPIWithRawResponse:
        """Every resource, with methods that return the raw APIResponse (status, headers, `.parse()`)."""
        return KeyedAPIWithRawResponse(self)

    def __enter__(self) -> KeyedAPI:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncKeyedAPI(AsyncAPIClient):
    """Asynchronous client for Keyed; same arguments as `KeyedAPI` (http_client: an httpx.AsyncClient)."""

    _auth_scheme = "header"
    _auth_name = "X-API-Key"

    crm: AsyncCrmResource
    webhooks: AsyncWebhooksResource

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        api_key, base_url = _settings(api_key, base_url)
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            user_agent=_USER_AGENT,
            http_client=http_client,
        )
        self.crm = AsyncCrmResource(self)
        self.webhooks = AsyncWebhooksResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncKeyedAPIWithRawResponse:
        """Every resource, with methods that return the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncKeyedAPIWithRawResponse(self)

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
