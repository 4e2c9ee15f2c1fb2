"""The login flow for Starlette and FastAPI: a middleware that keeps the session cookie, the routes, and
``current_user(request)`` (usable as a FastAPI dependency).

Example (FastAPI)::

    from fastapi import Depends, FastAPI
    from stack_sdk import StackSDK
    from stack_sdk.integrations.login import StackLogin
    from stack_sdk.integrations.login.starlette import LoginMiddleware, current_user, login_router

    login = StackLogin(StackSDK(access_type="client"), secret_key=SECRET, providers=["github"])
    app = FastAPI()
    app.add_middleware(LoginMiddleware, login=login)
    app.include_router(login_router(login))

    @app.get("/me")
    async def me(user=Depends(current_user)):
        return {"id": user.id if user else None}
"""

from __future__ import annotations

from http.cookies import SimpleCookie
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._core import StackLogin
from ._session import LoginSession

if TYPE_CHECKING:
    from fastapi import APIRouter

    from ...types import User

__all__ = ["LoginMiddleware", "current_user", "login_router", "login_routes", "login_session"]

_SESSION_KEY = "stack_login_session"
_MAX_FORM_BYTES = 64 * 1024
_LOGIN_KEY = "stack_login"


class LoginMiddleware:
    """Pure ASGI middleware: opens the session cookie into the request and writes it back if it changed."""

    def __init__(self, app: ASGIApp, login: StackLogin) -> None:
        self.app = app
        self.login = login

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        cookies = SimpleCookie()
        for name, value in scope.get("headers", []):
            if name == b"cookie":
                try:
                    cookies.load(value.decode("latin-1"))
                except Exception:  # a malformed Cookie header must not break the app
                    pass
        morsel = cookies.get(self.login.cookie_name)
        session = self.login.load(morsel.value if morsel else None)
        state = scope.setdefault("state", {})
        state[_SESSION_KEY] = session
        state[_LOGIN_KEY] = self.login

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start" and session.dirty:
                value, options = self.login.cookie(session)
                carrier = Response()
                carrier.set_cookie(
                    self.login.cookie_name,
                    value,
                    max_age=options["max_age"],
                    path=options["path"],
                    secure=options["secure"],
                    httponly=options["httponly"],
                    samesite=options["samesite"],
                )
                headers = list(message.get("headers", []))
                headers += [(k, v) for k, v in carrier.raw_headers if k == b"set-cookie"]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_cookie)


def login_session(request: Request) -> LoginSession:
    session = request.scope.get("state", {}).get(_SESSION_KEY)
    if not isinstance(session, LoginSession):
        raise RuntimeError("add LoginMiddleware(app, login=...) to use the login session")
    return session


def _login(request: Request) -> StackLogin:
    login = request.scope.get("state", {}).get(_LOGIN_KEY)
    if not isinstance(login, StackLogin):
        raise RuntimeError("add LoginMiddleware(app, login=...) to use the login session")
    return login


async def current_user(request: Request) -> User | None:
    """The signed-in user (access token refreshed if needed), or None; cached on the request."""
    cached = request.scope.get("state", {}).get("stack_user", ...)
    if cached is not ...:
        return cached  # type: ignore[no-any-return]
    user = await _login(request).current_user(login_session(request))
    request.scope["state"]["stack_user"] = user
    return user


def _endpoint(login: StackLogin) -> Any:
    async def stack_login(request: Request) -> Response:
        subpath = request.url.path.removeprefix(login.prefix) or "/"
        form: dict[str, str] = {}
        if request.method == "POST":
            # the pages post urlencoded forms: parsed here, so python-multipart is not needed
            body = await request.body()
            if len(body) > _MAX_FORM_BYTES:
                return HTMLResponse("Form too large", 413)
            form = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        result = await login.handle(
            request.method,
            subpath,
            url=str(request.url),
            query=dict(request.query_params),
            form=form,
            session=login_session(request),
        )
        if result.location is not None:
            return RedirectResponse(result.location, result.status, headers=result.headers)
        return HTMLResponse(result.html or "", result.status, headers=result.headers)

    return stack_login


def login_routes(login: StackLogin) -> list[Route]:
    """Starlette routes for ``login.prefix + "/{path}"`` (add ``LoginMiddleware`` too).

    >>> from stack_sdk import StackSDK
    >>> [r.path for r in login_routes(StackLogin(StackSDK("p", publishable_client_key="k", environ={}),
    ...                                          secret_key="s" * 32))]
    ['/auth/{path:path}']
    """
    return [Route(login.prefix + "/{path:path}", _endpoint(login), methods=["GET", "POST"])]


def login_router(login: StackLogin) -> APIRouter:
    """The same routes as a FastAPI ``APIRouter`` (left out of the OpenAPI schema)."""
    from fastapi import APIRouter

    router = APIRouter()
    router.add_api_route(
        login.prefix + "/{path:path}", _endpoint(login), methods=["GET", "POST"], include_in_schema=False
    )
    return router
