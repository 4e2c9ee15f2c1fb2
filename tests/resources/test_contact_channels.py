"""s.contact_channels: /contact-channels (list, create, get, update, delete) and e-mail verification."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from stack_sdk import StackSDK
from stack_sdk.errors import APIStatusError, KnownError, VerificationError
from stack_sdk.types import ContactChannel

from .conftest import API, USER_ID, body_of, known_error

CHANNEL_ID = "b3d396b8-c574-4c80-97b3-50031675ceb2"
CODE = "u3h6gn4w24pqc8ya679inrhjwh1rybth6a7thurqhnpf2"
# Real shape (recordings: contact-channels:list:me).
CHANNEL: dict[str, Any] = {
    "id": CHANNEL_ID, "is_primary": True, "is_verified": False, "type": "email", "used_for_auth": True,
    "user_id": USER_ID, "value": "ada@example.com",
}


def plain_error(status: int, text: str) -> httpx.Response:
    return httpx.Response(200, text=text, headers={"x-stack-actual-status": str(status)})


# -- list / create ----------------------------------------------------------------------------------


@respx.mock
async def test_list(client: StackSDK) -> None:
    route = respx.get(f"{API}/contact-channels").respond(json={"is_paginated": False, "items": [CHANNEL]})
    page = await client.contact_channels.list("me")
    assert dict(route.calls.last.request.url.params) == {"user_id": "me"}
    assert isinstance(page.items[0], ContactChannel)
    assert (page.items[0].value, page.items[0].type_, page.items[0].is_primary) == ("ada@example.com", "email", True)


def test_list_needs_a_user(server: StackSDK) -> None:
    with pytest.raises(ValueError, match="user_id"):
        server.contact_channels.list(None)  # type: ignore[arg-type]


@respx.mock
async def test_create(server: StackSDK) -> None:
    route = respx.post(f"{API}/contact-channels").respond(201, json=CHANNEL | {"is_verified": True})
    ch = await server.contact_channels.create(
        USER_ID, value="ada@example.com", used_for_auth=True, is_primary=True, is_verified=True
    )
    assert body_of(route.calls.last.request) == {
        "user_id": USER_ID, "type": "email", "value": "ada@example.com", "used_for_auth": True,
        "is_primary": True, "is_verified": True,
    }
    assert isinstance(ch, ContactChannel) and ch.is_verified is True


@respx.mock
async def test_create_minimal_body(client: StackSDK) -> None:
    route = respx.post(f"{API}/contact-channels").respond(201, json=CHANNEL)
    await client.contact_channels.create("me", value="ada@example.com", used_for_auth=False)
    assert body_of(route.calls.last.request) == {
        "user_id": "me", "type": "email", "value": "ada@example.com", "used_for_auth": False,
    }


@respx.mock
async def test_create_taken_address_raises(server: StackSDK) -> None:
    respx.post(f"{API}/contact-channels").mock(
        return_value=known_error("CONTACT_CHANNEL_ALREADY_USED_FOR_AUTH_BY_SOMEONE_ELSE", 409)
    )
    with pytest.raises(KnownError):
        await server.contact_channels.create(USER_ID, value="ada@example.com", used_for_auth=True)


@pytest.mark.parametrize(
    ("kwargs", "exc", "fragment"),
    [
        ({"value": "", "used_for_auth": True}, ValueError, "value"),
        ({"value": "a@b.c", "used_for_auth": "yes"}, TypeError, "used_for_auth"),
        ({"value": "a@b.c", "used_for_auth": True, "is_primary": 1}, TypeError, "is_primary"),
    ],
)
async def test_create_rejects_bad_arguments(
    server: StackSDK, kwargs: dict[str, Any], exc: type[Exception], fragment: str
) -> None:
    with respx.mock(assert_all_called=False) as mock, pytest.raises(exc, match=fragment):
        await server.contact_channels.create(USER_ID, **kwargs)
    assert not mock.calls


# -- get / update / delete --------------------------------------------------------------------------


@respx.mock
async def test_get(server: StackSDK) -> None:
    route = respx.get(f"{API}/contact-channels/{USER_ID}/{CHANNEL_ID}").respond(json=CHANNEL)
    ch = await server.contact_channels.get(USER_ID, CHANNEL_ID)
    assert route.called and isinstance(ch, ContactChannel) and ch.id == CHANNEL_ID


@respx.mock
async def test_get_missing_is_none(server: StackSDK) -> None:
    respx.get(f"{API}/contact-channels/{USER_ID}/{CHANNEL_ID}").mock(
        return_value=plain_error(404, "Contact channel not found.")
    )
    assert await server.contact_channels.get(USER_ID, CHANNEL_ID) is None


@respx.mock
async def test_get_other_errors_propagate(client: StackSDK) -> None:
    respx.get(f"{API}/contact-channels/{USER_ID}/{CHANNEL_ID}").mock(
        return_value=plain_error(403, "Client can only read contact channels for their own user.")
    )
    with pytest.raises(APIStatusError) as info:
        await client.contact_channels.get(USER_ID, CHANNEL_ID)
    assert info.value.status == 403


async def test_get_rejects_bad_ids(server: StackSDK) -> None:
    with pytest.raises(ValueError, match="contact_channel_id"):
        await server.contact_channels.get(USER_ID, "")


@respx.mock
async def test_update_sends_only_given_fields(client: StackSDK) -> None:
    route = respx.patch(f"{API}/contact-channels/me/{CHANNEL_ID}").respond(json=CHANNEL | {"value": "ada@new.example"})
    ch = await client.contact_channels.update("me", CHANNEL_ID, value="ada@new.example", is_primary=True)
    assert body_of(route.calls.last.request) == {"value": "ada@new.example", "is_primary": True}
    assert ch.value == "ada@new.example"


async def test_update_rejects_bad_arguments(server: StackSDK) -> None:
    with pytest.raises(ValueError, match="at least one"):
        await server.contact_channels.update(USER_ID, CHANNEL_ID)
    with pytest.raises(ValueError, match="value"):
        await server.contact_channels.update(USER_ID, CHANNEL_ID, value="")
    with pytest.raises(TypeError, match="is_verified"):
        await server.contact_channels.update(USER_ID, CHANNEL_ID, is_verified="true")  # type: ignore[arg-type]


@respx.mock
async def test_delete(server: StackSDK) -> None:
    route = respx.delete(f"{API}/contact-channels/{USER_ID}/{CHANNEL_ID}").respond(json={"success": True})
    assert await server.contact_channels.delete(USER_ID, CHANNEL_ID) is None
    assert route.call_count == 1


async def test_delete_rejects_bad_ids(server: StackSDK) -> None:
    with pytest.raises(ValueError, match="user_id"):
        await server.contact_channels.delete("", CHANNEL_ID)


# -- verification -----------------------------------------------------------------------------------


@respx.mock
async def test_send_verification_code(client: StackSDK) -> None:
    route = respx.post(f"{API}/contact-channels/me/{CHANNEL_ID}/send-verification-code").respond(json={"success": True})
    await client.contact_channels.send_verification_code("me", CHANNEL_ID, callback_url="https://app.example.com/verify")
    assert body_of(route.calls.last.request) == {"callback_url": "https://app.example.com/verify"}


@respx.mock
async def test_send_verification_code_already_verified_raises(server: StackSDK) -> None:
    respx.post(f"{API}/contact-channels/{USER_ID}/{CHANNEL_ID}/send-verification-code").mock(
        return_value=known_error("EMAIL_ALREADY_VERIFIED", 409)
    )
    with pytest.raises(KnownError) as info:
        await server.contact_channels.send_verification_code(USER_ID, CHANNEL_ID, callback_url="https://a.example/v")
    assert info.value.code == "EMAIL_ALREADY_VERIFIED"


@pytest.mark.parametrize("url", ["", "/verify", "app.example.com/verify", None])
async def test_send_verification_code_needs_an_absolute_url(server: StackSDK, url: Any) -> None:
    with pytest.raises(ValueError, match="absolute URL"):
        await server.contact_channels.send_verification_code(USER_ID, CHANNEL_ID, callback_url=url)


@respx.mock
async def test_send_primary_verification_code(client: StackSDK) -> None:
    route = respx.post(f"{API}/contact-channels/send-verification-code").respond(json={"success": True})
    await client.contact_channels.send_primary_verification_code(
        email="ada@example.com", callback_url="https://app.example.com/verify"
    )
    assert body_of(route.calls.last.request) == {
        "email": "ada@example.com", "callback_url": "https://app.example.com/verify",
    }


async def test_send_primary_verification_code_rejects_bad_email(client: StackSDK) -> None:
    with pytest.raises(ValueError, match="email"):
        await client.contact_channels.send_primary_verification_code(email="", callback_url="https://a.example/v")


@respx.mock
async def test_verify(server: StackSDK) -> None:
    route = respx.post(f"{API}/contact-channels/verify").respond(json={"success": True})
    assert await server.contact_channels.verify(CODE) is None
    assert body_of(route.calls.last.request) == {"code": CODE}


@respx.mock
async def test_verify_bad_code_raises_verification_error(server: StackSDK) -> None:
    # Real answer (recordings: verify:bad-code).
    respx.post(f"{API}/contact-channels/verify").mock(return_value=known_error("VERIFICATION_CODE_NOT_FOUND", 404))
    with pytest.raises(VerificationError):
        await server.contact_channels.verify("x" * 45)


async def test_verify_rejects_empty_code(server: StackSDK) -> None:
    with pytest.raises(ValueError, match="code"):
        await server.contact_channels.verify("")


@respx.mock
async def test_check_verification_code_valid(server: StackSDK) -> None:
    route = respx.post(f"{API}/contact-channels/verify/check-code").respond(json={"is_code_valid": True})
    assert await server.contact_channels.check_verification_code(CODE) is True
    assert body_of(route.calls.last.request) == {"code": CODE}


@pytest.mark.parametrize(
    "code",
    ["VERIFICATION_CODE_NOT_FOUND", "VERIFICATION_CODE_EXPIRED", "VERIFICATION_CODE_ALREADY_USED",
     "VERIFICATION_CODE_MAX_ATTEMPTS_REACHED"],
)
@respx.mock
async def test_check_verification_code_invalid_is_false_or_strict_raises(server: StackSDK, code: str) -> None:
    respx.post(f"{API}/contact-channels/verify/check-code").mock(return_value=known_error(code, 404))
    assert await server.contact_channels.check_verification_code(CODE) is False
    with pytest.raises(VerificationError) as info:
        await server.contact_channels.check_verification_code(CODE, strict=True)
    assert info.value.code == code


@respx.mock
async def test_check_verification_code_other_errors_propagate(server: StackSDK) -> None:
    respx.post(f"{API}/contact-channels/verify/check-code").mock(return_value=known_error("SCHEMA_ERROR", 400))
    with pytest.raises(KnownError):
        await server.contact_channels.check_verification_code(CODE)
