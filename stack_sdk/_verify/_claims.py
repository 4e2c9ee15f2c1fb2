"""The verified claims of a Stack access token (protocol §2.10)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

_EMPTY: Mapping[str, Any] = MappingProxyType({})


class AccessTokenClaims(NamedTuple):
    """What a verified access token says about its user. ``raw`` holds every claim as sent.

    Immutable (a named tuple: one verified token's claims are shared by every request that presents it,
    and building a tuple costs a fraction of a frozen dataclass on the hot path).

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
    raw: Mapping[str, Any] = _EMPTY

    def __repr__(self) -> str:  # without ``raw``: the same facts again
        return f"AccessTokenClaims(user_id={self.user_id!r}, project_id={self.project_id!r}, exp={self.exp})"

    @classmethod
    def from_payload(cls, p: Mapping[str, Any]) -> AccessTokenClaims:
        """Build from a payload whose ``sub``, ``exp``, ``aud`` and ``iss`` the core has already checked."""
        get = p.get
        reason = get("restricted_reason")
        aud = p["aud"]
        # positional, in field order: the hot path of every verification
        return cls(
            p["sub"],
            _str(get("project_id")) or "",
            int(p["exp"]),
            _int(get("iat")),
            p["iss"],
            aud if isinstance(aud, str) else ",".join(aud),
            _str(get("branch_id")),
            _str(get("refresh_token_id")),
            _str(get("email")),
            get("email_verified") is True,
            _str(get("name")),
            get("is_anonymous") is True,
            get("is_restricted") is True,
            _str(reason.get("type")) if isinstance(reason, dict) else None,
            _str(get("selected_team_id")),
            get("requires_totp_mfa") is True,
            _int(get("signed_up_at")),
            MappingProxyType(p),
        )


def _str(v: object) -> str | None:
    return v if isinstance(v, str) else None


def _int(v: object) -> int | None:
    return int(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None
