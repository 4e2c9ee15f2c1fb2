"""Shared helpers for resource tests (respx, wire level, against the real generated operations)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from stack_sdk import MemoryTokenStore, StackSDK, TokenPair
from stack_sdk._tokens import reset_memory_stores

BASE = "https://api.example.test"
API = BASE + "/api/v1"
PROJECT = "6c7a9f6e-1b2c-4d3e-8f90-0a1b2c3d4e5f"
SSK = "ssk_SECRET_server_key_value"
PCK = "pck_publishable_value"
USER_ID = "3f1c4a4e-8a1b-4c2e-9a57-1d2b3c4d5e6f"
TEAM_ID = "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"

# A server-shaped user as the real backend sends it (recordings: users:me:server-with-token).
SERVER_USER: dict[str, Any] = {
    "auth_with_email": True, "client_metadata": None, "client_read_only_metadata": None, "country_code": None,
    "display_name": None, "has_password": True, "id": USER_ID, "is_anonymous": False, "is_restricted": False,
    "last_active_at_millis": 1795466258985, "oauth_providers": [], "otp_auth_enabled": False,
    "passkey_auth_enabled": False, "primary_email": "ada@example.com", "primary_email_auth_enabled": True,
    "primary_email_verified": False, "profile_image_url": None, "requires_totp_mfa": False,
    "restricted_by_admin": False, "restricted_by_admin_private_details": None, "restricted_by_admin_reason": None,
    "restricted_reason": None, "risk_scores": {"sign_up": {"bot": 0, "free_trial_abuse": 0}}, "selected_team": None,
    "selected_team_id": None, "server_metadata": None, "signed_up_at_millis": 1795466258603,
}

SERVER_TEAM: dict[str, Any] = {
    "id": TEAM_ID, "display_name": "Team A", "profile_image_url": None, "client_metadata": None,
    "client_read_only_metadata": None, "server_metadata": None, "created_at_millis": 1795466258603,
}


def known_error(code: str, status: int, message: str = "msg", details: dict[str, Any] | None = None) -> httpx.Response:
    """A Stack known error as the real backend sends it with the override header (200 + actual status)."""
    body: dict[str, Any] = {"code": code, "error": message}
    if details is not None:
        body["details"] = details
    return httpx.Response(200, json=body, headers={"x-stack-known-error": code, "x-stack-actual-status": str(status)})


def body_of(request: httpx.Request) -> Any:
    """The JSON body a request carried."""
    return json.loads(request.content) if request.content else None


def server_sdk(**kw: Any) -> StackSDK:
    return StackSDK(PROJECT, secret_server_key=SSK, base_url=BASE, environ={}, max_retries=0, **kw)


def client_sdk(**kw: Any) -> StackSDK:
    kw.setdefault("token_store", MemoryTokenStore("eyJhbGciOiJFUzI1NiJ9.e30.sig", "rt"))
    return StackSDK(PROJECT, publishable_client_key=PCK, base_url=BASE, environ={}, max_retries=0, **kw)


@pytest.fixture(autouse=True)
def _fresh_memory_stores() -> None:
    reset_memory_stores()


@pytest.fixture
async def server() -> AsyncIterator[StackSDK]:
    async with server_sdk() as s:
        yield s


@pytest.fixture
async def client() -> AsyncIterator[StackSDK]:
    async with client_sdk() as s:
        yield s


__all__ = ["API", "PCK", "PROJECT", "SERVER_TEAM", "SERVER_USER", "SSK", "TEAM_ID", "USER_ID", "TokenPair",
           "body_of", "client_sdk", "known_error", "server_sdk"]
