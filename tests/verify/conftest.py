"""Fixtures for the verifier: a fake Stack with a pinned clock, an SDK on it, and token forging helpers."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import jwt
import pytest
import pytest_asyncio
from cryptography.hazmat.primitives.asymmetric import ec

from stack_sdk import AccessTokenVerifier, StackSDK
from stack_sdk.testing import FakeStackServer
from stack_sdk.testing.pytest_plugin import make_fake, sdk_for


class Clock:
    """A pinned "now" that tests move by hand. It starts at the real time when the test starts, so the SDK's
    own token-freshness check (which reads the real clock) agrees with the fake's on any date."""

    def __init__(self, t: float | None = None) -> None:
        self.t = float(int(time.time())) if t is None else t

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


def jwks_path(fake: FakeStackServer) -> str:
    return f"/api/v1/projects/{fake.project_id}/.well-known/jwks.json"


def jwks_fetches(fake: FakeStackServer) -> int:
    return fake.count("GET", jwks_path(fake))


def b64(data: bytes | str) -> str:
    raw = data.encode() if isinstance(data, str) else data
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def unverified(token: str) -> dict[str, Any]:
    claims: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
    return claims


def kid_of(token: str) -> str:
    kid: str = jwt.get_unverified_header(token)["kid"]
    return kid


def sign_with_fake(fake: FakeStackServer, claims: dict[str, Any], key_set: str = "regular") -> str:
    """A token signed by the fake's real current key (for claim-level cases: aud, iss, exp, nbf)."""
    return fake._core.keys.sign(claims, key_set)  # type: ignore[arg-type]


def sign_foreign(claims: dict[str, Any], kid: str) -> str:
    """A valid ES256 signature by a key the project does not publish."""
    key = ec.generate_private_key(ec.SECP256R1())
    return jwt.encode(claims, key, algorithm="ES256", headers={"kid": kid})


def raw_token(header: dict[str, Any], claims: dict[str, Any], signature: bytes = b"") -> str:
    return f"{b64(json.dumps(header))}.{b64(json.dumps(claims))}.{b64(signature)}"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def fake(clock: Clock) -> FakeStackServer:
    return make_fake(clock=clock)


@pytest_asyncio.fixture
async def sdk(fake: FakeStackServer, clock: Clock) -> AsyncIterator[StackSDK]:
    s = sdk_for(fake, max_retries=0)
    s.verifier = AccessTokenVerifier(fake.project_id, base_url=fake.base_url, http=s._api.http, clock=clock)
    async with s:
        yield s


@pytest.fixture
def user_token(fake: FakeStackServer) -> str:
    user = fake.create_user(email="ada@example.com", password="correct horse", display_name="Ada")
    return fake.sign_in_tokens(user["id"])[0]
