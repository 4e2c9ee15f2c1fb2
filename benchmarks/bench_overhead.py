"""Per-call overhead of StackSDK against raw httpx on the same loopback server (issue #3 benchmark).

A minimal ASGI app under uvicorn (a separate process, loopback only) answers ``GET /api/v1/users/me``
with a real user body. We time 2,000 sequential calls and 1,000 coroutines x 10 calls, through
``StackSDK.users.me()`` (headers, nonce, user tokens, retry loop, error check, model parsing) and
through a raw ``httpx.AsyncClient`` sending the same headers and decoding JSON. Best of N rounds,
interleaved so both see the same machine state. Last line: the sequential ratio.

Run: ``.venv/bin/python benchmarks/bench_overhead.py [--rounds 5]``
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import secrets
import socket
import subprocess
import sys
import time

import httpx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from stack_sdk import StackSDK, TokenPair  # noqa: E402

PROJECT = "bench-project"
SSK = "ssk_bench_secret"
USER = {
    "auth_with_email": True,
    "client_metadata": None,
    "client_read_only_metadata": None,
    "country_code": None,
    "display_name": "Bench User",
    "has_password": True,
    "id": "3f1c4a4e-8a1b-4c2e-9a57-1d2b3c4d5e6f",
    "is_anonymous": False,
    "is_restricted": False,
    "last_active_at_millis": 1795466258985,
    "oauth_providers": [],
    "otp_auth_enabled": False,
    "passkey_auth_enabled": False,
    "primary_email": "bench@example.com",
    "primary_email_auth_enabled": True,
    "primary_email_verified": True,
    "profile_image_url": None,
    "requires_totp_mfa": False,
    "restricted_by_admin": False,
    "restricted_by_admin_private_details": None,
    "restricted_by_admin_reason": None,
    "restricted_reason": None,
    "selected_team": None,
    "selected_team_id": None,
    "server_metadata": None,
    "signed_up_at_millis": 1795466258603,
}

SERVER = r"""
import json, sys
body = sys.argv[2].encode()
headers = [(b"content-type", b"application/json; charset=utf-8"), (b"x-stack-request-id", b"benchrequest0001"),
           (b"content-length", str(len(body)).encode())]
async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})
import uvicorn
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="error", access_log=False)
"""


def _jwt() -> str:
    def b64(d: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(d).encode()).rstrip(b"=").decode()

    now = int(time.time())
    return f"{b64({'alg': 'ES256'})}.{b64({'sub': USER['id'], 'iat': now, 'exp': now + 3600})}.sig"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _wait_up(url: str) -> None:
    async with httpx.AsyncClient() as c:
        for _ in range(200):
            try:
                await c.get(url)
                return
            except httpx.TransportError:
                await asyncio.sleep(0.05)
    raise RuntimeError("benchmark server did not start")


async def main(rounds: int, sequential: int, coroutines: int, per_coroutine: int) -> None:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-c", SERVER, str(port), json.dumps(USER)])
    try:
        await _wait_up(base + "/api/v1/users/me")
        access, refresh = _jwt(), "rt_bench"
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
        sdk = StackSDK(PROJECT, secret_server_key=SSK, base_url=base, environ={}, limits=limits)
        me = sdk.as_user(TokenPair(access, refresh))
        raw = httpx.AsyncClient(limits=limits)
        static = sdk._api.config.static_headers()
        url = base + "/api/v1/users/me"

        async def raw_call() -> object:
            headers = {
                **static,
                "x-stack-random-nonce": secrets.token_hex(16),
                "x-stack-access-token": access,
                "x-stack-refresh-token": refresh,
            }
            r = await raw.get(url, headers=headers)
            r.raise_for_status()
            return r.json()

        async def sdk_call() -> object:
            return await me.users.me()

        async def seq(fn: object) -> float:
            t = time.perf_counter()
            for _ in range(sequential):
                await fn()  # type: ignore[operator]
            return time.perf_counter() - t

        async def conc(fn: object) -> float:
            async def worker() -> None:
                for _ in range(per_coroutine):
                    await fn()  # type: ignore[operator]

            t = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(coroutines)))
            return time.perf_counter() - t

        for fn in (raw_call, sdk_call):  # warm up pools, imports, caches
            for _ in range(200):
                await fn()
        best = {"raw_seq": 1e9, "sdk_seq": 1e9, "raw_conc": 1e9, "sdk_conc": 1e9}
        for _ in range(rounds):
            best["raw_seq"] = min(best["raw_seq"], await seq(raw_call))
            best["sdk_seq"] = min(best["sdk_seq"], await seq(sdk_call))
            best["raw_conc"] = min(best["raw_conc"], await conc(raw_call))
            best["sdk_conc"] = min(best["sdk_conc"], await conc(sdk_call))
        await raw.aclose()
        await sdk.aclose()
    finally:
        proc.terminate()
        proc.wait(10)
    n_conc = coroutines * per_coroutine
    print(f"raw httpx sequential: {best['raw_seq'] / sequential * 1e6:.0f} us/call")
    print(f"StackSDK  sequential: {best['sdk_seq'] / sequential * 1e6:.0f} us/call")
    print(
        f"raw httpx concurrent ({coroutines}x{per_coroutine}): {best['raw_conc'] / n_conc * 1e6:.0f} us/call"
    )
    print(
        f"StackSDK  concurrent ({coroutines}x{per_coroutine}): {best['sdk_conc'] / n_conc * 1e6:.0f} us/call"
    )
    print(f"concurrent ratio StackSDK/httpx: {best['sdk_conc'] / best['raw_conc']:.3f}x (target <= 1.15x)")
    print(f"sequential ratio StackSDK/httpx: {best['sdk_seq'] / best['raw_seq']:.3f}x (target <= 1.10x)")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--sequential", type=int, default=2000)
    ap.add_argument("--coroutines", type=int, default=1000)
    ap.add_argument("--per-coroutine", type=int, default=10)
    a = ap.parse_args()
    asyncio.run(main(a.rounds, a.sequential, a.coroutines, a.per_coroutine))
