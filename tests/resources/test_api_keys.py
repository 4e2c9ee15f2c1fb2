"""s.api_keys: /user-api-keys and /team-api-keys (list, create, get, update, revoke, check)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from stack_sdk import StackSDK
from stack_sdk.errors import AccessTypeError, ApiKeyNotValid, ApiKeyRevoked, WrongApiKeyType
from stack_sdk.types import TeamApiKey, TeamApiKeyFirstView, UserApiKey, UserApiKeyFirstView

from .conftest import API, TEAM_ID, USER_ID, body_of, known_error

KEY_ID = "5d0c2c8e-3f7a-4b1e-9c2d-7e6f5a4b3c2d"
SECRET = "sk_REALSECRETvalue0123456789abcdef574ck4u7hx1y2z3"

# Shapes as the real backend sends them (recordings: user-api-keys:*, team-api-keys:*).
USER_KEY: dict[str, Any] = {
    "created_at_millis": 1795466265789, "description": "probe key", "expires_at_millis": 1795552665779,
    "id": KEY_ID, "is_public": False, "type": "user", "user_id": USER_ID, "value": {"last_four": "0dba"},
}
TEAM_KEY: dict[str, Any] = {
    "created_at_millis": 1795466265917, "description": "probe team key", "id": KEY_ID, "is_public": False,
    "team_id": TEAM_ID, "type": "team", "value": {"last_four": "218d"},
}


# -- list -------------------------------------------------------------------------------------------


@respx.mock
async def test_list_user(server: StackSDK) -> None:
    route = respx.get(f"{API}/user-api-keys").respond(json={"is_paginated": False, "items": [USER_KEY]})
    page = await server.api_keys.list_user(USER_ID)
    assert dict(route.calls.last.request.url.params) == {"user_id": USER_ID}
    assert isinstance(page.items[0], UserApiKey) and page.items[0].value.last_four == "0dba"
    assert page.next_cursor is None


@respx.mock
async def test_list_team(server: StackSDK) -> None:
    route = respx.get(f"{API}/team-api-keys").respond(json={"is_paginated": False, "items": [TEAM_KEY]})
    keys = await server.api_keys.list_team(TEAM_ID).to_list()
    assert dict(route.calls.last.request.url.params) == {"team_id": TEAM_ID}
    assert isinstance(keys[0], TeamApiKey) and keys[0].team_id == TEAM_ID


def test_list_rejects_empty_owner(server: StackSDK) -> None:
    with pytest.raises(ValueError, match="user_id"):
        server.api_keys.list_user("")
    with pytest.raises(ValueError, match="team_id"):
        server.api_keys.list_team(None)  # type: ignore[arg-type]


# -- create -----------------------------------------------------------------------------------------


@respx.mock
async def test_create_user_never_expiring_sends_null_and_returns_first_view(server: StackSDK) -> None:
    created = {k: v for k, v in USER_KEY.items() if k != "expires_at_millis"} | {"value": SECRET}
    route = respx.post(f"{API}/user-api-keys").respond(json=created)
    key = await server.api_keys.create_user(USER_ID, description="probe key")
    assert body_of(route.calls.last.request) == {
        "user_id": USER_ID, "description": "probe key", "expires_at_millis": None,
    }
    assert isinstance(key, UserApiKeyFirstView) and key.value == SECRET


@respx.mock
async def test_create_team_with_expiry_and_public(server: StackSDK) -> None:
    route = respx.post(f"{API}/team-api-keys").respond(json=TEAM_KEY | {"value": "pk_x", "is_public": True})
    key = await server.api_keys.create_team(
        TEAM_ID, description="probe team key", expires_at_millis=1795552665779, is_public=True
    )
    assert body_of(route.calls.last.request) == {
        "team_id": TEAM_ID, "description": "probe team key", "expires_at_millis": 1795552665779, "is_public": True,
    }
    assert isinstance(key, TeamApiKeyFirstView) and key.value == "pk_x" and key.is_public is True


@respx.mock
async def test_create_user_disabled_feature_is_a_status_error(server: StackSDK) -> None:
    respx.post(f"{API}/user-api-keys").respond(
        200, text="User API keys are not enabled for this project.", headers={"x-stack-actual-status": "400"}
    )
    from stack_sdk.errors import APIStatusError

    with pytest.raises(APIStatusError) as info:
        await server.api_keys.create_user(USER_ID, description="x")
    assert info.value.status == 400


@pytest.mark.parametrize(
    ("kwargs", "exc", "fragment"),
    [
        ({"description": 1}, TypeError, "description"),
        ({"description": "d", "expires_at_millis": -5}, ValueError, "expires_at_millis"),
        ({"description": "d", "expires_at_millis": 1.5}, ValueError, "expires_at_millis"),
        ({"description": "d", "is_public": "yes"}, TypeError, "is_public"),
    ],
)
async def test_create_rejects_bad_arguments(
    server: StackSDK, kwargs: dict[str, Any], exc: type[Exception], fragment: str
) -> None:
    with respx.mock(assert_all_called=False) as mock, pytest.raises(exc, match=fragment):
        await server.api_keys.create_user(USER_ID, **kwargs)
    assert not mock.calls


# -- get --------------------------------------------------------------------------------------------


@respx.mock
async def test_get_user_key_sends_owner_query(server: StackSDK) -> None:
    route = respx.get(f"{API}/user-api-keys/{KEY_ID}").respond(json=USER_KEY)
    key = await server.api_keys.get(KEY_ID, user_id=USER_ID)
    assert dict(route.calls.last.request.url.params) == {"user_id": USER_ID}
    assert isinstance(key, UserApiKey) and key.id == KEY_ID and key.expires_at_millis == 1795552665779


@respx.mock
async def test_get_team_key(server: StackSDK) -> None:
    route = respx.get(f"{API}/team-api-keys/{KEY_ID}").respond(json=TEAM_KEY)
    key = await server.api_keys.get(KEY_ID, team_id=TEAM_ID)
    assert dict(route.calls.last.request.url.params) == {"team_id": TEAM_ID}
    assert isinstance(key, TeamApiKey) and key.description == "probe team key"


@respx.mock
async def test_get_unknown_key_is_none(server: StackSDK) -> None:
    respx.get(f"{API}/user-api-keys/{KEY_ID}").mock(return_value=known_error("API_KEY_NOT_FOUND", 404))
    assert await server.api_keys.get(KEY_ID, user_id=USER_ID) is None


@respx.mock
async def test_get_maps_status_and_sends_auth_headers(server: StackSDK) -> None:
    route = respx.get(f"{API}/user-api-keys/{KEY_ID}").respond(json=USER_KEY)
    await server.api_keys.get(KEY_ID, user_id=USER_ID)
    headers = route.calls.last.request.headers
    assert headers["x-stack-access-type"] == "server" and headers["x-stack-project-id"]


@respx.mock
async def test_get_malformed_body_is_a_validation_error(server: StackSDK) -> None:
    from stack_sdk.errors import APIResponseValidationError

    respx.get(f"{API}/user-api-keys/{KEY_ID}").respond(json={"id": KEY_ID})
    with pytest.raises(APIResponseValidationError, match="user_api_keys_get"):
        await server.api_keys.get(KEY_ID, user_id=USER_ID)


async def test_get_needs_exactly_one_owner(server: StackSDK) -> None:
    with pytest.raises(ValueError, match="exactly one of user_id= .* or team_id="):
        await server.api_keys.get(KEY_ID)  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="exactly one"):
        await server.api_keys.get(KEY_ID, user_id=USER_ID, team_id=TEAM_ID)  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="api_key_id"):
        await server.api_keys.get("", user_id=USER_ID)


# -- update / revoke --------------------------------------------------------------------------------


@respx.mock
async def test_update_sends_only_given_fields_with_owner_query(server: StackSDK) -> None:
    route = respx.patch(f"{API}/team-api-keys/{KEY_ID}").respond(json=TEAM_KEY | {"description": "renamed"})
    key = await server.api_keys.update(KEY_ID, team_id=TEAM_ID, description="renamed")
    request = route.calls.last.request
    assert dict(request.url.params) == {"team_id": TEAM_ID}
    assert body_of(request) == {"description": "renamed"}
    assert isinstance(key, TeamApiKey) and key.description == "renamed"


@respx.mock
async def test_update_passes_expiry_through(server: StackSDK) -> None:
    route = respx.patch(f"{API}/user-api-keys/{KEY_ID}").respond(json=USER_KEY)
    await server.api_keys.update(KEY_ID, user_id=USER_ID, expires_at_millis=None)
    assert body_of(route.calls.last.request) == {"expires_at_millis": None}


@respx.mock
async def test_revoke_patches_revoked_true(server: StackSDK) -> None:
    revoked = USER_KEY | {"manually_revoked_at_millis": 1795466265894}
    route = respx.patch(f"{API}/user-api-keys/{KEY_ID}").respond(json=revoked)
    key = await server.api_keys.revoke(KEY_ID, user_id=USER_ID)
    assert dict(route.calls.last.request.url.params) == {"user_id": USER_ID}
    assert body_of(route.calls.last.request) == {"revoked": True}
    assert isinstance(key, UserApiKey) and key.manually_revoked_at_millis == 1795466265894


@respx.mock
async def test_revoke_team_key(server: StackSDK) -> None:
    route = respx.patch(f"{API}/team-api-keys/{KEY_ID}").respond(json=TEAM_KEY | {"manually_revoked_at_millis": 1})
    key = await server.api_keys.revoke(KEY_ID, team_id=TEAM_ID)
    assert body_of(route.calls.last.request) == {"revoked": True} and isinstance(key, TeamApiKey)


@pytest.mark.parametrize(
    ("kwargs", "exc", "fragment"),
    [
        ({"user_id": USER_ID, "revoked": False}, ValueError, "stays revoked"),
        ({"user_id": USER_ID, "revoked": "true"}, TypeError, "revoked"),
        ({"user_id": USER_ID}, ValueError, "at least one"),
        ({"description": "x"}, ValueError, "exactly one"),
        ({"user_id": USER_ID, "description": None}, TypeError, "description"),
    ],
)
async def test_update_rejects_bad_arguments(
    server: StackSDK, kwargs: dict[str, Any], exc: type[Exception], fragment: str
) -> None:
    with respx.mock(assert_all_called=False) as mock, pytest.raises(exc, match=fragment):
        await server.api_keys.update(KEY_ID, **kwargs)
    assert not mock.calls


async def test_revoke_needs_an_owner(server: StackSDK) -> None:
    with pytest.raises(ValueError, match="exactly one"):
        await server.api_keys.revoke(KEY_ID)  # type: ignore[call-overload]


# -- check ------------------------------------------------------------------------------------------


@respx.mock
async def test_check_user_returns_the_key(server: StackSDK) -> None:
    route = respx.post(f"{API}/user-api-keys/check").respond(json=USER_KEY)
    key = await server.api_keys.check_user(SECRET)
    assert body_of(route.calls.last.request) == {"api_key": SECRET}
    assert isinstance(key, UserApiKey) and key.user_id == USER_ID


@respx.mock
async def test_check_team_returns_the_key(server: StackSDK) -> None:
    route = respx.post(f"{API}/team-api-keys/check").respond(json=TEAM_KEY)
    key = await server.api_keys.check_team(SECRET)
    assert body_of(route.calls.last.request) == {"api_key": SECRET}
    assert isinstance(key, TeamApiKey) and key.team_id == TEAM_ID


@pytest.mark.parametrize(
    ("code", "status", "details"),
    [
        ("API_KEY_NOT_FOUND", 404, None),
        ("API_KEY_REVOKED", 401, None),
        ("API_KEY_EXPIRED", 401, None),
        ("WRONG_API_KEY_TYPE", 400, {"actual_type": "user", "expected_type": "team"}),
    ],
)
@respx.mock
async def test_check_invalid_key_is_none(server: StackSDK, code: str, status: int, details: Any) -> None:
    respx.post(f"{API}/team-api-keys/check").mock(return_value=known_error(code, status, details=details))
    assert await server.api_keys.check_team(SECRET) is None


@respx.mock
async def test_check_strict_raises_the_typed_error(server: StackSDK) -> None:
    respx.post(f"{API}/user-api-keys/check").mock(return_value=known_error("API_KEY_REVOKED", 401))
    with pytest.raises(ApiKeyRevoked) as info:
        await server.api_keys.check_user(SECRET, strict=True)
    assert isinstance(info.value, ApiKeyNotValid)
    respx.post(f"{API}/team-api-keys/check").mock(
        return_value=known_error("WRONG_API_KEY_TYPE", 400, details={"actual_type": "user", "expected_type": "team"})
    )
    with pytest.raises(WrongApiKeyType):
        await server.api_keys.check_team(SECRET, strict=True)


@respx.mock
async def test_check_other_errors_propagate(server: StackSDK) -> None:
    respx.post(f"{API}/user-api-keys/check").mock(return_value=httpx.Response(503, text="down"))
    from stack_sdk.errors import APIStatusError

    with pytest.raises(APIStatusError):
        await server.api_keys.check_user(SECRET)


async def test_check_is_server_only(client: StackSDK) -> None:
    with pytest.raises(AccessTypeError, match="server"):
        await client.api_keys.check_user(SECRET)


async def test_check_rejects_empty_key_without_echoing_it(server: StackSDK) -> None:
    with pytest.raises(ValueError, match="api_key must be a non-empty string"):
        await server.api_keys.check_user("")
    with pytest.raises(ValueError) as info:
        await server.api_keys.check_team(b"sk_bytes_secret")  # type: ignore[arg-type]
    assert "sk_bytes_secret" not in str(info.value)


@respx.mock
async def test_client_view_sends_user_tokens_on_owner_query_calls(client: StackSDK) -> None:
    # The hand-added owner query goes through the same loop: the user's tokens are attached.
    route = respx.get(f"{API}/user-api-keys/{KEY_ID}").respond(json=USER_KEY)
    await client.api_keys.get(KEY_ID, user_id="me")
    request = route.calls.last.request
    assert request.url.params["user_id"] == "me"
    assert request.headers["x-stack-refresh-token"] == "rt"
