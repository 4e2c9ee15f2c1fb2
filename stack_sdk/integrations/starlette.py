"""``StackMiddleware``: a pure ASGI middleware putting the verified caller (or ``None``) on every request.

Works with Starlette and any ASGI app. For each HTTP / websocket connection it reads the access token
(Bearer, ``x-stack-access-token``, ``x-stack-auth``, Stack's cookies), verifies it locally, and stores the
:class:`~stack_sdk.AuthenticatedUser` or ``None`` in ``scope["state"]["stack_user"]`` (``request.state.stack_user``)
and ``scope["stack_user"]``. A rejected token is ``None`` plus ``scope["state"]["stack_auth_error"]``; with
``reject_invalid=True`` it is answered at once (401 / 503 JSON). When the JWKS cannot be reached and nothing
is cached, HTTP requests get 503 (the caller could not be checked, which is not the same as "anonymous").

Example::

    from starlette.applications import Starlette
    from stack_sdk import StackSDK
    from stack_sdk.integrations.starlette import StackMiddleware

    app = Starlette(routes=[...])
    app.add_middleware(StackMiddleware, sdk=StackSDK())

Not covered: permission / team checks (call ``sdk.permissions.has`` in the endpoint), API keys (call
``sdk.authenticate_api_key(request)``), a websocket's 503 (the socket is closed with code 1011).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from .._client import StackSDK
from .._verify._errors import RequestRejected, VerifierUnavailable
from .._verify._guard import guard_for
from .._verify._request import AuthMode
from ._common import rejection

__all__ = ["StackMiddleware"]

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class _Headers:
    """The scope's headers as the token extractor reads them (lower-case names, latin-1)."""

    def __init__(self, raw: list[tuple[bytes, bytes]]) -> None:
        self._h: dict[str, str] = {}
        for k, v in raw:
            name = k.decode("latin-1").lower()
            # repeated headers: the first wins, as in Starlette's Headers.get
            self._h.setdefault(name, v.decode("latin-1"))

    @property
    def headers(self) -> dict[str, str]:
        return self._h


class StackMiddleware:
    """Verifies the caller of each connection once, before the app runs.

    >>> async def app(scope, receive, send): ...
    >>> StackMiddleware(app, sdk=StackSDK("p", secret_server_key="ssk", environ={})).mode
    'local'
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        sdk: StackSDK,
        mode: AuthMode = "local",
        allow_anonymous: bool = False,
        allow_restricted: bool = False,
        reject_invalid: bool = False,
    ) -> None:
        if not isinstance(sdk, StackSDK):
            raise TypeError("StackMiddleware needs sdk=StackSDK(...) (create it once, at start-up)")
        self.app = app
        self.sdk = sdk
        self.mode: AuthMode = mode
        self.allow_anonymous = allow_anonymous
        self.allow_restricted = allow_restricted
        self.reject_invalid = reject_invalid
        self._guard = guard_for(sdk)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        user = None
        error: RequestRejected | None = None
        try:
            user = await self._guard.authenticate_request(
                self.sdk,
                _Headers(scope.get("headers", [])),
                mode=self.mode,
                allow_anonymous=self.allow_anonymous,
                allow_restricted=self.allow_restricted,
            )
        except RequestRejected as e:
            error = None if e.code == "token_missing" else e  # no token is not an error: just no user
        state["stack_user"] = scope["stack_user"] = user
        state["stack_auth_error"] = error
        if error is not None and (self.reject_invalid or isinstance(error, VerifierUnavailable)):
            await _reject(scope, send, error)
            return
        await self.app(scope, receive, send)


async def _reject(scope: Scope, send: Send, error: RequestRejected) -> None:
    if scope["type"] == "websocket":
        await send({"type": "websocket.close", "code": 1008 if error.status < 500 else 1011})
        return
    status, body, headers = rejection(error)
    raw = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(raw)).encode()),
                *((k.lower().encode(), v.encode()) for k, v in headers.items()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": raw})
