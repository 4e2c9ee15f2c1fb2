"""Multi-step flows over routes the recordings do not cover end to end (codes retrieved via the test API)."""

from __future__ import annotations

import httpx

from stack_sdk.testing import FakeStackServer

from .conftest import client_headers, known_code, server_headers

CALLBACK = "http://localhost:3000/handler/x"


async def _user(fake: FakeStackServer, email: str, **fields: object) -> tuple[str, str, str]:
    uid = fake.create_user(email=email, password="password123", **fields)["id"]
    access, refresh = fake.sign_in_tokens(uid)
    return uid, access, refresh


async def test_team_invitation_flow(fake: FakeStackServer, http: httpx.AsyncClient) -> None:
    owner, owner_at, _ = await _user(fake, "owner@example.com")
    guest, guest_at, _ = await _user(fake, "guest@example.com", primary_email_verified=True)
    team = fake.create_team("Crew", creator_user_id=owner)["id"]
    body = {"email": "guest@example.com", "team_id": team, "callback_url": CALLBACK}
    r = await http.post(
        "/api/v1/team-invitations/send-code", json=body, headers=client_headers(fake, guest_at)
    )
    assert known_code(r) == "TEAM_PERMISSION_REQUIRED"  # the guest is not a member yet
    r = await http.post(
        "/api/v1/team-invitations/send-code", json=body, headers=client_headers(fake, owner_at)
    )
    assert r.status_code == 200 and r.json()["success"] is True
    listed = await http.get(
        "/api/v1/team-invitations", params={"team_id": team}, headers=client_headers(fake, owner_at)
    )
    assert [i["recipient_email"] for i in listed.json()["items"]] == ["guest@example.com"]
    code = fake.last_code("team_invitation", email="guest@example.com")
    g = client_headers(fake, guest_at)
    assert (
        await http.post("/api/v1/team-invitations/accept/check-code", json={"code": code}, headers=g)
    ).json() == {"is_code_valid": True}
    details = await http.post("/api/v1/team-invitations/accept/details", json={"code": code}, headers=g)
    assert details.json() == {"team_id": team, "team_display_name": "Crew"}
    assert (
        await http.post("/api/v1/team-invitations/accept", json={"code": code}, headers=g)
    ).status_code == 200
    teams = await http.get("/api/v1/teams", params={"user_id": "me"}, headers=g)
    assert [t["id"] for t in teams.json()["items"]] == [team]
    r = await http.post("/api/v1/team-invitations/accept", json={"code": code}, headers=g)
    assert known_code(r) == "VERIFICATION_CODE_ALREADY_USED"
    perms = await http.get(
        "/api/v1/team-permissions", params={"team_id": team, "recursive": "true"}, headers=g
    )
    assert {p["id"] for p in perms.json()["items"]} == {"team_member", "$invite_members", "$read_members"}
    # revoke a second invitation
    r = await http.post(
        "/api/v1/team-invitations/send-code",
        json={**body, "email": "x@example.com"},
        headers=server_headers(fake),
    )
    r = await http.delete(
        f"/api/v1/team-invitations/{r.json()['id']}", params={"team_id": team}, headers=server_headers(fake)
    )
    assert r.json() == {"success": True}
    left = await http.get("/api/v1/team-invitations", params={"team_id": team}, headers=server_headers(fake))
    assert left.json()["items"] == []
    # leave the team
    r = await http.delete(f"/api/v1/team-memberships/{team}/me", headers=g)
    assert r.json() == {"success": True}


async def test_contact_channel_verification(fake: FakeStackServer, http: httpx.AsyncClient) -> None:
    uid, access, _ = await _user(fake, "cc@example.com")
    h = client_headers(fake, access)
    body = {"user_id": "me", "type": "email", "value": "second@example.com", "used_for_auth": False}
    r = await http.post("/api/v1/contact-channels", json=body, headers=h)
    assert r.status_code == 201 and r.json()["is_verified"] is False
    cid = r.json()["id"]
    r = await http.post(
        f"/api/v1/contact-channels/me/{cid}/send-verification-code",
        json={"callback_url": CALLBACK},
        headers=h,
    )
    assert r.json() == {"success": True}
    code = fake.last_code("email_verification", email="second@example.com")
    assert (
        await http.post("/api/v1/contact-channels/verify/check-code", json={"code": code}, headers=h)
    ).json() == {"is_code_valid": True}
    assert (
        await http.post("/api/v1/contact-channels/verify", json={"code": code}, headers=h)
    ).status_code == 200
    got = await http.get(f"/api/v1/contact-channels/{uid}/{cid}", headers=server_headers(fake))
    assert got.json()["is_verified"] is True
    r = await http.post(
        f"/api/v1/contact-channels/me/{cid}/send-verification-code",
        json={"callback_url": CALLBACK},
        headers=h,
    )
    assert known_code(r) == "EMAIL_ALREADY_VERIFIED"
    r = await http.patch(f"/api/v1/contact-channels/me/{cid}", json={"is_primary": True}, headers=h)
    assert r.json()["is_primary"] is True
    me = await http.get("/api/v1/users/me", headers=h)
    assert me.json()["primary_email"] == "second@example.com"
    other_uid, other_at, _ = await _user(fake, "taken@example.com")
    r = await http.post(
        "/api/v1/contact-channels",
        json={**body, "value": "taken@example.com", "used_for_auth": True},
        headers=h,
    )
    assert known_code(r) == "CONTACT_CHANNEL_ALREADY_USED_FOR_AUTH_BY_SOMEONE_ELSE"
    assert (await http.delete(f"/api/v1/contact-channels/me/{cid}", headers=h)).json() == {"success": True}
    listed = await http.get("/api/v1/contact-channels", params={"user_id": "me"}, headers=h)
    assert [c["value"] for c in listed.json()["items"]] == ["cc@example.com"]


async def test_otp_sign_in_creates_then_signs_in(fake: FakeStackServer, http: httpx.AsyncClient) -> None:
    fake.config["magic_link_enabled"] = True
    h = client_headers(fake)
    r = await http.post(
        "/api/v1/auth/otp/send-sign-in-code",
        json={"email": "otp@example.com", "callback_url": CALLBACK},
        headers=h,
    )
    nonce = r.json()["nonce"]
    code = fake.last_code("otp", email="otp@example.com")
    assert code.endswith(nonce)
    otp = next(c for c in fake.otp_codes if c.code == code).data["otp"]
    typed = otp + nonce  # what a user types (6 characters) plus the nonce, as the JS UI sends it
    r = await http.post("/api/v1/auth/otp/sign-in", json={"code": typed}, headers=h)
    assert r.status_code == 200 and r.json()["is_new_user"] is True
    await http.post(
        "/api/v1/auth/otp/send-sign-in-code",
        json={"email": "otp@example.com", "callback_url": CALLBACK},
        headers=h,
    )
    r = await http.post("/api/v1/auth/otp/sign-in", json={"code": fake.last_code("otp")}, headers=h)
    assert r.json()["is_new_user"] is False


async def test_password_reset_and_set(fake: FakeStackServer, http: httpx.AsyncClient) -> None:
    await _user(fake, "reset@example.com")
    h = client_headers(fake)
    r = await http.post(
        "/api/v1/auth/password/send-reset-code",
        json={"email": "reset@example.com", "callback_url": CALLBACK},
        headers=h,
    )
    assert r.json() == {"success": "maybe, only if user with e-mail exists"}
    code = fake.last_code("password_reset")
    r = await http.post(
        "/api/v1/auth/password/reset", json={"code": code, "password": "brand-new-pass"}, headers=h
    )
    assert r.json() == {"success": True}
    r = await http.post(
        "/api/v1/auth/password/sign-in",
        json={"email": "reset@example.com", "password": "brand-new-pass"},
        headers=h,
    )
    assert r.status_code == 200
    anon = (await http.post("/api/v1/auth/anonymous/sign-up", headers=h)).json()
    r = await http.post(
        "/api/v1/auth/password/sign-up",
        json={"email": "up@example.com", "password": "password123"},
        headers=client_headers(fake, anon["access_token"]),
    )
    assert r.json()["user_id"] == anon["user_id"]  # the anonymous user was upgraded, not replaced
    uid = fake.create_user(email="nopw@example.com")["id"]
    access, _ = fake.sign_in_tokens(uid)
    r = await http.post(
        "/api/v1/auth/password/set", json={"password": "password123"}, headers=client_headers(fake, access)
    )
    assert r.json() == {"success": True}


async def test_sessions_list_and_revoke(fake: FakeStackServer, http: httpx.AsyncClient) -> None:
    uid, access, refresh = await _user(fake, "s@example.com")
    other = (
        await http.post("/api/v1/auth/sessions", json={"user_id": uid}, headers=server_headers(fake))
    ).json()
    h = client_headers(fake, access, refresh)
    items = (await http.get("/api/v1/auth/sessions", params={"user_id": "me"}, headers=h)).json()["items"]
    assert [i["is_current_session"] for i in items] == [True, False]
    r = await http.delete(f"/api/v1/auth/sessions/{items[0]['id']}", params={"user_id": "me"}, headers=h)
    assert known_code(r) == "CANNOT_DELETE_CURRENT_SESSION"
    r = await http.delete(f"/api/v1/auth/sessions/{items[1]['id']}", params={"user_id": "me"}, headers=h)
    assert r.json() == {"success": True}
    r = await http.post(
        "/api/v1/auth/sessions/current/refresh",
        json={},
        headers=client_headers(fake, refresh=other["refresh_token"]),
    )
    assert known_code(r) == "REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED"
    assert (await http.delete("/api/v1/auth/sessions/current", headers=h)).json() == {"success": True}


async def test_team_api_keys_and_client_permissions(fake: FakeStackServer, http: httpx.AsyncClient) -> None:
    fake.config["allow_team_api_keys"] = True
    owner, owner_at, _ = await _user(fake, "o@example.com")
    member, member_at, _ = await _user(fake, "m@example.com")
    team = fake.create_team("Keys", creator_user_id=owner)["id"]
    fake.add_team_member(team, member)
    body = {"team_id": team, "description": "ci", "expires_at_millis": None}
    r = await http.post("/api/v1/team-api-keys", json=body, headers=client_headers(fake, member_at))
    assert known_code(r) == "TEAM_PERMISSION_REQUIRED"
    r = await http.post("/api/v1/team-api-keys", json=body, headers=client_headers(fake, owner_at))
    key = r.json()
    assert key["value"].startswith("stack_team_") and "expires_at_millis" not in key
    r = await http.get(
        f"/api/v1/team-api-keys/{key['id']}", params={"team_id": team}, headers=server_headers(fake)
    )
    assert r.json()["value"] == {"last_four": key["value"][-4:]}
    r = await http.patch(
        f"/api/v1/team-api-keys/{key['id']}",
        params={"team_id": team},
        json={"revoked": True},
        headers=server_headers(fake),
    )
    assert "manually_revoked_at_millis" in r.json()
    r = await http.post(
        "/api/v1/team-api-keys/check", json={"api_key": key["value"]}, headers=server_headers(fake)
    )
    assert known_code(r) == "API_KEY_REVOKED"
    r = await http.patch(
        f"/api/v1/teams/{team}", json={"display_name": "x"}, headers=client_headers(fake, member_at)
    )
    assert known_code(r) == "TEAM_PERMISSION_REQUIRED"
    r = await http.patch(
        f"/api/v1/teams/{team}", json={"display_name": "Renamed"}, headers=client_headers(fake, owner_at)
    )
    assert r.json()["display_name"] == "Renamed"
    r = await http.patch(
        f"/api/v1/team-member-profiles/{team}/me",
        json={"display_name": "Boss"},
        headers=client_headers(fake, owner_at),
    )
    assert r.json()["display_name"] == "Boss" and "user" not in r.json()


async def test_project_permissions(fake: FakeStackServer, http: httpx.AsyncClient) -> None:
    fake.add_project_permission("admin", contains=("read",))
    fake.add_project_permission("read")
    uid = fake.create_user(email="pp@example.com")["id"]
    r = await http.post(f"/api/v1/project-permissions/{uid}/admin", json={}, headers=server_headers(fake))
    assert r.status_code == 201 and r.json() == {"id": "admin", "user_id": uid}
    r = await http.get(
        "/api/v1/project-permissions",
        params={"user_id": uid, "recursive": "true"},
        headers=server_headers(fake),
    )
    assert [p["id"] for p in r.json()["items"]] == ["admin", "read"]
    r = await http.delete(f"/api/v1/project-permissions/{uid}/admin", headers=server_headers(fake))
    assert r.json() == {"success": True}


async def test_data_vault_emails_notifications_items_providers(
    fake: FakeStackServer, http: httpx.AsyncClient
) -> None:
    s = server_headers(fake)
    uid, access, _ = await _user(fake, "misc@example.com")
    fake.add_data_vault_store("secrets")
    r = await http.post("/api/v1/data-vault/stores/secrets/get", json={"hashed_key": "h"}, headers=s)
    assert known_code(r) == "DATA_VAULT_STORE_HASHED_KEY_DOES_NOT_EXIST"
    await http.post(
        "/api/v1/data-vault/stores/secrets/set",
        json={"hashed_key": "h", "encrypted_value": "AQA="},
        headers=s,
    )
    r = await http.post("/api/v1/data-vault/stores/secrets/get", json={"hashed_key": "h"}, headers=s)
    assert r.json() == {"encrypted_value": "AQA="}

    mail = {"user_ids": [uid], "subject": "Hi", "html": "<p>hi</p>"}
    assert (
        known_code(await http.post("/api/v1/emails/send-email", json=mail, headers=s))
        == "REQUIRES_CUSTOM_EMAIL_SERVER"
    )
    fake.config["email_config"] = {"type": "standard"}
    r = await http.post("/api/v1/emails/send-email", json=mail, headers=s)
    assert r.json() == {"results": [{"user_id": uid}]} and fake.sent_emails[0]["to"] == "misc@example.com"
    r = await http.get("/api/v1/emails/delivery-info", headers=s)
    assert r.json()["stats"]["day"]["sent"] == 1

    h = client_headers(fake, access)
    prefs = (await http.get("/api/v1/emails/notification-preference/me", headers=h)).json()["items"]
    marketing = next(p for p in prefs if p["can_disable"])
    r = await http.patch(
        f"/api/v1/emails/notification-preference/me/{marketing['notification_category_id']}",
        json={"enabled": False},
        headers=h,
    )
    assert r.json()["enabled"] is False

    fake.add_item("credits", "Credits")
    path = f"/api/v1/payments/items/user/{uid}/credits"
    assert (await http.get(path, headers=h)).json() == {
        "display_name": "Credits",
        "id": "credits",
        "quantity": 0,
    }
    r = await http.post(
        path + "/update-quantity", params={"allow_negative": "false"}, json={"delta": -1}, headers=s
    )
    assert known_code(r) == "ITEM_QUANTITY_INSUFFICIENT_AMOUNT"
    await http.post(
        path + "/update-quantity", params={"allow_negative": "false"}, json={"delta": 5}, headers=s
    )
    assert (await http.get(path, headers=s)).json()["quantity"] == 5
    assert (
        known_code(await http.get(f"/api/v1/payments/items/user/{uid}/nope", headers=s)) == "ITEM_NOT_FOUND"
    )

    fake.enable_oauth_provider("google")
    body = {
        "user_id": uid,
        "provider_config_id": "google",
        "account_id": "g-1",
        "allow_sign_in": True,
        "allow_connected_accounts": False,
    }
    r = await http.post("/api/v1/oauth-providers", json=body, headers=s)
    assert r.status_code == 201 and r.json()["account_id"] == "g-1"
    pid = r.json()["id"]
    other = fake.create_user(email="o2@example.com")["id"]
    r = await http.post("/api/v1/oauth-providers", json={**body, "user_id": other}, headers=s)
    assert known_code(r) == "OAUTH_PROVIDER_ACCOUNT_ID_ALREADY_USED_FOR_SIGN_IN"
    r = await http.patch(f"/api/v1/oauth-providers/me/{pid}", json={"allow_sign_in": False}, headers=h)
    assert r.json()["allow_sign_in"] is False and "account_id" not in r.json()
    assert (await http.delete(f"/api/v1/oauth-providers/me/{pid}", headers=h)).json() == {"success": True}
