"""Header injection per access type, exactly per protocol §2.2 (respx, wire level)."""

from __future__ import annotations

import json

import httpx
import pytest
import respx

from stack_sdk import __version__

from .conftest import API, PCK, PROJECT, SAK, SSK, make_sdk

ME = {"id": "u1"}


@respx.mock
async def test_server_headers() -> None:
    route = respx.get(f"{API}/users/me").respond(json=ME)
    async with make_sdk("server", branch_id="dev") as s:
        await s._api.call("users_me", dict)
    h = route.calls.last.request.headers
    assert h["x-stack-project-id"] == PROJECT
    assert h["x-stack-access-type"] == "server"
    assert h["x-stack-secret-server-key"] == SSK
    assert h["x-stack-client-version"] == f"python@{__version__}"
    assert h["x-stack-allow-anonymous-user"] == "true"
    assert h["x-stack-override-error-status"] == "true"
    assert h["x-stack-branch-id"] == "dev"
    assert "x-stack-publishable-client-key" not in h
    assert "x-stack-super-secret-admin-key" not in h
    assert "x-stack-access-token" not in h


@respx.mock
async def test_client_headers_carry_only_the_publishable_key() -> None:
    route = respx.get(f"{API}/users/me").respond(json=ME)
    async with make_sdk("client") as s:
        await s._api.call("users_me", dict)
    h = route.calls.last.request.headers
    assert h["x-stack-access-type"] == "client"
    assert h["x-stack-publishable-client-key"] == PCK
    assert "x-stack-secret-server-key" not in h
    assert "x-stack-branch-id" not in h


@respx.mock
async def test_client_without_publishable_key_omits_the_header() -> None:
    from stack_sdk import StackSDK

    route = respx.get(f"{API}/users/me").respond(json=ME)
    from .conftest import OPS
    async with StackSDK(PROJECT, base_url="https://api.example.test", environ={}, _operations=OPS) as s:
        await s._api.call("users_me", dict)
    assert "x-stack-publishable-client-key" not in route.calls.last.request.headers


@respx.mock
async def test_admin_headers() -> None:
    route = respx.get(f"{API}/internal/config").respond(json={})
    async with make_sdk("admin") as s:
        await s._api.call("internal_config", dict)
    h = route.calls.last.request.headers
    assert h["x-stack-access-type"] == "admin"
    assert h["x-stack-super-secret-admin-key"] == SAK
    assert "x-stack-secret-server-key" not in h


@respx.mock
async def test_nonce_is_fresh_per_request() -> None:
    route = respx.get(f"{API}/users/me").respond(json=ME)
    async with make_sdk() as s:
        for _ in range(3):
            await s._api.call("users_me", dict)
    nonces = [c.request.headers["x-stack-random-nonce"] for c in route.calls]
    assert len(set(nonces)) == 3 and all(len(n) >= 16 for n in nonces)


@respx.mock
async def test_nonce_is_fresh_per_retry_attempt() -> None:
    route = respx.get(f"{API}/users/me").mock(side_effect=[httpx.Response(503), httpx.Response(200, json=ME)])
    async with make_sdk() as s:
        await s._api.call("users_me", dict)
    a, b = (c.request.headers["x-stack-random-nonce"] for c in route.calls)
    assert a != b


@respx.mock
@pytest.mark.parametrize(("op", "method", "path"), [("users_create", "POST", "/users"),
                                                    ("users_update", "PATCH", "/users/u1"),
                                                    ("teams_update", "PUT", "/teams/t1")])
async def test_empty_json_body_on_body_methods(op: str, method: str, path: str) -> None:
    route = respx.route(method=method, url=f"{API}{path}").respond(json={})
    params = {"user_id": "u1"} if "{user_id}" in path or op == "users_update" else {}
    if op == "teams_update":
        params = {"team_id": "t1"}
    async with make_sdk() as s:
        await s._api.call(op, dict, **params)
    req = route.calls.last.request
    assert req.headers["content-type"] == "application/json"
    assert json.loads(req.content) == {}


@respx.mock
async def test_get_has_no_body() -> None:
    route = respx.get(f"{API}/users/me").respond(json=ME)
    async with make_sdk() as s:
        await s._api.call("users_me", dict)
    assert route.calls.last.request.content == b""


@respx.mock
async def test_extra_headers_and_with_options_view() -> None:
    route = respx.get(f"{API}/users/me").respond(json=ME)
    async with make_sdk(extra_headers={"x-trace": "1"}) as s:
        await s.with_options(extra_headers={"x-more": "2"})._api.call("users_me", dict)
    h = route.calls.last.request.headers
    assert h["x-trace"] == "1" and h["x-more"] == "2"


@respx.mock
async def test_path_params_are_percent_encoded() -> None:
    route = respx.get(url__regex=r".*/users/.*").respond(json=ME)
    async with make_sdk() as s:
        await s._api.call("users_get", dict, user_id="a/b c")
    assert route.calls.last.request.url.raw_path == b"/api/v1/users/a%2Fb%20c"
