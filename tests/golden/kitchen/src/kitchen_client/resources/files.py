"""FilesResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from functools import cached_property
from typing import IO, TYPE_CHECKING

import httpx

from .._base_client import (
    NOT_GIVEN,
    AsyncAPIClient,
    Body,
    FileTypes,
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
    "FilesResource",
    "AsyncFilesResource",
]


_FILES_UPLOAD_FILE: Operation[_models.UploadFileResponse] = Operation(
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

_FILES_DOWNLOAD: Operation[bytes] = Operation(
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
)

_FILES_PUT_RAW: Operation[None] = Operation(
    method="PUT",
    path="/raw",
    params=(),
    response_type=None,
    response_kind="none",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="binary",
    body_type=None,
    body_content_type="application/octet-stream",
    body_required=False,
    idempotency_header=None,
    auth=True,
)

_FILES_ECHO_TEXT: Operation[str] = Operation(
    method="POST",
    path="/echo",
    params=(),
    response_type=None,
    response_kind="text",
    unwrap_root=False,
    accept="text/plain",
    empty_ok=False,
    body_kind="text",
    body_type=None,
    body_content_type="text/plain",
    body_required=True,
    idempotency_header=None,
    auth=True,
)


class FilesResource:
    """Operations on files."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FilesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return FilesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return FilesResourceWithStreamingResponse(self)

    def upload_file(
        self,
        *,
        file: FileTypes,
        caption: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
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
            _FILES_UPLOAD_FILE,
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

    def download(
        self,
        name: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
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
            _FILES_DOWNLOAD,
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

    def put_raw(
        self,
        *,
        body: bytes | IO[bytes] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """PUT /raw

        Args:
            body: the request body
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _FILES_PUT_RAW,
            {},
            body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def echo_text(
        self,
        *,
        body: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:
        """POST /echo

        Args:
            body: the request body
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _FILES_ECHO_TEXT,
            {},
            body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncFilesResource:
    """Operations on files."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFilesResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncFilesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncFilesResourceWithStreamingResponse(self)

    async def upload_file(
        self,
        *,
        file: FileTypes,
        caption: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
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
            _FILES_UPLOAD_FILE,
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

    async def download(
        self,
        name: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
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
            _FILES_DOWNLOAD,
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

    async def put_raw(
        self,
        *,
        body: bytes | IO[bytes] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """PUT /raw

        Args:
            body: the request body
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _FILES_PUT_RAW,
            {},
            body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def echo_text(
        self,
        *,
        body: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:
        """POST /echo

        Args:
            body: the request body
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _FILES_ECHO_TEXT,
            {},
            body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class FilesResourceWithRawResponse:
    """`FilesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: FilesResource) -> None:
        self.upload_file = to_raw_response_wrapper(resource.upload_file)
        self.download = to_raw_response_wrapper(resource.download)
        self.put_raw = to_raw_response_wrapper(resource.put_raw)
        self.echo_text = to_raw_response_wrapper(resource.echo_text)


class AsyncFilesResourceWithRawResponse:
    """`AsyncFilesResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncFilesResource) -> None:
        self.upload_file = async_to_raw_response_wrapper(resource.upload_file)
        self.download = async_to_raw_response_wrapper(resource.download)
        self.put_raw = async_to_raw_response_wrapper(resource.put_raw)
        self.echo_text = async_to_raw_response_wrapper(resource.echo_text)


class FilesResourceWithStreamingResponse:
    """`FilesResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: FilesResource) -> None:
        self.upload_file = to_streamed_response_wrapper(resource.upload_file)
        self.download = to_streamed_response_wrapper(resource.download)
        self.put_raw = to_streamed_response_wrapper(resource.put_raw)
        self.echo_text = to_streamed_response_wrapper(resource.echo_text)


class AsyncFilesResourceWithStreamingResponse:
    """`AsyncFilesResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncFilesResource) -> None:
        self.upload_file = async_to_streamed_response_wrapper(resource.upload_file)
        self.download = async_to_streamed_response_wrapper(resource.download)
        self.put_raw = async_to_streamed_response_wrapper(resource.put_raw)
        self.echo_text = async_to_streamed_response_wrapper(resource.echo_text)
