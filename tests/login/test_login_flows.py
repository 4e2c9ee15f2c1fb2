"""The login flow end to end over HTTP (the example FastAPI and Flask apps, the fake server as the
identity provider): OAuth with state + PKCE, password, e-mail code, refresh on use, sign-out, CSRF."""

from __future__ import annotations

import importlib.util
import re
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from stack_sdk.integrations.login import StackLogin
from stack_sdk.testing import FakeStackServer
from stack_sdk.testing.pytest_plugin import make_fake, sdk_for

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
APP = "https://app.test"  # Secure cookies travel over https only


def load_example(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / name / "app.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Clock:
    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset


def csrf(page: str) -> str:
    match = re.search(r'name=csrf value="([^"]+)"', page)
    assert match, page
    return match.group(1)


class Browser:
    """An httpx client against the ASGI app that follows the fake provider's redirects by hand."""

    def __init__(self, app: Any, fake: FakeStackServer) -> None:
        self.http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=APP)
        self.fake_http = httpx.AsyncClient(transport=fake.transport(), base_url=fake.base_url)

    async def form(self, path: str = "/auth/login") -> str:
        r = await self.http.get(path)
        assert r.status_code == 200
        return csrf(r.text)

    async def post(self, path: str, **data: str) -> httpx.Response:
        return await self.http.post(path, data=data)

    async def aclose(self) -> None:
        await self.http.aclose()
        await self.fake_http.aclose()


@pytest.fixture
async def kit() -> Any:
    clock = Clock()
    fake = make_fake(clock=clock, config={"magic_link_enabled": True, "domains": [{"domain": APP}]})
    fake.enable_oauth_provider("github", email="octo@github.example.com")
    fake.create_user(email="ada@example.com", password="correct horse battery")
    login = StackLogin(sdk_for(fake, "client"), secret_key="k" * 32, providers=["github"], secure_cookies=True)
    app = load_example("fastapi_login").create_app(login)
    browser = Browser(app, fake)
    yield browser, fake, clock
    await browser.aclose()


async def signed_in_as(browser: Browser) -> str | None:
    r = await browser.http.get("/")
    m = re.search(r"<b id=user-email>([^<]*)</b>", r.text)
    return m.group(1) if m else None


async def test_password_sign_in_sets_a_hardened_cookie_and_redirects_to_next(kit: Any) -> None:
    browser, _, _ = kit
    token = await browser.form()
    r = await browser.post("/auth/login/password", csrf=token, email="ada@example.com",
                           password="correct horse battery", next="/account")
    assert r.status_code == 303 and r.headers["location"] == "/account"
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "Secure" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax")
    assert "correct horse" not in cookie
    assert await signed_in_as(browser) == "ada@example.com"


async def test_wrong_password_shows_the_form_again(kit: Any) -> None:
    browser, _, _ = kit
    r = await browser.post("/auth/login/password", csrf=await browser.form(), email="ada@example.com",
                           password="wrong password!")
    assert r.status_code == 400 and "Wrong e-mail or password." in r.text
    assert await signed_in_as(browser) is None


async def test_forms_without_the_csrf_token_are_refused(kit: Any) -> None:
    browser, fake, _ = kit
    await browser.form()
    r = await browser.post("/auth/login/password", csrf="forged", email="ada@example.com",
                           password="correct horse battery")
    assert r.status_code == 400 and "CSRF" in r.text
    assert fake.count("POST", "/api/v1/auth/password/sign-in") == 0


async def test_sign_up_then_signed_in(kit: Any) -> None:
    browser, _, _ = kit
    r = await browser.post("/auth/signup/password", csrf=await browser.form(), email="new@example.com",
                           password="a long new password")
    assert r.status_code == 303
    assert await signed_in_as(browser) == "new@example.com"


async def test_open_redirects_after_login_are_refused(kit: Any) -> None:
    browser, _, _ = kit
    r = await browser.post("/auth/login/password", csrf=await browser.form(), email="ada@example.com",
                           password="correct horse battery", next="//evil.example/phish")
    assert r.status_code == 303 and r.headers["location"] == "/"


async def oauth_start(browser: Browser, next_path: str = "/account") -> httpx.Response:
    r = await browser.post("/auth/login/oauth/github", csrf=await browser.form(), next=next_path)
    assert r.status_code == 303
    return r


async def test_oauth_round_trip_with_state_and_s256_pkce(kit: Any) -> None:
    browser, fake, _ = kit
    r = await oauth_start(browser)
    authorize = r.headers["location"]
    q = parse_qs(urlsplit(authorize).query)
    assert q["code_challenge_method"] == ["S256"] and len(q["code_challenge"][0]) == 43
    assert q["redirect_uri"] == [f"{APP}/auth/callback"] and len(q["state"][0]) >= 32
    assert "code_verifier" not in authorize
    provider = await browser.fake_http.get(authorize)
    assert provider.status_code == 302
    callback = provider.headers["location"]
    assert callback.startswith(f"{APP}/auth/callback?")
    done = await browser.http.get(callback)
    assert done.status_code == 303 and done.headers["location"] == "/account"
    assert await signed_in_as(browser) == "octo@github.example.com"
    # the code is single-use and the state is consumed: replaying the callback fails cleanly
    again = await browser.http.get(callback)
    assert again.status_code == 400 and "stale" in again.text
    assert fake.count("POST", "/api/v1/auth/oauth/token") == 1


async def test_callback_with_a_foreign_state_is_refused(kit: Any) -> None:
    browser, fake, _ = kit
    r = await oauth_start(browser)
    callback = (await browser.fake_http.get(r.headers["location"])).headers["location"]
    forged = re.sub(r"state=[^&]+", "state=attacker-state", callback)
    assert (await browser.http.get(forged)).status_code == 400
    assert fake.count("POST", "/api/v1/auth/oauth/token") == 0 and await signed_in_as(browser) is None


async def test_the_consent_page_cancel_comes_back_as_an_error(kit: Any) -> None:
    browser, fake, _ = kit
    fake.enable_oauth_provider("github", email="octo@github.example.com", consent_page=True)
    r = await oauth_start(browser)
    page = await browser.fake_http.get(r.headers["location"])
    assert page.status_code == 200 and "octo@github.example.com" in page.text
    cancel = re.search(r'id=cancel href="([^"]+)"', page.text)
    assert cancel
    back = await browser.http.get(cancel.group(1).replace("&amp;", "&"))
    assert back.status_code == 400 and "access_denied" in back.text and await signed_in_as(browser) is None


async def test_email_code_sign_in_typed_and_magic_link(kit: Any) -> None:
    browser, fake, _ = kit
    r = await browser.post("/auth/login/code/send", csrf=await browser.form(), email="ada@example.com")
    assert r.status_code == 200 and "id=code-form" in r.text
    full = fake.last_code("otp", "ada@example.com")
    r = await browser.post("/auth/login/code", csrf=csrf(r.text), code=full[:6])
    assert r.status_code == 303 and await signed_in_as(browser) == "ada@example.com"
    await browser.post("/auth/logout", csrf=await browser.form())
    await browser.post("/auth/login/code/send", csrf=await browser.form(), email="ada@example.com")
    link = fake.last_code("otp", "ada@example.com")
    r = await browser.http.get(f"/auth/login/code/verify?code={link}")
    assert r.status_code == 303 and await signed_in_as(browser) == "ada@example.com"


async def test_expired_access_token_is_refreshed_on_use_and_the_cookie_rewritten(kit: Any) -> None:
    browser, fake, clock = kit
    await browser.post("/auth/login/password", csrf=await browser.form(), email="ada@example.com",
                       password="correct horse battery")
    cookie_before = browser.http.cookies.get("stack_session")
    clock.offset = 3600  # the fake now considers the access token expired
    r = await browser.http.get("/")
    assert "ada@example.com" in r.text and "set-cookie" in r.headers
    assert fake.count("POST", "/api/v1/auth/oauth/token") == 1
    assert browser.http.cookies.get("stack_session") != cookie_before
    await browser.http.get("/")
    assert fake.count("POST", "/api/v1/auth/oauth/token") == 1  # the refreshed token was kept


async def test_logout_revokes_at_stack_and_clears_the_cookie(kit: Any) -> None:
    browser, fake, _ = kit
    await browser.post("/auth/login/password", csrf=await browser.form(), email="ada@example.com",
                       password="correct horse battery")
    r = await browser.post("/auth/logout", csrf=await browser.form("/auth/login"))
    assert r.status_code == 303 and "Max-Age=0" in r.headers["set-cookie"]
    assert fake.count("DELETE", "/api/v1/auth/sessions/current") == 1
    assert await signed_in_as(browser) is None
    assert fake._core.state.sessions == {}


async def test_logout_never_raises_when_stack_fails(kit: Any) -> None:
    browser, fake, _ = kit
    await browser.post("/auth/login/password", csrf=await browser.form(), email="ada@example.com",
                       password="correct horse battery")
    fake.faults.add(kind="status", method="DELETE", path="/api/v1/auth/sessions/current", status=503, times=10)
    r = await browser.post("/auth/logout", csrf=await browser.form())
    assert r.status_code == 303 and await signed_in_as(browser) is None


async def test_a_dead_refresh_token_signs_the_browser_out(kit: Any) -> None:
    browser, fake, clock = kit
    await browser.post("/auth/login/password", csrf=await browser.form(), email="ada@example.com",
                       password="correct horse battery")
    fake._core.state.sessions.clear()  # revoked elsewhere (another device signed out everywhere)
    clock.offset = 3600
    assert await signed_in_as(browser) is None
    assert "Max-Age=0" in (await browser.http.get("/")).headers.get("set-cookie", "Max-Age=0")


async def test_login_required_redirects_with_a_local_next(kit: Any) -> None:
    browser, _, _ = kit
    r = await browser.http.get("/account")
    assert r.status_code == 303 and r.headers["location"] == "/auth/login?next=%2Faccount"


# --- Flask: the same flow through the blueprint (sync views, the portal loop) -------------------------


def test_flask_example_password_login_required_and_logout() -> None:
    fake = make_fake()
    fake.create_user(email="ada@example.com", password="correct horse battery")
    login = StackLogin(sdk_for(fake, "client"), secret_key="k" * 32, providers=["github"], secure_cookies=False)
    app = load_example("flask_login").create_app(login)
    client = app.test_client()
    r = client.get("/account")
    assert r.status_code == 303 and r.headers["location"] == "/auth/login?next=%2Faccount"
    token = csrf(client.get("/auth/login").text)
    r = client.post("/auth/login/password", data={"csrf": "nope", "email": "ada@example.com",
                                                 "password": "correct horse battery"})
    assert r.status_code == 400
    r = client.post("/auth/login/password", data={"csrf": token, "email": "ada@example.com",
                                                 "password": "correct horse battery", "next": "/account"})
    assert r.status_code == 303 and r.headers["location"] == "/account"
    set_cookie = r.headers["set-cookie"]
    assert "HttpOnly" in set_cookie and "SameSite=Lax" in set_cookie and "Secure" not in set_cookie
    assert "Account of" in client.get("/account").text
    home = client.get("/").text
    assert "ada@example.com" in home
    r = client.post("/auth/logout", data={"csrf": csrf(home)})
    assert r.status_code == 303 and "You are not signed in" in client.get("/").text
    assert fake.count("DELETE", "/api/v1/auth/sessions/current") == 1


def test_flask_oauth_round_trip() -> None:
    import asyncio

    fake = make_fake()
    fake.enable_oauth_provider("github", email="octo@github.example.com")
    login = StackLogin(sdk_for(fake, "client"), secret_key="k" * 32, providers=["github"], secure_cookies=False)
    client = load_example("flask_login").create_app(login).test_client()
    token = csrf(client.get("/auth/login").text)
    r = client.post("/auth/login/oauth/github", data={"csrf": token, "next": "/"})
    assert r.status_code == 303

    async def follow(url: str) -> str:
        async with httpx.AsyncClient(transport=fake.transport()) as http:
            return (await http.get(url)).headers["location"]

    callback = asyncio.run(follow(r.headers["location"]))
    assert callback.startswith("http://localhost/auth/callback?")
    r = client.get(callback.removeprefix("http://localhost"))
    assert r.status_code == 303 and "octo@github.example.com" in client.get("/").text


def test_examples_import_without_running() -> None:
    for name in ("flask_login", "fastapi_login"):
        assert callable(load_example(name).create_app)
    assert "examples" not in sys.modules


def test_flask_refreshes_on_use_and_rewrites_the_cookie() -> None:
    clock = Clock()
    fake = make_fake(clock=clock)
    fake.create_user(email="ada@example.com", password="correct horse battery")
    login = StackLogin(sdk_for(fake, "client"), secret_key="k" * 32, secure_cookies=False)
    client = load_example("flask_login").create_app(login).test_client()
    token = csrf(client.get("/auth/login").text)
    client.post("/auth/login/password", data={"csrf": token, "email": "ada@example.com",
                                             "password": "correct horse battery"})
    client.get("/")  # the first page after sign-in issues a fresh CSRF token (rotated at sign-in)
    assert "set-cookie" not in client.get("/").headers  # nothing changed: the cookie is not rewritten
    clock.offset = 3600
    r = client.get("/")
    assert "ada@example.com" in r.text and "stack_session=" in r.headers["set-cookie"]
    assert fake.count("POST", "/api/v1/auth/oauth/token") == 1
    client.get("/")
    assert fake.count("POST", "/api/v1/auth/oauth/token") == 1
