"""Fixtures for the fake server's own tests: plain httpx clients over ``fake.transport()``.

Every exchange made through :func:`client` is also kept in ``EXCHANGES`` so the conformance test can
validate every JSON success response these tests provoked against the normalised OpenAPI spec.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import pytest_asyncio

from stack_sdk.testing import FakeStackServer

EXCHANGES: list[tuple[httpx.Request, httpx.Response]] = []


class _Keep(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        await response.aread()
        EXCHANGES.append((request, response))
        return response


def client(fake: FakeStackServer) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=_Keep(fake.transport()), base_url=fake.base_url)


def server_headers(fake: FakeStackServer, **extra: str) -> dict[str, str]:
    return {
        "x-stack-access-type": "server",
        "x-stack-project-id": fake.project_id,
        "x-stack-secret-server-key": fake.secret_server_key,
        **extra,
    }


def client_headers(
    fake: FakeStackServer, access: str | None = None, refresh: str | None = None
) -> dict[str, str]:
    h = {
        "x-stack-access-type": "client",
        "x-stack-project-id": fake.project_id,
        "x-stack-publishable-client-key": fake.publishable_client_key,
        "x-stack-allow-anonymous-user": "true",
    }
    if access:
        h["x-stack-access-token"] = access
    if refresh:
        h["x-stack-refresh-token"] = refresh
    return h


def admin_headers(fake: FakeStackServer) -> dict[str, str]:
    return {
        "x-stack-access-type": "admin",
        "x-stack-project-id": fake.project_id,
        "x-stack-super-secret-admin-key": fake.super_secret_admin_key,
    }


class Clock:
    """A settable clock (epoch seconds) for token expiry tests."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def fake(clock: Clock) -> FakeStackServer:
    return FakeStackServer(
        project_id="11111111-2222-4333-8444-555555555555",
        publishable_client_key="pck_test_key",
        secret_server_key="ssk_test_secret",
        super_secret_admin_key="sak_test_admin",
        clock=clock,
    )


@pytest_asyncio.fixture
async def http(fake: FakeStackServer) -> AsyncIterator[httpx.AsyncClient]:
    async with client(fake) as c:
        yield c


def known_code(response: httpx.Response) -> Any:
    return response.headers.get("x-stack-known-error")
