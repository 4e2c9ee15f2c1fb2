"""s.teams: /teams (list, get, create, update, delete), team API-key lookup, members via /users?team_id=."""

from __future__ import annotations

from typing import Any

import pytest
import respx

from stack_sdk import StackSDK
from stack_sdk.errors import AccessTypeError, KnownError, TeamNotFound
from stack_sdk.types import Team, User

from .conftest import API, SERVER_TEAM, SERVER_USER, TEAM_ID, USER_ID, body_of, known_error

OTHER_TEAM = "0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6"
SECRET_KEY = "stack_team_9f8e7d6c_SECRETVALUE"
# Real client shape (recordings: teams:get:client-member): no server metadata, no created_at.
CLIENT_TEAM: dict[str, Any] = {
    "client_metadata": None, "client_read_only_metadata": None, "display_name": "Team A", "id": TEAM_ID,
    "profile_image_url": None,
}
TEAM_KEY: dict[str, Any] = {
    "created_at_millis": 1795466265917, "description": "probe team key", "id": "k3", "is_public": False,
    "team_id": TEAM_ID, "type": "team", "value": {"last_four": "218d"},
}


# -- list / get -------------------------------------------------------------------------------------


@respx.mock
async def test_list_all_teams(server: StackSDK) -> None:
    route = respx.get(f"{API}/teams").respond(json={"is_paginated": False, "items": [SERVER_TEAM]})
    page = await server.teams.list()
    assert route.calls.last.request.url.query == b""
    assert isinstance(page.items[0], Team) and page.items[0].created_at_millis == 1795466258603
    assert page.next_cursor is None


@respx.mock
async def test_list_my_teams_with_client_access(client: StackSDK) -> None:
    route = respx.get(f"{API}/teams").respond(json={"is_paginated": False, "items": [CLIENT_TEAM]})
    names = [t.display_name async for t in client.teams.list(user_id="me")]
    assert dict(route.calls.last.request.url.params) == {"user_id": "me"}
    assert names == ["Team A"] and "x-stack-access-token" in route.calls.last.request.headers


def test_list_rejects_an_empty_user_id(server: StackSDK, respx_mock: respx.MockRouter) -> None:
    with pytest.raises(ValueError, match="user_id"):
        server.teams.list(user_id="")
    assert not respx_mock.calls


@respx.mock
async def test_get(client: StackSDK) -> None:
    route = respx.get(f"{API}/teams/{TEAM_ID}").respond(json=CLIENT_TEAM)
    team = await client.teams.get(TEAM_ID)
    assert route.called and isinstance(team, Team) and team.display_name == "Team A"


@respx.mock
async def test_get_unknown_team_is_none(server: StackSDK) -> None:
    respx.get(f"{API}/teams/{OTHER_TEAM}").mock(
        return_value=known_error("TEAM_NOT_FOUND", 404, details={"team_id": OTHER_TEAM})
    )
    assert await server.teams.get(OTHER_TEAM) is None


@respx.mock
async def test_get_other_errors_raise(client: StackSDK) -> None:
    respx.get(f"{API}/teams/{TEAM_ID}").mock(return_value=known_error("TEAM_PERMISSION_REQUIRED", 401))
    with pytest.raises(KnownError) as info:
        await client.teams.get(TEAM_ID)
    assert info.value.code == "TEAM_PERMISSION_REQUIRED"


async def test_get_rejects_a_missing_id(server: StackSDK, respx_mock: respx.MockRouter) -> None:
    with pytest.raises(ValueError, match="team_id"):
        await server.teams.get(None)  # type: ignore[arg-type]
    assert not respx_mock.calls


# -- get_by_api_key ---------------------------------------------------------------------------------


@respx.mock
async def test_get_by_api_key_checks_then_fetches_the_team(server: StackSDK) -> None:
    check = respx.post(f"{API}/team-api-keys/check").respond(json=TEAM_KEY)
    get = respx.get(f"{API}/teams/{TEAM_ID}").respond(json=SERVER_TEAM)
    team = await server.teams.get_by_api_key(SECRET_KEY)
    assert body_of(check.calls.last.request) == {"api_key": SECRET_KEY}
    assert get.called and team is not None and team.id == TEAM_ID


@pytest.mark.parametrize(
    ("code", "status", "details"),
    [
        ("API_KEY_NOT_FOUND", 404, None),
        ("API_KEY_REVOKED", 401, None),
        ("API_KEY_EXPIRED", 401, None),
        ("WRONG_API_KEY_TYPE", 400, {"expected_type": "team", "actual_type": "user"}),
    ],
)
@respx.mock
async def test_get_by_api_key_invalid_key_is_none(
    server: StackSDK, code: str, status: int, details: dict[str, Any] | None
) -> None:
    respx.post(f"{API}/team-api-keys/check").mock(return_value=known_error(code, status, details=details))
    get = respx.get(f"{API}/teams/{TEAM_ID}")
    assert await server.teams.get_by_api_key(SECRET_KEY) is None
    assert not get.called


async def test_get_by_api_key_bad_input_and_access(
    server: StackSDK, client: StackSDK, respx_mock: respx.MockRouter
) -> None:
    with pytest.raises(ValueError, match="api_key must be a non-empty string"):
        await server.teams.get_by_api_key("")
    with pytest.raises(AccessTypeError, match="server"):
        await client.teams.get_by_api_key(SECRET_KEY)
    assert not respx_mock.calls


# -- create / update / delete -----------------------------------------------------------------------


@respx.mock
async def test_create_sends_fields_and_parses_201(server: StackSDK) -> None:
    route = respx.post(f"{API}/teams").respond(
        201, json=SERVER_TEAM | {"display_name": "probe team", "server_metadata": "vip"}
    )
    team = await server.teams.create(
        display_name="probe team", creator_user_id=USER_ID, server_metadata="vip", client_metadata=None
    )
    assert body_of(route.calls.last.request) == {
        "display_name": "probe team", "creator_user_id": USER_ID, "server_metadata": "vip", "client_metadata": None,
    }
    assert isinstance(team, Team) and team.server_metadata == "vip"


@respx.mock
async def test_create_as_the_signed_in_user(client: StackSDK) -> None:
    route = respx.post(f"{API}/teams").respond(201, json=CLIENT_TEAM)
    await client.teams.create(display_name="x", creator_user_id="me", profile_image_url="https://img.example/t.png")
    assert body_of(route.calls.last.request) == {
        "display_name": "x", "creator_user_id": "me", "profile_image_url": "https://img.example/t.png",
    }


@respx.mock
async def test_update_sends_only_given_fields_and_null(server: StackSDK) -> None:
    route = respx.patch(f"{API}/teams/{TEAM_ID}").respond(
        json=SERVER_TEAM | {"client_metadata": {"plan": "pro", "seats": 10}}
    )
    team = await server.teams.update(TEAM_ID, client_metadata={"plan": "pro", "seats": 10}, profile_image_url=None)
    assert body_of(route.calls.last.request) == {"client_metadata": {"plan": "pro", "seats": 10}, "profile_image_url": None}
    assert team.client_metadata == {"plan": "pro", "seats": 10}


@respx.mock
async def test_update_every_field(server: StackSDK) -> None:
    route = respx.patch(f"{API}/teams/{TEAM_ID}").respond(json=SERVER_TEAM)
    await server.teams.update(
        TEAM_ID, display_name="B", profile_image_url="u", client_metadata=1, client_read_only_metadata=[True],
        server_metadata=None,
    )
    assert body_of(route.calls.last.request) == {
        "display_name": "B", "profile_image_url": "u", "client_metadata": 1, "client_read_only_metadata": [True],
        "server_metadata": None,
    }


@respx.mock
async def test_update_unknown_team_raises(server: StackSDK) -> None:
    respx.patch(f"{API}/teams/{OTHER_TEAM}").mock(return_value=known_error("TEAM_NOT_FOUND", 404))
    with pytest.raises(TeamNotFound):
        await server.teams.update(OTHER_TEAM, display_name="x")


@pytest.mark.parametrize(
    ("call", "exc", "match"),
    [
        (lambda s: s.teams.create(display_name=""), ValueError, "display_name must be a non-empty string"),
        (lambda s: s.teams.create(display_name="x", creator_user_id=""), ValueError, "creator_user_id"),
        (lambda s: s.teams.create(display_name="x", server_metadata={1j}), TypeError, "server_metadata must be a JSON"),
        (lambda s: s.teams.update(TEAM_ID, display_name=None), ValueError, "display_name must be a non-empty"),
        (lambda s: s.teams.update(TEAM_ID, profile_image_url=3), TypeError, "profile_image_url must be a string"),
        (lambda s: s.teams.update(TEAM_ID, client_metadata=float("inf")), ValueError, "client_metadata must be a JSON"),
        (lambda s: s.teams.update("", display_name="x"), ValueError, "team_id"),
        (lambda s: s.teams.delete(""), ValueError, "team_id"),
    ],
)
async def test_writes_reject_bad_input_before_any_request(
    server: StackSDK, respx_mock: respx.MockRouter, call: Any, exc: type[Exception], match: str
) -> None:
    with pytest.raises(exc, match=match):
        await call(server)
    assert not respx_mock.calls


@respx.mock
async def test_delete(client: StackSDK) -> None:
    route = respx.delete(f"{API}/teams/{TEAM_ID}").respond(json={"success": True})
    assert await client.teams.delete(TEAM_ID) is None
    assert route.call_count == 1 and "x-stack-access-token" in route.calls.last.request.headers


# -- list_users -------------------------------------------------------------------------------------


@respx.mock
async def test_list_users_is_the_users_list_of_one_team(server: StackSDK) -> None:
    route = respx.get(f"{API}/users").respond(
        json={"is_paginated": True, "items": [SERVER_USER], "pagination": {"next_cursor": None}}
    )
    page = await server.teams.list_users(TEAM_ID, limit=10, query="ada")
    assert dict(route.calls.last.request.url.params) == {"team_id": TEAM_ID, "limit": "10", "query": "ada"}
    assert isinstance(page.items[0], User) and page.items[0].id == USER_ID


def test_list_users_rejects_a_missing_team(server: StackSDK, respx_mock: respx.MockRouter) -> None:
    with pytest.raises(ValueError, match="team_id"):
        server.teams.list_users("")
    assert not respx_mock.calls
