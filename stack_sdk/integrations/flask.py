"""Flask decorators for sync views: ``requires_auth``, ``requires_permission``, ``requires_api_key``.

Tokens are verified with the verifier's sync front (cached JWKS, a blocking fetch under a thread lock when
due), so a view needs no event loop. Calls that need Stack (permissions, teams, API keys, the full user)
run the async SDK on one background event loop owned by :class:`StackFlask` (its ``portal``), so the whole
app shares one connection pool.

Example::

    from flask import Flask, g
    from stack_sdk import StackSDK
    from stack_sdk.integrations.flask import StackFlask

    app = Flask(__name__)
    stack = StackFlask(StackSDK(), app)

    @app.get("/me")
    @stack.requires_auth
    def me():
        return {"id": g.stack_user.user_id}

Not covered: async Flask views (use the FastAPI or Starlette integration for async code), ``rest`` /
``hybrid`` modes at authentication time (``stack.user()`` fetches the full user on demand instead).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast

from flask import Flask, g, jsonify, request
from flask.typing import ResponseReturnValue

from .._client import StackSDK
from .._verify._api_keys import ApiKeyKind, ApiKeyOwner
from .._verify._errors import RequestRejected
from .._verify._guard import guard_for
from .._verify._request import AuthenticatedUser
from ._common import Portal, rejection

__all__ = ["StackFlask"]

F = TypeVar("F", bound=Callable[..., Any])


class StackFlask:
    """Guards for a Flask app; create once (``StackFlask(sdk, app)`` or ``init_app(app)`` later).

    The verified caller is ``flask.g.stack_user`` (an :class:`~stack_sdk.AuthenticatedUser`), an API key's owner
    ``flask.g.stack_api_key`` (an :class:`~stack_sdk.ApiKeyOwner`).

    >>> from flask import Flask
    >>> stack = StackFlask(StackSDK("p", secret_server_key="ssk", environ={}), Flask("demo"))
    >>> stack.allow_anonymous
    False
    """

    def __init__(
        self,
        sdk: StackSDK,
        app: Flask | None = None,
        *,
        allow_anonymous: bool = False,
        allow_restricted: bool = False,
        api_key_kind: ApiKeyKind = "user",
        api_key_header: str | None = None,
    ) -> None:
        if not isinstance(sdk, StackSDK):
            raise TypeError("StackFlask needs a StackSDK (create it once, at start-up)")
        self.sdk = sdk
        self.allow_anonymous = allow_anonymous
        self.allow_restricted = allow_restricted
        self.api_key_kind: ApiKeyKind = api_key_kind
        self.api_key_header = api_key_header
        self.portal = Portal()
        self._guard = guard_for(sdk)
        if app is not None:
            self.init_app(app)

    def init_app(self, app: Flask) -> None:
        app.extensions["stack_sdk"] = self
        app.register_error_handler(RequestRejected, _answer)

    # -- building blocks ------------------------------------------------------------------------------

    def authenticate(self, *, required: bool = True) -> AuthenticatedUser | None:
        """The caller of the current request (local verification, sync front); also sets ``g.stack_user``."""
        user = self._guard.authenticate_request_sync(
            self.sdk,
            request,
            allow_anonymous=self.allow_anonymous,
            allow_restricted=self.allow_restricted,
            required=required,
        )
        g.stack_user = user
        return user

    def user(self, auth: AuthenticatedUser | None = None) -> Any:
        """The full Stack user of ``auth`` (default ``g.stack_user``), fetched once per token."""
        auth = auth or g.stack_user
        return self.portal.call(auth.user())

    # -- decorators -----------------------------------------------------------------------------------

    def requires_auth(self, view: F) -> F:
        """401 unless the request carries a valid access token; sets ``g.stack_user``."""

        @functools.wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            self.authenticate()
            return view(*args, **kwargs)

        return cast(F, wrapper)

    def optional_auth(self, view: F) -> F:
        """Sets ``g.stack_user`` to the caller or ``None``; never 401."""

        @functools.wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            self.authenticate(required=False)
            return view(*args, **kwargs)

        return cast(F, wrapper)

    def requires_permission(
        self, permission_id: str, *, team_id: str | None = None, team_id_arg: str | None = None
    ) -> Callable[[F], F]:
        """401 without a valid token, 403 unless the caller holds ``permission_id`` (project-wide, in
        ``team_id``, or in the team named by the view argument ``team_id_arg``)."""

        def decorate(view: F) -> F:
            @functools.wraps(view)
            def wrapper(*args: Any, **kwargs: Any) -> Any:
                user = self.authenticate()
                assert user is not None
                team = team_id if team_id_arg is None else kwargs[team_id_arg]
                self.portal.call(
                    self._guard.require_permission(self.sdk, user.user_id, permission_id, team_id=team)
                )
                return view(*args, **kwargs)

            return cast(F, wrapper)

        return decorate

    def requires_api_key(self, view: F) -> F:
        """401 unless the request presents a valid API key; sets ``g.stack_api_key``."""

        @functools.wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            owner: ApiKeyOwner = self.portal.call(
                self._guard.authenticate_api_key(
                    self.sdk, dict(request.headers), kind=self.api_key_kind, header=self.api_key_header
                )
            )
            g.stack_api_key = owner
            return view(*args, **kwargs)

        return cast(F, wrapper)


def _answer(exc: RequestRejected) -> ResponseReturnValue:
    status, body, headers = rejection(exc)
    return jsonify(body), status, headers
