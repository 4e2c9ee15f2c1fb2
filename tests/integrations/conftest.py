"""Shared set-up for the framework tests: a fake Stack, an SDK on it, users and tokens, example loading."""

from __future__ import annotations

import asyncio
import importlib.util
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from stack_sdk import StackSDK
from stack_sdk.testing import FakeStackServer
from stack_sdk.testing.pytest_plugin import make_fake, sdk_for

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def load_example(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # importable by name (Django resolves ROOT_URLCONF that way)
    spec.loader.exec_module(module)
    return module


@dataclass
class World:
    fake: FakeStackServer
    sdk: StackSDK
    ada: str  # a plain user's access token
    ada_id: str
    boss: str  # holds the project permission "admin" and is in team `team_id`
    boss_id: str
    team_id: str
    anon: str
    api_key: str  # a user API key of ada


def build_world(fake: FakeStackServer, sdk: StackSDK) -> World:
    fake.config["allow_user_api_keys"] = True
    ada = fake.create_user(email="ada@example.com", display_name="Ada")
    boss = fake.create_user(email="boss@example.com")
    fake.add_project_permission("admin")
    team = fake.create_team("Ops", creator_user_id=boss["id"])

    async def setup() -> str:
        await sdk.permissions.grant("admin", user_id=boss["id"])
        key = await sdk.api_keys.create_user(ada["id"], description="ci")
        return str(key.value)

    api_key = asyncio.run(setup())
    return World(
        fake=fake,
        sdk=sdk,
        ada=fake.sign_in_tokens(ada["id"])[0],
        ada_id=ada["id"],
        boss=fake.sign_in_tokens(boss["id"])[0],
        boss_id=boss["id"],
        team_id=team["id"],
        anon=fake.sign_in_tokens(fake.create_user(is_anonymous=True)["id"])[0],
        api_key=api_key,
    )


@pytest.fixture
def world() -> World:
    fake = make_fake()
    return build_world(fake, sdk_for(fake, max_retries=0))


@pytest.fixture
def served_world() -> Iterator[World]:
    """The fake on a loopback port (in a thread of its own): for sync stacks that fetch the JWKS themselves."""
    fake = make_fake()
    ready = threading.Event()
    stop: dict[str, Any] = {}

    def run() -> None:
        async def main() -> None:
            async with fake.serve() as url:
                stop["url"] = url
                stop["event"] = asyncio.Event()
                stop["loop"] = asyncio.get_running_loop()
                ready.set()
                await stop["event"].wait()

        asyncio.run(main())

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert ready.wait(10), "the fake server did not start"

    def new_sdk() -> StackSDK:
        return StackSDK(
            fake.project_id, secret_server_key=fake.secret_server_key, base_url=stop["url"], environ={}
        )

    world = build_world(fake, new_sdk())
    # the set-up ran on a loop that is now closed: the app gets an SDK whose pool is still unused
    world.sdk = new_sdk()
    try:
        yield world
    finally:
        stop["loop"].call_soon_threadsafe(stop["event"].set)
        thread.join(10)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
