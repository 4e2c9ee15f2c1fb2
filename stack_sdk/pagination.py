"""Pages and the paginator: ``await`` it for one page, ``async for`` it for every item.

>>> import asyncio
>>> async def fetch(cursor):
...     data = {None: ([1, 2], "b"), "b": ([3], None)}
...     items, nxt = data[cursor]
...     return Page(items=items, next_cursor=nxt)
>>> async def main():
...     first = await AsyncPaginator(fetch)
...     every = [x async for x in AsyncPaginator(fetch)]
...     return first.items, first.next_cursor, every
>>> asyncio.run(main())
([1, 2], 'b', [1, 2, 3])
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator
from typing import Any, Generic, TypeVar

import attrs

T = TypeVar("T")


@attrs.frozen
class Page(Generic[T]):
    """One page of results. ``next_cursor`` is ``None`` on the last page (and for unpaginated lists)."""

    items: list[T]
    next_cursor: str | None = None

    @property
    def has_next_page(self) -> bool:
        return self.next_cursor is not None

    def __iter__(self) -> Any:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


class AsyncPaginator(Generic[T]):
    """Awaitable (first page) and async-iterable (all items across pages); ``.pages()`` walks pages."""

    def __init__(self, fetch: Callable[[str | None], Awaitable[Page[T]]], cursor: str | None = None) -> None:
        self._fetch = fetch
        self._cursor = cursor

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self._fetch(self._cursor).__await__()

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Every page in turn, following ``next_cursor`` until it is ``None``."""
        cursor = self._cursor
        seen: set[str] = set()
        while True:
            page = await self._fetch(cursor)
            yield page
            cursor = page.next_cursor
            if cursor is None or cursor in seen:  # a repeated cursor would loop forever
                return
            seen.add(cursor)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def to_list(self) -> list[T]:
        """Every item of every page, in one list (use with care on large projects)."""
        return [item async for item in self]
