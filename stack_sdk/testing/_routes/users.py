"""``/users``: create, get, ``me``, update (only given keys; null clears), delete, cursor-paginated list."""

from __future__ import annotations

import base64
import binascii
from typing import Any

from .._core import Core
from .._errors import KnownError, StatusError, known
from .._http import ANY, EMAIL_RE, SERVER, Ctx, is_uuid, route
from .._state import ContactChannel, User, hash_password, new_id
from .._views import user_json

CLIENT_PATCH_KEYS = {
    "display_name",
    "profile_image_url",
    "client_metadata",
    "selected_team_id",
    "totp_secret_base64",
    "otp_auth_enabled",
    "passkey_auth_enabled",
    "primary_email",
}
_STR_OR_NULL = (
    "display_name",
    "profile_image_url",
    "restricted_by_admin_reason",
    "restricted_by_admin_private_details",
)
_BOOLS = (
    "primary_email_verified",
    "primary_email_auth_enabled",
    "otp_auth_enabled",
    "passkey_auth_enabled",
    "restricted_by_admin",
)


class FieldError(Exception):
    """A bad user field; the route turns it into SCHEMA_ERROR ``body.<field> ...``."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def check_password(password: str, field: str = "password") -> None:
    if len(password) > 70:
        raise FieldError(f"body.{field} must be at most 70 characters")
    if len(password) < 8:
        raise known("PASSWORD_TOO_SHORT", {"min_length": 8})


def new_user(core: Core) -> User:
    now = core.now_ms()
    user = User(id=new_id(), seq=core.state.seq(), signed_up_at_millis=now, last_active_at_millis=now)
    core.state.users[user.id] = user
    return user


def set_primary_email(
    core: Core, user: User, email: str | None, *, verified: bool | None, auth: bool | None
) -> None:
    state = core.state
    primary = state.primary_channel(user.id)
    if email is None:
        if primary is not None:
            del state.channels[primary.id]
        return
    use_auth = auth if auth is not None else (primary.used_for_auth if primary else False)
    if use_auth:
        owner = state.auth_channel_owner(email)
        if owner is not None and owner != user.id:
            raise known(
                "USER_EMAIL_ALREADY_EXISTS", {"email": email, "would_work_if_email_was_verified": False}
            )
    if primary is None or primary.value != email:
        if primary is not None:
            del state.channels[primary.id]
        primary = ContactChannel(new_id(), user.id, email, state.seq(), is_primary=True)
        state.channels[primary.id] = primary
    primary.used_for_auth = use_auth
    if verified is not None:
        primary.is_verified = verified


def apply_user_fields(core: Core, user: User, fields: dict[str, Any], *, creating: bool) -> bool:
    """Apply the given keys to ``user``; returns True when the password changed."""
    for key in _STR_OR_NULL:
        if key in fields:
            value = fields[key]
            if value is not None and not isinstance(value, str):
                raise FieldError(f"body.{key} must be a `string` type")
            setattr(user, key, value)
    for key in ("client_metadata", "client_read_only_metadata", "server_metadata"):
        if key in fields:
            setattr(user, key, fields[key])
    for key in _BOOLS:
        if key in fields and fields[key] is not None and not isinstance(fields[key], bool):
            raise FieldError(f"body.{key} must be a `boolean` type")
    for key in ("otp_auth_enabled", "passkey_auth_enabled"):
        if fields.get(key) is not None:
            setattr(user, key, fields[key])
    if "restricted_by_admin" in fields and fields["restricted_by_admin"] is not None:
        user.restricted_by_admin = fields["restricted_by_admin"]
        if not user.restricted_by_admin:
            user.restricted_by_admin_reason = None
            user.restricted_by_admin_private_details = None
    if "is_anonymous" in fields:
        if fields["is_anonymous"] and not creating:
            raise FieldError("body.is_anonymous cannot be set to true on an existing user")
        user.is_anonymous = bool(fields["is_anonymous"])
    if (
        "primary_email" in fields
        or "primary_email_verified" in fields
        or "primary_email_auth_enabled" in fields
    ):
        current = core.state.primary_channel(user.id)
        email = fields.get("primary_email", current.value if current else None)
        if email is not None and (not isinstance(email, str) or not EMAIL_RE.match(email)):
            raise FieldError("body.primary_email must be a valid email")
        set_primary_email(
            core,
            user,
            email,
            verified=fields.get("primary_email_verified"),
            auth=fields.get("primary_email_auth_enabled"),
        )
    if "totp_secret_base64" in fields:
        secret = fields["totp_secret_base64"]
        if secret is None:
            user.totp_secret = None
        else:
            try:
                user.totp_secret = base64.b64decode(str(secret), validate=True)
            except (binascii.Error, ValueError):
                raise FieldError("body.totp_secret_base64 must be valid base64") from None
    password_changed = False
    if "password" in fields:
        password = fields["password"]
        if password is None:
            user.password_hash = None
        else:
            if not isinstance(password, str):
                raise FieldError("body.password must be a `string` type")
            check_password(password)
            user.password_hash = hash_password(password)
        password_changed = True
    if fields.get("password_hash") is not None:
        user.password_hash = str(fields["password_hash"])
        password_changed = True
    if "selected_team_id" in fields:
        team_id = fields["selected_team_id"]
        if team_id is not None and (team_id, user.id) not in core.state.memberships:
            raise known("TEAM_MEMBERSHIP_NOT_FOUND", {"team_id": team_id, "user_id": user.id})
        user.selected_team_id = team_id
    return password_changed


def _apply(ctx: Ctx, user: User, fields: dict[str, Any], *, creating: bool) -> bool:
    try:
        return apply_user_fields(ctx.core, user, fields, creating=creating)
    except FieldError as e:
        raise ctx.schema(e.problem) from None


def view(ctx: Ctx, user: User) -> dict[str, Any]:
    return user_json(ctx.state, user, ctx.server)


@route("POST", "/users", access=SERVER)
async def create_user(ctx: Ctx) -> Any:
    fields = ctx.obj()
    if isinstance(fields.get("password"), str) and len(fields["password"]) > 70:
        raise ctx.schema("body.password must be at most 70 characters")
    user = new_user(ctx.core)
    try:
        _apply(ctx, user, fields, creating=True)
    except (KnownError, StatusError):
        ctx.state.delete_user(user.id, log=False)  # a rollback: nothing was announced
        raise
    ctx.state.log("user.created", user.id)
    return 201, view(ctx, user)


@route("GET", "/users/me")
async def get_me(ctx: Ctx) -> Any:
    return view(ctx, ctx.user_ref("me"))


@route("GET", "/users/{user_id}", access=SERVER)
async def get_user(ctx: Ctx) -> Any:
    return view(ctx, ctx.user_ref(ctx.params["user_id"]))


async def _patch(ctx: Ctx, user: User) -> Any:
    fields = ctx.obj()
    if not ctx.server:
        ctx.no_unknown(CLIENT_PATCH_KEYS)
    if _apply(ctx, user, fields, creating=False) and ctx.server:
        # a server-side password change signs the user out everywhere (observed, §6)
        ctx.state.revoke_sessions(user.id)
    ctx.state.log("user.updated", user.id)
    return view(ctx, user)


@route("PATCH", "/users/me")
async def patch_me(ctx: Ctx) -> Any:
    return await _patch(ctx, ctx.user_ref("me"))


@route("PATCH", "/users/{user_id}", access=SERVER)
async def patch_user(ctx: Ctx) -> Any:
    return await _patch(ctx, ctx.user_ref(ctx.params["user_id"]))


@route("DELETE", "/users/me", access=ANY)
async def delete_me(ctx: Ctx) -> Any:
    user = ctx.user_ref("me")
    if not ctx.server and not ctx.state.config["client_user_deletion_enabled"]:
        raise StatusError(400, "Client user deletion is not enabled for this project")
    ctx.state.delete_user(user.id)
    return {"success": True}


@route("DELETE", "/users/{user_id}", access=SERVER)
async def delete_user(ctx: Ctx) -> Any:
    user = ctx.user_ref(ctx.params["user_id"])
    ctx.state.delete_user(user.id)
    return {"success": True}


def _matches(ctx: Ctx, user: User, needle: str) -> bool:
    primary = ctx.state.primary_channel(user.id)
    hay = [user.id, user.display_name or "", primary.value if primary else ""]
    return any(needle.lower() in h.lower() for h in hay)


@route("GET", "/users", access=SERVER)
async def list_users(ctx: Ctx) -> Any:
    limit_s = ctx.q("limit")
    limit: int | None = None
    if limit_s is not None:
        try:
            limit = int(limit_s)
        except ValueError:
            raise ctx.schema("query.limit must be a `number` type") from None
        if limit < 1:
            raise ctx.schema("query.limit must be greater than or equal to 1")
    cursor = ctx.q("cursor")
    if cursor is not None and not is_uuid(cursor):
        raise ctx.schema("query.cursor must be a valid UUID")
    order_by = ctx.q("order_by")
    if order_by is not None and order_by != "signed_up_at":
        raise ctx.schema("query.order_by must be one of the following values: signed_up_at")
    desc = ctx.q_bool("desc", False)
    include_anonymous = ctx.q_bool("include_anonymous", False)
    only_anonymous = ctx.q_bool("only_anonymous", False)
    include_restricted = ctx.q_bool("include_restricted", False) or include_anonymous
    team_id = ctx.q("team_id")
    if team_id is not None and not is_uuid(team_id):
        raise ctx.schema("query.team_id must be a valid UUID")
    if only_anonymous and not include_anonymous:
        raise StatusError(400, "only_anonymous=true requires include_anonymous=true")
    needle = ctx.q("query")

    users = sorted(ctx.state.users.values(), key=lambda u: (u.signed_up_at_millis, u.seq), reverse=bool(desc))
    out: list[User] = []
    for u in users:
        if u.is_anonymous and not include_anonymous:
            continue
        if only_anonymous and not u.is_anonymous:
            continue
        if ctx.state.is_restricted(u) and not include_restricted:
            continue
        if team_id is not None and (team_id, u.id) not in ctx.state.memberships:
            continue
        if needle and not _matches(ctx, u, needle):
            continue
        out.append(u)
    if cursor is not None:
        index = next((i for i, u in enumerate(out) if u.id == cursor), None)
        out = [] if index is None else out[index:]
    page, rest = (out, []) if limit is None else (out[:limit], out[limit:])
    return {
        "is_paginated": True,
        "items": [view(ctx, u) for u in page],
        "pagination": {"next_cursor": rest[0].id if rest else None},
    }
