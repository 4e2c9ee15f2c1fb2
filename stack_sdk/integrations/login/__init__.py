"""Server-side sign-in for Flask and FastAPI/Starlette apps (``/login`` → provider → ``/callback`` → ``/logout``).

:class:`StackLogin` holds the flow; ``stack_sdk.integrations.login.flask`` and
``stack_sdk.integrations.login.starlette`` mount it. Covered: OAuth providers (state + S256 PKCE, verifier
kept in the encrypted session cookie), e-mail + password sign-in and sign-up, e-mail one-time codes (typed
code and magic link), refresh on use, sign-out at Stack, CSRF tokens on every form, local-only ``next``.
Not covered: passkeys, MFA (TOTP) challenges, e-mail verification and password-reset pages, account
linking, anonymous users, server-side session stores (the session is one cookie).
"""

from __future__ import annotations

from ._core import LoginError, LoginResponse, StackLogin, safe_next
from ._session import LoginSession, SessionCodec

__all__ = ["LoginError", "LoginResponse", "LoginSession", "SessionCodec", "StackLogin", "safe_next"]
