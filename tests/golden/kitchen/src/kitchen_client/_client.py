"""The Kitchen and AsyncKitchen clients: configuration, auth and resources."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient
from ._errors import APIError
from ._version import __version__
from .resources.default import (
    AsyncDefaultResource,
    AsyncDefaultResourceWithRawResponse,
    DefaultResource,
    DefaultResourceWithRawResponse,
)
from .resources.files import (
    AsyncFilesResource,
    AsyncFilesResourceWithRawResponse,
    FilesResource,
    FilesResourceWithRawResponse,
)
from .resources.messages import (
    AsyncMessagesResource,
    AsyncMessagesResourceWithRawResponse,
    MessagesResource,
    MessagesResourceWithRawResponse,
)
from .resources.misc import (
    AsyncMiscResource,
    AsyncMiscResourceWithRawResponse,
    MiscResource,
    MiscResourceWithRawResponse,
)
from .resources.nodes import (
    AsyncNodesResource,
    AsyncNodesResourceWithRawResponse,
    NodesResource,
    NodesResourceWithRawResponse,
)
from .resources.pets import (
    AsyncPetsResource,
    AsyncPetsResourceWithRawResponse,
    PetsResource,
    PetsResourceWithRawResponse,
)
from .resources.shapes import (
    AsyncShapesResource,
    AsyncShapesResourceWithRawResponse,
    ShapesResource,
    ShapesResourceWithRawResponse,
)
from .resources.store.store import (
    AsyncStoreResource,
    AsyncStoreResourceWithRawResponse,
    StoreResource,
    StoreResourceWithRawResponse,
)
from .resources.users import (
    AsyncUsersResource,
    AsyncUsersResourceWithRawResponse,
    UsersResource,
    UsersResourceWithRawResponse,
)
from .resources.webhooks import (
    AsyncWebhooksResource,
    AsyncWebhooksResourceWithRawResponse,
    WebhooksResource,
    WebhooksResourceWithRawResponse,
)

__all__ = ["AsyncKitchen", "Kitchen"]

DEFAULT_BASE_URL: str | None = "https://eu.example.test/v2"
_USER_AGENT = f"kitchen-client/{__version__} python-httpx/{httpx.__version__}"


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
        timeout: seconds (or an httpx.Timeout); default 60 s overall and 5 s to connect.
        max_retries: retries of failed requests that are safe to repeat; default 2.
        default_headers: headers sent with every request.
        http_client: your own httpx.Client (proxies, transports); you close it.
    """

    _auth_scheme = "bearer"
    _auth_name = ""

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

    @cached_property
    def with_raw_response(self) -> KitchenWithRawResponse:
        """Every resource, with methods that return the raw APIResponse (status, headers, `.parse()`)."""
        return KitchenWithRawResponse(self)

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

    @cached_property
    def with_raw_response(self) -> AsyncKitchenWithRawResponse:
        """Every resource, with methods that return the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncKitchenWithRawResponse(self)

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
