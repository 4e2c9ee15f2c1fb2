"""Retry rules (protocol §2.5): counts per method and status, Retry-After, never a duplicate POST."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest
import respx

from stack_sdk._retry import RetryPolicy
from stack_sdk.errors import APIConnectionError, APIStatusError, APITimeoutError

from .conftest import API, Sleeps, make_sdk

ME = {"id": "u1"}


def _sdk(**kw: object):  # type: ignore[no-untyped-def]
    sleeps = Sleeps()
    return make_sdk(sleep=sleeps, **kw), sleeps


@respx.mock
@pytest.mark.parametrize("status", [502, 503, 504])
async def test_idempotent_get_retried_on_gateway_errors(status: int) -> None:
    route = respx.get(f"{API}/users/me").mock(side_effect=[httpx.Response(status), httpx.Response(status),
                                                           httpx.Response(200, json=ME)])
    s, sleeps = _sdk()
    assert await s._api.call("users_me", dict) == ME
    assert route.call_count == 3 and len(sleeps) == 2


@respx.mock
@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_post_not_retried_on_5xx(status: int) -> None:
    route = respx.post(f"{API}/users").respond(status)
    s, sleeps = _sdk()
    with pytest.raises(APIStatusError) as e:
        await s._api.call("users_create", dict)
    assert route.call_count == 1 and sleeps == [] and e.value.status == status


@respx.mock
async def test_500_not_retried_even_for_get() -> None:
    route = respx.get(f"{API}/users/me").respond(500, text="boom")
    s, _ = _sdk()
    with pytest.raises(APIStatusError):
        await s._api.call("users_me", dict)
    assert route.call_count == 1


@respx.mock
@pytest.mark.parametrize(("method", "op", "url"), [("POST", "users_create", "/users"),
                                                   ("PATCH", "users_update", "/users/u1"),
                                                   ("GET", "users_me", "/users/me")])
async def test_429_retried_for_every_method_honouring_retry_after(method: str, op: str, url: str) -> None:
    route = respx.route(method=method, url=f"{API}{url}").mock(
        side_effect=[httpx.Response(429, headers={"retry-after": "7"}, json={"message": "slow down"}),
                     httpx.Response(200, json=ME)])
    s, sleeps = _sdk()
    params = {"user_id": "u1"} if op == "users_update" else {}
    await s._api.call(op, dict, **params)
    assert route.call_count == 2 and sleeps == [7.0]


@respx.mock
async def test_retry_after_http_date_and_cap() -> None:
    future = email.utils.formatdate(time.time() + 30, usegmt=True)
    route = respx.get(f"{API}/users/me").mock(side_effect=[
        httpx.Response(429, headers={"retry-after": future}), httpx.Response(429, headers={"retry-after": "3600"}),
        httpx.Response(200, json=ME)])
    s, sleeps = _sdk()
    await s._api.call("users_me", dict)
    assert route.call_count == 3
    assert 25 <= sleeps[0] <= 31
    assert sleeps[1] == 60.0  # capped


@respx.mock
async def test_429_without_retry_after_uses_backoff() -> None:
    respx.get(f"{API}/users/me").mock(side_effect=[httpx.Response(429), httpx.Response(429),
                                                   httpx.Response(200, json=ME)])
    s, sleeps = _sdk()
    await s._api.call("users_me", dict)
    assert len(sleeps) == 2 and all(0 < x <= 8.5 for x in sleeps)


@respx.mock
async def test_retries_exhausted_raises_last_error() -> None:
    route = respx.get(f"{API}/users/me").respond(503)
    s, sleeps = _sdk(max_retries=2)
    with pytest.raises(APIStatusError) as e:
        await s._api.call("users_me", dict)
    assert route.call_count == 3 and len(sleeps) == 2 and e.value.status == 503


@respx.mock
async def test_max_retries_zero_via_with_options() -> None:
    route = respx.get(f"{API}/users/me").respond(503)
    s, _ = _sdk()
    with pytest.raises(APIStatusError):
        await s.with_options(max_retries=0)._api.call("users_me", dict)
    assert route.call_count == 1


@respx.mock
async def test_no_retry_of_post_after_read_timeout() -> None:
    route = respx.post(f"{API}/users").mock(side_effect=httpx.ReadTimeout("read timed out"))
    s, sleeps = _sdk()
    with pytest.raises(APITimeoutError) as e:
        await s._api.call("users_create", dict)
    assert route.call_count == 1 and sleeps == []
    assert isinstance(e.value.__cause__, httpx.ReadTimeout)
    assert e.value.request is not None


@respx.mock
@pytest.mark.parametrize("exc", [httpx.RemoteProtocolError("server disconnected"), httpx.ReadError("reset")])
async def test_no_retry_of_patch_after_response_lost(exc: Exception) -> None:
    route = respx.patch(f"{API}/users/u1").mock(side_effect=exc)
    s, _ = _sdk()
    with pytest.raises(APIConnectionError):
        await s._api.call("users_update", dict, user_id="u1")
    assert route.call_count == 1


@respx.mock
@pytest.mark.parametrize("exc", [httpx.ConnectError("refused"), httpx.ConnectTimeout("connect"),
                                 httpx.PoolTimeout("pool")])
async def test_post_retried_when_it_never_left(exc: Exception) -> None:
    route = respx.post(f"{API}/users").mock(side_effect=[exc, httpx.Response(201, json=ME)])
    s, sleeps = _sdk()
    assert await s._api.call("users_create", dict) == ME
    assert route.call_count == 2 and len(sleeps) == 1


@respx.mock
@pytest.mark.parametrize("method,op,url", [("GET", "users_me", "/users/me"), ("DELETE", "users_delete", "/users/u1"),
                                           ("PUT", "teams_update", "/teams/t1")])
async def test_idempotent_methods_retried_on_read_errors(method: str, op: str, url: str) -> None:
    route = respx.route(method=method, url=f"{API}{url}").mock(
        side_effect=[httpx.ReadTimeout("t"), httpx.ReadError("r"), httpx.Response(200, json=ME)])
    s, sleeps = _sdk()
    params = {"user_id": "u1"} if op == "users_delete" else ({"team_id": "t1"} if op == "teams_update" else {})
    await s._api.call(op, dict, **params)
    assert route.call_count == 3 and len(sleeps) == 2


@respx.mock
async def test_known_errors_are_not_retried() -> None:
    from .conftest import known_error
    route = respx.get(f"{API}/users/u1").respond(**known_error("USER_NOT_FOUND", 404))
    s, sleeps = _sdk()
    with pytest.raises(APIStatusError):
        await s._api.call("users_get", dict, user_id="u1")
    assert route.call_count == 1 and sleeps == []


def test_policy_table() -> None:
    p = RetryPolicy()
    assert p.retry_on_exception("POST", httpx.ConnectError("x"))
    assert not p.retry_on_exception("POST", httpx.ReadTimeout("x"))
    assert not p.retry_on_exception("PATCH", httpx.WriteError("x"))
    assert p.retry_on_exception("GET", httpx.ReadTimeout("x"))
    assert p.retry_on_exception("OPTIONS", httpx.RemoteProtocolError("x"))
    assert not p.retry_on_status("GET", 500)
    assert not p.retry_on_status("GET", 404)
    assert p.retry_on_status("HEAD", 502)
    assert p.retry_after(httpx.Response(429, headers={"retry-after-ms": "250"})) == 0.25
    assert p.retry_after(httpx.Response(429, headers={"retry-after": "soon"})) is None
    assert p.retry_after(httpx.Response(429, headers={"retry-after": "-5"})) == 0.0
    backoffs = [p.backoff(i) for i in range(6)]
    assert all(0 < b <= p.backoff_max + p.backoff_initial for b in backoffs)
    assert backoffs[3] > backoffs[0]  # grows
