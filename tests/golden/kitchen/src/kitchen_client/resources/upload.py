"""UploadResource: thin methods that describe requests.

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
    FileTypes,
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
    "UploadResource",
    "AsyncUploadResource",
]


_UPLOAD_CREATE: Operation[_models.UploadFileResponse] = Operation(
    method="POST",
    path="/upload",
    params=(),
    response_type=lambda: _models.UploadFileResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="multipart",
    body_type=lambda: _models.UploadFileBody,
    body_content_type="multipart/form-data",
    body_required=False,
    idempotency_header=None,
    auth=True,
)


class UploadResource:
    """Operations on upload."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UploadResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return UploadResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UploadResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return UploadResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        file: FileTypes,
        caption: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.UploadFileResponse:
        """POST /upload

        Args:
            file: `file` (body field)
            caption: `caption` (body field)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _UPLOAD_CREATE,
            {},
            {
                "file": file,
                "caption": caption,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncUploadResource:
    """Operations on upload."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUploadResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncUploadResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUploadResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncUploadResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        file: FileTypes,
        caption: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.UploadFileResponse:
        """POST /upload

        Args:
            file: `file` (body field)
            caption: `caption` (body field)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _UPLOAD_CREATE,
            {},
            {
                "file": file,
                "caption": caption,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class UploadResourceWithRawResponse:
    """`UploadResource` methods that return the raw APIResponse."""

    def __init__(self, resource: UploadResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncUploadResourceWithRawResponse:
    """`AsyncUploadResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncUploadResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)


class UploadResourceWithStreamingResponse:
    """`UploadResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: UploadResource) -> None:
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncUploadResourceWithStreamingResponse:
    """`AsyncUploadResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncUploadResource) -> None:
        self.create = async_to_streamed_response_wrapper(resource.create)
