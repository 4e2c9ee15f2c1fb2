"""``AccessTokenVerifier``: the async and sync fronts over the I/O-free core and cache policy.

One verifier per project and process (``StackSDK.verifier`` shares one per connection pool): the JWKS cache,
the parsed keys and the verified-token LRU live here. The async front fetches the JWKS with the SDK's
``httpx.AsyncClient`` (single flight per event loop); the sync front (Flask, Django sync views) with a
short-lived ``httpx.Client`` under a thread lock. Both share the same cache state.
"""

from __future__ import annotations

import time
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final

import httpx

from .._logs import logger
from ._claims import AccessTokenClaims
from ._core import (
    DEFAULT_LEEWAY,
    KeySet,
    Parsed,
    Policy,
    TokenKind,
    check_claims,
    check_flags,
    check_signature,
    issuers_for,
    parse,
)
from ._errors import VerifierUnavailable
from ._jwks import JWKSState, max_age_of

DEFAULT_BASE_URL: Final = "https://api.stack-auth.com"
DEFAULT_CACHE_SIZE: Final = 10_000
_VARIANT_PARAMS: Final[dict[TokenKind, dict[str, str]]] = {
    "regular": {},
    "restricted": {"include_restricted": "true"},
    "anonymous": {"include_anonymous": "true"},  # implies restricted on the server
}


class _FetchError(Exception):
    pass


class AccessTokenVerifier:
    """Verifies Stack access tokens locally against the project's JWKS (ES256, audience = project id).

    ``jwks=`` (a JWKS dict or JSON text) makes a static key set that is never fetched (tests, air-gapped
    hosts). ``clock`` returns epoch seconds (tests pin it). ``http`` / ``sync_http`` are the clients used for
    JWKS fetches (else a short-lived client per fetch: fetches are rare).

    >>> import asyncio
    >>> from stack_sdk.errors import InvalidTokenError
    >>> v = AccessTokenVerifier("my-project", jwks={"keys": []})
    >>> try:
    ...     asyncio.run(v.verify("eyJhbGciOiJub25lIn0.e30."))
    ... except InvalidTokenError as e:
    ...     print(e.code)
    algorithm_not_allowed
    """

    def __init__(
        self,
        project_id: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        jwks: Mapping[str, Any] | str | bytes | None = None,
        http: httpx.AsyncClient | None = None,
        sync_http: httpx.Client | None = None,
        leeway: float = DEFAULT_LEEWAY,
        clock: Callable[[], float] | None = None,
        cache_size: int = DEFAULT_CACHE_SIZE,
        timeout: float = 5.0,
        extra_issuers: Iterable[str] = (),
    ) -> None:
        if not isinstance(project_id, str) or not project_id:
            raise ValueError("project_id must be a non-empty string (your Stack project id)")
        if not isinstance(cache_size, int) or cache_size < 0:
            raise ValueError(f"cache_size must be an integer >= 0, got {cache_size!r}")
        self.project_id = project_id
        self.base_url = base_url.rstrip("/")
        self._issuers = issuers_for(self.base_url, project_id, extra_issuers)
        self._leeway = leeway
        Policy(project_id, self._issuers, leeway)  # validates leeway and issuers now, not on first request
        self._clock: Callable[[], float] = clock or time.time
        self._http = http
        self._http_ref: weakref.ref[httpx.AsyncClient] | None = None  # the SDK's pool, held weakly
        self._sync_http = sync_http
        self._timeout = timeout
        static = KeySet.from_jwks(jwks) if jwks is not None else None
        self._states: dict[TokenKind, JWKSState] = {
            v: JWKSState(static) for v in ("regular", "restricted", "anonymous")
        }
        self._policies: dict[tuple[bool, bool, float], Policy] = {}
        self._cache: OrderedDict[str, tuple[AccessTokenClaims, str, TokenKind]] = OrderedDict()
        self._cache_size = cache_size
        self._default_policy = self._policy(False, False, None)

    def __repr__(self) -> str:
        return f"AccessTokenVerifier(project_id={self.project_id!r}, base_url={self.base_url!r})"

    @property
    def jwks_url(self) -> str:
        return f"{self.base_url}/api/v1/projects/{self.project_id}/.well-known/jwks.json"

    def jwks_fetches(self) -> int:
        """How many JWKS fetches were attempted (all variants): for tests and metrics."""
        return sum(s.fetches for s in self._states.values())

    # -- async front ----------------------------------------------------------------------------------

    async def verify(
        self,
        token: str,
        *,
        allow_anonymous: bool = False,
        allow_restricted: bool = False,
        leeway: float | None = None,
    ) -> AccessTokenClaims:
        """The verified claims of ``token``, or :class:`InvalidTokenError` (401) / :class:`VerifierUnavailable` (503).

        >>> # claims = await verifier.verify(token); claims.user_id
        """
        if allow_anonymous or allow_restricted or leeway is not None:
            policy, variant = self._policy(allow_anonymous, allow_restricted, leeway)
        else:
            policy, variant = self._default_policy
        state = self._states[variant]
        now = self._clock()
        hit = self._cached(token, state, policy, now)
        if hit is not None:
            return hit
        parsed = parse(token, policy)
        if state.needs_fetch(now):
            await self._refresh_async(state, variant)
        keys = self._keys_or_unavailable(state)
        if parsed.kid not in keys and state.may_refetch_for(parsed.kid, now):
            await self._refresh_async(state, variant)
            keys = self._keys_or_unavailable(state)
        return self._finish(token, parsed, keys, policy, now)

    async def _refresh_async(self, state: JWKSState, variant: TokenKind) -> None:
        import asyncio

        loop = asyncio.get_running_loop()
        pending = state.inflight.get(loop)
        if pending is not None:  # single flight: wait for the fetch already under way on this loop
            await asyncio.shield(pending)
            return
        done = state.inflight[loop] = loop.create_future()
        try:
            state.begin(self._clock())
            try:
                keys, max_age = await self._fetch_async(variant)
            except _FetchError as e:
                self._failed(state, str(e))
            else:
                state.succeeded(keys, max_age, self._clock())
        finally:
            del state.inflight[loop]
            done.set_result(None)

    async def _fetch_async(self, variant: TokenKind) -> tuple[KeySet, float]:
        params = _VARIANT_PARAMS[variant]
        try:
            http = self._http or (self._http_ref() if self._http_ref is not None else None)
            if http is not None:
                r = await http.get(self.jwks_url, params=params, timeout=self._timeout)
            else:
                async with httpx.AsyncClient(timeout=self._timeout) as http:
                    r = await http.get(self.jwks_url, params=params)
        except httpx.HTTPError as e:
            raise _FetchError(f"{type(e).__name__} while fetching the JWKS") from None
        return _read(r)

    # -- sync front -----------------------------------------------------------------------------------

    def verify_sync(
        self,
        token: str,
        *,
        allow_anonymous: bool = False,
        allow_restricted: bool = False,
        leeway: float | None = None,
    ) -> AccessTokenClaims:
        """:meth:`verify` for code without an event loop (Flask, Django sync views); same cache and errors.

        >>> v = AccessTokenVerifier("my-project", jwks={"keys": []})
        >>> v.verify_sync("")
        Traceback (most recent call last):
        stack_sdk._verify._errors.InvalidTokenError: token_missing: No access token was presented.
        """
        policy, variant = self._policy(allow_anonymous, allow_restricted, leeway)
        state = self._states[variant]
        now = self._clock()
        hit = self._cached(token, state, policy, now)
        if hit is not None:
            return hit
        parsed = parse(token, policy)
        if state.needs_fetch(now):
            self._refresh_sync(state, variant, state.fetches)
        keys = self._keys_or_unavailable(state)
        if parsed.kid not in keys and state.may_refetch_for(parsed.kid, now):
            self._refresh_sync(state, variant, state.fetches)
            keys = self._keys_or_unavailable(state)
        return self._finish(token, parsed, keys, policy, now)

    def _refresh_sync(self, state: JWKSState, variant: TokenKind, seen: int) -> None:
        with state.thread_lock:
            if state.fetches != seen:  # another thread fetched while we waited: use its result
                return
            state.begin(self._clock())
            try:
                keys, max_age = self._fetch_sync(variant)
            except _FetchError as e:
                self._failed(state, str(e))
            else:
                state.succeeded(keys, max_age, self._clock())

    def _fetch_sync(self, variant: TokenKind) -> tuple[KeySet, float]:
        params = _VARIANT_PARAMS[variant]
        try:
            if self._sync_http is not None:
                r = self._sync_http.get(self.jwks_url, params=params, timeout=self._timeout)
            else:
                with httpx.Client(timeout=self._timeout) as http:
                    r = http.get(self.jwks_url, params=params)
        except httpx.HTTPError as e:
            raise _FetchError(f"{type(e).__name__} while fetching the JWKS") from None
        return _read(r)

    # -- shared ---------------------------------------------------------------------------------------

    def _policy(
        self, allow_anonymous: bool, allow_restricted: bool, leeway: float | None
    ) -> tuple[Policy, TokenKind]:
        lw = self._leeway if leeway is None else leeway
        key = (bool(allow_anonymous), bool(allow_restricted), lw)
        policy = self._policies.get(key)
        if policy is None:
            policy = self._policies[key] = Policy(self.project_id, self._issuers, lw, key[0], key[1])
        variant: TokenKind = "anonymous" if key[0] else "restricted" if key[1] else "regular"
        return policy, variant

    def _cached(self, token: str, state: JWKSState, policy: Policy, now: float) -> AccessTokenClaims | None:
        entry = self._cache.get(token)  # a str key: non-str tokens fall through to parse()'s error
        if entry is None:
            return None
        claims, kid, kind = entry
        keys = state.keys
        # never past exp; never once the signing key left the JWKS; and only for a route that accepts its kind
        if now >= claims.exp or keys is None or kid not in keys:
            return None
        if (kind == "anonymous" and not policy.allow_anonymous) or (
            kind == "restricted" and not policy.allow_restricted
        ):
            return None
        check_flags(claims.raw, policy)
        try:
            self._cache.move_to_end(token)
        except KeyError:  # evicted by another thread meanwhile
            pass
        return claims

    def _finish(
        self, token: str, parsed: Parsed, keys: KeySet, policy: Policy, now: float
    ) -> AccessTokenClaims:
        check_signature(parsed, keys)
        claims = check_claims(parsed, policy, now)
        if self._cache_size:
            cache = self._cache
            cache[token] = (claims, parsed.kid, parsed.kind)
            if len(cache) > self._cache_size:
                try:
                    cache.popitem(last=False)
                except KeyError:
                    pass
        return claims

    def _keys_or_unavailable(self, state: JWKSState) -> KeySet:
        keys = state.keys
        if keys is None:
            raise VerifierUnavailable(
                "verifier_unavailable",
                f"Cannot verify access tokens: no key set for project {self.project_id} "
                f"({state.last_error or 'not fetched yet'}). Retry later.",
            )
        return keys

    def _failed(self, state: JWKSState, reason: str) -> None:
        state.failed(reason, self._clock())
        if state.keys is not None:
            logger.warning("JWKS refresh failed (%s); still serving the last good key set", reason)
        else:
            logger.warning("JWKS fetch failed (%s); access tokens cannot be verified", reason)


def _read(r: httpx.Response) -> tuple[KeySet, float]:
    if r.status_code != 200:
        hint = " (is the project id right?)" if r.status_code == 404 else ""
        raise _FetchError(f"the JWKS endpoint answered HTTP {r.status_code}{hint}")
    try:
        keys = KeySet.from_jwks(r.content)
    except ValueError as e:
        raise _FetchError(f"invalid JWKS: {e}") from None
    if not len(keys):
        # never replace a good key set with an empty one (a broken proxy, a misconfigured mirror)
        raise _FetchError("the JWKS has no ES256 keys")
    return keys, max_age_of(r.headers.get("cache-control"))


# -- one verifier per SDK connection pool ----------------------------------------------------------------

_shared: weakref.WeakKeyDictionary[httpx.AsyncClient, dict[tuple[str, str], AccessTokenVerifier]] = (
    weakref.WeakKeyDictionary()
)


def shared_verifier(http: httpx.AsyncClient, project_id: str, base_url: str) -> AccessTokenVerifier:
    """The verifier of every SDK view over ``http`` for this project (created on first use)."""
    per_pool = _shared.setdefault(http, {})
    key = (project_id, base_url)
    v = per_pool.get(key)
    if v is None:
        v = per_pool[key] = AccessTokenVerifier(project_id, base_url=base_url)
        v._http_ref = weakref.ref(http)  # a strong reference would keep the pool (the dict's key) alive
    return v


def set_shared_verifier(http: httpx.AsyncClient, verifier: AccessTokenVerifier, base_url: str) -> None:
    _shared.setdefault(http, {})[(verifier.project_id, base_url)] = verifier
