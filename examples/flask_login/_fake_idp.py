"""For ``--fake``: the fake Stack server on loopback (in a thread) with a GitHub provider and a demo user."""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Callable, Iterator

import httpx

from stack_sdk import MemoryTokenStore, StackSDK
from stack_sdk.integrations.login import StackLogin
from stack_sdk.testing.pytest_plugin import make_fake

DEMO_EMAIL, DEMO_PASSWORD = "demo@example.com", "correct horse battery staple"


@contextlib.contextmanager
def fake_stack() -> Iterator[Callable[[], StackLogin]]:
    fake = make_fake()
    fake.enable_oauth_provider("github", email="octocat@github.example.com", consent_page=True)
    fake.create_user(email=DEMO_EMAIL, password=DEMO_PASSWORD, display_name="Demo")
    with fake.serve_in_thread() as url:
        print(f"fake Stack at {url}; demo user {DEMO_EMAIL} / {DEMO_PASSWORD}")

        def login() -> StackLogin:
            sdk = StackSDK(
                fake.project_id,
                publishable_client_key=fake.publishable_client_key,
                base_url=url,
                http_client=httpx.AsyncClient(),
                environ={},
                token_store=MemoryTokenStore(),
            )
            return StackLogin(sdk, secret_key=secrets.token_urlsafe(32), providers=["github"], secure_cookies=False)

        yield login
