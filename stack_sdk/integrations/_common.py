"""What every integration shares: the HTTP shape of a rejection, and a portal for sync frameworks."""

from __future__ import annotations

import os
import threading
from collections.abc import Coroutine
from concurrent.futures import Future
from typing import Any, Final, TypeVar

from .._verify._errors import InvalidApiKeyError, RequestRejected, VerifierUnavailable

T = TypeVar("T")
RETRY_AFTER_SECONDS: Final = "5"


def rejection(exc: RequestRejected) -> tuple[int, dict[str, str], dict[str, str]]:
    """``(status, json_body, headers)`` for a rejected request (RFC 6750 ``WWW-Authenticate`` on 401 / 403).

    >>> from stack_sdk.errors import InvalidTokenError
    >>> rejection(InvalidTokenError("token_expired", "The access token has expired."))[2]
    {'WWW-Authenticate': 'Bearer error="invalid_token", error_description="token_expired"'}
    """
    headers: dict[str, str] = {}
    if exc.status == 401:
        if exc.code in ("token_missing", "api_key_missing"):
            headers["WWW-Authenticate"] = "Bearer"
        else:
            kind = "invalid_request" if isinstance(exc, InvalidApiKeyError) else "invalid_token"
            headers["WWW-Authenticate"] = f'Bearer error="{kind}", error_description="{exc.code}"'
    elif exc.status == 403:
        headers["WWW-Authenticate"] = f'Bearer error="insufficient_scope", error_description="{exc.code}"'
    elif isinstance(exc, VerifierUnavailable):
        headers["Retry-After"] = RETRY_AFTER_SECONDS
    return exc.status, exc.to_dict(), headers


class Portal:
    """One background event loop (a daemon thread) where a sync framework runs the async SDK.

    Flask and Django sync views have no event loop, and an ``httpx.AsyncClient``'s connections belong to
    the loop that opened them: running every SDK call on this one loop keeps one pool for the whole app.
    Restarted after ``fork()`` (a pre-forking server copies no threads).

    >>> import asyncio
    >>> async def answer() -> int:
    ...     return 42
    >>> p = Portal()
    >>> p.call(answer())
    42
    >>> p.close()
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: Any = None
        self._pid = 0

    def _running_loop(self) -> Any:
        import asyncio

        with self._lock:
            if self._loop is None or self._pid != os.getpid():
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=loop.run_forever, name="stack-sdk-portal", daemon=True)
                thread.start()
                self._loop, self._pid = loop, os.getpid()
            return self._loop

    def submit(self, coro: Coroutine[Any, Any, T]) -> Future[T]:
        import asyncio

        return asyncio.run_coroutine_threadsafe(coro, self._running_loop())

    def call(self, coro: Coroutine[Any, Any, T], timeout: float | None = 60.0) -> T:
        """Run ``coro`` on the portal's loop and wait for it (from a thread without a running loop)."""
        return self.submit(coro).result(timeout)

    async def acall(self, coro: Coroutine[Any, Any, T]) -> T:
        """Await ``coro`` run on the portal's loop (from another event loop)."""
        import asyncio

        return await asyncio.wrap_future(self.submit(coro))

    def close(self) -> None:
        with self._lock:
            loop, self._loop = self._loop, None
        if loop is not None and self._pid == os.getpid():
            loop.call_soon_threadsafe(loop.stop)


def is_rejection(exc: BaseException) -> bool:
    return isinstance(exc, RequestRejected)
