"""s.team_invitations: send-code, list, revoke (?team_id=), accept / check-code / details, accept by id."""

from __future__ import annotations

from typing import Any

import pytest
import respx

from stack_sdk import StackSDK
from stack_sdk.errors import KnownError, VerificationError
from stack_sdk.types import (
    TeamInvitation,
    TeamInvitationsGetDetailsResponse200,
    TeamInvitationsSendResponse200,
)

from .conftest import API, TEAM_ID, body_of, known_error

INV_ID = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"
CODE = "u3h6gn4w24pqc8ya679inrhjwh1rybth6a7thurqhnpf2"
CALLBACK = "https://app.example.com/join"
INVITATION: dict[str, Any] = {
    "id": INV_ID, "team_id": TEAM_ID, "expires_at_millis": 1796071065000, "recipient_email": "bob@example.com",
}


@respx.mock
async def test_send(client: StackSDK) -> None:
    route = respx.post(f"{API}/team-invitations/send-code").respond(json={"success": True, "id": INV_ID})
    sent = await client.team_invitations.send(TEAM_ID, "bob@example.com", callback_url=CALLBACK)
    assert body_of(route.calls.last.request) == {"email": "bob@example.com", "team_id": TEAM_ID,
                                                 "callback_url": CALLBACK}
    assert isinstance(sent, TeamInvitationsSendResponse200) and sent.id == INV_ID and sent.success is True


@respx.mock
async def test_send_to_an_untrusted_callback_raises(server: StackSDK) -> None:
    respx.post(f"{API}/team-invitations/send-code").mock(return_value=known_error("REDIRECT_URL_NOT_WHITELISTED", 400))
    with pytest.raises(KnownError) as info:
        await server.team_invitations.send(TEAM_ID, "bob@example.com", callback_url="https://evil.example/x")
    assert info.value.code == "REDIRECT_URL_NOT_WHITELISTED"


@pytest.mark.parametrize(
    ("args", "kw", "match"),
    [
        (("", "bob@example.com"), {"callback_url": CALLBACK}, "team_id"),
        ((TEAM_ID, "bob"), {"callback_url": CALLBACK}, "email must be an e-mail address"),
        ((TEAM_ID, "bob@example.com"), {"callback_url": "/join"}, "callback_url must be an absolute URL"),
    ],
)
async def test_send_rejects_bad_input(
    server: StackSDK, respx_mock: respx.MockRouter, args: tuple[str, str], kw: dict[str, str], match: str
) -> None:
    with pytest.raises(ValueError, match=match):
        await server.team_invitations.send(*args, **kw)
    assert not respx_mock.calls


@respx.mock
async def test_list_a_teams_invitations(server: StackSDK) -> None:
    route = respx.get(f"{API}/team-invitations").respond(json={"is_paginated": False, "items": [INVITATION]})
    page = await server.team_invitations.list(team_id=TEAM_ID)
    assert dict(route.calls.last.request.url.params) == {"team_id": TEAM_ID}
    inv = page.items[0]
    assert isinstance(inv, TeamInvitation) and (inv.recipient_email, inv.expires_at_millis) == (
        "bob@example.com", 1796071065000)
    assert page.next_cursor is None


@respx.mock
async def test_list_my_invitations(client: StackSDK) -> None:
    route = respx.get(f"{API}/team-invitations").respond(json={"is_paginated": False, "items": [INVITATION]})
    ids = [i.id async for i in client.team_invitations.list(user_id="me")]
    assert dict(route.calls.last.request.url.params) == {"user_id": "me"} and ids == [INV_ID]


@pytest.mark.parametrize(
    "kw", [{}, {"team_id": TEAM_ID, "user_id": "me"}, {"team_id": ""}],
)
def test_list_needs_exactly_one_owner(server: StackSDK, respx_mock: respx.MockRouter, kw: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="team_id"):
        server.team_invitations.list(**kw)
    assert not respx_mock.calls


@respx.mock
async def test_revoke_sends_team_id_in_the_query_and_user_tokens(client: StackSDK) -> None:
    route = respx.delete(f"{API}/team-invitations/{INV_ID}").respond(json={"success": True})
    assert await client.team_invitations.revoke(INV_ID, team_id=TEAM_ID) is None
    req = route.calls.last.request
    assert dict(req.url.params) == {"team_id": TEAM_ID}
    assert req.headers["x-stack-access-type"] == "client" and "x-stack-access-token" in req.headers


@respx.mock
async def test_revoke_errors_are_typed(server: StackSDK) -> None:
    respx.delete(f"{API}/team-invitations/{INV_ID}").mock(return_value=known_error("TEAM_NOT_FOUND", 404))
    with pytest.raises(KnownError) as info:
        await server.team_invitations.revoke(INV_ID, team_id=TEAM_ID)
    assert info.value.code == "TEAM_NOT_FOUND"


async def test_revoke_rejects_bad_ids(server: StackSDK, respx_mock: respx.MockRouter) -> None:
    with pytest.raises(ValueError, match="team_id"):
        await server.team_invitations.revoke(INV_ID, team_id="")
    with pytest.raises(ValueError, match="invitation_id"):
        await server.team_invitations.revoke("", team_id=TEAM_ID)
    assert not respx_mock.calls


@respx.mock
async def test_accept(client: StackSDK) -> None:
    route = respx.post(f"{API}/team-invitations/accept").respond(json={})
    assert await client.team_invitations.accept(CODE) is None
    assert body_of(route.calls.last.request) == {"code": CODE}
    assert "x-stack-access-token" in route.calls.last.request.headers


@respx.mock
async def test_accept_a_used_code_raises_a_verification_error(client: StackSDK) -> None:
    respx.post(f"{API}/team-invitations/accept").mock(return_value=known_error("VERIFICATION_CODE_ALREADY_USED", 409))
    with pytest.raises(VerificationError):
        await client.team_invitations.accept(CODE)


@respx.mock
async def test_accept_by_id(client: StackSDK) -> None:
    route = respx.post(f"{API}/team-invitations/{INV_ID}/accept").respond(json={})
    assert await client.team_invitations.accept_by_id(INV_ID) is None
    req = route.calls.last.request
    assert dict(req.url.params) == {"user_id": "me"} and body_of(req) == {}


@respx.mock
async def test_check_code_valid_invalid_and_strict(client: StackSDK) -> None:
    route = respx.post(f"{API}/team-invitations/accept/check-code")
    route.respond(json={"is_code_valid": True})
    assert await client.team_invitations.check_code(CODE) is True
    assert body_of(route.calls.last.request) == {"code": CODE}
    route.mock(return_value=known_error("VERIFICATION_CODE_EXPIRED", 400))
    assert await client.team_invitations.check_code(CODE) is False
    with pytest.raises(VerificationError) as info:
        await client.team_invitations.check_code(CODE, strict=True)
    assert info.value.code == "VERIFICATION_CODE_EXPIRED"


@respx.mock
async def test_check_code_other_errors_raise(client: StackSDK) -> None:
    respx.post(f"{API}/team-invitations/accept/check-code").mock(
        return_value=known_error("USER_AUTHENTICATION_REQUIRED", 401)
    )
    with pytest.raises(KnownError) as info:
        await client.team_invitations.check_code(CODE)
    assert info.value.code == "USER_AUTHENTICATION_REQUIRED"


@respx.mock
async def test_get_details(client: StackSDK) -> None:
    route = respx.post(f"{API}/team-invitations/accept/details").respond(
        json={"team_id": TEAM_ID, "team_display_name": "Acme"}
    )
    d = await client.team_invitations.get_details(CODE)
    assert body_of(route.calls.last.request) == {"code": CODE}
    assert isinstance(d, TeamInvitationsGetDetailsResponse200) and (d.team_id, d.team_display_name) == (TEAM_ID, "Acme")


@pytest.mark.parametrize("method", ["accept", "check_code", "get_details"])
@pytest.mark.parametrize("code", ["", " code", None])
async def test_code_methods_reject_bad_codes(
    client: StackSDK, respx_mock: respx.MockRouter, method: str, code: Any
) -> None:
    with pytest.raises(ValueError, match="code must be the non-empty code"):
        await getattr(client.team_invitations, method)(code)
    assert not respx_mock.calls


async def test_accept_by_id_rejects_bad_ids(client: StackSDK, respx_mock: respx.MockRouter) -> None:
    with pytest.raises(ValueError, match="invitation_id"):
        await client.team_invitations.accept_by_id("")
    with pytest.raises(ValueError, match="user_id"):
        await client.team_invitations.accept_by_id(INV_ID, user_id="")
    assert not respx_mock.calls
