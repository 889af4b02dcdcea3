"""CrmResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..._base_client import (
    AsyncAPIClient,
    LazyModule,
    SyncAPIClient,
)
from .contacts import (
    AsyncCrmContactsResource,
    AsyncCrmContactsResourceWithRawResponse,
    AsyncCrmContactsResourceWithStreamingResponse,
    CrmContactsResource,
    CrmContactsResourceWithRawResponse,
    CrmContactsResourceWithStreamingResponse,
)

if TYPE_CHECKING:
    from ... import models as _models
else:
    _models = LazyModule(__name__.rsplit(".", 3)[0] + ".models")  # loaded with the first call

__all__ = [
    "CrmResource",
    "AsyncCrmResource",
]


class CrmResource:
    """Operations on crm."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.contacts = CrmContactsResource(client)

    @cached_property
    def with_raw_response(self) -> CrmResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return CrmResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CrmResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return CrmResourceWithStreamingResponse(self)


class AsyncCrmResource:
    """Operations on crm."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.contacts = AsyncCrmContactsResource(client)

    @cached_property
    def with_raw_response(self) -> AsyncCrmResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncCrmResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCrmResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncCrmResourceWithStreamingResponse(self)


class CrmResourceWithRawResponse:
    """`CrmResource` methods that return the raw APIResponse."""

    def __init__(self, resource: CrmResource) -> None:
        self.contacts = CrmContactsResourceWithRawResponse(resource.contacts)


class AsyncCrmResourceWithRawResponse:
    """`AsyncCrmResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncCrmResource) -> None:
        self.contacts = AsyncCrmContactsResourceWithRawResponse(resource.contacts)


class CrmResourceWithStreamingResponse:
    """`CrmResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: CrmResource) -> None:
        self.contacts = CrmContactsResourceWithStreamingResponse(resource.contacts)


class AsyncCrmResourceWithStreamingResponse:
    """`AsyncCrmResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncCrmResource) -> None:
        self.contacts = AsyncCrmContactsResourceWithStreamingResponse(resource.contacts)
