"""Pages and auto-pagination, for both paging styles: cursor and offset.

A list call returns its first page: `.data`, `.has_next_page()`, `.get_next_page()`, `.iter_pages()`;
iterating a page walks every item of every later page, fetching lazily and holding one page at a time.
Paging stops on a null cursor, an empty page, or an offset at or past the total; a cursor that comes
back a second time raises PaginationError instead of looping forever. Where a list keeps its items and
its cursor is the operation's `Paging`; a page asks the client that made it for the next one.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, cast

from ._errors import APIError
from ._operation import Operation
from ._operation import Paging as Paging
from ._types import RequestOptions

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = [
    "AsyncCursorPage",
    "AsyncOffsetPage",
    "AsyncPaginator",
    "PaginationError",
    "SyncCursorPage",
    "SyncOffsetPage",
]

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT", bound="BasePage[Any]")


class PaginationError(APIError):
    """The server sent a cursor it had already sent: following it would loop forever."""


class SyncPageFetcher(Protocol):
    """What a synchronous page needs of its client: the parsed body of the page after it."""

    def fetch_page(self, op: Operation[Any], values: Mapping[str, Any], options: RequestOptions) -> Any: ...


class AsyncPageFetcher(Protocol):
    """What an asynchronous page needs of its client: the parsed body of the page after it."""

    async def fetch_page(self, op: Operation[Any], values: Mapping[str, Any], options: RequestOptions) -> Any: ...


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
    ) -> None:
        self._client = client
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
    ) -> Self:
        return cls(client, op, values, options, parsed, seen)

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
            raise StopIteration("this is the last page")
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


class SyncPage(BasePage[ItemT]):
    """A page of a synchronous client: iterate it to walk every item of every page."""

    _client: SyncPageFetcher

    def get_next_page(self) -> Self:
        """Fetch the page after this one (raises StopIteration on the last page)."""
        values, seen = self._checked_next()
        parsed = self._client.fetch_page(self._op, values, self._options)
        return self.from_response(self._client, self._op, values, self._options, parsed, seen)

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


class AsyncPage(BasePage[ItemT]):
    """A page of an asynchronous client: `async for` it to walk every item of every page."""

    _client: AsyncPageFetcher

    async def get_next_page(self) -> Self:
        """Fetch the page after this one (raises StopAsyncIteration on the last page)."""
        try:
            values, seen = self._checked_next()
        except StopIteration:
            raise StopAsyncIteration("this is the last page") from None
        parsed = await self._client.fetch_page(self._op, values, self._options)
        return self.from_response(self._client, self._op, values, self._options, parsed, seen)

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


class SyncCursorPage(_CursorMixin[ItemT], SyncPage[ItemT]):
    """Cursor-paged results (synchronous)."""


class AsyncCursorPage(_CursorMixin[ItemT], AsyncPage[ItemT]):
    """Cursor-paged results (asynchronous)."""


class SyncOffsetPage(_OffsetMixin[ItemT], SyncPage[ItemT]):
    """Offset-paged results (synchronous)."""


class AsyncOffsetPage(_OffsetMixin[ItemT], AsyncPage[ItemT]):
    """Offset-paged results (asynchronous)."""


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
