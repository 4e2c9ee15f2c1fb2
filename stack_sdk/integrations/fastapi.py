"""FastAPI dependencies: ``current_user``, ``optional_user``, ``require_permission``, ``require_team_member``,
``api_key_user``.

One :class:`StackFastAPI` per app, built at start-up over one :class:`~stack_sdk.StackSDK` (server access
for permissions, teams and API keys). Rejections answer JSON ``{"code", "description"}`` with 401 / 403 / 503
and ``WWW-Authenticate: Bearer`` (the exception handler is installed by ``StackFastAPI(sdk, app=app)`` or
``init_app(app)``).

Example::

    from typing import Annotated
    from fastapi import Depends, FastAPI
    from stack_sdk import AuthenticatedUser, StackSDK
    from stack_sdk.integrations.fastapi import StackFastAPI

    app = FastAPI()
    stack = StackFastAPI(StackSDK(), app=app)

    @app.get("/me")
    async def me(user: Annotated[AuthenticatedUser, Depends(stack.current_user)]):
        return {"id": user.user_id, "email": user.claims.email}

Not covered: websockets (call ``sdk.authenticate_request(websocket)`` yourself), OAuth scopes in the
OpenAPI schema (the dependencies do not declare a security scheme).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from .._client import StackSDK
from .._verify._api_keys import ApiKeyKind, ApiKeyOwner
from .._verify._errors import RequestRejected
from .._verify._guard import guard_for
from .._verify._request import AuthenticatedUser, AuthMode
from ._common import rejection

__all__ = ["StackFastAPI", "rejection_handler"]


async def rejection_handler(_request: Request, exc: Exception) -> JSONResponse:
    """The exception handler for :class:`~stack_sdk.errors.RequestRejected`."""
    assert isinstance(exc, RequestRejected)
    status, body, headers = rejection(exc)
    return JSONResponse(body, status_code=status, headers=headers)


class StackFastAPI:
    """Dependencies guarding FastAPI routes; create once per app.

    >>> from fastapi import FastAPI
    >>> stack = StackFastAPI(StackSDK("p", secret_server_key="ssk", environ={}), app=FastAPI())
    >>> stack.mode
    'local'
    """

    def __init__(
        self,
        sdk: StackSDK,
        *,
        app: FastAPI | None = None,
        mode: AuthMode = "local",
        allow_anonymous: bool = False,
        allow_restricted: bool = False,
        api_key_kind: ApiKeyKind = "user",
        api_key_header: str | None = None,
    ) -> None:
        if not isinstance(sdk, StackSDK):
            raise TypeError("StackFastAPI needs a StackSDK (create it once, at start-up)")
        self.sdk = sdk
        self.mode: AuthMode = mode
        self.allow_anonymous = allow_anonymous
        self.allow_restricted = allow_restricted
        self.api_key_kind: ApiKeyKind = api_key_kind
        self.api_key_header = api_key_header
        self._guard = guard_for(sdk)
        if app is not None:
            self.init_app(app)

    def init_app(self, app: FastAPI) -> None:
        """Answer rejections as JSON with the right status and headers."""
        app.add_exception_handler(RequestRejected, rejection_handler)

    async def _authenticate(self, request: Request, required: bool) -> AuthenticatedUser | None:
        return await self._guard.authenticate_request(
            self.sdk,
            request,
            mode=self.mode,
            allow_anonymous=self.allow_anonymous,
            allow_restricted=self.allow_restricted,
            required=required,
        )

    async def current_user(self, request: Request) -> AuthenticatedUser:
        """The verified caller; 401 without a valid token, 503 when it cannot be checked."""
        user = await self._authenticate(request, True)
        assert user is not None
        return user

    async def optional_user(self, request: Request) -> AuthenticatedUser | None:
        """The verified caller, or ``None`` when the request has no valid token (503 still raises)."""
        return await self._authenticate(request, False)

    def require_permission(
        self, permission_id: str, *, team_id: str | None = None, team_id_param: str | None = None
    ) -> Callable[[Request], Awaitable[AuthenticatedUser]]:
        """A dependency: the caller, who must hold ``permission_id`` (project-wide, in ``team_id``, or in the
        team named by the path parameter ``team_id_param``); 403 ``permission_denied`` otherwise."""

        async def dependency(request: Request) -> AuthenticatedUser:
            user = await self.current_user(request)
            team = team_id if team_id_param is None else _path_param(request, team_id_param)
            await self._guard.require_permission(self.sdk, user.user_id, permission_id, team_id=team)
            return user

        return dependency

    def require_team_member(
        self, team_id: str | None = None, *, team_id_param: str = "team_id"
    ) -> Callable[[Request], Awaitable[AuthenticatedUser]]:
        """A dependency: the caller, who must belong to ``team_id`` (or the path parameter
        ``team_id_param``); 403 ``not_team_member`` otherwise."""

        async def dependency(request: Request) -> AuthenticatedUser:
            user = await self.current_user(request)
            team = team_id if team_id is not None else _path_param(request, team_id_param)
            await self._guard.require_team_member(self.sdk, user.user_id, team)
            return user

        return dependency

    async def api_key_user(self, request: Request) -> ApiKeyOwner:
        """The owner of the request's API key (``Authorization: Bearer`` or ``api_key_header``); 401 otherwise."""
        return await self._guard.authenticate_api_key(
            self.sdk, request, kind=self.api_key_kind, header=self.api_key_header
        )


def _path_param(request: Request, name: str) -> str:
    value: Any = request.path_params.get(name)
    if not isinstance(value, str) or not value:
        raise LookupError(f"the route has no path parameter {name!r} (team_id_param={name!r})")
    return value
