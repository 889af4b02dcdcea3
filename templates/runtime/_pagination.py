"""Pages and auto-pagination, for the three paging styles: cursor, offset and page number.

A list call returns its first page: `.data`, `.has_next_page()`, `.get_next_page()`, `.iter_pages()`,
`._request_id`; iterating a page walks every item of every later page, fetching lazily and holding one
page at a time (`.iter(max_items=n)`, or `.auto_paging_iter(max_items=n)`, stops after n items). Paging stops on a null cursor, an empty page, an offset at or past the total, or the
last page of a page count; a cursor that comes back a second time raises PaginationError instead of
looping forever, and so does asking for the page after the last. Where a list keeps its items and its
cursor is the operation's `Paging`; a page asks the client that made it for the next one.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, cast

import httpx2

from ._errors import APIError, InvalidArgumentError, request_id_of
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
    """The server sent a cursor it had already sent (following it would loop forever), or the page
    after the last one was asked for."""


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


class SyncPage(BasePage[ItemT]):
    """A page of a synchronous client: iterate it to walk every item of every page."""

    _client: SyncPageFetcher

    def get_next_page(self) -> Self:
        """Fetch the page after this one (raises PaginationError on the last page)."""
        values, seen = self._checked_next()
        parsed, headers = self._client.fetch_page(self._op, values, self._options)
        return self.from_response(self._client, self._op, values, self._options, parsed, seen, headers)

    def iter_pages(self) -> Iterator[Self]:
        """This page and every later one, fetched as they are reached."""
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.data

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
        parsed, headers = await self._client.fetch_page(self._op, values, self._options)
        return self.from_response(self._client, self._op, values, self._options, parsed, seen, headers)

    async def iter_pages(self) -> AsyncIterator[Self]:
        """This page and every later one, fetched as they are reached."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.data:
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
