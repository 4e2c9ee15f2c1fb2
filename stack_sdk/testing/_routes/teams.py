"""Teams, team memberships, team member profiles and team invitations."""

from __future__ import annotations

from typing import Any

from .._errors import StatusError, known
from .._http import ANY, SERVER, Ctx, is_uuid, route
from .._state import Invitation, Team, new_id
from .._views import profile_json, team_json
from ._common import check_redirect, use_code


def get_team(ctx: Ctx, team_id: str, *, where: str = "params.team_id") -> Team:
    if not is_uuid(team_id):
        raise ctx.schema(f"{where} must be a valid UUID")
    team = ctx.state.teams.get(team_id)
    if team is None:
        raise known("TEAM_NOT_FOUND", {"team_id": team_id})
    return team


def require_team_permission(ctx: Ctx, team_id: str, permission_id: str) -> None:
    """Client calls on team resources need the team permission (server/admin calls do not)."""
    if ctx.server:
        return
    user = ctx.require_user()
    if not ctx.state.has_team_permission(team_id, user.id, permission_id):
        raise known(
            "TEAM_PERMISSION_REQUIRED",
            {"team_id": team_id, "user_id": user.id, "permission_id": permission_id},
        )


def _membership(ctx: Ctx, team_id: str, user_id: str) -> Any:
    m = ctx.state.memberships.get((team_id, user_id))
    if m is None:
        raise known("TEAM_MEMBERSHIP_NOT_FOUND", {"team_id": team_id, "user_id": user_id})
    return m


# --- teams ---------------------------------------------------------------------------------------------


@route("POST", "/teams")
async def create_team(ctx: Ctx) -> Any:
    display_name: str = ctx.b("display_name", str, required=True)
    creator_ref = ctx.b("creator_user_id", str)
    if not ctx.server:
        if not ctx.state.config["client_team_creation_enabled"]:
            raise StatusError(403, "Client team creation is disabled for this project")
        if creator_ref != "me":
            raise StatusError(
                403,
                "You cannot create a team as a user that is not yourself. Make sure you set the creator_user_id to 'me'.",
            )
        ctx.no_unknown({"display_name", "profile_image_url", "creator_user_id", "client_metadata"})
    creator = ctx.user_ref(creator_ref, where="body.creator_user_id") if creator_ref is not None else None
    team = Team(
        new_id(),
        ctx.state.seq(),
        display_name,
        ctx.core.now_ms(),
        profile_image_url=ctx.b("profile_image_url", str),
        client_metadata=ctx.obj().get("client_metadata"),
        client_read_only_metadata=ctx.obj().get("client_read_only_metadata"),
        server_metadata=ctx.obj().get("server_metadata"),
    )
    ctx.state.teams[team.id] = team
    ctx.state.log("team.created", team.id)
    if creator is not None:
        ctx.state.add_membership(team.id, creator.id, "team_creator_default_permissions")
    return 201, team_json(team, ctx.server)


@route("GET", "/teams")
async def list_teams(ctx: Ctx) -> Any:
    ref = ctx.q("user_id")
    if not ctx.server and ref is None:
        ref = "me"
    user = ctx.user_ref(ref, where="query.user_id") if ref is not None else None
    teams = sorted(ctx.state.teams.values(), key=lambda t: t.seq)
    if user is not None:
        teams = [t for t in teams if (t.id, user.id) in ctx.state.memberships]
    return {"is_paginated": False, "items": [team_json(t, ctx.server) for t in teams]}


@route("GET", "/teams/{team_id}")
async def get_team_route(ctx: Ctx) -> Any:
    team = get_team(ctx, ctx.params["team_id"])
    if not ctx.server:
        user = ctx.require_user()
        if (team.id, user.id) not in ctx.state.memberships:
            raise known("TEAM_NOT_FOUND", {"team_id": team.id})
    return team_json(team, ctx.server)


@route("PATCH", "/teams/{team_id}")
async def patch_team(ctx: Ctx) -> Any:
    team = get_team(ctx, ctx.params["team_id"])
    require_team_permission(ctx, team.id, "$update_team")
    body = ctx.obj()
    if not ctx.server:
        ctx.no_unknown({"display_name", "profile_image_url", "client_metadata"})
    if "display_name" in body:
        team.display_name = ctx.b("display_name", str, required=True)
    if "profile_image_url" in body:
        team.profile_image_url = ctx.b("profile_image_url", str, nullable=True)
    for key in ("client_metadata", "client_read_only_metadata", "server_metadata"):
        if key in body:
            setattr(team, key, body[key])
    ctx.state.log("team.updated", team.id)
    return team_json(team, ctx.server)


@route("DELETE", "/teams/{team_id}")
async def delete_team(ctx: Ctx) -> Any:
    team = get_team(ctx, ctx.params["team_id"])
    require_team_permission(ctx, team.id, "$delete_team")
    ctx.state.delete_team(team.id)
    return {"success": True}


# --- memberships ---------------------------------------------------------------------------------------


@route("POST", "/team-memberships/{team_id}/{user_id}", access=SERVER)
async def add_member(ctx: Ctx) -> Any:
    team = get_team(ctx, ctx.params["team_id"])
    user = ctx.user_ref(ctx.params["user_id"])
    if (team.id, user.id) in ctx.state.memberships:
        raise known("TEAM_MEMBERSHIP_ALREADY_EXISTS")
    ctx.state.add_membership(team.id, user.id, "team_member_default_permissions")
    return 201, {"team_id": team.id, "user_id": user.id}


@route("DELETE", "/team-memberships/{team_id}/{user_id}", access=ANY)
async def remove_member(ctx: Ctx) -> Any:
    team = get_team(ctx, ctx.params["team_id"])
    ref = ctx.params["user_id"]
    if ref == "me" or ctx.server:
        user = ctx.user_ref(ref)
    else:
        require_team_permission(ctx, team.id, "$remove_members")
        user = ctx.state.users.get(ref) or ctx.user_ref("me")
    _membership(ctx, team.id, user.id)
    del ctx.state.memberships[(team.id, user.id)]
    if user.selected_team_id == team.id:
        user.selected_team_id = None
    ctx.state.log("membership.removed", f"{team.id}:{user.id}")
    return {"success": True}


# --- member profiles -----------------------------------------------------------------------------------


@route("GET", "/team-member-profiles")
async def list_profiles(ctx: Ctx) -> Any:
    team_id = ctx.q("team_id")
    ref = ctx.q("user_id")
    user = ctx.user_ref(ref, where="query.user_id") if ref is not None else None
    if team_id is not None:
        get_team(ctx, team_id, where="query.team_id")
        if not ctx.server and (user is None or user.id != (ctx.user.id if ctx.user else None)):
            require_team_permission(ctx, team_id, "$read_members")
    elif not ctx.server and user is None:
        user = ctx.user_ref("me")
    members = sorted(ctx.state.memberships.values(), key=lambda m: m.seq)
    items = [
        profile_json(ctx.state, m, ctx.server)
        for m in members
        if (team_id is None or m.team_id == team_id) and (user is None or m.user_id == user.id)
    ]
    return {"is_paginated": False, "items": items}


@route("GET", "/team-member-profiles/{team_id}/{user_id}")
async def get_profile(ctx: Ctx) -> Any:
    team = get_team(ctx, ctx.params["team_id"])
    ref = ctx.params["user_id"]
    if not ctx.server and ref != "me":
        require_team_permission(ctx, team.id, "$read_members")
        ref_user = ctx.state.users.get(ref) if is_uuid(ref) else None
        if ref_user is None:
            raise known("TEAM_MEMBERSHIP_NOT_FOUND", {"team_id": team.id, "user_id": ref})
        user = ref_user
    else:
        user = ctx.user_ref(ref)
    return profile_json(ctx.state, _membership(ctx, team.id, user.id), ctx.server)


@route("PATCH", "/team-member-profiles/{team_id}/{user_id}")
async def patch_profile(ctx: Ctx) -> Any:
    team = get_team(ctx, ctx.params["team_id"])
    user = ctx.user_ref(ctx.params["user_id"])
    m = _membership(ctx, team.id, user.id)
    ctx.no_unknown({"display_name", "profile_image_url"})
    if ctx.has("display_name"):
        m.display_name = ctx.b("display_name", str, nullable=True)
    if ctx.has("profile_image_url"):
        m.profile_image_url = ctx.b("profile_image_url", str, nullable=True)
    ctx.state.log("profile.updated", f"{team.id}:{user.id}")
    return profile_json(ctx.state, m, ctx.server)


# --- invitations ---------------------------------------------------------------------------------------


def _invitation_json(inv: Invitation) -> dict[str, Any]:
    return {
        "expires_at_millis": inv.expires_at_millis,
        "id": inv.id,
        "recipient_email": inv.recipient_email,
        "team_id": inv.team_id,
    }


@route("POST", "/team-invitations/send-code")
async def send_invitation(ctx: Ctx) -> Any:
    email = ctx.b_email("email")
    assert email is not None
    team = get_team(ctx, ctx.b("team_id", str, required=True), where="body.team_id")
    callback: str = ctx.b("callback_url", str, required=True)
    require_team_permission(ctx, team.id, "$invite_members")
    check_redirect(ctx, callback)
    lifetime = 7 * 24 * 3600 * 1000
    record = ctx.state.issue_code("team_invitation", email, data={"team_id": team.id}, lifetime_ms=lifetime)
    inv = Invitation(new_id(), team.id, email, record.expires_at_millis, record.code)
    record.data["invitation_id"] = inv.id
    ctx.state.invitations[inv.id] = inv
    ctx.state.log("invitation.created", inv.id)
    return {"success": True, "id": inv.id}


@route("GET", "/team-invitations")
async def list_invitations(ctx: Ctx) -> Any:
    team_id = ctx.q("team_id")
    invitations = list(ctx.state.invitations.values())
    if team_id is not None:
        get_team(ctx, team_id, where="query.team_id")
        require_team_permission(ctx, team_id, "$invite_members")
        invitations = [i for i in invitations if i.team_id == team_id]
    else:
        user = ctx.user_ref(ctx.q_required("user_id"), where="query.user_id")
        emails = {c.value.lower() for c in ctx.state.user_channels(user.id) if c.is_verified}
        invitations = [i for i in invitations if i.recipient_email.lower() in emails]
    return {"is_paginated": False, "items": [_invitation_json(i) for i in invitations]}


@route("DELETE", "/team-invitations/{id}")
async def revoke_invitation(ctx: Ctx) -> Any:
    team = get_team(ctx, ctx.q_required("team_id"), where="query.team_id")
    require_team_permission(ctx, team.id, "$invite_members")
    inv = ctx.state.invitations.get(ctx.params["id"])
    if inv is None or inv.team_id != team.id:
        raise known("VERIFICATION_CODE_NOT_FOUND")
    del ctx.state.invitations[inv.id]
    ctx.state.codes.pop(inv.code, None)
    ctx.state.log("invitation.revoked", inv.id)
    return {"success": True}


def _accept(ctx: Ctx, team_id: str, invitation_id: str | None) -> Any:
    user = ctx.require_user()
    if ctx.state.is_restricted(user):
        reason = ctx.state.restricted_reason(user)
        raise known(
            "TEAM_INVITATION_RESTRICTED_USER_NOT_ALLOWED",
            {"restricted_reason": reason},
            reason_type=(reason or {}).get("type"),
        )
    if team_id in ctx.state.teams and (team_id, user.id) not in ctx.state.memberships:
        ctx.state.add_membership(team_id, user.id, "team_member_default_permissions")
    if invitation_id is not None:
        ctx.state.invitations.pop(invitation_id, None)
    return {}


@route("POST", "/team-invitations/accept")
async def accept_invitation(ctx: Ctx) -> Any:
    ctx.require_user()
    record = use_code(ctx, ctx.b("code", str, required=True), "team_invitation")
    return _accept(ctx, record.data["team_id"], record.data.get("invitation_id"))


@route("POST", "/team-invitations/{id}/accept")
async def accept_invitation_by_id(ctx: Ctx) -> Any:
    user = ctx.user_ref(ctx.q("user_id") or "me", where="query.user_id")
    inv = ctx.state.invitations.get(ctx.params["id"])
    emails = {c.value.lower() for c in ctx.state.user_channels(user.id) if c.is_verified}
    if inv is None or inv.recipient_email.lower() not in emails:
        raise known("VERIFICATION_CODE_NOT_FOUND")
    record = ctx.state.codes.get(inv.code)
    if record is not None:
        record.used = True
    return _accept(ctx, inv.team_id, inv.id)


@route("POST", "/team-invitations/accept/check-code")
async def check_invitation(ctx: Ctx) -> Any:
    ctx.require_user()
    use_code(ctx, ctx.b("code", str, required=True), "team_invitation", consume=False)
    return {"is_code_valid": True}


@route("POST", "/team-invitations/accept/details")
async def invitation_details(ctx: Ctx) -> Any:
    ctx.require_user()
    record = use_code(ctx, ctx.b("code", str, required=True), "team_invitation", consume=False)
    team = ctx.state.teams.get(record.data["team_id"])
    if team is None:
        raise known("VERIFICATION_CODE_NOT_FOUND")
    return {"team_display_name": team.display_name, "team_id": team.id}
