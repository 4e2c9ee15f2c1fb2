"""Django middleware and decorators (sync and async views) through Django's test clients, on the example
project, against the fake server on loopback. Settings are configured once per process, by the example."""

from __future__ import annotations

from typing import Any

import pytest
from django.conf import settings
from django.test import AsyncClient, Client, override_settings

from .conftest import World, bearer, load_example

example: Any = load_example("django_app")


@pytest.fixture
def django_world(served_world: World) -> World:
    if not settings.configured:
        example.configure(served_world.sdk)
    return served_world


def test_django_sync_views(django_world: World) -> None:
    w = django_world
    with override_settings(STACK_AUTH={"SDK": w.sdk}):
        c = Client()
        assert c.get("/whoami").json() == {"id": None}
        assert c.get("/whoami", headers=bearer(w.ada)).json() == {"id": w.ada_id}
        assert c.get("/me", headers=bearer(w.ada)).json() == {"id": w.ada_id, "email": "ada@example.com"}
        r = c.get("/me")
        assert (r.status_code, r.json()["code"], r["WWW-Authenticate"]) == (401, "token_missing", "Bearer")
        r = c.get("/me", headers={"x-stack-access-token": w.anon})
        assert (r.status_code, r.json()["code"]) == (401, "anonymous_not_allowed")
        assert c.get("/api/usage", headers=bearer(w.api_key)).json() == {"user_id": w.ada_id}
        assert c.get("/api/usage", headers=bearer("sk_no")).json()["code"] == "api_key_invalid"


async def test_django_async_views(django_world: World) -> None:
    w = django_world
    with override_settings(STACK_AUTH={"SDK": w.sdk}):
        c = AsyncClient()
        assert (await c.get("/profile", headers=bearer(w.ada))).json() == {"display_name": "Ada"}
        r = await c.get("/admin", headers=bearer(w.ada))
        assert (r.status_code, r.json()["code"]) == (403, "permission_denied")
        assert (await c.get("/admin", headers=bearer(w.boss))).json() == {"admin": w.boss_id}
        assert (await c.get("/admin")).status_code == 401
        assert (await c.get("/whoami", headers=bearer(w.ada))).json() == {"id": w.ada_id}


def test_django_503_when_jwks_unreachable(django_world: World) -> None:
    w = django_world
    w.fake.faults.add(
        kind="status", status=503, path=f"/api/v1/projects/{w.fake.project_id}/.well-known/jwks.json"
    )
    with override_settings(STACK_AUTH={"SDK": w.sdk}):
        r = Client().get("/whoami", headers=bearer(w.ada))
    assert (r.status_code, r.json()["code"]) == (503, "verifier_unavailable")
