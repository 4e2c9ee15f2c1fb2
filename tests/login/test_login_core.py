"""The login flow's building blocks: open-redirect refusal, the sealed session cookie, CSRF."""

from __future__ import annotations

import pytest

from stack_sdk.errors import ConfigurationError
from stack_sdk.integrations.login import LoginSession, SessionCodec, safe_next


@pytest.mark.parametrize(
    "value",
    ["//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)", "evil.example",
     "", None, "/a\r\nLocation: https://evil.example", "\\\\evil.example", "http:/evil.example", 42],
)
def test_open_redirects_are_refused(value: object) -> None:
    assert safe_next(value, "/home") == "/home"


@pytest.mark.parametrize("value", ["/", "/account", "/a/b?c=1&d=%2F%2F#frag", "/search?q=//x"])
def test_local_paths_are_kept(value: str) -> None:
    assert safe_next(value) == value


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def signed_in() -> LoginSession:
    s = LoginSession()
    s.set_tokens("eyJ.access.token", "refresh-secret-123", "u1")
    s.push_oauth("state-1", {"v": "verifier-secret-456", "r": "http://x/cb", "n": "/"})
    return s


def test_cookie_round_trip_and_secrets_are_not_readable() -> None:
    codec = SessionCodec("k" * 32, clock=Clock(1_700_000_000))
    cookie = codec.seal(signed_in())
    for secret in ("refresh-secret-123", "verifier-secret-456", "eyJ.access.token"):
        assert secret not in cookie
    opened = codec.open(cookie)
    assert opened.tokens == ("eyJ.access.token", "refresh-secret-123") and opened.user_id == "u1"
    assert opened.pop_oauth("state-1") == {"v": "verifier-secret-456", "r": "http://x/cb", "n": "/"}


def test_tampered_foreign_or_expired_cookies_open_empty() -> None:
    clock = Clock(1_700_000_000)
    codec = SessionCodec("k" * 32, max_age=3600, clock=clock)
    cookie = codec.seal(signed_in())
    flipped = cookie[:-5] + ("A" if cookie[-5] != "A" else "B") + cookie[-4:]
    assert not codec.open(flipped).signed_in
    assert not SessionCodec("z" * 32, clock=clock).open(cookie).signed_in  # another app's key
    clock.now += 3601
    assert not codec.open(cookie).signed_in
    assert not codec.open("not a cookie").signed_in and not codec.open(None).signed_in


def test_short_secret_key_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError) as info:
        SessionCodec("short")
    assert info.value.setting == "secret_key" and "short" not in str(info.value)


def test_csrf_token_is_stable_per_session_and_checked_in_constant_time() -> None:
    s = LoginSession()
    token = s.csrf_token()
    assert s.csrf_token() == token and s.check_csrf(token)
    assert not s.check_csrf(None) and not s.check_csrf("") and not s.check_csrf(token + "x")
    assert not LoginSession().check_csrf(token)  # a session without a token accepts nothing


def test_oauth_state_is_single_use_and_bounded() -> None:
    s = signed_in()
    assert s.pop_oauth("state-1") is not None and s.pop_oauth("state-1") is None
    for i in range(8):
        s.push_oauth(f"st{i}", {"v": "v", "r": "r", "n": "/"})
    assert s.pop_oauth("st0") is None and s.pop_oauth("st7") is not None  # oldest dropped (5 kept)


def test_session_repr_hides_tokens() -> None:
    text = repr(signed_in())
    assert "refresh-secret" not in text and "eyJ" not in text
