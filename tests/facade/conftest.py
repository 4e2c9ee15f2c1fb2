"""Helpers for facade tests: a tiny stand-in operation table, so the request loop is tested on its own.

The generated operations have the same two entry points (``_get_kwargs`` / ``_parse_response``); tests
of the real resources run against the generated package and the fake server elsewhere.
"""

from __future__ import annotations

import base64
import json
import sys
import time
import types
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote

import pytest

from stack_sdk import StackSDK
from stack_sdk._base_client import Operation
from stack_sdk._tokens import reset_memory_stores

BASE = "https://api.example.test"
API = BASE + "/api/v1"
PROJECT = "proj-123"
SSK = "ssk_SECRET_server_key_value"
PCK = "pck_publishable_value"
SAK = "sak_SUPER_admin_key_value"


def _module(name: str, method: str, path: str) -> types.ModuleType:
    mod = types.ModuleType(name)

    def _get_kwargs(**params: Any) -> dict[str, Any]:
        body = params.pop("body", None)
        url = path.format(**{k: quote(str(params.pop(k)), safe="") for k in list(params) if "{" + k + "}" in path})
        kwargs: dict[str, Any] = {"method": method, "url": url}
        if params:
            kwargs["params"] = params
        if body is not None:
            kwargs["json"] = body
        return kwargs

    def _parse_response(*, client: Any, response: Any) -> Any:
        if response.status_code not in (200, 201):
            raise RuntimeError(f"unexpected status {response.status_code}")
        return response.json()

    mod._get_kwargs = _get_kwargs  # type: ignore[attr-defined]
    mod._parse_response = _parse_response  # type: ignore[attr-defined]
    sys.modules[name] = mod
    return mod


OPS: dict[str, Operation] = {}
for op_id, method, path, access in [
    ("users_me", "GET", "/users/me", ("client", "server", "admin")),
    ("users_get", "GET", "/users/{user_id}", ("server", "admin")),
    ("users_list", "GET", "/users", ("server", "admin")),
    ("users_create", "POST", "/users", ("server", "admin")),
    ("users_update", "PATCH", "/users/{user_id}", ("server", "admin")),
    ("users_delete", "DELETE", "/users/{user_id}", ("server", "admin")),
    ("teams_update", "PUT", "/teams/{team_id}", ("client", "server", "admin")),
    ("auth_anonymous_sign_up", "POST", "/auth/anonymous/sign-up", ("client", "server", "admin")),
    ("internal_config", "GET", "/internal/config", ("admin",)),
]:
    name = f"_facade_test_ops.{op_id}"
    _module(name, method, path)
    OPS[op_id] = Operation(method, path, access, name)


class Sleeps(list[float]):
    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def make_sdk(access: str = "server", **kw: Any) -> StackSDK:
    keys: dict[str, Any] = {"client": {"publishable_client_key": PCK}, "server": {"secret_server_key": SSK},
                            "admin": {"super_secret_admin_key": SAK, "access_type": "admin"}}[access]
    kw.setdefault("sleep", Sleeps())
    return StackSDK(PROJECT, base_url=BASE, environ={}, _operations=OPS, **keys, **kw)


def jwt(exp_in: float = 600, iat_ago: float = 0, sub: str = "u1") -> str:
    """An unsigned JWT-shaped token (the SDK reads exp/iat only, for freshness)."""
    now = time.time()
    def b64(d: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(d).encode()).rstrip(b"=").decode()
    return f"{b64({'alg': 'ES256'})}.{b64({'sub': sub, 'exp': int(now + exp_in), 'iat': int(now - iat_ago)})}.sig"


def known_error(code: str, status: int, message: str = "msg", details: dict[str, Any] | None = None,
                override: bool = True) -> dict[str, Any]:
    """respx Response kwargs for a Stack known error (sent as 200 + actual-status like the real backend)."""
    body: dict[str, Any] = {"code": code, "error": message}
    if details is not None:
        body["details"] = details
    headers = {"x-stack-known-error": code, "x-stack-request-id": "req0123456789abc"}
    if override and 400 <= status < 500:
        headers["x-stack-actual-status"] = str(status)
        status = 200
    return {"status_code": status, "json": body, "headers": headers}


@pytest.fixture(autouse=True)
def _fresh_memory_stores() -> None:
    reset_memory_stores()


@pytest.fixture
async def sdk() -> AsyncIterator[StackSDK]:
    async with make_sdk() as s:
        yield s
