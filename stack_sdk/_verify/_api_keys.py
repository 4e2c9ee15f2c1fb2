"""API-key authentication for back ends: user and team keys checked with Stack, briefly cached.

``POST /user-api-keys/check`` / ``/team-api-keys/check`` (server access) turn a presented secret into its
owner. Results are cached in memory by the SHA-256 of the key (the secret itself is never kept):
valid keys for ``positive_ttl`` (30 s), rejected keys for ``negative_ttl`` (10 s). A key revoked in Stack
therefore keeps working here for at most ``positive_ttl`` seconds; set ``positive_ttl=0`` to check every
request.
"""

from __future__ import annotations

import hashlib
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final, Literal

from ._errors import InvalidApiKeyError

ApiKeyKind = Literal["user", "team", "any"]
API_KEY_KINDS: Final = ("user", "team", "any")


@dataclass(frozen=True)
class ApiKeyOwner:
    """Who a valid API key belongs to: ``kind`` is ``"user"`` or ``"team"``; exactly one of the ids is set.

    >>> ApiKeyOwner(kind="user", key_id="k1", user_id="u1", team_id=None, description="CI").user_id
    'u1'
    """

    kind: Literal["user", "team"]
    key_id: str
    user_id: str | None
    team_id: str | None
    description: str = ""


class ApiKeyCache:
    """Positive / negative TTL cache keyed by ``sha256(kind, key)``; bounded (oldest out first)."""

    def __init__(
        self,
        *,
        positive_ttl: float = 30.0,
        negative_ttl: float = 10.0,
        size: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if positive_ttl < 0 or negative_ttl < 0:
            raise ValueError("API-key cache TTLs must be >= 0 seconds")
        self.positive_ttl = positive_ttl
        self.negative_ttl = negative_ttl
        self._size = size
        self._clock = clock
        self._entries: OrderedDict[bytes, tuple[ApiKeyOwner | InvalidApiKeyError, float]] = OrderedDict()

    @staticmethod
    def _key(kind: str, api_key: str) -> bytes:
        return hashlib.sha256(f"{kind}\0{api_key}".encode()).digest()

    def get(self, kind: str, api_key: str) -> ApiKeyOwner | InvalidApiKeyError | None:
        k = self._key(kind, api_key)
        entry = self._entries.get(k)
        if entry is None:
            return None
        if self._clock() >= entry[1]:
            self._entries.pop(k, None)
            return None
        return entry[0]

    def put(self, kind: str, api_key: str, result: ApiKeyOwner | InvalidApiKeyError) -> None:
        ttl = self.positive_ttl if isinstance(result, ApiKeyOwner) else self.negative_ttl
        if ttl <= 0:
            return
        k = self._key(kind, api_key)
        self._entries[k] = (result, self._clock() + ttl)
        self._entries.move_to_end(k)
        while len(self._entries) > self._size:
            self._entries.popitem(last=False)


def owner_from(kind: Literal["user", "team"], key: Any) -> ApiKeyOwner:
    """An :class:`ApiKeyOwner` from a generated ``UserApiKey`` / ``TeamApiKey``."""
    return ApiKeyOwner(
        kind=kind,
        key_id=str(key.id),
        user_id=str(key.user_id) if kind == "user" else None,
        team_id=str(key.team_id) if kind == "team" else None,
        description=str(getattr(key, "description", "") or ""),
    )


def extract_api_key(request: Any, header: str | None) -> str | None:
    """The presented key: ``header`` (e.g. ``"x-api-key"``) when given, else ``Authorization: Bearer <key>``.

    >>> extract_api_key({"Authorization": "Bearer sk_abc"}, None), extract_api_key({"x-api-key": "sk_1"}, "x-api-key")
    ('sk_abc', 'sk_1')
    """
    from ._request import _header

    if isinstance(request, str):
        return request or None
    headers = request if hasattr(request, "items") and not hasattr(request, "headers") else request.headers
    if header is not None:
        value = _header(headers, header)
        return value.strip() or None if value else None
    auth = _header(headers, "authorization")
    if not auth:
        return None
    parts = auth.split()
    if len(parts) != 2 or parts[0].lower() != "bearer":
        raise InvalidApiKeyError(
            "api_key_invalid", "The Authorization header must be exactly 'Bearer <api key>'."
        )
    return parts[1]
