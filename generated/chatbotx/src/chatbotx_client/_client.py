"""The ChatbotX and AsyncChatbotX clients: configuration, auth and resources."""

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
from .resources.contacts.contacts import (
    AsyncContactsResource,
    AsyncContactsResourceWithRawResponse,
    ContactsResource,
    ContactsResourceWithRawResponse,
)
from .resources.conversations.conversations import (
    AsyncConversationsResource,
    AsyncConversationsResourceWithRawResponse,
    ConversationsResource,
    ConversationsResourceWithRawResponse,
)
from .resources.inboxes import (
    AsyncInboxesResource,
    AsyncInboxesResourceWithRawResponse,
    InboxesResource,
    InboxesResourceWithRawResponse,
)
from .resources.members import (
    AsyncMembersResource,
    AsyncMembersResourceWithRawResponse,
    MembersResource,
    MembersResourceWithRawResponse,
)
from .resources.tags import (
    AsyncTagsResource,
    AsyncTagsResourceWithRawResponse,
    TagsResource,
    TagsResourceWithRawResponse,
)
from .resources.webhooks import (
    AsyncWebhooksResource,
    AsyncWebhooksResourceWithRawResponse,
    WebhooksResource,
    WebhooksResourceWithRawResponse,
)

__all__ = ["AsyncChatbotX", "ChatbotX"]

DEFAULT_BASE_URL: str | None = "https://app.chatbotx.io/api"
_USER_AGENT = f"chatbotx-client/{__version__} python-httpx/{httpx.__version__}"

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
        raise ValueError(f"base_url must start with http:// or https://, got {base_url!r}")
    return credentials, base_url


class ChatbotX(SyncAPIClient):
    """Synchronous client for ChatbotX public API.

    Args:
        api_key: the bearer token, sent as `Authorization: Bearer ...`; defaults to the CHATBOTX_API_KEY environment variable.
        base_url: defaults to CHATBOTX_BASE_URL, then to the spec's server.
        timeout: seconds (or an httpx.Timeout); default 60 s overall and 5 s to connect.
        max_retries: retries of failed requests that are safe to repeat; default 2.
        default_headers: headers sent with every request.
        http_client: your own httpx.Client (proxies, transports); you close it.
    """

    _auth_schemes = _AUTH_SCHEMES
    _auth_requirements = _AUTH_REQUIREMENTS

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
        self.conversations = ConversationsResource(self)
        self.contacts = ContactsResource(self)
        self.inboxes = InboxesResource(self)
        self.members = MembersResource(self)
        self.tags = TagsResource(self)
        self.webhooks = WebhooksResource(self)

    @cached_property
    def with_raw_response(self) -> ChatbotXWithRawResponse:
        """Every resource, with methods that return the raw APIResponse (status, headers, `.parse()`)."""
        return ChatbotXWithRawResponse(self)

    def __enter__(self) -> ChatbotX:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncChatbotX(AsyncAPIClient):
    """Asynchronous client for ChatbotX public API; same arguments as `ChatbotX` (http_client: an httpx.AsyncClient)."""

    _auth_schemes = _AUTH_SCHEMES
    _auth_requirements = _AUTH_REQUIREMENTS

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
        self.conversations = AsyncConversationsResource(self)
        self.contacts = AsyncContactsResource(self)
        self.inboxes = AsyncInboxesResource(self)
        self.members = AsyncMembersResource(self)
        self.tags = AsyncTagsResource(self)
        self.webhooks = AsyncWebhooksResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncChatbotXWithRawResponse:
        """Every resource, with methods that return the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncChatbotXWithRawResponse(self)

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
