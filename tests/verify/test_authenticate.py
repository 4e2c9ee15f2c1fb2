"""authenticate_request (token sources, local / rest / hybrid) and authenticate_api_key against the fake."""

from __future__ import annotations

import json
from urllib.parse import quote

import httpx
import pytest

from stack_sdk import StackSDK
from stack_sdk._verify._request import extract_access_token
from stack_sdk.errors import InvalidApiKeyError, InvalidTokenError, VerifierUnavailable
from stack_sdk.testing import FakeStackServer

from .conftest import Clock, unverified


def req(headers: dict[str, str] | None = None, cookies: dict[str, str] | None = None) -> httpx.Request:
    return httpx.Request("GET", "https://app.test/", headers=headers or {}, cookies=cookies)


@pytest.mark.parametrize(
    "make",
    [
        lambda t: req({"Authorization": f"Bearer {t}"}),
        lambda t: req({"authorization": f"bEaReR   {t}"}),
        lambda t: req({"x-stack-access-token": t}),
        lambda t: req({"X-Hexclave-Access-Token": t}),
        lambda t: req({"x-stack-auth": json.dumps({"accessToken": t, "refreshToken": None})}),
        lambda t: req({"x-hexclave-auth": json.dumps({"accessToken": t})}),
        lambda t: req(cookies={"stack-access": quote(json.dumps(["rt", t]))}),
        lambda t: req(cookies={"__Host-hexclave-access": quote(json.dumps(["rt", t]))}),
        lambda t: req(cookies={"hexclave-access": t}),
        lambda t: {"Authorization": f"Bearer {t}"},  # a plain mapping of headers
    ],
)
async def test_every_token_source(sdk: StackSDK, user_token: str, make: object) -> None:
    auth = await sdk.authenticate_request(make(user_token))  # type: ignore[operator]
    assert auth is not None and auth.user_id == unverified(user_token)["sub"]


def test_sources_order_and_bad_shapes() -> None:
    assert extract_access_token(req({"Authorization": "Bearer a.b.c", "x-stack-access-token": "d.e.f"})) == (
        "a.b.c",
        "authorization",
    )
    # another scheme is not ours: the next source is used
    assert extract_access_token(
        req({"Authorization": "Basic dXNlcg==", "x-stack-access-token": "d.e.f"})
    ) == (
        "d.e.f",
        "header",
    )
    for bad in ("Bearer", "Bearer a b"):
        with pytest.raises(InvalidTokenError) as info:
            extract_access_token(req({"Authorization": bad}))
        assert info.value.code == "token_malformed"
    with pytest.raises(InvalidTokenError):
        extract_access_token(req({"x-stack-auth": "[1]"}))
    assert extract_access_token(req(cookies={"stack-access": quote("[broken")})) is None
    assert extract_access_token(req()) is None
    with pytest.raises(TypeError, match="headers"):
        extract_access_token(object())


async def test_missing_token_required_or_optional(sdk: StackSDK, user_token: str) -> None:
    with pytest.raises(InvalidTokenError) as info:
        await sdk.authenticate_request(req())
    assert info.value.code == "token_missing"
    assert await sdk.authenticate_request(req(), required=False) is None
    assert await sdk.authenticate_request(req({"x-stack-access-token": "x.y.z"}), required=False) is None


async def test_local_mode_makes_no_user_request_until_asked(
    sdk: StackSDK, fake: FakeStackServer, user_token: str
) -> None:
    auth = await sdk.authenticate_request(req({"x-stack-access-token": user_token}), mode="hybrid")
    assert auth is not None and auth.claims.email == "ada@example.com"
    assert fake.count("GET", "/api/v1/users/me") == 0
    assert (await auth.user()).primary_email == "ada@example.com"
    again = await sdk.authenticate_request(req({"x-stack-access-token": user_token}), mode="hybrid")
    assert again is not None and (await again.user()).id == auth.user_id
    assert fake.count("GET", "/api/v1/users/me") == 1  # cached per token
    assert "eyJ" not in repr(auth)  # the token is never in a repr


async def test_rest_mode_asks_stack(
    sdk: StackSDK, fake: FakeStackServer, clock: Clock, user_token: str
) -> None:
    auth = await sdk.authenticate_request(req({"Authorization": f"Bearer {user_token}"}), mode="rest")
    assert auth is not None and fake.count("GET", "/api/v1/users/me") == 1
    assert (await auth.user()).primary_email == "ada@example.com"
    assert auth.claims.user_id == unverified(user_token)["sub"]
    assert fake.count("GET", "/api/v1/users/me") == 1
    anon = fake.sign_in_tokens(fake.create_user(is_anonymous=True)["id"])[0]
    with pytest.raises(InvalidTokenError) as info:
        await sdk.authenticate_request(req({"x-stack-access-token": anon}), mode="rest")
    assert info.value.code == "anonymous_not_allowed"
    assert await sdk.authenticate_request(
        req({"x-stack-access-token": anon}), mode="rest", allow_anonymous=True
    )
    clock.advance(3600)
    with pytest.raises(InvalidTokenError) as info:
        await sdk.authenticate_request(req({"x-stack-access-token": user_token}), mode="rest")
    assert info.value.code == "token_expired"


async def test_rest_mode_when_stack_is_down_is_503(
    sdk: StackSDK, fake: FakeStackServer, user_token: str
) -> None:
    fake.faults.add(kind="status", status=503, path="/api/v1/users/me", times=None)
    with pytest.raises(VerifierUnavailable):
        await sdk.authenticate_request(req({"x-stack-access-token": user_token}), mode="rest")


async def test_bad_mode() -> None:
    s = StackSDK("p", secret_server_key="ssk", environ={})
    with pytest.raises(ValueError, match="mode"):
        await s.authenticate_request(req(), mode="magic")  # type: ignore[arg-type]


# -- API keys -----------------------------------------------------------------------------------------


async def test_api_keys_user_team_any_and_cache(sdk: StackSDK, fake: FakeStackServer, clock: Clock) -> None:
    fake.config["allow_user_api_keys"] = True
    fake.config["allow_team_api_keys"] = True
    uid = fake.create_user(email="bot@example.com")["id"]
    team = fake.create_team("Ops", creator_user_id=uid)
    ukey = (await sdk.api_keys.create_user(uid, description="ci")).value
    tkey = (await sdk.api_keys.create_team(team["id"], description="deploy")).value

    owner = await sdk.authenticate_api_key(req({"Authorization": f"Bearer {ukey}"}))
    assert (owner.kind, owner.user_id, owner.team_id) == ("user", uid, None)
    team_owner = await sdk.authenticate_api_key(req({"x-api-key": tkey}), kind="team", header="x-api-key")
    assert (team_owner.kind, team_owner.team_id) == ("team", team["id"])
    assert (await sdk.authenticate_api_key(tkey, kind="any")).kind == "team"
    with pytest.raises(InvalidApiKeyError) as info:
        await sdk.authenticate_api_key(tkey, kind="user")
    assert info.value.code == "api_key_invalid" and tkey not in str(info.value)
    with pytest.raises(InvalidApiKeyError) as info:
        await sdk.authenticate_api_key(req())
    assert info.value.code == "api_key_missing"

    checks = fake.count("POST", "/api/v1/user-api-keys/check")
    await sdk.authenticate_api_key(ukey)
    assert fake.count("POST", "/api/v1/user-api-keys/check") == checks  # positive cache
    with pytest.raises(InvalidApiKeyError):
        await sdk.authenticate_api_key(tkey, kind="user")
    assert fake.count("POST", "/api/v1/user-api-keys/check") == checks  # negative cache


async def test_a_revoked_key_stops_within_the_ttl(sdk: StackSDK, fake: FakeStackServer) -> None:
    fake.config["allow_user_api_keys"] = True
    uid = fake.create_user(email="bot@example.com")["id"]
    created = await sdk.api_keys.create_user(uid, description="ci")
    t = [0.0]
    from stack_sdk._verify._guard import guard_for

    guard_for(sdk).api_keys._clock = lambda: t[0]
    await sdk.authenticate_api_key(created.value)
    await sdk.api_keys.revoke(str(created.id), user_id=uid)
    t[0] = 29.0
    assert (await sdk.authenticate_api_key(created.value)).user_id == uid  # documented window
    t[0] = 30.0
    with pytest.raises(InvalidApiKeyError):
        await sdk.authenticate_api_key(created.value)
