"""Pages and auto-pagination, for the three paging styles: cursor, offset and page number.

A list call returns its first page: `.data`, `.has_next_page()`, `.get_next_page()`, `.iter_pages()`,
`._request_id`; iterating a page walks every item of every later page, fetching lazily and holding one
page at a time (and the ids of the items it yielded, to yield each once; `.iter(max_items=n)`, or
`.auto_paging_iter(max_items=n)`, stops after n items). Paging stops on a null cursor, an empty page, an offset at or past the total, or the
last page of a page count. Servers are not always that tidy: a walk (`for item in page`,
`iter_pages()`) also ends when a cursor comes back a second time or a page brings nothing new (a
server that ignores the page parameter answers the same page again), and it yields an item once even
when pages overlap (told apart by the item's id where the spec names one), saying so in one log line.
Asked for explicitly, the page after the last one, or a cursor already followed, is a PaginationError.
Where a list keeps its items and its cursor is the operation's `Paging`; a page asks the client that
made it for the next one.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, cast

import httpx2

from ._errors import APIError, InvalidArgumentError, request_id_of
from ._logs import logger
from ._operation import Operation
from ._operation import Paging as Paging
from ._types import RequestOptions

if TYPE_CHECKING:
    from typing import Self

__all__ = [
    "AsyncCursorPage",
    "AsyncOffsetPage",
    "AsyncPageNumberPage",
    "AsyncPaginator",
    "PaginationError",
    "SyncCursorPage",
    "SyncOffsetPage",
    "SyncPageNumberPage",
]

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT", bound="BasePage[Any]")


class PaginationError(APIError):
    """`get_next_page()` on the last page, or on a page whose next cursor was already followed
    (following it would loop forever). A walk never raises it: it stops there instead."""


class SyncPageFetcher(Protocol):
    """What a synchronous page needs of its client: the parsed body of the page after it, and its headers."""

    def fetch_page(
        self, op: Operation[Any], values: Mapping[str, Any], options: RequestOptions
    ) -> tuple[Any, httpx2.Headers]: ...


class AsyncPageFetcher(Protocol):
    """What an asynchronous page needs of its client: the parsed body of the page after it, and its headers."""

    async def fetch_page(
        self, op: Operation[Any], values: Mapping[str, Any], options: RequestOptions
    ) -> tuple[Any, httpx2.Headers]: ...


def _get(value: Any, path: tuple[str, ...]) -> Any:
    """The value at an attribute path of the parsed body (models or dicts); None where it stops."""
    for name in path:
        if value is None:
            return None
        value = cast("Mapping[str, Any]", value).get(name) if isinstance(value, Mapping) else getattr(value, name, None)
    return value


class BasePage(Generic[ItemT]):
    """One page of results: the items in `.data`, the whole parsed body in `.response`."""

    data: list[ItemT]

    def __init__(
        self,
        client: Any,
        op: Operation[Any],
        values: Mapping[str, Any],
        options: RequestOptions,
        parsed: Any,
        seen: frozenset[str],
        headers: httpx2.Headers | None = None,
    ) -> None:
        self._client = client
        self._headers = headers
        self._op = op
        self._values = values
        self._options = options
        self._seen = seen
        self.response = parsed
        items = _get(parsed, self._paging.items)
        self.data = list(items) if items is not None else []

    @classmethod
    def from_response(
        cls,
        client: Any,
        op: Operation[Any],
        values: Mapping[str, Any],
        options: RequestOptions,
        parsed: Any,
        seen: frozenset[str],
        headers: httpx2.Headers | None = None,
    ) -> Self:
        return cls(client, op, values, options, parsed, seen, headers)

    @property
    def _request_id(self) -> str | None:
        """The provider's request id of the answer this page came from (None if it sent none)."""
        return request_id_of(self._headers) if self._headers is not None else None

    @property
    def _paging(self) -> Paging:
        paging = self._op.paging
        assert paging is not None
        return paging

    def _next_values(self) -> dict[str, Any] | None:
        raise NotImplementedError

    def _next_key(self, values: Mapping[str, Any]) -> str | None:
        return None

    def has_next_page(self) -> bool:
        """Is there a page after this one?"""
        return self._next_values() is not None

    def _checked_next(self) -> tuple[dict[str, Any], frozenset[str]]:
        values = self._next_values()
        if values is None:
            raise PaginationError("there is no page after this one: check has_next_page() first")
        key = self._next_key(values)
        seen = self._seen
        if key is not None:
            if key in seen:
                raise PaginationError(
                    f"the server returned the cursor {key!r} twice; stopping instead of looping forever"
                )
            seen = seen | {key}
        return values, seen

    def _walk(self) -> _Walk:
        """A new walk starting at this page (the cursors followed to reach it count as seen)."""
        return _Walk(self._op.method, self._op.path, self._seen)

    def _next_in(self, walk: _Walk) -> tuple[dict[str, Any], frozenset[str]] | None:
        """The arguments of the next page of `walk` and its cursors, or None where the walk ends
        (no next page, or a cursor the walk followed already)."""
        values = self._next_values()
        if values is None:
            return None
        key = self._next_key(values)
        if key is None:
            return values, self._seen
        if key in walk.keys:
            walk.warn("named a cursor it had already sent")
            return None
        walk.keys.add(key)
        return values, self._seen | {key}

    def _fresh_in(self, walk: _Walk) -> list[ItemT] | None:
        """The items of this page `walk` has not yielded, or None if the page repeats one it saw."""
        path = self._paging.item_id
        if path:
            fresh: list[ItemT] = []
            for item in self.data:
                key = _get(item, path)
                if not isinstance(key, (str, int)) or isinstance(key, bool):
                    fresh.append(item)  # no usable id: kept
                elif key not in walk.ids:
                    walk.ids.add(key)
                    fresh.append(item)
            repeated = bool(self.data) and not fresh
        else:  # without ids only a page identical to an earlier one can be told apart
            fresh = list(self.data)
            fingerprint = hash(tuple(repr(item) for item in self.data))
            repeated = bool(self.data) and fingerprint in walk.pages
            walk.pages.add(fingerprint)
        if repeated:
            walk.warn("sent a page it had already sent")
            return None
        if len(fresh) < len(self.data):
            walk.warn(f"sent {len(self.data) - len(fresh)} item(s) of one page again (overlapping pages)")
        return fresh

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.data)} has_next_page={self.has_next_page()}>"


class _CursorMixin(BasePage[ItemT]):
    def _next_values(self) -> dict[str, Any] | None:
        cursor = _get(self.response, self._paging.next_cursor)
        if cursor is None or cursor == "" or not self.data:
            return None
        assert self._paging.cursor_param is not None
        values = dict(self._values)
        values[self._paging.cursor_param] = cursor
        return values

    def _next_key(self, values: Mapping[str, Any]) -> str | None:
        assert self._paging.cursor_param is not None
        return str(values[self._paging.cursor_param])


class _OffsetMixin(BasePage[ItemT]):
    def _next_values(self) -> dict[str, Any] | None:
        if not self.data:
            return None
        assert self._paging.offset_param is not None
        current = self._values.get(self._paging.offset_param)
        offset = (current if isinstance(current, int) and not isinstance(current, bool) else 0) + len(self.data)
        total = _get(self.response, self._paging.total)
        if isinstance(total, int) and not isinstance(total, bool) and offset >= total:
            return None
        values = dict(self._values)
        values[self._paging.offset_param] = offset
        return values


def _number(value: Any) -> float | None:
    """A count or total from the body: an int or a float (JSON numbers), never a bool."""
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _int_value(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class _PageNumberMixin(BasePage[ItemT]):
    """Pages numbered from `first_page`: stop at the page count, at the total, or on an empty page.

    Without a count or total in the body, paging goes on only while the pages are full of the size
    the caller asked for: a server that ignores the page number (and answers everything at once)
    then stops after one page instead of looping.
    """

    def _next_values(self) -> dict[str, Any] | None:
        if not self.data:
            return None
        paging = self._paging
        assert paging.page_param is not None
        page = _int_value(self._values.get(paging.page_param))
        page = paging.first_page if page is None else page
        count = _number(_get(self.response, paging.page_count)) if paging.page_count else None
        total = _number(_get(self.response, paging.total)) if paging.total else None
        limit = _int_value(self._values.get(paging.limit_param)) if paging.limit_param else None
        if count is not None:
            if page - paging.first_page + 1 >= count:
                return None
        elif total is not None:
            size = limit if limit is not None else len(self.data)
            if (page - paging.first_page) * size + len(self.data) >= total:
                return None
        elif limit is None or len(self.data) != limit:
            return None
        values = dict(self._values)
        values[paging.page_param] = page + 1
        return values


class _Walk:
    """One walk over the pages: the cursors it followed, the items it yielded, the pages it saw.

    A page that repeats an earlier one (every item already yielded, or the same content without ids)
    ends the walk; items already yielded are skipped. The first time either happens the walk says so
    in one warning, with the operation and counts only (never the items themselves).
    """

    __slots__ = ("ids", "keys", "method", "pages", "path", "warned")

    def __init__(self, method: str, path: str, keys: frozenset[str]) -> None:
        self.method = method
        self.path = path
        self.keys: set[str] = set(keys)
        self.ids: set[str | int] = set()
        self.pages: set[int] = set()
        self.warned = False

    def warn(self, what: str) -> None:
        if not self.warned:
            self.warned = True
            logger.warning(
                "Listing %s %s: the server %s; each item is yielded once and the walk ends at the first "
                "page with nothing new (this is said once per walk)",
                self.method,
                self.path,
                what,
            )


class SyncPage(BasePage[ItemT]):
    """A page of a synchronous client: iterate it to walk every item of every page."""

    _client: SyncPageFetcher

    def get_next_page(self) -> Self:
        """Fetch the page after this one (raises PaginationError on the last page)."""
        values, seen = self._checked_next()
        return self._fetch(values, seen)

    def _fetch(self, values: dict[str, Any], seen: frozenset[str]) -> Self:
        parsed, headers = self._client.fetch_page(self._op, values, self._options)
        return self.from_response(self._client, self._op, values, self._options, parsed, seen, headers)

    def _pages_with_fresh_items(self) -> Iterator[tuple[Self, list[ItemT]]]:
        """Each page of a walk with its items not yielded before; ends where `_Walk` says."""
        walk = self._walk()
        page = self
        fresh = page._fresh_in(walk)
        while fresh is not None:
            yield page, fresh
            following = page._next_in(walk)
            if following is None:
                return
            page = page._fetch(*following)
            fresh = page._fresh_in(walk)

    def iter_pages(self) -> Iterator[Self]:
        """This page and every later one, fetched as they are reached (a repeated page ends it)."""
        for page, _ in self._pages_with_fresh_items():
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        for _, fresh in self._pages_with_fresh_items():
            yield from fresh

    def iter(self, max_items: int | None = None) -> Iterator[ItemT]:
        """Every item of this page and the later ones, at most `max_items` (None: all): no page past
        the one holding the last item wanted is fetched."""
        return _bounded(iter(self), max_items)

    def auto_paging_iter(self, max_items: int | None = None) -> Iterator[ItemT]:
        """The same as `iter(max_items=...)`."""
        return self.iter(max_items)


class AsyncPage(BasePage[ItemT]):
    """A page of an asynchronous client: `async for` it to walk every item of every page."""

    _client: AsyncPageFetcher

    async def get_next_page(self) -> Self:
        """Fetch the page after this one (raises PaginationError on the last page)."""
        values, seen = self._checked_next()
        return await self._fetch(values, seen)

    async def _fetch(self, values: dict[str, Any], seen: frozenset[str]) -> Self:
        parsed, headers = await self._client.fetch_page(self._op, values, self._options)
        return self.from_response(self._client, self._op, values, self._options, parsed, seen, headers)

    async def _pages_with_fresh_items(self) -> AsyncIterator[tuple[Self, list[ItemT]]]:
        """Each page of a walk with its items not yielded before; ends where `_Walk` says."""
        walk = self._walk()
        page = self
        fresh = page._fresh_in(walk)
        while fresh is not None:
            yield page, fresh
            following = page._next_in(walk)
            if following is None:
                return
            page = await page._fetch(*following)
            fresh = page._fresh_in(walk)

    async def iter_pages(self) -> AsyncIterator[Self]:
        """This page and every later one, fetched as they are reached (a repeated page ends it)."""
        async for page, _ in self._pages_with_fresh_items():
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for _, fresh in self._pages_with_fresh_items():
            for item in fresh:
                yield item

    def iter(self, max_items: int | None = None) -> AsyncIterator[ItemT]:
        """Every item of this page and the later ones, at most `max_items` (None: all): no page past
        the one holding the last item wanted is fetched."""
        return _abounded(self.__aiter__(), max_items)

    def auto_paging_iter(self, max_items: int | None = None) -> AsyncIterator[ItemT]:
        """The same as `iter(max_items=...)`."""
        return self.iter(max_items)


class SyncCursorPage(_CursorMixin[ItemT], SyncPage[ItemT]):
    """Cursor-paged results (synchronous)."""


class AsyncCursorPage(_CursorMixin[ItemT], AsyncPage[ItemT]):
    """Cursor-paged results (asynchronous)."""


class SyncOffsetPage(_OffsetMixin[ItemT], SyncPage[ItemT]):
    """Offset-paged results (synchronous)."""


class AsyncOffsetPage(_OffsetMixin[ItemT], AsyncPage[ItemT]):
    """Offset-paged results (asynchronous)."""


class SyncPageNumberPage(_PageNumberMixin[ItemT], SyncPage[ItemT]):
    """Page-number-paged results (synchronous)."""


class AsyncPageNumberPage(_PageNumberMixin[ItemT], AsyncPage[ItemT]):
    """Page-number-paged results (asynchronous)."""


class AsyncPaginator(Generic[ItemT, PageT]):
    """What an async list method returns: `await` it for the first page, `async for` it for every item."""

    def __init__(self, first_page: Callable[[], Awaitable[PageT]]) -> None:
        self._first_page = first_page

    def __await__(self) -> Generator[Any, None, PageT]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page: Any = await self
        async for item in page:
            yield item

    def iter(self, max_items: int | None = None) -> AsyncIterator[ItemT]:
        """Every item of every page, at most `max_items` (None: all), fetching no page beyond."""
        return _abounded(self.__aiter__(), max_items)

    def auto_paging_iter(self, max_items: int | None = None) -> AsyncIterator[ItemT]:
        """The same as `iter(max_items=...)`."""
        return self.iter(max_items)


def _limit(max_items: object) -> int | None:
    """The bound of a walk: None, or an integer 0 or more (a caller may pass anything at run time)."""
    if max_items is None:
        return None
    if isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0:
        got = repr(max_items) if isinstance(max_items, int) else f"a {type(max_items).__name__}"
        raise InvalidArgumentError(f"max_items must be None or an integer 0 or more, got {got}")
    return max_items


def _bounded(items: Iterator[ItemT], max_items: int | None) -> Iterator[ItemT]:
    limit = _limit(max_items)  # checked at the call, not at the first item

    def walk() -> Iterator[ItemT]:
        if limit == 0:
            return
        for count, item in enumerate(items, 1):
            yield item
            if count == limit:
                return  # before asking for an item the next page would have to be fetched for

    return walk()


def _abounded(items: AsyncIterator[ItemT], max_items: int | None) -> AsyncIterator[ItemT]:
    limit = _limit(max_items)

    async def walk() -> AsyncIterator[ItemT]:
        if limit == 0:
            return
        count = 0
        async for item in items:
            yield item
            count += 1
            if count == limit:
                return

    return walk()
