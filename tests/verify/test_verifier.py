"""The verifier's caches and fronts: verified-token LRU, JWKS max-age clamp, static JWKS, the sync front."""

from __future__ import annotations

import threading
from typing import Any

import httpx
import pytest

from stack_sdk import AccessTokenVerifier, StackSDK
from stack_sdk._verify import _verifier
from stack_sdk._verify._core import KeySet, issuers_for
from stack_sdk._verify._jwks import max_age_of
from stack_sdk.errors import InvalidTokenError, VerifierUnavailable
from stack_sdk.testing import FakeStackServer

from .conftest import Clock, sign_with_fake, unverified


def jwks_server(
    fake: FakeStackServer, cache_control: str | None, log: list[httpx.Request]
) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        log.append(request)
        headers = {"cache-control": cache_control} if cache_control else {}
        anon = request.url.params.get("include_anonymous") == "true"
        return httpx.Response(200, json=fake.jwks(include_anonymous=anon), headers=headers)

    return httpx.MockTransport(handler)


def counting_signatures(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record each signature check the verifier performs (the real check still runs)."""
    calls: list[str] = []
    real = _verifier.check_signature

    def spy(parsed: Any, keys: Any) -> None:
        calls.append(parsed.kid)
        real(parsed, keys)

    monkeypatch.setattr(_verifier, "check_signature", spy)
    return calls


async def test_same_token_again_is_a_cache_hit(
    sdk: StackSDK, user_token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = counting_signatures(monkeypatch)
    for _ in range(5):
        await sdk.verify_access_token(user_token)
    assert len(calls) == 1


async def test_cache_never_serves_past_exp(fake: FakeStackServer, clock: Clock, user_token: str) -> None:
    v = AccessTokenVerifier(fake.project_id, base_url=fake.base_url, jwks=fake.jwks(), clock=clock, leeway=0)
    claims = await v.verify(user_token)
    clock.t = claims.exp - 1
    assert (await v.verify(user_token)).user_id == claims.user_id
    clock.t = claims.exp
    with pytest.raises(InvalidTokenError) as info:
        await v.verify(user_token)
    assert info.value.code == "token_expired"


async def test_cache_is_bounded_lru(
    fake: FakeStackServer, clock: Clock, user_token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = counting_signatures(monkeypatch)
    v = AccessTokenVerifier(
        fake.project_id, base_url=fake.base_url, jwks=fake.jwks(), clock=clock, cache_size=2
    )
    c = unverified(user_token)
    a, b, d = (sign_with_fake(fake, {**c, "iat": c["iat"] - i}) for i in range(3))
    for t in (a, b, a, d):  # d evicts b (least recently used), not a
        await v.verify(t)
    assert len(calls) == 3
    await v.verify(a)
    assert len(calls) == 3
    await v.verify(b)
    assert len(calls) == 4


@pytest.mark.parametrize(
    ("header", "fresh_for"), [("public, max-age=5", 60.0), ("max-age=86400", 3600.0), (None, 300.0)]
)
async def test_jwks_max_age_is_clamped(
    fake: FakeStackServer, clock: Clock, user_token: str, header: str | None, fresh_for: float
) -> None:
    log: list[httpx.Request] = []
    async with httpx.AsyncClient(transport=jwks_server(fake, header, log)) as http:
        v = AccessTokenVerifier(fake.project_id, base_url=fake.base_url, http=http, clock=clock, cache_size=0)

        def fresh() -> str:
            return sign_with_fake(fake, {**unverified(user_token), "exp": int(clock.t) + 60})

        await v.verify(fresh())
        start = clock.t
        clock.t = start + fresh_for - 1
        await v.verify(fresh())
        assert len(log) == 1
        clock.t = start + fresh_for
        await v.verify(fresh())
        assert len(log) == 2


def test_max_age_parsing() -> None:
    assert max_age_of("no-store") == 60.0
    assert max_age_of("public, s-maxage=10, max-age=120") == 120.0
    assert max_age_of("garbage") == 300.0


async def test_static_jwks_is_never_fetched(fake: FakeStackServer, clock: Clock, user_token: str) -> None:
    v = AccessTokenVerifier(fake.project_id, base_url=fake.base_url, jwks=fake.jwks(), clock=clock)
    assert (await v.verify(user_token)).email == "ada@example.com"
    fake.rotate_keys()
    uid = unverified(user_token)["sub"]
    with pytest.raises(InvalidTokenError) as info:
        await v.verify(fake.sign_in_tokens(uid)[0])
    assert info.value.code == "unknown_key"
    assert v.jwks_fetches() == 0
    assert fake.count("GET", f"/api/v1/projects/{fake.project_id}/.well-known/jwks.json") == 0


def test_keyset_skips_hmac_rsa_and_bad_points(fake: FakeStackServer) -> None:
    good = fake.jwks()["keys"][0]
    doc = {
        "keys": [
            {"kty": "oct", "kid": "h", "k": "c2VjcmV0"},
            {"kty": "RSA", "kid": "r", "n": "AQAB", "e": "AQAB"},
            {**good, "kid": "bad", "x": good["y"]},  # not on the curve
            {**good, "alg": "ES384", "kid": "384"},
            good,
        ]
    }
    assert KeySet.from_jwks(doc).kids == (good["kid"],)
    with pytest.raises(ValueError, match="JSON object"):
        KeySet.from_jwks([])


def test_issuers_cover_both_public_hosts_and_self_hosted() -> None:
    both = issuers_for("https://api.stack-auth.com/", "p")
    assert "https://api.hexclave.com/api/v1/projects-anonymous-users/p" in both["anonymous"]
    own = issuers_for("https://auth.example.com", "p")
    assert own["regular"] == frozenset({"https://auth.example.com/api/v1/projects/p"})


async def test_an_empty_or_broken_jwks_never_replaces_the_good_one(
    fake: FakeStackServer, clock: Clock, user_token: str
) -> None:
    answers = [httpx.Response(200, json=fake.jwks()), httpx.Response(200, json={"keys": []})]
    async with httpx.AsyncClient(transport=httpx.MockTransport(lambda r: answers.pop(0))) as http:
        v = AccessTokenVerifier(fake.project_id, base_url=fake.base_url, http=http, clock=clock, cache_size=0)
        await v.verify(user_token)
        clock.advance(3600)
        assert (
            await v.verify(sign_with_fake(fake, {**unverified(user_token), "exp": int(clock.t) + 9}))
        ).user_id


async def test_unknown_project_is_503_with_a_hint(
    fake: FakeStackServer, clock: Clock, user_token: str
) -> None:
    async with httpx.AsyncClient(transport=fake.transport()) as http:
        v = AccessTokenVerifier("no-such-project", base_url=fake.base_url, http=http, clock=clock)
        with pytest.raises(VerifierUnavailable) as info:
            await v.verify(
                sign_with_fake(
                    fake,
                    {
                        **unverified(user_token),
                        "aud": "no-such-project",
                        "iss": f"{fake.base_url}/api/v1/projects/no-such-project",
                    },
                )
            )
    assert "404" in info.value.description and "project id" in info.value.description


def test_sync_front_fetches_once_across_threads(fake: FakeStackServer, clock: Clock, user_token: str) -> None:
    log: list[httpx.Request] = []
    with httpx.Client(transport=jwks_server(fake, "max-age=3600", log)) as http:
        v = AccessTokenVerifier(fake.project_id, base_url=fake.base_url, sync_http=http, clock=clock)
        results: list[str] = []
        threads = [
            threading.Thread(target=lambda: results.append(v.verify_sync(user_token).user_id))
            for _ in range(20)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert results == [unverified(user_token)["sub"]] * 20
    assert len(log) == 1


async def test_sync_and_async_fronts_share_the_cache(
    fake: FakeStackServer, clock: Clock, user_token: str
) -> None:
    log: list[httpx.Request] = []
    async with httpx.AsyncClient(transport=jwks_server(fake, None, log)) as http:
        v = AccessTokenVerifier(fake.project_id, base_url=fake.base_url, http=http, clock=clock)
        await v.verify(user_token)
        assert v.verify_sync(user_token).email == "ada@example.com"
    assert len(log) == 1


def test_bad_settings_are_rejected_up_front() -> None:
    with pytest.raises(ValueError, match="project_id"):
        AccessTokenVerifier("")
    with pytest.raises(ValueError, match="leeway"):
        AccessTokenVerifier("p", leeway=-1)
    with pytest.raises(ValueError, match="JWKS"):
        AccessTokenVerifier("p", jwks="not json")
