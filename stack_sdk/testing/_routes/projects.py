"""The project: ``/projects/current``, the JWKS, and the few admin routes that change its config."""

from __future__ import annotations

import json
from typing import Any

from .._app import json_response
from .._errors import StatusError
from .._http import ADMIN, Ctx, route
from .._views import public_config

_ADMIN_HIDDEN = ("require_publishable_client_key",)


@route("GET", "/projects/current")
async def current(ctx: Ctx) -> Any:
    return {
        "config": public_config(ctx.state),
        "display_name": ctx.core.display_name,
        "id": ctx.core.project_id,
    }


@route("GET", "/projects/{project_id}/.well-known/jwks.json", access=None)
async def jwks(ctx: Ctx) -> Any:
    include_anonymous = ctx.q_bool("include_anonymous", False)
    include_restricted = ctx.q_bool("include_restricted", False)
    if ctx.params["project_id"] != ctx.core.project_id:
        raise StatusError(404, "Project not found")
    doc = ctx.core.keys.jwks(
        include_restricted=bool(include_restricted), include_anonymous=bool(include_anonymous)
    )
    return json_response(200, doc, cache="public, max-age=3600")


def _admin_project(ctx: Ctx) -> dict[str, Any]:
    config = {k: v for k, v in ctx.state.config.items() if k not in _ADMIN_HIDDEN}
    return {
        "config": config,
        "created_at_millis": ctx.core.created_at_millis,
        "description": "",
        "display_name": ctx.core.display_name,
        "id": ctx.core.project_id,
        "is_production_mode": False,
        "logo_dark_mode_url": None,
        "logo_full_dark_mode_url": None,
        "logo_full_url": None,
        "logo_url": None,
        "onboarding_status": "completed",
        "owner_team_id": "00000000-0000-4000-8000-00000000a11d",
    }


@route("GET", "/internal/projects/current", access=ADMIN)
async def admin_get(ctx: Ctx) -> Any:
    return _admin_project(ctx)


@route("PATCH", "/internal/projects/current", access=ADMIN)
async def admin_patch(ctx: Ctx) -> Any:
    config = ctx.b("config", dict)
    if config:
        unknown = [k for k in config if k not in ctx.state.config or k in _ADMIN_HIDDEN]
        if unknown:
            raise ctx.schema("body.config contains unknown properties: " + ", ".join(unknown))
        ctx.state.config.update(config)
        ctx.state.log("project.updated", ctx.core.project_id)
    if ctx.has("display_name"):
        ctx.core.display_name = ctx.b("display_name", str, required=True)
    return _admin_project(ctx)


def _override(ctx: Ctx) -> dict[str, Any]:
    return (
        {"project.requirePublishableClientKey": True}
        if ctx.state.config["require_publishable_client_key"]
        else {}
    )


@route("GET", "/internal/config/override/{level}", access=ADMIN)
async def override_get(ctx: Ctx) -> Any:
    return {"config_string": json.dumps(_override(ctx))}


async def _set_override(ctx: Ctx, key: str, replace: bool) -> Any:
    raw: str = ctx.b(key, str, required=True)
    try:
        values = json.loads(raw)
    except ValueError:
        raise ctx.schema(f"body.{key} must be valid JSON") from None
    if replace:
        ctx.state.config["require_publishable_client_key"] = False
    # the only override the fake understands; others are accepted and ignored
    if "project.requirePublishableClientKey" in values:
        ctx.state.config["require_publishable_client_key"] = bool(
            values["project.requirePublishableClientKey"]
        )
    ctx.state.log("project.updated", ctx.core.project_id)
    return {"success": True}


@route("PATCH", "/internal/config/override/{level}", access=ADMIN)
async def override_patch(ctx: Ctx) -> Any:
    return await _set_override(ctx, "config_override_string", replace=False)


@route("PUT", "/internal/config/override/{level}", access=ADMIN)
async def override_put(ctx: Ctx) -> Any:
    return await _set_override(ctx, "config_string", replace=True)
