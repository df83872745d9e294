"""Lists that page themselves: the first page is fetched at once, the rest while iterating.

A list operation with ``page_info`` returns :class:`SyncPage` (sync) or :class:`AsyncPager`
(async: ``await`` it for the first page, ``async for`` over it for every item). :class:`Walk`
holds the cursor rules both share with ``pipedream_rest.paginate``: forward with
``after = page_info.end_cursor``; when the caller starts with ``before``, backward with
``before = page_info.start_cursor``; never both. The walk stops on an empty page, a missing or
empty cursor, or a cursor already sent (a misbehaving server cannot loop it forever).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Sequence
from typing import Any, Generic, Protocol, TypeVar

from .responses import Answer, success

ItemT = TypeVar("ItemT")
ItemT_co = TypeVar("ItemT_co", covariant=True)


class Cursors(Protocol):
    """The cursors of a page (the generated ``PageInfo``)."""

    @property
    def start_cursor(self) -> object: ...

    @property
    def end_cursor(self) -> object: ...


InfoT = TypeVar("InfoT", bound=Cursors)
InfoT_co = TypeVar("InfoT_co", bound=Cursors, covariant=True)


class PageShape(Protocol[ItemT_co, InfoT_co]):
    """What every generated list model with cursors has: ``data`` and ``page_info``."""

    @property
    def data(self) -> Sequence[ItemT_co]: ...

    @property
    def page_info(self) -> InfoT_co: ...


def given(value: object) -> str | None:
    """A cursor that was really given: a non-empty string (not None, UNSET or '')."""
    return value if isinstance(value, str) and value else None


def check_cap(name: str, value: int | None) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
        raise ValueError(f"{name} must be None or an integer >= 0, got {value!r}")
    return value


class Walk:
    """Which parameters to send for the next page: one direction, and never a cursor twice."""

    def __init__(
        self, kwargs: dict[str, Any], max_items: int | None = None, max_pages: int | None = None
    ) -> None:
        after, before = given(kwargs.get("after")), given(kwargs.get("before"))
        if after is not None and before is not None:
            raise ValueError(
                "pass either 'before' or 'after', not both: one walks back, one forward"
            )
        self.backward = before is not None
        self.kwargs = dict(kwargs)
        self.sent: set[str] = {cursor for cursor in (after, before) if cursor is not None}
        self.max_items = check_cap("max_items", max_items)
        self.max_pages = check_cap("max_pages", max_pages)
        self.pages = 0
        self.last_page_seen = False

    def copy(self) -> Walk:
        twin = Walk.__new__(Walk)
        twin.__dict__.update(self.__dict__, kwargs=dict(self.kwargs), sent=set(self.sent))
        return twin

    def done(self, items: int = 0) -> bool:
        """Whether to stop before fetching another page, ``items`` having been yielded."""
        if self.last_page_seen or (self.max_pages is not None and self.pages >= self.max_pages):
            return True
        return self.max_items is not None and items >= self.max_items

    def take(self, page: PageShape[object, Cursors]) -> None:
        """Prepare the parameters of the page after ``page``."""
        self.pages += 1
        info = page.page_info
        cursor = given(info.start_cursor if self.backward else info.end_cursor)
        if not page.data or cursor is None or cursor in self.sent:
            self.last_page_seen = True
        else:
            self.sent.add(cursor)
            self.kwargs["before" if self.backward else "after"] = cursor


class _Fetch(Generic[ItemT, InfoT]):
    """One list operation: its generated ``*_detailed`` function and the 2xx model it parses."""

    __slots__ = ("call", "model", "operation")

    def __init__(
        self, operation: str, call: Callable[..., Any], model: type[PageShape[ItemT, InfoT]]
    ) -> None:
        self.operation, self.call, self.model = operation, call, model


class SyncPage(Generic[ItemT, InfoT]):
    """The first page of a list (``data``, ``page_info``); iterate it for every item of every
    page, fetched lazily one page at a time. Each iteration re-walks from the second page on.
    """

    def __init__(
        self,
        operation: str,
        call: Callable[..., Answer],
        model: type[PageShape[ItemT, InfoT]],
        kwargs: dict[str, Any],
    ) -> None:
        self._fetch = _Fetch(operation, call, model)
        walk = Walk(kwargs)
        first = _take(self._fetch, call(**walk.kwargs), walk)
        self._first, self._rest = first, walk
        self.data: Sequence[ItemT] = first.data
        self.page_info: InfoT = first.page_info

    def has_next_page(self) -> bool:
        return not self._rest.done()

    def iter_pages(self) -> Iterator[PageShape[ItemT, InfoT]]:
        """This page, then every following page (the generated list models)."""
        yield self._first
        walk = self._rest.copy()
        while not walk.done():
            yield _take(self._fetch, self._fetch.call(**walk.kwargs), walk)

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.data

    def __repr__(self) -> str:
        return f"<SyncPage of {self._fetch.operation}: {len(self.data)} items on the first page>"


class AsyncPage(Generic[ItemT, InfoT]):
    """The async twin of :class:`SyncPage`: ``async for`` over every item of every page."""

    def __init__(
        self, fetch: _Fetch[ItemT, InfoT], first: PageShape[ItemT, InfoT], rest: Walk
    ) -> None:
        self._fetch, self._first, self._rest = fetch, first, rest
        self.data: Sequence[ItemT] = first.data
        self.page_info: InfoT = first.page_info

    def has_next_page(self) -> bool:
        return not self._rest.done()

    async def iter_pages(self) -> AsyncIterator[PageShape[ItemT, InfoT]]:
        """This page, then every following page (the generated list models)."""
        yield self._first
        walk = self._rest.copy()
        while not walk.done():
            yield _take(self._fetch, await self._fetch.call(**walk.kwargs), walk)

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item

    def __repr__(self) -> str:
        return f"<AsyncPage of {self._fetch.operation}: {len(self.data)} items on the first page>"


class AsyncPager(Generic[ItemT, InfoT]):
    """An async list call: ``await`` it for the first page (:class:`AsyncPage`), or ``async for``
    over it for every item of every page. Nothing is sent until then.
    """

    def __init__(
        self,
        operation: str,
        call: Callable[..., Awaitable[Answer]],
        model: type[PageShape[ItemT, InfoT]],
        kwargs: dict[str, Any],
    ) -> None:
        self._fetch = _Fetch(operation, call, model)
        self._walk = Walk(kwargs)  # refuse before+after now, not at the first await

    async def first_page(self) -> AsyncPage[ItemT, InfoT]:
        walk = self._walk.copy()
        first = _take(self._fetch, await self._fetch.call(**walk.kwargs), walk)
        return AsyncPage(self._fetch, first, walk)

    def __await__(self) -> Generator[Any, None, AsyncPage[ItemT, InfoT]]:
        return self.first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page = await self.first_page()
        async for item in page:
            yield item


def _take(fetch: _Fetch[ItemT, InfoT], answer: Answer, walk: Walk) -> PageShape[ItemT, InfoT]:
    page = success(fetch.operation, answer, fetch.model)
    walk.take(page)
    return page
