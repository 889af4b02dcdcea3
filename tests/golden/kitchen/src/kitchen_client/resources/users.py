"""UsersResource: thin methods that describe requests.

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
    from .. import params as _params
else:
    _models = LazyModule(__name__.rsplit(".", 2)[0] + ".models")  # loaded with the first call

__all__ = [
    "UsersResource",
    "AsyncUsersResource",
]


_USERS_LIST: Operation[_models.User] = Operation(
    method="GET",
    path="/users",
    params=(
        Param("userId", "query", style="form", explode=True, json_content=False),
        Param("user_id", "query", style="form", explode=True, json_content=False),
        Param("scope", "query", style="form", explode=True, json_content=False, key="query:scope"),
        Param("scope", "header", style="simple", explode=False, json_content=False, key="header:scope"),
        Param("where", "query", style="form", explode=True, json_content=True, model=lambda: _models.FindUsersWhere),
    ),
    response_type=lambda: _models.User,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {
        "userId": str,
        "user_id": str,
        "query:scope": str,
        "header:scope": str,
        "where": _models.FindUsersWhere,
    },
    names={"userId": "user_id", "user_id": "user_id_2", "query:scope": "scope", "header:scope": "scope_2"},
)


class UsersResource:
    """Operations on users."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UsersResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return UsersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UsersResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return UsersResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        user_id: str | NotGiven = NOT_GIVEN,
        user_id_2: str | NotGiven = NOT_GIVEN,
        scope: str | NotGiven = NOT_GIVEN,
        scope_2: str | NotGiven = NOT_GIVEN,
        where: _models.FindUsersWhere | _params.FindUsersWhereParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.User:
        """GET /users

        Args:
            user_id: `userId` (query parameter)
            user_id_2: `user_id` (query parameter)
            scope: `scope` (query parameter)
            scope_2: `scope` (header parameter)
            where: `where` (query parameter)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _USERS_LIST,
            {
                "userId": user_id,
                "user_id": user_id_2,
                "query:scope": scope,
                "header:scope": scope_2,
                "where": where,
            },
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncUsersResource:
    """Operations on users."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUsersResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncUsersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUsersResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncUsersResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        user_id: str | NotGiven = NOT_GIVEN,
        user_id_2: str | NotGiven = NOT_GIVEN,
        scope: str | NotGiven = NOT_GIVEN,
        scope_2: str | NotGiven = NOT_GIVEN,
        where: _models.FindUsersWhere | _params.FindUsersWhereParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.User:
        """GET /users

        Args:
            user_id: `userId` (query parameter)
            user_id_2: `user_id` (query parameter)
            scope: `scope` (query parameter)
            scope_2: `scope` (header parameter)
            where: `where` (query parameter)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _USERS_LIST,
            {
                "userId": user_id,
                "user_id": user_id_2,
                "query:scope": scope,
                "header:scope": scope_2,
                "where": where,
            },
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class UsersResourceWithRawResponse:
    """`UsersResource` methods that return the raw APIResponse."""

    def __init__(self, resource: UsersResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncUsersResourceWithRawResponse:
    """`AsyncUsersResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncUsersResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)


class UsersResourceWithStreamingResponse:
    """`UsersResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: UsersResource) -> None:
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncUsersResourceWithStreamingResponse:
    """`AsyncUsersResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncUsersResource) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
