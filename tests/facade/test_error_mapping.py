"""Response processing before any parser (protocol §2.4): effective status, known errors, plain text."""

from __future__ import annotations

import httpx
import pytest
import respx

from stack_sdk import errors
from stack_sdk.errors import APIResponseValidationError, APIStatusError, KnownError

from .conftest import API, known_error, make_sdk


@respx.mock
async def test_override_status_known_error_becomes_typed_exception() -> None:
    details = {"expired_at_millis": 1, "project_id": "p", "user_id": "u", "refresh_token_id": "r"}
    respx.get(f"{API}/users/u1").respond(**known_error("ACCESS_TOKEN_EXPIRED", 401, "Access token has expired.",
                                                       details))
    async with make_sdk() as s:
        with pytest.raises(errors.InvalidAccessToken) as e:  # parent catches the concrete child
            await s._api.call("users_get", dict, user_id="u1")
    exc = e.value
    assert type(exc).__name__ == "AccessTokenExpired"
    assert exc.code == "ACCESS_TOKEN_EXPIRED"
    assert exc.status == 401
    assert exc.message == "Access token has expired."
    assert exc.details == details
    assert exc.request_id == "req0123456789abc"


@respx.mock
async def test_known_error_without_override() -> None:
    respx.get(f"{API}/users/u1").respond(**known_error("USER_NOT_FOUND", 404, "User not found.", override=False))
    async with make_sdk() as s:
        with pytest.raises(errors.UserNotFound) as e:
            await s._api.call("users_get", dict, user_id="u1")
    assert e.value.status == 404


@respx.mock
async def test_unknown_code_gives_base_class_with_code() -> None:
    respx.get(f"{API}/users/u1").respond(**known_error("BRAND_NEW_ERROR", 418, "new"))
    async with make_sdk() as s:
        with pytest.raises(KnownError) as e:
            await s._api.call("users_get", dict, user_id="u1")
    assert type(e.value) is KnownError and e.value.code == "BRAND_NEW_ERROR" and e.value.status == 418


@respx.mock
async def test_plain_text_error_with_override() -> None:
    respx.post(f"{API}/users").respond(200, text="Client team creation is disabled for this project",
                                       headers={"x-stack-actual-status": "403", "content-type": "text/plain"})
    async with make_sdk() as s:
        with pytest.raises(APIStatusError) as e:
            await s._api.call("users_create", dict)
    assert e.value.status == 403 and not isinstance(e.value, KnownError)
    assert "Client team creation is disabled" in str(e.value)


@respx.mock
async def test_success_body_never_reaches_parser_on_error() -> None:
    # With the override header a known error arrives as HTTP 200: it must still raise.
    respx.get(f"{API}/users/me").respond(**known_error("CANNOT_GET_OWN_USER_WITHOUT_USER", 400))
    async with make_sdk() as s:
        with pytest.raises(errors.CannotGetOwnUserWithoutUser):
            await s._api.call("users_me", dict)


@respx.mock
async def test_hexclave_header_family() -> None:
    respx.get(f"{API}/users/u1").respond(200, json={"code": "USER_NOT_FOUND", "error": "nope"},
                                         headers={"x-hexclave-known-error": "USER_NOT_FOUND",
                                                  "x-hexclave-actual-status": "404"})
    async with make_sdk() as s:
        with pytest.raises(errors.UserNotFound) as e:
            await s._api.call("users_get", dict, user_id="u1")
    assert e.value.status == 404


@respx.mock
async def test_body_that_does_not_match_the_model_is_a_validation_error() -> None:
    respx.get(f"{API}/users/me").respond(201, json={"id": "u1"})  # the stand-in parser accepts 200/201
    respx.get(f"{API}/users/u1").respond(204)
    async with make_sdk() as s:
        with pytest.raises(APIResponseValidationError, match="users_get"):
            await s._api.call("users_get", dict, user_id="u1")
        with pytest.raises(APIResponseValidationError, match="expected list"):
            await s._api.call("users_me", list)


@respx.mock
async def test_errors_carry_the_request() -> None:
    respx.get(f"{API}/users/u1").respond(**known_error("USER_NOT_FOUND", 404))
    async with make_sdk() as s:
        with pytest.raises(KnownError) as e:
            await s._api.call("users_get", dict, user_id="u1")
    assert isinstance(e.value.request, httpx.Request) and e.value.request.url.path == "/api/v1/users/u1"


@respx.mock
async def test_validation_error_never_quotes_the_body() -> None:
    # An undocumented 2xx status or a malformed body must not echo content (tokens, API key values).
    respx.get(f"{API}/users/me").respond(202, json={"access_token": "SECRET-TOKEN-VALUE"})
    async with make_sdk() as s:
        with pytest.raises(APIResponseValidationError) as e:
            await s._api.call("users_me", dict)
    assert "SECRET-TOKEN-VALUE" not in str(e.value) and "SECRET-TOKEN-VALUE" not in repr(e.value)
    assert e.value.__cause__ is None and e.value.__suppress_context__
