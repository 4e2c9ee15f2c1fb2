"""A FastAPI back end protected by Stack: local token verification, permissions, team membership, API keys.

Run it (server access from HEXCLAVE_* / STACK_* in the environment)::

    pip install 'stack-sdk[fastapi]' uvicorn
    uvicorn --factory examples.fastapi_app:app_from_env

Front ends send ``Authorization: Bearer <access token>`` (or ``x-stack-access-token``); scripts send a user
API key as ``Authorization: Bearer sk_...`` to ``/api/usage``.
"""

# No `from __future__ import annotations` here: FastAPI reads the Annotated dependencies at run time.
from typing import Annotated, Any

from fastapi import Depends, FastAPI

from stack_sdk import ApiKeyOwner, AuthenticatedUser, StackSDK
from stack_sdk.integrations.fastapi import StackFastAPI


def create_app(sdk: StackSDK) -> FastAPI:
    """The app over one SDK (shared by every request)."""
    app = FastAPI()
    stack = StackFastAPI(sdk, app=app, mode="hybrid")

    @app.get("/public")
    async def public(
        user: Annotated[AuthenticatedUser | None, Depends(stack.optional_user)],
    ) -> dict[str, Any]:
        return {"signed_in": user is not None}

    @app.get("/me")
    async def me(user: Annotated[AuthenticatedUser, Depends(stack.current_user)]) -> dict[str, Any]:
        full = await user.user()  # hybrid: fetched once per token, then cached
        return {"id": user.user_id, "email": user.claims.email, "display_name": full.display_name}

    @app.get("/admin")
    async def admin(
        user: Annotated[AuthenticatedUser, Depends(stack.require_permission("admin"))],
    ) -> dict[str, str]:
        return {"admin": user.user_id}

    @app.get("/teams/{team_id}/dashboard")
    async def dashboard(
        team_id: str, user: Annotated[AuthenticatedUser, Depends(stack.require_team_member())]
    ) -> dict[str, str]:
        return {"team": team_id, "member": user.user_id}

    @app.get("/api/usage")
    async def usage(owner: Annotated[ApiKeyOwner, Depends(stack.api_key_user)]) -> dict[str, Any]:
        return {"user_id": owner.user_id, "key_id": owner.key_id}

    return app


def app_from_env() -> FastAPI:
    return create_app(StackSDK())


if __name__ == "__main__":  # pragma: no cover - a manual entry point
    import uvicorn

    uvicorn.run(app_from_env())
