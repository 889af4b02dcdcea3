"""StoreResource: thin methods that describe requests.

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
from .orders.orders import (
    AsyncStoreOrdersResource,
    AsyncStoreOrdersResourceWithRawResponse,
    AsyncStoreOrdersResourceWithStreamingResponse,
    StoreOrdersResource,
    StoreOrdersResourceWithRawResponse,
    StoreOrdersResourceWithStreamingResponse,
)

if TYPE_CHECKING:
    from ... import models as _models
else:
    _models = LazyModule(__name__.rsplit(".", 3)[0] + ".models")  # loaded with the first call

__all__ = [
    "StoreResource",
    "AsyncStoreResource",
]


class StoreResource:
    """Operations on store."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.orders = StoreOrdersResource(client)

    @cached_property
    def with_raw_response(self) -> StoreResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return StoreResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> StoreResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return StoreResourceWithStreamingResponse(self)


class AsyncStoreResource:
    """Operations on store."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.orders = AsyncStoreOrdersResource(client)

    @cached_property
    def with_raw_response(self) -> AsyncStoreResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncStoreResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncStoreResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncStoreResourceWithStreamingResponse(self)


class StoreResourceWithRawResponse:
    """`StoreResource` methods that return the raw APIResponse."""

    def __init__(self, resource: StoreResource) -> None:
        self.orders = StoreOrdersResourceWithRawResponse(resource.orders)


class AsyncStoreResourceWithRawResponse:
    """`AsyncStoreResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncStoreResource) -> None:
        self.orders = AsyncStoreOrdersResourceWithRawResponse(resource.orders)


class StoreResourceWithStreamingResponse:
    """`StoreResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: StoreResource) -> None:
        self.orders = StoreOrdersResourceWithStreamingResponse(resource.orders)


class AsyncStoreResourceWithStreamingResponse:
    """`AsyncStoreResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncStoreResource) -> None:
        self.orders = AsyncStoreOrdersResourceWithStreamingResponse(resource.orders)
