"""Testing kit: an in-process fake of Stack Auth's backend and a pytest plugin.

``FakeStackServer`` (needs the ``stack-sdk[testing]`` extra: starlette, uvicorn, PyJWT) answers the REST API
under ``/api/v1`` like the real backend: statuses, known-error codes/messages/details, response shapes
(client vs server views), header rules (``x-stack-*`` and ``x-hexclave-*``), the override-status header,
ES256 access tokens with the real claims, JWKS, refresh, plus fault injection and request/mutation logs.

Implemented routes: projects/current, JWKS, users (CRUD, me, cursor pagination and filters), password
sign-up/in/update/set/reset, anonymous sign-up, OTP (magic link), MFA (TOTP), sessions (create, list,
revoke, sign out, refresh), the OAuth token endpoint (refresh_token, authorization_code with PKCE) and a fake
OAuth provider (``GET /auth/oauth/authorize/{provider}``: redirects at once, or shows a Continue/Cancel page with
``enable_oauth_provider(..., consent_page=True)``), CLI login, teams, memberships, member profiles,
invitations, team/project permissions, contact channels, user/team API keys, OAuth provider links,
notification preferences, data vault, e-mails (send + delivery info), payments items, the admin routes
that switch project config (``/internal/projects/current``, ``/internal/config/override/{level}``), and
outgoing webhooks (``fake.webhooks.add_endpoint(url, secret)``: Svix-signed ``user.*``, ``team.*``,
``team_membership.*`` and ``team_permission.*`` events, retried on failure; ``await fake.webhooks.drain()``).

Not implemented (answer the plain-text 404 of unknown routes): passkeys, Apple native sign-in, connected
accounts' provider access tokens, payments products/purchases/billing/invoices, e-mail outbox/templates/
render, Svix's management API, admin routes other than the above, analytics. Bot challenges, real e-mail delivery and
real rate limiting are not simulated (use ``fake.faults``). Rotated signing keys stay published until
``rotate_keys(drop_old=True)``.

Interface: ``FakeStackServer(project_id, publishable_client_key, secret_server_key, super_secret_admin_key,
access_token_lifetime=600.0, clock=None, *, display_name, config)``; ``.app`` (Starlette), ``.transport()``,
``.serve()`` (uvicorn on 127.0.0.1), ``.serve_in_thread()`` (the same for sync code), ``.webhooks``, ``.base_url``, ``.faults``, ``.requests``, ``.count()``, ``.mutations``,
``.config``, ``.create_user()``, ``.sign_in_tokens()``, ``.otp_codes`` / ``.last_code()``, ``.rotate_keys()``,
``.jwks()``, plus seeding helpers (``create_team``, ``add_team_member``, ``add_project_permission``,
``add_data_vault_store``, ``add_item``, ``enable_oauth_provider``, ``current_totp``).

``base_url`` is ``https://fake-stack.test`` (not ``http://``): nothing leaves the process, and the SDK refuses to
send server keys over plain http to a non-loopback host. The project config starts like a fresh real project
(API keys, OTP, client team creation and client user deletion off; shared e-mail server): switch features on
with ``fake.config[...] = ...`` or ``FakeStackServer(config={...})``. Admin *access tokens*
(``x-stack-admin-access-token``) are not supported; use the super secret admin key.

Example::

    from stack_sdk.testing import FakeStackServer

    fake = FakeStackServer(project_id="p1", secret_server_key="ssk_test")
    user = fake.create_user(email="ada@example.com", password="correct horse")
    access, refresh = fake.sign_in_tokens(user["id"])
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._server import FakeStackServer, SeedError

__all__ = ["FakeStackServer", "MissingTestingExtraError", "SeedError"]


class MissingTestingExtraError(ImportError):
    """The fake server needs packages that only ``pip install 'stack-sdk[testing]'`` installs.

    >>> str(MissingTestingExtraError("starlette")).startswith("stack_sdk.testing needs starlette")
    True
    """

    def __init__(self, missing: str) -> None:
        super().__init__(
            f"stack_sdk.testing needs {missing}, which is not installed: "
            "pip install 'stack-sdk[testing]' (starlette, uvicorn, PyJWT, pytest-asyncio)"
        )


def __getattr__(name: str) -> Any:
    # lazy: importing stack_sdk.testing must not require starlette/uvicorn/PyJWT until the fake is used
    if name in ("FakeStackServer", "SeedError"):
        try:
            from . import _server
        except ModuleNotFoundError as exc:
            raise MissingTestingExtraError(exc.name or "a package of the [testing] extra") from exc
        return getattr(_server, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
