"""Retry policy as data: what may be sent again, and how long to wait first (protocol §2.5).

Stack has no idempotency keys, so a POST/PATCH that may have reached the server is never repeated:
non-idempotent requests are retried only when the connection provably never carried them (connect
errors, pool timeouts) or when the server answered 429 (rejected before processing).
"""

from __future__ import annotations

import email.utils
import time
from typing import Final

import attrs
import httpx

IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# The request never left the machine: safe to resend whatever the method.
NEVER_SENT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
IDEMPOTENT_RETRY_STATUSES: Final = frozenset({502, 503, 504})


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """When to retry and how long to sleep in between.

    >>> p = RetryPolicy(max_retries=2)
    >>> p.retry_on_status("POST", 503), p.retry_on_status("GET", 503), p.retry_on_status("POST", 429)
    (False, True, True)
    >>> p.retry_after(httpx.Response(429, headers={"retry-after": "3"}))
    3.0
    """

    max_retries: int = 3
    backoff_initial: float = 0.5
    backoff_max: float = 8.0
    retry_after_cap: float = 60.0

    def retry_on_exception(self, method: str, exc: Exception) -> bool:
        if isinstance(exc, NEVER_SENT):
            return True
        return method in IDEMPOTENT_METHODS and isinstance(exc, httpx.TransportError)

    def retry_on_status(self, method: str, status: int) -> bool:
        if status == 429:
            return True
        return method in IDEMPOTENT_METHODS and status in IDEMPOTENT_RETRY_STATUSES

    def retry_after(self, response: httpx.Response | None) -> float | None:
        """Seconds the server asked us to wait (``Retry-After``: seconds or HTTP date), capped."""
        if response is None:
            return None
        raw_ms = response.headers.get("retry-after-ms")
        seconds: float | None = None
        if raw_ms is not None:
            try:
                seconds = float(raw_ms) / 1000.0
            except ValueError:
                seconds = None
        raw = response.headers.get("retry-after")
        if seconds is None and raw is not None:
            try:
                seconds = float(raw)
            except ValueError:
                parsed = email.utils.parsedate_tz(raw)  # None when not an HTTP date
                seconds = email.utils.mktime_tz(parsed) - time.time() if parsed is not None else None
        if seconds is None:
            return None
        return min(max(seconds, 0.0), self.retry_after_cap)

    def backoff(self, retries_taken: int) -> float:
        """Exponential backoff with jitter, via tenacity's strategy (imported only after a failure)."""
        import tenacity

        strategy = tenacity.wait_exponential(
            multiplier=self.backoff_initial, max=self.backoff_max
        ) + tenacity.wait_random(0, self.backoff_initial)
        state = tenacity.RetryCallState(tenacity.AsyncRetrying(), None, (), {})
        state.attempt_number = retries_taken + 1
        return float(strategy(state))

    def wait(self, retries_taken: int, response: httpx.Response | None) -> float:
        after = self.retry_after(response)
        if after is not None:
            return after
        return self.backoff(retries_taken)
