"""ConversationsResource: thin methods that describe requests.

Each method hands a static Operation (defined once, below the imports) and the caller's arguments to
the runtime in `_base_client`, which encodes, sends, retries and parses.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, List, Literal

import httpx2

from ..._base_client import (
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
from ..._pagination import (
    AsyncCursorPage,
    AsyncPaginator,
    Paging,
    SyncCursorPage,
)
from .messages import (
    AsyncConversationsMessagesResource,
    AsyncConversationsMessagesResourceWithRawResponse,
    AsyncConversationsMessagesResourceWithStreamingResponse,
    ConversationsMessagesResource,
    ConversationsMessagesResourceWithRawResponse,
    ConversationsMessagesResourceWithStreamingResponse,
)

if TYPE_CHECKING:
    from ... import models as _models
    from ... import params as _params
else:
    _models = LazyModule(__name__.rsplit(".", 3)[0] + ".models")  # loaded with the first call

__all__ = [
    "ConversationsResource",
    "AsyncConversationsResource",
]


_CONVERSATIONS_LIST: Operation[_models.ConversationList] = Operation(
    method="GET",
    path="/v1/conversations",
    params=(
        Param("botCategory", "query", style="form", explode=True, json_content=False),
        Param(
            "assignedId",
            "query",
            style="form",
            explode=True,
            json_content=False,
            pattern="^(u_[0-9]+|t_[0-9]+|unassigned)$",
        ),
        Param("channel", "query", style="form", explode=True, json_content=False),
        Param(
            "status",
            "query",
            style="form",
            explode=True,
            json_content=True,
            model=lambda: List[Literal["noAdminReply", "unread", "followUp", "archived", "blocked"] | str],
        ),
        Param("keyword", "query", style="form", explode=True, json_content=False),
        Param("botEnabled", "query", style="form", explode=True, json_content=False),
        Param(
            "tags",
            "query",
            style="form",
            explode=True,
            json_content=True,
            model=lambda: List[Literal["noAdminReply", "unread", "followUp", "archived", "blocked"] | str],
        ),
        Param(
            "contactFilter", "query", style="form", explode=True, json_content=True, model=lambda: _models.ContactFilter
        ),
        Param("cursor", "query", style="form", explode=True, json_content=False),
        Param("perPage", "query", style="form", explode=True, json_content=False),
        Param("sort", "query", style="form", explode=True, json_content=True, model=lambda: List[_models.SortItem]),
    ),
    response_type=lambda: _models.ConversationList,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {
        "botCategory": Literal["bot", "human", "all"],
        "assignedId": str | None,
        "channel": Literal[
            "omnichannel", "webchat", "messenger", "whatsapp", "zalo", "smtp", "telegram", "instagram", "tiktok", "api"
        ],
        "status": Sequence[Literal["noAdminReply", "unread", "followUp", "archived", "blocked"]],
        "keyword": str,
        "botEnabled": Literal["true", "false"],
        "tags": Sequence[Literal["noAdminReply", "unread", "followUp", "archived", "blocked"]],
        "contactFilter": _models.ContactFilter,
        "cursor": str,
        "perPage": int,
        "sort": Sequence[_models.SortItem],
    },
    names={
        "botCategory": "bot_category",
        "assignedId": "assigned_id",
        "botEnabled": "bot_enabled",
        "contactFilter": "contact_filter",
        "perPage": "per_page",
    },
    paging=Paging(
        style="cursor",
        items=("data",),
        cursor_param="cursor",
        next_cursor=("next_cursor",),
        offset_param=None,
        limit_param="perPage",
        total=(),
        page_param=None,
        page_count=(),
        first_page=1,
        item_id=("id",),
    ),
)

_CONVERSATIONS_RETRIEVE: Operation[_models.ConversationResponse] = Operation(
    method="GET",
    path="/v1/conversations/{id}",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.ConversationResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header=None,
    auth=True,
    arguments=lambda: {"id": str},
)

_CONVERSATIONS_ASSIGN: Operation[_models.SuccessResponse] = Operation(
    method="POST",
    path="/v1/conversations/{id}/assign",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.SuccessResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    body_kind="json",
    body_type=lambda: _models.AssignRequest,
    body_content_type="application/json",
    body_required=True,
    idempotency_header="Idempotency-Key",
    auth=True,
    arguments=lambda: {"id": str},
    names={"assignedId": "assigned_id"},
)

_CONVERSATIONS_ARCHIVE: Operation[_models.SuccessResponse] = Operation(
    method="POST",
    path="/v1/conversations/{id}/archive",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.SuccessResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header="Idempotency-Key",
    auth=True,
    arguments=lambda: {"id": str},
)

_CONVERSATIONS_UNARCHIVE: Operation[_models.SuccessResponse] = Operation(
    method="POST",
    path="/v1/conversations/{id}/unarchive",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.SuccessResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header="Idempotency-Key",
    auth=True,
    arguments=lambda: {"id": str},
)

_CONVERSATIONS_READ: Operation[_models.SuccessResponse] = Operation(
    method="POST",
    path="/v1/conversations/{id}/read",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.SuccessResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header="Idempotency-Key",
    auth=True,
    arguments=lambda: {"id": str},
)

_CONVERSATIONS_UNREAD: Operation[_models.SuccessResponse] = Operation(
    method="POST",
    path="/v1/conversations/{id}/unread",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.SuccessResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header="Idempotency-Key",
    auth=True,
    arguments=lambda: {"id": str},
)

_CONVERSATIONS_FOLLOW: Operation[_models.SuccessResponse] = Operation(
    method="POST",
    path="/v1/conversations/{id}/follow",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.SuccessResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header="Idempotency-Key",
    auth=True,
    arguments=lambda: {"id": str},
)

_CONVERSATIONS_UNFOLLOW: Operation[_models.SuccessResponse] = Operation(
    method="POST",
    path="/v1/conversations/{id}/unfollow",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.SuccessResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header="Idempotency-Key",
    auth=True,
    arguments=lambda: {"id": str},
)

_CONVERSATIONS_ENABLE_BOT: Operation[_models.SuccessResponse] = Operation(
    method="POST",
    path="/v1/conversations/{id}/enable-bot",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.SuccessResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header="Idempotency-Key",
    auth=True,
    arguments=lambda: {"id": str},
)

_CONVERSATIONS_DISABLE_BOT: Operation[_models.SuccessResponse] = Operation(
    method="POST",
    path="/v1/conversations/{id}/disable-bot",
    params=(Param("id", "path", style="simple", explode=False, json_content=False),),
    response_type=lambda: _models.SuccessResponse,
    response_kind="json",
    unwrap_root=False,
    accept="application/json",
    empty_ok=False,
    idempotency_header="Idempotency-Key",
    auth=True,
    arguments=lambda: {"id": str},
)


class ConversationsResource:
    """Operations on conversations."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.messages = ConversationsMessagesResource(client)

    @cached_property
    def with_raw_response(self) -> ConversationsResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return ConversationsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ConversationsResourceWithStreamingResponse:
        """The same methods, as context managers around the unread response (`iter_bytes()`, `write_to_file()`)."""
        return ConversationsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        bot_category: Literal["bot", "human", "all"] | NotGiven = NOT_GIVEN,
        assigned_id: str | None | NotGiven = NOT_GIVEN,
        channel: Literal[
            "omnichannel", "webchat", "messenger", "whatsapp", "zalo", "smtp", "telegram", "instagram", "tiktok", "api"
        ]
        | NotGiven = NOT_GIVEN,
        status: Sequence[Literal["noAdminReply", "unread", "followUp", "archived", "blocked"]] | NotGiven = NOT_GIVEN,
        keyword: str | NotGiven = NOT_GIVEN,
        bot_enabled: Literal["true", "false"] | NotGiven = NOT_GIVEN,
        tags: Sequence[Literal["noAdminReply", "unread", "followUp", "archived", "blocked"]] | NotGiven = NOT_GIVEN,
        contact_filter: _models.ContactFilter | _params.ContactFilterParam | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        per_page: int | NotGiven = NOT_GIVEN,
        sort: Sequence[_models.SortItem | _params.SortItemParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[_models.Conversation]:
        """List conversations

        Required token scope: `inbox` (read-only tokens allowed). Older servers have this route
        too (the only conversation route they serve).

        Ordered by last activity, newest first (source); the `sort` parameter is accepted but
        ignored. The filters are read by the server as described on each parameter, which differs
        from the docs page: `status`, `tags`, `contactFilter` and `sort` are each ONE query value
        holding JSON (URL-encoded), e.g. `status=["unread","followUp"]`, not `status[]=` and not
        repeated keys. JSON that does not parse is silently ignored, so a wrongly encoded filter
        returns unfiltered results without any error; valid JSON of the wrong shape answers 400.

        The cursor loses its tie-breaker (source-run): the server's keyset condition is
        `lastActivityAt < t OR (lastActivityAt = t AND id < cursorId)`, written with the date as a
        plain value that the query builder drops, so the second branch becomes `id < cursorId`
        (list-conversations.query.ts L145-158 in the version run, L141-150 in the stored
        lucas-zanatta 1ca19472; the same block in the newer build-conversation-where.ts). Pages
        then overlap and a cursor can come back. The client yields each conversation once (told
        apart by `id`) and ends a walk at a repeated cursor or a page with nothing new, with one
        warning in its log.

        Args:
            bot_category: Conversations handled by the bot, by humans, or all.
            assigned_id: Only conversations assigned to this user (`u_<user id>`), this inbox team (`t_<inbox team id>`), or to nobody (`unassigned`). The server silently ignores any other value (unfiltered results, no error), so the pattern refuses them here. The docs say `string | null`; how a null would be written in the query string is not recorded.
            channel: Only conversations on this channel. `api` (the API channel) exists only on newer servers (source-variant); older servers and the docs page do not have it (source-run).
            status: ONE query value holding a JSON array (URL-encoded), e.g. `status=["unread","followUp"]` (source). The docs page suggests an array parameter; the server does not read `status[]=` or repeated keys. JSON that does not parse is silently ignored (unfiltered results, no error). Older servers decode it but do not filter by it (source-run).
            keyword: Free-text search.
            bot_enabled: Only conversations with the bot enabled (`"true"`) or disabled (`"false"`). The docs say `boolean | null`, but the server compares the raw query string with the literals `true` and `false` (source), so it is modelled as a string enum: a serializer that writes booleans as `True` or `1` would not be understood.
            tags: ONE query value holding a JSON array (URL-encoded), like `status` (source). Both the source notes and the docs page give it the same value set as `status`. JSON that does not parse is silently ignored (unfiltered results, no error); older servers filter by it correctly (source-run).
            contact_filter: ONE query value holding a JSON object (URL-encoded) that filters on contact fields: `{operator, conditions}`, each condition a member of the union keyed on `field` (`ContactFilterCondition`). JSON that does not parse is silently ignored (unfiltered results, no error); valid JSON of the wrong shape answers 400 (source-run).
            cursor: Opaque cursor from the previous page's `nextCursor` (base64 of JSON `{lastActivityAt, id}` in the version read; do not build or parse it). Omit for the first page.
            per_page: Page size, an integer >= 1, default 20 (source). The docs allow up to 9007199254740991 (JavaScript's largest safe integer), i.e. no meaningful maximum.
            sort: ONE query value holding a JSON array `[{id, desc}]` (URL-encoded). Accepted but ignored: the order is always last activity, newest first (source).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            SyncCursorPage[_models.Conversation],
            _CONVERSATIONS_LIST,
            {
                "botCategory": bot_category,
                "assignedId": assigned_id,
                "channel": channel,
                "status": status,
                "keyword": keyword,
                "botEnabled": bot_enabled,
                "tags": tags,
                "contactFilter": contact_filter,
                "cursor": cursor,
                "perPage": per_page,
                "sort": sort,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.ConversationResponse:
        """Retrieve a conversation

        Required token scope: `inbox` (read-only tokens allowed). Not on older servers.

        Answers 404 `notFound` when the conversation does not exist in the workspace.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONVERSATIONS_RETRIEVE,
            {
                "id": id,
            },
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def assign(
        self,
        id: str,
        *,
        assigned_id: str | None,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Assign or unassign a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        `assignedId` is `u_<user id>` for a user or `t_<inbox team id>` for an inbox team; null
        unassigns. The newer server refuses any other shape (422); some versions accept any
        non-empty string and silently unassign when it has neither prefix.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            assigned_id: `u_<user id>` for a user or `t_<inbox team id>` for an inbox team; null unassigns.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONVERSATIONS_ASSIGN,
            {
                "id": id,
            },
            {
                "assignedId": assigned_id,
            },
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def archive(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Archive a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Archives the conversation. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONVERSATIONS_ARCHIVE,
            {
                "id": id,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def unarchive(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Unarchive a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Moves an archived conversation back to the inbox. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONVERSATIONS_UNARCHIVE,
            {
                "id": id,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def read(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Mark a conversation as read

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Marks the conversation as read. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONVERSATIONS_READ,
            {
                "id": id,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def unread(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Mark a conversation as unread

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Marks the conversation as unread. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONVERSATIONS_UNREAD,
            {
                "id": id,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def follow(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Follow a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Follows the conversation. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONVERSATIONS_FOLLOW,
            {
                "id": id,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def unfollow(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Unfollow a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Stops following the conversation. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONVERSATIONS_UNFOLLOW,
            {
                "id": id,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def enable_bot(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Enable the bot on a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Lets the bot answer in this conversation again. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONVERSATIONS_ENABLE_BOT,
            {
                "id": id,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    def disable_bot(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Disable the bot on a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Stops the bot from answering in this conversation (humans take over). Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request(
            _CONVERSATIONS_DISABLE_BOT,
            {
                "id": id,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncConversationsResource:
    """Operations on conversations."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.messages = AsyncConversationsMessagesResource(client)

    @cached_property
    def with_raw_response(self) -> AsyncConversationsResourceWithRawResponse:
        """The same methods, returning the raw APIResponse (status, headers, `.parse()`)."""
        return AsyncConversationsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncConversationsResourceWithStreamingResponse:
        """The same methods, as async context managers around the unread response (`iter_bytes()`)."""
        return AsyncConversationsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        bot_category: Literal["bot", "human", "all"] | NotGiven = NOT_GIVEN,
        assigned_id: str | None | NotGiven = NOT_GIVEN,
        channel: Literal[
            "omnichannel", "webchat", "messenger", "whatsapp", "zalo", "smtp", "telegram", "instagram", "tiktok", "api"
        ]
        | NotGiven = NOT_GIVEN,
        status: Sequence[Literal["noAdminReply", "unread", "followUp", "archived", "blocked"]] | NotGiven = NOT_GIVEN,
        keyword: str | NotGiven = NOT_GIVEN,
        bot_enabled: Literal["true", "false"] | NotGiven = NOT_GIVEN,
        tags: Sequence[Literal["noAdminReply", "unread", "followUp", "archived", "blocked"]] | NotGiven = NOT_GIVEN,
        contact_filter: _models.ContactFilter | _params.ContactFilterParam | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        per_page: int | NotGiven = NOT_GIVEN,
        sort: Sequence[_models.SortItem | _params.SortItemParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[_models.Conversation, AsyncCursorPage[_models.Conversation]]:
        """List conversations

        Required token scope: `inbox` (read-only tokens allowed). Older servers have this route
        too (the only conversation route they serve).

        Ordered by last activity, newest first (source); the `sort` parameter is accepted but
        ignored. The filters are read by the server as described on each parameter, which differs
        from the docs page: `status`, `tags`, `contactFilter` and `sort` are each ONE query value
        holding JSON (URL-encoded), e.g. `status=["unread","followUp"]`, not `status[]=` and not
        repeated keys. JSON that does not parse is silently ignored, so a wrongly encoded filter
        returns unfiltered results without any error; valid JSON of the wrong shape answers 400.

        The cursor loses its tie-breaker (source-run): the server's keyset condition is
        `lastActivityAt < t OR (lastActivityAt = t AND id < cursorId)`, written with the date as a
        plain value that the query builder drops, so the second branch becomes `id < cursorId`
        (list-conversations.query.ts L145-158 in the version run, L141-150 in the stored
        lucas-zanatta 1ca19472; the same block in the newer build-conversation-where.ts). Pages
        then overlap and a cursor can come back. The client yields each conversation once (told
        apart by `id`) and ends a walk at a repeated cursor or a page with nothing new, with one
        warning in its log.

        Args:
            bot_category: Conversations handled by the bot, by humans, or all.
            assigned_id: Only conversations assigned to this user (`u_<user id>`), this inbox team (`t_<inbox team id>`), or to nobody (`unassigned`). The server silently ignores any other value (unfiltered results, no error), so the pattern refuses them here. The docs say `string | null`; how a null would be written in the query string is not recorded.
            channel: Only conversations on this channel. `api` (the API channel) exists only on newer servers (source-variant); older servers and the docs page do not have it (source-run).
            status: ONE query value holding a JSON array (URL-encoded), e.g. `status=["unread","followUp"]` (source). The docs page suggests an array parameter; the server does not read `status[]=` or repeated keys. JSON that does not parse is silently ignored (unfiltered results, no error). Older servers decode it but do not filter by it (source-run).
            keyword: Free-text search.
            bot_enabled: Only conversations with the bot enabled (`"true"`) or disabled (`"false"`). The docs say `boolean | null`, but the server compares the raw query string with the literals `true` and `false` (source), so it is modelled as a string enum: a serializer that writes booleans as `True` or `1` would not be understood.
            tags: ONE query value holding a JSON array (URL-encoded), like `status` (source). Both the source notes and the docs page give it the same value set as `status`. JSON that does not parse is silently ignored (unfiltered results, no error); older servers filter by it correctly (source-run).
            contact_filter: ONE query value holding a JSON object (URL-encoded) that filters on contact fields: `{operator, conditions}`, each condition a member of the union keyed on `field` (`ContactFilterCondition`). JSON that does not parse is silently ignored (unfiltered results, no error); valid JSON of the wrong shape answers 400 (source-run).
            cursor: Opaque cursor from the previous page's `nextCursor` (base64 of JSON `{lastActivityAt, id}` in the version read; do not build or parse it). Omit for the first page.
            per_page: Page size, an integer >= 1, default 20 (source). The docs allow up to 9007199254740991 (JavaScript's largest safe integer), i.e. no meaningful maximum.
            sort: ONE query value holding a JSON array `[{id, desc}]` (URL-encoded). Accepted but ignored: the order is always last activity, newest first (source).
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return self._client.request_page(
            AsyncCursorPage[_models.Conversation],
            _CONVERSATIONS_LIST,
            {
                "botCategory": bot_category,
                "assignedId": assigned_id,
                "channel": channel,
                "status": status,
                "keyword": keyword,
                "botEnabled": bot_enabled,
                "tags": tags,
                "contactFilter": contact_filter,
                "cursor": cursor,
                "perPage": per_page,
                "sort": sort,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.ConversationResponse:
        """Retrieve a conversation

        Required token scope: `inbox` (read-only tokens allowed). Not on older servers.

        Answers 404 `notFound` when the conversation does not exist in the workspace.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONVERSATIONS_RETRIEVE,
            {
                "id": id,
            },
            NOT_GIVEN,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def assign(
        self,
        id: str,
        *,
        assigned_id: str | None,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Assign or unassign a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        `assignedId` is `u_<user id>` for a user or `t_<inbox team id>` for an inbox team; null
        unassigns. The newer server refuses any other shape (422); some versions accept any
        non-empty string and silently unassign when it has neither prefix.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            assigned_id: `u_<user id>` for a user or `t_<inbox team id>` for an inbox team; null unassigns.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONVERSATIONS_ASSIGN,
            {
                "id": id,
            },
            {
                "assignedId": assigned_id,
            },
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def archive(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Archive a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Archives the conversation. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONVERSATIONS_ARCHIVE,
            {
                "id": id,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def unarchive(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Unarchive a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Moves an archived conversation back to the inbox. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONVERSATIONS_UNARCHIVE,
            {
                "id": id,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def read(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Mark a conversation as read

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Marks the conversation as read. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONVERSATIONS_READ,
            {
                "id": id,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def unread(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Mark a conversation as unread

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Marks the conversation as unread. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONVERSATIONS_UNREAD,
            {
                "id": id,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def follow(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Follow a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Follows the conversation. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONVERSATIONS_FOLLOW,
            {
                "id": id,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def unfollow(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Unfollow a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Stops following the conversation. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONVERSATIONS_UNFOLLOW,
            {
                "id": id,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def enable_bot(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Enable the bot on a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Lets the bot answer in this conversation again. Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONVERSATIONS_ENABLE_BOT,
            {
                "id": id,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def disable_bot(
        self,
        id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _models.SuccessResponse:
        """Disable the bot on a conversation

        Required token scope: `inbox`; read-only tokens are refused (403). Not on older servers.

        Stops the bot from answering in this conversation (humans take over). Takes no request body.

        Args:
            id: Conversation id, a numeric string (source), e.g. `1842`.
            idempotency_key: sent as 'Idempotency-Key'; one is generated per call and reused on every retry when not given.
            extra_headers: headers to add to (or, with NOT_GIVEN, remove from) this request.
            extra_query: query parameters to add to (or replace in, or with NOT_GIVEN remove from) this request.
            extra_body: JSON members to add to (or replace in) this request's body.
            timeout: overrides the client's timeout for this request.
            max_retries: overrides the client's max_retries for this request.
        """
        return await self._client.request(
            _CONVERSATIONS_DISABLE_BOT,
            {
                "id": id,
            },
            NOT_GIVEN,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )


class ConversationsResourceWithRawResponse:
    """`ConversationsResource` methods that return the raw APIResponse."""

    def __init__(self, resource: ConversationsResource) -> None:
        self.messages = ConversationsMessagesResourceWithRawResponse(resource.messages)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.assign = to_raw_response_wrapper(resource.assign)
        self.archive = to_raw_response_wrapper(resource.archive)
        self.unarchive = to_raw_response_wrapper(resource.unarchive)
        self.read = to_raw_response_wrapper(resource.read)
        self.unread = to_raw_response_wrapper(resource.unread)
        self.follow = to_raw_response_wrapper(resource.follow)
        self.unfollow = to_raw_response_wrapper(resource.unfollow)
        self.enable_bot = to_raw_response_wrapper(resource.enable_bot)
        self.disable_bot = to_raw_response_wrapper(resource.disable_bot)


class AsyncConversationsResourceWithRawResponse:
    """`AsyncConversationsResource` methods that return the raw APIResponse."""

    def __init__(self, resource: AsyncConversationsResource) -> None:
        self.messages = AsyncConversationsMessagesResourceWithRawResponse(resource.messages)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.assign = async_to_raw_response_wrapper(resource.assign)
        self.archive = async_to_raw_response_wrapper(resource.archive)
        self.unarchive = async_to_raw_response_wrapper(resource.unarchive)
        self.read = async_to_raw_response_wrapper(resource.read)
        self.unread = async_to_raw_response_wrapper(resource.unread)
        self.follow = async_to_raw_response_wrapper(resource.follow)
        self.unfollow = async_to_raw_response_wrapper(resource.unfollow)
        self.enable_bot = async_to_raw_response_wrapper(resource.enable_bot)
        self.disable_bot = async_to_raw_response_wrapper(resource.disable_bot)


class ConversationsResourceWithStreamingResponse:
    """`ConversationsResource` methods that return a context manager around the unread response."""

    def __init__(self, resource: ConversationsResource) -> None:
        self.messages = ConversationsMessagesResourceWithStreamingResponse(resource.messages)
        self.list = to_streamed_response_wrapper(resource.list)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.assign = to_streamed_response_wrapper(resource.assign)
        self.archive = to_streamed_response_wrapper(resource.archive)
        self.unarchive = to_streamed_response_wrapper(resource.unarchive)
        self.read = to_streamed_response_wrapper(resource.read)
        self.unread = to_streamed_response_wrapper(resource.unread)
        self.follow = to_streamed_response_wrapper(resource.follow)
        self.unfollow = to_streamed_response_wrapper(resource.unfollow)
        self.enable_bot = to_streamed_response_wrapper(resource.enable_bot)
        self.disable_bot = to_streamed_response_wrapper(resource.disable_bot)


class AsyncConversationsResourceWithStreamingResponse:
    """`AsyncConversationsResource` methods that return an async context manager around the unread response."""

    def __init__(self, resource: AsyncConversationsResource) -> None:
        self.messages = AsyncConversationsMessagesResourceWithStreamingResponse(resource.messages)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.assign = async_to_streamed_response_wrapper(resource.assign)
        self.archive = async_to_streamed_response_wrapper(resource.archive)
        self.unarchive = async_to_streamed_response_wrapper(resource.unarchive)
        self.read = async_to_streamed_response_wrapper(resource.read)
        self.unread = async_to_streamed_response_wrapper(resource.unread)
        self.follow = async_to_streamed_response_wrapper(resource.follow)
        self.unfollow = async_to_streamed_response_wrapper(resource.unfollow)
        self.enable_bot = async_to_streamed_response_wrapper(resource.enable_bot)
        self.disable_bot = async_to_streamed_response_wrapper(resource.disable_bot)
