"""User tokens: stores, freshness, and single-flight refresh (protocol §2.7–§2.9).

The fast path takes no lock: a store whose access token is still fresh answers at once. Only when a
refresh is due does a caller take the store's lock, re-check (another task may have refreshed
meanwhile), refresh once, and ``compare_and_set`` so a sign-out or another login that happened in
between is never clobbered. A network failure during refresh keeps the tokens; only a refresh-token
error (the refresher returning ``None``) clears them.
"""

from __future__ import annotations

import base64
import binascii
import json
import threading
import time
import weakref
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import attrs

from .errors import StackError

if TYPE_CHECKING:
    import asyncio

# refresh_token -> new access token, or None when the refresh token is dead (REFRESH_TOKEN_ERROR family).
Refresher = Callable[[str], Awaitable[str | None]]

# Per-request refresh threshold of Stack's JS SDK: refresh when the token expires within 20 s.
MIN_VALIDITY_SECONDS = 20.0
# get_access_token() also refreshes tokens issued more than 75 s ago, so claims stay recent.
MAX_AGE_SECONDS = 75.0


class TokenStoreError(StackError, ValueError):
    """A token store could not be built from what was given (e.g. a malformed ``x-stack-auth`` header)."""


@attrs.frozen
class TokenPair:
    """An access token and a refresh token; ``repr`` never shows them.

    >>> TokenPair("eyJ.a.b", "rt_secret")
    TokenPair(access_token=<redacted>, refresh_token=<redacted>)
    """

    access_token: str | None = attrs.field(default=None)
    refresh_token: str | None = attrs.field(default=None)

    def __repr__(self) -> str:
        a = "<redacted>" if self.access_token else None
        r = "<redacted>" if self.refresh_token else None
        return f"TokenPair(access_token={a}, refresh_token={r})"


class TokenStore(ABC):
    """Where a user's tokens live. Subclass it for Redis, a keyring, a database...

    ``compare_and_set`` must be atomic with respect to other writers of the same store.

    >>> import asyncio
    >>> s = MemoryTokenStore()
    >>> asyncio.run(s.set_tokens("at", "rt"))
    >>> asyncio.run(s.get_tokens())
    ('at', 'rt')
    """

    @abstractmethod
    async def get_tokens(self) -> tuple[str | None, str | None]:
        """Return ``(access_token, refresh_token)``."""

    @abstractmethod
    async def set_tokens(self, access_token: str | None, refresh_token: str | None) -> None:
        """Replace both tokens (after a sign-in)."""

    @abstractmethod
    async def compare_and_set(
        self, compare_refresh_token: str | None, new_refresh_token: str | None, new_access_token: str | None
    ) -> bool:
        """Write only if the stored refresh token still equals ``compare_refresh_token``."""

    async def clear(self) -> None:
        """Forget both tokens (sign-out)."""
        await self.set_tokens(None, None)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class MemoryTokenStore(TokenStore):
    """Tokens in process memory. ``StackSDK(token_store="memory")`` shares one per project id."""

    def __init__(self, access_token: str | None = None, refresh_token: str | None = None) -> None:
        self._access = access_token
        self._refresh = refresh_token

    async def get_tokens(self) -> tuple[str | None, str | None]:
        return self._access, self._refresh

    async def set_tokens(self, access_token: str | None, refresh_token: str | None) -> None:
        self._access, self._refresh = access_token, refresh_token

    async def compare_and_set(
        self, compare_refresh_token: str | None, new_refresh_token: str | None, new_access_token: str | None
    ) -> bool:
        # No await between the check and the write: atomic within one event loop.
        if self._refresh != compare_refresh_token:
            return False
        self._access, self._refresh = new_access_token, new_refresh_token
        return True


_registry: dict[str, MemoryTokenStore] = {}
_registry_lock = threading.Lock()


def memory_store(project_id: str) -> MemoryTokenStore:
    """The process-wide memory store of a project (same object for every SDK of that project)."""
    with _registry_lock:
        store = _registry.get(project_id)
        if store is None:
            store = _registry[project_id] = MemoryTokenStore()
        return store


def reset_memory_stores() -> None:
    """Forget every memory store (for tests)."""
    with _registry_lock:
        _registry.clear()


@runtime_checkable
class _HasHeaders(Protocol):
    @property
    def headers(self) -> Any: ...


def tokens_from_auth_header(value: str) -> TokenPair:
    """Parse an ``x-stack-auth`` header: ``{"accessToken": ..., "refreshToken": ...}`` (keys may be null or missing).

    >>> tokens_from_auth_header('{"accessToken": "a", "refreshToken": null}').access_token
    'a'
    """
    try:
        data = json.loads(value)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise TokenStoreError(
            'x-stack-auth must be a JSON object like {"accessToken": "...", "refreshToken": "..."}'
        )
    access, refresh = data.get("accessToken"), data.get("refreshToken")
    if not isinstance(access, (str, type(None))) or not isinstance(refresh, (str, type(None))):
        raise TokenStoreError("x-stack-auth: accessToken and refreshToken must be strings or null")
    return TokenPair(access or None, refresh or None)


TokenStoreInit = str | TokenPair | Mapping[str, Any] | TokenStore | _HasHeaders | None


def resolve_token_store(init: TokenStoreInit, project_id: str) -> TokenStore | None:
    """Turn any accepted ``token_store=`` value into a :class:`TokenStore` (or ``None``).

    Accepts ``"memory"``, a :class:`TokenPair`, a dict with ``access_token``/``refresh_token`` (or camelCase),
    a :class:`TokenStore`, or a request-like object whose ``headers`` carry ``x-stack-auth``.

    >>> resolve_token_store({"access_token": "a", "refresh_token": "r"}, "p")
    <MemoryTokenStore>
    """
    if init is None or isinstance(init, TokenStore):
        return init
    if isinstance(init, str):
        if init == "memory":
            return memory_store(project_id)
        raise TokenStoreError(
            f"Unknown token_store {init!r}: use 'memory', a TokenPair, a dict of tokens, a TokenStore, "
            "or a request whose headers carry x-stack-auth."
        )
    if isinstance(init, TokenPair):
        return MemoryTokenStore(init.access_token, init.refresh_token)
    if isinstance(init, Mapping):
        access = init.get("access_token", init.get("accessToken"))
        refresh = init.get("refresh_token", init.get("refreshToken"))
        return MemoryTokenStore(access, refresh)
    if isinstance(init, _HasHeaders):
        header = init.headers.get("x-stack-auth") or init.headers.get("x-hexclave-auth")
        pair = tokens_from_auth_header(header) if header else TokenPair()
        return MemoryTokenStore(pair.access_token, pair.refresh_token)
    raise TokenStoreError(f"token_store of type {type(init).__name__} is not supported")


@lru_cache(maxsize=1024)
def token_claims(token: str) -> Mapping[str, Any] | None:
    """Unverified JWT payload (for freshness only; never for authorization). ``None`` if undecodable."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        payload = base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4))
        claims = json.loads(payload)
    except (binascii.Error, ValueError):
        return None
    return claims if isinstance(claims, dict) else None


def is_fresh(
    token: str | None, *, min_validity: float, max_age: float | None, now: float | None = None
) -> bool:
    """True when ``token`` expires in more than ``min_validity`` s (and, if given, is younger than ``max_age``)."""
    if not token:
        return False
    claims = token_claims(token)
    if claims is None:
        return False  # undecodable: treat as expired
    now = time.time() if now is None else now
    exp, iat = claims.get("exp"), claims.get("iat")
    if isinstance(exp, (int, float)) and exp - now <= min_validity:
        return False
    return not (max_age is not None and isinstance(iat, (int, float)) and now - iat >= max_age)


# One lock per (store, event loop): asyncio locks must not cross loops. Both keys are weak, so a closed
# loop (or a dropped store) takes its locks with it and a later loop never inherits one.
_locks: weakref.WeakKeyDictionary[TokenStore, weakref.WeakKeyDictionary[Any, asyncio.Lock]] = (
    weakref.WeakKeyDictionary()
)


def _lock_for(store: TokenStore) -> asyncio.Lock:
    import asyncio  # deferred: only a refresh needs it

    per_loop = _locks.get(store)
    if per_loop is None:
        per_loop = _locks[store] = weakref.WeakKeyDictionary()
    loop = asyncio.get_running_loop()
    lock = per_loop.get(loop)
    if lock is None:
        lock = per_loop[loop] = asyncio.Lock()
    return lock


async def likely_valid_tokens(
    store: TokenStore,
    refresher: Refresher,
    *,
    min_validity: float = MIN_VALIDITY_SECONDS,
    max_age: float | None = None,
) -> tuple[str | None, str | None]:
    """``(access_token, refresh_token)`` to send now, refreshing first if the access token is stale."""
    access, refresh = await store.get_tokens()
    if is_fresh(access, min_validity=min_validity, max_age=max_age):
        return access, refresh  # fast path: no lock
    if refresh is None:
        return (access, None) if is_fresh(access, min_validity=0.0, max_age=None) else (None, None)
    async with _lock_for(store):
        access, refresh = await store.get_tokens()  # re-check: a concurrent task may have refreshed
        if is_fresh(access, min_validity=min_validity, max_age=max_age) or refresh is None:
            return access, refresh
        return await _refresh_locked(store, refresher, refresh)


async def force_refresh(
    store: TokenStore, refresher: Refresher, *, rejected_access_token: str | None
) -> tuple[str | None, str | None]:
    """Get a new access token after the server rejected ``rejected_access_token`` (single-flight)."""
    async with _lock_for(store):
        access, refresh = await store.get_tokens()
        if access and access != rejected_access_token:
            return access, refresh  # someone refreshed while we waited
        if refresh is None:
            return None, None
        return await _refresh_locked(store, refresher, refresh)


async def _refresh_locked(
    store: TokenStore, refresher: Refresher, refresh: str
) -> tuple[str | None, str | None]:
    new_access = await refresher(refresh)  # transport errors propagate: tokens are kept
    if new_access is None:
        await store.compare_and_set(refresh, None, None)
        return None, None
    await store.compare_and_set(refresh, refresh, new_access)
    return new_access, refresh
