"""The admission gate in front of the SDK's own pool (see _base_client._Gate)."""

from __future__ import annotations

import asyncio

import httpx
import pytest
import respx

from stack_sdk import TokenPair, errors

from .conftest import API, jwt, known_error, make_sdk

ME = {"id": "u1"}


@respx.mock
async def test_in_flight_requests_never_exceed_the_pool_size() -> None:
    in_flight = peak = 0

    async def slow(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.005)
        in_flight -= 1
        return httpx.Response(200, json=ME)

    route = respx.get(f"{API}/users/me").mock(side_effect=slow)
    async with make_sdk(limits=httpx.Limits(max_connections=3)) as s:
        await asyncio.gather(*(s._api.call("users_me", dict) for _ in range(40)))
    assert route.call_count == 40 and peak == 3


@respx.mock
async def test_waiting_for_a_slot_honours_the_pool_timeout() -> None:
    release = asyncio.Event()

    async def hold(request: httpx.Request) -> httpx.Response:
        await release.wait()
        return httpx.Response(200, json=ME)

    respx.get(f"{API}/users/me").mock(side_effect=hold)
    async with make_sdk(limits=httpx.Limits(max_connections=1), max_retries=0,
                        timeout=httpx.Timeout(5.0, pool=0.05)) as s:
        first = asyncio.create_task(s._api.call("users_me", dict))
        await asyncio.sleep(0.01)
        with pytest.raises(errors.APITimeoutError):
            await s._api.call("users_me", dict)
        release.set()
        assert await first == ME


@respx.mock
async def test_refresh_is_not_blocked_by_gated_calls_waiting_for_it() -> None:
    # Every slot is held by a call whose token the server rejects; the refresh they all wait for
    # must still go out (it bypasses the gate, and the rejected responses free their connections).
    old, new = jwt(600, sub="old"), jwt(600, sub="new")

    async def answer(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.001)
        if request.headers["x-stack-access-token"] == old:
            return httpx.Response(**known_error("ACCESS_TOKEN_EXPIRED", 401))
        return httpx.Response(200, json=ME)

    respx.get(f"{API}/users/me").mock(side_effect=answer)
    refresh = respx.post(f"{API}/auth/oauth/token").respond(json={"access_token": new})
    async with make_sdk(limits=httpx.Limits(max_connections=2),
                        timeout=httpx.Timeout(5.0, pool=2.0)) as s:
        view = s.as_user(TokenPair(old, "rt"))
        results = await asyncio.wait_for(asyncio.gather(*(view._api.call("users_me", dict) for _ in range(20))), 10)
    assert results == [ME] * 20 and refresh.call_count == 1


async def test_caller_owned_client_is_not_gated() -> None:
    http = httpx.AsyncClient()
    async with make_sdk(http_client=http) as s:
        assert s._api._gate.limit is None
        assert s.with_options(timeout=1.0)._api._gate is s._api._gate
    await http.aclose()
