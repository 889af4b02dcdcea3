"""PetsResource: thin methods that describe requests.

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
    "PetsResource",
    "AsyncPetsResource",
]


_PETS_RETRIEVE: Operation[_models.Cat | _models.Dog] = Operation(
    method="GET",
    path="/pets/{petId}",
    params=(
        Param("petId", "path", style="simple", explode=False, json_content=False),
        Param("X-Trace", "header", style="simple", explode=False, json_content=False),
        Param("session", "cookie", style="form", explode=True, json_content=False),
        Param("fields", "query", style="form", explode=True, json_content=False),
        Param(
            "filter", "query", style="deepObject", explode=False, json_content=False, model=lambda: _models.GetPetFilter
        ),
    ),
    response_type=lambda: _models.Cat | _models.Dog,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {
        "petId": str,
        "X-Trace": str,
        "session": str,
        "fields": Sequence[str],
        "filter": _models.GetPetFilter,
    },
    names={"petId": "pet_id", "X-Trace": "x_trace"},
)

_PETS_CREATE: Operation[_models.Extended] = Operation(
    method="POST",
    path="/pets",
    params=(),
    response_type=lambda: _models.Extended,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.CreatePetBodyBody,
    body_content_type="application/json",
    body_required=True,
    idempotency_header=None,
    auth=True,
)


class PetsResource:
    """Operations on pets."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PetsResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return PetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PetsResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return PetsResourceWithStreamingResponse(self)

    def retrieve(
        self,
        pet_id: str,
        *,
        x_trace: str | NotGiven = NOT_GIVEN,
        session: str | NotGiven = NOT_GIVEN,
        fields: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: _models.GetPetFilter | _params.GetPetFilterParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Cat | _models.Dog:
        """Get a pet

        The pet, as a cat or a dog (told apart by `petType`).

        Args:
            pet_id: The pet's id.
            x_trace: `X-Trace` (header parameter)
            session: `session` (cookie parameter)
            fields: `fields` (query parameter)
            filter: `filter` (query parameter)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _PETS_RETRIEVE,
            {
                "petId": pet_id,
                "X-Trace": x_trace,
                "session": session,
                "fields": fields,
                "filter": filter,
            },
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Extended:
        """POST /pets

        Args:
            name: `name` (body field)
            password: `password` (body field)
            limit: `limit` (body field)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _PETS_CREATE,
            {},
            {
                "name": name,
                "password": password,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPetsResource:
    """Operations on pets."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPetsResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncPetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPetsResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncPetsResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        pet_id: str,
        *,
        x_trace: str | NotGiven = NOT_GIVEN,
        session: str | NotGiven = NOT_GIVEN,
        fields: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: _models.GetPetFilter | _params.GetPetFilterParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Cat | _models.Dog:
        """Get a pet

        The pet, as a cat or a dog (told apart by `petType`).

        Args:
            pet_id: The pet's id.
            x_trace: `X-Trace` (header parameter)
            session: `session` (cookie parameter)
            fields: `fields` (query parameter)
            filter: `filter` (query parameter)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _PETS_RETRIEVE,
            {
                "petId": pet_id,
                "X-Trace": x_trace,
                "session": session,
                "fields": fields,
                "filter": filter,
            },
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.Extended:
        """POST /pets

        Args:
            name: `name` (body field)
            password: `password` (body field)
            limit: `limit` (body field)
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _PETS_CREATE,
            {},
            {
                "name": name,
                "password": password,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class PetsResourceWithRawResponse:
    """`PetsResource` methods that return the raw APIResponse."""

    def __init__(self, resource: PetsResource) -> None:
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.create = to_raw_response_wrapper(resource.create)


class AsyncPetsResourceWithRawResponse:
    """`AsyncPetsResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.create = async_to_raw_response_wrapper(resource.create)


class PetsResourceWithStreamingResponse:
    """`PetsResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: PetsResource) -> None:
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncPetsResourceWithStreamingResponse:
    """`AsyncPetsResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.create = async_to_streamed_response_wrapper(resource.create)
