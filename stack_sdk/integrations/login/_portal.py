"""One event loop in a daemon thread, for calling the async SDK from sync frameworks (Flask).

A fresh ``asyncio.run`` per request would strand the SDK's pooled connections on closed loops; one
long-lived loop keeps the pool, and every Flask worker thread submits to it.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class Portal:
    """``run(coro)`` from any thread: the coroutine runs on the portal's loop; its result or error returns.

    >>> async def add(a, b): return a + b
    >>> Portal().run(add(1, 2))
    3
    """

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()

    def _ensure(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                threading.Thread(target=loop.run_forever, name="stack-sdk-portal", daemon=True).start()
                self._loop = loop
            return self._loop

    def run(self, coro: Coroutine[Any, Any, T], timeout: float | None = 120.0) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self._ensure()).result(timeout)
