"""A Starlette (any ASGI) app behind ``StackMiddleware``: every request carries its verified caller or ``None``.

Run it (server access from HEXCLAVE_* / STACK_* in the environment)::

    pip install 'stack-sdk[starlette]' uvicorn
    uvicorn --factory examples.starlette_app:app_from_env
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from stack_sdk import StackSDK
from stack_sdk.integrations.starlette import StackMiddleware


async def home(request: Request) -> JSONResponse:
    user = request.state.stack_user  # an AuthenticatedUser, or None
    if user is None:
        error = request.state.stack_auth_error
        return JSONResponse({"signed_in": False, "why": error.code if error else None})
    return JSONResponse({"signed_in": True, "id": user.user_id, "email": user.claims.email})


def create_app(sdk: StackSDK) -> Starlette:
    """The app over one SDK (shared by every request)."""
    return Starlette(routes=[Route("/", home)], middleware=[Middleware(StackMiddleware, sdk=sdk)])


def app_from_env() -> Starlette:
    return create_app(StackSDK())
