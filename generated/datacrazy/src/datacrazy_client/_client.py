"""The DataCrazy and AsyncDataCrazy clients: configuration, auth and resources."""

from __future__ import annotations

import os
from functools import cached_property
from types import TracebackType

import httpx

from ._auth import AuthScheme
from ._base_client import DEFAULT_MAX_RETRIES, NOT_GIVEN, AsyncAPIClient, Headers, NotGiven, SyncAPIClient
from ._errors import APIError, ErrorCodes, InvalidArgumentError
from ._version import __version__
from .resources.activities import (
    ActivitiesResource,
    ActivitiesResourceWithRawResponse,
    ActivitiesResourceWithStreamingResponse,
    AsyncActivitiesResource,
    AsyncActivitiesResourceWithRawResponse,
    AsyncActivitiesResourceWithStreamingResponse,
)
from .resources.attendants import (
    AsyncAttendantsResource,
    AsyncAttendantsResourceWithRawResponse,
    AsyncAttendantsResourceWithStreamingResponse,
    AttendantsResource,
    AttendantsResourceWithRawResponse,
    AttendantsResourceWithStreamingResponse,
)
from .resources.businesses import (
    AsyncBusinessesResource,
    AsyncBusinessesResourceWithRawResponse,
    AsyncBusinessesResourceWithStreamingResponse,
    BusinessesResource,
    BusinessesResourceWithRawResponse,
    BusinessesResourceWithStreamingResponse,
)
from .resources.conversations.conversations import (
    AsyncConversationsResource,
    AsyncConversationsResourceWithRawResponse,
    AsyncConversationsResourceWithStreamingResponse,
    ConversationsResource,
    ConversationsResourceWithRawResponse,
    ConversationsResourceWithStreamingResponse,
)
from .resources.instances import (
    AsyncInstancesResource,
    AsyncInstancesResourceWithRawResponse,
    AsyncInstancesResourceWithStreamingResponse,
    InstancesResource,
    InstancesResourceWithRawResponse,
    InstancesResourceWithStreamingResponse,
)
from .resources.leads.leads import (
    AsyncLeadsResource,
    AsyncLeadsResourceWithRawResponse,
    AsyncLeadsResourceWithStreamingResponse,
    LeadsResource,
    LeadsResourceWithRawResponse,
    LeadsResourceWithStreamingResponse,
)
from .resources.lists import (
    AsyncListsResource,
    AsyncListsResourceWithRawResponse,
    AsyncListsResourceWithStreamingResponse,
    ListsResource,
    ListsResourceWithRawResponse,
    ListsResourceWithStreamingResponse,
)
from .resources.loss_reasons import (
    AsyncLossReasonsResource,
    AsyncLossReasonsResourceWithRawResponse,
    AsyncLossReasonsResourceWithStreamingResponse,
    LossReasonsResource,
    LossReasonsResourceWithRawResponse,
    LossReasonsResourceWithStreamingResponse,
)
from .resources.pipelines.pipelines import (
    AsyncPipelinesResource,
    AsyncPipelinesResourceWithRawResponse,
    AsyncPipelinesResourceWithStreamingResponse,
    PipelinesResource,
    PipelinesResourceWithRawResponse,
    PipelinesResourceWithStreamingResponse,
)
from .resources.products import (
    AsyncProductsResource,
    AsyncProductsResourceWithRawResponse,
    AsyncProductsResourceWithStreamingResponse,
    ProductsResource,
    ProductsResourceWithRawResponse,
    ProductsResourceWithStreamingResponse,
)
from .resources.tags import (
    AsyncTagsResource,
    AsyncTagsResourceWithRawResponse,
    AsyncTagsResourceWithStreamingResponse,
    TagsResource,
    TagsResourceWithRawResponse,
    TagsResourceWithStreamingResponse,
)

__all__ = ["AsyncDataCrazy", "DataCrazy"]

DEFAULT_BASE_URL: str | None = "https://api.datacrazy.io/v1/api"
_USER_AGENT = f"datacrazy-client/{__version__} python-httpx/{httpx.__version__}"
# The provider's error codes (the spec's x-error-codes): the class to raise and whether a retry may help.
_ERROR_CODES = ErrorCodes(
    paths=(("code",),),
    codes={
        "upgrade-plan": ("PermissionDeniedError", False),
    },
)

# auth (the runtime's _auth.py): the API's security schemes, what its operations ask for by default,
# and the environment variable of each credential
_AUTH_SCHEMES: dict[str, AuthScheme] = {
    "bearerAuth": AuthScheme("bearer", ("api_key",), name="", env=("DATACRAZY_API_KEY",)),
}
_AUTH_REQUIREMENTS: tuple[tuple[str, ...], ...] = (("bearerAuth",),)
_CREDENTIAL_ENV: dict[str, str] = {
    "api_key": "DATACRAZY_API_KEY",
}


def _settings(credentials: dict[str, str | None], base_url: str | None) -> tuple[dict[str, str | None], str]:
    """The credentials and base URL from the arguments, else from the environment, else a clear error."""
    for arg, env in _CREDENTIAL_ENV.items():
        if credentials.get(arg) is None:
            credentials[arg] = os.environ.get(env)
    if not any(credentials.values()):
        raise APIError("No API key: pass api_key=... to the client or set the DATACRAZY_API_KEY environment variable.")
    if base_url is None:
        base_url = os.environ.get("DATACRAZY_BASE_URL") or DEFAULT_BASE_URL
    if not base_url:
        raise APIError(
            "No base URL: pass base_url=... to the client or set the DATACRAZY_BASE_URL environment variable"
            " (the URL of the server that hosts the API)."
        )
    if not base_url.startswith(("http://", "https://")):
        raise InvalidArgumentError(f"base_url must start with http:// or https://, got {base_url!r}")
    return credentials, base_url


class DataCrazy(SyncAPIClient):
    """Synchronous client for DataCrazy API.

    Args:
        api_key: the bearer token, sent as `Authorization: Bearer ...`; defaults to the DATACRAZY_API_KEY environment variable.
        base_url: defaults to DATACRAZY_BASE_URL, then to the spec's server.
        timeout: seconds (or an httpx.Timeout); default 60 s to read, to write and to wait for a pooled
            connection, 5 s to connect, each on its own (no overall deadline); with your own http_client, its timeout.
        max_retries: retries of failed requests that are safe to repeat; default 2.
        default_headers: headers sent with every request (NOT_GIVEN as a value removes a default one).
        strict_response_validation: raise APIResponseValidationError for an answer that does not match the
            spec, instead of returning it as received with a warning.
        http_client: your own httpx.Client (proxies, transports, its own timeout); you close it.
    """

    _auth_schemes = _AUTH_SCHEMES
    _auth_requirements = _AUTH_REQUIREMENTS
    _error_codes = _ERROR_CODES

    conversations: ConversationsResource
    leads: LeadsResource
    businesses: BusinessesResource
    pipelines: PipelinesResource
    tags: TagsResource
    lists: ListsResource
    products: ProductsResource
    loss_reasons: LossReasonsResource
    activities: ActivitiesResource
    attendants: AttendantsResource
    instances: InstancesResource

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
            http_client=http_client,
        )
        self.conversations = ConversationsResource(self)
        self.leads = LeadsResource(self)
        self.businesses = BusinessesResource(self)
        self.pipelines = PipelinesResource(self)
        self.tags = TagsResource(self)
        self.lists = ListsResource(self)
        self.products = ProductsResource(self)
        self.loss_reasons = LossReasonsResource(self)
        self.activities = ActivitiesResource(self)
        self.attendants = AttendantsResource(self)
        self.instances = InstancesResource(self)

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
    ) -> DataCrazy:
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
        )

    @cached_property
    def with_raw_response(self) -> DataCrazyWithRawResponse:
        """Every resource, with methods that return the raw APIResponse (status, headers, `.parse()`)."""
        return DataCrazyWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DataCrazyWithStreamingResponse:
        """Every resource, with methods that return a context manager around the unread response."""
        return DataCrazyWithStreamingResponse(self)

    def __enter__(self) -> DataCrazy:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncDataCrazy(AsyncAPIClient):
    """Asynchronous client for DataCrazy API; same arguments as `DataCrazy` (http_client: an httpx.AsyncClient)."""

    _auth_schemes = _AUTH_SCHEMES
    _auth_requirements = _AUTH_REQUIREMENTS
    _error_codes = _ERROR_CODES

    conversations: AsyncConversationsResource
    leads: AsyncLeadsResource
    businesses: AsyncBusinessesResource
    pipelines: AsyncPipelinesResource
    tags: AsyncTagsResource
    lists: AsyncListsResource
    products: AsyncProductsResource
    loss_reasons: AsyncLossReasonsResource
    activities: AsyncActivitiesResource
    attendants: AsyncAttendantsResource
    instances: AsyncInstancesResource

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
            http_client=http_client,
        )
        self.conversations = AsyncConversationsResource(self)
        self.leads = AsyncLeadsResource(self)
        self.businesses = AsyncBusinessesResource(self)
        self.pipelines = AsyncPipelinesResource(self)
        self.tags = AsyncTagsResource(self)
        self.lists = AsyncListsResource(self)
        self.products = AsyncProductsResource(self)
        self.loss_reasons = AsyncLossReasonsResource(self)
        self.activities = AsyncActivitiesResource(self)
        self.attendants = AsyncAttendantsResource(self)
        self.instances = AsyncInstancesResource(self)

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
    ) -> AsyncDataCrazy:
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
        )

    @cached_property
    def with_raw_response(self) -> AsyncDataCrazyWithRawResponse:
        """Every resource, with methods that return the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncDataCrazyWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDataCrazyWithStreamingResponse:
        """Every resource, with methods that return an async context manager around the unread response."""
        return AsyncDataCrazyWithStreamingResponse(self)

    async def __aenter__(self) -> AsyncDataCrazy:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class DataCrazyWithRawResponse:
    def __init__(self, client: DataCrazy) -> None:
        self.conversations = ConversationsResourceWithRawResponse(client.conversations)
        self.leads = LeadsResourceWithRawResponse(client.leads)
        self.businesses = BusinessesResourceWithRawResponse(client.businesses)
        self.pipelines = PipelinesResourceWithRawResponse(client.pipelines)
        self.tags = TagsResourceWithRawResponse(client.tags)
        self.lists = ListsResourceWithRawResponse(client.lists)
        self.products = ProductsResourceWithRawResponse(client.products)
        self.loss_reasons = LossReasonsResourceWithRawResponse(client.loss_reasons)
        self.activities = ActivitiesResourceWithRawResponse(client.activities)
        self.attendants = AttendantsResourceWithRawResponse(client.attendants)
        self.instances = InstancesResourceWithRawResponse(client.instances)


class AsyncDataCrazyWithRawResponse:
    def __init__(self, client: AsyncDataCrazy) -> None:
        self.conversations = AsyncConversationsResourceWithRawResponse(client.conversations)
        self.leads = AsyncLeadsResourceWithRawResponse(client.leads)
        self.businesses = AsyncBusinessesResourceWithRawResponse(client.businesses)
        self.pipelines = AsyncPipelinesResourceWithRawResponse(client.pipelines)
        self.tags = AsyncTagsResourceWithRawResponse(client.tags)
        self.lists = AsyncListsResourceWithRawResponse(client.lists)
        self.products = AsyncProductsResourceWithRawResponse(client.products)
        self.loss_reasons = AsyncLossReasonsResourceWithRawResponse(client.loss_reasons)
        self.activities = AsyncActivitiesResourceWithRawResponse(client.activities)
        self.attendants = AsyncAttendantsResourceWithRawResponse(client.attendants)
        self.instances = AsyncInstancesResourceWithRawResponse(client.instances)


class DataCrazyWithStreamingResponse:
    def __init__(self, client: DataCrazy) -> None:
        self.conversations = ConversationsResourceWithStreamingResponse(client.conversations)
        self.leads = LeadsResourceWithStreamingResponse(client.leads)
        self.businesses = BusinessesResourceWithStreamingResponse(client.businesses)
        self.pipelines = PipelinesResourceWithStreamingResponse(client.pipelines)
        self.tags = TagsResourceWithStreamingResponse(client.tags)
        self.lists = ListsResourceWithStreamingResponse(client.lists)
        self.products = ProductsResourceWithStreamingResponse(client.products)
        self.loss_reasons = LossReasonsResourceWithStreamingResponse(client.loss_reasons)
        self.activities = ActivitiesResourceWithStreamingResponse(client.activities)
        self.attendants = AttendantsResourceWithStreamingResponse(client.attendants)
        self.instances = InstancesResourceWithStreamingResponse(client.instances)


class AsyncDataCrazyWithStreamingResponse:
    def __init__(self, client: AsyncDataCrazy) -> None:
        self.conversations = AsyncConversationsResourceWithStreamingResponse(client.conversations)
        self.leads = AsyncLeadsResourceWithStreamingResponse(client.leads)
        self.businesses = AsyncBusinessesResourceWithStreamingResponse(client.businesses)
        self.pipelines = AsyncPipelinesResourceWithStreamingResponse(client.pipelines)
        self.tags = AsyncTagsResourceWithStreamingResponse(client.tags)
        self.lists = AsyncListsResourceWithStreamingResponse(client.lists)
        self.products = AsyncProductsResourceWithStreamingResponse(client.products)
        self.loss_reasons = AsyncLossReasonsResourceWithStreamingResponse(client.loss_reasons)
        self.activities = AsyncActivitiesResourceWithStreamingResponse(client.activities)
        self.attendants = AsyncAttendantsResourceWithStreamingResponse(client.attendants)
        self.instances = AsyncInstancesResourceWithStreamingResponse(client.instances)
