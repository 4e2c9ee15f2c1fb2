"""A FastAPI app whose users sign in on server-rendered pages (OAuth, password, e-mail code), via Stack.

Against your Stack project (http://localhost needs secure cookies off):

    STACK_PROJECT_ID=... STACK_PUBLISHABLE_CLIENT_KEY=... APP_SECRET_KEY=$(python -c 'import secrets; print(secrets.token_urlsafe(32))') \\
        python examples/fastapi_login/app.py

Or entirely locally, with the fake Stack server playing the identity provider:

    python examples/fastapi_login/app.py --fake      # then open http://127.0.0.1:8000
"""

from __future__ import annotations

import html
import os
import sys
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from stack_sdk import StackSDK
from stack_sdk.integrations.login import StackLogin
from stack_sdk.integrations.login.starlette import LoginMiddleware, current_user, login_router, login_session
from stack_sdk.types import User

CurrentUser = Annotated[User | None, Depends(current_user)]


def create_app(login: StackLogin) -> FastAPI:
    app = FastAPI()
    app.add_middleware(LoginMiddleware, login=login)
    app.include_router(login_router(login))

    def page(body: str) -> HTMLResponse:
        return HTMLResponse(f"<!doctype html><html><head><title>Example app</title></head><body>{body}</body></html>")

    @app.get("/")
    async def home(request: Request, user: CurrentUser) -> Response:
        if user is None:
            return page(f'<p id=anonymous>You are not signed in.</p><a id=sign-in href="{login.login_url("/")}">Sign in</a>')
        return page(
            f"<p id=welcome>Signed in as <b id=user-email>{html.escape(user.primary_email or '')}</b></p>"
            f'<a href="/account">Account</a>{login.logout_form(login_session(request))}'
        )

    @app.get("/account")
    async def account(user: CurrentUser) -> Response:
        if user is None:
            return RedirectResponse(login.login_url("/account"), 303)
        return page(f"<p id=account>Account of {html.escape(user.id)}</p>")

    return app


def login_from_env() -> StackLogin:
    return StackLogin(
        StackSDK(access_type="client"),  # STACK_PROJECT_ID / STACK_PUBLISHABLE_CLIENT_KEY from the environment
        secret_key=os.environ["APP_SECRET_KEY"],
        providers=os.environ.get("STACK_OAUTH_PROVIDERS", "github").split(","),
        secure_cookies=os.environ.get("SECURE_COOKIES", "0") == "1",
    )


def main() -> None:
    import uvicorn

    if "--fake" in sys.argv:
        from _fake_idp import fake_stack  # examples/fastapi_login/_fake_idp.py

        with fake_stack() as login_for:
            uvicorn.run(create_app(login_for()), host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
    else:
        uvicorn.run(create_app(login_from_env()), host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))


if __name__ == "__main__":
    main()
