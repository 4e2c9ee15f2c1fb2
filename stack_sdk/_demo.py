"""``python -m stack_sdk demo``: a tour of the SDK against the embedded fake server, or real Stack Auth.

With ``STACK_PROJECT_ID`` / ``HEXCLAVE_PROJECT_ID`` and a secret server key in the environment it talks to the
configured service (and deletes what it created); otherwise it starts :class:`~stack_sdk.testing.FakeStackServer`
on a loopback port. Each step prints one line with its timing.
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

from ._client import StackSDK
from ._config import _env
from ._tokens import MemoryTokenStore, token_claims

T = TypeVar("T")


class _Steps:
    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.count = 0

    async def run(self, title: str, fn: Callable[[], Awaitable[T]], describe: Callable[[T], str]) -> T:
        t = time.perf_counter()
        result = await fn()
        self.count += 1
        print(
            f"  {self.count:>2}. {title:<42} {describe(result):<48} {(time.perf_counter() - t) * 1000:7.1f} ms"
        )
        return result


@asynccontextmanager
async def _target(environ: dict[str, str]) -> AsyncIterator[tuple[str, dict[str, Any], bool]]:
    """Yield (base_url, keys, is_real)."""
    project = _env("PROJECT_ID", environ)
    if project:
        keys = {
            "project_id": project,
            "publishable_client_key": _env("PUBLISHABLE_CLIENT_KEY", environ),
            "secret_server_key": _env("SECRET_SERVER_KEY", environ),
        }
        if not keys["secret_server_key"]:
            raise SystemExit(
                "The demo needs a secret server key with a real project: set STACK_SECRET_SERVER_KEY "
                "(or HEXCLAVE_SECRET_SERVER_KEY), or unset STACK_PROJECT_ID to use the embedded fake server."
            )
        yield _env("API_URL", environ) or "https://api.stack-auth.com", keys, True
        return
    from .testing import FakeStackServer

    fake = FakeStackServer(
        project_id="00000000-0000-4000-8000-000000000042",
        publishable_client_key="pck_demo_" + secrets.token_hex(8),
        secret_server_key="ssk_demo_" + secrets.token_hex(16),
    )
    async with fake.serve() as base_url:
        keys = {
            "project_id": fake.project_id,
            "publishable_client_key": fake.publishable_client_key,
            "secret_server_key": fake.secret_server_key,
        }
        yield base_url, keys, False


async def run_demo(environ: dict[str, str] | None = None) -> int:
    """Run the tour; returns a process exit code.

    >>> import asyncio
    >>> asyncio.run(run_demo({}))  # doctest: +SKIP
    """
    env = dict(os.environ if environ is None else environ)
    steps = _Steps()
    async with _target(env) as (base_url, keys, real):
        print(
            f"stack-sdk demo against {'Stack Auth at ' + base_url if real else 'the embedded fake server at ' + base_url}"
        )
        run = secrets.token_hex(4)
        server = StackSDK(
            keys["project_id"], secret_server_key=keys["secret_server_key"], base_url=base_url, environ={}
        )
        client = StackSDK(
            keys["project_id"],
            publishable_client_key=keys["publishable_client_key"],
            base_url=base_url,
            token_store=MemoryTokenStore(),
            environ={},
        )
        created_users: list[str] = []
        team_id: str | None = None
        try:
            email = f"demo-{run}@example.com"
            signed = await steps.run(
                "sign a user up (client access)",
                lambda: client.auth.password.sign_up(email, "correct-horse-" + run),
                lambda r: f"user {r.user_id[:8]}…",
            )
            created_users.append(signed.user_id)
            me = await steps.run(
                "users.me() with the new tokens", client.users.me, lambda u: f"{u.primary_email}"
            )
            for i in range(4):
                u = await server.users.create(
                    primary_email=f"demo-{run}-{i}@example.com", display_name=f"demo {run} {i}"
                )
                created_users.append(u.id)

            async def list_pages() -> tuple[int, int]:
                pages = items = 0
                async for page in server.users.list(limit=2, query=f"demo-{run}").pages():
                    pages += 1
                    items += len(page.items)
                return pages, items

            await steps.run(
                "list users, 2 per page (server access)",
                list_pages,
                lambda r: f"{r[1]} users over {r[0]} pages",
            )
            team = await steps.run(
                "create a team",
                lambda: server.teams.create(display_name=f"Demo team {run}"),
                lambda t: f"team {t.id[:8]}…",
            )
            team_id = team.id
            await steps.run(
                "add the user to the team",
                lambda: server.team_memberships.add(team.id, me.id),
                lambda _: "member",
            )
            await steps.run(
                "grant team permission 'team_admin'",
                lambda: server.permissions.grant("team_admin", user_id=me.id, team_id=team.id),
                lambda _: "granted",
            )
            await steps.run(
                "check the permission",
                lambda: server.permissions.has("team_admin", user_id=me.id, team_id=team.id),
                lambda ok: "has team_admin" if ok else "MISSING",
            )
            access = await client.auth.get_access_token()
            await steps.run(
                "verify the access token against the JWKS",
                lambda: _verify(server, access or ""),
                lambda claims: (
                    f"sub {str(claims.get('sub'))[:8]}…, exp in {int(claims['exp'] - time.time())} s"
                ),
            )
            before = access
            after = await steps.run(
                "force a token refresh",
                client.auth.refresh,
                lambda tok: "new access token" if tok and tok != before else "unchanged",
            )
            await steps.run(
                "users.me() with the refreshed token",
                client.users.me,
                lambda u: "same user" if u.id == me.id else "?",
            )
            del after
        finally:
            if real:  # leave a real project as we found it
                if team_id:
                    await server.teams.delete(team_id)
                for uid in created_users:
                    await server.users.delete(uid)
            await client.aclose()
            await server.aclose()
    print(f"done: {steps.count} steps in {(time.perf_counter() - steps.started) * 1000:.0f} ms")
    return 0


async def _verify(server: StackSDK, token: str) -> dict[str, Any]:
    """Verify ``token``'s ES256 signature with the project's JWKS (PyJWT if installed, else claims via REST)."""
    jwks = await server.projects.get_jwks()
    try:
        import jwt
    except ImportError:  # no PyJWT: trust the backend instead
        me = await server.as_user({"access_token": token}).users.me()
        return {"sub": me.id, **dict(token_claims(token) or {})}
    keyset = jwt.PyJWKSet.from_dict(jwks)
    kid = jwt.get_unverified_header(token).get("kid")
    key = next(k for k in keyset.keys if k.key_id == kid)
    claims: dict[str, Any] = jwt.decode(token, key.key, algorithms=["ES256"], audience=server.project_id)
    return claims
