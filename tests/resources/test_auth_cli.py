"""s.auth.cli: initiate, poll, complete and the whole prompt_cli_login loop (protocol §2.14)."""

from __future__ import annotations

import httpx
import pytest
import respx

from stack_sdk import MemoryTokenStore
from stack_sdk.errors import (
    CliAuthError,
    CliAuthExpiredError,
    CliAuthUsedError,
    KnownError,
    UserNotSignedIn,
)

from ._auth_helpers import jwt
from .conftest import API, body_of, client_sdk, known_error, server_sdk

START = {"expires_at": "2026-11-23T22:37:46.138Z", "login_code": "login code/1", "polling_code": "poll_1"}


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@respx.mock
async def test_initiate_sends_only_given_fields() -> None:
    route = respx.post(f"{API}/auth/cli").mock(return_value=httpx.Response(200, json=START))
    s = client_sdk()
    r = await s.auth.cli.initiate()
    assert body_of(route.calls.last.request) == {}  # the backend's default (2 h) applies
    assert (r.polling_code, r.login_code, r.expires_at) == ("poll_1", "login code/1", START["expires_at"])
    await s.auth.cli.initiate(expires_in_millis=60_000, anon_refresh_token="anon_rt")
    assert body_of(route.calls.last.request) == {"expires_in_millis": 60_000, "anon_refresh_token": "anon_rt"}


@pytest.mark.parametrize("value", [0, -1, 24 * 3600 * 1000 + 1, 1.5, True])
async def test_initiate_bad_expiry(value: object) -> None:
    with pytest.raises(ValueError, match="expires_in_millis"):
        await client_sdk().auth.cli.initiate(expires_in_millis=value)  # type: ignore[arg-type]


@respx.mock
async def test_poll_waiting_and_unknown_code() -> None:
    route = respx.post(f"{API}/auth/cli/poll").mock(
        side_effect=[httpx.Response(200, json={"status": "waiting"}),
                     known_error("INVALID_POLLING_CODE", 400, "The polling code is invalid or does not exist.")]
    )
    s = client_sdk()
    r = await s.auth.cli.poll("poll_1")
    assert r.status == "waiting"
    assert body_of(route.calls.last.request) == {"polling_code": "poll_1"}
    with pytest.raises(KnownError) as e:
        await s.auth.cli.poll("nope")
    assert e.value.code == "INVALID_POLLING_CODE"


@respx.mock
async def test_complete_sends_the_users_refresh_token() -> None:
    route = respx.post(f"{API}/auth/cli/complete").mock(return_value=httpx.Response(200, json={"success": True}))
    me = server_sdk().as_user({"access_token": jwt(), "refresh_token": "rt_browser"})
    await me.auth.cli.complete("login_1")
    assert body_of(route.calls.last.request) == {"login_code": "login_1", "refresh_token": "rt_browser"}


async def test_complete_needs_a_signed_in_user() -> None:
    with pytest.raises(UserNotSignedIn):
        await server_sdk().auth.cli.complete("login_1")
    with pytest.raises(UserNotSignedIn):
        await client_sdk(token_store=MemoryTokenStore()).auth.cli.complete("login_1")


@respx.mock
async def test_prompt_cli_login_polls_until_success() -> None:
    respx.post(f"{API}/auth/cli").mock(return_value=httpx.Response(200, json=START))
    poll = respx.post(f"{API}/auth/cli/poll").mock(
        side_effect=[httpx.Response(200, json={"status": "waiting"}),
                     httpx.Response(200, json={"status": "waiting"}),
                     httpx.Response(201, json={"status": "success", "refresh_token": "rt_cli"})]
    )
    shown: list[tuple[str, str]] = []
    sleeps = Sleeps()
    rt = await client_sdk().auth.cli.prompt_cli_login(
        "https://app.example.com/", wait_time=0.5, prompt_link=lambda url, code: shown.append((url, code)),
        sleep=sleeps)
    assert rt == "rt_cli"
    assert shown == [("https://app.example.com/handler/cli-auth-confirm?login_code=login%20code%2F1",
                      "login code/1")]
    assert poll.call_count == 3
    assert sleeps.calls == [0.5, 0.5]


@respx.mock
async def test_prompt_cli_login_accepts_async_prompt_and_prints_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    respx.post(f"{API}/auth/cli").mock(return_value=httpx.Response(200, json=START))
    respx.post(f"{API}/auth/cli/poll").mock(
        return_value=httpx.Response(201, json={"status": "success", "refresh_token": "rt_cli"}))
    seen: list[str] = []

    async def prompt(url: str, code: str) -> None:
        seen.append(code)

    s = client_sdk()
    assert await s.auth.cli.prompt_cli_login("https://app.example.com", prompt_link=prompt, sleep=Sleeps()) == "rt_cli"
    assert seen == ["login code/1"]
    assert await s.auth.cli.prompt_cli_login("https://app.example.com", sleep=Sleeps()) == "rt_cli"
    err = capsys.readouterr().err
    assert "https://app.example.com/handler/cli-auth-confirm?login_code=login%20code%2F1" in err


@pytest.mark.parametrize(
    ("answer", "exc"),
    [
        (httpx.Response(200, json={"status": "expired"}), CliAuthExpiredError),
        (httpx.Response(200, json={"status": "used"}), CliAuthUsedError),
        (httpx.Response(200, json={"status": "success", "refresh_token": "rt"}), CliAuthError),  # needs 201
        (httpx.Response(201, json={"status": "success"}), CliAuthError),  # no refresh token
        (httpx.Response(200, json={"status": "exploded"}), CliAuthError),
    ],
    ids=["expired", "used", "success-200", "success-no-token", "unknown-status"],
)
@respx.mock
async def test_prompt_cli_login_failures(answer: httpx.Response, exc: type[Exception]) -> None:
    respx.post(f"{API}/auth/cli").mock(return_value=httpx.Response(200, json=START))
    respx.post(f"{API}/auth/cli/poll").mock(return_value=answer)
    with pytest.raises(exc) as e:
        await client_sdk().auth.cli.prompt_cli_login("https://app.example.com", prompt_link=lambda u, c: None,
                                                     sleep=Sleeps())
    assert type(e.value) is exc


def test_cli_error_classes_are_distinct() -> None:
    assert not issubclass(CliAuthExpiredError, CliAuthUsedError)


@respx.mock
async def test_prompt_cli_login_times_out_after_max_attempts() -> None:
    respx.post(f"{API}/auth/cli").mock(return_value=httpx.Response(200, json=START))
    poll = respx.post(f"{API}/auth/cli/poll").mock(return_value=httpx.Response(200, json={"status": "waiting"}))
    sleeps = Sleeps()
    with pytest.raises(CliAuthError, match="Timed out"):
        await client_sdk().auth.cli.prompt_cli_login("https://app.example.com", max_attempts=3, wait_time=1,
                                                     prompt_link=lambda u, c: None, sleep=sleeps)
    assert poll.call_count == 3
    assert sleeps.calls == [1.0, 1.0]  # no pointless sleep after the last attempt


@pytest.mark.parametrize(
    ("kw", "match"),
    [({"max_attempts": 0}, "max_attempts"), ({"wait_time": -1}, "wait_time"), ({"expires_in_millis": 0}, "expires")],
)
@pytest.mark.respx(assert_all_called=False)
async def test_prompt_cli_login_bad_input(respx_mock: respx.MockRouter, kw: dict[str, object], match: str) -> None:
    route = respx_mock.post(f"{API}/auth/cli")
    with pytest.raises(ValueError, match=match):
        await client_sdk().auth.cli.prompt_cli_login("https://app.example.com", **kw)  # type: ignore[arg-type]
    assert not route.called


async def test_prompt_cli_login_relative_app_url() -> None:
    with pytest.raises(ValueError, match="app_url"):
        await client_sdk().auth.cli.prompt_cli_login("app.example.com")
