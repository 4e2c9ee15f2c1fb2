"""s.team_member_profiles: GET /team-member-profiles, GET|PATCH /team-member-profiles/{team_id}/{user_id|me}."""

from __future__ import annotations

from typing import Any

import pytest
import respx

from stack_sdk import StackSDK
from stack_sdk.errors import TeamMembershipNotFound
from stack_sdk.types import TeamMemberProfile, User

from .conftest import API, SERVER_USER, TEAM_ID, USER_ID, body_of, known_error

# Real shapes (recordings: team-member-profiles:*): client items have user_id only, server ones embed the user.
CLIENT_PROFILE: dict[str, Any] = {"display_name": "Probe Me", "profile_image_url": None, "team_id": TEAM_ID,
                                  "user_id": USER_ID}
SERVER_PROFILE: dict[str, Any] = CLIENT_PROFILE | {"user": SERVER_USER}


@respx.mock
async def test_list_a_team_with_server_access_embeds_users(server: StackSDK) -> None:
    route = respx.get(f"{API}/team-member-profiles").respond(json={"is_paginated": False, "items": [SERVER_PROFILE]})
    page = await server.team_member_profiles.list(team_id=TEAM_ID)
    assert dict(route.calls.last.request.url.params) == {"team_id": TEAM_ID}
    p = page.items[0]
    assert isinstance(p, TeamMemberProfile) and p.display_name == "Probe Me"
    assert isinstance(p.user, User) and p.user.primary_email == "ada@example.com"
    assert page.next_cursor is None


@respx.mock
async def test_list_client_items_and_both_filters(client: StackSDK) -> None:
    route = respx.get(f"{API}/team-member-profiles").respond(json={"is_paginated": False, "items": [CLIENT_PROFILE]})
    got = [p.user_id async for p in client.team_member_profiles.list(team_id=TEAM_ID, user_id="me")]
    assert dict(route.calls.last.request.url.params) == {"team_id": TEAM_ID, "user_id": "me"} and got == [USER_ID]


@pytest.mark.parametrize(("kw", "match"), [({}, "pass team_id="), ({"team_id": ""}, "team_id"), ({"user_id": 3}, "user_id")])
def test_list_rejects_bad_filters(
    server: StackSDK, respx_mock: respx.MockRouter, kw: dict[str, Any], match: str
) -> None:
    with pytest.raises(ValueError, match=match):
        server.team_member_profiles.list(**kw)
    assert not respx_mock.calls


@respx.mock
async def test_get_defaults_to_me(client: StackSDK) -> None:
    route = respx.get(f"{API}/team-member-profiles/{TEAM_ID}/me").respond(json=CLIENT_PROFILE)
    p = await client.team_member_profiles.get(TEAM_ID)
    assert route.called and "x-stack-access-token" in route.calls.last.request.headers
    assert isinstance(p, TeamMemberProfile) and p.user_id == USER_ID and p.display_name == "Probe Me"
    assert not isinstance(p.user, User)  # client items carry no embedded user


@respx.mock
async def test_get_a_member_with_server_access(server: StackSDK) -> None:
    respx.get(f"{API}/team-member-profiles/{TEAM_ID}/{USER_ID}").respond(json=SERVER_PROFILE)
    p = await server.team_member_profiles.get(TEAM_ID, USER_ID)
    assert isinstance(p.user, User) and p.user.id == USER_ID


@respx.mock
async def test_get_a_non_member_raises(server: StackSDK) -> None:
    respx.get(f"{API}/team-member-profiles/{TEAM_ID}/{USER_ID}").mock(
        return_value=known_error("TEAM_MEMBERSHIP_NOT_FOUND", 404, details={"team_id": TEAM_ID, "user_id": USER_ID})
    )
    with pytest.raises(TeamMembershipNotFound):
        await server.team_member_profiles.get(TEAM_ID, USER_ID)


async def test_get_rejects_bad_ids(server: StackSDK, respx_mock: respx.MockRouter) -> None:
    with pytest.raises(ValueError, match="team_id"):
        await server.team_member_profiles.get("")
    with pytest.raises(ValueError, match="user_id"):
        await server.team_member_profiles.get(TEAM_ID, "")
    assert not respx_mock.calls


@respx.mock
async def test_update_sends_only_given_fields(server: StackSDK) -> None:
    route = respx.patch(f"{API}/team-member-profiles/{TEAM_ID}/{USER_ID}").respond(
        json=SERVER_PROFILE | {"display_name": "Probe Member"}
    )
    p = await server.team_member_profiles.update(TEAM_ID, USER_ID, display_name="Probe Member")
    assert body_of(route.calls.last.request) == {"display_name": "Probe Member"}
    assert p.display_name == "Probe Member"


@respx.mock
async def test_update_me_with_null(client: StackSDK) -> None:
    route = respx.patch(f"{API}/team-member-profiles/{TEAM_ID}/me").respond(json=CLIENT_PROFILE)
    await client.team_member_profiles.update(TEAM_ID, profile_image_url=None)
    assert body_of(route.calls.last.request) == {"profile_image_url": None}


async def test_update_rejects_bad_fields(server: StackSDK, respx_mock: respx.MockRouter) -> None:
    with pytest.raises(TypeError, match="display_name must be a string or None"):
        await server.team_member_profiles.update(TEAM_ID, display_name=42)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="team_id"):
        await server.team_member_profiles.update("", display_name="x")
    assert not respx_mock.calls
