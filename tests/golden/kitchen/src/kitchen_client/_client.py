"""The Kitchen and AsyncKitchen clients: configuration, auth and resources."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType

import httpx

from ._auth import AuthScheme
from ._base_client import DEFAULT_MAX_RETRIES, NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient
from ._errors import APIError
from ._version import __version__
from .resources.default import (
    AsyncDefaultResource,
    AsyncDefaultResourceWithRawResponse,
    DefaultResource,
    DefaultResourceWithRawResponse,
)
from .resources.download import (
    AsyncDownloadResource,
    AsyncDownloadResourceWithRawResponse,
    DownloadResource,
    DownloadResourceWithRawResponse,
)
from .resources.echo import (
    AsyncEchoResource,
    AsyncEchoResourceWithRawResponse,
    EchoResource,
    EchoResourceWithRawResponse,
)
from .resources.form import (
    AsyncFormResource,
    AsyncFormResourceWithRawResponse,
    FormResource,
    FormResourceWithRawResponse,
)
from .resources.maps import (
    AsyncMapsResource,
    AsyncMapsResourceWithRawResponse,
    MapsResource,
    MapsResourceWithRawResponse,
)
from .resources.messages import (
    AsyncMessagesResource,
    AsyncMessagesResourceWithRawResponse,
    MessagesResource,
    MessagesResourceWithRawResponse,
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
from .resources.raw import AsyncRawResource, AsyncRawResourceWithRawResponse, RawResource, RawResourceWithRawResponse
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
from .resources.upload import (
    AsyncUploadResource,
    AsyncUploadResourceWithRawResponse,
    UploadResource,
    UploadResourceWithRawResponse,
)
from .resources.users import (
    AsyncUsersResource,
    AsyncUsersResourceWithRawResponse,
    UsersResource,
    UsersResourceWithRawResponse,
)
from .resources.values import (
    AsyncValuesResource,
    AsyncValuesResourceWithRawResponse,
    ValuesResource,
    ValuesResourceWithRawResponse,
)

__all__ = ["AsyncKitchen", "Kitchen"]

DEFAULT_BASE_URL: str | None = "https://eu.example.test/v2"
_USER_AGENT = f"kitchen-client/{__version__} python-httpx/{httpx.__version__}"

# auth (the runtime's _auth.py): the API's security schemes, what its operations ask for by default,
# and the environment variable of each credential
_AUTH_SCHEMES: dict[str, AuthScheme] = {
    "bearer": AuthScheme("bearer", ("api_key",), name="", env=("KITCHEN_API_KEY",)),
}
_AUTH_REQUIREMENTS: tuple[tuple[str, ...], ...] = (("bearer",),)
_CREDENTIAL_ENV: dict[str, str] = {
    "api_key": "KITCHEN_API_KEY",
}


def _settings(credentials: dict[str, str | None], base_url: str | None) -> tuple[dict[str, str | None], str]:
    """The credentials and base URL from the arguments, else from the environment, else a clear error."""
    for arg, env in _CREDENTIAL_ENV.items():
        if credentials.get(arg) is None:
            credentials[arg] = os.environ.get(env)
    if base_url is None:
        base_url = os.environ.get("KITCHEN_BASE_URL") or DEFAULT_BASE_URL
    if not base_url:
        raise APIError(
            "No base URL: pass base_url=... to the client or set the KITCHEN_BASE_URL environment variable"
            " (the URL of the server that hosts the API)."
        )
    if not base_url.startswith(("http://", "https://")):
        raise ValueError(f"base_url must start with http:// or https://, got {base_url!r}")
    return credentials, base_url


class Kitchen(SyncAPIClient):
    """Synchronous client for Kitchen sink.

    Args:
        api_key: the bearer token, sent as `Authorization: Bearer ...`; defaults to the KITCHEN_API_KEY environment variable.
        base_url: defaults to KITCHEN_BASE_URL, then to the spec's server.
        timeout: seconds (or an httpx.Timeout); default 60 s overall and 5 s to connect.
        max_retries: retries of failed requests that are safe to repeat; default 2.
        default_headers: headers sent with every request.
        http_client: your own httpx.Client (proxies, transports); you close it.
    """

    _auth_schemes = _AUTH_SCHEMES
    _auth_requirements = _AUTH_REQUIREMENTS

    pets: PetsResource
    nodes: NodesResource
    shapes: ShapesResource
    maps: MapsResource
    values: ValuesResource
    form: FormResource
    upload: UploadResource
    download: DownloadResource
    raw: RawResource
    echo: EchoResource
    users: UsersResource
    store: StoreResource
    messages: MessagesResource
    default: DefaultResource

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
            http_client=http_client,
        )
        self.pets = PetsResource(self)
        self.nodes = NodesResource(self)
        self.shapes = ShapesResource(self)
        self.maps = MapsResource(self)
        self.values = ValuesResource(self)
        self.form = FormResource(self)
        self.upload = UploadResource(self)
        self.download = DownloadResource(self)
        self.raw = RawResource(self)
        self.echo = EchoResource(self)
        self.users = UsersResource(self)
        self.store = StoreResource(self)
        self.messages = MessagesResource(self)
        self.default = DefaultResource(self)

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

    _auth_schemes = _AUTH_SCHEMES
    _auth_requirements = _AUTH_REQUIREMENTS

    pets: AsyncPetsResource
    nodes: AsyncNodesResource
    shapes: AsyncShapesResource
    maps: AsyncMapsResource
    values: AsyncValuesResource
    form: AsyncFormResource
    upload: AsyncUploadResource
    download: AsyncDownloadResource
    raw: AsyncRawResource
    echo: AsyncEchoResource
    users: AsyncUsersResource
    store: AsyncStoreResource
    messages: AsyncMessagesResource
    default: AsyncDefaultResource

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
            http_client=http_client,
        )
        self.pets = AsyncPetsResource(self)
        self.nodes = AsyncNodesResource(self)
        self.shapes = AsyncShapesResource(self)
        self.maps = AsyncMapsResource(self)
        self.values = AsyncValuesResource(self)
        self.form = AsyncFormResource(self)
        self.upload = AsyncUploadResource(self)
        self.download = AsyncDownloadResource(self)
        self.raw = AsyncRawResource(self)
        self.echo = AsyncEchoResource(self)
        self.users = AsyncUsersResource(self)
        self.store = AsyncStoreResource(self)
        self.messages = AsyncMessagesResource(self)
        self.default = AsyncDefaultResource(self)

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
        self.maps = MapsResourceWithRawResponse(client.maps)
        self.values = ValuesResourceWithRawResponse(client.values)
        self.form = FormResourceWithRawResponse(client.form)
        self.upload = UploadResourceWithRawResponse(client.upload)
        self.download = DownloadResourceWithRawResponse(client.download)
        self.raw = RawResourceWithRawResponse(client.raw)
        self.echo = EchoResourceWithRawResponse(client.echo)
        self.users = UsersResourceWithRawResponse(client.users)
        self.store = StoreResourceWithRawResponse(client.store)
        self.messages = MessagesResourceWithRawResponse(client.messages)
        self.default = DefaultResourceWithRawResponse(client.default)


class AsyncKitchenWithRawResponse:
    def __init__(self, client: AsyncKitchen) -> None:
        self.pets = AsyncPetsResourceWithRawResponse(client.pets)
        self.nodes = AsyncNodesResourceWithRawResponse(client.nodes)
        self.shapes = AsyncShapesResourceWithRawResponse(client.shapes)
        self.maps = AsyncMapsResourceWithRawResponse(client.maps)
        self.values = AsyncValuesResourceWithRawResponse(client.values)
        self.form = AsyncFormResourceWithRawResponse(client.form)
        self.upload = AsyncUploadResourceWithRawResponse(client.upload)
        self.download = AsyncDownloadResourceWithRawResponse(client.download)
        self.raw = AsyncRawResourceWithRawResponse(client.raw)
        self.echo = AsyncEchoResourceWithRawResponse(client.echo)
        self.users = AsyncUsersResourceWithRawResponse(client.users)
        self.store = AsyncStoreResourceWithRawResponse(client.store)
        self.messages = AsyncMessagesResourceWithRawResponse(client.messages)
        self.default = AsyncDefaultResourceWithRawResponse(client.default)
