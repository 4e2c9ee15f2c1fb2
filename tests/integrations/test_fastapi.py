"""FastAPI dependencies through FastAPI's TestClient, on the example app, against the fake server."""

from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient

from stack_sdk import AuthenticatedUser
from stack_sdk.integrations.fastapi import StackFastAPI

from .conftest import World, bearer, load_example


def client(world: World) -> TestClient:
    return TestClient(load_example("fastapi_app").create_app(world.sdk))


def test_current_and_optional_user(world: World) -> None:
    with client(world) as c:
        r = c.get("/me", headers=bearer(world.ada))
        assert r.status_code == 200
        assert r.json() == {"id": world.ada_id, "email": "ada@example.com", "display_name": "Ada"}
        r = c.get("/me")
        assert r.status_code == 401
        assert r.json()["code"] == "token_missing" and set(r.json()) == {"code", "description"}
        assert r.headers["www-authenticate"] == "Bearer"
        r = c.get("/me", headers=bearer(world.ada[:-3]))
        assert (r.status_code, r.json()["code"]) == (401, "invalid_signature")
        assert r.headers["www-authenticate"].startswith('Bearer error="invalid_token"')
        assert (
            c.get("/me", headers={"x-stack-access-token": world.anon}).json()["code"]
            == "anonymous_not_allowed"
        )
        assert c.get("/public").json() == {"signed_in": False}
        assert c.get("/public", headers=bearer(world.ada)).json() == {"signed_in": True}
        assert c.get("/public", headers=bearer("x.y.z")).json() == {"signed_in": False}


def test_permission_team_and_api_key(world: World) -> None:
    with client(world) as c:
        r = c.get("/admin", headers=bearer(world.ada))
        assert (r.status_code, r.json()["code"]) == (403, "permission_denied")
        assert "insufficient_scope" in r.headers["www-authenticate"]
        assert c.get("/admin", headers=bearer(world.boss)).json() == {"admin": world.boss_id}
        assert c.get("/admin").status_code == 401
        path = f"/teams/{world.team_id}/dashboard"
        assert c.get(path, headers=bearer(world.boss)).json() == {
            "team": world.team_id,
            "member": world.boss_id,
        }
        r = c.get(path, headers=bearer(world.ada))
        assert (r.status_code, r.json()["code"]) == (403, "not_team_member")
        r = c.get("/api/usage", headers=bearer(world.api_key))
        assert r.status_code == 200 and r.json()["user_id"] == world.ada_id
        r = c.get("/api/usage", headers=bearer("sk_wrong"))
        assert (r.status_code, r.json()["code"]) == (401, "api_key_invalid")


def test_jwks_down_is_503_and_one_verifier_serves_every_request(world: World) -> None:
    path = f"/api/v1/projects/{world.fake.project_id}/.well-known/jwks.json"
    world.fake.faults.add(kind="status", status=503, path=path, times=1)
    with client(world) as c:
        r = c.get("/me", headers=bearer(world.ada))
        assert (r.status_code, r.json()["code"]) == (503, "verifier_unavailable")
        assert r.headers["retry-after"] == "5"
        world.sdk.verifier._states["regular"].retry_at = 0  # skip the 5 s cold back-off
        for _ in range(20):
            assert c.get("/public", headers=bearer(world.ada)).json() == {"signed_in": True}
    assert world.fake.count("GET", path) == 2


def test_rest_mode_and_team_id_constant(world: World) -> None:
    app = FastAPI()
    stack = StackFastAPI(world.sdk, app=app, mode="rest")

    @app.get("/ops")
    async def ops(
        user: Annotated[AuthenticatedUser, Depends(stack.require_team_member(world.team_id))],
    ) -> str:
        return (await user.user()).primary_email or ""

    with TestClient(app) as c:
        assert c.get("/ops", headers=bearer(world.boss)).json() == "boss@example.com"
        assert c.get("/ops", headers=bearer(world.ada)).status_code == 403
