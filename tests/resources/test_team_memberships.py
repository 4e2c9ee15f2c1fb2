"""s.team_memberships: POST|DELETE /team-memberships/{team_id}/{user_id} (add, remove, leave)."""

from __future__ import annotations

import pytest
import respx

from stack_sdk import StackSDK
from stack_sdk.errors import AccessTypeError, KnownError, TeamMembershipNotFound, TeamNotFound
from stack_sdk.types import TeamMembership

from .conftest import API, TEAM_ID, USER_ID, body_of, known_error


@respx.mock
async def test_add_sends_an_empty_object_and_parses_201(server: StackSDK) -> None:
    route = respx.post(f"{API}/team-memberships/{TEAM_ID}/{USER_ID}").respond(
        201, json={"team_id": TEAM_ID, "user_id": USER_ID}
    )
    m = await server.team_memberships.add(TEAM_ID, USER_ID)
    assert body_of(route.calls.last.request) == {}  # the backend rejects a missing body
    assert route.calls.last.request.headers["content-type"] == "application/json"
    assert isinstance(m, TeamMembership) and (m.team_id, m.user_id) == (TEAM_ID, USER_ID)


@respx.mock
async def test_add_twice_raises_already_exists(server: StackSDK) -> None:
    respx.post(f"{API}/team-memberships/{TEAM_ID}/{USER_ID}").mock(
        return_value=known_error("TEAM_MEMBERSHIP_ALREADY_EXISTS", 409)
    )
    with pytest.raises(KnownError) as info:
        await server.team_memberships.add(TEAM_ID, USER_ID)
    assert info.value.code == "TEAM_MEMBERSHIP_ALREADY_EXISTS" and info.value.status == 409


@respx.mock
async def test_add_to_an_unknown_team_raises(server: StackSDK) -> None:
    respx.post(f"{API}/team-memberships/{TEAM_ID}/{USER_ID}").mock(
        return_value=known_error("TEAM_NOT_FOUND", 404, details={"team_id": TEAM_ID})
    )
    with pytest.raises(TeamNotFound) as info:
        await server.team_memberships.add(TEAM_ID, USER_ID)
    assert info.value.details == {"team_id": TEAM_ID}


async def test_add_bad_input_and_client_access(
    server: StackSDK, client: StackSDK, respx_mock: respx.MockRouter
) -> None:
    with pytest.raises(ValueError, match="team_id"):
        await server.team_memberships.add("", USER_ID)
    with pytest.raises(ValueError, match="user_id"):
        await server.team_memberships.add(TEAM_ID, None)  # type: ignore[arg-type]
    with pytest.raises(AccessTypeError, match="server"):
        await client.team_memberships.add(TEAM_ID, USER_ID)
    assert not respx_mock.calls


@respx.mock
async def test_remove(server: StackSDK) -> None:
    route = respx.delete(f"{API}/team-memberships/{TEAM_ID}/{USER_ID}").respond(json={"success": True})
    assert await server.team_memberships.remove(TEAM_ID, USER_ID) is None
    assert route.call_count == 1


@respx.mock
async def test_remove_a_non_member_raises(server: StackSDK) -> None:
    respx.delete(f"{API}/team-memberships/{TEAM_ID}/{USER_ID}").mock(
        return_value=known_error("TEAM_MEMBERSHIP_NOT_FOUND", 404, details={"team_id": TEAM_ID, "user_id": USER_ID})
    )
    with pytest.raises(TeamMembershipNotFound):
        await server.team_memberships.remove(TEAM_ID, USER_ID)


@respx.mock
async def test_leave_removes_me_with_the_user_tokens(client: StackSDK) -> None:
    route = respx.delete(f"{API}/team-memberships/{TEAM_ID}/me").respond(json={"success": True})
    assert await client.team_memberships.leave(TEAM_ID) is None
    assert route.called and "x-stack-access-token" in route.calls.last.request.headers


async def test_remove_and_leave_reject_bad_ids(client: StackSDK, respx_mock: respx.MockRouter) -> None:
    with pytest.raises(ValueError, match="team_id"):
        await client.team_memberships.leave("")
    with pytest.raises(ValueError, match="user_id"):
        await client.team_memberships.remove(TEAM_ID, "")
    assert not respx_mock.calls
