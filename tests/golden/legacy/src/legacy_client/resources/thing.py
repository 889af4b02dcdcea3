"""ThingResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

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
    "ThingResource",
    "AsyncThingResource",
]


_THING_LIST: Operation[_models.Thing] = Operation(
    method="GET",
    path="/thing",
    params=(
        Param("state", "query", style="form", explode=True, json_content=False),
        Param("ids", "query", style="form", explode=False, json_content=False),
        Param("X-Ids", "header", style="simple", explode=False, json_content=False),
    ),
    response_type=lambda: _models.Thing,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"state": Literal["on", "off"], "ids": Sequence[int], "X-Ids": Sequence[str]},
    names={"X-Ids": "x_ids"},
)


class ThingResource:
    """Operations on thing."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ThingResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return ThingResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ThingResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return ThingResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        state: Literal["on", "off"] | NotGiven = NOT_GIVEN,
        ids: Sequence[int] | NotGiven = NOT_GIVEN,
        x_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Thing:
        """GET /thing

        Args:
            state: `state` (query parameter)
            ids: `ids` (query parameter)
            x_ids: `X-Ids` (header parameter)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _THING_LIST,
            {
                "state": state,
                "ids": ids,
                "X-Ids": x_ids,
            },
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncThingResource:
    """Operations on thing."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncThingResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncThingResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncThingResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncThingResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        state: Literal["on", "off"] | NotGiven = NOT_GIVEN,
        ids: Sequence[int] | NotGiven = NOT_GIVEN,
        x_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Thing:
        """GET /thing

        Args:
            state: `state` (query parameter)
            ids: `ids` (query parameter)
            x_ids: `X-Ids` (header parameter)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _THING_LIST,
            {
                "state": state,
                "ids": ids,
                "X-Ids": x_ids,
            },
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class ThingResourceWithRawResponse:
    """`ThingResource` methods that return the raw APIResponse."""

    def __init__(self, resource: ThingResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncThingResourceWithRawResponse:
    """`AsyncThingResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncThingResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)


class ThingResourceWithStreamingResponse:
    """`ThingResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: ThingResource) -> None:
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncThingResourceWithStreamingResponse:
    """`AsyncThingResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncThingResource) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
