"""Sign-up / sign-in flows: password, anonymous, OTP (magic link), MFA (TOTP)."""

from __future__ import annotations

from typing import Any

from .._errors import StatusError, known
from .._http import Ctx, route
from .._state import ContactChannel, User, hash_password, new_id, random_code
from .._totp import verify_totp
from ._common import check_redirect, mfa_gate, sign_in, use_code
from .users import check_password, new_user


def _password_enabled(ctx: Ctx) -> None:
    if not ctx.state.config["credential_enabled"]:
        raise known("PASSWORD_AUTHENTICATION_NOT_ENABLED")


def _checked_password(ctx: Ctx, field: str) -> str:
    password: str = ctx.b(field, str, required=True, max_len=70)
    check_password(password, field)
    return password


def _add_auth_email(ctx: Ctx, user: User, email: str, *, verified: bool) -> None:
    for c in ctx.state.user_channels(user.id):
        if c.is_primary:
            del ctx.state.channels[c.id]
    channel = ContactChannel(new_id(), user.id, email, ctx.state.seq(), is_primary=True, used_for_auth=True)
    channel.is_verified = verified
    ctx.state.channels[channel.id] = channel


@route("POST", "/auth/password/sign-up")
async def password_sign_up(ctx: Ctx) -> Any:
    email = ctx.b_email("email")
    assert email is not None
    password: str = ctx.b("password", str, required=True, max_len=70)
    callback = ctx.b("verification_callback_url", str)
    _password_enabled(ctx)
    check_redirect(ctx, callback)
    check_password(password)
    if not ctx.state.config["sign_up_enabled"]:
        raise known("SIGN_UP_NOT_ENABLED")
    if ctx.state.auth_channel_owner(email) is not None:
        raise known("USER_EMAIL_ALREADY_EXISTS", {"email": email, "would_work_if_email_was_verified": False})
    upgrading = ctx.user is not None and ctx.user.is_anonymous
    user = ctx.user if upgrading and ctx.user is not None else new_user(ctx.core)
    user.is_anonymous = False
    user.password_hash = hash_password(password)
    _add_auth_email(ctx, user, email, verified=False)
    ctx.state.log("user.updated" if upgrading else "user.created", user.id)
    if callback is not None:
        primary = ctx.state.primary_channel(user.id)
        assert primary is not None
        ctx.state.issue_code("email_verification", email, data={"channel_id": primary.id, "user_id": user.id})
    mfa_gate(ctx, user, is_new_user=True)
    return sign_in(ctx, user)


@route("POST", "/auth/password/sign-in")
async def password_sign_in(ctx: Ctx) -> Any:
    email: str = ctx.b("email", str, required=True)
    password: str = ctx.b("password", str, required=True)
    _password_enabled(ctx)
    owner = ctx.state.auth_channel_owner(email)
    user = ctx.state.users.get(owner) if owner else None
    if user is None or user.password_hash is None or user.password_hash != hash_password(password):
        raise known("EMAIL_PASSWORD_MISMATCH")
    mfa_gate(ctx, user, is_new_user=False)
    return sign_in(ctx, user)


@route("POST", "/auth/password/update")
async def password_update(ctx: Ctx) -> Any:
    user = ctx.require_user()
    old: str = ctx.b("old_password", str, required=True)
    new = _checked_password(ctx, "new_password")
    _password_enabled(ctx)
    if user.password_hash is None:
        raise known("USER_DOES_NOT_HAVE_PASSWORD")
    if user.password_hash != hash_password(old):
        raise known("PASSWORD_CONFIRMATION_MISMATCH")
    user.password_hash = hash_password(new)
    keep = ctx.state.session_by_refresh_token(ctx.header("refresh-token"))
    # every other refresh token of the user dies; the one sent in x-stack-refresh-token survives (§0 #7)
    ctx.state.revoke_sessions(user.id, keep=keep.id if keep and keep.user_id == user.id else None)
    ctx.state.log("user.password_updated", user.id)
    return {"success": True}


@route("POST", "/auth/password/set")
async def password_set(ctx: Ctx) -> Any:
    user = ctx.require_user()
    password = _checked_password(ctx, "password")
    _password_enabled(ctx)
    if user.password_hash is not None:
        raise StatusError(400, "User already has a password set.")
    user.password_hash = hash_password(password)
    ctx.state.log("user.password_set", user.id)
    return {"success": True}


@route("POST", "/auth/password/send-reset-code")
async def password_send_reset(ctx: Ctx) -> Any:
    email: str = ctx.b("email", str, required=True)
    callback: str = ctx.b("callback_url", str, required=True)
    _password_enabled(ctx)
    check_redirect(ctx, callback)
    owner = ctx.state.auth_channel_owner(email)
    if owner is not None:
        ctx.state.issue_code("password_reset", email, data={"user_id": owner}, lifetime_ms=3600 * 1000)
    return {"success": "maybe, only if user with e-mail exists"}


@route("POST", "/auth/password/reset/check-code")
async def password_reset_check(ctx: Ctx) -> Any:
    use_code(ctx, ctx.b("code", str, required=True), "password_reset", consume=False)
    return {"is_code_valid": True}


@route("POST", "/auth/password/reset")
async def password_reset(ctx: Ctx) -> Any:
    code: str = ctx.b("code", str, required=True)
    password = _checked_password(ctx, "password")
    record = use_code(ctx, code, "password_reset")
    user = ctx.state.users.get(record.data["user_id"])
    if user is None:
        raise known("VERIFICATION_CODE_NOT_FOUND")
    user.password_hash = hash_password(password)
    ctx.state.log("user.password_reset", user.id)
    return {"success": True}


@route("POST", "/auth/anonymous/sign-up", body=False)
async def anonymous_sign_up(ctx: Ctx) -> Any:
    user = new_user(ctx.core)
    user.is_anonymous = True
    ctx.state.log("user.created", user.id)
    return sign_in(ctx, user)


@route("POST", "/auth/otp/send-sign-in-code")
async def otp_send(ctx: Ctx) -> Any:
    email = ctx.b_email("email")
    callback: str = ctx.b("callback_url", str, required=True)
    if not ctx.state.config["magic_link_enabled"]:
        raise StatusError(403, "OTP sign-in is not enabled for this project")
    check_redirect(ctx, callback)
    full = random_code()
    # the e-mail shows the 6-character OTP; the client sends OTP + nonce as the code (JS UI does this)
    ctx.state.issue_code(
        "otp", email, code=full, data={"otp": full[:6].upper(), "nonce": full[6:]}, lifetime_ms=3600 * 1000
    )
    return {"nonce": full[6:]}


@route("POST", "/auth/otp/sign-in/check-code")
async def otp_check(ctx: Ctx) -> Any:
    use_code(ctx, ctx.b("code", str, required=True), "otp", consume=False)
    return {"is_code_valid": True}


@route("POST", "/auth/otp/sign-in")
async def otp_sign_in(ctx: Ctx) -> Any:
    record = use_code(ctx, ctx.b("code", str, required=True), "otp")
    email = record.email or ""
    owner = ctx.state.auth_channel_owner(email)
    is_new = owner is None
    if owner is None:
        if not ctx.state.config["sign_up_enabled"]:
            raise known("SIGN_UP_NOT_ENABLED")
        user = new_user(ctx.core)
        user.otp_auth_enabled = True
        _add_auth_email(ctx, user, email, verified=True)
        ctx.state.log("user.created", user.id)
    else:
        user = ctx.state.users[owner]
        primary = ctx.state.primary_channel(user.id)
        if primary is not None and primary.value.lower() == email.lower():
            primary.is_verified = True
    mfa_gate(ctx, user, is_new_user=is_new)
    return sign_in(ctx, user, is_new_user=is_new)


@route("POST", "/auth/mfa/sign-in")
async def mfa_sign_in(ctx: Ctx) -> Any:
    kind = ctx.b("type", str, required=True)
    if kind != "totp":
        raise ctx.schema("body.type must be one of the following values: totp")
    totp_code: str = ctx.b("totp", str, required=True)
    code: str = ctx.b("code", str, required=True)
    record = use_code(ctx, code, "mfa", consume=False)
    user = ctx.state.users.get(record.data["user_id"])
    if user is None or user.totp_secret is None:
        raise known("VERIFICATION_CODE_NOT_FOUND")
    if not verify_totp(user.totp_secret, totp_code, ctx.core.now()):
        raise known("INVALID_TOTP_CODE")
    record.used = True
    return sign_in(ctx, user, is_new_user=bool(record.data.get("is_new_user")))
