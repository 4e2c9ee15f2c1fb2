"""OAuth: a fake provider behind ``GET /auth/oauth/authorize/{provider}`` and the user's provider links.

The fake skips the third-party round trip: ``authorize`` signs in as the identity configured with
``fake.enable_oauth_provider(...)`` (creating or linking a user) and redirects straight to ``redirect_uri``
with ``code`` and ``state``; the code is then exchanged at ``POST /auth/oauth/token`` (PKCE checked).
"""

from __future__ import annotations

import html
import urllib.parse
from typing import Any

from starlette.responses import Response

from .._app import json_response
from .._auth import verify_access_token
from .._errors import StatusError, known
from .._http import SERVER, Ctx, route
from .._state import AuthCode, ContactChannel, OAuthLink, User, new_id, random_code
from .._views import oauth_link_json
from ._common import check_redirect
from .sessions import PUBLIC_CLIENT_SECRET
from .users import new_user


def _enabled(ctx: Ctx, provider_id: str) -> bool:
    return any(p.get("id") == provider_id for p in ctx.state.config["enabled_oauth_providers"])


def _link_for(ctx: Ctx, provider_id: str, account_id: str) -> OAuthLink | None:
    return next(
        (
            link
            for link in ctx.state.oauth_links.values()
            if link.provider_config_id == provider_id and link.account_id == account_id
        ),
        None,
    )


def _sign_in_user(ctx: Ctx, provider_id: str, link_to: User | None) -> tuple[User, bool]:
    account_id, email = ctx.core.oauth_identities.get(
        provider_id, (f"{provider_id}-account-1", f"oauth-user@{provider_id}.example.com")
    )
    link = _link_for(ctx, provider_id, account_id)
    if link_to is not None:
        if link is not None and link.user_id != link_to.id:
            raise StatusError(409, "This OAuth account is already connected to another user.")
        if link is None:
            created = OAuthLink(new_id(), link_to.id, provider_id, account_id, email)
            ctx.state.oauth_links[created.id] = created
        return link_to, False
    if link is not None and link.allow_sign_in and link.user_id in ctx.state.users:
        return ctx.state.users[link.user_id], False
    owner = ctx.state.auth_channel_owner(email)
    if owner is not None and ctx.state.config["oauth_account_merge_strategy"] == "link_method":
        user = ctx.state.users[owner]
        is_new = False
    else:
        if not ctx.state.config["sign_up_enabled"]:
            raise known("SIGN_UP_NOT_ENABLED")
        user = new_user(ctx.core)
        channel = ContactChannel(new_id(), user.id, email, ctx.state.seq(), is_primary=True, is_verified=True)
        ctx.state.channels[channel.id] = channel
        ctx.state.log("user.created", user.id)
        is_new = True
    new_link = OAuthLink(new_id(), user.id, provider_id, account_id, email)
    ctx.state.oauth_links[new_link.id] = new_link
    return user, is_new


def _consent_page(ctx: Ctx, provider_id: str, redirect_uri: str, state: str) -> Response:
    """The fake provider's own page: who you will sign in as, Continue / Cancel (a real provider's consent)."""
    _, email = ctx.core.oauth_identities.get(provider_id, ("", f"oauth-user@{provider_id}.example.com"))
    query = urllib.parse.urlencode([*ctx.query.items(), ("fake_consent", "yes")])
    sep = "&" if urllib.parse.urlparse(redirect_uri).query else "?"
    cancel = redirect_uri + sep + urllib.parse.urlencode({"error": "access_denied", "state": state})
    name = html.escape(provider_id.title())
    body = (
        f"<!doctype html><html><head><meta charset=utf-8><title>{name} (fake provider)</title></head><body>"
        f"<h1>{name}</h1><p>Sign in to the app as <b id=identity>{html.escape(email)}</b>?</p>"
        f'<p><a id=consent href="?{html.escape(query)}">Continue</a> '
        f'<a id=cancel href="{html.escape(cancel)}">Cancel</a></p></body></html>'
    )
    return Response(body, status_code=200, media_type="text/html", headers={"cache-control": "no-store"})


@route("GET", "/auth/oauth/authorize/{provider_id}", access=None)
async def authorize(ctx: Ctx) -> Any:
    provider_id = ctx.params["provider_id"].lower()
    q = ctx.query
    for name in (
        "client_id",
        "client_secret",
        "redirect_uri",
        "scope",
        "state",
        "grant_type",
        "response_type",
    ):
        ctx.q_required(name)
    if q["client_id"] != ctx.core.project_id or q["client_secret"] not in (
        PUBLIC_CLIENT_SECRET,
        ctx.core.publishable_client_key,
    ):
        raise known("INVALID_OAUTH_CLIENT_ID_OR_SECRET", {"client_id": None})
    if ctx.state.config["require_publishable_client_key"] and q["client_secret"] == PUBLIC_CLIENT_SECRET:
        raise known("PUBLISHABLE_CLIENT_KEY_REQUIRED_FOR_PROJECT", {"project_id": ctx.core.project_id})
    if not _enabled(ctx, provider_id):
        raise known("OAUTH_PROVIDER_NOT_FOUND_OR_NOT_ENABLED")
    redirect_uri = q["redirect_uri"]
    check_redirect(ctx, redirect_uri)
    check_redirect(ctx, q.get("error_redirect_uri") or q.get("error_redirect_url"))
    if provider_id in ctx.core.oauth_consent_pages and q.get("fake_consent") != "yes":
        return _consent_page(ctx, provider_id, redirect_uri, q["state"])
    link_to: User | None = None
    if q.get("type", "authenticate") == "link":
        token = q.get("token")
        if not token:
            raise known("USER_AUTHENTICATION_REQUIRED")
        claims = verify_access_token(ctx.core, token)
        link_to = ctx.state.users.get(str(claims["sub"]))
        if link_to is None:
            raise known("USER_AUTHENTICATION_REQUIRED")
    user, is_new = _sign_in_user(ctx, provider_id, link_to)
    record = AuthCode(
        random_code(),
        user.id,
        redirect_uri,
        q.get("code_challenge"),
        q.get("code_challenge_method"),
        is_new,
        ctx.core.now_ms() + 10 * 60 * 1000,
        q.get("after_callback_redirect_url"),
    )
    ctx.state.auth_codes[record.code] = record
    sep = "&" if urllib.parse.urlparse(redirect_uri).query else "?"
    location = redirect_uri + sep + urllib.parse.urlencode({"code": record.code, "state": q["state"]})
    if q.get("stack_response_mode") == "json":
        return json_response(200, {"location": location})
    return Response(status_code=302, headers={"location": location, "cache-control": "no-store, max-age=0"})


# --- provider links (/oauth-providers) -----------------------------------------------------------------


def _link(ctx: Ctx) -> OAuthLink:
    user = ctx.user_ref(ctx.params["user_id"])
    link = ctx.state.oauth_links.get(ctx.params["provider_id"])
    if link is None or link.user_id != user.id:
        raise StatusError(404, "OAuth provider not found for this user.")
    return link


def _check_sign_in_unique(ctx: Ctx, link: OAuthLink) -> None:
    for other in ctx.state.oauth_links.values():
        if (
            other.id != link.id
            and other.allow_sign_in
            and other.provider_config_id == link.provider_config_id
            and other.account_id == link.account_id
        ):
            raise known("OAUTH_PROVIDER_ACCOUNT_ID_ALREADY_USED_FOR_SIGN_IN")


@route("GET", "/oauth-providers")
async def list_links(ctx: Ctx) -> Any:
    user = ctx.user_ref(ctx.q("user_id") or "me", where="query.user_id")
    links = [link for link in ctx.state.oauth_links.values() if link.user_id == user.id]
    return {"is_paginated": False, "items": [oauth_link_json(link, ctx.server) for link in links]}


@route("POST", "/oauth-providers", access=SERVER)
async def create_link(ctx: Ctx) -> Any:
    user = ctx.user_ref(ctx.b("user_id", str, required=True), where="body.user_id")
    provider_id: str = ctx.b("provider_config_id", str, required=True)
    account_id: str = ctx.b("account_id", str, required=True)
    link = OAuthLink(
        new_id(),
        user.id,
        provider_id,
        account_id,
        ctx.b("email", str),
        allow_sign_in=bool(ctx.b("allow_sign_in", bool, required=True)),
        allow_connected_accounts=bool(ctx.b("allow_connected_accounts", bool, required=True)),
    )
    if not _enabled(ctx, provider_id):
        raise StatusError(404, f"OAuth provider config with ID {provider_id} not found or not enabled.")
    if any(
        o.user_id == user.id and o.provider_config_id == provider_id for o in ctx.state.oauth_links.values()
    ):
        raise StatusError(400, f"The user already has an OAuth provider with ID {provider_id}.")
    if link.allow_sign_in:
        _check_sign_in_unique(ctx, link)
    ctx.state.oauth_links[link.id] = link
    ctx.state.log("oauth_provider.created", link.id)
    return 201, oauth_link_json(link, True)


@route("GET", "/oauth-providers/{user_id}/{provider_id}")
async def get_link(ctx: Ctx) -> Any:
    return oauth_link_json(_link(ctx), ctx.server)


@route("PATCH", "/oauth-providers/{user_id}/{provider_id}")
async def patch_link(ctx: Ctx) -> Any:
    link = _link(ctx)
    allowed = {"allow_sign_in", "allow_connected_accounts"} | (
        {"account_id", "email"} if ctx.server else set()
    )
    ctx.no_unknown(allowed)
    if ctx.has("allow_sign_in"):
        link.allow_sign_in = bool(ctx.b("allow_sign_in", bool))
    if ctx.has("allow_connected_accounts"):
        link.allow_connected_accounts = bool(ctx.b("allow_connected_accounts", bool))
    if ctx.has("account_id"):
        link.account_id = ctx.b("account_id", str, required=True)
    if ctx.has("email"):
        link.email = ctx.b("email", str, nullable=True)
    if link.allow_sign_in:
        _check_sign_in_unique(ctx, link)
    ctx.state.log("oauth_provider.updated", link.id)
    return oauth_link_json(link, ctx.server)


@route("DELETE", "/oauth-providers/{user_id}/{provider_id}")
async def delete_link(ctx: Ctx) -> Any:
    link = _link(ctx)
    del ctx.state.oauth_links[link.id]
    ctx.state.log("oauth_provider.deleted", link.id)
    return {"success": True}
