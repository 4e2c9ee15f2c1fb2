"""The fake project: its keys, clock, signing keys and data, shared by every route."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from ._jwt import KeyRing, KeySet
from ._state import Session, State, User


class Core:
    """One fake Stack project (what a route handler needs besides the request)."""

    def __init__(
        self,
        *,
        project_id: str,
        publishable_client_key: str | None,
        secret_server_key: str,
        super_secret_admin_key: str,
        access_token_lifetime: float,
        clock: Callable[[], float] | None,
        display_name: str,
    ) -> None:
        self.project_id = project_id
        self.publishable_client_key = publishable_client_key
        self.secret_server_key = secret_server_key
        self.super_secret_admin_key = super_secret_admin_key
        self.access_token_lifetime = access_token_lifetime
        self.clock: Callable[[], float] = clock or time.time
        self.display_name = display_name
        self.keys = KeyRing()
        self.state = State(self.now_ms)
        # issuer host for tokens minted outside a request (sign_in_tokens); serve() updates it
        self.issuer_base = "https://fake-stack.test"
        self.created_at_millis = self.now_ms()
        # provider id -> (account_id, email) the fake OAuth provider signs in as
        self.oauth_identities: dict[str, tuple[str, str]] = {}
        # providers whose authorize endpoint shows a page (Continue / Cancel) instead of redirecting at once
        self.oauth_consent_pages: set[str] = set()

    def now(self) -> float:
        return float(self.clock())

    def now_ms(self) -> int:
        return int(self.now() * 1000)

    def mint_access_token(self, user: User, session: Session, base: str | None = None) -> str:
        """An ES256 access token with the real claim set (§2.10) for ``user`` in ``session``."""
        state = self.state
        primary = state.primary_channel(user.id)
        now = int(self.now())
        if user.is_anonymous:
            key_set: KeySet = "anonymous"
            iss_kind, aud = "projects-anonymous-users", f"{self.project_id}:anon"
        elif state.is_restricted(user):
            key_set = "restricted"
            iss_kind, aud = "projects-restricted-users", f"{self.project_id}:restricted"
        else:
            key_set = "regular"
            iss_kind, aud = "projects", self.project_id
        claims: dict[str, Any] = {
            "sub": user.id,
            "branch_id": "main",
            "refresh_token_id": session.id,
            "iat": now,
            "exp": int(now + self.access_token_lifetime),
            "iss": f"{base or self.issuer_base}/api/v1/{iss_kind}/{self.project_id}",
            "aud": aud,
            "project_id": self.project_id,
            "role": "authenticated",
            "name": user.display_name,
            "email": primary.value if primary else None,
            "email_verified": bool(primary and primary.is_verified),
            "selected_team_id": user.selected_team_id,
            "is_anonymous": user.is_anonymous,
            "is_restricted": state.is_restricted(user),
            "restricted_reason": state.restricted_reason(user),
            "requires_totp_mfa": user.totp_secret is not None,
            "signed_up_at": user.signed_up_at_millis // 1000,
        }
        user.last_active_at_millis = self.now_ms()
        return self.keys.sign(claims, key_set)

    def start_session(
        self,
        user: User,
        *,
        base: str | None = None,
        expires_in_millis: int | None = None,
        impersonation: bool = False,
    ) -> tuple[str, str, Session]:
        """Create a refresh token for ``user`` and mint a first access token: ``(access, refresh, session)``."""
        if expires_in_millis is None:
            expires_in_millis = 365 * 24 * 3600 * 1000
        session = self.state.create_session(
            user.id, expires_in_millis=expires_in_millis, impersonation=impersonation
        )
        return self.mint_access_token(user, session, base), session.refresh_token, session
