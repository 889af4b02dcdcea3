"""FormResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    "FormResource",
    "AsyncFormResource",
]


_FORM_CREATE: Operation[None] = Operation(
    method="POST",
    path="/form",
    params=(),
    response_type=None,
    response_kind="none",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="form",
    body_type=lambda: _models.SubmitFormBody,
    body_content_type="application/x-www-form-urlencoded",
    body_required=False,
    idempotency_header=None,
    auth=True,
)


class FormResource:
    """Operations on form."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FormResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return FormResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FormResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return FormResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        agree: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """POST /form

        Args:
            name: `name` (body field)
            tags: `tags` (body field)
            agree: `agree` (body field)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _FORM_CREATE,
            {},
            {
                "name": name,
                "tags": tags,
                "agree": agree,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncFormResource:
    """Operations on form."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFormResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncFormResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFormResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncFormResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        name: str,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        agree: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """POST /form

        Args:
            name: `name` (body field)
            tags: `tags` (body field)
            agree: `agree` (body field)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _FORM_CREATE,
            {},
            {
                "name": name,
                "tags": tags,
                "agree": agree,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class FormResourceWithRawResponse:
    """`FormResource` methods that return the raw APIResponse."""

    def __init__(self, resource: FormResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncFormResourceWithRawResponse:
    """`AsyncFormResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncFormResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)


class FormResourceWithStreamingResponse:
    """`FormResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: FormResource) -> None:
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncFormResourceWithStreamingResponse:
    """`AsyncFormResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncFormResource) -> None:
        self.create = async_to_streamed_response_wrapper(resource.create)
