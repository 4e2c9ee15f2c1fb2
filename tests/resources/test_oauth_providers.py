"""s.oauth_providers: /oauth-providers (list, get, create, update, delete)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from stack_sdk import StackSDK
from stack_sdk.errors import AccessTypeError, APIStatusError, KnownError
from stack_sdk.types import OAuthProvider

from .conftest import API, USER_ID, body_of, known_error

PROVIDER_ID = "b3d396b8-c574-4c80-97b3-50031675ceb2"
PROVIDER: dict[str, Any] = {
    "id": PROVIDER_ID, "type": "github", "provider_config_id": "github", "user_id": USER_ID,
    "allow_sign_in": True, "allow_connected_accounts": True, "account_id": "583231", "email": "ada@example.com",
}


def plain_error(status: int, text: str) -> httpx.Response:
    """A plain-text StatusError as the backend sends it under the override header."""
    return httpx.Response(200, text=text, headers={"x-stack-actual-status": str(status)})


@respx.mock
async def test_list(server: StackSDK) -> None:
    route = respx.get(f"{API}/oauth-providers").respond(json={"is_paginated": False, "items": [PROVIDER]})
    page = await server.oauth_providers.list(USER_ID)
    assert dict(route.calls.last.request.url.params) == {"user_id": USER_ID}
    assert isinstance(page.items[0], OAuthProvider)
    assert (page.items[0].type_, page.items[0].account_id) == ("github", "583231")


@respx.mock
async def test_list_me_on_client_view(client: StackSDK) -> None:
    # Real client answer (recordings: oauth-providers:list:me).
    route = respx.get(f"{API}/oauth-providers").respond(json={"is_paginated": False, "items": []})
    assert (await client.oauth_providers.list("me")).items == []
    assert route.calls.last.request.url.params["user_id"] == "me"


def test_list_rejects_empty_user(server: StackSDK) -> None:
    with pytest.raises(ValueError, match="user_id"):
        server.oauth_providers.list("")


@respx.mock
async def test_get(server: StackSDK) -> None:
    route = respx.get(f"{API}/oauth-providers/{USER_ID}/{PROVIDER_ID}").respond(json=PROVIDER)
    p = await server.oauth_providers.get(USER_ID, PROVIDER_ID)
    assert route.called and isinstance(p, OAuthProvider) and p.email == "ada@example.com"


@respx.mock
async def test_get_missing_link_is_none(server: StackSDK) -> None:
    respx.get(f"{API}/oauth-providers/{USER_ID}/{PROVIDER_ID}").mock(
        return_value=plain_error(404, f"OAuth provider {PROVIDER_ID} for user {USER_ID} not found")
    )
    assert await server.oauth_providers.get(USER_ID, PROVIDER_ID) is None


@respx.mock
async def test_get_unknown_user_raises(server: StackSDK) -> None:
    respx.get(f"{API}/oauth-providers/{USER_ID}/{PROVIDER_ID}").mock(return_value=known_error("USER_NOT_FOUND", 404))
    with pytest.raises(KnownError):
        await server.oauth_providers.get(USER_ID, PROVIDER_ID)


@respx.mock
async def test_get_forbidden_is_not_swallowed(client: StackSDK) -> None:
    respx.get(f"{API}/oauth-providers/{USER_ID}/{PROVIDER_ID}").mock(
        return_value=plain_error(403, "Client can only read OAuth providers for their own user.")
    )
    with pytest.raises(APIStatusError) as info:
        await client.oauth_providers.get(USER_ID, PROVIDER_ID)
    assert info.value.status == 403


async def test_get_rejects_bad_ids(server: StackSDK) -> None:
    with pytest.raises(ValueError, match="provider_id"):
        await server.oauth_providers.get(USER_ID, "")


@respx.mock
async def test_create(server: StackSDK) -> None:
    route = respx.post(f"{API}/oauth-providers").respond(201, json=PROVIDER)
    p = await server.oauth_providers.create(
        USER_ID, provider_config_id="github", account_id="583231", allow_sign_in=True,
        allow_connected_accounts=True, email="ada@example.com",
    )
    assert body_of(route.calls.last.request) == {
        "user_id": USER_ID, "provider_config_id": "github", "account_id": "583231", "allow_sign_in": True,
        "allow_connected_accounts": True, "email": "ada@example.com",
    }
    assert isinstance(p, OAuthProvider) and p.id == PROVIDER_ID


@respx.mock
async def test_create_account_taken_raises_known_error(server: StackSDK) -> None:
    respx.post(f"{API}/oauth-providers").mock(
        return_value=known_error("OAUTH_PROVIDER_ACCOUNT_ID_ALREADY_USED_FOR_SIGN_IN", 400)
    )
    with pytest.raises(KnownError) as info:
        await server.oauth_providers.create(
            USER_ID, provider_config_id="github", account_id="1", allow_sign_in=True, allow_connected_accounts=False
        )
    assert info.value.code == "OAUTH_PROVIDER_ACCOUNT_ID_ALREADY_USED_FOR_SIGN_IN"


async def test_create_is_server_only(client: StackSDK) -> None:
    with pytest.raises(AccessTypeError):
        await client.oauth_providers.create(
            "me", provider_config_id="github", account_id="1", allow_sign_in=True, allow_connected_accounts=True
        )


@pytest.mark.parametrize(
    ("kwargs", "exc"),
    [
        ({"allow_sign_in": "yes"}, TypeError),
        ({"account_id": ""}, ValueError),
        ({"provider_config_id": None}, ValueError),
        ({"email": 3}, TypeError),
    ],
)
async def test_create_rejects_bad_arguments(server: StackSDK, kwargs: dict[str, Any], exc: type[Exception]) -> None:
    args: dict[str, Any] = {
        "provider_config_id": "github", "account_id": "1", "allow_sign_in": True, "allow_connected_accounts": True,
    } | kwargs
    with respx.mock(assert_all_called=False) as mock, pytest.raises(exc):
        await server.oauth_providers.create(USER_ID, **args)
    assert not mock.calls


@respx.mock
async def test_update_sends_only_given_fields(server: StackSDK) -> None:
    route = respx.patch(f"{API}/oauth-providers/{USER_ID}/{PROVIDER_ID}").respond(json=PROVIDER | {"allow_sign_in": False})
    p = await server.oauth_providers.update(USER_ID, PROVIDER_ID, allow_sign_in=False, email=None)
    assert body_of(route.calls.last.request) == {"allow_sign_in": False, "email": None}
    assert p.allow_sign_in is False


async def test_update_needs_a_field(server: StackSDK) -> None:
    with pytest.raises(ValueError, match="at least one"):
        await server.oauth_providers.update(USER_ID, PROVIDER_ID)
    with pytest.raises(TypeError, match="allow_connected_accounts"):
        await server.oauth_providers.update(USER_ID, PROVIDER_ID, allow_connected_accounts=1)  # type: ignore[arg-type]


@respx.mock
async def test_delete(server: StackSDK) -> None:
    route = respx.delete(f"{API}/oauth-providers/me/{PROVIDER_ID}").respond(json={"success": True})
    assert await server.oauth_providers.delete("me", PROVIDER_ID) is None
    assert route.call_count == 1


async def test_delete_rejects_bad_ids(server: StackSDK) -> None:
    with pytest.raises(ValueError, match="user_id"):
        await server.oauth_providers.delete(None, PROVIDER_ID)  # type: ignore[arg-type]
