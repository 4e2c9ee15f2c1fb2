"""A real browser (Debian's headless Chromium via Selenium) through the example Flask and FastAPI apps,
each on loopback against the fake Stack server as identity provider: sign up, sign in with the password
form, sign in through the OAuth redirect (the fake provider's page), reload after the access token expired
(refreshed, still signed in), sign out. Screenshots go to $STACK_SDK_ARTIFACTS or a temp folder."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from stack_sdk import MemoryTokenStore, StackSDK
from stack_sdk.integrations.login import StackLogin
from stack_sdk.testing.pytest_plugin import make_fake

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver") or ("/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None)

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="no chromium/chromedriver on this machine and scripts/system-deps.sh could not install them "
    "(needs root + apt-get: apt-get install chromium chromium-driver)",
)


class Clock:
    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset


def load_example(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"browser_example_{name}", EXAMPLES / name / "app.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serve_flask(app: Any) -> Iterator[str]:
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(10)


@contextlib.contextmanager
def serve_asgi(app: Any) -> Iterator[str]:
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture(scope="module")
def artifacts() -> Path:
    root = os.environ.get("STACK_SDK_ARTIFACTS")
    path = Path(root) / "browser" if root else Path(tempfile.mkdtemp(prefix="stack-sdk-browser-"))
    path.mkdir(parents=True, exist_ok=True)
    print(f"\nbrowser screenshots: {path}")
    return path


@pytest.fixture
def driver() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="stack-sdk-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM or ""
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=900,700", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(CHROMEDRIVER or ""), options=options)
    browser.set_page_load_timeout(30)
    try:
        yield browser
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.mark.parametrize("example", ["flask_login", "fastapi_login"])
def test_sign_up_password_oauth_refresh_sign_out_in_chromium(example: str, driver: Any, artifacts: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    clock = Clock()
    fake = make_fake(clock=clock)
    fake.enable_oauth_provider("github", email="octocat@github.example.com", consent_page=True)
    module = load_example(example)
    wait = WebDriverWait(driver, 20)

    def shot(name: str) -> None:
        driver.save_screenshot(str(artifacts / f"{example}-{name}.png"))

    def text_of(css: str) -> str:
        return str(wait.until(ec.visibility_of_element_located((By.CSS_SELECTOR, css))).text)

    def click(css: str) -> None:
        wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, css))).click()

    def sign_out() -> None:
        click("#sign-out")
        assert text_of("#anonymous") == "You are not signed in."

    with fake.serve_in_thread() as stack_url:
        sdk = StackSDK(fake.project_id, publishable_client_key=fake.publishable_client_key, base_url=stack_url,
                       http_client=httpx.AsyncClient(), environ={}, token_store=MemoryTokenStore())
        login = StackLogin(sdk, secret_key="browser-test-secret-key-0123456789", providers=["github"],
                           secure_cookies=False)  # http://127.0.0.1: a Secure cookie would never come back
        app = module.create_app(login)
        server = serve_flask(app) if example == "flask_login" else serve_asgi(app)
        with server as app_url:
            # sign up
            driver.get(app_url + "/")
            assert text_of("#anonymous") == "You are not signed in."
            click("#sign-in")
            driver.find_element(By.TAG_NAME, "summary").click()
            form = driver.find_element(By.ID, "signup-form")
            form.find_element(By.NAME, "email").send_keys("new.user@example.com")
            form.find_element(By.NAME, "password").send_keys("a long new password")
            shot("1-sign-up-form")
            click("#password-sign-up")
            assert text_of("#user-email") == "new.user@example.com"
            shot("2-signed-up")
            sign_out()

            # sign in with the password form (a wrong password first)
            driver.get(app_url + "/account")  # login_required sends us to the page, then back here
            form = driver.find_element(By.ID, "password-form")
            form.find_element(By.NAME, "email").send_keys("new.user@example.com")
            form.find_element(By.NAME, "password").send_keys("not the password")
            click("#password-sign-in")
            assert text_of("#error") == "Wrong e-mail or password."
            form = driver.find_element(By.ID, "password-form")
            form.find_element(By.NAME, "email").send_keys("new.user@example.com")
            form.find_element(By.NAME, "password").send_keys("a long new password")
            click("#password-sign-in")
            assert text_of("#account").startswith("Account of ")
            driver.get(app_url + "/")
            assert text_of("#user-email") == "new.user@example.com"
            sign_out()

            # sign in through the OAuth redirect: the fake provider's page, then back with code + state
            click("#sign-in")
            click("#oauth-github")
            assert text_of("#identity") == "octocat@github.example.com"
            assert driver.current_url.startswith(stack_url + "/api/v1/auth/oauth/authorize/github?")
            shot("3-provider-page")
            click("#consent")
            assert text_of("#user-email") == "octocat@github.example.com"
            assert driver.current_url == app_url + "/"
            shot("4-signed-in-with-oauth")

            # the access token expires: a reload refreshes it and the user stays signed in
            refreshes = fake.count("POST", "/api/v1/auth/oauth/token")
            clock.offset += 3600
            driver.refresh()
            assert text_of("#user-email") == "octocat@github.example.com"
            assert fake.count("POST", "/api/v1/auth/oauth/token") == refreshes + 1
            driver.refresh()
            assert fake.count("POST", "/api/v1/auth/oauth/token") == refreshes + 1  # new token kept in the cookie
            shot("5-after-refresh")

            cookie = driver.get_cookie(login.cookie_name)
            assert cookie and cookie["httpOnly"] and cookie["sameSite"] == "Lax"

            sign_out()
            assert fake.count("DELETE", "/api/v1/auth/sessions/current") == 3
            shot("6-signed-out")
    assert sorted(p.name for p in artifacts.glob(f"{example}-*.png")) == [
        f"{example}-{n}.png" for n in ("1-sign-up-form", "2-signed-up", "3-provider-page",
                                        "4-signed-in-with-oauth", "5-after-refresh", "6-signed-out")
    ]
