"""The ChatbotX and AsyncChatbotX clients: configuration, auth and resources."""

from __future__ import annotations

import os
from functools import cached_property
from types import TracebackType

import httpx2

from ._auth import AuthScheme
from ._base_client import DEFAULT_MAX_RETRIES, NOT_GIVEN, AsyncAPIClient, Headers, NotGiven, SyncAPIClient
from ._errors import APIError, ErrorCodes, InvalidArgumentError
from ._version import __version__
from .resources.contacts.contacts import (
    AsyncContactsResource,
    AsyncContactsResourceWithRawResponse,
    AsyncContactsResourceWithStreamingResponse,
    ContactsResource,
    ContactsResourceWithRawResponse,
    ContactsResourceWithStreamingResponse,
)
from .resources.conversations.conversations import (
    AsyncConversationsResource,
    AsyncConversationsResourceWithRawResponse,
    AsyncConversationsResourceWithStreamingResponse,
    ConversationsResource,
    ConversationsResourceWithRawResponse,
    ConversationsResourceWithStreamingResponse,
)
from .resources.inboxes import (
    AsyncInboxesResource,
    AsyncInboxesResourceWithRawResponse,
    AsyncInboxesResourceWithStreamingResponse,
    InboxesResource,
    InboxesResourceWithRawResponse,
    InboxesResourceWithStreamingResponse,
)
from .resources.members import (
    AsyncMembersResource,
    AsyncMembersResourceWithRawResponse,
    AsyncMembersResourceWithStreamingResponse,
    MembersResource,
    MembersResourceWithRawResponse,
    MembersResourceWithStreamingResponse,
)
from .resources.tags import (
    AsyncTagsResource,
    AsyncTagsResourceWithRawResponse,
    AsyncTagsResourceWithStreamingResponse,
    TagsResource,
    TagsResourceWithRawResponse,
    TagsResourceWithStreamingResponse,
)
from .resources.webhooks import (
    AsyncWebhooksResource,
    AsyncWebhooksResourceWithRawResponse,
    AsyncWebhooksResourceWithStreamingResponse,
    WebhooksResource,
    WebhooksResourceWithRawResponse,
    WebhooksResourceWithStreamingResponse,
)

__all__ = ["AsyncChatbotX", "ChatbotX"]

DEFAULT_BASE_URL: str | None = "https://app.chatbotx.io/api"
_USER_AGENT = f"chatbotx-client/{__version__} python-httpx2/{httpx2.__version__}"
# The provider's error codes (the spec's x-error-codes): the class to raise and whether a retry may help.
_ERROR_CODES = ErrorCodes(
    paths=(("code",),),
    codes={
        "INVALID_CHATBOT_TOKEN": ("AuthenticationError", False),
        "BAD_REQUEST": ("UnprocessableEntityError", False),
    },
)

# auth (the runtime's _auth.py): the API's security schemes, what its operations ask for by default,
# and the environment variable of each credential
_AUTH_SCHEMES: dict[str, AuthScheme] = {
    "bearerAuth": AuthScheme("bearer", ("api_key",), name="", env=("CHATBOTX_API_KEY",)),
}
_AUTH_REQUIREMENTS: tuple[tuple[str, ...], ...] = (("bearerAuth",),)
_CREDENTIAL_ENV: dict[str, str] = {
    "api_key": "CHATBOTX_API_KEY",
}


def _settings(credentials: dict[str, str | None], base_url: str | None) -> tuple[dict[str, str | None], str]:
    """The credentials and base URL from the arguments, else from the environment, else a clear error."""
    for arg, env in _CREDENTIAL_ENV.items():
        if credentials.get(arg) is None:
            credentials[arg] = os.environ.get(env)
    if not any(credentials.values()):
        raise APIError("No API key: pass api_key=... to the client or set the CHATBOTX_API_KEY environment variable.")
    if base_url is None:
        base_url = os.environ.get("CHATBOTX_BASE_URL") or DEFAULT_BASE_URL
    if not base_url:
        raise APIError(
            "No base URL: pass base_url=... to the client or set the CHATBOTX_BASE_URL environment variable"
            " (the URL of the server that hosts the API)."
        )
    if not base_url.startswith(("http://", "https://")):
        raise InvalidArgumentError(f"base_url must start with http:// or https://, got {base_url!r}")
    return credentials, base_url


class ChatbotX(SyncAPIClient):
    """Synchronous client for ChatbotX public API.

    Args:
        api_key: the bearer token, sent as `Authorization: Bearer ...`; defaults to the CHATBOTX_API_KEY environment variable.
        base_url: defaults to CHATBOTX_BASE_URL, then to the spec's server.
        timeout: seconds (or an httpx2.Timeout); default 60 s to read, to write and to wait for a pooled
            connection, 5 s to connect, each on its own (no overall deadline); with your own http_client, its timeout.
        max_retries: retries of failed requests that are safe to repeat; default 2.
        default_headers: headers sent with every request (NOT_GIVEN as a value removes a default one).
        strict_response_validation: raise APIResponseValidationError for an answer that does not match the
            spec, instead of returning it as received with a warning.
        drift_log: a file where every way an answer differs from the spec is recorded, as shapes (never
            customer data), one JSON line per distinct finding, for `codegen drift`; defaults to the
            CHATBOTX_DRIFT_LOG environment variable, else nothing is recorded.
        http_client: your own httpx2.Client (proxies, transports, its own timeout); you close it.
    """

    _auth_schemes = _AUTH_SCHEMES
    _auth_requirements = _AUTH_REQUIREMENTS
    _error_codes = _ERROR_CODES

    conversations: ConversationsResource
    contacts: ContactsResource
    inboxes: InboxesResource
    members: MembersResource
    tags: TagsResource
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
        self.conversations = ConversationsResource(self)
        self.contacts = ContactsResource(self)
        self.inboxes = InboxesResource(self)
        self.members = MembersResource(self)
        self.tags = TagsResource(self)
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
    ) -> ChatbotX:
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
    def with_raw_response(self) -> ChatbotXWithRawResponse:
        """Every resource, with methods that return the raw APIResponse (status, headers, `.parse()`)."""
        return ChatbotXWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatbotXWithStreamingResponse:
        """Every resource, with methods that return a context manager around the unread response."""
        return ChatbotXWithStreamingResponse(self)

    def __enter__(self) -> ChatbotX:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncChatbotX(AsyncAPIClient):
    """Asynchronous client for ChatbotX public API; same arguments as `ChatbotX` (http_client: an httpx2.AsyncClient)."""

    _auth_schemes = _AUTH_SCHEMES
    _auth_requirements = _AUTH_REQUIREMENTS
    _error_codes = _ERROR_CODES

    conversations: AsyncConversationsResource
    contacts: AsyncContactsResource
    inboxes: AsyncInboxesResource
    members: AsyncMembersResource
    tags: AsyncTagsResource
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
        self.conversations = AsyncConversationsResource(self)
        self.contacts = AsyncContactsResource(self)
        self.inboxes = AsyncInboxesResource(self)
        self.members = AsyncMembersResource(self)
        self.tags = AsyncTagsResource(self)
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
    ) -> AsyncChatbotX:
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
    def with_raw_response(self) -> AsyncChatbotXWithRawResponse:
        """Every resource, with methods that return the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncChatbotXWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatbotXWithStreamingResponse:
        """Every resource, with methods that return an async context manager around the unread response."""
        return AsyncChatbotXWithStreamingResponse(self)

    async def __aenter__(self) -> AsyncChatbotX:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class ChatbotXWithRawResponse:
    def __init__(self, client: ChatbotX) -> None:
        self.conversations = ConversationsResourceWithRawResponse(client.conversations)
        self.contacts = ContactsResourceWithRawResponse(client.contacts)
        self.inboxes = InboxesResourceWithRawResponse(client.inboxes)
        self.members = MembersResourceWithRawResponse(client.members)
        self.tags = TagsResourceWithRawResponse(client.tags)
        self.webhooks = WebhooksResourceWithRawResponse(client.webhooks)


class AsyncChatbotXWithRawResponse:
    def __init__(self, client: AsyncChatbotX) -> None:
        self.conversations = AsyncConversationsResourceWithRawResponse(client.conversations)
        self.contacts = AsyncContactsResourceWithRawResponse(client.contacts)
        self.inboxes = AsyncInboxesResourceWithRawResponse(client.inboxes)
        self.members = AsyncMembersResourceWithRawResponse(client.members)
        self.tags = AsyncTagsResourceWithRawResponse(client.tags)
        self.webhooks = AsyncWebhooksResourceWithRawResponse(client.webhooks)


class ChatbotXWithStreamingResponse:
    def __init__(self, client: ChatbotX) -> None:
        self.conversations = ConversationsResourceWithStreamingResponse(client.conversations)
        self.contacts = ContactsResourceWithStreamingResponse(client.contacts)
        self.inboxes = InboxesResourceWithStreamingResponse(client.inboxes)
        self.members = MembersResourceWithStreamingResponse(client.members)
        self.tags = TagsResourceWithStreamingResponse(client.tags)
        self.webhooks = WebhooksResourceWithStreamingResponse(client.webhooks)


class AsyncChatbotXWithStreamingResponse:
    def __init__(self, client: AsyncChatbotX) -> None:
        self.conversations = AsyncConversationsResourceWithStreamingResponse(client.conversations)
        self.contacts = AsyncContactsResourceWithStreamingResponse(client.contacts)
        self.inboxes = AsyncInboxesResourceWithStreamingResponse(client.inboxes)
        self.members = AsyncMembersResourceWithStreamingResponse(client.members)
        self.tags = AsyncTagsResourceWithStreamingResponse(client.tags)
        self.webhooks = AsyncWebhooksResourceWithStreamingResponse(client.webhooks)
