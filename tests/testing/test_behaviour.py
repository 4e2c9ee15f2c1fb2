"""Behaviour of the fake beyond single recordings: pagination, override header, faults, tokens, JWKS, MFA,
PKCE, CLI login, the Hexclave header family, and a real uvicorn server on loopback."""

from __future__ import annotations

import base64
import hashlib
import hmac
import struct
import time
import urllib.parse

import httpx
import jwt
import pytest

from stack_sdk.testing import FakeStackServer, SeedError

from .conftest import Clock, admin_headers, client, client_headers, known_code, server_headers


def rfc6238(secret: bytes, at: float) -> str:
    """Independent TOTP (HMAC-SHA1, 30 s, 6 digits) so the fake's own implementation is not trusted."""
    digest = hmac.new(secret, struct.pack(">Q", int(at // 30)), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return str((struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF) % 1_000_000).zfill(6)


# --- users list ---------------------------------------------------------------------------------------


async def test_cursor_pagination_walks_every_user_once(
    fake: FakeStackServer, http: httpx.AsyncClient
) -> None:
    ids = [fake.create_user(email=f"p{i}@example.com")["id"] for i in range(7)]
    seen: list[str] = []
    cursor: str | None = None
    pages = []
    while True:
        params = {"limit": "3", **({"cursor": cursor} if cursor else {})}
        r = await http.get("/api/v1/users", params=params, headers=server_headers(fake))
        body = r.json()
        assert r.status_code == 200 and body["is_paginated"] is True
        pages.append(len(body["items"]))
        seen += [u["id"] for u in body["items"]]
        cursor = body["pagination"]["next_cursor"]
        if cursor is None:
            break
        assert cursor == ids[len(seen)]  # the id of the first item of the next page
    assert pages == [3, 3, 1] and seen == ids
    r = await http.get("/api/v1/users", params={"desc": "true"}, headers=server_headers(fake))
    assert [u["id"] for u in r.json()["items"]] == ids[::-1]


async def test_users_list_filters(fake: FakeStackServer, http: httpx.AsyncClient) -> None:
    ada = fake.create_user(email="ada@example.com", display_name="Ada")["id"]
    fake.create_user(email="bob@example.com", display_name="Bob")
    anon = fake.create_user(is_anonymous=True)["id"]
    restricted = fake.create_user(email="r@example.com", restricted_by_admin=True)["id"]
    team = fake.create_team("T", creator_user_id=ada)["id"]

    async def ids(**q: str) -> list[str]:
        r = await http.get("/api/v1/users", params=q, headers=server_headers(fake))
        assert r.status_code == 200, r.text
        return [u["id"] for u in r.json()["items"]]

    # "@" keeps the query from matching a random id (ids are searched too, and hex holds "ada")
    assert await ids(query="ADA@") == [ada]
    assert await ids(query=ada[:8]) == [ada]
    assert anon not in await ids() and restricted not in await ids()
    assert restricted in await ids(include_restricted="true")
    assert await ids(include_anonymous="true", only_anonymous="true") == [anon]
    assert await ids(team_id=team) == [ada]


async def test_patch_only_touches_given_keys_and_null_clears(
    fake: FakeStackServer, http: httpx.AsyncClient
) -> None:
    uid = fake.create_user(email="m@example.com", display_name="M", client_metadata={"a": 1})["id"]
    r = await http.patch(f"/api/v1/users/{uid}", json={"display_name": None}, headers=server_headers(fake))
    assert r.json()["display_name"] is None and r.json()["client_metadata"] == {"a": 1}
    access, _ = fake.sign_in_tokens(uid)
    r = await http.patch(
        "/api/v1/users/me", json={"server_metadata": 1, "x": 2}, headers=client_headers(fake, access)
    )
    assert known_code(r) == "SCHEMA_ERROR" and "unknown properties: server_metadata, x" in r.json()["error"]


# --- request-level rules ------------------------------------------------------------------------------


async def test_override_header_turns_4xx_into_200_but_leaves_5xx(
    fake: FakeStackServer, http: httpx.AsyncClient
) -> None:
    h = server_headers(fake, **{"x-stack-override-error-status": "true"})
    r = await http.get("/api/v1/teams/00000000-0000-4000-8000-000000000000", headers=h)
    assert r.status_code == 200 and r.headers["x-stack-actual-status"] == "404"
    assert r.headers["x-hexclave-actual-status"] == "404" and known_code(r) == "TEAM_NOT_FOUND"
    r = await http.get("/api/v1/nowhere", headers=h)  # plain-text 404 is rewritten too
    assert r.status_code == 200 and r.headers["x-stack-actual-status"] == "404" and r.text.startswith("404")
    fake.faults.add(method="GET", path="/api/v1/users", kind="status", status=503)
    r = await http.get("/api/v1/users", headers=h)
    assert r.status_code == 503 and "x-stack-actual-status" not in r.headers
    r = await http.get(
        "/api/v1/users", headers=server_headers(fake, **{"x-hexclave-override-error-status": "1"})
    )
    assert r.status_code == 200 and "x-stack-actual-status" not in r.headers  # success untouched


async def test_hexclave_header_family_is_accepted_and_answered(
    fake: FakeStackServer, http: httpx.AsyncClient
) -> None:
    h = {
        "x-hexclave-access-type": "server",
        "x-hexclave-project-id": fake.project_id,
        "x-hexclave-secret-server-key": fake.secret_server_key,
    }
    r = await http.get("/api/v1/users", headers=h)
    assert r.status_code == 200
    assert r.headers["x-hexclave-request-id"] == r.headers["x-stack-request-id"]
    r = await http.get("/api/v1/users", headers={**h, "x-hexclave-secret-server-key": "nope"})
    assert (
        r.headers["x-hexclave-known-error"] == r.headers["x-stack-known-error"] == "INVALID_SECRET_SERVER_KEY"
    )


async def test_body_rules(fake: FakeStackServer, http: httpx.AsyncClient) -> None:
    h = server_headers(fake)
    r = await http.post("/api/v1/users", headers=h)
    assert known_code(r) == "SCHEMA_ERROR" and r.json()["details"]["message"].endswith("body must be defined")
    r = await http.post("/api/v1/users", content=b"{", headers={**h, "content-type": "application/json"})
    assert known_code(r) == "BODY_PARSING_ERROR"
    r = await http.post("/api/v1/auth/anonymous/sign-up", headers=client_headers(fake))
    assert r.status_code == 200  # one of the two routes that accept no body
    r = await http.get("/api/v1/users/not-a-uuid", headers=h)
    assert r.json()["details"]["message"].endswith("params.user_id must be a valid UUID")


async def test_requests_are_recorded_with_secrets_redacted(
    fake: FakeStackServer, http: httpx.AsyncClient
) -> None:
    await http.post("/api/v1/users", json={"password": "hunter22hunter"}, headers=server_headers(fake))
    rec = fake.requests[-1]
    assert rec.headers["x-stack-secret-server-key"] == "<redacted>" and rec.body == {"password": "<redacted>"}
    assert rec.status == 201 and rec.template == "/api/v1/users"
    assert fake.secret_server_key not in repr(fake) and fake.count("POST", "/api/v1/users") == 1


# --- faults -------------------------------------------------------------------------------------------


async def test_rate_limit_fault_with_and_without_retry_after(
    fake: FakeStackServer, http: httpx.AsyncClient
) -> None:
    fake.faults.add(method="GET", path="/api/v1/users", kind="rate_limit", retry_after=2)
    fake.faults.add(method="GET", path="/api/v1/users", kind="rate_limit", retry_after=None)
    r = await http.get("/api/v1/users", headers=server_headers(fake))
    assert r.status_code == 429 and r.headers["retry-after"] == "2" and "x-stack-known-error" not in r.headers
    assert "message" in r.json()
    r = await http.get("/api/v1/users", headers=server_headers(fake))
    assert r.status_code == 429 and "retry-after" not in r.headers
    r = await http.get("/api/v1/users", headers=server_headers(fake))
    assert r.status_code == 200  # both faults were single-use
    assert fake.count("GET", "/api/v1/users") == 3


async def test_status_fault_matches_route_templates_and_counts_down(
    fake: FakeStackServer, http: httpx.AsyncClient
) -> None:
    uid = fake.create_user(email="t@example.com")["id"]
    fake.faults.add(method="GET", path="/api/v1/users/{user_id}", kind="status", status=503, times=2)
    codes = [
        (await http.get(f"/api/v1/users/{uid}", headers=server_headers(fake))).status_code for _ in range(3)
    ]
    assert codes == [503, 503, 200]
    assert fake.count("GET", "/api/v1/users/{user_id}") == 3


async def test_latency_fault_delays_then_processes(fake: FakeStackServer, http: httpx.AsyncClient) -> None:
    fake.faults.add(method="GET", path="/api/v1/users", kind="latency", seconds=0.2)
    start = time.monotonic()
    r = await http.get("/api/v1/users", headers=server_headers(fake))
    assert r.status_code == 200 and time.monotonic() - start >= 0.2


async def test_drop_before_processing_changes_nothing(fake: FakeStackServer, http: httpx.AsyncClient) -> None:
    fake.faults.add(method="POST", path="/api/v1/users", kind="drop_before")
    with pytest.raises(httpx.RemoteProtocolError):
        await http.post("/api/v1/users", json={"display_name": "x"}, headers=server_headers(fake))
    assert fake.mutations == [] and fake.count("POST", "/api/v1/users") == 1


async def test_drop_after_processing_keeps_exactly_one_mutation(
    fake: FakeStackServer, http: httpx.AsyncClient
) -> None:
    fake.faults.add(method="POST", path="/api/v1/users", kind="drop_after")
    with pytest.raises(httpx.ReadError):
        await http.post("/api/v1/users", json={"display_name": "x"}, headers=server_headers(fake))
    assert [m[0] for m in fake.mutations] == ["user.created"]
    r = await http.get("/api/v1/users", headers=server_headers(fake))
    assert [u["display_name"] for u in r.json()["items"]] == ["x"]


def test_bad_faults_are_rejected_with_a_clear_message(fake: FakeStackServer) -> None:
    with pytest.raises(ValueError, match="unknown fault kind"):
        fake.faults.add(kind="explode")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="must start with '/'"):
        fake.faults.add(kind="drop_before", path="api/v1/users")
    with pytest.raises(SeedError, match="no user with id"):
        fake.sign_in_tokens("nobody")


# --- tokens -------------------------------------------------------------------------------------------


async def test_token_expires_by_the_clock_and_refresh_recovers(
    fake: FakeStackServer, http: httpx.AsyncClient, clock: Clock
) -> None:
    uid = fake.create_user(email="e@example.com", password="password123")["id"]
    access, refresh = fake.sign_in_tokens(uid)
    assert (await http.get("/api/v1/users/me", headers=client_headers(fake, access))).status_code == 200
    clock.now += 601
    r = await http.get(
        "/api/v1/projects/current", headers=client_headers(fake, access)
    )  # no user needed, still checked
    assert r.status_code == 401 and known_code(r) == "ACCESS_TOKEN_EXPIRED"
    claims = jwt.decode(access, options={"verify_signature": False})
    assert r.json()["details"] == {
        "expired_at_millis": claims["exp"] * 1000,
        "project_id": fake.project_id,
        "refresh_token_id": claims["refresh_token_id"],
        "user_id": uid,
    }
    form = {
        "grant_type": "refresh_token",
        "refresh_token": refresh,
        "client_id": fake.project_id,
        "client_secret": "__stack_public_client__",
    }
    r = await http.post("/api/v1/auth/oauth/token", data=form)
    assert r.status_code == 200 and r.json()["expires_in"] == 3600 and "refresh_token" not in r.json()
    new_access = r.json()["access_token"]
    assert (await http.get("/api/v1/users/me", headers=client_headers(fake, new_access))).json()["id"] == uid


async def test_issued_token_verifies_with_the_jwks_and_has_the_real_claims(fake: FakeStackServer) -> None:
    uid = fake.create_user(email="j@example.com", display_name="J")["id"]
    async with client(fake) as http:
        tokens = await http.post("/api/v1/auth/sessions", json={"user_id": uid}, headers=server_headers(fake))
        access = tokens.json()["access_token"]
        r = await http.get(f"/api/v1/projects/{fake.project_id}/.well-known/jwks.json")
    assert r.headers["cache-control"] == "public, max-age=3600"
    assert "typ" not in jwt.get_unverified_header(access)
    keys = jwt.PyJWKSet.from_dict(r.json())
    kid = jwt.get_unverified_header(access)["kid"]
    claims = jwt.decode(
        access,
        next(k for k in keys.keys if k.key_id == kid).key,
        algorithms=["ES256"],
        audience=fake.project_id,
        issuer=f"{fake.base_url}/api/v1/projects/{fake.project_id}",
        options={"verify_exp": False, "verify_iat": False},  # the test clock runs ahead
    )
    assert claims["sub"] == uid and claims["name"] == "J" and claims["email"] == "j@example.com"
    assert (
        claims["role"] == "authenticated"
        and claims["branch_id"] == "main"
        and claims["is_anonymous"] is False
    )
    assert isinstance(claims["signed_up_at"], int) and claims["signed_up_at"] < 10**11  # seconds
    assert set(claims) >= {
        "exp",
        "iat",
        "refresh_token_id",
        "selected_team_id",
        "restricted_reason",
        "requires_totp_mfa",
    }


async def test_anonymous_tokens_use_their_own_key_issuer_and_audience(
    fake: FakeStackServer, http: httpx.AsyncClient
) -> None:
    r = await http.post("/api/v1/auth/anonymous/sign-up", json={}, headers=client_headers(fake))
    access = r.json()["access_token"]
    claims = jwt.decode(access, options={"verify_signature": False})
    assert claims["aud"] == f"{fake.project_id}:anon"
    assert claims["iss"] == f"{fake.base_url}/api/v1/projects-anonymous-users/{fake.project_id}"
    kid = jwt.get_unverified_header(access)["kid"]
    assert kid not in {k["kid"] for k in fake.jwks(include_restricted=True)["keys"]}
    assert kid in {k["kid"] for k in fake.jwks(include_anonymous=True)["keys"]}
    no_allow = {k: v for k, v in client_headers(fake, access).items() if k != "x-stack-allow-anonymous-user"}
    assert (
        known_code(await http.get("/api/v1/users/me", headers=no_allow))
        == "ANONYMOUS_AUTHENTICATION_NOT_ALLOWED"
    )


async def test_key_rotation_keeps_old_tokens_valid_until_dropped(
    fake: FakeStackServer, http: httpx.AsyncClient
) -> None:
    uid = fake.create_user(email="k@example.com")["id"]
    old, _ = fake.sign_in_tokens(uid)
    old_kid = jwt.get_unverified_header(old)["kid"]
    fake.rotate_keys()
    new, _ = fake.sign_in_tokens(uid)
    new_kid = jwt.get_unverified_header(new)["kid"]
    assert new_kid != old_kid and {old_kid, new_kid} <= {k["kid"] for k in fake.jwks()["keys"]}
    assert (await http.get("/api/v1/users/me", headers=client_headers(fake, old))).status_code == 200
    fake.rotate_keys(drop_old=True)
    assert old_kid not in {k["kid"] for k in fake.jwks()["keys"]}
    assert (
        known_code(await http.get("/api/v1/users/me", headers=client_headers(fake, old)))
        == "UNPARSABLE_ACCESS_TOKEN"
    )


async def test_password_update_revokes_other_sessions_only(
    fake: FakeStackServer, http: httpx.AsyncClient
) -> None:
    uid = fake.create_user(email="pw@example.com", password="password123")["id"]
    a_access, a_refresh = fake.sign_in_tokens(uid)
    _, b_refresh = fake.sign_in_tokens(uid)
    body = {"old_password": "password123", "new_password": "password456"}
    r = await http.post(
        "/api/v1/auth/password/update", json=body, headers=client_headers(fake, a_access, a_refresh)
    )
    assert r.json() == {"success": True}

    async def refresh(rt: str) -> int:
        form = {
            "grant_type": "refresh_token",
            "refresh_token": rt,
            "client_id": fake.project_id,
            "client_secret": fake.publishable_client_key,
        }
        return (await http.post("/api/v1/auth/oauth/token", data=form)).status_code

    assert await refresh(a_refresh) == 200 and await refresh(b_refresh) == 401


# --- MFA, OAuth, CLI ----------------------------------------------------------------------------------


async def test_mfa_sign_in_with_a_computed_totp(
    fake: FakeStackServer, http: httpx.AsyncClient, clock: Clock
) -> None:
    secret = b"0123456789abcdefghij"
    fake.create_user(
        email="mfa@example.com", password="password123", totp_secret_base64=base64.b64encode(secret).decode()
    )
    r = await http.post(
        "/api/v1/auth/password/sign-in",
        json={"email": "mfa@example.com", "password": "password123"},
        headers=client_headers(fake),
    )
    assert r.status_code == 400 and known_code(r) == "MULTI_FACTOR_AUTHENTICATION_REQUIRED"
    attempt = r.json()["details"]["attempt_code"]
    assert len(attempt) == 45
    code = rfc6238(secret, clock.now)
    wrong = f"{(int(code) + 500_000) % 1_000_000:06d}"
    r = await http.post(
        "/api/v1/auth/mfa/sign-in",
        json={"type": "totp", "totp": wrong, "code": attempt},
        headers=client_headers(fake),
    )
    assert known_code(r) == "INVALID_TOTP_CODE"
    r = await http.post(
        "/api/v1/auth/mfa/sign-in",
        json={"type": "totp", "totp": code, "code": attempt},
        headers=client_headers(fake),
    )
    assert r.status_code == 200 and r.json()["is_new_user"] is False
    r = await http.post(
        "/api/v1/auth/mfa/sign-in",
        json={"type": "totp", "totp": code, "code": attempt},
        headers=client_headers(fake),
    )
    assert known_code(r) == "VERIFICATION_CODE_ALREADY_USED"


async def test_oauth_authorize_then_code_exchange_checks_pkce(
    fake: FakeStackServer, http: httpx.AsyncClient
) -> None:
    fake.enable_oauth_provider("github", account_id="gh-42", email="octo@example.com")
    verifier = "v" * 64
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    redirect = "http://localhost:3000/handler/oauth-callback"
    params = {
        "client_id": fake.project_id,
        "client_secret": "__stack_public_client__",
        "redirect_uri": redirect,
        "scope": "legacy",
        "state": "s-123",
        "grant_type": "authorization_code",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        "response_type": "code",
        "type": "authenticate",
    }
    r = await http.get("/api/v1/auth/oauth/authorize/GitHub", params=params)
    assert r.status_code == 302
    location = urllib.parse.urlparse(r.headers["location"])
    query = dict(urllib.parse.parse_qsl(location.query))
    assert location.path == "/handler/oauth-callback" and query["state"] == "s-123"
    form = {
        "grant_type": "authorization_code",
        "code": query["code"],
        "redirect_uri": redirect,
        "code_verifier": "w" * 64,
        "client_id": fake.project_id,
        "client_secret": "__stack_public_client__",
    }
    r = await http.post("/api/v1/auth/oauth/token", data=form)
    assert r.status_code == 400 and r.json()["error"] == "invalid_grant"
    r = await http.post(
        "/api/v1/auth/oauth/token", data={**form, "code_verifier": verifier, "redirect_uri": redirect + "x"}
    )
    assert r.status_code == 400 and "redirect" in r.text.lower()
    r = await http.post("/api/v1/auth/oauth/token", data={**form, "code_verifier": verifier})
    assert r.status_code == 200 and r.json()["is_new_user"] is True and r.json()["refresh_token"]
    me = await http.get("/api/v1/users/me", headers=client_headers(fake, r.json()["access_token"]))
    assert (
        me.json()["primary_email"] == "octo@example.com"
        and me.json()["oauth_providers"][0]["account_id"] == "gh-42"
    )
    r = await http.post("/api/v1/auth/oauth/token", data={**form, "code_verifier": verifier})
    assert known_code(r) == "INVALID_AUTHORIZATION_CODE"  # codes are single-use
    r = await http.get(
        "/api/v1/auth/oauth/authorize/github", params={**params, "stack_response_mode": "json"}
    )
    assert r.status_code == 200 and r.json()["location"].startswith(redirect + "?code=")
    r = await http.get("/api/v1/auth/oauth/authorize/gitlab", params=params)
    assert known_code(r) == "OAUTH_PROVIDER_NOT_FOUND_OR_NOT_ENABLED"
    r = await http.get(
        "/api/v1/auth/oauth/authorize/github", params={**params, "redirect_uri": "https://evil.example"}
    )
    assert known_code(r) == "REDIRECT_URL_NOT_WHITELISTED"


async def test_cli_login_flow(fake: FakeStackServer, http: httpx.AsyncClient, clock: Clock) -> None:
    created = (await http.post("/api/v1/auth/cli", json={}, headers=client_headers(fake))).json()
    poll = {"polling_code": created["polling_code"]}
    r = await http.post("/api/v1/auth/cli/poll", json=poll, headers=client_headers(fake))
    assert (r.status_code, r.json()) == (200, {"status": "waiting"})
    uid = fake.create_user(email="cli@example.com")["id"]
    access, refresh = fake.sign_in_tokens(uid)
    r = await http.post(
        "/api/v1/auth/cli/complete",
        json={"login_code": created["login_code"], "refresh_token": refresh},
        headers=client_headers(fake, access, refresh),
    )
    assert r.status_code == 200
    r = await http.post("/api/v1/auth/cli/poll", json=poll, headers=client_headers(fake))
    assert (r.status_code, r.json()) == (201, {"status": "success", "refresh_token": refresh})
    r = await http.post("/api/v1/auth/cli/poll", json=poll, headers=client_headers(fake))
    assert r.json() == {"status": "used"}
    other = (
        await http.post("/api/v1/auth/cli", json={"expires_in_millis": 1000}, headers=client_headers(fake))
    ).json()
    clock.now += 2
    r = await http.post(
        "/api/v1/auth/cli/poll", json={"polling_code": other["polling_code"]}, headers=client_headers(fake)
    )
    assert r.json() == {"status": "expired"}


async def test_admin_config_switch_requires_publishable_keys(
    fake: FakeStackServer, http: httpx.AsyncClient
) -> None:
    body = {"config_override_string": '{"project.requirePublishableClientKey": true}'}
    assert (
        await http.patch("/api/v1/internal/config/override/project", json=body, headers=admin_headers(fake))
    ).status_code == 200
    keyless = {k: v for k, v in client_headers(fake).items() if k != "x-stack-publishable-client-key"}
    r = await http.get("/api/v1/projects/current", headers=keyless)
    assert known_code(r) == "PUBLISHABLE_CLIENT_KEY_REQUIRED_FOR_PROJECT"


# --- real server --------------------------------------------------------------------------------------


async def test_serve_runs_uvicorn_on_loopback(fake: FakeStackServer) -> None:
    async with fake.serve() as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        async with httpx.AsyncClient(base_url=base_url) as http:
            r = await http.get("/api/v1/users", headers=server_headers(fake))
            assert r.status_code == 200 and r.json()["items"] == []
            r = await http.post("/api/v1/auth/anonymous/sign-up", headers=client_headers(fake))
            iss = jwt.decode(r.json()["access_token"], options={"verify_signature": False})["iss"]
            assert iss.startswith(base_url)  # the issuer follows the host the token came through
            fake.faults.add(method="POST", path="/api/v1/users", kind="drop_after")
            with pytest.raises(httpx.TransportError):
                await http.post("/api/v1/users", json={}, headers=server_headers(fake))
    assert [m[0] for m in fake.mutations].count("user.created") == 2


# --- test API -----------------------------------------------------------------------------------------


def test_seeding_errors_name_the_problem(fake: FakeStackServer) -> None:
    fake.create_user(email="dup@example.com")
    with pytest.raises(SeedError, match="USER_EMAIL_ALREADY_EXISTS"):
        fake.create_user(email="dup@example.com")
    with pytest.raises(SeedError, match="PASSWORD_TOO_SHORT"):
        fake.create_user(email="short@example.com", password="123")
    with pytest.raises(LookupError, match="no 'otp' code was sent to a@example.com"):
        fake.last_code("otp", email="a@example.com")
    with pytest.raises(ValueError, match="unknown config keys"):
        FakeStackServer(config={"allow_everything": True})
    assert len(fake.mutations) == 1  # the rejected seeds left nothing behind


def test_importing_the_sdk_and_the_testing_package_stays_light() -> None:
    import subprocess
    import sys

    code = (
        "import sys, stack_sdk, stack_sdk.testing; "
        "heavy = [m for m in ('starlette', 'uvicorn', 'jwt') if m in sys.modules]; "
        "assert not heavy, heavy; "
        "stack_sdk.testing.FakeStackServer; assert 'starlette' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
