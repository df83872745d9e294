"""Walk every page of any generated list operation, sync or async, lazily.

``paginate(list_sources.sync, client=client, limit=50)`` keeps the generated function's own
parameters (typed through ``ParamSpec``) and infers the item type from the page it returns.
Forward with ``after = page_info.end_cursor``; when the caller starts with ``before``, backward
with ``before = page_info.start_cursor`` (pages come in that order; items within a page keep the
server's order); never both. Every other parameter is sent again with each page. The walk stops
on an empty page, a missing or empty cursor, or a cursor already sent (a misbehaving server cannot
loop it forever), or at ``max_items`` / ``max_pages``. One page is held at a time (plus the set of
cursors sent), and an error on page N is raised after the items of pages 1..N-1 were yielded.

A list without ``page_info`` (``list_subscriptions``, ``list_workspaces``, ...) comes back whole
from its plain ``sync``/``asyncio``: ``paginate`` refuses it with a ``TypeError`` naming the
operation before sending anything, read from the generated function's return annotation (mypy
refuses it too).
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Generic, ParamSpec, Protocol, TypeVar, cast

import attrs
from pipedream_rest_client.models import ErrorBody
from pipedream_rest_client.types import Unset
from pipedream_rest_runtime.errors import PipedreamError
from pipedream_rest_runtime.paging import Walk

P = ParamSpec("P")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class PageInfoLike(Protocol):
    """The cursors of a page (the generated ``PageInfo``)."""

    @property
    def start_cursor(self) -> str | None | Unset: ...

    @property
    def end_cursor(self) -> str | None | Unset: ...


class PageLike(Protocol[T_co]):
    """What every generated list model has: ``data`` and ``page_info``."""

    @property
    def page_info(self) -> PageInfoLike: ...

    @property
    def data(self) -> Sequence[T_co]: ...


def _operation_name(fetch: Callable[..., object]) -> str:
    return getattr(fetch, "__module__", "") + "." + getattr(fetch, "__name__", repr(fetch))


def _is_page_class(cls: type) -> bool:
    return attrs.has(cls) and {"data", "page_info"} <= {f.name for f in attrs.fields(cls)}


@functools.cache  # type hints cost ~30 µs to read; paginators are made per list read
def _refuse_whole_list(fetch: Callable[..., object]) -> None:
    """Raise ``TypeError`` when ``fetch`` is declared to return models, none of them a page.

    Functions without a readable return annotation are let through and checked page by page.
    """
    try:
        declared = typing.get_type_hints(fetch).get("return")
    except (NameError, TypeError, AttributeError, SyntaxError):  # no evidence either way
        return
    if declared is None:
        return
    union = typing.get_origin(declared) in (typing.Union, types.UnionType)
    results = [
        cls
        for cls in (typing.get_args(declared) if union else (declared,))
        if isinstance(cls, type) and attrs.has(cls) and cls is not ErrorBody
    ]
    if results and not any(_is_page_class(cls) for cls in results):
        name = _operation_name(fetch)
        returned = " | ".join(cls.__name__ for cls in results)
        raise TypeError(
            f"{name} returns {returned}, which has no 'page_info': it is not a paginated list. "
            "Call it directly (a list without 'page_info' comes back whole in one answer)"
        )


def _take(walk: Walk, result: object, fetch: Callable[..., object]) -> PageLike[Any]:
    """Check the fetched ``result`` is a page, and prepare the parameters of the next one."""
    page = _as_page(result, fetch)
    walk.take(page)
    return page


def _as_page(result: object, fetch: Callable[..., object]) -> PageLike[Any]:
    if hasattr(result, "data") and hasattr(result, "page_info"):
        return cast(PageLike[Any], result)
    name = _operation_name(fetch)
    if isinstance(result, ErrorBody):
        raise PipedreamError(
            f"{name} returned an error: {result.error!r}; pass a pipedream_rest.Pipedream "
            "client to get typed exceptions"
        )
    raise PipedreamError(
        f"{name} returned {type(result).__name__}, not a page with 'data' and 'page_info'; "
        "paginate() takes a generated list operation's sync or asyncio function"
    )


class Paginator(Generic[T]):
    """Iterate it for every item of every page; ``items()`` and ``pages()`` take caps.

    Each iteration starts a fresh walk from the first page.
    """

    def __init__(
        self, fetch: Callable[..., object], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> None:
        _refuse_whole_list(fetch)
        Walk(kwargs, None, None)  # reject before+after now, not at the first next()
        self._fetch, self._args, self._kwargs = fetch, args, kwargs

    def __iter__(self) -> Iterator[T]:
        return self.items()

    def items(self, *, max_items: int | None = None, max_pages: int | None = None) -> Iterator[T]:
        """Every item, page after page, up to ``max_items`` items from ``max_pages`` pages."""
        walk = Walk(self._kwargs, max_items, max_pages)
        return self._items(walk)

    def pages(self, *, max_pages: int | None = None) -> Iterator[PageLike[T]]:
        """Every page (the generated list model), up to ``max_pages``."""
        return self._pages(Walk(self._kwargs, None, max_pages))

    def _pages(self, walk: Walk) -> Iterator[PageLike[T]]:
        while not walk.done():
            yield _take(walk, self._fetch(*self._args, **walk.kwargs), self._fetch)

    def _items(self, walk: Walk) -> Iterator[T]:
        count = 0
        while not walk.done(count):
            page = _take(walk, self._fetch(*self._args, **walk.kwargs), self._fetch)
            for item in page.data:
                if walk.max_items is not None and count >= walk.max_items:
                    return
                count += 1
                yield item


class AsyncPaginator(Generic[T]):
    """The async twin of :class:`Paginator`: ``async for`` over items, or ``pages()``."""

    def __init__(
        self,
        fetch: Callable[..., Awaitable[object]],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> None:
        _refuse_whole_list(fetch)
        Walk(kwargs, None, None)
        self._fetch, self._args, self._kwargs = fetch, args, kwargs

    def __aiter__(self) -> AsyncIterator[T]:
        return self.items()

    def items(
        self, *, max_items: int | None = None, max_pages: int | None = None
    ) -> AsyncIterator[T]:
        """Every item, page after page, up to ``max_items`` items from ``max_pages`` pages."""
        return self._items(Walk(self._kwargs, max_items, max_pages))

    def pages(self, *, max_pages: int | None = None) -> AsyncIterator[PageLike[T]]:
        """Every page (the generated list model), up to ``max_pages``."""
        return self._pages(Walk(self._kwargs, None, max_pages))

    async def _pages(self, walk: Walk) -> AsyncIterator[PageLike[T]]:
        while not walk.done():
            yield _take(walk, await self._fetch(*self._args, **walk.kwargs), self._fetch)

    async def _items(self, walk: Walk) -> AsyncIterator[T]:
        count = 0
        while not walk.done(count):
            page = _take(walk, await self._fetch(*self._args, **walk.kwargs), self._fetch)
            for item in page.data:
                if walk.max_items is not None and count >= walk.max_items:
                    return
                count += 1
                yield item


def paginate(
    fn: Callable[P, PageLike[T] | ErrorBody | None], /, *args: P.args, **kwargs: P.kwargs
) -> Paginator[T]:
    """Lazily walk ``fn`` (a generated list operation's ``sync``), called with ``args``/``kwargs``.

    ``for source in paginate(list_sources.sync, client=client, limit=100): ...``
    """
    return Paginator(fn, args, kwargs)


def apaginate(
    fn: Callable[P, Awaitable[PageLike[T] | ErrorBody | None]], /, *args: P.args, **kwargs: P.kwargs
) -> AsyncPaginator[T]:
    """The async twin of :func:`paginate`, for a generated list operation's ``asyncio``.

    ``async for event in apaginate(list_source_events.asyncio, source_id, client=client): ...``
    """
    return AsyncPaginator(fn, args, kwargs)
