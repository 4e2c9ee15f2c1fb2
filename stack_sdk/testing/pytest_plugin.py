"""pytest plugin (registered under the ``pytest11`` entry point): fixtures over the fake Stack server.

Fixtures (all function-scoped, no network: requests go through an in-process ASGI transport):

- ``stack_fake``: a fresh :class:`~stack_sdk.testing.FakeStackServer`.
- ``stack_server_sdk``: a :class:`~stack_sdk.StackSDK` with server access to it.
- ``stack_client_sdk``: one with client access (its own memory token store).
- ``stack_signed_in_user``: an async factory ``await stack_signed_in_user(email=..., password=...)`` that creates
  a user on the fake and returns ``(user_id, TokenPair)``; pass the pair to ``stack_server_sdk.as_user(...)``.

Example (a test in your project)::

    async def test_me(stack_server_sdk, stack_signed_in_user):
        user_id, tokens = await stack_signed_in_user(email="ada@example.com")
        me = await stack_server_sdk.as_user(tokens).users.me()
        assert me.id == user_id

The plugin is registered for every install of stack-sdk, so it must load without the ``[testing]`` extra:
it imports nothing that extra brings at import time, and its fixtures raise
:class:`~stack_sdk.testing.MissingTestingExtraError` (naming ``pip install 'stack-sdk[testing]'``) when used
without it.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any

import pytest

from stack_sdk.testing import MissingTestingExtraError

try:
    import pytest_asyncio
except ModuleNotFoundError:  # the [testing] extra is not installed: fixtures explain, nothing else breaks
    pytest_asyncio = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from stack_sdk import StackSDK, TokenPair
    from stack_sdk.testing import FakeStackServer

PROJECT_ID = "00000000-0000-4000-8000-000000000001"
PUBLISHABLE_CLIENT_KEY = "pck_fake_publishable_key"
SECRET_SERVER_KEY = "ssk_fake_secret_server_key"
SUPER_SECRET_ADMIN_KEY = "sak_fake_super_secret_admin_key"
_emails = itertools.count(1)


def make_fake(**kwargs: Any) -> FakeStackServer:
    """A fake server with the plugin's well-known project id and keys (override any of them)."""
    from stack_sdk.testing import FakeStackServer

    kwargs.setdefault("project_id", PROJECT_ID)
    kwargs.setdefault("publishable_client_key", PUBLISHABLE_CLIENT_KEY)
    kwargs.setdefault("secret_server_key", SECRET_SERVER_KEY)
    kwargs.setdefault("super_secret_admin_key", SUPER_SECRET_ADMIN_KEY)
    return FakeStackServer(**kwargs)


def sdk_for(fake: FakeStackServer, access: str = "server", **kwargs: Any) -> StackSDK:
    """A StackSDK wired to ``fake`` in-process, with ``access`` = client / server / admin."""
    import httpx

    from stack_sdk import StackSDK

    keys: dict[str, Any] = {
        "client": {"publishable_client_key": fake.publishable_client_key},
        "server": {"secret_server_key": fake.secret_server_key},
        "admin": {"super_secret_admin_key": fake.super_secret_admin_key, "access_type": "admin"},
    }[access]
    http = httpx.AsyncClient(transport=fake.transport())
    kwargs.setdefault("environ", {})
    if access == "client":
        from stack_sdk import MemoryTokenStore

        kwargs.setdefault("token_store", MemoryTokenStore())  # isolated from other SDKs of the project
    return StackSDK(fake.project_id, base_url=fake.base_url, http_client=http, **keys, **kwargs)


@pytest.fixture
def stack_fake() -> FakeStackServer:
    """A fresh in-memory fake Stack Auth server."""
    return make_fake()


async def _sdk_fixture(fake: FakeStackServer, access: str) -> AsyncIterator[StackSDK]:
    sdk = sdk_for(fake, access)
    async with sdk:
        yield sdk
    await sdk._api.http.aclose()


if pytest_asyncio is not None:

    @pytest_asyncio.fixture
    async def stack_server_sdk(stack_fake: FakeStackServer) -> AsyncIterator[StackSDK]:
        """A StackSDK with server access to ``stack_fake``."""
        async for sdk in _sdk_fixture(stack_fake, "server"):
            yield sdk

    @pytest_asyncio.fixture
    async def stack_client_sdk(stack_fake: FakeStackServer) -> AsyncIterator[StackSDK]:
        """A StackSDK with client access to ``stack_fake``."""
        async for sdk in _sdk_fixture(stack_fake, "client"):
            yield sdk

else:

    @pytest.fixture
    def stack_server_sdk() -> Any:
        """Needs the [testing] extra (pytest-asyncio); raises a clear error without it."""
        raise MissingTestingExtraError("pytest-asyncio")

    @pytest.fixture
    def stack_client_sdk() -> Any:
        """Needs the [testing] extra (pytest-asyncio); raises a clear error without it."""
        raise MissingTestingExtraError("pytest-asyncio")


@pytest.fixture
def stack_signed_in_user(
    stack_fake: FakeStackServer,
) -> Callable[..., Awaitable[tuple[str, TokenPair]]]:
    """Factory: create a user with a password on the fake and sign them in; returns ``(user_id, tokens)``."""
    from stack_sdk import TokenPair

    async def make(
        email: str | None = None, password: str = "correct horse battery", **fields: Any
    ) -> tuple[str, TokenPair]:
        email = email or f"user{next(_emails)}@example.com"
        user = stack_fake.create_user(email=email, password=password, **fields)
        access, refresh = stack_fake.sign_in_tokens(user["id"])
        return user["id"], TokenPair(access, refresh)

    return make
