"""s.permissions: list/has/get over /team-permissions and /project-permissions, grant/revoke, definitions."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import respx

from stack_sdk import StackSDK
from stack_sdk.errors import AccessTypeError, KnownError
from stack_sdk.types import PermissionDefinition, ProjectPermission, TeamPermission

from .conftest import API, BASE, PROJECT, TEAM_ID, USER_ID, body_of, known_error

SAK = "sak_SUPER_admin_key_value"


def team_perm(pid: str) -> dict[str, Any]:
    return {"id": pid, "team_id": TEAM_ID, "user_id": USER_ID}


@pytest.fixture
async def admin() -> AsyncIterator[StackSDK]:
    async with StackSDK(
        PROJECT, super_secret_admin_key=SAK, access_type="admin", base_url=BASE, environ={}, max_retries=0
    ) as s:
        yield s


# -- list -------------------------------------------------------------------------------------------


@respx.mock
async def test_list_team_sends_filters_and_parses_items(server: StackSDK) -> None:
    route = respx.get(f"{API}/team-permissions").respond(
        json={"is_paginated": False, "items": [team_perm("$invite_members"), team_perm("team_member")]}
    )
    page = await server.permissions.list_team(TEAM_ID, USER_ID)
    assert dict(route.calls.last.request.url.params) == {"team_id": TEAM_ID, "user_id": USER_ID, "recursive": "true"}
    assert [p.id for p in page] == ["$invite_members", "team_member"]
    assert isinstance(page.items[0], TeamPermission) and page.items[0].team_id == TEAM_ID
    assert page.next_cursor is None


@respx.mock
async def test_list_team_direct_only_and_permission_filter(server: StackSDK) -> None:
    route = respx.get(f"{API}/team-permissions").respond(json={"is_paginated": False, "items": []})
    await server.permissions.list_team(TEAM_ID, "me", recursive=False, permission_id="team_admin")
    assert dict(route.calls.last.request.url.params) == {
        "team_id": TEAM_ID, "user_id": "me", "recursive": "false", "permission_id": "team_admin",
    }


@respx.mock
async def test_list_project(server: StackSDK) -> None:
    route = respx.get(f"{API}/project-permissions").respond(
        json={"is_paginated": False, "items": [{"id": "reports:read", "user_id": USER_ID}]}
    )
    items = [p async for p in server.permissions.list_project(USER_ID, recursive=False)]
    assert dict(route.calls.last.request.url.params) == {"user_id": USER_ID, "recursive": "false"}
    assert len(items) == 1 and isinstance(items[0], ProjectPermission) and items[0].id == "reports:read"


@pytest.mark.parametrize(
    ("kwargs", "exc", "fragment"),
    [
        ({"team_id": ""}, ValueError, "team_id"),
        ({"team_id": TEAM_ID, "user_id": None}, ValueError, "user_id"),
        ({"team_id": TEAM_ID, "recursive": "false"}, TypeError, "recursive must be True or False"),
        ({"team_id": TEAM_ID, "permission_id": 3}, ValueError, "permission_id"),
    ],
)
def test_list_team_rejects_bad_arguments_before_any_request(
    server: StackSDK, kwargs: dict[str, Any], exc: type[Exception], fragment: str
) -> None:
    with respx.mock(assert_all_called=False) as mock:  # no route: any request would fail the test
        with pytest.raises(exc, match=fragment):
            server.permissions.list_team(**kwargs)
        assert not mock.calls


# -- get / has --------------------------------------------------------------------------------------


@respx.mock
async def test_get_team_permission_found(server: StackSDK) -> None:
    route = respx.get(f"{API}/team-permissions").respond(
        json={"is_paginated": False, "items": [team_perm("$read_members")]}
    )
    p = await server.permissions.get("$read_members", user_id=USER_ID, team_id=TEAM_ID)
    assert isinstance(p, TeamPermission) and p.id == "$read_members"
    params = route.calls.last.request.url.params
    assert params["permission_id"] == "$read_members" and params["recursive"] == "true"


@respx.mock
async def test_get_project_permission_absent_is_none(server: StackSDK) -> None:
    route = respx.get(f"{API}/project-permissions").respond(json={"is_paginated": False, "items": []})
    assert await server.permissions.get("reports:read", user_id=USER_ID) is None
    assert route.calls.last.request.url.params["permission_id"] == "reports:read"


@respx.mock
async def test_get_ignores_items_of_another_permission(server: StackSDK) -> None:
    # Only an exact id match counts, whatever the server's filter returned.
    respx.get(f"{API}/team-permissions").respond(json={"is_paginated": False, "items": [team_perm("team_member")]})
    assert await server.permissions.get("team_admin", user_id=USER_ID, team_id=TEAM_ID) is None


@respx.mock
async def test_has_true_false_and_direct(server: StackSDK) -> None:
    route = respx.get(f"{API}/team-permissions").mock(
        side_effect=[
            httpx.Response(200, json={"is_paginated": False, "items": [team_perm("$invite_members")]}),
            httpx.Response(200, json={"is_paginated": False, "items": []}),
        ]
    )
    assert await server.permissions.has("$invite_members", user_id=USER_ID, team_id=TEAM_ID) is True
    assert await server.permissions.has("$invite_members", user_id=USER_ID, team_id=TEAM_ID, recursive=False) is False
    assert route.calls[1].request.url.params["recursive"] == "false"


async def test_has_rejects_bad_ids(server: StackSDK) -> None:
    with pytest.raises(ValueError, match="permission_id"):
        await server.permissions.has("", user_id=USER_ID)
    with pytest.raises(ValueError, match="team_id"):
        await server.permissions.has("x", user_id=USER_ID, team_id="")


# -- grant / revoke ---------------------------------------------------------------------------------


@respx.mock
async def test_grant_team_permission(server: StackSDK) -> None:
    route = respx.post(f"{API}/team-permissions/{TEAM_ID}/{USER_ID}/$read_members").respond(
        201, json=team_perm("$read_members")
    )
    p = await server.permissions.grant("$read_members", user_id=USER_ID, team_id=TEAM_ID)
    assert body_of(route.calls.last.request) == {}
    assert isinstance(p, TeamPermission) and (p.id, p.team_id, p.user_id) == ("$read_members", TEAM_ID, USER_ID)


@respx.mock
async def test_grant_project_permission(server: StackSDK) -> None:
    route = respx.post(f"{API}/project-permissions/{USER_ID}/reports%3Aread").respond(
        201, json={"id": "reports:read", "user_id": USER_ID}
    )
    p = await server.permissions.grant("reports:read", user_id=USER_ID)
    assert route.called and body_of(route.calls.last.request) == {}
    assert isinstance(p, ProjectPermission) and p.id == "reports:read"


@respx.mock
async def test_grant_to_non_member_raises_known_error(server: StackSDK) -> None:
    respx.post(f"{API}/team-permissions/{TEAM_ID}/{USER_ID}/$read_members").mock(
        return_value=known_error("TEAM_MEMBERSHIP_NOT_FOUND", 404, details={"team_id": TEAM_ID, "user_id": USER_ID})
    )
    with pytest.raises(KnownError) as info:
        await server.permissions.grant("$read_members", user_id=USER_ID, team_id=TEAM_ID)
    assert info.value.code == "TEAM_MEMBERSHIP_NOT_FOUND"


async def test_grant_needs_server_access(client: StackSDK) -> None:
    with respx.mock(assert_all_called=False) as mock, pytest.raises(AccessTypeError, match="server"):
        await client.permissions.grant("$read_members", user_id=USER_ID, team_id=TEAM_ID)
    assert not mock.calls


async def test_grant_rejects_missing_user(server: StackSDK) -> None:
    with pytest.raises(ValueError, match="user_id"):
        await server.permissions.grant("$read_members", user_id="", team_id=TEAM_ID)


@respx.mock
async def test_revoke_team_and_project(server: StackSDK) -> None:
    team = respx.delete(f"{API}/team-permissions/{TEAM_ID}/{USER_ID}/$read_members").respond(json={"success": True})
    project = respx.delete(f"{API}/project-permissions/{USER_ID}/reports%3Aread").respond(json={"success": True})
    assert await server.permissions.revoke("$read_members", user_id=USER_ID, team_id=TEAM_ID) is None
    assert await server.permissions.revoke("reports:read", user_id=USER_ID) is None
    assert team.call_count == 1 and project.call_count == 1


async def test_revoke_rejects_bad_permission_id(server: StackSDK) -> None:
    with pytest.raises(ValueError, match="permission_id"):
        await server.permissions.revoke(None, user_id=USER_ID)  # type: ignore[arg-type]


# -- definitions (admin) ----------------------------------------------------------------------------

DEF = {"contained_permission_ids": ["$read_members"], "description": "See invoices", "id": "billing:read"}


@respx.mock
async def test_list_team_definitions(admin: StackSDK) -> None:
    respx.get(f"{API}/team-permission-definitions").respond(
        json={"is_paginated": False, "items": [{"contained_permission_ids": [], "description": "Delete the team",
                                                 "id": "$delete_team"}, DEF]}
    )
    defs = await admin.permissions.list_team_definitions().to_list()
    assert [d.id for d in defs] == ["$delete_team", "billing:read"]
    assert isinstance(defs[1], PermissionDefinition) and defs[1].contained_permission_ids == ["$read_members"]


@respx.mock
async def test_list_project_definitions(admin: StackSDK) -> None:
    respx.get(f"{API}/project-permission-definitions").respond(json={"is_paginated": False, "items": [DEF]})
    page = await admin.permissions.list_project_definitions()
    assert [d.description for d in page] == ["See invoices"]


@respx.mock
async def test_create_team_definition(admin: StackSDK) -> None:
    route = respx.post(f"{API}/team-permission-definitions").respond(201, json=DEF)
    d = await admin.permissions.create_team_definition(
        "billing:read", description="See invoices", contained_permission_ids=["$read_members"]
    )
    assert body_of(route.calls.last.request) == DEF
    assert d.id == "billing:read"


@respx.mock
async def test_create_project_definition_sends_only_given_fields(admin: StackSDK) -> None:
    route = respx.post(f"{API}/project-permission-definitions").respond(
        201, json={"contained_permission_ids": [], "id": "reports:read"}
    )
    d = await admin.permissions.create_project_definition("reports:read")
    assert body_of(route.calls.last.request) == {"id": "reports:read"}
    assert d.contained_permission_ids == []


@respx.mock
async def test_update_team_definition_renames(admin: StackSDK) -> None:
    route = respx.patch(f"{API}/team-permission-definitions/billing%3Aread").respond(json={**DEF, "id": "billing:view"})
    d = await admin.permissions.update_team_definition("billing:read", new_id="billing:view")
    assert route.called and body_of(route.calls.last.request) == {"id": "billing:view"}
    assert d.id == "billing:view"


@respx.mock
async def test_update_project_definition(admin: StackSDK) -> None:
    route = respx.patch(f"{API}/project-permission-definitions/reports%3Aread").respond(
        json={"contained_permission_ids": [], "id": "reports:read", "description": "Reports"}
    )
    d = await admin.permissions.update_project_definition(
        "reports:read", description="Reports", contained_permission_ids=[]
    )
    assert body_of(route.calls.last.request) == {"description": "Reports", "contained_permission_ids": []}
    assert d.description == "Reports"


@respx.mock
async def test_delete_definitions(admin: StackSDK) -> None:
    team = respx.delete(f"{API}/team-permission-definitions/billing%3Aread").respond(json={"success": True})
    project = respx.delete(f"{API}/project-permission-definitions/reports%3Aread").respond(json={"success": True})
    await admin.permissions.delete_team_definition("billing:read")
    await admin.permissions.delete_project_definition("reports:read")
    assert team.call_count == 1 and project.call_count == 1


async def test_definitions_need_admin_access(server: StackSDK) -> None:
    with pytest.raises(AccessTypeError, match="admin"):
        await server.permissions.list_team_definitions()


@pytest.mark.parametrize(
    "kwargs",
    [{"contained_permission_ids": "billing:read"}, {"contained_permission_ids": [""]}, {"description": 5}],
)
async def test_definition_fields_are_checked(admin: StackSDK, kwargs: dict[str, Any]) -> None:
    with pytest.raises(TypeError):
        await admin.permissions.create_team_definition("billing:read", **kwargs)
