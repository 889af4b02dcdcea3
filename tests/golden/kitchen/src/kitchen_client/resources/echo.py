"""EchoResource: thin methods that describe requests.

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
    "EchoResource",
    "AsyncEchoResource",
]


_ECHO_CREATE: Operation[str] = Operation(
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
    names={"": "body"},
)


class EchoResource:
    """Operations on echo."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EchoResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return EchoResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EchoResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return EchoResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        body: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
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
            _ECHO_CREATE,
            {},
            body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncEchoResource:
    """Operations on echo."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEchoResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncEchoResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEchoResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncEchoResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        body: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
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
            _ECHO_CREATE,
            {},
            body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class EchoResourceWithRawResponse:
    """`EchoResource` methods that return the raw APIResponse."""

    def __init__(self, resource: EchoResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncEchoResourceWithRawResponse:
    """`AsyncEchoResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncEchoResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)


class EchoResourceWithStreamingResponse:
    """`EchoResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: EchoResource) -> None:
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncEchoResourceWithStreamingResponse:
    """`AsyncEchoResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncEchoResource) -> None:
        self.create = async_to_streamed_response_wrapper(resource.create)
