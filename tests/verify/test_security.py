"""The security suite: each hostile or unacceptable token is rejected with its exact error code."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import secrets

import pytest
from cryptography.hazmat.primitives import serialization

from stack_sdk import StackSDK
from stack_sdk.errors import InvalidTokenError, RequestRejected, VerifierUnavailable
from stack_sdk.testing import FakeStackServer
from stack_sdk.testing.pytest_plugin import make_fake

from .conftest import (
    Clock,
    b64,
    jwks_fetches,
    jwks_path,
    kid_of,
    raw_token,
    sign_foreign,
    sign_with_fake,
    unverified,
)


async def code_of(sdk: StackSDK, token: str, **kw: object) -> str:
    with pytest.raises(InvalidTokenError) as info:
        await sdk.verify_access_token(token, **kw)  # type: ignore[arg-type]
    assert info.value.status == 401
    assert token not in str(info.value) or not token  # the token is never echoed
    return info.value.code


async def test_a_real_token_verifies_with_its_claims(
    sdk: StackSDK, fake: FakeStackServer, user_token: str
) -> None:
    claims = await sdk.verify_access_token(user_token)
    raw = unverified(user_token)
    assert claims.user_id == raw["sub"]
    assert claims.email == "ada@example.com"
    assert claims.display_name == "Ada"
    assert claims.project_id == fake.project_id
    assert claims.branch_id == "main"
    assert (claims.is_anonymous, claims.is_restricted, claims.restricted_reason) == (False, False, None)
    assert claims.exp == raw["exp"] and claims.iat == raw["iat"]


async def test_alg_none_is_refused(sdk: StackSDK, user_token: str) -> None:
    await sdk.verify_access_token(user_token)  # warm: a real kid is known
    token = raw_token({"alg": "none", "kid": kid_of(user_token)}, unverified(user_token))
    assert await code_of(sdk, token) == "algorithm_not_allowed"


async def test_hs256_signed_with_the_public_key_is_refused(
    sdk: StackSDK, fake: FakeStackServer, user_token: str
) -> None:
    # The classic key-confusion attack: HMAC keyed with the published public key.
    pub = fake._core.keys._sets["regular"][0].private.public_key()
    secret = pub.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    header = b64(json.dumps({"alg": "HS256", "kid": kid_of(user_token)}))
    payload = b64(json.dumps(unverified(user_token)))
    sig = hmac.new(secret, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    assert await code_of(sdk, f"{header}.{payload}.{b64(sig)}") == "algorithm_not_allowed"


async def test_a_valid_signature_by_an_unpublished_key(
    sdk: StackSDK, fake: FakeStackServer, user_token: str
) -> None:
    await sdk.verify_access_token(user_token)
    same_kid = sign_foreign(unverified(user_token), kid_of(user_token))
    assert await code_of(sdk, same_kid) == "invalid_signature"
    other_kid = sign_foreign(unverified(user_token), "not-a-published-kid")
    assert await code_of(sdk, other_kid) == "unknown_key"


async def test_wrong_audience_issuer_and_another_project(
    sdk: StackSDK, fake: FakeStackServer, user_token: str
) -> None:
    claims = unverified(user_token)
    assert await code_of(sdk, sign_with_fake(fake, {**claims, "aud": "someone-else"})) == "invalid_audience"
    assert (
        await code_of(sdk, sign_with_fake(fake, {**claims, "aud": [claims["aud"] + "x"]}))
        == "invalid_audience"
    )
    evil_iss = claims["iss"].replace("fake-stack.test", "evil.test")
    assert await code_of(sdk, sign_with_fake(fake, {**claims, "iss": evil_iss})) == "invalid_issuer"
    # the anonymous issuer on a regular audience is not this token kind's issuer
    anon_iss = claims["iss"].replace("/projects/", "/projects-anonymous-users/")
    assert await code_of(sdk, sign_with_fake(fake, {**claims, "iss": anon_iss})) == "invalid_issuer"

    other = make_fake(project_id="00000000-0000-4000-8000-0000000000ff")
    u = other.create_user(email="eve@example.com")
    before = jwks_fetches(fake)
    assert await code_of(sdk, other.sign_in_tokens(u["id"])[0]) == "invalid_audience"
    assert jwks_fetches(fake) == before  # turned away before any key lookup: no refetch


async def test_expiry_nbf_iat_with_leeway(
    sdk: StackSDK, fake: FakeStackServer, clock: Clock, user_token: str
) -> None:
    claims = unverified(user_token)
    clock.t = claims["exp"] + 4  # within the 5 s default leeway
    assert (await sdk.verify_access_token(sign_with_fake(fake, claims))).user_id == claims["sub"]
    clock.t = claims["exp"] + 5
    assert await code_of(sdk, sign_with_fake(fake, {**claims, "iat": claims["iat"] + 1})) == "token_expired"
    clock.t = claims["iat"]
    future = clock.t + 60
    assert await code_of(sdk, sign_with_fake(fake, {**claims, "nbf": future})) == "token_not_yet_valid"
    assert await code_of(sdk, sign_with_fake(fake, {**claims, "iat": future})) == "token_not_yet_valid"
    assert (await sdk.verify_access_token(sign_with_fake(fake, {**claims, "nbf": clock.t + 4}))).user_id
    assert (
        await code_of(sdk, sign_with_fake(fake, {**claims, "nbf": clock.t + 4}), leeway=0)
        == "token_not_yet_valid"
    )
    no_exp = {k: v for k, v in claims.items() if k != "exp"}
    assert await code_of(sdk, sign_with_fake(fake, no_exp)) == "token_malformed"
    assert await code_of(sdk, sign_with_fake(fake, {**claims, "exp": "tomorrow"})) == "token_malformed"


async def test_malformed_tokens(sdk: StackSDK, fake: FakeStackServer, user_token: str) -> None:
    h, p, s = user_token.split(".")
    assert await code_of(sdk, "") == "token_missing"
    assert await code_of(sdk, f"{h}.{p}") == "token_malformed"
    assert await code_of(sdk, f"{h}.{p}.{s}.x") == "token_malformed"
    assert await code_of(sdk, f"{h}.{p[:-7]}.{s}") == "token_malformed"  # truncated payload: not JSON
    assert await code_of(sdk, f"{h}.{p}.{s[:-4]}") == "invalid_signature"  # truncated signature
    assert await code_of(sdk, f"{h}.{p}!.{s}") == "token_malformed"  # not base64url
    assert await code_of(sdk, f"{h[:-3]}.{p}.{s}") == "invalid_header"
    assert await code_of(sdk, f"{b64('[1]')}.{p}.{s}") == "invalid_header"
    assert await code_of(sdk, f"{b64(json.dumps({'alg': 'ES256'}))}.{p}.{s}") == "invalid_header"  # no kid
    before = jwks_fetches(fake)
    assert await code_of(sdk, "a" * (1 << 20) + ".b.c") == "token_malformed"  # 1 MB
    assert await code_of(sdk, f"{h}.{'A' * (1 << 20)}.{s}") == "token_malformed"
    assert jwks_fetches(fake) == before


async def test_random_kids_cost_at_most_one_fetch_per_30_s(
    sdk: StackSDK, fake: FakeStackServer, clock: Clock, user_token: str
) -> None:
    claims = unverified(user_token)
    await sdk.verify_access_token(user_token)
    assert jwks_fetches(fake) == 1
    for _ in range(1000):
        token = sign_foreign(claims, secrets.token_urlsafe(9))
        assert await code_of(sdk, token) == "unknown_key"
    assert jwks_fetches(fake) == 1  # the cold fetch just happened: no refetch within 30 s
    clock.advance(30)
    for _ in range(100):
        await code_of(sdk, sign_foreign(claims, secrets.token_urlsafe(9)))
    assert jwks_fetches(fake) == 2


async def test_concurrent_cold_verifications_fetch_once(
    sdk: StackSDK, fake: FakeStackServer, user_token: str
) -> None:
    fake.faults.add(kind="latency", path=jwks_path(fake), seconds=0.05)
    results = await asyncio.gather(*(sdk.verify_access_token(user_token) for _ in range(100)))
    assert {c.user_id for c in results} == {unverified(user_token)["sub"]}
    assert jwks_fetches(fake) == 1


async def test_jwks_down_without_a_cached_set_is_503(
    sdk: StackSDK, fake: FakeStackServer, clock: Clock, user_token: str
) -> None:
    fake.faults.add(kind="status", status=503, path=jwks_path(fake), times=None)
    with pytest.raises(VerifierUnavailable) as info:
        await sdk.verify_access_token(user_token)
    assert (info.value.status, info.value.code) == (503, "verifier_unavailable")
    assert not isinstance(info.value, InvalidTokenError) and isinstance(info.value, RequestRejected)
    assert "503" in info.value.description
    # a malformed token is still the caller's fault: 401 without any key set
    assert await code_of(sdk, "x.y") == "token_malformed"
    # an outage does not become one fetch per request: retried after a short pause
    fetched = jwks_fetches(fake)
    with pytest.raises(VerifierUnavailable):
        await sdk.verify_access_token(user_token)
    assert jwks_fetches(fake) == fetched
    fake.faults.clear()
    clock.advance(5)
    assert (await sdk.verify_access_token(user_token)).user_id


async def test_jwks_down_with_a_cached_set_keeps_serving(
    sdk: StackSDK, fake: FakeStackServer, clock: Clock, user_token: str
) -> None:
    await sdk.verify_access_token(user_token)
    fake.faults.add(kind="status", status=503, path=jwks_path(fake), times=None)
    clock.advance(3601)  # past max-age: a refetch is due and fails
    claims = unverified(user_token)
    fresh = sign_with_fake(fake, {**claims, "iat": int(clock.t), "exp": int(clock.t) + 600})
    assert (await sdk.verify_access_token(fresh)).user_id == claims["sub"]  # stale set still serves
    assert jwks_fetches(fake) == 2
    assert await code_of(sdk, sign_foreign(claims, "unknown")) == "unknown_key"  # 401, not 503
    assert jwks_fetches(fake) == 2  # the failed refetch is not retried for 30 s


async def test_key_rotation(sdk: StackSDK, fake: FakeStackServer, clock: Clock) -> None:
    uid = fake.create_user(email="rot@example.com")["id"]
    old = fake.sign_in_tokens(uid)[0]
    await sdk.verify_access_token(old)
    fake.rotate_keys()
    new = fake.sign_in_tokens(uid)[0]
    assert kid_of(new) != kid_of(old)
    assert await code_of(sdk, new) == "unknown_key"  # the set was fetched < 30 s ago: no refetch yet
    clock.advance(30)
    assert (await sdk.verify_access_token(new)).user_id == uid  # unknown kid: one refetch finds it
    assert jwks_fetches(fake) == 2
    assert (await sdk.verify_access_token(old)).user_id == uid  # still published
    fake.rotate_keys(drop_old=True)
    clock.advance(3600)  # the cached set expires; the next verification refetches
    newest = fake.sign_in_tokens(uid)[0]
    assert (await sdk.verify_access_token(newest)).user_id == uid
    # the old token was in the verified-token cache, but its key is gone: rejected
    assert await code_of(sdk, old) == "unknown_key"


async def test_anonymous_and_restricted_need_opt_in(sdk: StackSDK, fake: FakeStackServer) -> None:
    anon = fake.sign_in_tokens(fake.create_user(is_anonymous=True)["id"])[0]
    restricted = fake.sign_in_tokens(fake.create_user(email="r@example.com", restricted_by_admin=True)["id"])[
        0
    ]
    assert await code_of(sdk, anon) == "anonymous_not_allowed"
    assert await code_of(sdk, restricted) == "restricted_not_allowed"
    assert await code_of(sdk, anon, allow_restricted=True) == "anonymous_not_allowed"
    a = await sdk.verify_access_token(anon, allow_anonymous=True)
    assert (a.is_anonymous, a.restricted_reason) == (True, "anonymous")
    r = await sdk.verify_access_token(restricted, allow_restricted=True)
    assert (r.is_restricted, r.restricted_reason) == (True, "restricted_by_administrator")
    # the verified-token cache does not widen a route's policy
    assert await code_of(sdk, anon) == "anonymous_not_allowed"
    assert await code_of(sdk, restricted) == "restricted_not_allowed"
    # include_* is asked for only when allowed; tokens turned away by audience cost no fetch at all
    queries = [r.query for r in fake.requests if r.path == jwks_path(fake)]
    assert queries == [{"include_anonymous": "true"}, {"include_restricted": "true"}]
