"""The verified claims of a Stack access token (protocol §2.10)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class AccessTokenClaims:
    """What a verified access token says about its user. ``raw`` holds every claim as sent.

    >>> c = AccessTokenClaims.from_payload({"sub": "u1", "exp": 20, "iat": 10, "aud": "p", "iss": "i",
    ...                                     "project_id": "p", "email": "ada@example.com"})
    >>> (c.user_id, c.email, c.is_anonymous, c.exp)
    ('u1', 'ada@example.com', False, 20)
    """

    user_id: str
    project_id: str
    exp: int
    iat: int | None
    issuer: str
    audience: str
    branch_id: str | None = None
    refresh_token_id: str | None = None
    email: str | None = None
    email_verified: bool = False
    display_name: str | None = None
    is_anonymous: bool = False
    is_restricted: bool = False
    restricted_reason: str | None = None
    selected_team_id: str | None = None
    requires_totp_mfa: bool = False
    signed_up_at: int | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_payload(cls, p: Mapping[str, Any]) -> AccessTokenClaims:
        """Build from a payload whose ``sub``, ``exp``, ``aud`` and ``iss`` the core has already checked."""
        reason = p.get("restricted_reason")
        aud = p["aud"]
        return cls(
            user_id=p["sub"],
            project_id=_str(p.get("project_id")) or "",
            exp=int(p["exp"]),
            iat=_int(p.get("iat")),
            issuer=p["iss"],
            audience=aud if isinstance(aud, str) else ",".join(aud),
            branch_id=_str(p.get("branch_id")),
            refresh_token_id=_str(p.get("refresh_token_id")),
            email=_str(p.get("email")),
            email_verified=p.get("email_verified") is True,
            display_name=_str(p.get("name")),
            is_anonymous=p.get("is_anonymous") is True,
            is_restricted=p.get("is_restricted") is True,
            restricted_reason=_str(reason.get("type")) if isinstance(reason, dict) else None,
            selected_team_id=_str(p.get("selected_team_id")),
            requires_totp_mfa=p.get("requires_totp_mfa") is True,
            signed_up_at=_int(p.get("signed_up_at")),
            raw=p,
        )


def _str(v: object) -> str | None:
    return v if isinstance(v, str) else None


def _int(v: object) -> int | None:
    return int(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None
