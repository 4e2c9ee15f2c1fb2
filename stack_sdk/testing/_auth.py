"""Request authentication exactly like the real backend: access type, project, keys, branch, access token."""

from __future__ import annotations

import datetime as dt
import hmac
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._core import Core
from ._errors import known
from ._jwt import TokenError
from ._state import User

ACCESS_TYPES = ("client", "server", "admin")
Header = Callable[[str], "str | None"]


@dataclass
class AuthResult:
    access_type: str
    user: User | None
    session_id: str | None


def _eq(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and hmac.compare_digest(a.encode(), b.encode())


def _allowed_text(allowed: tuple[str, ...]) -> str:
    quoted = [f"'{a}'" for a in allowed]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} or {quoted[1]}"
    return ", ".join(quoted[:-1]) + f", or {quoted[-1]}"


def authenticate(core: Core, header: Header, allowed: tuple[str, ...]) -> AuthResult:
    """Check the x-stack-* headers in the real backend's order; raise the matching known error."""
    access_type = header("access-type")
    project_id = header("project-id")
    pck = header("publishable-client-key") or None
    ssk = header("secret-server-key")
    sak = header("super-secret-admin-key")
    if not access_type:
        if pck or ssk or sak or header("admin-access-token"):
            raise known("PROJECT_KEY_WITHOUT_ACCESS_TYPE")
        raise known("ACCESS_TYPE_REQUIRED")
    if access_type not in ACCESS_TYPES:
        raise known("INVALID_ACCESS_TYPE", access_type=access_type)
    if not project_id:
        raise known("ACCESS_TYPE_WITHOUT_PROJECT_ID", {"request_type": access_type})
    if project_id != core.project_id:
        raise known("CURRENT_PROJECT_NOT_FOUND", {"project_id": project_id})
    branch = header("branch-id") or "main"
    if branch != "main":
        raise known("BRANCH_DOES_NOT_EXIST", {"branch_id": branch})
    details = {"project_id": core.project_id}
    if access_type == "client":
        if pck is not None:
            if not _eq(pck, core.publishable_client_key):
                raise known("INVALID_PUBLISHABLE_CLIENT_KEY", details)
        elif core.state.config["require_publishable_client_key"]:
            raise known("PUBLISHABLE_CLIENT_KEY_REQUIRED_FOR_PROJECT", details)
    elif access_type == "server":
        if not ssk:
            raise known("SERVER_AUTHENTICATION_REQUIRED")
        if not _eq(ssk, core.secret_server_key):
            raise known("INVALID_SECRET_SERVER_KEY", details)
    else:
        if not sak:
            raise known("ADMIN_AUTHENTICATION_REQUIRED")
        if not _eq(sak, core.super_secret_admin_key):
            raise known("INVALID_SUPER_SECRET_ADMIN_KEY", details)

    user: User | None = None
    session_id: str | None = None
    token = header("access-token")
    if token:
        claims = verify_access_token(core, token)
        if claims.get("is_anonymous") and header("allow-anonymous-user") != "true":
            raise known("ANONYMOUS_AUTHENTICATION_NOT_ALLOWED")
        reason = claims.get("restricted_reason")
        if (
            claims.get("is_restricted")
            and not claims.get("is_anonymous")
            and header("allow-anonymous-user") != "true"
            and header("allow-restricted-user") != "true"
        ):
            rtype = reason.get("type") if isinstance(reason, dict) else None
            raise known("RESTRICTED_USER_NOT_ALLOWED", {"restricted_reason": reason}, reason_type=rtype)
        # a deleted user's token no longer identifies anyone (the SDK then sees "no user")
        user = core.state.users.get(str(claims["sub"]))
        session_id = str(claims.get("refresh_token_id")) if user else None

    if access_type not in allowed:
        raise known(
            "INSUFFICIENT_ACCESS_TYPE",
            {"actual_access_type": access_type, "allowed_access_types": list(allowed)},
            allowed=_allowed_text(allowed),
            actual=access_type,
        )
    return AuthResult(access_type, user, session_id)


def verify_access_token(core: Core, token: str) -> dict[str, Any]:
    """Claims of a valid token of this project, or UNPARSABLE / INVALID_PROJECT / EXPIRED known errors."""
    try:
        claims = core.keys.decode(token, core.project_id)
    except TokenError as e:
        if e.kind == "foreign":
            raise known(
                "INVALID_PROJECT_FOR_ACCESS_TOKEN",
                {"expected_project_id": core.project_id, "actual_project_id": e.claims.get("project_id")},
            ) from None
        raise known("UNPARSABLE_ACCESS_TOKEN") from None
    exp = claims.get("exp")
    if isinstance(exp, (int, float)) and exp <= core.now():
        expired = dt.datetime.fromtimestamp(exp, tz=dt.timezone.utc)
        raise known(
            "ACCESS_TOKEN_EXPIRED",
            {
                "expired_at_millis": int(exp * 1000),
                "project_id": core.project_id,
                "refresh_token_id": claims.get("refresh_token_id"),
                "user_id": claims.get("sub"),
            },
            expired_iso=expired.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        )
    return claims
