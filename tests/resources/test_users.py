"""s.users: /users/me (user tokens), /users/{id}, GET /users (cursor pages), POST /users, API-key lookup."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from stack_sdk import MemoryTokenStore, StackSDK
from stack_sdk.errors import AccessTypeError, APIStatusError, KnownError, UserNotFound, UserNotSignedIn
from stack_sdk.types import Team, User

from .conftest import API, SERVER_TEAM, SERVER_USER, USER_ID, body_of, client_sdk, known_error

OTHER_ID = "7e0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"
ACCESS = "eyJhbGciOiJFUzI1NiJ9.e30.sig"
# Real client shape (recordings: users:me:client): no server-only keys.
CLIENT_USER: dict[str, Any] = {
    k: v
    for k, v in SERVER_USER.items()
    if k not in {"country_code", "last_active_at_millis", "primary_email_auth_enabled", "risk_scores",
                 "restricted_by_admin_private_details", "server_metadata"}
}
SECRET_KEY = "stack_user_4bb1d6e0c0a3f7e2_SECRETVALUE"
TOTP_B64 = "8C3M53nD0AsZoSv04TxPEPfF6WI="


def user(**over: Any) -> dict[str, Any]:
    return SERVER_USER | over


def page(items: list[dict[str, Any]], next_cursor: str | None) -> dict[str, Any]:
    return {"is_paginated": True, "items": items, "pagination": {"next_cursor": next_cursor}}


# -- me / update_me / delete_me ---------------------------------------------------------------------


@respx.mock
async def test_me_with_client_access_sends_the_user_tokens(client: StackSDK) -> None:
    route = respx.get(f"{API}/users/me").respond(json=CLIENT_USER)
    me = await client.users.me()
    req = route.calls.last.request
    assert req.headers["x-stack-access-type"] == "client" and req.headers["x-stack-access-token"] == ACCESS
    assert isinstance(me, User) and (me.id, me.primary_email, me.has_password) == (USER_ID, "ada@example.com", True)


@respx.mock
async def test_me_with_server_access_as_user_has_server_fields(server: StackSDK) -> None:
    route = respx.get(f"{API}/users/me").respond(json=user(server_metadata={"plan": "pro"}))
    me = await server.as_user({"access_token": ACCESS, "refresh_token": "rt"}).users.me()
    req = route.calls.last.request
    assert req.headers["x-stack-access-type"] == "server" and req.headers["x-stack-access-token"] == ACCESS
    assert me.server_metadata == {"plan": "pro"}


@respx.mock
async def test_me_without_user_tokens_raises_the_known_error(server: StackSDK) -> None:
    respx.get(f"{API}/users/me").mock(return_value=known_error("CANNOT_GET_OWN_USER_WITHOUT_USER", 400))
    with pytest.raises(KnownError) as info:
        await server.users.me()
    assert info.value.code == "CANNOT_GET_OWN_USER_WITHOUT_USER"


@respx.mock
async def test_update_me_sends_only_given_fields_and_null(client: StackSDK) -> None:
    route = respx.patch(f"{API}/users/me").respond(json=CLIENT_USER | {"display_name": None})
    u = await client.users.update_me(display_name=None, client_metadata="a string", selected_team_id="t1")
    assert body_of(route.calls.last.request) == {"display_name": None, "client_metadata": "a string",
                                                 "selected_team_id": "t1"}
    assert route.calls.last.request.headers["x-stack-access-token"] == ACCESS
    assert isinstance(u, User) and u.display_name is None


@respx.mock
async def test_update_me_totp_and_server_fields(server: StackSDK) -> None:
    route = respx.patch(f"{API}/users/me").respond(json=user(requires_totp_mfa=True))
    u = await server.as_user({"access_token": ACCESS}).users.update_me(
        totp_secret_base64=TOTP_B64, server_metadata=[1, 2], otp_auth_enabled=False, is_anonymous=False
    )
    assert body_of(route.calls.last.request) == {
        "totp_secret_base64": TOTP_B64, "server_metadata": [1, 2], "otp_auth_enabled": False, "is_anonymous": False,
    }
    assert u.requires_totp_mfa is True


@respx.mock
async def test_delete_me_deletes_then_clears_the_token_store() -> None:
    store = MemoryTokenStore(ACCESS, "rt")
    route = respx.delete(f"{API}/users/me").respond(json={"success": True})
    async with client_sdk(token_store=store) as s:
        assert await s.users.delete_me() is None
    assert route.calls.last.request.headers["x-stack-access-token"] == ACCESS
    assert await store.get_tokens() == (None, None)


@respx.mock
async def test_delete_me_refused_keeps_the_tokens() -> None:
    store = MemoryTokenStore(ACCESS, "rt")
    respx.delete(f"{API}/users/me").mock(
        return_value=httpx.Response(400, text="Client user deletion is not enabled for this project")
    )
    async with client_sdk(token_store=store) as s:
        with pytest.raises(APIStatusError, match="Client user deletion is not enabled"):
            await s.users.delete_me()
    assert await store.get_tokens() == (ACCESS, "rt")


# -- get_current_user (the spec's getUser) ----------------------------------------------------------

ANON_ACCESS = "eyJhbGciOiJFUzI1NiJ9.eyJhbm9uIjp0cnVlfQ.sig"
ANON_USER = CLIENT_USER | {"id": OTHER_ID, "is_anonymous": True, "is_restricted": True, "primary_email": None,
                           "restricted_reason": {"type": "anonymous"}}


async def test_get_current_user_without_tokens_sends_nothing(server: StackSDK, respx_mock: respx.MockRouter) -> None:
    assert await server.users.get_current_user() is None
    with pytest.raises(UserNotSignedIn):
        await server.users.get_current_user(or_="throw")
    assert not respx_mock.calls


@respx.mock
async def test_get_current_user_returns_the_signed_in_user(client: StackSDK) -> None:
    route = respx.get(f"{API}/users/me").respond(json=CLIENT_USER)
    u = await client.users.get_current_user()
    assert u is not None and u.id == USER_ID
    assert route.calls.last.request.headers["x-stack-access-token"] == ACCESS


@pytest.mark.parametrize(
    ("shape", "kw", "found"),
    [
        (ANON_USER, {}, False),
        (ANON_USER, {"include_restricted": True}, False),
        (ANON_USER, {"or_": "anonymous"}, True),
        (CLIENT_USER | {"is_restricted": True}, {}, False),
        (CLIENT_USER | {"is_restricted": True}, {"include_restricted": True}, True),
        (CLIENT_USER | {"is_restricted": True}, {"or_": "anonymous"}, True),
    ],
)
@respx.mock
async def test_get_current_user_filters_anonymous_and_restricted(
    client: StackSDK, shape: dict[str, Any], kw: dict[str, Any], found: bool
) -> None:
    respx.get(f"{API}/users/me").respond(json=shape)
    u = await client.users.get_current_user(**kw)
    assert (u is not None) is found


@respx.mock
async def test_get_current_user_filtered_out_with_throw_raises(client: StackSDK) -> None:
    respx.get(f"{API}/users/me").respond(json=ANON_USER)
    with pytest.raises(UserNotSignedIn):
        await client.users.get_current_user(or_="throw")


@pytest.mark.parametrize("code", ["CANNOT_GET_OWN_USER_WITHOUT_USER", "UNPARSABLE_ACCESS_TOKEN",
                                  "REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED"])
@pytest.mark.respx(assert_all_called=False)
async def test_get_current_user_dead_tokens_mean_no_user(
    client: StackSDK, respx_mock: respx.MockRouter, code: str
) -> None:
    respx_mock.get(f"{API}/users/me").mock(return_value=known_error(code, 401))
    # A rejected access token makes the SDK try a refresh first; here the session is gone too.
    respx_mock.post(f"{API}/auth/oauth/token").mock(return_value=known_error("REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED", 401))
    assert await client.users.get_current_user() is None
    with pytest.raises(UserNotSignedIn):
        await client.users.get_current_user(or_="throw")


@respx.mock
async def test_get_current_user_other_errors_raise(client: StackSDK) -> None:
    respx.get(f"{API}/users/me").mock(return_value=httpx.Response(500, text="boom"))
    with pytest.raises(APIStatusError, match="boom"):
        await client.users.get_current_user()


@respx.mock
async def test_get_current_user_anonymous_signs_up_and_keeps_the_tokens() -> None:
    store = MemoryTokenStore()
    signup = respx.post(f"{API}/auth/anonymous/sign-up").respond(
        json={"access_token": ANON_ACCESS, "refresh_token": "anon-rt", "user_id": OTHER_ID}
    )
    me = respx.get(f"{API}/users/me").respond(json=ANON_USER)
    async with client_sdk(token_store=store) as s:
        u = await s.users.get_current_user(or_="anonymous")
    assert signup.call_count == 1 and body_of(signup.calls.last.request) == {}
    assert me.calls.last.request.headers["x-stack-access-token"] == ANON_ACCESS
    assert u is not None and u.id == OTHER_ID and u.is_anonymous is True
    assert await store.get_tokens() == (ANON_ACCESS, "anon-rt")


@pytest.mark.parametrize(
    ("kw", "exc", "match"),
    [
        ({"or_": "anonymous", "include_restricted": False}, ValueError, "anonymous users, which are restricted"),
        ({"or_": "redirect"}, ValueError, "or_ must be one of"),
        ({"include_restricted": "yes"}, TypeError, "include_restricted must be True or False"),
    ],
)
async def test_get_current_user_rejects_bad_options(
    client: StackSDK, respx_mock: respx.MockRouter, kw: dict[str, Any], exc: type[Exception], match: str
) -> None:
    with pytest.raises(exc, match=match):
        await client.users.get_current_user(**kw)
    assert not respx_mock.calls


async def test_get_current_user_anonymous_needs_a_store(server: StackSDK, respx_mock: respx.MockRouter) -> None:
    with pytest.raises(UserNotSignedIn, match="token store"):
        await server.users.get_current_user(or_="anonymous")
    assert not respx_mock.calls


# -- get / get_by_api_key ---------------------------------------------------------------------------


@respx.mock
async def test_get_parses_the_user_and_its_selected_team(server: StackSDK) -> None:
    route = respx.get(f"{API}/users/{USER_ID}").respond(
        json=user(selected_team=SERVER_TEAM, selected_team_id=SERVER_TEAM["id"])
    )
    u = await server.users.get(USER_ID)
    assert route.called
    assert isinstance(u, User) and u.id == USER_ID and u.signed_up_at_millis == 1795466258603
    assert isinstance(u.selected_team, Team) and u.selected_team.display_name == "Team A"


@respx.mock
async def test_get_unknown_user_is_none(server: StackSDK) -> None:
    respx.get(f"{API}/users/{OTHER_ID}").mock(return_value=known_error("USER_NOT_FOUND", 404, "User not found."))
    assert await server.users.get(OTHER_ID) is None


@respx.mock
async def test_get_other_errors_still_raise(server: StackSDK) -> None:
    respx.get(f"{API}/users/not-a-uuid").mock(
        return_value=known_error("SCHEMA_ERROR", 400, details={"message": "params.user_id must be a valid UUID"})
    )
    with pytest.raises(KnownError) as info:
        await server.users.get("not-a-uuid")
    assert info.value.code == "SCHEMA_ERROR"


async def test_get_needs_server_access_and_a_real_id(
    client: StackSDK, server: StackSDK, respx_mock: respx.MockRouter
) -> None:
    with pytest.raises(AccessTypeError, match="server"):
        await client.users.get(USER_ID)
    with pytest.raises(ValueError, match="user_id must be a non-empty string"):
        await server.users.get("")
    assert not respx_mock.calls


@respx.mock
async def test_get_by_api_key_checks_then_fetches_the_owner(server: StackSDK) -> None:
    check = respx.post(f"{API}/user-api-keys/check").respond(json={
        "created_at_millis": 1795466265789, "description": "probe key", "expires_at_millis": 1795552665779,
        "id": "k1", "is_public": False, "type": "user", "user_id": USER_ID, "value": {"last_four": "0dba"},
    })
    get = respx.get(f"{API}/users/{USER_ID}").respond(json=SERVER_USER)
    u = await server.users.get_by_api_key(SECRET_KEY)
    assert body_of(check.calls.last.request) == {"api_key": SECRET_KEY}
    assert get.called and u is not None and u.id == USER_ID


@pytest.mark.parametrize(
    ("code", "status", "details"),
    [
        ("API_KEY_NOT_FOUND", 404, None),
        ("API_KEY_REVOKED", 401, None),
        ("API_KEY_EXPIRED", 401, None),
        ("WRONG_API_KEY_TYPE", 400, {"expected_type": "user", "actual_type": "team"}),
    ],
)
@respx.mock
async def test_get_by_api_key_invalid_key_is_none(
    server: StackSDK, code: str, status: int, details: dict[str, Any] | None
) -> None:
    respx.post(f"{API}/user-api-keys/check").mock(return_value=known_error(code, status, details=details))
    get = respx.get(f"{API}/users/{USER_ID}")
    assert await server.users.get_by_api_key(SECRET_KEY) is None
    assert not get.called


@respx.mock
async def test_get_by_api_key_of_a_deleted_user_is_none(server: StackSDK) -> None:
    respx.post(f"{API}/user-api-keys/check").respond(json={
        "created_at_millis": 1, "description": "", "id": "k1", "is_public": False, "type": "user",
        "user_id": USER_ID, "value": {"last_four": "0dba"},
    })
    respx.get(f"{API}/users/{USER_ID}").mock(return_value=known_error("USER_NOT_FOUND", 404))
    assert await server.users.get_by_api_key(SECRET_KEY) is None


async def test_get_by_api_key_rejects_a_non_string_without_echoing(server: StackSDK, respx_mock: respx.MockRouter) -> None:
    with pytest.raises(ValueError, match="api_key must be a non-empty string") as info:
        await server.users.get_by_api_key(b"stack_user_bytes_secret")  # type: ignore[arg-type]
    assert "secret" not in str(info.value)
    assert not respx_mock.calls


# -- list -------------------------------------------------------------------------------------------


@respx.mock
async def test_list_sends_every_filter_as_query(server: StackSDK) -> None:
    route = respx.get(f"{API}/users").respond(json=page([SERVER_USER], None))
    first = await server.users.list(
        limit=2, order_by="signed_up_at", desc=False, query="probe", include_anonymous=True,
        include_restricted=True, only_anonymous=True, team_id="t1",
    )
    assert dict(route.calls.last.request.url.params) == {
        "limit": "2", "order_by": "signed_up_at", "desc": "false", "query": "probe", "include_anonymous": "true",
        "include_restricted": "true", "only_anonymous": "true", "team_id": "t1",
    }
    assert [u.id for u in first] == [USER_ID] and first.next_cursor is None and not first.has_next_page


@respx.mock
async def test_list_follows_next_cursor_across_pages(server: StackSDK) -> None:
    ids = [USER_ID, OTHER_ID, "c9f1c4a4-8a1b-4c2e-9a57-1d2b3c4d5e6f"]
    route = respx.get(f"{API}/users").mock(side_effect=[
        httpx.Response(200, json=page([user(id=ids[0]), user(id=ids[1])], ids[2])),
        httpx.Response(200, json=page([user(id=ids[2])], None)),
    ])
    got = [u.id async for u in server.users.list(limit=2, query="probe")]
    assert got == ids
    assert "cursor" not in route.calls[0].request.url.params
    assert dict(route.calls[1].request.url.params) == {"limit": "2", "query": "probe", "cursor": ids[2]}


@respx.mock
async def test_list_first_page_only_and_a_starting_cursor(server: StackSDK) -> None:
    route = respx.get(f"{API}/users").respond(json=page([user(id=OTHER_ID)], USER_ID))
    first = await server.users.list(cursor=OTHER_ID, limit=1)
    assert route.call_count == 1 and route.calls.last.request.url.params["cursor"] == OTHER_ID
    assert first.next_cursor == USER_ID and first.has_next_page


@respx.mock
async def test_list_without_arguments_sends_no_query(server: StackSDK) -> None:
    route = respx.get(f"{API}/users").respond(json={"is_paginated": True, "items": [], "pagination": {"next_cursor": None}})
    assert (await server.users.list()).items == []
    assert route.calls.last.request.url.query == b""


@pytest.mark.parametrize(
    ("kw", "exc", "match"),
    [
        ({"only_anonymous": True}, ValueError, "only_anonymous=True requires include_anonymous=True"),
        ({"limit": 0}, ValueError, "limit must be an integer >= 1"),
        ({"limit": True}, ValueError, "limit"),
        ({"order_by": "display_name"}, ValueError, "order_by must be 'signed_up_at'"),
        ({"desc": "false"}, TypeError, "desc must be True or False"),
        ({"include_restricted": 1}, TypeError, "include_restricted"),
        ({"cursor": ""}, ValueError, "cursor"),
        ({"team_id": None}, ValueError, "team_id"),
    ],
)
def test_list_rejects_bad_arguments_before_any_request(
    server: StackSDK, respx_mock: respx.MockRouter, kw: dict[str, Any], exc: type[Exception], match: str
) -> None:
    with pytest.raises(exc, match=match):
        server.users.list(**kw)
    assert not respx_mock.calls


async def test_list_needs_server_access(client: StackSDK, respx_mock: respx.MockRouter) -> None:
    with pytest.raises(AccessTypeError, match="server"):
        await client.users.list()
    assert not respx_mock.calls


# -- create / update / delete -----------------------------------------------------------------------


@respx.mock
async def test_create_sends_the_given_fields_and_parses_201(server: StackSDK) -> None:
    route = respx.post(f"{API}/users").respond(
        201, json=user(display_name="probe server", client_metadata={"a": 1}, primary_email_auth_enabled=True)
    )
    u = await server.users.create(
        primary_email="ada@example.com", primary_email_auth_enabled=True, password="ProbePassw0rd!",
        display_name="probe server", client_metadata={"a": 1}, server_metadata=None,
    )
    assert body_of(route.calls.last.request) == {
        "primary_email": "ada@example.com", "primary_email_auth_enabled": True, "password": "ProbePassw0rd!",
        "display_name": "probe server", "client_metadata": {"a": 1}, "server_metadata": None,
    }
    assert u.display_name == "probe server" and u.client_metadata == {"a": 1}


@respx.mock
async def test_create_with_no_fields_sends_an_empty_object(server: StackSDK) -> None:
    route = respx.post(f"{API}/users").respond(201, json=SERVER_USER)
    await server.users.create()
    assert body_of(route.calls.last.request) == {}


@respx.mock
async def test_update_sends_every_server_field(server: StackSDK) -> None:
    route = respx.patch(f"{API}/users/{USER_ID}").respond(json=user(is_restricted=True, restricted_by_admin=True))
    u = await server.users.update(
        USER_ID,
        display_name=None, profile_image_url="https://img.example/a.png", client_metadata=["x"],
        client_read_only_metadata=3, server_metadata={"x": [1, 2]}, selected_team_id=None,
        primary_email="new@example.com", primary_email_verified=True, primary_email_auth_enabled=False,
        password="n3w-Passw0rd", otp_auth_enabled=True, passkey_auth_enabled=False, totp_secret_base64=None,
        restricted_by_admin=True, restricted_by_admin_reason="probe", restricted_by_admin_private_details=None,
        is_anonymous=False,
    )
    assert body_of(route.calls.last.request) == {
        "display_name": None, "profile_image_url": "https://img.example/a.png", "client_metadata": ["x"],
        "client_read_only_metadata": 3, "server_metadata": {"x": [1, 2]}, "selected_team_id": None,
        "primary_email": "new@example.com", "primary_email_verified": True, "primary_email_auth_enabled": False,
        "password": "n3w-Passw0rd", "otp_auth_enabled": True, "passkey_auth_enabled": False,
        "totp_secret_base64": None, "restricted_by_admin": True, "restricted_by_admin_reason": "probe",
        "restricted_by_admin_private_details": None, "is_anonymous": False,
    }
    assert u.is_restricted is True and u.restricted_by_admin is True


@respx.mock
async def test_update_only_given_fields(server: StackSDK) -> None:
    route = respx.patch(f"{API}/users/{USER_ID}").respond(json=user(requires_totp_mfa=True))
    await server.users.update(USER_ID, totp_secret_base64=TOTP_B64)
    assert body_of(route.calls.last.request) == {"totp_secret_base64": TOTP_B64}


@respx.mock
async def test_update_unknown_user_raises(server: StackSDK) -> None:
    respx.patch(f"{API}/users/{OTHER_ID}").mock(return_value=known_error("USER_NOT_FOUND", 404))
    with pytest.raises(UserNotFound):
        await server.users.update(OTHER_ID, display_name="x")


@pytest.mark.parametrize(
    ("kw", "exc", "match"),
    [
        ({"display_name": 5}, TypeError, "display_name must be a string or None"),
        ({"client_metadata": {1, 2}}, TypeError, "client_metadata must be a JSON value"),
        ({"server_metadata": {"x": float("nan")}}, ValueError, "server_metadata must be a JSON value"),
        ({"primary_email_verified": "yes"}, TypeError, "primary_email_verified must be True or False"),
        ({"restricted_by_admin": None}, TypeError, "restricted_by_admin must be True or False"),
        ({"totp_secret_base64": "not base64!!"}, ValueError, "totp_secret_base64 must be standard base64"),
        ({"is_anonymous": True}, ValueError, "is_anonymous can only be set to False"),
        ({"password": 12345678}, TypeError, "password must be a non-empty string or None"),
    ],
)
async def test_update_rejects_bad_fields_before_any_request(
    server: StackSDK, respx_mock: respx.MockRouter, kw: dict[str, Any], exc: type[Exception], match: str
) -> None:
    with pytest.raises(exc, match=match):
        await server.users.update(USER_ID, **kw)
    assert not respx_mock.calls


async def test_bad_secrets_are_not_echoed(server: StackSDK, respx_mock: respx.MockRouter) -> None:
    with pytest.raises(ValueError) as totp:
        await server.users.update(USER_ID, totp_secret_base64="hunter2 secret!")
    with pytest.raises(TypeError) as pw:
        await server.users.create(password="")
    assert "hunter2" not in str(totp.value) and "value not shown" in str(pw.value)
    assert not respx_mock.calls


async def test_create_and_update_reject_bad_input(server: StackSDK, respx_mock: respx.MockRouter) -> None:
    with pytest.raises(TypeError, match="otp_auth_enabled"):
        await server.users.create(otp_auth_enabled=1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="user_id"):
        await server.users.update("", display_name="x")
    with pytest.raises(TypeError, match="client_metadata"):
        await server.users.update_me(client_metadata=object())  # type: ignore[arg-type]
    assert not respx_mock.calls


@respx.mock
async def test_delete(server: StackSDK) -> None:
    route = respx.delete(f"{API}/users/{USER_ID}").respond(json={"success": True})
    assert await server.users.delete(USER_ID) is None
    assert route.call_count == 1


@respx.mock
async def test_delete_unknown_user_raises(server: StackSDK) -> None:
    respx.delete(f"{API}/users/{OTHER_ID}").mock(return_value=known_error("USER_NOT_FOUND", 404))
    with pytest.raises(UserNotFound):
        await server.users.delete(OTHER_ID)


async def test_delete_rejects_a_missing_id(server: StackSDK, respx_mock: respx.MockRouter) -> None:
    with pytest.raises(ValueError, match="user_id"):
        await server.users.delete(None)  # type: ignore[arg-type]
    assert not respx_mock.calls
