from __future__ import annotations

import pytest

from stack_sdk.pagination import AsyncPaginator, Page


def _fetcher(pages: dict[str | None, tuple[list[int], str | None]], calls: list[str | None]):  # type: ignore[no-untyped-def]
    async def fetch(cursor: str | None) -> Page[int]:
        calls.append(cursor)
        items, nxt = pages[cursor]
        return Page(items=items, next_cursor=nxt)
    return fetch


PAGES: dict[str | None, tuple[list[int], str | None]] = {None: ([1, 2], "c2"), "c2": ([3, 4], "c3"), "c3": ([5], None)}


async def test_await_gives_first_page_only() -> None:
    calls: list[str | None] = []
    page = await AsyncPaginator(_fetcher(PAGES, calls))
    assert page.items == [1, 2] and page.next_cursor == "c2" and page.has_next_page
    assert calls == [None]


async def test_async_for_walks_every_page() -> None:
    calls: list[str | None] = []
    assert [x async for x in AsyncPaginator(_fetcher(PAGES, calls))] == [1, 2, 3, 4, 5]
    assert calls == [None, "c2", "c3"]


async def test_pages_and_start_cursor() -> None:
    calls: list[str | None] = []
    pages = [p.items async for p in AsyncPaginator(_fetcher(PAGES, calls), cursor="c2").pages()]
    assert pages == [[3, 4], [5]]


async def test_repeated_cursor_stops() -> None:
    calls: list[str | None] = []
    loop = {None: ([1], "a"), "a": ([2], "a")}
    assert await AsyncPaginator(_fetcher(loop, calls)).to_list() == [1, 2]
    assert len(calls) == 2


async def test_unpaginated_list_iterates_the_same_way() -> None:
    calls: list[str | None] = []
    assert await AsyncPaginator(_fetcher({None: ([7, 8], None)}, calls)).to_list() == [7, 8]
    page = Page(items=[1])
    assert not page.has_next_page and len(page) == 1 and list(page) == [1]


async def test_errors_propagate() -> None:
    async def boom(cursor: str | None) -> Page[int]:
        raise RuntimeError("x")
    with pytest.raises(RuntimeError):
        await AsyncPaginator(boom)
