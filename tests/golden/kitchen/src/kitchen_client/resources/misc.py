"""MiscResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

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
    "MiscResource",
    "AsyncMiscResource",
]


_MISC_GET_MAPS: Operation[_models.Maps] = Operation(
    method="GET",
    path="/maps",
    params=(),
    response_type=lambda: _models.Maps,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
)

_MISC_GET_VALUES: Operation[_models.Values] = Operation(
    method="GET",
    path="/values",
    params=(),
    response_type=lambda: _models.Values,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
)

_MISC_SUBMIT_FORM: Operation[None] = Operation(
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


class MiscResource:
    """Operations on misc."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MiscResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return MiscResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MiscResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return MiscResourceWithStreamingResponse(self)

    def get_maps(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Maps:
        """GET /maps

        Args:
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _MISC_GET_MAPS,
            {},
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_values(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Values:
        """GET /values

        Args:
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _MISC_GET_VALUES,
            {},
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def submit_form(
        self,
        *,
        name: str,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        agree: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
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
            _MISC_SUBMIT_FORM,
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


class AsyncMiscResource:
    """Operations on misc."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMiscResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncMiscResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMiscResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncMiscResourceWithStreamingResponse(self)

    async def get_maps(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Maps:
        """GET /maps

        Args:
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _MISC_GET_MAPS,
            {},
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_values(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Values:
        """GET /values

        Args:
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _MISC_GET_VALUES,
            {},
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def submit_form(
        self,
        *,
        name: str,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        agree: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
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
            _MISC_SUBMIT_FORM,
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


class MiscResourceWithRawResponse:
    """`MiscResource` methods that return the raw APIResponse."""

    def __init__(self, resource: MiscResource) -> None:
        self.get_maps = to_raw_response_wrapper(resource.get_maps)
        self.get_values = to_raw_response_wrapper(resource.get_values)
        self.submit_form = to_raw_response_wrapper(resource.submit_form)


class AsyncMiscResourceWithRawResponse:
    """`AsyncMiscResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncMiscResource) -> None:
        self.get_maps = async_to_raw_response_wrapper(resource.get_maps)
        self.get_values = async_to_raw_response_wrapper(resource.get_values)
        self.submit_form = async_to_raw_response_wrapper(resource.submit_form)


class MiscResourceWithStreamingResponse:
    """`MiscResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: MiscResource) -> None:
        self.get_maps = to_streamed_response_wrapper(resource.get_maps)
        self.get_values = to_streamed_response_wrapper(resource.get_values)
        self.submit_form = to_streamed_response_wrapper(resource.submit_form)


class AsyncMiscResourceWithStreamingResponse:
    """`AsyncMiscResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncMiscResource) -> None:
        self.get_maps = async_to_streamed_response_wrapper(resource.get_maps)
        self.get_values = async_to_streamed_response_wrapper(resource.get_values)
        self.submit_form = async_to_streamed_response_wrapper(resource.submit_form)
