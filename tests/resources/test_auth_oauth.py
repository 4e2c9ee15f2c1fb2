"""s.auth.oauth: the authorize URL (PKCE S256, exact query of protocol §2.12) and the code exchange."""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import parse_qs, parse_qsl, urlsplit

import httpx
import pytest
import respx

from stack_sdk import MemoryTokenStore
from stack_sdk.errors import InvalidAuthorizationCode, MultiFactorAuthenticationRequired, OAuthError
from stack_sdk.resources._auth_flows.oauth import code_challenge

from ._auth_helpers import jwt, refresh_body
from .conftest import API, PCK, PROJECT, USER_ID, client_sdk, known_error, server_sdk

CB = "https://app.example.com/handler/oauth-callback"
ERR = "https://app.example.com/handler/error"


async def test_oauth_url_has_the_exact_query() -> None:
    s = client_sdk(token_store=MemoryTokenStore())
    o = await s.auth.oauth.get_oauth_url("GitHub", CB, ERR, state="st_1", code_verifier="v" * 64)
    parts = urlsplit(o.url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == f"{API}/auth/oauth/authorize/github"
    assert parse_qsl(parts.query) == [
        ("client_id", PROJECT),
        ("client_secret", PCK),
        ("redirect_uri", CB),
        ("scope", "legacy"),
        ("state", "st_1"),
        ("grant_type", "authorization_code"),
        ("code_challenge", code_challenge("v" * 64)),
        ("code_challenge_method", "S256"),
        ("response_type", "code"),
        ("type", "authenticate"),
        ("error_redirect_uri", ERR),
    ]
    assert (o.state, o.code_verifier, o.redirect_url) == ("st_1", "v" * 64, CB)


def test_code_challenge_is_s256_base64url_without_padding() -> None:
    verifier = "x" * 50
    expected = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
    assert code_challenge(verifier) == expected
    assert "=" not in expected


async def test_oauth_url_generates_random_state_and_verifier() -> None:
    s = client_sdk(token_store=MemoryTokenStore())
    a = await s.auth.oauth.get_oauth_url("google", CB, ERR)
    b = await s.auth.oauth.get_oauth_url("google", CB, ERR)
    assert a.state != b.state and a.code_verifier != b.code_verifier
    assert len(a.state) == 32 and 43 <= len(a.code_verifier) <= 128
    q = parse_qs(urlsplit(a.url).query)
    assert q["code_challenge"] == [code_challenge(a.code_verifier)]
    assert a.code_verifier not in repr(a)


async def test_oauth_url_without_publishable_key_uses_sentinel_and_never_the_server_key() -> None:
    o = await server_sdk().auth.oauth.get_oauth_url("github", CB, ERR)
    q = parse_qs(urlsplit(o.url).query)
    assert q["client_secret"] == ["__stack_public_client__"]
    assert "ssk_" not in o.url


async def test_oauth_url_carries_signed_in_users_token_and_options() -> None:
    at = jwt(USER_ID)
    s = client_sdk(token_store=MemoryTokenStore(at, "rt"))
    o = await s.auth.oauth.get_oauth_url("github", CB + "?code=old&state=old&keep=1", ERR,
                                         after_callback_redirect_url="https://app.example.com/after",
                                         provider_scope="repo read:org")
    q = parse_qs(urlsplit(o.url).query)
    assert q["token"] == [at]
    assert q["after_callback_redirect_url"] == ["https://app.example.com/after"]
    assert q["provider_scope"] == ["repo read:org"]
    assert o.redirect_url == CB + "?keep=1"  # an old callback's code/state are dropped
    assert q["redirect_uri"] == [CB + "?keep=1"]
    assert "%20" in o.url and "+" not in o.url.split("provider_scope=")[1]  # RFC 3986 encoding


@respx.mock
async def test_oauth_url_refreshes_a_token_older_than_60s_first() -> None:
    new = jwt(USER_ID)
    respx.post(f"{API}/auth/oauth/token").mock(return_value=httpx.Response(200, json=refresh_body(new)))
    s = client_sdk(token_store=MemoryTokenStore(jwt(USER_ID, iat_ago=65), "rt"))
    o = await s.auth.oauth.get_oauth_url("github", CB, ERR)
    assert parse_qs(urlsplit(o.url).query)["token"] == [new]


@pytest.mark.parametrize(
    ("args", "kw", "match"),
    [
        (("github", "/cb", ERR), {}, "redirect_url"),
        (("github", CB, "err"), {}, "error_redirect_url"),
        (("", CB, ERR), {}, "provider"),
        (("github", CB, ERR), {"code_verifier": "short"}, "code_verifier"),
        (("github", CB, ERR), {"code_verifier": "a" * 50 + " "}, "code_verifier"),
    ],
)
async def test_oauth_url_bad_input(args: tuple[str, str, str], kw: dict[str, str], match: str) -> None:
    with pytest.raises(ValueError, match=match):
        await client_sdk().auth.oauth.get_oauth_url(*args, **kw)


# -- callback -------------------------------------------------------------------------------------------


@respx.mock
async def test_callback_exchanges_code_with_form_and_stores_tokens() -> None:
    at = jwt(USER_ID)
    route = respx.post(f"{API}/auth/oauth/token").mock(
        return_value=httpx.Response(200, json={"access_token": at, "refresh_token": "rt_oauth", "is_new_user": True,
                                               "after_callback_redirect_url": "https://app.example.com/after",
                                               "token_type": "Bearer", "expires_in": 3600, "scope": "legacy"})
    )
    st = MemoryTokenStore()
    s = client_sdk(token_store=st)
    r = await s.auth.oauth.call_oauth_callback(f"{CB}?code=c0de&state=st_1", code_verifier="v" * 64,
                                               redirect_url=CB)
    req = route.calls.last.request
    assert req.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(req.content.decode()) == {
        "client_id": [PROJECT], "client_secret": [PCK], "grant_type": ["authorization_code"],
        "code": ["c0de"], "redirect_uri": [CB], "code_verifier": ["v" * 64]}
    assert (r.user_id, r.is_new_user, r.after_callback_redirect_url) == (
        USER_ID, True, "https://app.example.com/after")
    assert await st.get_tokens() == (at, "rt_oauth")
    assert "rt_oauth" not in repr(r)


async def test_callback_error_in_url_is_oauth_error() -> None:
    with pytest.raises(OAuthError) as e:
        await client_sdk().auth.oauth.call_oauth_callback(
            f"{CB}?error=access_denied&error_description=User+cancelled", code_verifier="v" * 64, redirect_url=CB)
    assert e.value.code == "access_denied"
    assert "User cancelled" in str(e.value)


async def test_callback_missing_code() -> None:
    with pytest.raises(OAuthError) as e:
        await client_sdk().auth.oauth.call_oauth_callback(f"{CB}?state=s", code_verifier="v" * 64, redirect_url=CB)
    assert e.value.code == "missing_code"


@respx.mock
async def test_callback_mfa_required_is_typed() -> None:
    respx.post(f"{API}/auth/oauth/token").mock(
        return_value=known_error("MULTI_FACTOR_AUTHENTICATION_REQUIRED", 400, details={"attempt_code": "ac"})
    )
    with pytest.raises(MultiFactorAuthenticationRequired) as e:
        await client_sdk().auth.oauth.call_oauth_callback(f"{CB}?code=c", code_verifier="v" * 64, redirect_url=CB)
    assert e.value.attempt_code == "ac"


@respx.mock
async def test_callback_invalid_code_is_typed() -> None:
    respx.post(f"{API}/auth/oauth/token").mock(return_value=known_error("INVALID_AUTHORIZATION_CODE", 400))
    with pytest.raises(InvalidAuthorizationCode):
        await client_sdk().auth.oauth.call_oauth_callback(f"{CB}?code=c", code_verifier="v" * 64, redirect_url=CB)


@respx.mock
async def test_callback_oauth2_error_body() -> None:
    respx.post(f"{API}/auth/oauth/token").mock(
        return_value=httpx.Response(400, json={"error": "invalid_grant", "error_description": "Code expired"})
    )
    with pytest.raises(OAuthError) as e:
        await client_sdk().auth.oauth.call_oauth_callback(f"{CB}?code=c", code_verifier="v" * 64, redirect_url=CB)
    assert e.value.code == "invalid_grant"


@respx.mock
async def test_callback_plain_text_error_is_token_exchange_failed() -> None:
    respx.post(f"{API}/auth/oauth/token").mock(return_value=httpx.Response(400, text="Invalid redirect URI"))
    with pytest.raises(OAuthError) as e:
        await client_sdk().auth.oauth.call_oauth_callback(f"{CB}?code=c", code_verifier="v" * 64, redirect_url=CB)
    assert e.value.code == "token_exchange_failed"


@pytest.mark.parametrize(
    "body", [{"token_type": "Bearer"}, {"access_token": "not-a-jwt", "refresh_token": "rt"},
             {"access_token": jwt(USER_ID)}],
    ids=["no-access-token", "no-user-id", "no-refresh-token"],
)
@respx.mock
async def test_callback_bad_success_body_is_parse_error(body: dict[str, str]) -> None:
    respx.post(f"{API}/auth/oauth/token").mock(return_value=httpx.Response(200, json=body))
    st = MemoryTokenStore()
    with pytest.raises(OAuthError) as e:
        await client_sdk(token_store=st).auth.oauth.call_oauth_callback(
            f"{CB}?code=c", code_verifier="v" * 64, redirect_url=CB)
    assert e.value.code == "parse_error"
    assert await st.get_tokens() == (None, None)


async def test_callback_bad_input() -> None:
    s = client_sdk()
    with pytest.raises(ValueError, match="redirect_url"):
        await s.auth.oauth.call_oauth_callback(f"{CB}?code=c", code_verifier="v" * 64, redirect_url="cb")
    with pytest.raises(ValueError, match="code_verifier"):
        await s.auth.oauth.call_oauth_callback(f"{CB}?code=c", code_verifier="", redirect_url=CB)

