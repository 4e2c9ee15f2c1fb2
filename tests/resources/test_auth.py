"""s.auth: the session (tokens, sign-out, partial user) and the password / OTP / MFA / anonymous flows."""

from __future__ import annotations

import json
import logging
from urllib.parse import parse_qs

import httpx
import pytest
import respx

from stack_sdk import MemoryTokenStore, StackSDK, TokenPair
from stack_sdk.errors import (
    APIConnectionError,
    APIStatusError,
    EmailPasswordMismatch,
    KnownError,
    MultiFactorAuthenticationRequired,
    RedirectUrlNotWhitelisted,
    UserNotSignedIn,
    VerificationError,
)
from stack_sdk.resources.auth import PartialUser, SignInResult

from ._auth_helpers import jwt, refresh_body, store, tokens_body
from .conftest import API, USER_ID, body_of, client_sdk, known_error, server_sdk

AT = ""  # a fresh access token, minted for each test by the clock that test runs under (see below)


@pytest.fixture(autouse=True)
def _fresh_access_token() -> None:
    # Minted per test, not at import: a token made at import is stale for a test that runs minutes (or, with
    # the shifted clock, years) later, and the "older than 75 s" refresh rule would then fire.
    global AT
    AT = jwt(USER_ID)


# -- SignInResult and the token store ------------------------------------------------------------------


def test_sign_in_result_repr_hides_tokens() -> None:
    r = SignInResult(user_id="u1", tokens=TokenPair("eyJ.secret.sig", "rt_secret_value"), is_new_user=False)
    assert "secret" not in repr(r)
    assert "u1" in repr(r)


@respx.mock
async def test_password_sign_in_sends_credentials_and_stores_tokens() -> None:
    route = respx.post(f"{API}/auth/password/sign-in").mock(
        return_value=httpx.Response(200, json=tokens_body(AT, "rt_new", USER_ID))
    )
    s = client_sdk(token_store=MemoryTokenStore())
    r = await s.auth.password.sign_in("ada@example.com", "ProbePassw0rd!")
    assert body_of(route.calls.last.request) == {"email": "ada@example.com", "password": "ProbePassw0rd!"}
    assert route.calls.last.request.headers["x-stack-access-type"] == "client"
    assert (r.user_id, r.tokens, r.is_new_user) == (USER_ID, TokenPair(AT, "rt_new"), None)
    assert await s.token_store.get_tokens() == (AT, "rt_new")  # type: ignore[union-attr]


@respx.mock
async def test_sign_in_on_a_server_sdk_without_store_still_returns_tokens() -> None:
    respx.post(f"{API}/auth/password/sign-in").mock(
        return_value=httpx.Response(200, json=tokens_body(AT, "rt_new", USER_ID))
    )
    s = server_sdk()
    assert s.token_store is None
    r = await s.auth.password.sign_in("ada@example.com", "pw")
    assert r.tokens.refresh_token == "rt_new"


@respx.mock
async def test_sign_in_wrong_password_raises_typed_and_keeps_store() -> None:
    respx.post(f"{API}/auth/password/sign-in").mock(
        return_value=known_error("EMAIL_PASSWORD_MISMATCH", 400, "Wrong e-mail or password.")
    )
    old = jwt("anon-user", is_anonymous=True)
    st = MemoryTokenStore(old, "old_rt")
    s = client_sdk(token_store=st)
    with pytest.raises(EmailPasswordMismatch):
        await s.auth.password.sign_in("ada@example.com", "WrongPassw0rd!")
    assert await st.get_tokens() == (old, "old_rt")


@respx.mock
async def test_sign_in_mfa_required_carries_attempt_code() -> None:
    respx.post(f"{API}/auth/password/sign-in").mock(
        return_value=known_error("MULTI_FACTOR_AUTHENTICATION_REQUIRED", 400,
                                 "Multi-factor authentication is required for this user.",
                                 {"attempt_code": "ac_45chars"})
    )
    with pytest.raises(MultiFactorAuthenticationRequired) as e:
        await client_sdk().auth.password.sign_in("ada@example.com", "pw")
    assert e.value.attempt_code == "ac_45chars"


@pytest.mark.parametrize(
    ("email", "password", "exc"),
    [("", "pw", ValueError), ("  ", "pw", ValueError), ("a@b.c", "", ValueError), (None, "pw", TypeError)],
)
@pytest.mark.respx(assert_all_called=False)
async def test_sign_in_bad_input_sends_nothing(respx_mock: respx.MockRouter, email: object, password: object, exc: type[Exception]) -> None:
    route = respx_mock.post(f"{API}/auth/password/sign-in")
    with pytest.raises(exc):
        await client_sdk().auth.password.sign_in(email, password)  # type: ignore[arg-type]
    assert not route.called


# -- password sign-up ----------------------------------------------------------------------------------


@respx.mock
async def test_sign_up_sends_callback_and_stores_tokens() -> None:
    route = respx.post(f"{API}/auth/password/sign-up").mock(
        return_value=httpx.Response(200, json=tokens_body(AT, "rt_1", USER_ID))
    )
    s = client_sdk(token_store=MemoryTokenStore())
    r = await s.auth.password.sign_up("ada@example.com", "ProbePassw0rd!",
                                      verification_callback_url="http://localhost:3000/handler/email-verification")
    assert body_of(route.calls.last.request) == {
        "email": "ada@example.com", "password": "ProbePassw0rd!",
        "verification_callback_url": "http://localhost:3000/handler/email-verification",
    }
    assert r.user_id == USER_ID
    assert await s.token_store.get_tokens() == (AT, "rt_1")  # type: ignore[union-attr]


@respx.mock
async def test_sign_up_no_verification_callback_sends_no_url() -> None:
    route = respx.post(f"{API}/auth/password/sign-up").mock(
        return_value=httpx.Response(200, json=tokens_body(AT, "rt_1", USER_ID))
    )
    await client_sdk().auth.password.sign_up("ada@example.com", "pw123456", no_verification_callback=True)
    assert body_of(route.calls.last.request) == {"email": "ada@example.com", "password": "pw123456"}


async def test_sign_up_callback_and_opt_out_together_is_value_error() -> None:
    with pytest.raises(ValueError, match="not both"):
        await client_sdk().auth.password.sign_up(
            "a@b.co", "pw123456", verification_callback_url="https://x.example/cb", no_verification_callback=True
        )


async def test_sign_up_relative_callback_url_is_value_error() -> None:
    with pytest.raises(ValueError, match="verification_callback_url must be an absolute URL"):
        await client_sdk().auth.password.sign_up("a@b.co", "pw123456", verification_callback_url="/cb")


@respx.mock
async def test_sign_up_retries_once_without_untrusted_callback(caplog: pytest.LogCaptureFixture) -> None:
    route = respx.post(f"{API}/auth/password/sign-up").mock(
        side_effect=[
            known_error("REDIRECT_URL_NOT_WHITELISTED", 400, "Redirect URL not whitelisted."),
            httpx.Response(200, json=tokens_body(AT, "rt_1", USER_ID)),
        ]
    )
    with caplog.at_level(logging.WARNING, logger="stack_sdk"):
        r = await client_sdk().auth.password.sign_up(
            "ada@example.com", "pw123456", verification_callback_url="https://evil.example.org/cb"
        )
    assert r.user_id == USER_ID
    assert [body_of(c.request).get("verification_callback_url") for c in route.calls] == [
        "https://evil.example.org/cb", None]
    assert "verification_callback_url" not in body_of(route.calls[1].request)
    assert any("trusted domain" in m for m in caplog.messages)


@respx.mock
async def test_sign_up_untrusted_without_url_is_not_retried() -> None:
    route = respx.post(f"{API}/auth/password/sign-up").mock(
        return_value=known_error("REDIRECT_URL_NOT_WHITELISTED", 400)
    )
    with pytest.raises(RedirectUrlNotWhitelisted):
        await client_sdk().auth.password.sign_up("a@b.co", "pw123456")
    assert route.call_count == 1


@respx.mock
async def test_sign_up_retry_fails_twice_raises_second_error() -> None:
    route = respx.post(f"{API}/auth/password/sign-up").mock(
        side_effect=[known_error("REDIRECT_URL_NOT_WHITELISTED", 400),
                     known_error("USER_EMAIL_ALREADY_EXISTS", 409, details={"email": "a@b.co"})]
    )
    with pytest.raises(KnownError) as e:
        await client_sdk().auth.password.sign_up("a@b.co", "pw123456", verification_callback_url="https://x.example/cb")
    assert e.value.code == "USER_EMAIL_ALREADY_EXISTS"
    assert route.call_count == 2


# -- reset codes, update, set --------------------------------------------------------------------------


@respx.mock
async def test_send_reset_code() -> None:
    route = respx.post(f"{API}/auth/password/send-reset-code").mock(
        return_value=httpx.Response(200, json={"success": "maybe, only if user with e-mail exists"})
    )
    assert await client_sdk().auth.password.send_reset_code(
        "ada@example.com", "https://app.example.com/handler/password-reset") is None
    assert body_of(route.calls.last.request) == {
        "email": "ada@example.com", "callback_url": "https://app.example.com/handler/password-reset"}


async def test_send_reset_code_bad_url() -> None:
    with pytest.raises(ValueError, match="callback_url"):
        await client_sdk().auth.password.send_reset_code("ada@example.com", "not a url")


@respx.mock
async def test_verify_reset_code_true_and_verification_error() -> None:
    route = respx.post(f"{API}/auth/password/reset/check-code").mock(
        side_effect=[httpx.Response(200, json={"is_code_valid": True}),
                     known_error("VERIFICATION_CODE_EXPIRED", 400, "expired")]
    )
    s = client_sdk()
    assert await s.auth.password.verify_reset_code("code45") is True
    assert body_of(route.calls.last.request) == {"code": "code45"}
    with pytest.raises(VerificationError):
        await s.auth.password.verify_reset_code("code45")


async def test_verify_reset_code_with_whitespace_is_value_error() -> None:
    with pytest.raises(ValueError, match="whitespace"):
        await client_sdk().auth.password.verify_reset_code("abc def")


@respx.mock
async def test_reset_password() -> None:
    route = respx.post(f"{API}/auth/password/reset").mock(return_value=httpx.Response(200, json={"success": True}))
    assert await client_sdk().auth.password.reset("code45", "NewPassw0rd!") is None
    assert body_of(route.calls.last.request) == {"code": "code45", "password": "NewPassw0rd!"}


@respx.mock
async def test_update_password_sends_both_user_tokens() -> None:
    route = respx.post(f"{API}/auth/password/update").mock(return_value=httpx.Response(200, json={"success": True}))
    me = server_sdk().as_user({"access_token": AT, "refresh_token": "rt_keep"})
    await me.auth.password.update("OldPassw0rd!", "NewPassw0rd!")
    req = route.calls.last.request
    assert body_of(req) == {"old_password": "OldPassw0rd!", "new_password": "NewPassw0rd!"}
    # The refresh token keeps this session alive when the backend revokes the others (§0 #7).
    assert req.headers["x-stack-refresh-token"] == "rt_keep"
    assert req.headers["x-stack-access-token"] == AT


@pytest.mark.respx(assert_all_called=False)
async def test_update_password_without_store_tells_to_use_as_user(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post(f"{API}/auth/password/update")
    with pytest.raises(UserNotSignedIn, match=r"as_user\(tokens\)"):
        await server_sdk().auth.password.update("OldPassw0rd!", "NewPassw0rd!")
    assert not route.called


@respx.mock
async def test_set_password() -> None:
    route = respx.post(f"{API}/auth/password/set").mock(return_value=httpx.Response(200, json={"success": True}))
    await client_sdk(token_store=store(AT)).auth.password.set("NewPassw0rd!")
    assert body_of(route.calls.last.request) == {"password": "NewPassw0rd!"}
    assert route.calls.last.request.headers["x-stack-access-token"] == AT


async def test_set_password_empty_is_value_error() -> None:
    with pytest.raises(ValueError, match="password"):
        await client_sdk().auth.password.set("")


# -- OTP -----------------------------------------------------------------------------------------------


@respx.mock
async def test_otp_send_returns_nonce() -> None:
    route = respx.post(f"{API}/auth/otp/send-sign-in-code").mock(
        return_value=httpx.Response(200, json={"nonce": "nonce_abc"})
    )
    nonce = await client_sdk().auth.otp.send_sign_in_code(
        "ada@example.com", "http://localhost:3000/handler/magic-link-callback")
    assert nonce == "nonce_abc"
    assert body_of(route.calls.last.request) == {
        "email": "ada@example.com", "callback_url": "http://localhost:3000/handler/magic-link-callback"}


@respx.mock
async def test_otp_send_disabled_is_plain_status_error() -> None:
    respx.post(f"{API}/auth/otp/send-sign-in-code").mock(
        return_value=httpx.Response(200, text="OTP sign-in is not enabled for this project",
                                    headers={"x-stack-actual-status": "403"})
    )
    with pytest.raises(APIStatusError) as e:
        await client_sdk().auth.otp.send_sign_in_code("a@b.co", "https://app.example.com/cb")
    assert e.value.status == 403


@respx.mock
async def test_otp_sign_in_with_link_code_stores_tokens_and_is_new_user() -> None:
    route = respx.post(f"{API}/auth/otp/sign-in").mock(
        return_value=httpx.Response(200, json=tokens_body(AT, "rt_otp", USER_ID, is_new_user=True))
    )
    st = MemoryTokenStore()
    r = await client_sdk(token_store=st).auth.otp.sign_in("linkcode45")
    assert body_of(route.calls.last.request) == {"code": "linkcode45"}
    assert r.is_new_user is True
    assert await st.get_tokens() == (AT, "rt_otp")


@respx.mock
async def test_otp_sign_in_with_typed_code_appends_nonce() -> None:
    route = respx.post(f"{API}/auth/otp/sign-in").mock(
        return_value=httpx.Response(200, json=tokens_body(AT, "rt_otp", USER_ID, is_new_user=False))
    )
    await client_sdk().auth.otp.sign_in("123456", nonce="nonce_abc")
    assert body_of(route.calls.last.request) == {"code": "123456nonce_abc"}


@respx.mock
async def test_otp_check_code() -> None:
    route = respx.post(f"{API}/auth/otp/sign-in/check-code").mock(
        return_value=httpx.Response(200, json={"is_code_valid": True})
    )
    assert await client_sdk().auth.otp.check_code("linkcode45") is True
    assert body_of(route.calls.last.request) == {"code": "linkcode45"}


async def test_otp_bad_input() -> None:
    s = client_sdk()
    with pytest.raises(ValueError):
        await s.auth.otp.sign_in("")
    with pytest.raises(ValueError, match="callback_url"):
        await s.auth.otp.send_sign_in_code("a@b.co", "magic-link")
    with pytest.raises(TypeError):
        await s.auth.otp.check_code(123456)  # type: ignore[arg-type]


# -- MFA -----------------------------------------------------------------------------------------------


@respx.mock
async def test_mfa_sign_in_sends_totp_and_attempt_code() -> None:
    route = respx.post(f"{API}/auth/mfa/sign-in").mock(
        return_value=httpx.Response(200, json=tokens_body(AT, "rt_mfa", USER_ID, is_new_user=False))
    )
    st = MemoryTokenStore()
    r = await client_sdk(token_store=st).auth.mfa.sign_in("293 723", "attempt_45")
    assert body_of(route.calls.last.request) == {"type": "totp", "totp": "293723", "code": "attempt_45"}
    assert (r.user_id, r.is_new_user) == (USER_ID, False)
    assert await st.get_tokens() == (AT, "rt_mfa")


@pytest.mark.parametrize("totp", ["12345", "1234567", "abcdef", ""])
async def test_mfa_bad_totp_is_value_error(totp: str) -> None:
    with pytest.raises(ValueError, match="6-digit"):
        await client_sdk().auth.mfa.sign_in(totp, "attempt_45")


async def test_mfa_totp_must_be_string() -> None:
    with pytest.raises(TypeError, match="totp"):
        await client_sdk().auth.mfa.sign_in(123456, "attempt_45")  # type: ignore[arg-type]


# -- anonymous -----------------------------------------------------------------------------------------


@respx.mock
async def test_anonymous_sign_up_posts_empty_json_and_stores() -> None:
    route = respx.post(f"{API}/auth/anonymous/sign-up").mock(
        return_value=httpx.Response(200, json=tokens_body(AT, "rt_anon", USER_ID))
    )
    st = MemoryTokenStore()
    r = await client_sdk(token_store=st).auth.anonymous.sign_up()
    assert body_of(route.calls.last.request) == {}
    assert r.user_id == USER_ID
    assert await st.get_tokens() == (AT, "rt_anon")


# -- session: sign_out ---------------------------------------------------------------------------------


@respx.mock
async def test_sign_out_deletes_current_session_with_empty_body_and_clears() -> None:
    route = respx.delete(f"{API}/auth/sessions/current").mock(
        return_value=httpx.Response(200, json={"success": True})
    )
    st = store(AT, "rt_1")
    await client_sdk(token_store=st).auth.sign_out()
    req = route.calls.last.request
    assert body_of(req) == {}
    assert req.headers["x-stack-refresh-token"] == "rt_1"
    assert await st.get_tokens() == (None, None)


@pytest.mark.parametrize(
    "answer",
    [
        known_error("REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED", 401),
        httpx.Response(500, text="Internal Server Error. StackAssertionError: Expected to insert 1 DeletedRow"),
        httpx.Response(503, text="unavailable"),
        known_error("USER_AUTHENTICATION_REQUIRED", 401),
    ],
    ids=["refresh-token-dead", "500-already-gone", "503", "no-user"],
)
@respx.mock
async def test_sign_out_never_raises_for_a_gone_session(answer: httpx.Response) -> None:
    respx.delete(f"{API}/auth/sessions/current").mock(return_value=answer)
    st = store(AT, "rt_1")
    await client_sdk(token_store=st).auth.sign_out()
    assert await st.get_tokens() == (None, None)


@respx.mock
async def test_sign_out_network_error_still_clears() -> None:
    respx.delete(f"{API}/auth/sessions/current").mock(side_effect=httpx.ConnectError("down"))
    st = store(AT, "rt_1")
    await client_sdk(token_store=st).auth.sign_out()
    assert await st.get_tokens() == (None, None)


@respx.mock
async def test_sign_out_expired_access_and_dead_refresh_still_clears() -> None:
    refresh = respx.post(f"{API}/auth/oauth/token").mock(
        return_value=known_error("REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED", 401)
    )
    respx.delete(f"{API}/auth/sessions/current").mock(
        return_value=known_error("USER_AUTHENTICATION_REQUIRED", 401)
    )
    st = store(jwt(exp_in=-10), "rt_dead")
    await client_sdk(token_store=st).auth.sign_out()
    assert refresh.called
    assert await st.get_tokens() == (None, None)


@respx.mock
async def test_sign_out_other_errors_raise_but_still_clear() -> None:
    respx.delete(f"{API}/auth/sessions/current").mock(return_value=known_error("INVALID_PUBLISHABLE_CLIENT_KEY", 401))
    st = store(AT, "rt_1")
    with pytest.raises(KnownError):
        await client_sdk(token_store=st).auth.sign_out()
    assert await st.get_tokens() == (None, None)


@pytest.mark.respx(assert_all_called=False)
async def test_sign_out_with_empty_store_sends_nothing(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.delete(f"{API}/auth/sessions/current")
    await client_sdk(token_store=MemoryTokenStore()).auth.sign_out()
    assert not route.called


async def test_sign_out_without_store_is_clear_error() -> None:
    with pytest.raises(UserNotSignedIn, match="as_user"):
        await server_sdk().auth.sign_out()


# -- session: tokens -----------------------------------------------------------------------------------


@pytest.mark.respx(assert_all_called=False)
async def test_get_access_token_fresh_sends_nothing(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post(f"{API}/auth/oauth/token")
    assert await client_sdk(token_store=store(AT)).auth.get_access_token() == AT
    assert not route.called


@respx.mock
async def test_get_access_token_refreshes_tokens_older_than_75s() -> None:
    new = jwt(USER_ID)
    route = respx.post(f"{API}/auth/oauth/token").mock(return_value=httpx.Response(200, json=refresh_body(new)))
    st = store(jwt(USER_ID, iat_ago=80), "rt_1")
    assert await client_sdk(token_store=st).auth.get_access_token() == new
    form = parse_qs(route.calls.last.request.content.decode())
    assert form["grant_type"] == ["refresh_token"] and form["refresh_token"] == ["rt_1"]
    assert await st.get_tokens() == (new, "rt_1")


@respx.mock
async def test_get_access_token_refreshes_when_expiring_within_20s() -> None:
    new = jwt(USER_ID)
    respx.post(f"{API}/auth/oauth/token").mock(return_value=httpx.Response(200, json=refresh_body(new)))
    assert await client_sdk(token_store=store(jwt(exp_in=10), "rt_1")).auth.get_access_token() == new


@respx.mock
async def test_get_access_token_dead_refresh_token_is_none_and_clears() -> None:
    respx.post(f"{API}/auth/oauth/token").mock(return_value=known_error("REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED", 401))
    st = store(jwt(exp_in=-5), "rt_dead")
    assert await client_sdk(token_store=st).auth.get_access_token() is None
    assert await st.get_tokens() == (None, None)


@respx.mock
async def test_get_access_token_network_error_keeps_tokens() -> None:
    respx.post(f"{API}/auth/oauth/token").mock(side_effect=httpx.ConnectError("down"))
    old = jwt(exp_in=-5)
    st = store(old, "rt_1")
    with pytest.raises(APIConnectionError):
        await client_sdk(token_store=st).auth.get_access_token()
    assert await st.get_tokens() == (old, "rt_1")


async def test_session_methods_without_store_raise_clear_error() -> None:
    s = server_sdk()
    for call in (s.auth.get_access_token, s.auth.get_refresh_token, s.auth.get_auth_headers,
                 s.auth.get_auth_json, s.auth.refresh, s.auth.get_partial_user):
        with pytest.raises(UserNotSignedIn, match=r"as_user\(tokens\)"):
            await call()


async def test_get_refresh_token_and_auth_json_and_headers() -> None:
    me = server_sdk().as_user(TokenPair(AT, "rt_9"))
    assert await me.auth.get_refresh_token() == "rt_9"
    assert await me.auth.get_auth_json() == {"accessToken": AT, "refreshToken": "rt_9"}
    headers = await me.auth.get_auth_headers()
    assert list(headers) == ["x-stack-auth"]
    assert json.loads(headers["x-stack-auth"]) == {"accessToken": AT, "refreshToken": "rt_9"}
    # A back end receiving the header builds the same user view from it.
    back = server_sdk().as_user(httpx.Request("GET", "https://b.example", headers=headers))
    assert await back.token_store.get_tokens() == (AT, "rt_9")  # type: ignore[union-attr]


async def test_get_auth_json_signed_out_is_nulls() -> None:
    assert await client_sdk(token_store=MemoryTokenStore()).auth.get_auth_json() == {
        "accessToken": None, "refreshToken": None}


@respx.mock
async def test_refresh_forces_a_refresh_of_a_fresh_token() -> None:
    new = jwt(USER_ID, iat_ago=0)
    route = respx.post(f"{API}/auth/oauth/token").mock(return_value=httpx.Response(200, json=refresh_body(new)))
    st = store(AT, "rt_1")
    assert await client_sdk(token_store=st).auth.refresh() == new
    assert route.call_count == 1
    assert await st.get_tokens() == (new, "rt_1")


async def test_refresh_without_refresh_token_is_none() -> None:
    assert await client_sdk(token_store=MemoryTokenStore(AT, None)).auth.refresh() is None


# -- session: partial user -----------------------------------------------------------------------------


@pytest.mark.respx(assert_all_called=False)
async def test_get_partial_user_decodes_claims_without_request(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.route()
    token = jwt(USER_ID, name="Ada", email="ada@example.com", email_verified=True, is_anonymous=False,
                is_restricted=True, restricted_reason={"type": "email_not_verified"}, requires_totp_mfa=True)
    pu = await client_sdk(token_store=store(token)).auth.get_partial_user()
    assert pu == PartialUser(id=USER_ID, display_name="Ada", primary_email="ada@example.com",
                             primary_email_verified=True, is_anonymous=False, is_restricted=True,
                             restricted_reason="email_not_verified", is_multi_factor_required=True)
    assert not route.called


async def test_get_partial_user_anonymous_and_missing() -> None:
    anon = jwt(USER_ID, is_anonymous=True, restricted_reason={"type": "anonymous"}, is_restricted=True)
    pu = await client_sdk(token_store=store(anon)).auth.get_partial_user()
    assert pu is not None and pu.is_anonymous and pu.display_name is None and pu.restricted_reason == "anonymous"
    assert await client_sdk(token_store=MemoryTokenStore()).auth.get_partial_user() is None
    assert await client_sdk(token_store=MemoryTokenStore("not-a-jwt", "rt")).auth.get_partial_user() is None


async def test_auth_namespaces_are_cached_and_lazy() -> None:
    s: StackSDK = client_sdk()
    assert s.auth.password is s.auth.password
    assert {type(getattr(s.auth, n)).__name__ for n in ("password", "otp", "mfa", "oauth", "cli", "anonymous")} == {
        "Password", "Otp", "Mfa", "OAuth", "Cli", "Anonymous"}
