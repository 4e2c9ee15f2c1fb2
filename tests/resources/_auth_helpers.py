"""Helpers for the auth tests: real-shaped JWTs and stores (kept out of the shared conftest)."""

from __future__ import annotations

import base64
import json
import time
from typing import Any

from stack_sdk import MemoryTokenStore


def jwt(sub: str = "3f1c4a4e-8a1b-4c2e-9a57-1d2b3c4d5e6f", *, exp_in: float = 600, iat_ago: float = 0,
        **claims: Any) -> str:
    """An unsigned JWT with Stack's claim names (the SDK never checks signatures locally)."""
    now = time.time()

    def b64(d: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(d).encode()).rstrip(b"=").decode()

    payload = {"sub": sub, "exp": int(now + exp_in), "iat": int(now - iat_ago), **claims}
    return f"{b64({'alg': 'ES256', 'kid': 'k1'})}.{b64(payload)}.c2ln"


def store(access: str | None = None, refresh: str | None = "rt_1") -> MemoryTokenStore:
    return MemoryTokenStore(access if access is not None else jwt(), refresh)


def tokens_body(access: str, refresh: str, user_id: str, **extra: Any) -> dict[str, Any]:
    """``{access_token, refresh_token, user_id}`` as /auth/password/sign-in answers (recordings: signin:ok)."""
    return {"access_token": access, "refresh_token": refresh, "user_id": user_id, **extra}


def refresh_body(access: str) -> dict[str, Any]:
    """The token endpoint's refresh answer (recordings: refresh:form)."""
    return {"access_token": access, "afterCallbackRedirectUrl": None, "after_callback_redirect_url": None,
            "expires_in": 3600, "scope": "legacy", "token_type": "Bearer"}
