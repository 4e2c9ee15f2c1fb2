"""Helpers shared by several route modules: redirect whitelist, token responses, verification codes."""

from __future__ import annotations

import urllib.parse
from typing import Any

from .._errors import known
from .._http import Ctx
from .._state import Code, User

MOBILE_SCHEME = "stack-auth-mobile-oauth-url"


def redirect_allowed(ctx: Ctx, url: str) -> bool:
    parsed = urllib.parse.urlparse(url)
    if parsed.scheme == MOBILE_SCHEME:
        return True
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        return False
    if parsed.hostname in ("localhost", "127.0.0.1", "::1") and ctx.state.config["allow_localhost"]:
        return True
    for entry in ctx.state.config["domains"]:
        domain = entry.get("domain") if isinstance(entry, dict) else entry
        if isinstance(domain, str):
            d = urllib.parse.urlparse(domain if "://" in domain else f"https://{domain}")
            if d.hostname == parsed.hostname and (d.scheme == parsed.scheme or "://" not in domain):
                return True
    return False


def check_redirect(ctx: Ctx, url: str | None) -> None:
    if url is not None and not redirect_allowed(ctx, url):
        raise known("REDIRECT_URL_NOT_WHITELISTED")


def sign_in(ctx: Ctx, user: User, *, is_new_user: bool | None = None) -> dict[str, Any]:
    """Start a session and answer ``{access_token, refresh_token, user_id[, is_new_user]}``."""
    access, refresh, _ = ctx.core.start_session(user, base=ctx.base)
    out: dict[str, Any] = {"access_token": access, "refresh_token": refresh, "user_id": user.id}
    if is_new_user is not None:
        out["is_new_user"] = is_new_user
    return out


def mfa_gate(ctx: Ctx, user: User, *, is_new_user: bool) -> None:
    """Users with a TOTP secret get MULTI_FACTOR_AUTHENTICATION_REQUIRED with a 5-minute attempt code."""
    if user.totp_secret is not None:
        record = ctx.state.issue_code(
            "mfa", None, data={"user_id": user.id, "is_new_user": is_new_user}, lifetime_ms=5 * 60 * 1000
        )
        raise known("MULTI_FACTOR_AUTHENTICATION_REQUIRED", {"attempt_code": record.code})


def use_code(ctx: Ctx, code: str, kind: str, *, consume: bool = True) -> Code:
    """Look up a verification code of ``kind``; VERIFICATION_CODE_* errors like the real backend."""
    record = ctx.state.codes.get(code.lower()) or ctx.state.codes.get(code)
    if record is None or record.kind != kind:
        raise known("VERIFICATION_CODE_NOT_FOUND")
    if record.used:
        raise known("VERIFICATION_CODE_ALREADY_USED")
    if record.expires_at_millis <= ctx.core.now_ms():
        raise known("VERIFICATION_CODE_EXPIRED")
    record.attempts += 1
    if record.attempts > 20:
        raise known("VERIFICATION_CODE_MAX_ATTEMPTS_REACHED")
    if consume:
        record.used = True
    return record
