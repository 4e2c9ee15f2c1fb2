"""An httpx transport that runs the fake in-process and turns injected drops into connection errors."""

from __future__ import annotations

from typing import Any

import httpx

from ._app import ConnectionDropped


class _MarkInProcess:
    """Tells the app it is not behind a real socket (drops are then raised, not half-sent)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        scope["stack_fake.inprocess"] = True
        await self.app(scope, receive, send)


class FakeTransport(httpx.AsyncBaseTransport):
    """``httpx.ASGITransport`` over the fake app; a ``drop_before`` fault surfaces as
    ``httpx.RemoteProtocolError`` and a ``drop_after`` fault as ``httpx.ReadError``, as with a real socket."""

    def __init__(self, app: Any) -> None:
        self._inner = httpx.ASGITransport(app=_MarkInProcess(app), client=("127.0.0.1", 50123))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self._inner.handle_async_request(request)
        except ConnectionDropped as e:
            if e.phase == "before":
                raise httpx.RemoteProtocolError(
                    "Server disconnected without sending a response.", request=request
                ) from None
            raise httpx.ReadError(
                "Connection reset by peer (injected drop_after fault)", request=request
            ) from None

    async def aclose(self) -> None:
        await self._inner.aclose()
