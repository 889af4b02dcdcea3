"""DownloadResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

import httpx2

from .._base_client import (
    NOT_GIVEN,
    AsyncAPIClient,
    Body,
    Headers,
    LazyModule,
    NotGiven,
    Operation,
    Param,
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
    "DownloadResource",
    "AsyncDownloadResource",
]


_DOWNLOAD_RETRIEVE: Operation[bytes] = Operation(
    method="GET",
    path="/download/{name}",
    params=(Param("name", "path", style="simple", explode=False, json_content=False),),
    response_type=None,
    response_kind="binary",
    unwrap_root=False,
    accept="application/octet-stream",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"name": str},
)


class DownloadResource:
    """Operations on download."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DownloadResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return DownloadResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DownloadResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return DownloadResourceWithStreamingResponse(self)

    def retrieve(
        self,
        name: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """GET /download/{name}

        Args:
            name: `name` (path parameter)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _DOWNLOAD_RETRIEVE,
            {
                "name": name,
            },
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncDownloadResource:
    """Operations on download."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDownloadResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncDownloadResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDownloadResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncDownloadResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        name: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """GET /download/{name}

        Args:
            name: `name` (path parameter)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _DOWNLOAD_RETRIEVE,
            {
                "name": name,
            },
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class DownloadResourceWithRawResponse:
    """`DownloadResource` methods that return the raw APIResponse."""

    def __init__(self, resource: DownloadResource) -> None:
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncDownloadResourceWithRawResponse:
    """`AsyncDownloadResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncDownloadResource) -> None:
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class DownloadResourceWithStreamingResponse:
    """`DownloadResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: DownloadResource) -> None:
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncDownloadResourceWithStreamingResponse:
    """`AsyncDownloadResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncDownloadResource) -> None:
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
