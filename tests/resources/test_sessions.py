"""s.sessions: POST/GET /auth/sessions, DELETE /auth/sessions/{id}, POST /auth/sessions/current/refresh."""

from __future__ import annotations

from typing import Any

import pytest
import respx

from stack_sdk import MemoryTokenStore, StackSDK, TokenPair
from stack_sdk.errors import AccessTypeError, KnownError, UserNotSignedIn
from stack_sdk.types import Session

from .conftest import API, USER_ID, body_of, known_error

SESSION_ID = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
ACCESS = "eyJhbGciOiJFUzI1NiJ9.e30.server-made-access"
REFRESH = "rt_server_made_refresh_secret"


# -- create -----------------------------------------------------------------------------------------


@respx.mock
async def test_create_defaults_to_one_year_and_returns_a_token_pair(server: StackSDK) -> None:
    route = respx.post(f"{API}/auth/sessions").respond(json={"access_token": ACCESS, "refresh_token": REFRESH})
    tokens = await server.sessions.create(USER_ID)
    assert body_of(route.calls.last.request) == {
        "user_id": USER_ID, "expires_in_millis": 31536000000, "is_impersonation": False,
    }
    assert tokens == TokenPair(access_token=ACCESS, refresh_token=REFRESH)
    assert ACCESS not in repr(tokens) and REFRESH not in repr(tokens)


@respx.mock
async def test_create_impersonation_with_expiry(server: StackSDK) -> None:
    route = respx.post(f"{API}/auth/sessions").respond(json={"access_token": ACCESS, "refresh_token": REFRESH})
    await server.sessions.create(USER_ID, expires_in_millis=3600000, is_impersonation=True)
    assert body_of(route.calls.last.request) == {
        "user_id": USER_ID, "expires_in_millis": 3600000, "is_impersonation": True,
    }


@respx.mock
async def test_create_unknown_user_raises(server: StackSDK) -> None:
    respx.post(f"{API}/auth/sessions").mock(
        return_value=known_error("USER_ID_DOES_NOT_EXIST", 400, details={"user_id": USER_ID})
    )
    with pytest.raises(KnownError) as info:
        await server.sessions.create(USER_ID)
    assert info.value.code == "USER_ID_DOES_NOT_EXIST"


async def test_create_is_server_only(client: StackSDK) -> None:
    with pytest.raises(AccessTypeError, match="server"):
        await client.sessions.create(USER_ID)


@pytest.mark.parametrize(
    ("kwargs", "exc", "fragment"),
    [
        ({"user_id": ""}, ValueError, "user_id"),
        ({"user_id": USER_ID, "expires_in_millis": 0}, ValueError, "expires_in_millis"),
        ({"user_id": USER_ID, "expires_in_millis": True}, ValueError, "expires_in_millis"),
        ({"user_id": USER_ID, "is_impersonation": "no"}, TypeError, "is_impersonation"),
    ],
)
async def test_create_rejects_bad_arguments(
    server: StackSDK, kwargs: dict[str, Any], exc: type[Exception], fragment: str
) -> None:
    with respx.mock(assert_all_called=False) as mock, pytest.raises(exc, match=fragment):
        await server.sessions.create(**kwargs)
    assert not mock.calls


# -- list / revoke ----------------------------------------------------------------------------------


@respx.mock
async def test_list(client: StackSDK) -> None:
    # Real answer (recordings: sessions:list:client); last_used_at_end_user_ip_info is absent when unknown.
    items = [
        {"created_at": 1795466258974, "id": SESSION_ID, "is_current_session": True, "is_impersonation": False,
         "last_used_at": 1795466258985, "user_id": USER_ID},
        {"created_at": 1795466258705, "id": "other", "is_current_session": False, "is_impersonation": False,
         "last_used_at": 1795466261510, "user_id": USER_ID},
    ]
    route = respx.get(f"{API}/auth/sessions").respond(json={"is_paginated": False, "items": items})
    page = await client.sessions.list("me")
    assert dict(route.calls.last.request.url.params) == {"user_id": "me"}
    assert isinstance(page.items[0], Session)
    assert [(x.id, x.is_current_session, x.created_at) for x in page] == [
        (SESSION_ID, True, 1795466258974), ("other", False, 1795466258705),
    ]


def test_list_needs_a_user(server: StackSDK) -> None:
    with pytest.raises(ValueError, match="user_id"):
        server.sessions.list("")


@respx.mock
async def test_revoke_sends_user_id_query(server: StackSDK) -> None:
    route = respx.delete(f"{API}/auth/sessions/{SESSION_ID}").respond(json={"success": True})
    assert await server.sessions.revoke(SESSION_ID, user_id=USER_ID) is None
    assert dict(route.calls.last.request.url.params) == {"user_id": USER_ID}


@respx.mock
async def test_revoke_current_session_raises(client: StackSDK) -> None:
    respx.delete(f"{API}/auth/sessions/{SESSION_ID}").mock(return_value=known_error("CANNOT_DELETE_CURRENT_SESSION", 400))
    with pytest.raises(KnownError) as info:
        await client.sessions.revoke(SESSION_ID, user_id="me")
    assert info.value.code == "CANNOT_DELETE_CURRENT_SESSION"


async def test_revoke_rejects_bad_ids(server: StackSDK) -> None:
    with pytest.raises(ValueError, match="session_id"):
        await server.sessions.revoke("", user_id=USER_ID)
    with pytest.raises(ValueError, match="user_id"):
        await server.sessions.revoke(SESSION_ID, user_id="")


# -- refresh ----------------------------------------------------------------------------------------


@respx.mock
async def test_refresh_stores_and_returns_the_new_access_token(server: StackSDK) -> None:
    store = MemoryTokenStore("eyJhbGciOiJFUzI1NiJ9.e30.old", "rt")
    route = respx.post(f"{API}/auth/sessions/current/refresh").respond(json={"access_token": "eyJ.new.token"})
    tokens = await server.as_user(store).sessions.refresh()
    assert route.calls.last.request.headers["x-stack-refresh-token"] == "rt"
    assert tokens == TokenPair(access_token="eyJ.new.token", refresh_token="rt")
    assert await store.get_tokens() == ("eyJ.new.token", "rt")


@respx.mock
async def test_refresh_dead_refresh_token_raises(client: StackSDK) -> None:
    respx.post(f"{API}/auth/sessions/current/refresh").mock(
        return_value=known_error("REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED", 401)
    )
    with pytest.raises(KnownError) as info:
        await client.sessions.refresh()
    assert info.value.code == "REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED"


async def test_refresh_without_tokens_raises_before_any_request(server: StackSDK) -> None:
    with respx.mock(assert_all_called=False) as mock, pytest.raises(UserNotSignedIn, match="as_user"):
        await server.sessions.refresh()
    with pytest.raises(UserNotSignedIn):
        await server.as_user(MemoryTokenStore("eyJ.a.b", None)).sessions.refresh()
    assert not mock.calls
