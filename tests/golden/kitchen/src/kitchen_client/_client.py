"""The Kitchen and AsyncKitchen clients: configuration, auth and resources."""

from __future__ import annotations

import os
from functools import cached_property
from types import TracebackType

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, NOT_GIVEN, AsyncAPIClient, Headers, NotGiven, SyncAPIClient
from ._errors import APIError, ErrorCodes
from ._version import __version__
from .resources.default import (
    AsyncDefaultResource,
    AsyncDefaultResourceWithRawResponse,
    AsyncDefaultResourceWithStreamingResponse,
    DefaultResource,
    DefaultResourceWithRawResponse,
    DefaultResourceWithStreamingResponse,
)
from .resources.files import (
    AsyncFilesResource,
    AsyncFilesResourceWithRawResponse,
    AsyncFilesResourceWithStreamingResponse,
    FilesResource,
    FilesResourceWithRawResponse,
    FilesResourceWithStreamingResponse,
)
from .resources.messages import (
    AsyncMessagesResource,
    AsyncMessagesResourceWithRawResponse,
    AsyncMessagesResourceWithStreamingResponse,
    MessagesResource,
    MessagesResourceWithRawResponse,
    MessagesResourceWithStreamingResponse,
)
from .resources.misc import (
    AsyncMiscResource,
    AsyncMiscResourceWithRawResponse,
    AsyncMiscResourceWithStreamingResponse,
    MiscResource,
    MiscResourceWithRawResponse,
    MiscResourceWithStreamingResponse,
)
from .resources.nodes import (
    AsyncNodesResource,
    AsyncNodesResourceWithRawResponse,
    AsyncNodesResourceWithStreamingResponse,
    NodesResource,
    NodesResourceWithRawResponse,
    NodesResourceWithStreamingResponse,
)
from .resources.pets import (
    AsyncPetsResource,
    AsyncPetsResourceWithRawResponse,
    AsyncPetsResourceWithStreamingResponse,
    PetsResource,
    PetsResourceWithRawResponse,
    PetsResourceWithStreamingResponse,
)
from .resources.shapes import (
    AsyncShapesResource,
    AsyncShapesResourceWithRawResponse,
    AsyncShapesResourceWithStreamingResponse,
    ShapesResource,
    ShapesResourceWithRawResponse,
    ShapesResourceWithStreamingResponse,
)
from .resources.store.store import (
    AsyncStoreResource,
    AsyncStoreResourceWithRawResponse,
    AsyncStoreResourceWithStreamingResponse,
    StoreResource,
    StoreResourceWithRawResponse,
    StoreResourceWithStreamingResponse,
)
from .resources.users import (
    AsyncUsersResource,
    AsyncUsersResourceWithRawResponse,
    AsyncUsersResourceWithStreamingResponse,
    UsersResource,
    UsersResourceWithRawResponse,
    UsersResourceWithStreamingResponse,
)
from .resources.webhooks import (
    AsyncWebhooksResource,
    AsyncWebhooksResourceWithRawResponse,
    AsyncWebhooksResourceWithStreamingResponse,
    WebhooksResource,
    WebhooksResourceWithRawResponse,
    WebhooksResourceWithStreamingResponse,
)

__all__ = ["AsyncKitchen", "Kitchen"]

DEFAULT_BASE_URL: str | None = "https://eu.example.test/v2"
_USER_AGENT = f"kitchen-client/{__version__} python-httpx/{httpx.__version__}"
# The provider's error codes (the spec's x-error-codes): the class to raise and whether a retry may help.
_ERROR_CODES = ErrorCodes(
    paths=(),
    codes={},
)


def _settings(api_key: str | None, base_url: str | None) -> tuple[str | None, str]:
    """The API key and base URL from the arguments, else from the environment, else a clear error."""
    if api_key is None:
        api_key = os.environ.get("KITCHEN_API_KEY")
    if not api_key:
        raise APIError("No API key: pass api_key=... to the client or set the KITCHEN_API_KEY environment variable.")
    if base_url is None:
        base_url = os.environ.get("KITCHEN_BASE_URL") or DEFAULT_BASE_URL
    if not base_url:
        raise APIError(
            "No base URL: pass base_url=... to the client or set the KITCHEN_BASE_URL environment variable"
            " (the URL of the server that hosts the API)."
        )
    if not base_url.startswith(("http://", "https://")):
        raise ValueError(f"base_url must start with http:// or https://, got {base_url!r}")
    return api_key, base_url


class Kitchen(SyncAPIClient):
    """Synchronous client for Kitchen sink.

    Args:
        api_key: defaults to the KITCHEN_API_KEY environment variable.
        base_url: defaults to KITCHEN_BASE_URL, then to the spec's server.
        timeout: seconds (or an httpx.Timeout); default 60 s to read, to write and to wait for a pooled
            connection, 5 s to connect, each on its own (no overall deadline); with your own http_client, its timeout.
        max_retries: retries of failed requests that are safe to repeat; default 2.
        default_headers: headers sent with every request (NOT_GIVEN as a value removes a default one).
        strict_response_validation: raise APIResponseValidationError for an answer that does not match the
            spec, instead of returning it as received with a warning.
        http_client: your own httpx.Client (proxies, transports, its own timeout); you close it.
    """

    _auth_scheme = "bearer"
    _auth_name = ""
    _error_codes = _ERROR_CODES

    pets: PetsResource
    nodes: NodesResource
    shapes: ShapesResource
    misc: MiscResource
    files: FilesResource
    users: UsersResource
    store: StoreResource
    messages: MessagesResource
    default: DefaultResource
    webhooks: WebhooksResource

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Headers | None = None,
        strict_response_validation: bool = False,
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
            strict_response_validation=strict_response_validation,
            http_client=http_client,
        )
        self.pets = PetsResource(self)
        self.nodes = NodesResource(self)
        self.shapes = ShapesResource(self)
        self.misc = MiscResource(self)
        self.files = FilesResource(self)
        self.users = UsersResource(self)
        self.store = StoreResource(self)
        self.messages = MessagesResource(self)
        self.default = DefaultResource(self)
        self.webhooks = WebhooksResource(self)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Headers | None = None,
        strict_response_validation: bool | None = None,
        http_client: httpx.Client | None = None,
    ) -> Kitchen:
        """A copy of this client with some options changed, sharing its connection pool (unless
        `http_client` is given). Its `default_headers` are merged over this client's."""
        return type(self)(
            api_key=self._api_key if api_key is None else api_key,
            base_url=self.base_url if base_url is None else base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            default_headers={**self._custom_headers, **(default_headers or {})},
            strict_response_validation=(
                self.strict_response_validation if strict_response_validation is None else strict_response_validation
            ),
            http_client=self._client if http_client is None else http_client,
        )

    @cached_property
    def with_raw_response(self) -> KitchenWithRawResponse:
        """Every resource, with methods that return the raw APIResponse (status, headers, `.parse()`)."""
        return KitchenWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> KitchenWithStreamingResponse:
        """Every resource, with methods that return a context manager around the unread response."""
        return KitchenWithStreamingResponse(self)

    def __enter__(self) -> Kitchen:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncKitchen(AsyncAPIClient):
    """Asynchronous client for Kitchen sink; same arguments as `Kitchen` (http_client: an httpx.AsyncClient)."""

    _auth_scheme = "bearer"
    _auth_name = ""
    _error_codes = _ERROR_CODES

    pets: AsyncPetsResource
    nodes: AsyncNodesResource
    shapes: AsyncShapesResource
    misc: AsyncMiscResource
    files: AsyncFilesResource
    users: AsyncUsersResource
    store: AsyncStoreResource
    messages: AsyncMessagesResource
    default: AsyncDefaultResource
    webhooks: AsyncWebhooksResource

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Headers | None = None,
        strict_response_validation: bool = False,
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
            strict_response_validation=strict_response_validation,
            http_client=http_client,
        )
        self.pets = AsyncPetsResource(self)
        self.nodes = AsyncNodesResource(self)
        self.shapes = AsyncShapesResource(self)
        self.misc = AsyncMiscResource(self)
        self.files = AsyncFilesResource(self)
        self.users = AsyncUsersResource(self)
        self.store = AsyncStoreResource(self)
        self.messages = AsyncMessagesResource(self)
        self.default = AsyncDefaultResource(self)
        self.webhooks = AsyncWebhooksResource(self)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Headers | None = None,
        strict_response_validation: bool | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> AsyncKitchen:
        """A copy of this client with some options changed, sharing its connection pool (unless
        `http_client` is given). Its `default_headers` are merged over this client's."""
        return type(self)(
            api_key=self._api_key if api_key is None else api_key,
            base_url=self.base_url if base_url is None else base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            default_headers={**self._custom_headers, **(default_headers or {})},
            strict_response_validation=(
                self.strict_response_validation if strict_response_validation is None else strict_response_validation
            ),
            http_client=self._client if http_client is None else http_client,
        )

    @cached_property
    def with_raw_response(self) -> AsyncKitchenWithRawResponse:
        """Every resource, with methods that return the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncKitchenWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncKitchenWithStreamingResponse:
        """Every resource, with methods that return an async context manager around the unread response."""
        return AsyncKitchenWithStreamingResponse(self)

    async def __aenter__(self) -> AsyncKitchen:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class KitchenWithRawResponse:
    def __init__(self, client: Kitchen) -> None:
        self.pets = PetsResourceWithRawResponse(client.pets)
        self.nodes = NodesResourceWithRawResponse(client.nodes)
        self.shapes = ShapesResourceWithRawResponse(client.shapes)
        self.misc = MiscResourceWithRawResponse(client.misc)
        self.files = FilesResourceWithRawResponse(client.files)
        self.users = UsersResourceWithRawResponse(client.users)
        self.store = StoreResourceWithRawResponse(client.store)
        self.messages = MessagesResourceWithRawResponse(client.messages)
        self.default = DefaultResourceWithRawResponse(client.default)
        self.webhooks = WebhooksResourceWithRawResponse(client.webhooks)


class AsyncKitchenWithRawResponse:
    def __init__(self, client: AsyncKitchen) -> None:
        self.pets = AsyncPetsResourceWithRawResponse(client.pets)
        self.nodes = AsyncNodesResourceWithRawResponse(client.nodes)
        self.shapes = AsyncShapesResourceWithRawResponse(client.shapes)
        self.misc = AsyncMiscResourceWithRawResponse(client.misc)
        self.files = AsyncFilesResourceWithRawResponse(client.files)
        self.users = AsyncUsersResourceWithRawResponse(client.users)
        self.store = AsyncStoreResourceWithRawResponse(client.store)
        self.messages = AsyncMessagesResourceWithRawResponse(client.messages)
        self.default = AsyncDefaultResourceWithRawResponse(client.default)
        self.webhooks = AsyncWebhooksResourceWithRawResponse(client.webhooks)


class KitchenWithStreamingResponse:
    def __init__(self, client: Kitchen) -> None:
        self.pets = PetsResourceWithStreamingResponse(client.pets)
        self.nodes = NodesResourceWithStreamingResponse(client.nodes)
        self.shapes = ShapesResourceWithStreamingResponse(client.shapes)
        self.misc = MiscResourceWithStreamingResponse(client.misc)
        self.files = FilesResourceWithStreamingResponse(client.files)
        self.users = UsersResourceWithStreamingResponse(client.users)
        self.store = StoreResourceWithStreamingResponse(client.store)
        self.messages = MessagesResourceWithStreamingResponse(client.messages)
        self.default = DefaultResourceWithStreamingResponse(client.default)
        self.webhooks = WebhooksResourceWithStreamingResponse(client.webhooks)


class AsyncKitchenWithStreamingResponse:
    def __init__(self, client: AsyncKitchen) -> None:
        self.pets = AsyncPetsResourceWithStreamingResponse(client.pets)
        self.nodes = AsyncNodesResourceWithStreamingResponse(client.nodes)
        self.shapes = AsyncShapesResourceWithStreamingResponse(client.shapes)
        self.misc = AsyncMiscResourceWithStreamingResponse(client.misc)
        self.files = AsyncFilesResourceWithStreamingResponse(client.files)
        self.users = AsyncUsersResourceWithStreamingResponse(client.users)
        self.store = AsyncStoreResourceWithStreamingResponse(client.store)
        self.messages = AsyncMessagesResourceWithStreamingResponse(client.messages)
        self.default = AsyncDefaultResourceWithStreamingResponse(client.default)
        self.webhooks = AsyncWebhooksResourceWithStreamingResponse(client.webhooks)
