"""ShapesResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, List

import httpx2

from .._base_client import (
    NOT_GIVEN,
    AsyncAPIClient,
    Body,
    Headers,
    LazyModule,
    NotGiven,
    Operation,
    Query,
    SyncAPIClient,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)

if TYPE_CHECKING:
    from .. import models as _models
else:
    _models = LazyModule(__name__.rsplit(".", 2)[0] + ".models")  # loaded with the first call

__all__ = [
    "ShapesResource",
    "AsyncShapesResource",
]


_SHAPES_LIST: Operation[List[_models.ShapeCircle | _models.ShapeSquare]] = Operation(
    method="GET",
    path="/shapes",
    params=(),
    response_type=lambda: List[_models.ShapeCircle | _models.ShapeSquare],
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
)


class ShapesResource:
    """Operations on shapes."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ShapesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return ShapesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ShapesResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return ShapesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> List[_models.ShapeCircle | _models.ShapeSquare]:
        """GET /shapes

        Args:
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _SHAPES_LIST,
            {},
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncShapesResource:
    """Operations on shapes."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncShapesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncShapesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncShapesResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncShapesResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> List[_models.ShapeCircle | _models.ShapeSquare]:
        """GET /shapes

        Args:
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _SHAPES_LIST,
            {},
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class ShapesResourceWithRawResponse:
    """`ShapesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: ShapesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncShapesResourceWithRawResponse:
    """`AsyncShapesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncShapesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)


class ShapesResourceWithStreamingResponse:
    """`ShapesResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: ShapesResource) -> None:
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncShapesResourceWithStreamingResponse:
    """`AsyncShapesResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncShapesResource) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
