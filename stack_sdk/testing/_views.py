"""JSON shapes of the fake's records, per access type, as the real backend sends them (recordings)."""

from __future__ import annotations

from typing import Any

from ._state import (
    PUBLIC_CONFIG_KEYS,
    ApiKey,
    ContactChannel,
    Membership,
    OAuthLink,
    Session,
    State,
    Team,
    User,
)


def team_json(team: Team, server: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "client_metadata": team.client_metadata,
        "client_read_only_metadata": team.client_read_only_metadata,
        "display_name": team.display_name,
        "id": team.id,
        "profile_image_url": team.profile_image_url,
    }
    if server:
        out["created_at_millis"] = team.created_at_millis
        out["server_metadata"] = team.server_metadata
    return out


def user_json(state: State, user: User, server: bool) -> dict[str, Any]:
    primary = state.primary_channel(user.id)
    links = [link for link in state.oauth_links.values() if link.user_id == user.id]
    team = state.teams.get(user.selected_team_id) if user.selected_team_id else None
    out: dict[str, Any] = {
        "auth_with_email": bool(primary and primary.used_for_auth) or user.otp_auth_enabled,
        "client_metadata": user.client_metadata,
        "client_read_only_metadata": user.client_read_only_metadata,
        "display_name": user.display_name,
        "has_password": user.password_hash is not None,
        "id": user.id,
        "is_anonymous": user.is_anonymous,
        "is_restricted": state.is_restricted(user),
        "oauth_providers": [
            {"account_id": link.account_id, "email": link.email, "id": link.provider_config_id}
            for link in links
        ],
        "otp_auth_enabled": user.otp_auth_enabled,
        "passkey_auth_enabled": user.passkey_auth_enabled,
        "primary_email": primary.value if primary else None,
        "primary_email_verified": bool(primary and primary.is_verified),
        "profile_image_url": user.profile_image_url,
        "requires_totp_mfa": user.totp_secret is not None,
        "restricted_by_admin": user.restricted_by_admin,
        "restricted_by_admin_reason": user.restricted_by_admin_reason,
        "restricted_reason": state.restricted_reason(user),
        "selected_team": team_json(team, server) if team else None,
        "selected_team_id": team.id if team else None,
        "signed_up_at_millis": user.signed_up_at_millis,
    }
    if server:
        out.update(
            {
                "country_code": None,
                "last_active_at_millis": user.last_active_at_millis,
                "primary_email_auth_enabled": bool(primary and primary.used_for_auth),
                "restricted_by_admin_private_details": user.restricted_by_admin_private_details,
                "risk_scores": {"sign_up": {"bot": 0, "free_trial_abuse": 0}},
                "server_metadata": user.server_metadata,
            }
        )
    return out


def session_json(session: Session, current_session_id: str | None) -> dict[str, Any]:
    # last_used_at_end_user_ip_info is absent (not null) when unknown, as on the real backend
    return {
        "created_at": session.created_at,
        "id": session.id,
        "is_current_session": session.id == current_session_id,
        "is_impersonation": session.is_impersonation,
        "last_used_at": session.last_used_at,
        "user_id": session.user_id,
    }


def api_key_json(key: ApiKey, *, first_view: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "created_at_millis": key.created_at_millis,
        "description": key.description,
        "id": key.id,
        "is_public": key.is_public,
        "type": key.type,
        "user_id" if key.type == "user" else "team_id": key.owner_id,
        "value": key.value if first_view else {"last_four": key.value[-4:]},
    }
    # absent (not null) when unset, as observed
    if key.expires_at_millis is not None:
        out["expires_at_millis"] = key.expires_at_millis
    if key.manually_revoked_at_millis is not None:
        out["manually_revoked_at_millis"] = key.manually_revoked_at_millis
    return out


def channel_json(channel: ContactChannel) -> dict[str, Any]:
    return {
        "id": channel.id,
        "is_primary": channel.is_primary,
        "is_verified": channel.is_verified,
        "type": channel.type,
        "used_for_auth": channel.used_for_auth,
        "user_id": channel.user_id,
        "value": channel.value,
    }


def profile_json(state: State, m: Membership, server: bool) -> dict[str, Any]:
    user = state.users[m.user_id]
    # an unset profile shows the user's own name and picture (observed)
    out: dict[str, Any] = {
        "display_name": m.display_name if m.display_name is not None else user.display_name,
        "profile_image_url": m.profile_image_url
        if m.profile_image_url is not None
        else user.profile_image_url,
        "team_id": m.team_id,
        "user_id": m.user_id,
    }
    if server:
        out["user"] = user_json(state, user, True)
    return out


def oauth_link_json(link: OAuthLink, server: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "allow_connected_accounts": link.allow_connected_accounts,
        "allow_sign_in": link.allow_sign_in,
        "email": link.email,
        "id": link.id,
        "provider_config_id": link.provider_config_id,
        "type": link.provider_config_id,
        "user_id": link.user_id,
    }
    if server:
        out["account_id"] = link.account_id
    return out


def public_config(state: State) -> dict[str, Any]:
    return {k: state.config[k] for k in PUBLIC_CONFIG_KEYS}
