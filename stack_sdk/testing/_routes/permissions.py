"""Team and project permissions (grant, revoke, list with ``recursive``) and their definitions."""

from __future__ import annotations

from typing import Any

from .._errors import known
from .._http import ADMIN, SERVER, Ctx, route
from .._state import TEAM_PERMISSION_DEFINITIONS
from .teams import get_team


def _definitions_json(defs: dict[str, tuple[str, list[str]]]) -> dict[str, Any]:
    items = [
        {"contained_permission_ids": sorted(contained), "description": desc, "id": pid}
        for pid, (desc, contained) in sorted(defs.items())
    ]
    return {"is_paginated": False, "items": items}


@route("GET", "/team-permission-definitions", access=ADMIN)
async def team_definitions(ctx: Ctx) -> Any:  # noqa: ARG001
    return _definitions_json(TEAM_PERMISSION_DEFINITIONS)


@route("GET", "/project-permission-definitions", access=ADMIN)
async def project_definitions(ctx: Ctx) -> Any:
    return _definitions_json(ctx.state.project_permission_definitions)


@route("POST", "/team-permissions/{team_id}/{user_id}/{permission_id}", access=SERVER)
async def grant_team(ctx: Ctx) -> Any:
    team = get_team(ctx, ctx.params["team_id"])
    user = ctx.user_ref(ctx.params["user_id"])
    pid = ctx.params["permission_id"]
    if pid not in TEAM_PERMISSION_DEFINITIONS:
        raise known("PERMISSION_NOT_FOUND", {"permission_id": pid})
    m = ctx.state.memberships.get((team.id, user.id))
    if m is None:
        raise known("TEAM_MEMBERSHIP_NOT_FOUND", {"team_id": team.id, "user_id": user.id})
    m.permissions.add(pid)  # granting twice is fine (201 again, observed)
    ctx.state.log("team_permission.granted", f"{team.id}:{user.id}:{pid}")
    return 201, {"id": pid, "team_id": team.id, "user_id": user.id}


@route("DELETE", "/team-permissions/{team_id}/{user_id}/{permission_id}", access=SERVER)
async def revoke_team(ctx: Ctx) -> Any:
    team = get_team(ctx, ctx.params["team_id"])
    user = ctx.user_ref(ctx.params["user_id"])
    pid = ctx.params["permission_id"]
    if pid not in TEAM_PERMISSION_DEFINITIONS:
        raise known("PERMISSION_NOT_FOUND", {"permission_id": pid})
    m = ctx.state.memberships.get((team.id, user.id))
    if m is None:
        raise known("TEAM_MEMBERSHIP_NOT_FOUND", {"team_id": team.id, "user_id": user.id})
    m.permissions.discard(pid)
    ctx.state.log("team_permission.revoked", f"{team.id}:{user.id}:{pid}")
    return {"success": True}


@route("GET", "/team-permissions")
async def list_team(ctx: Ctx) -> Any:
    team_id = ctx.q("team_id")
    if team_id is not None:
        get_team(ctx, team_id, where="query.team_id")
    ref = ctx.q("user_id")
    if not ctx.server and ref is None:
        ref = "me"
    user = ctx.user_ref(ref, where="query.user_id") if ref is not None else None
    recursive = ctx.q_bool("recursive", False)
    wanted = ctx.q("permission_id")
    items: list[dict[str, Any]] = []
    for m in ctx.state.memberships.values():
        if (team_id is not None and m.team_id != team_id) or (user is not None and m.user_id != user.id):
            continue
        perms = ctx.state.expand(m.permissions, TEAM_PERMISSION_DEFINITIONS) if recursive else m.permissions
        items += [{"id": p, "team_id": m.team_id, "user_id": m.user_id} for p in perms if wanted in (None, p)]
    items.sort(key=lambda i: (i["team_id"], i["user_id"], i["id"]))
    return {"is_paginated": False, "items": items}


@route("POST", "/project-permissions/{user_id}/{permission_id}", access=SERVER)
async def grant_project(ctx: Ctx) -> Any:
    user = ctx.user_ref(ctx.params["user_id"])
    pid = ctx.params["permission_id"]
    # a team-scope id is simply unknown here (PERMISSION_NOT_FOUND, not WRONG_PERMISSION_SCOPE: observed)
    if pid not in ctx.state.project_permission_definitions:
        raise known("PERMISSION_NOT_FOUND", {"permission_id": pid})
    user.project_permissions.add(pid)
    ctx.state.log("project_permission.granted", f"{user.id}:{pid}")
    return 201, {"id": pid, "user_id": user.id}


@route("DELETE", "/project-permissions/{user_id}/{permission_id}", access=SERVER)
async def revoke_project(ctx: Ctx) -> Any:
    user = ctx.user_ref(ctx.params["user_id"])
    pid = ctx.params["permission_id"]
    if pid not in ctx.state.project_permission_definitions:
        raise known("PERMISSION_NOT_FOUND", {"permission_id": pid})
    user.project_permissions.discard(pid)
    ctx.state.log("project_permission.revoked", f"{user.id}:{pid}")
    return {"success": True}


@route("GET", "/project-permissions")
async def list_project(ctx: Ctx) -> Any:
    ref = ctx.q("user_id")
    if not ctx.server and ref is None:
        ref = "me"
    users = [ctx.user_ref(ref, where="query.user_id")] if ref is not None else list(ctx.state.users.values())
    recursive = ctx.q_bool("recursive", False)
    wanted = ctx.q("permission_id")
    defs = ctx.state.project_permission_definitions
    items: list[dict[str, Any]] = []
    for u in users:
        perms = ctx.state.expand(u.project_permissions, defs) if recursive else u.project_permissions
        items += [{"id": p, "user_id": u.id} for p in sorted(perms) if wanted in (None, p)]
    return {"is_paginated": False, "items": items}
