"""Seen-``svix-id`` cache: refuses a second delivery of one message within the tolerance window."""

from __future__ import annotations

import heapq
import threading
import time
from collections.abc import Callable
from typing import Protocol

from ._verify import DEFAULT_TOLERANCE


class ReplayStore(Protocol):
    """What a receiver needs from a replay cache (implement it over Redis to share one between workers)."""

    def remember(self, message_id: str, timestamp: int) -> bool:
        """Record ``message_id``; False if it was already recorded and has not expired."""
        ...

    def forget(self, message_id: str) -> None:
        """Drop ``message_id`` (its handler failed, so Svix's retry must be processed)."""
        ...


class ReplayCache:
    """In-memory, thread-safe ``ReplayStore``: an id is kept until its timestamp leaves the tolerance window.

    Past that point signature verification already refuses the message as too old, so memory stays bounded
    by the deliveries of the last ``2 * tolerance`` seconds.

    >>> cache = ReplayCache(clock=lambda: 1_700_000_000)
    >>> cache.remember("msg_1", 1_700_000_000), cache.remember("msg_1", 1_700_000_000)
    (True, False)
    """

    def __init__(
        self, tolerance: float = DEFAULT_TOLERANCE, *, clock: Callable[[], float] = time.time
    ) -> None:
        if tolerance <= 0:
            raise ValueError(f"tolerance must be > 0 seconds, got {tolerance}")
        self.tolerance = tolerance
        self._clock = clock
        self._expiry: dict[str, float] = {}
        self._heap: list[tuple[float, str]] = []
        self._lock = threading.Lock()

    def __len__(self) -> int:
        with self._lock:
            self._prune(float(self._clock()))
            return len(self._expiry)

    def _prune(self, now: float) -> None:
        while self._heap and self._heap[0][0] <= now:
            expires, message_id = heapq.heappop(self._heap)
            if self._expiry.get(message_id) == expires:
                del self._expiry[message_id]

    def remember(self, message_id: str, timestamp: int) -> bool:
        now = float(self._clock())
        expires = max(float(timestamp), now) + self.tolerance
        with self._lock:
            self._prune(now)
            if message_id in self._expiry:
                return False
            self._expiry[message_id] = expires
            heapq.heappush(self._heap, (expires, message_id))
            return True

    def forget(self, message_id: str) -> None:
        with self._lock:
            self._expiry.pop(message_id, None)
