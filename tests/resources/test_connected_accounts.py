"""s.connected_accounts: /connected-accounts/{user_id} and the provider access-token exchange."""

from __future__ import annotations

from typing import Any

import pytest
import respx

from stack_sdk import StackSDK
from stack_sdk.errors import APIResponseValidationError, KnownError
from stack_sdk.resources.connected_accounts import ConnectedAccount
from stack_sdk.types import AccessToken

from .conftest import API, USER_ID, body_of, known_error


@respx.mock
async def test_list_types_the_items(server: StackSDK) -> None:
    item = {"user_id": USER_ID, "provider": "github", "provider_account_id": "583231"}
    route = respx.get(f"{API}/connected-accounts/{USER_ID}").respond(json={"is_paginated": False, "items": [item]})
    page = await server.connected_accounts.list(USER_ID)
    assert route.called
    assert page.items == [ConnectedAccount(user_id=USER_ID, provider="github", provider_account_id="583231")]
    assert page.next_cursor is None


@respx.mock
async def test_list_malformed_item_is_a_validation_error(server: StackSDK) -> None:
    respx.get(f"{API}/connected-accounts/me").respond(json={"is_paginated": False, "items": [{"provider": "github"}]})
    with pytest.raises(APIResponseValidationError, match="user_id, provider_account_id"):
        await server.connected_accounts.list("me")


def test_list_rejects_empty_user(server: StackSDK) -> None:
    with pytest.raises(ValueError, match="user_id"):
        server.connected_accounts.list("")


@respx.mock
async def test_get_access_token_joins_scopes_with_spaces(server: StackSDK) -> None:
    route = respx.post(f"{API}/connected-accounts/{USER_ID}/github/access-token").respond(
        json={"access_token": "gho_provider_token"}
    )
    tok = await server.connected_accounts.get_access_token(USER_ID, "github", scopes=["repo", "read:user"])
    assert body_of(route.calls.last.request) == {"scope": "repo read:user"}
    assert isinstance(tok, AccessToken) and tok.access_token == "gho_provider_token"


@respx.mock
async def test_get_access_token_without_scopes_sends_empty_body(server: StackSDK) -> None:
    route = respx.post(f"{API}/connected-accounts/me/google/access-token").respond(json={"access_token": "ya29"})
    await server.connected_accounts.get_access_token("me", "google")
    await server.connected_accounts.get_access_token("me", "google", scopes=[])
    assert [body_of(c.request) for c in route.calls] == [{}, {}]


@respx.mock
async def test_get_access_token_not_connected_raises(server: StackSDK) -> None:
    respx.post(f"{API}/connected-accounts/me/github/access-token").mock(
        return_value=known_error("OAUTH_CONNECTION_NOT_CONNECTED_TO_USER", 400)
    )
    with pytest.raises(KnownError) as info:
        await server.connected_accounts.get_access_token("me", "github")
    assert info.value.code == "OAUTH_CONNECTION_NOT_CONNECTED_TO_USER"


@pytest.mark.parametrize("scopes", ["repo user", ["repo user"], [""], [3], None])
async def test_get_access_token_rejects_bad_scopes(server: StackSDK, scopes: Any) -> None:
    with respx.mock(assert_all_called=False) as mock, pytest.raises(TypeError, match="scopes must be a list"):
        await server.connected_accounts.get_access_token("me", "github", scopes=scopes)
    assert not mock.calls


async def test_get_access_token_rejects_bad_ids(server: StackSDK) -> None:
    with pytest.raises(ValueError, match="provider_id"):
        await server.connected_accounts.get_access_token("me", "")
