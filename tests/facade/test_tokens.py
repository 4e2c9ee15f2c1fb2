"""User tokens: attach, refresh when stale, single-flight, replay once, keep on network errors."""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
import respx

from stack_sdk import errors
from stack_sdk._tokens import (
    MemoryTokenStore,
    TokenPair,
    TokenStoreError,
    is_fresh,
    likely_valid_tokens,
    memory_store,
    resolve_token_store,
    tokens_from_auth_header,
)

from .conftest import API, PCK, PROJECT, jwt, known_error, make_sdk

ME = {"id": "u1"}


def _refresh_route(new_token: str) -> respx.Route:
    return respx.post(f"{API}/auth/oauth/token").respond(json={"access_token": new_token, "token_type": "Bearer",
                                                               "expires_in": 3600})


@respx.mock
async def test_fresh_tokens_are_attached_without_refresh() -> None:
    at = jwt(600)
    me = respx.get(f"{API}/users/me").respond(json=ME)
    refresh = _refresh_route(jwt(600))
    async with make_sdk() as s:
        await s.as_user(TokenPair(at, "rt1"))._api.call("users_me", dict)
    h = me.calls.last.request.headers
    assert h["x-stack-access-token"] == at and h["x-stack-refresh-token"] == "rt1"
    assert refresh.call_count == 0


@respx.mock
async def test_stale_token_refreshed_first_with_form_body() -> None:
    new = jwt(600)
    me = respx.get(f"{API}/users/me").respond(json=ME)
    refresh = _refresh_route(new)
    store = MemoryTokenStore(jwt(10), "rt1")  # expires within 20 s
    async with make_sdk("client") as s:
        await s.as_user(store)._api.call("users_me", dict)
    req = refresh.calls.last.request
    assert req.headers["content-type"] == "application/x-www-form-urlencoded"
    form = parse_qs(req.content.decode())
    assert form == {"grant_type": ["refresh_token"], "refresh_token": ["rt1"], "client_id": [PROJECT],
                    "client_secret": [PCK]}
    assert me.calls.last.request.headers["x-stack-access-token"] == new
    assert await store.get_tokens() == (new, "rt1")


@respx.mock
async def test_refresh_without_publishable_key_sends_sentinel() -> None:
    refresh = _refresh_route(jwt(600))
    respx.get(f"{API}/users/me").respond(json=ME)
    async with make_sdk() as s:  # server access, no publishable key
        await s.as_user(TokenPair(None, "rt1"))._api.call("users_me", dict)
    assert parse_qs(refresh.calls.last.request.content.decode())["client_secret"] == ["__stack_public_client__"]


@respx.mock
async def test_access_token_error_triggers_one_refresh_and_one_replay() -> None:
    old, new = jwt(600, sub="old"), jwt(600, sub="new")
    me = respx.get(f"{API}/users/me").mock(side_effect=[
        httpx.Response(**known_error("ACCESS_TOKEN_EXPIRED", 401)), httpx.Response(200, json=ME)])
    refresh = _refresh_route(new)
    async with make_sdk() as s:
        assert await s.as_user(TokenPair(old, "rt"))._api.call("users_me", dict) == ME
    assert refresh.call_count == 1 and me.call_count == 2
    first, second = (c.request.headers for c in me.calls)
    assert first["x-stack-access-token"] == old and second["x-stack-access-token"] == new
    assert first["x-stack-random-nonce"] != second["x-stack-random-nonce"]


@respx.mock
async def test_never_a_second_replay() -> None:
    me = respx.get(f"{API}/users/me").respond(**known_error("ACCESS_TOKEN_EXPIRED", 401))
    refresh = _refresh_route(jwt(600, sub="n"))
    async with make_sdk() as s:
        with pytest.raises(errors.AccessTokenExpired):
            await s.as_user(TokenPair(jwt(600), "rt"))._api.call("users_me", dict)
    assert me.call_count == 2 and refresh.call_count == 1


@respx.mock
async def test_dead_refresh_token_clears_the_store() -> None:
    respx.post(f"{API}/auth/oauth/token").respond(401, json={"code": "REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED",
                                                             "error": "gone"},
                                                  headers={"x-stack-known-error": "REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED"})
    me = respx.get(f"{API}/users/me").respond(**known_error("CANNOT_GET_OWN_USER_WITHOUT_USER", 400))
    store = MemoryTokenStore(jwt(5), "rt-dead")
    async with make_sdk() as s:
        with pytest.raises(errors.CannotGetOwnUserWithoutUser):
            await s.as_user(store)._api.call("users_me", dict)
    assert await store.get_tokens() == (None, None)
    assert "x-stack-access-token" not in me.calls.last.request.headers


@respx.mock
async def test_network_error_during_refresh_keeps_tokens() -> None:
    respx.post(f"{API}/auth/oauth/token").mock(side_effect=httpx.ConnectError("down"))
    stale = jwt(5)
    store = MemoryTokenStore(stale, "rt-keep")
    async with make_sdk(max_retries=1) as s:
        with pytest.raises(errors.APIConnectionError):
            await s.as_user(store)._api.call("users_me", dict)
    assert await store.get_tokens() == (stale, "rt-keep")


@respx.mock
async def test_refresh_is_retried_after_read_timeout_because_it_is_idempotent() -> None:
    new = jwt(600)
    refresh = respx.post(f"{API}/auth/oauth/token").mock(side_effect=[
        httpx.ReadTimeout("slow"), httpx.Response(200, json={"access_token": new})])
    respx.get(f"{API}/users/me").respond(json=ME)
    async with make_sdk() as s:
        await s.as_user(TokenPair(jwt(1), "rt"))._api.call("users_me", dict)
    assert refresh.call_count == 2


@respx.mock
async def test_single_flight_refresh_under_1000_concurrent_calls() -> None:
    refreshed = jwt(600, sub="fresh")

    async def slow_refresh(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.01)
        return httpx.Response(200, json={"access_token": refreshed})

    refresh = respx.post(f"{API}/auth/oauth/token").mock(side_effect=slow_refresh)
    me = respx.get(f"{API}/users/me").respond(json=ME)
    store = MemoryTokenStore(jwt(1), "rt")
    async with make_sdk(limits=httpx.Limits(max_connections=1000)) as s:
        view = s.as_user(store)
        await asyncio.gather(*(view._api.call("users_me", dict) for _ in range(1000)))
    assert refresh.call_count == 1
    assert me.call_count == 1000
    assert {c.request.headers["x-stack-access-token"] for c in me.calls} == {refreshed}


@respx.mock
async def test_concurrent_401s_refresh_once() -> None:
    old, new = jwt(600, sub="o"), jwt(600, sub="n")

    def answer(request: httpx.Request) -> httpx.Response:
        if request.headers["x-stack-access-token"] == old:
            return httpx.Response(**known_error("ACCESS_TOKEN_EXPIRED", 401))
        return httpx.Response(200, json=ME)

    respx.get(f"{API}/users/me").mock(side_effect=answer)
    refresh = _refresh_route(new)
    store = MemoryTokenStore(old, "rt")
    async with make_sdk() as s:
        view = s.as_user(store)
        await asyncio.gather(*(view._api.call("users_me", dict) for _ in range(50)))
    assert refresh.call_count == 1


async def test_compare_and_set_does_not_clobber_a_new_login() -> None:
    store = MemoryTokenStore("a", "rt-old")
    await store.set_tokens("b", "rt-new")  # user signed in again meanwhile
    assert not await store.compare_and_set("rt-old", "rt-old", "refreshed")
    assert await store.get_tokens() == ("b", "rt-new")


def test_freshness_rules() -> None:
    assert is_fresh(jwt(600), min_validity=20, max_age=None)
    assert not is_fresh(jwt(15), min_validity=20, max_age=None)
    assert not is_fresh(jwt(600, iat_ago=80), min_validity=20, max_age=75)
    assert is_fresh(jwt(600, iat_ago=80), min_validity=20, max_age=None)
    assert not is_fresh("not-a-jwt", min_validity=0, max_age=None)
    assert not is_fresh(None, min_validity=0, max_age=None)


async def test_expired_token_without_refresh_token_is_not_sent() -> None:
    async def never(rt: str) -> str | None:
        raise AssertionError("no refresh token: must not refresh")
    assert await likely_valid_tokens(MemoryTokenStore(jwt(-5), None), never) == (None, None)
    ok = jwt(10)
    assert await likely_valid_tokens(MemoryTokenStore(ok, None), never) == (ok, None)


def test_memory_store_is_a_singleton_per_project() -> None:
    assert memory_store("p1") is memory_store("p1")
    assert memory_store("p1") is not memory_store("p2")
    assert resolve_token_store("memory", "p1") is memory_store("p1")


def test_token_store_forms() -> None:
    class Req:
        headers = {"x-stack-auth": '{"accessToken": "a1", "refreshToken": "r1"}'}

    store = resolve_token_store(Req(), "p")
    assert isinstance(store, MemoryTokenStore)
    assert asyncio.run(store.get_tokens()) == ("a1", "r1")
    assert asyncio.run(resolve_token_store({"accessToken": "x", "refreshToken": "y"}, "p").get_tokens()) == ("x", "y")  # type: ignore[union-attr]
    assert resolve_token_store(None, "p") is None
    with pytest.raises(TokenStoreError, match="Unknown token_store 'cookie'"):
        resolve_token_store("cookie", "p")
    with pytest.raises(TokenStoreError):
        resolve_token_store(42, "p")  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", ["not json", "[1,2]", '{"accessToken": 5}'])
def test_malformed_auth_header(raw: str) -> None:
    with pytest.raises(TokenStoreError, match="x-stack-auth"):
        tokens_from_auth_header(raw)


def test_token_pair_repr_hides_tokens() -> None:
    assert "secret" not in repr(TokenPair("secret-at", "secret-rt"))


def test_as_user_requires_tokens() -> None:
    with pytest.raises(errors.ConfigurationError):
        make_sdk().as_user(None)


async def test_client_sdk_defaults_to_shared_memory_store() -> None:
    async with make_sdk("client") as a, make_sdk("client") as b:
        assert a.token_store is b.token_store is memory_store(PROJECT)
    async with make_sdk("server") as srv:
        assert srv.token_store is None


def test_one_store_works_across_successive_event_loops() -> None:
    # A memory store (and the SDK's pool gate) outlive an event loop: a later loop must get fresh locks.
    import httpx as _httpx

    store = MemoryTokenStore(jwt(1), "rt")

    async def once() -> tuple[int, int, list[Any]]:
        await store.set_tokens(jwt(1), "rt")  # about to expire: this loop must refresh it
        with respx.mock:
            refresh = respx.post(f"{API}/auth/oauth/token").respond(json={"access_token": jwt(600)})
            me = respx.get(f"{API}/users/me").respond(json=ME)
            async with make_sdk(limits=_httpx.Limits(max_connections=1)) as s:
                results = await asyncio.gather(*(s.as_user(store)._api.call("users_me", dict) for _ in range(3)))
            return refresh.call_count, me.call_count, list(results)

    for _ in range(3):
        refreshes, calls, results = asyncio.run(once())
        # each loop: the expiring token is refreshed once (single-flight on that loop's lock), 3 calls answered
        assert (refreshes, calls) == (1, 3)
        assert results == [ME] * 3
