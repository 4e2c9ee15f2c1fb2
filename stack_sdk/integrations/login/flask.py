"""The login flow for Flask: a blueprint, the current user in views and templates, ``login_required``.

Example::

    from flask import Flask, render_template_string
    from stack_sdk import StackSDK
    from stack_sdk.integrations.login import StackLogin
    from stack_sdk.integrations.login.flask import current_user, login_blueprint, login_required

    login = StackLogin(StackSDK(access_type="client"), secret_key=SECRET, providers=["github"])
    app = Flask(__name__)
    app.register_blueprint(login_blueprint(login))

    @app.get("/account")
    @login_required
    def account():
        return render_template_string("Hello {{ stack_user.display_name }} {{ stack_logout_form }}")
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from flask import Blueprint, Flask, Response, current_app, g, redirect, request
from markupsafe import Markup
from werkzeug.wrappers import Response as WerkzeugResponse

from ._core import StackLogin
from ._portal import Portal
from ._session import LoginSession

if TYPE_CHECKING:
    from ...types import User

__all__ = ["current_user", "login_blueprint", "login_required", "login_session"]

F = TypeVar("F", bound=Callable[..., Any])
_EXTENSION = "stack_login"


def _login() -> StackLogin:
    login = current_app.extensions.get(_EXTENSION)
    if not isinstance(login, StackLogin):
        raise RuntimeError("register login_blueprint(login) on this app before using the login helpers")
    return login


def _portal() -> Portal:
    return cast(Portal, current_app.extensions[_EXTENSION + ".portal"])


def login_session() -> LoginSession:
    """This request's login session (read from the cookie once; written back after the request if changed)."""
    session = g.get("stack_login_session")
    if session is None:
        login = _login()
        session = g.stack_login_session = login.load(request.cookies.get(login.cookie_name))
    return cast(LoginSession, session)


def current_user() -> User | None:
    """The signed-in user (access token refreshed if needed), or None; loaded once per request."""
    if "stack_user" not in g:
        g.stack_user = _portal().run(_login().current_user(login_session()))
    return cast("User | None", g.stack_user)


def login_required(view: F) -> F:
    """Redirect to the sign-in page (coming back here afterwards) when nobody is signed in."""

    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if current_user() is None:
            return redirect(_login().login_url(request.full_path.rstrip("?")), 303)
        return view(*args, **kwargs)

    return cast(F, wrapper)


def _save_cookie(response: WerkzeugResponse) -> WerkzeugResponse:
    session = g.get("stack_login_session")
    if isinstance(session, LoginSession) and session.dirty:
        login = _login()
        value, options = login.cookie(session)
        response.set_cookie(login.cookie_name, value, **options)
    return response


def login_blueprint(login: StackLogin, *, name: str = "stack_login") -> Blueprint:
    """The login routes under ``login.prefix``; also registers the cookie writer, ``stack_user`` and
    ``stack_logout_form`` for templates, and ``login_required``'s redirect.

    >>> from stack_sdk import StackSDK
    >>> bp = login_blueprint(StackLogin(StackSDK("p", publishable_client_key="k", environ={}), secret_key="s" * 32))
    >>> bp.url_prefix
    '/auth'
    """
    bp = Blueprint(name, __name__, url_prefix=login.prefix)
    portal = Portal()

    @bp.record_once
    def _setup(state: Any) -> None:
        app: Flask = state.app
        app.extensions[_EXTENSION] = login
        app.extensions[_EXTENSION + ".portal"] = portal
        app.after_request(_save_cookie)

        @app.context_processor
        def _template_values() -> dict[str, Any]:
            return {
                "stack_user": current_user(),
                "stack_logout_form": Markup(login.logout_form(login_session())),
                "stack_login_url": login.login_url(request.full_path.rstrip("?")),
            }

    def endpoint(subpath: str = "") -> WerkzeugResponse:
        result = portal.run(
            login.handle(
                request.method,
                "/" + subpath,
                url=request.url,
                query=request.args.to_dict(),
                form=request.form.to_dict(),
                session=login_session(),
            )
        )
        response: WerkzeugResponse
        if result.location is not None:
            response = redirect(result.location, result.status)
        else:
            response = Response(
                result.html or "", status=result.status, content_type="text/html; charset=utf-8"
            )
        response.headers.update(result.headers)
        return response

    bp.add_url_rule("/<path:subpath>", "handle", endpoint, methods=["GET", "POST"])
    return bp
