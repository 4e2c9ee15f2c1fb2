"""A Flask back end (sync views) protected by Stack: local verification with no event loop, permissions, API keys.

Run it (server access from HEXCLAVE_* / STACK_* in the environment)::

    pip install 'stack-sdk[flask]'
    flask --app examples.flask_app:app_from_env run
"""

from __future__ import annotations

from flask import Flask, g

from stack_sdk import StackSDK
from stack_sdk.integrations.flask import StackFlask


def create_app(sdk: StackSDK) -> Flask:
    """The app over one SDK (shared by every request)."""
    app = Flask(__name__)
    stack = StackFlask(sdk, app)

    @app.get("/me")
    @stack.requires_auth
    def me() -> dict[str, object]:
        return {"id": g.stack_user.user_id, "email": g.stack_user.claims.email}

    @app.get("/profile")
    @stack.requires_auth
    def profile() -> dict[str, object]:
        return {"display_name": stack.user().display_name}  # the full user, fetched once per token

    @app.get("/admin")
    @stack.requires_permission("admin")
    def admin() -> dict[str, object]:
        return {"admin": g.stack_user.user_id}

    @app.get("/api/usage")
    @stack.requires_api_key
    def usage() -> dict[str, object]:
        return {"user_id": g.stack_api_key.user_id}

    return app


def app_from_env() -> Flask:
    return create_app(StackSDK())
