"""The login session: tokens, CSRF token and pending OAuth flows, sealed into one encrypted cookie.

Sealed with Fernet (AES-128-CBC + HMAC-SHA256, from ``cryptography``, already a dependency) under a key
derived from the app's secret: the browser holds the cookie but can neither read the refresh token or PKCE
verifier in it nor forge one. Expired (``max_age``) or tampered cookies decode to an empty session.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
from collections.abc import Callable
from typing import Any

from cryptography.fernet import Fernet, InvalidToken

from ...errors import ConfigurationError

MAX_PENDING_OAUTH = 5  # concurrent sign-in tabs; older pending flows are dropped


class LoginSession:
    """One browser's login state (a dict underneath); ``dirty`` once anything changed.

    >>> s = LoginSession()
    >>> s.set_tokens("at", "rt", "u1"); s.user_id, s.dirty
    ('u1', True)
    >>> s
    LoginSession(user_id='u1', signed_in=True)
    """

    def __init__(self, data: dict[str, Any] | None = None) -> None:
        self.data: dict[str, Any] = data if isinstance(data, dict) else {}
        self.dirty = False

    def __repr__(self) -> str:  # tokens and verifiers never show
        return f"LoginSession(user_id={self.user_id!r}, signed_in={self.signed_in})"

    @property
    def signed_in(self) -> bool:
        return bool(self.data.get("rt") or self.data.get("at"))

    @property
    def user_id(self) -> str | None:
        value = self.data.get("uid")
        return value if isinstance(value, str) else None

    @property
    def tokens(self) -> tuple[str | None, str | None]:
        at, rt = self.data.get("at"), self.data.get("rt")
        return (at if isinstance(at, str) else None, rt if isinstance(rt, str) else None)

    def set_tokens(self, access: str | None, refresh: str | None, user_id: str | None = None) -> None:
        if (access, refresh) == self.tokens and (user_id is None or user_id == self.user_id):
            return
        self.data["at"], self.data["rt"] = access, refresh
        if user_id is not None:
            self.data["uid"] = user_id
        self.dirty = True

    def sign_out(self) -> None:
        """Forget the user (and every pending flow); a new CSRF token is issued on next use."""
        if self.data:
            self.data = {}
            self.dirty = True

    def csrf_token(self) -> str:
        token = self.data.get("csrf")
        if not isinstance(token, str):
            token = self.data["csrf"] = secrets.token_urlsafe(24)
            self.dirty = True
        return token

    def check_csrf(self, submitted: str | None) -> bool:
        token = self.data.get("csrf")
        return (
            isinstance(token, str) and isinstance(submitted, str) and secrets.compare_digest(token, submitted)
        )

    def push_oauth(self, state: str, flow: dict[str, str]) -> None:
        pending = self.data.setdefault("oauth", {})
        pending[state] = flow
        while len(pending) > MAX_PENDING_OAUTH:
            pending.pop(next(iter(pending)))
        self.dirty = True

    def pop_oauth(self, state: str | None) -> dict[str, str] | None:
        pending = self.data.get("oauth")
        if not isinstance(pending, dict) or not isinstance(state, str):
            return None
        for key in list(pending):  # constant-time match: state is a bearer secret during the flow
            if secrets.compare_digest(key, state):
                self.dirty = True
                flow = pending.pop(key)
                return flow if isinstance(flow, dict) else None
        return None

    def put(self, key: str, value: Any) -> None:
        self.data[key] = value
        self.dirty = True

    def take(self, key: str) -> Any:
        if key in self.data:
            self.dirty = True
            return self.data.pop(key)
        return None


class SessionCodec:
    """Seals and opens session cookies with a key derived from ``secret_key`` (≥ 32 characters).

    >>> codec = SessionCodec("x" * 32, clock=lambda: 1_700_000_000)
    >>> s = LoginSession(); s.set_tokens("at", "rt", "u1")
    >>> codec.open(codec.seal(s)).user_id
    'u1'
    >>> codec.open("forged").signed_in
    False
    """

    def __init__(
        self,
        secret_key: str | bytes,
        *,
        max_age: int = 14 * 24 * 3600,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if isinstance(secret_key, str):
            secret_key = secret_key.encode()
        if not isinstance(secret_key, bytes) or len(secret_key) < 32:
            raise ConfigurationError(
                "The login session needs secret_key= with at least 32 characters (e.g. secrets.token_urlsafe(32)),"
                " kept stable across restarts and workers.",
                setting="secret_key",
            )
        key = hashlib.sha256(b"stack-sdk login session v1\x00" + secret_key).digest()
        self._fernet = Fernet(base64.urlsafe_b64encode(key))
        self.max_age = max_age
        self._clock = clock

    def seal(self, session: LoginSession) -> str:
        raw = json.dumps(session.data, separators=(",", ":")).encode()
        return self._fernet.encrypt_at_time(raw, int(self._clock())).decode("ascii")

    def open(self, cookie: str | None) -> LoginSession:
        if not cookie:
            return LoginSession()
        try:
            raw = self._fernet.decrypt_at_time(cookie.encode("ascii"), self.max_age, int(self._clock()))
            data = json.loads(raw)
        except (InvalidToken, UnicodeError, ValueError):
            return LoginSession()
        return LoginSession(data if isinstance(data, dict) else None)
