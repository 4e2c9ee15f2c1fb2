"""Sessions (refresh tokens) and the OAuth token endpoint (refresh_token and authorization_code grants)."""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import Any

from .._app import json_response
from .._errors import StatusError, known
from .._http import SERVER, Ctx, is_uuid, route
from .._views import session_json
from ._common import mfa_gate

PUBLIC_CLIENT_SECRET = "__stack_public_client__"


@route("POST", "/auth/sessions", access=SERVER)
async def create_session(ctx: Ctx) -> Any:
    user_id: str = ctx.b("user_id", str, required=True)
    expires_in = ctx.b("expires_in_millis", int)
    impersonation = bool(ctx.b("is_impersonation", bool))
    user = ctx.state.users.get(user_id) if is_uuid(user_id) else None
    if user is None:
        raise known("USER_ID_DOES_NOT_EXIST", {"user_id": user_id})
    access, refresh, _ = ctx.core.start_session(
        user, base=ctx.base, expires_in_millis=expires_in, impersonation=impersonation
    )
    return {"access_token": access, "refresh_token": refresh}


@route("GET", "/auth/sessions")
async def list_sessions(ctx: Ctx) -> Any:
    user = ctx.user_ref(ctx.q_required("user_id"), where="query.user_id")
    # newest first (ties: newest created last, so reverse insertion order before the stable sort)
    sessions = [s for s in ctx.state.sessions.values() if s.user_id == user.id][::-1]
    sessions.sort(key=lambda s: -s.created_at)
    # the caller's own session first, like the real backend
    sessions.sort(key=lambda s: s.id != ctx.session_id)
    return {"is_paginated": False, "items": [session_json(s, ctx.session_id) for s in sessions]}


@route("DELETE", "/auth/sessions/current", body=False)
async def delete_current_session(ctx: Ctx) -> Any:
    ctx.require_user()
    session = ctx.state.sessions.get(ctx.session_id or "")
    if session is None:
        # what the real backend answers when the session is already gone (observed, §6)
        raise StatusError(
            500,
            "Internal Server Error. The error message follows, but will be stripped in production. "
            "StackAssertionError: Expected to insert 1 DeletedRow entry for ProjectUserRefreshToken, got 0.",
        )
    del ctx.state.sessions[session.id]
    ctx.state.log("session.revoked", session.id)
    return {"success": True}


@route("DELETE", "/auth/sessions/{session_id}", body=False)
async def delete_session(ctx: Ctx) -> Any:
    session_id = ctx.params["session_id"]
    user_id = ctx.q("user_id")
    owner = ctx.user_ref(user_id, where="query.user_id") if user_id is not None else ctx.user
    if not ctx.server and owner is None:
        raise known("CANNOT_GET_OWN_USER_WITHOUT_USER")
    if session_id == ctx.session_id:
        raise known("CANNOT_DELETE_CURRENT_SESSION")
    session = ctx.state.sessions.get(session_id)
    if session is None or (owner is not None and session.user_id != owner.id):
        raise StatusError(404, "Session not found.")
    del ctx.state.sessions[session.id]
    ctx.state.log("session.revoked", session.id)
    return {"success": True}


@route("POST", "/auth/sessions/current/refresh")
async def refresh_current(ctx: Ctx) -> Any:
    session = ctx.state.session_by_refresh_token(ctx.header("refresh-token"))
    user = ctx.state.users.get(session.user_id) if session else None
    if session is None or user is None:
        raise known("REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED")
    session.last_used_at = ctx.core.now_ms()
    return {"access_token": ctx.core.mint_access_token(user, session, ctx.base)}


def _check_client(ctx: Ctx, body: dict[str, Any]) -> None:
    """client_id / client_secret rules of §2.8 (incl. the ``__stack_public_client__`` sentinel)."""
    client_id = body.get("client_id")
    secret = body.get("client_secret")
    bad = known("INVALID_OAUTH_CLIENT_ID_OR_SECRET", {"client_id": None})
    if client_id != ctx.core.project_id:
        raise bad
    if ctx.state.config["require_publishable_client_key"] and secret in (None, "", PUBLIC_CLIENT_SECRET):
        raise known("PUBLISHABLE_CLIENT_KEY_REQUIRED_FOR_PROJECT", {"project_id": ctx.core.project_id})
    if secret in (None, ""):
        raise bad
    if secret != PUBLIC_CLIENT_SECRET and secret != ctx.core.publishable_client_key:
        raise bad


@route("POST", "/auth/oauth/token", access=None)
async def token(ctx: Ctx) -> Any:
    body = ctx.obj()
    grant = body.get("grant_type")
    if grant is None:
        raise ctx.schema("body.grant_type must be defined")
    if grant not in ("authorization_code", "refresh_token"):
        raise ctx.schema(
            "body.grant_type must be one of the following values: authorization_code, refresh_token"
        )
    _check_client(ctx, body)
    if grant == "refresh_token":
        session = ctx.state.session_by_refresh_token(body.get("refresh_token"))
        user = ctx.state.users.get(session.user_id) if session else None
        if session is None or user is None:
            raise known("REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED")
        session.last_used_at = ctx.core.now_ms()
        out: dict[str, Any] = {
            "access_token": ctx.core.mint_access_token(user, session, ctx.base),
            "token_type": "Bearer",
            "expires_in": 3600,  # always 3600, whatever the token's real lifetime (observed)
            "scope": "legacy",
            "after_callback_redirect_url": None,
            "afterCallbackRedirectUrl": None,
        }
        return json_response(200, out, cache="no-store")
    return _authorization_code(ctx, body)


def _authorization_code(ctx: Ctx, body: dict[str, Any]) -> Any:
    record = ctx.state.auth_codes.get(str(body.get("code")))
    if record is None or record.used or record.expires_at_millis <= ctx.core.now_ms():
        raise known("INVALID_AUTHORIZATION_CODE")
    if body.get("redirect_uri") != record.redirect_uri:
        raise StatusError(
            400, "Invalid redirect URI. The redirect URI must match the one used for authorization."
        )
    if record.code_challenge is not None:
        verifier = str(body.get("code_verifier") or "")
        if record.code_challenge_method == "S256":
            digest = hashlib.sha256(verifier.encode()).digest()
            computed = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
        else:
            computed = verifier
        if not hmac.compare_digest(computed, record.code_challenge):
            return json_response(
                400,
                {"error": "invalid_grant", "error_description": "Invalid grant: code verifier is invalid"},
            )
    user = ctx.state.users.get(record.user_id)
    if user is None:
        raise known("INVALID_AUTHORIZATION_CODE")
    record.used = True
    mfa_gate(ctx, user, is_new_user=record.is_new_user)
    access, refresh, session = ctx.core.start_session(user, base=ctx.base)
    return json_response(
        200,
        {
            "access_token": access,
            "refresh_token": refresh,
            "token_type": "Bearer",
            "expires_in": 3600,
            "scope": "legacy",
            "is_new_user": record.is_new_user,
            "newUser": record.is_new_user,
            "after_callback_redirect_url": record.after_callback_redirect_url,
            "afterCallbackRedirectUrl": record.after_callback_redirect_url,
        },
        cache="no-store",
    )
