"""User tokens on the wire: ``StackAuth`` attaches them and replays once after a forced refresh.

This is httpx's own home for "send, look, maybe send again" (``httpx.Auth.async_auth_flow``). It runs
inside each attempt of the request loop, so a retried request always carries the current token. Project
keys and the other static headers are not here: they are fixed per SDK and built with the request.
"""

from __future__ import annotations

import secrets
from collections.abc import AsyncGenerator
from typing import Final

import attrs
import httpx

from ._tokens import Refresher, TokenStore, force_refresh, likely_valid_tokens

EXTENSION_KEY: Final = "stack"
# The INVALID_ACCESS_TOKEN family (protocol §3.2): the only answers that warrant refresh + replay.
INVALID_ACCESS_TOKEN_CODES: Final = frozenset(
    {"UNPARSABLE_ACCESS_TOKEN", "ACCESS_TOKEN_EXPIRED", "INVALID_PROJECT_FOR_ACCESS_TOKEN"}
)


@attrs.frozen
class CallContext:
    """Per-request data for :class:`StackAuth`, carried in ``request.extensions["stack"]``."""

    token_store: TokenStore
    refresher: Refresher


def new_nonce() -> str:
    """A fresh cache-busting ``x-stack-random-nonce`` value."""
    return secrets.token_hex(16)


def known_error_code(headers: httpx.Headers) -> str | None:
    code: str | None = headers.get("x-stack-known-error") or headers.get("x-hexclave-known-error")
    return code


def _attach(request: httpx.Request, access: str | None, refresh: str | None) -> None:
    for name, value in (("x-stack-access-token", access), ("x-stack-refresh-token", refresh)):
        if value:
            request.headers[name] = value
        elif name in request.headers:
            del request.headers[name]


class StackAuth(httpx.Auth):
    """Attach the user's likely-valid tokens; on an access-token error, refresh once and replay once.

    >>> isinstance(StackAuth(), httpx.Auth)
    True
    """

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        ctx = request.extensions.get(EXTENSION_KEY)
        if not isinstance(ctx, CallContext):
            yield request
            return
        access, refresh = await likely_valid_tokens(ctx.token_store, ctx.refresher)
        _attach(request, access, refresh)
        response = yield request
        if access is None or known_error_code(response.headers) not in INVALID_ACCESS_TOKEN_CODES:
            return
        new_access, new_refresh = await force_refresh(
            ctx.token_store, ctx.refresher, rejected_access_token=access
        )
        if new_access is None or new_access == access:
            return  # signed out or nothing better to send: the caller sees the original error
        _attach(request, new_access, new_refresh)
        request.headers["x-stack-random-nonce"] = new_nonce()
        yield request  # exactly one replay
