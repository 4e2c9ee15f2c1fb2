"""User and team API keys: create (value shown once), list, get, update/revoke, check."""

from __future__ import annotations

import secrets
from typing import Any

from .._errors import StatusError, known
from .._http import SERVER, Ctx, is_uuid, route
from .._state import ApiKey, new_id
from .._views import api_key_json
from .teams import get_team, require_team_permission

_OWNER = {"user": "user_id", "team": "team_id"}


def _owner(ctx: Ctx, kind: str, ref: str | None, where: str) -> str:
    if kind == "user":
        return ctx.user_ref(ref if ref is not None else "me", where=where).id
    if ref is None:
        raise ctx.schema(f"{where} must be defined")
    team = get_team(ctx, ref, where=where)
    require_team_permission(ctx, team.id, "$manage_api_keys")
    return team.id


def _enabled(ctx: Ctx, kind: str) -> None:
    if not ctx.state.config[f"allow_{kind}_api_keys"]:
        raise StatusError(400, f"{kind.capitalize()} API keys are not enabled for this project.")


def _get(ctx: Ctx, kind: str) -> ApiKey:
    owner = _owner(ctx, kind, ctx.q(_OWNER[kind]), f"query.{_OWNER[kind]}")
    if not is_uuid(ctx.params["api_key_id"]):
        raise ctx.schema("params.api_key_id must be a valid UUID")
    key = ctx.state.api_keys.get(ctx.params["api_key_id"])
    if key is None or key.type != kind or key.owner_id != owner:
        raise known("API_KEY_NOT_FOUND")
    return key


def _register(kind: str) -> None:
    base = f"/{kind}-api-keys"
    field = _OWNER[kind]

    @route("POST", base)
    async def create(ctx: Ctx) -> Any:
        owner = _owner(ctx, kind, ctx.b(field, str, required=True), f"body.{field}")
        description: str = ctx.b("description", str, required=True)
        expires = ctx.b("expires_at_millis", int, nullable=True)
        is_public = bool(ctx.b("is_public", bool))
        _enabled(ctx, kind)
        key = ApiKey(
            new_id(),
            kind,
            owner,
            f"stack_{kind}_{'pk' if is_public else 'sk'}_{secrets.token_hex(24)}",
            description,
            ctx.core.now_ms(),
            expires,
            is_public,
            seq=ctx.state.seq(),
        )
        ctx.state.api_keys[key.id] = key
        ctx.state.log("api_key.created", key.id)
        return api_key_json(key, first_view=True)

    @route("GET", base)
    async def list_keys(ctx: Ctx) -> Any:
        owner = _owner(ctx, kind, ctx.q(field), f"query.{field}")
        keys = [k for k in ctx.state.api_keys.values() if k.type == kind and k.owner_id == owner]
        keys.sort(key=lambda k: (k.created_at_millis, k.seq), reverse=True)
        return {"is_paginated": False, "items": [api_key_json(k) for k in keys]}

    @route("GET", base + "/{api_key_id}")
    async def get(ctx: Ctx) -> Any:
        return api_key_json(_get(ctx, kind))

    @route("PATCH", base + "/{api_key_id}")
    async def update(ctx: Ctx) -> Any:
        key = _get(ctx, kind)
        ctx.no_unknown({"description", "revoked", "expires_at_millis"})
        if ctx.has("description"):
            key.description = ctx.b("description", str, required=True)
        if ctx.has("expires_at_millis"):
            key.expires_at_millis = ctx.b("expires_at_millis", int, nullable=True)
        if ctx.b("revoked", bool) and key.manually_revoked_at_millis is None:
            key.manually_revoked_at_millis = ctx.core.now_ms()
        ctx.state.log("api_key.updated", key.id)
        return api_key_json(key)

    @route("POST", base + "/check", access=SERVER)
    async def check(ctx: Ctx) -> Any:
        value: str = ctx.b("api_key", str, required=True)
        key = next((k for k in ctx.state.api_keys.values() if secrets.compare_digest(k.value, value)), None)
        if key is None:
            raise known("API_KEY_NOT_FOUND")
        if key.type != kind:
            raise known("WRONG_API_KEY_TYPE", {"actual_type": key.type, "expected_type": kind})
        if key.manually_revoked_at_millis is not None:
            raise known("API_KEY_REVOKED")
        if key.expires_at_millis is not None and key.expires_at_millis <= ctx.core.now_ms():
            raise known("API_KEY_EXPIRED")
        return api_key_json(key)


_register("user")
_register("team")
