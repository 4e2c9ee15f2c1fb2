"""The ASGI middleware through Starlette's TestClient, on the example app, against the fake server."""

from __future__ import annotations

import json
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.testclient import TestClient

from stack_sdk.integrations.starlette import StackMiddleware

from .conftest import World, bearer, load_example


def test_starlette_example(world: World) -> None:
    with TestClient(load_example("starlette_app").create_app(world.sdk)) as c:
        assert c.get("/").json() == {"signed_in": False, "why": None}
        assert c.get("/", headers=bearer(world.ada)).json() == {
            "signed_in": True,
            "id": world.ada_id,
            "email": "ada@example.com",
        }
        cookie = quote(json.dumps(["rt", world.ada]))
        assert c.get("/", headers={"cookie": f"hexclave-access={cookie}"}).json()["id"] == world.ada_id
        assert c.get("/", headers=bearer(world.anon)).json() == {
            "signed_in": False,
            "why": "anonymous_not_allowed",
        }
        assert c.get("/", headers=bearer("a.b.c")).json()["why"] == "invalid_header"


def test_reject_invalid_and_503(world: World) -> None:
    home = load_example("starlette_app").home
    from starlette.routing import Route

    app = Starlette(
        routes=[Route("/", home)],
        middleware=[Middleware(StackMiddleware, sdk=world.sdk, reject_invalid=True)],
    )
    path = f"/api/v1/projects/{world.fake.project_id}/.well-known/jwks.json"
    world.fake.faults.add(kind="status", status=503, path=path)
    with TestClient(app) as c:
        r = c.get("/", headers=bearer(world.ada))
        assert (r.status_code, r.json()["code"]) == (503, "verifier_unavailable")
        r = c.get("/", headers=bearer("not.a-jwt"))  # the caller's fault even without keys: 401
        assert (r.status_code, r.json()["code"]) == (401, "token_malformed")
        assert r.headers["www-authenticate"].startswith("Bearer error=")
        assert c.get("/").json() == {"signed_in": False, "why": None}
