from __future__ import annotations

import logging

import httpx
import pytest
import respx

from stack_sdk._tokens import TokenPair
from stack_sdk.errors import APIStatusError

from .conftest import API, SSK, jwt, known_error, make_sdk

ME = {"id": "u1"}


@respx.mock
async def test_log_lines_have_method_path_status_attempt_and_no_secrets(caplog: pytest.LogCaptureFixture) -> None:
    at, rt = jwt(600), "refresh-token-SECRET"
    respx.get(f"{API}/users/me").mock(side_effect=[httpx.Response(503), httpx.Response(200, json=ME,
                                                                     headers={"x-stack-request-id": "rid42"})])
    respx.get(f"{API}/users/u1").respond(**known_error("USER_NOT_FOUND", 404))
    caplog.set_level(logging.DEBUG, logger="stack_sdk")
    async with make_sdk() as s:
        view = s.as_user(TokenPair(at, rt))
        await view._api.call("users_me", dict)
        with pytest.raises(APIStatusError) as e:
            await view._api.call("users_get", dict, user_id="u1")
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "GET /api/v1/users/me -> 200 (attempt 2, request id rid42" in text
    assert "status 503; retry 1 of 3" in text
    for secret in (SSK, at, rt):
        assert secret not in text
        assert secret not in str(e.value) and secret not in repr(e.value)


@respx.mock
async def test_with_raw_response() -> None:
    respx.get(f"{API}/users/me").mock(side_effect=[httpx.Response(502), httpx.Response(
        200, json=ME, headers={"x-stack-request-id": "abc123"})])
    async with make_sdk() as s:

        async def me() -> dict[str, str]:
            return await s._api.call("users_me", dict)

        raw = await s.with_raw_response(me)
    assert raw.parsed == ME
    assert raw.status_code == 200 and raw.request_id == "abc123" and raw.retries_taken == 1
    assert raw.headers["x-stack-request-id"] == "abc123"


async def test_with_raw_response_needs_a_request() -> None:
    from stack_sdk.errors import StackError

    async def nothing() -> int:
        return 1

    async with make_sdk() as s:
        with pytest.raises(StackError, match="no HTTP request"):
            await s.with_raw_response(nothing)


async def test_views_share_the_pool_and_only_the_owner_closes_it() -> None:
    s = make_sdk()
    view = s.with_options(timeout=1.5)
    assert view._api.http is s._api.http
    assert view._api.options.timeout.read == 1.5
    await view.aclose()
    assert not s._api.http.is_closed
    await s.aclose()
    assert s._api.http.is_closed


async def test_caller_owned_http_client_is_not_closed() -> None:
    http = httpx.AsyncClient()
    async with make_sdk(http_client=http) as s:
        assert s._api.http is http
    assert not http.is_closed
    await http.aclose()
