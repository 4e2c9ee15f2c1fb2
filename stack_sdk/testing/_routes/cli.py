"""CLI login: create an attempt, poll it (waiting / success 201 / used / expired), complete it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .._errors import StatusError, known
from .._http import Ctx, route
from .._state import CliAttempt, random_code


def _iso(ms: int) -> str:
    return (
        dt.datetime.fromtimestamp(ms / 1000, tz=dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.")
        + f"{ms % 1000:03d}Z"
    )


@route("POST", "/auth/cli")
async def create(ctx: Ctx) -> Any:
    expires_in = ctx.b("expires_in_millis", int)
    if expires_in is None:
        expires_in = 2 * 3600 * 1000
    if not 0 < expires_in <= 24 * 3600 * 1000:
        raise ctx.schema("body.expires_in_millis must be less than or equal to 86400000")
    anon = ctx.b("anon_refresh_token", str)
    attempt = CliAttempt(random_code(), random_code(), ctx.core.now_ms() + expires_in)
    if anon is not None:
        session = ctx.state.session_by_refresh_token(anon)
        user = ctx.state.users.get(session.user_id) if session else None
        if session is None or user is None or not user.is_anonymous:
            raise StatusError(
                400, "The anon_refresh_token is invalid, expired, or not for an anonymous user."
            )
    ctx.state.cli_attempts[attempt.polling_code] = attempt
    ctx.state.log("cli.created", attempt.polling_code[:8])
    return {
        "expires_at": _iso(attempt.expires_at_millis),
        "login_code": attempt.login_code,
        "polling_code": attempt.polling_code,
    }


@route("POST", "/auth/cli/poll")
async def poll(ctx: Ctx) -> Any:
    code: str = ctx.b("polling_code", str, required=True)
    attempt = ctx.state.cli_attempts.get(code)
    if attempt is None:
        raise known("INVALID_POLLING_CODE")
    if attempt.used:
        return {"status": "used"}
    if attempt.expires_at_millis <= ctx.core.now_ms():
        return {"status": "expired"}
    if attempt.refresh_token is None:
        return {"status": "waiting"}
    attempt.used = True
    return 201, {"refresh_token": attempt.refresh_token, "status": "success"}


@route("POST", "/auth/cli/complete")
async def complete(ctx: Ctx) -> Any:
    login_code: str = ctx.b("login_code", str, required=True)
    refresh_token: str = ctx.b("refresh_token", str, required=True)
    attempt = next((a for a in ctx.state.cli_attempts.values() if a.login_code == login_code), None)
    if attempt is None or attempt.used or attempt.expires_at_millis <= ctx.core.now_ms():
        raise StatusError(400, "Invalid login code or the code has expired")
    session = ctx.state.session_by_refresh_token(refresh_token)
    if session is None:
        raise known("REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED")
    attempt.refresh_token = refresh_token
    ctx.state.log("cli.completed", attempt.polling_code[:8])
    return {"success": True}
