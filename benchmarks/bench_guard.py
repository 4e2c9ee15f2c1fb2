"""Cost of guarding a FastAPI route with ``current_user`` (a repeated token) vs the same route without auth.

Both apps run in-process behind ``httpx.ASGITransport`` (no sockets); the guarded one verifies
``Authorization: Bearer <token>`` with a static JWKS, so after the first request each check is a
verified-token LRU hit. We time N sequential requests to each, CPU time, best of 5 rounds, interleaved.
A third app with a do-nothing ``Depends`` that reads the request separates FastAPI's dependency machinery
from the guard's own work. Last line: guarded / unguarded (target <= 1.10x) and guarded / do-nothing dependency.

Run: ``.venv/bin/python benchmarks/bench_guard.py [--rounds 5] [--requests 2000]``
"""

# No `from __future__ import annotations`: FastAPI reads the Annotated dependency at run time.

import argparse
import asyncio
import os
import sys
import time
from typing import Annotated

import httpx
import jwt
from cryptography.hazmat.primitives.asymmetric import ec
from fastapi import Depends, FastAPI, Request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from stack_sdk import AccessTokenVerifier, AuthenticatedUser, StackSDK  # noqa: E402
from stack_sdk.integrations.fastapi import StackFastAPI  # noqa: E402

PROJECT = "0c1d2e3f-4a5b-4c6d-8e7f-000000000001"
BASE = "https://api.stack-auth.com"


def apps() -> tuple[FastAPI, FastAPI, FastAPI, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    jwk = {**jwt.algorithms.ECAlgorithm.to_jwk(key.public_key(), as_dict=True), "kid": "k1", "alg": "ES256"}
    now = int(time.time())
    token = jwt.encode(
        {
            "sub": "u1",
            "iat": now,
            "exp": now + 3600,
            "iss": f"{BASE}/api/v1/projects/{PROJECT}",
            "aud": PROJECT,
            "project_id": PROJECT,
            "email": "bench@example.com",
            "is_anonymous": False,
            "is_restricted": False,
        },
        key,
        algorithm="ES256",
        headers={"kid": "k1"},
    )
    sdk = StackSDK(PROJECT, secret_server_key="ssk_bench", base_url=BASE, environ={})
    sdk.verifier = AccessTokenVerifier(PROJECT, base_url=BASE, jwks={"keys": [jwk]})

    guarded = FastAPI()
    stack = StackFastAPI(sdk, app=guarded)

    @guarded.get("/me")
    async def me(user: Annotated[AuthenticatedUser, Depends(stack.current_user)]) -> dict[str, str]:
        return {"id": user.user_id}

    plain = FastAPI()

    @plain.get("/me")
    async def me_plain() -> dict[str, str]:
        return {"id": "u1"}

    # FastAPI's own price for any dependency that reads the request (solve_dependencies per request)
    noop = FastAPI()

    async def no_auth(request: Request) -> str:  # noqa: ARG001 - the request is what a guard reads
        return "u1"

    @noop.get("/me")
    async def me_noop(user: Annotated[str, Depends(no_auth)]) -> dict[str, str]:
        return {"id": user}

    return guarded, plain, noop, token


async def run(app: FastAPI, token: str, n: int) -> float:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app.test") as http:
        headers = {"Authorization": f"Bearer {token}"}
        r = await http.get("/me", headers=headers)  # warm up (and prove the route answers)
        assert r.status_code == 200, r.text
        start = time.process_time()
        for _ in range(n):
            await http.get("/me", headers=headers)
        return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=2000)
    args = parser.parse_args()
    guarded, plain, noop, token = apps()
    best = {"guarded": float("inf"), "plain": float("inf"), "noop_dependency": float("inf")}
    for r in range(args.rounds):
        best["plain"] = min(best["plain"], asyncio.run(run(plain, token, args.requests)))
        best["noop_dependency"] = min(best["noop_dependency"], asyncio.run(run(noop, token, args.requests)))
        best["guarded"] = min(best["guarded"], asyncio.run(run(guarded, token, args.requests)))
        print(
            f"round {r + 1}: " + ", ".join(f"{k} {v * 1e6 / args.requests:.0f} us" for k, v in best.items()),
            file=sys.stderr,
        )
    n = args.requests
    print(
        f"{n} requests: guarded {best['guarded'] * 1e6 / n:.0f} us, unguarded {best['plain'] * 1e6 / n:.0f} us "
        f"per request (CPU, best of {args.rounds})"
    )
    print(f"a do-nothing Depends(request) costs {best['noop_dependency'] * 1e6 / n:.0f} us on the same route")
    print(
        f"guarded / unguarded: {best['guarded'] / best['plain']:.3f}x (target <= 1.10x); "
        f"guarded / do-nothing dependency: {best['guarded'] / best['noop_dependency']:.3f}x"
    )


if __name__ == "__main__":
    main()
