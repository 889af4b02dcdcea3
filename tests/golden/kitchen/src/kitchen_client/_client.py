"""The Kitchen and AsyncKitchen clients: configuration, auth and resources."""

from __future__ import annotations

import os
from functools import cached_property
from types import TracebackType

import httpx2

from ._auth import AuthScheme
from ._base_client import DEFAULT_MAX_RETRIES, NOT_GIVEN, AsyncAPIClient, Headers, NotGiven, SyncAPIClient
from ._errors import APIError, ErrorCodes, InvalidArgumentError
from ._version import __version__
from .resources.default import (
    AsyncDefaultResource,
    AsyncDefaultResourceWithRawResponse,
    AsyncDefaultResourceWithStreamingResponse,
    DefaultResource,
    DefaultResourceWithRawResponse,
    DefaultResourceWithStreamingResponse,
)
from .resources.download import (
    AsyncDownloadResource,
    AsyncDownloadResourceWithRawResponse,
    AsyncDownloadResourceWithStreamingResponse,
    DownloadResource,
    DownloadResourceWithRawResponse,
    DownloadResourceWithStreamingResponse,
)
from .resources.echo import (
    AsyncEchoResource,
    AsyncEchoResourceWithRawResponse,
    AsyncEchoResourceWithStreamingResponse,
    EchoResource,
    EchoResourceWithRawResponse,
    EchoResourceWithStreamingResponse,
)
from .resources.form import (
    AsyncFormResource,
    AsyncFormResourceWithRawResponse,
    AsyncFormResourceWithStreamingResponse,
    FormResource,
    FormResourceWithRawResponse,
    FormResourceWithStreamingResponse,
)
from .resources.maps import (
    AsyncMapsResource,
    AsyncMapsResourceWithRawResponse,
    AsyncMapsResourceWithStreamingResponse,
    MapsResource,
    MapsResourceWithRawResponse,
    MapsResourceWithStreamingResponse,
)
from .resources.messages import (
    AsyncMessagesResource,
    AsyncMessagesResourceWithRawResponse,
    AsyncMessagesResourceWithStreamingResponse,
    MessagesResource,
    MessagesResourceWithRawResponse,
    MessagesResourceWithStreamingResponse,
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
from .resources.raw import (
    AsyncRawResource,
    AsyncRawResourceWithRawResponse,
    AsyncRawResourceWithStreamingResponse,
    RawResource,
    RawResourceWithRawResponse,
    RawResourceWithStreamingResponse,
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
from .resources.upload import (
    AsyncUploadResource,
    AsyncUploadResourceWithRawResponse,
    AsyncUploadResourceWithStreamingResponse,
    UploadResource,
    UploadResourceWithRawResponse,
    UploadResourceWithStreamingResponse,
)
from .resources.users import (
    AsyncUsersResource,
    AsyncUsersResourceWithRawResponse,
    AsyncUsersResourceWithStreamingResponse,
    UsersResource,
    UsersResourceWithRawResponse,
    UsersResourceWithStreamingResponse,
)
from .resources.values import (
    AsyncValuesResource,
    AsyncValuesResourceWithRawResponse,
    AsyncValuesResourceWithStreamingResponse,
    ValuesResource,
    ValuesResourceWithRawResponse,
    ValuesResourceWithStreamingResponse,
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
_USER_AGENT = f"kitchen-client/{__version__} python-httpx2/{httpx2.__version__}"
# The provider's error codes (the spec's x-error-codes): the class to raise and whether a retry may help.
_ERROR_CODES = ErrorCodes(
    paths=(),
    codes={},
)

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
        raise InvalidArgumentError(f"base_url must start with http:// or https://, got {base_url!r}")
    return credentials, base_url


class Kitchen(SyncAPIClient):
    """Synchronous client for Kitchen sink.

    Args:
        api_key: the bearer token, sent as `Authorization: Bearer ...`; defaults to the KITCHEN_API_KEY environment variable.
        base_url: defaults to KITCHEN_BASE_URL, then to the spec's server.
        timeout: seconds (or an httpx2.Timeout); default 60 s to read, to write and to wait for a pooled
            connection, 5 s to connect, each on its own (no overall deadline); with your own http_client, its timeout.
        max_retries: retries of failed requests that are safe to repeat; default 2.
        default_headers: headers sent with every request (NOT_GIVEN as a value removes a default one).
        strict_response_validation: raise APIResponseValidationError for an answer that does not match the
            spec, instead of returning it as received with a warning.
        drift_log: a file where every way an answer differs from the spec is recorded, as shapes (never
            customer data), one JSON line per distinct finding, for `codegen drift`; defaults to the
            KITCHEN_DRIFT_LOG environment variable, else nothing is recorded.
        http_client: your own httpx2.Client (proxies, transports, its own timeout); you close it.
    """

    _auth_schemes = _AUTH_SCHEMES
    _auth_requirements = _AUTH_REQUIREMENTS
    _error_codes = _ERROR_CODES

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
    ) -> Kitchen:
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
    """Asynchronous client for Kitchen sink; same arguments as `Kitchen` (http_client: an httpx2.AsyncClient)."""

    _auth_schemes = _AUTH_SCHEMES
    _auth_requirements = _AUTH_REQUIREMENTS
    _error_codes = _ERROR_CODES

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
    ) -> AsyncKitchen:
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
        self.webhooks = WebhooksResourceWithRawResponse(client.webhooks)


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
        self.webhooks = AsyncWebhooksResourceWithRawResponse(client.webhooks)


class KitchenWithStreamingResponse:
    def __init__(self, client: Kitchen) -> None:
        self.pets = PetsResourceWithStreamingResponse(client.pets)
        self.nodes = NodesResourceWithStreamingResponse(client.nodes)
        self.shapes = ShapesResourceWithStreamingResponse(client.shapes)
        self.maps = MapsResourceWithStreamingResponse(client.maps)
        self.values = ValuesResourceWithStreamingResponse(client.values)
        self.form = FormResourceWithStreamingResponse(client.form)
        self.upload = UploadResourceWithStreamingResponse(client.upload)
        self.download = DownloadResourceWithStreamingResponse(client.download)
        self.raw = RawResourceWithStreamingResponse(client.raw)
        self.echo = EchoResourceWithStreamingResponse(client.echo)
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
        self.maps = AsyncMapsResourceWithStreamingResponse(client.maps)
        self.values = AsyncValuesResourceWithStreamingResponse(client.values)
        self.form = AsyncFormResourceWithStreamingResponse(client.form)
        self.upload = AsyncUploadResourceWithStreamingResponse(client.upload)
        self.download = AsyncDownloadResourceWithStreamingResponse(client.download)
        self.raw = AsyncRawResourceWithStreamingResponse(client.raw)
        self.echo = AsyncEchoResourceWithStreamingResponse(client.echo)
        self.users = AsyncUsersResourceWithStreamingResponse(client.users)
        self.store = AsyncStoreResourceWithStreamingResponse(client.store)
        self.messages = AsyncMessagesResourceWithStreamingResponse(client.messages)
        self.default = AsyncDefaultResourceWithStreamingResponse(client.default)
        self.webhooks = AsyncWebhooksResourceWithStreamingResponse(client.webhooks)
