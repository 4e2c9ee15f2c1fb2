"""s.projects: GET /projects/current (with config) and the project's JWKS."""

from __future__ import annotations

from typing import Any

import pytest
import respx

from stack_sdk import StackSDK
from stack_sdk.errors import KnownError
from stack_sdk.types import Project, ProjectConfig

from .conftest import API, PROJECT, known_error

# Real shape (recordings: projects-current:client).
CURRENT: dict[str, Any] = {
    "config": {
        "allow_team_api_keys": False, "allow_user_api_keys": False, "client_team_creation_enabled": False,
        "client_user_deletion_enabled": False, "credential_enabled": True, "domains": [],
        "enabled_oauth_providers": [], "magic_link_enabled": False, "passkey_enabled": False,
        "sign_up_enabled": True,
    },
    "display_name": "SDK acceptance project",
    "id": PROJECT,
}
JWKS: dict[str, Any] = {"keys": [{"alg": "ES256", "crv": "P-256", "kid": "k1", "kty": "EC", "x": "xx", "y": "yy"}]}


@respx.mock
async def test_get_current_with_config(client: StackSDK) -> None:
    route = respx.get(f"{API}/projects/current").respond(json=CURRENT)
    project = await client.projects.get_current()
    req = route.calls.last.request
    assert req.headers["x-stack-project-id"] == PROJECT and req.headers["x-stack-access-type"] == "client"
    assert isinstance(project, Project) and (project.id, project.display_name) == (PROJECT, "SDK acceptance project")
    assert isinstance(project.config, ProjectConfig)
    assert project.config.sign_up_enabled is True and project.config.client_team_creation_enabled is False


@respx.mock
async def test_get_current_with_server_access(server: StackSDK) -> None:
    route = respx.get(f"{API}/projects/current").respond(json=CURRENT)
    assert (await server.projects.get_current()).id == PROJECT
    assert route.calls.last.request.headers["x-stack-access-type"] == "server"


@respx.mock
async def test_get_current_unknown_project_raises(server: StackSDK) -> None:
    respx.get(f"{API}/projects/current").mock(
        return_value=known_error("CURRENT_PROJECT_NOT_FOUND", 400, details={"project_id": PROJECT})
    )
    with pytest.raises(KnownError) as info:
        await server.projects.get_current()
    assert info.value.code == "CURRENT_PROJECT_NOT_FOUND"


@respx.mock
async def test_get_jwks_returns_the_json_key_set(server: StackSDK) -> None:
    route = respx.get(f"{API}/projects/{PROJECT}/.well-known/jwks.json").respond(json=JWKS)
    jwks = await server.projects.get_jwks()
    assert route.calls.last.request.url.query == b""
    assert jwks["keys"][0]["kid"] == "k1" and jwks["keys"][0]["crv"] == "P-256"


@respx.mock
async def test_get_jwks_with_anonymous_and_restricted_keys(client: StackSDK) -> None:
    route = respx.get(f"{API}/projects/{PROJECT}/.well-known/jwks.json").respond(json=JWKS)
    await client.projects.get_jwks(include_anonymous=True, include_restricted=True)
    assert dict(route.calls.last.request.url.params) == {"include_anonymous": "true", "include_restricted": "true"}


async def test_get_jwks_rejects_non_bool_flags(server: StackSDK, respx_mock: respx.MockRouter) -> None:
    with pytest.raises(TypeError, match="include_anonymous must be True or False"):
        await server.projects.get_jwks(include_anonymous="yes")  # type: ignore[arg-type]
    assert not respx_mock.calls
