"""Contact channels (e-mail addresses of a user) and e-mail verification codes."""

from __future__ import annotations

from typing import Any

from .._errors import StatusError, known
from .._http import Ctx, is_uuid, route
from .._state import ContactChannel, User, new_id
from .._views import channel_json
from ._common import check_redirect, use_code


def _channel(ctx: Ctx) -> tuple[User, ContactChannel]:
    user = ctx.user_ref(ctx.params["user_id"])
    cid = ctx.params["contact_channel_id"]
    if not is_uuid(cid):
        raise ctx.schema("params.contact_channel_id must be a valid UUID")
    channel = ctx.state.channels.get(cid)
    if channel is None or channel.user_id != user.id:
        raise StatusError(404, "Contact channel not found.")
    return user, channel


def _check_auth_unique(ctx: Ctx, user: User, value: str) -> None:
    owner = ctx.state.auth_channel_owner(value)
    if owner is not None and owner != user.id:
        raise known(
            "CONTACT_CHANNEL_ALREADY_USED_FOR_AUTH_BY_SOMEONE_ELSE",
            {"type": "email", "contact_channel_value": value, "would_work_if_email_was_verified": False},
        )


def _make_primary(ctx: Ctx, channel: ContactChannel) -> None:
    for c in ctx.state.user_channels(channel.user_id):
        c.is_primary = c.id == channel.id


@route("GET", "/contact-channels")
async def list_channels(ctx: Ctx) -> Any:
    user = ctx.user_ref(ctx.q("user_id") or "me", where="query.user_id")
    return {"is_paginated": False, "items": [channel_json(c) for c in ctx.state.user_channels(user.id)]}


@route("POST", "/contact-channels")
async def create_channel(ctx: Ctx) -> Any:
    user = ctx.user_ref(ctx.b("user_id", str, required=True), where="body.user_id")
    kind = ctx.b("type", str, required=True)
    if kind != "email":
        raise ctx.schema("body.type must be one of the following values: email")
    value = ctx.b_email("value")
    assert value is not None
    used_for_auth: bool = ctx.b("used_for_auth", bool, required=True)
    allowed = {"user_id", "type", "value", "used_for_auth", "is_primary"} | (
        {"is_verified"} if ctx.server else set()
    )
    ctx.no_unknown(allowed)
    if used_for_auth:
        _check_auth_unique(ctx, user, value)
    channel = ContactChannel(new_id(), user.id, value, ctx.state.seq(), used_for_auth=used_for_auth)
    channel.is_verified = bool(ctx.b("is_verified", bool))
    ctx.state.channels[channel.id] = channel
    if ctx.b("is_primary", bool):
        _make_primary(ctx, channel)
    ctx.state.log("contact_channel.created", channel.id)
    return 201, channel_json(channel)


@route("GET", "/contact-channels/{user_id}/{contact_channel_id}")
async def get_channel(ctx: Ctx) -> Any:
    return channel_json(_channel(ctx)[1])


@route("PATCH", "/contact-channels/{user_id}/{contact_channel_id}")
async def patch_channel(ctx: Ctx) -> Any:
    user, channel = _channel(ctx)
    allowed = {"value", "used_for_auth", "is_primary"} | ({"is_verified"} if ctx.server else set())
    ctx.no_unknown(allowed)
    if ctx.has("value"):
        value = ctx.b_email("value")
        assert value is not None
        if value != channel.value:
            channel.value = value
            channel.is_verified = False
    if ctx.has("used_for_auth"):
        channel.used_for_auth = bool(ctx.b("used_for_auth", bool))
    if channel.used_for_auth:
        _check_auth_unique(ctx, user, channel.value)
    if ctx.has("is_verified"):
        channel.is_verified = bool(ctx.b("is_verified", bool))
    if ctx.b("is_primary", bool):
        _make_primary(ctx, channel)
    ctx.state.log("contact_channel.updated", channel.id)
    return channel_json(channel)


@route("DELETE", "/contact-channels/{user_id}/{contact_channel_id}")
async def delete_channel(ctx: Ctx) -> Any:
    _, channel = _channel(ctx)
    del ctx.state.channels[channel.id]
    ctx.state.log("contact_channel.deleted", channel.id)
    return {"success": True}


def _send_verification(ctx: Ctx, channel: ContactChannel) -> Any:
    callback: str = ctx.b("callback_url", str, required=True)
    check_redirect(ctx, callback)
    if channel.is_verified:
        raise known("EMAIL_ALREADY_VERIFIED")
    ctx.state.issue_code(
        "email_verification", channel.value, data={"channel_id": channel.id, "user_id": channel.user_id}
    )
    return {"success": True}


@route("POST", "/contact-channels/{user_id}/{contact_channel_id}/send-verification-code")
async def send_code(ctx: Ctx) -> Any:
    return _send_verification(ctx, _channel(ctx)[1])


@route("POST", "/contact-channels/send-verification-code")
async def send_code_primary(ctx: Ctx) -> Any:
    user = ctx.require_user()
    email: str = ctx.b("email", str, required=True)
    primary = ctx.state.primary_channel(user.id)
    if primary is None or primary.value != email:
        raise known(
            "EMAIL_IS_NOT_PRIMARY_EMAIL",
            {"email": email, "primary_email": primary.value if primary else None},
        )
    return _send_verification(ctx, primary)


@route("POST", "/contact-channels/verify")
async def verify(ctx: Ctx) -> Any:
    record = use_code(ctx, ctx.b("code", str, required=True), "email_verification")
    channel = ctx.state.channels.get(record.data["channel_id"])
    if channel is not None:
        channel.is_verified = True
        ctx.state.log("contact_channel.verified", channel.id)
    return {"success": True}


@route("POST", "/contact-channels/verify/check-code")
async def verify_check(ctx: Ctx) -> Any:
    use_code(ctx, ctx.b("code", str, required=True), "email_verification", consume=False)
    return {"is_code_valid": True}
