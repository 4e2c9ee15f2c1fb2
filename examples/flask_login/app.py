"""A Flask app whose users sign in on server-rendered pages (OAuth, password, e-mail code), via Stack.

Against your Stack project (http://localhost needs secure cookies off):

    STACK_PROJECT_ID=... STACK_PUBLISHABLE_CLIENT_KEY=... APP_SECRET_KEY=$(python -c 'import secrets; print(secrets.token_urlsafe(32))') \\
        python examples/flask_login/app.py

Or entirely locally, with the fake Stack server playing the identity provider:

    python examples/flask_login/app.py --fake      # then open http://127.0.0.1:5000
"""

from __future__ import annotations

import os
import sys

from flask import Flask, render_template_string

from stack_sdk import StackSDK
from stack_sdk.integrations.login import StackLogin
from stack_sdk.integrations.login.flask import login_blueprint, login_required

HOME = """<!doctype html><html><head><title>Example app</title></head><body>
{% if stack_user %}
  <p id=welcome>Signed in as <b id=user-email>{{ stack_user.primary_email }}</b></p>
  <a href="{{ url_for('account') }}">Account</a> {{ stack_logout_form }}
{% else %}
  <p id=anonymous>You are not signed in.</p><a id=sign-in href="{{ stack_login_url }}">Sign in</a>
{% endif %}
</body></html>"""


def create_app(login: StackLogin) -> Flask:
    app = Flask(__name__)
    app.register_blueprint(login_blueprint(login))

    @app.get("/")
    def home() -> str:
        return render_template_string(HOME)

    @app.get("/account")
    @login_required
    def account() -> str:
        return render_template_string("<p id=account>Account of {{ stack_user.id }}</p>")

    return app


def login_from_env() -> StackLogin:
    return StackLogin(
        StackSDK(access_type="client"),  # STACK_PROJECT_ID / STACK_PUBLISHABLE_CLIENT_KEY from the environment
        secret_key=os.environ["APP_SECRET_KEY"],
        providers=os.environ.get("STACK_OAUTH_PROVIDERS", "github").split(","),
        secure_cookies=os.environ.get("SECURE_COOKIES", "0") == "1",
    )


def main() -> None:
    port = int(os.environ.get("PORT", "5000"))
    if "--fake" in sys.argv:
        from _fake_idp import fake_stack  # examples/flask_login/_fake_idp.py

        with fake_stack() as login_for:
            create_app(login_for()).run(host="127.0.0.1", port=port, threaded=True)
    else:
        create_app(login_from_env()).run(host="127.0.0.1", port=port, threaded=True)


if __name__ == "__main__":
    main()
