"""When to (re)fetch a JWKS and what to serve meanwhile: the cache policy, with no I/O of its own.

- Fresh for the response's ``Cache-Control: max-age``, clamped to [60 s, 1 h] (``DEFAULT_MAX_AGE`` when absent):
  a CDN saying ``max-age=0`` cannot turn every request into a fetch, and a year-long max-age cannot pin a
  revoked key.
- An unknown ``kid`` triggers at most one refetch per ``KID_MISS_INTERVAL`` (30 s): 1,000 tokens with random
  kids cost one fetch, not 1,000 (the amplification attack).
- A failed refetch keeps the last good key set serving (stale-on-error) and waits ``RETRY_INTERVAL`` before
  trying again; with nothing cached a failure is :class:`VerifierUnavailable` (503), retried after
  ``COLD_RETRY_INTERVAL`` so an outage does not become one fetch per request.
- A static key set (``jwks=``) is never fetched.
"""

from __future__ import annotations

import re
import threading
import weakref
from typing import Any, Final

from ._core import KeySet

MIN_MAX_AGE: Final = 60.0
MAX_MAX_AGE: Final = 3600.0
DEFAULT_MAX_AGE: Final = 300.0
KID_MISS_INTERVAL: Final = 30.0
RETRY_INTERVAL: Final = 30.0
COLD_RETRY_INTERVAL: Final = 5.0
_MAX_AGE = re.compile(r"(?:^|,)\s*(?:s-)?max-age\s*=\s*\"?(\d+)", re.IGNORECASE)


def max_age_of(cache_control: str | None) -> float:
    """Seconds to keep a JWKS, from its ``Cache-Control`` header, clamped to [60, 3600].

    >>> max_age_of("public, max-age=3600"), max_age_of("max-age=0"), max_age_of("max-age=86400"), max_age_of(None)
    (3600.0, 60.0, 3600.0, 300.0)
    """
    if not cache_control:
        return DEFAULT_MAX_AGE
    m = _MAX_AGE.search(cache_control)
    if m is None:
        lowered = cache_control.lower()
        return MIN_MAX_AGE if "no-store" in lowered or "no-cache" in lowered else DEFAULT_MAX_AGE
    return min(MAX_MAX_AGE, max(MIN_MAX_AGE, float(m.group(1))))


class JWKSState:
    """One cached key set (one project, one include_* variant) and its fetch schedule.

    Times come from the verifier's clock; every decision is a pure function of them.
    """

    def __init__(self, static: KeySet | None = None) -> None:
        self.keys: KeySet | None = static
        self.static = static is not None
        self.expires_at = float("inf") if static is not None else 0.0
        self.last_attempt: float | None = None
        self.retry_at = 0.0
        self.last_error = ""
        self.fetches = 0
        # single flight: one asyncio future per event loop, one lock for threads
        self.inflight: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()
        self.thread_lock = threading.Lock()

    def needs_fetch(self, now: float) -> bool:
        """True when the set is missing or expired and a fetch is allowed now."""
        if self.static:
            return False
        if self.keys is not None and now < self.expires_at:
            return False
        return now >= self.retry_at

    def may_refetch_for(self, kid: str, now: float) -> bool:
        """An unknown ``kid``: refetch only if the last attempt is ``KID_MISS_INTERVAL`` old."""
        if self.static or (self.keys is not None and kid in self.keys):
            return False
        return self.last_attempt is None or now - self.last_attempt >= KID_MISS_INTERVAL

    def begin(self, now: float) -> None:
        self.last_attempt = now
        self.fetches += 1

    def succeeded(self, keys: KeySet, max_age: float, now: float) -> None:
        self.keys = keys
        self.expires_at = now + max_age
        self.retry_at = 0.0
        self.last_error = ""

    def failed(self, reason: str, now: float) -> None:
        self.last_error = reason
        self.retry_at = now + (RETRY_INTERVAL if self.keys is not None else COLD_RETRY_INTERVAL)
