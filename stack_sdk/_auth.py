"""User tokens on the wire: after an access-token error, ``StackAuth`` refreshes once and replays once.

This is httpx's own home for "send, look, maybe send again" (``httpx.Auth.async_auth_flow``). It runs
inside each attempt of the request loop. The loop itself attaches a likely-valid token (refreshing it
first when stale) while building each attempt, so a retried request always carries the current token
and the happy path rewrites no header; project keys and the other static headers are built there too.
"""

from __future__ import annotations

import secrets
from collections.abc import AsyncGenerator
from typing import Final

import attrs
import httpx

from ._tokens import Refresher, TokenStore, force_refresh

EXTENSION_KEY: Final = "stack"
# The INVALID_ACCESS_TOKEN family (protocol §3.2): the only answers that warrant refresh + replay.
INVALID_ACCESS_TOKEN_CODES: Final = frozenset(
    {"UNPARSABLE_ACCESS_TOKEN", "ACCESS_TOKEN_EXPIRED", "INVALID_PROJECT_FOR_ACCESS_TOKEN"}
)


@attrs.frozen
class CallContext:
    """Per-request data for :class:`StackAuth`, carried in ``request.extensions["stack"]``.

    ``access_token`` is the token the request loop attached (it fetched a likely-valid one from the store
    just before building the request, so the happy path needs no header rewrites here).
    """

    token_store: TokenStore
    refresher: Refresher
    access_token: str | None


def new_nonce() -> str:
    """A fresh cache-busting ``x-stack-random-nonce`` value."""
    return secrets.token_hex(16)


_ACTUAL_STATUS: Final = (b"x-stack-actual-status", b"x-hexclave-actual-status")
_KNOWN_ERROR: Final = (b"x-stack-known-error", b"x-hexclave-known-error")


def stack_meta(headers: httpx.Headers) -> tuple[int | None, str | None]:
    """``(x-stack-actual-status, x-stack-known-error)`` of a response, either header family, in one pass.

    >>> stack_meta(httpx.Headers({"X-Hexclave-Known-Error": "USER_NOT_FOUND", "x-stack-actual-status": "404"}))
    (404, 'USER_NOT_FOUND')
    """
    actual: int | None = None
    code: str | None = None
    for key, value in headers.raw:  # one scan instead of four case-insensitive lookups per response
        key = key.lower()
        if key in _ACTUAL_STATUS and actual is None and value.isdigit():
            actual = int(value)
        elif key in _KNOWN_ERROR and code is None:
            code = value.decode("latin-1")
    return actual, code


def known_error_code(headers: httpx.Headers) -> str | None:
    return stack_meta(headers)[1]


def _attach(request: httpx.Request, access: str | None, refresh: str | None) -> None:
    for name, value in (("x-stack-access-token", access), ("x-stack-refresh-token", refresh)):
        if value:
            request.headers[name] = value
        elif name in request.headers:
            del request.headers[name]


class StackAuth(httpx.Auth):
    """On an access-token error for a request that carried a user token: refresh once, replay once.

    >>> isinstance(StackAuth(), httpx.Auth)
    True
    """

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        response = yield request
        ctx = request.extensions.get(EXTENSION_KEY)
        if not isinstance(ctx, CallContext) or ctx.access_token is None:
            return
        access = ctx.access_token
        if known_error_code(response.headers) not in INVALID_ACCESS_TOKEN_CODES:
            return
        # Finish the rejected response first: that returns its connection to the pool, so the refresh
        # request can get one even when every connection is held by calls waiting for this refresh.
        await response.aread()
        new_access, new_refresh = await force_refresh(
            ctx.token_store, ctx.refresher, rejected_access_token=access
        )
        if new_access is None or new_access == access:
            return  # signed out or nothing better to send: the caller sees the original error
        _attach(request, new_access, new_refresh)
        request.headers["x-stack-random-nonce"] = new_nonce()
        yield request  # exactly one replay
