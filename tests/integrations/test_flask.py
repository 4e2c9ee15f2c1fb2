"""Flask decorators through Flask's test client, on the example app, against the fake server on loopback
(the sync front fetches the JWKS itself, with no event loop in the view)."""

from __future__ import annotations

from .conftest import World, bearer, load_example


def test_flask_example(served_world: World) -> None:
    w = served_world
    app = load_example("flask_app").create_app(w.sdk)
    c = app.test_client()
    r = c.get("/me", headers=bearer(w.ada))
    assert r.status_code == 200 and r.json == {"id": w.ada_id, "email": "ada@example.com"}
    r = c.get("/me")
    assert (r.status_code, r.json["code"], r.headers["WWW-Authenticate"]) == (401, "token_missing", "Bearer")
    assert c.get("/me", headers={"x-stack-access-token": w.anon}).json["code"] == "anonymous_not_allowed"
    assert c.get("/me", headers=bearer(w.ada[:-2])).json["code"] == "invalid_signature"
    assert c.get("/profile", headers=bearer(w.ada)).json == {"display_name": "Ada"}
    r = c.get("/admin", headers=bearer(w.ada))
    assert (r.status_code, r.json["code"]) == (403, "permission_denied")
    assert c.get("/admin", headers=bearer(w.boss)).json == {"admin": w.boss_id}
    assert c.get("/api/usage", headers=bearer(w.api_key)).json == {"user_id": w.ada_id}
    r = c.get("/api/usage", headers=bearer("sk_nope"))
    assert (r.status_code, r.json["code"]) == (401, "api_key_invalid")
    for _ in range(10):
        assert c.get("/me", headers=bearer(w.ada)).status_code == 200
    assert w.fake.count("GET", f"/api/v1/projects/{w.fake.project_id}/.well-known/jwks.json") == 1
    app.extensions["stack_sdk"].portal.close()


def test_flask_503_when_jwks_unreachable(served_world: World) -> None:
    w = served_world
    w.fake.faults.add(
        kind="status", status=503, path=f"/api/v1/projects/{w.fake.project_id}/.well-known/jwks.json"
    )
    c = load_example("flask_app").create_app(w.sdk).test_client()
    r = c.get("/me", headers=bearer(w.ada))
    assert (r.status_code, r.json["code"], r.headers["Retry-After"]) == (503, "verifier_unavailable", "5")
