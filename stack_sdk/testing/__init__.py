"""Testing kit: an in-process fake of Stack Auth's backend and a pytest plugin.

``FakeStackServer`` (needs the ``stack-sdk[testing]`` extra: starlette, uvicorn, PyJWT) answers the REST API
under ``/api/v1`` like the real backend: statuses, known-error codes/messages/details, response shapes
(client vs server views), header rules (``x-stack-*`` and ``x-hexclave-*``), the override-status header,
ES256 access tokens with the real claims, JWKS, refresh, plus fault injection and request/mutation logs.

Implemented routes: projects/current, JWKS, users (CRUD, me, cursor pagination and filters), password
sign-up/in/update/set/reset, anonymous sign-up, OTP (magic link), MFA (TOTP), sessions (create, list,
revoke, sign out, refresh), the OAuth token endpoint (refresh_token, authorization_code with PKCE) and a fake
OAuth provider (``GET /auth/oauth/authorize/{provider}``), CLI login, teams, memberships, member profiles,
invitations, team/project permissions, contact channels, user/team API keys, OAuth provider links,
notification preferences, data vault, e-mails (send + delivery info), payments items, and the admin routes
that switch project config (``/internal/projects/current``, ``/internal/config/override/{level}``).

Not implemented (answer the plain-text 404 of unknown routes): passkeys, Apple native sign-in, connected
accounts' provider access tokens, payments products/purchases/billing/invoices, e-mail outbox/templates/
render, webhooks, admin routes other than the above, analytics. Bot challenges, real e-mail delivery and
real rate limiting are not simulated (use ``fake.faults``). Rotated signing keys stay published until
``rotate_keys(drop_old=True)``.

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

__all__ = ["FakeStackServer", "SeedError"]


def __getattr__(name: str) -> Any:
    # lazy: importing stack_sdk.testing must not require starlette/uvicorn/PyJWT until the fake is used
    if name in __all__:
        from . import _server

        return getattr(_server, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
