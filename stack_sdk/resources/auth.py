"""The ``auth`` namespace: the view's user session (tokens, sign-out, partial user) and the sign-in flows.

Sign-in flows live one per module in ``_auth_flows/`` and hang off ``s.auth`` as ``password``, ``otp``,
``mfa``, ``oauth``, ``cli`` and ``anonymous``. Every successful sign-in writes its tokens into the view's
token store (when it has one) and returns a :class:`SignInResult`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Final

import attrs
from stack_sdk_generated.models.success import Success

from .._logs import logger
from .._tokens import MAX_AGE_SECONDS, MIN_VALIDITY_SECONDS, force_refresh, likely_valid_tokens, token_claims
from ..errors import APIConnectionError, APIStatusError, InvalidAccessToken, KnownError, RefreshTokenError
from ._auth_flows._common import SignInResult, require_store
from ._base import Resource

if TYPE_CHECKING:
    from ._auth_flows.anonymous import Anonymous
    from ._auth_flows.cli import Cli
    from ._auth_flows.mfa import Mfa
    from ._auth_flows.oauth import OAuth, OAuthUrl
    from ._auth_flows.otp import Otp
    from ._auth_flows.password import Password

__all__ = ["Auth", "OAuthUrl", "PartialUser", "SignInResult"]

# Answers to sign-out that mean "this session is already gone": never worth raising (protocol §1.2).
_GONE_SESSION_CODES: Final = frozenset({"USER_AUTHENTICATION_REQUIRED", "CANNOT_GET_OWN_USER_WITHOUT_USER"})


@attrs.frozen
class PartialUser:
    """The user as the access token describes them (decoded locally: no request, no signature check).

    Use it for display and routing only; for authorization verify the token or call ``s.users``.
    """

    id: str
    display_name: str | None
    primary_email: str | None
    primary_email_verified: bool
    is_anonymous: bool
    is_restricted: bool
    restricted_reason: str | None  # "anonymous" | "email_not_verified" | "restricted_by_administrator"
    is_multi_factor_required: bool

    @classmethod
    def from_claims(cls, claims: Mapping[str, Any]) -> PartialUser | None:
        """Build from JWT claims; ``None`` when there is no ``sub``.

        >>> PartialUser.from_claims({"sub": "u1", "email": "a@b.c", "is_anonymous": False}).primary_email
        'a@b.c'
        """
        sub = claims.get("sub")
        if not isinstance(sub, str) or not sub:
            return None

        def text(key: str) -> str | None:
            v = claims.get(key)
            return v if isinstance(v, str) else None

        reason = claims.get("restricted_reason")
        reason_type = reason.get("type") if isinstance(reason, dict) else None
        return cls(
            id=sub,
            display_name=text("name"),
            primary_email=text("email"),
            primary_email_verified=claims.get("email_verified") is True,
            is_anonymous=claims.get("is_anonymous") is True,
            is_restricted=claims.get("is_restricted") is True,
            restricted_reason=reason_type if isinstance(reason_type, str) else None,
            is_multi_factor_required=claims.get("requires_totp_mfa") is True,
        )


class Auth(Resource):
    """The view's user session and the sign-in flows (``s.auth.password``, ``.otp``, ``.mfa``, ``.oauth``,
    ``.cli``, ``.anonymous``).

    Session methods act on the view's token store: a client SDK has one by default; on a server SDK use
    ``s.as_user(tokens).auth...``.

    >>> from stack_sdk import StackSDK
    >>> StackSDK("p", secret_server_key="ssk", environ={}).auth.password
    <Password namespace>
    """

    # -- sign-in flows ------------------------------------------------------------------------------

    @cached_property
    def password(self) -> Password:
        from ._auth_flows.password import Password

        return Password(self._api)

    @cached_property
    def otp(self) -> Otp:
        from ._auth_flows.otp import Otp

        return Otp(self._api)

    @cached_property
    def mfa(self) -> Mfa:
        from ._auth_flows.mfa import Mfa

        return Mfa(self._api)

    @cached_property
    def oauth(self) -> OAuth:
        from ._auth_flows.oauth import OAuth

        return OAuth(self._api)

    @cached_property
    def cli(self) -> Cli:
        from ._auth_flows.cli import Cli

        return Cli(self._api)

    @cached_property
    def anonymous(self) -> Anonymous:
        from ._auth_flows.anonymous import Anonymous

        return Anonymous(self._api)

    # -- the session --------------------------------------------------------------------------------

    async def sign_out(self) -> None:
        """End the view's session on the server and clear the token store.

        Never raises because the session is already gone, expired or unreachable (dead refresh token,
        expired access token, network error, HTTP 5xx): the store is cleared in every case.

        >>> await s.auth.sign_out()  # doctest: +SKIP
        """
        store = require_store(self._api, "auth.sign_out()")
        try:
            access, refresh = await store.get_tokens()
            if access or refresh:
                # An empty JSON body, as the JS SDK sends (protocol §2.2).
                await self._api.call("auth_sessions_delete_current", Success, token_store=store, body={})
        except (RefreshTokenError, InvalidAccessToken, APIConnectionError) as exc:
            logger.info(
                "sign_out(): the session was already unusable (%s); clearing tokens", type(exc).__name__
            )
        except KnownError as exc:
            if exc.code not in _GONE_SESSION_CODES:
                raise
            logger.info("sign_out(): no session on the server (%s); clearing tokens", exc.code)
        except APIStatusError as exc:
            if exc.status < 500:
                raise
            # Signing out a session the server already deleted answers a plain-text 500.
            logger.info("sign_out(): the server answered %s; clearing tokens", exc.status)
        finally:
            await store.clear()

    async def get_access_token(self) -> str | None:
        """A fresh access token for the view's user (refreshed first if it expires within 20 s or is 75 s old).

        ``None`` when nobody is signed in or the refresh token no longer works.

        >>> token = await s.auth.get_access_token()  # doctest: +SKIP
        """
        store = require_store(self._api, "auth.get_access_token()")
        access, _ = await likely_valid_tokens(
            store, self._api.refresh_access_token, min_validity=MIN_VALIDITY_SECONDS, max_age=MAX_AGE_SECONDS
        )
        return access

    async def get_refresh_token(self) -> str | None:
        """The view's stored refresh token (no request).

        >>> import asyncio
        >>> from stack_sdk import StackSDK
        >>> me = StackSDK("p", secret_server_key="ssk", environ={}).as_user({"refresh_token": "rt"})
        >>> asyncio.run(me.auth.get_refresh_token())
        'rt'
        """
        store = require_store(self._api, "auth.get_refresh_token()")
        _, refresh = await store.get_tokens()
        return refresh

    async def get_auth_json(self) -> dict[str, str | None]:
        """``{"accessToken": ..., "refreshToken": ...}`` with a fresh access token, for a front end or another service.

        >>> await s.auth.get_auth_json()  # doctest: +SKIP
        {'accessToken': 'eyJ...', 'refreshToken': '...'}
        """
        store = require_store(self._api, "auth.get_auth_json()")
        access, refresh = await likely_valid_tokens(
            store, self._api.refresh_access_token, min_validity=MIN_VALIDITY_SECONDS, max_age=MAX_AGE_SECONDS
        )
        return {"accessToken": access, "refreshToken": refresh}

    async def get_auth_headers(self) -> dict[str, str]:
        """``{"x-stack-auth": <json>}``: send it to your back end, which passes the request as ``as_user(request)``.

        >>> headers = await s.auth.get_auth_headers()  # doctest: +SKIP
        >>> httpx.get("https://my-backend.example.com/api", headers=headers)  # doctest: +SKIP
        """
        return {"x-stack-auth": json.dumps(await self.get_auth_json(), separators=(",", ":"))}

    async def refresh(self) -> str | None:
        """Get a new access token now, whatever the current one's age; ``None`` if the refresh token is dead.

        >>> token = await s.auth.refresh()  # doctest: +SKIP
        """
        store = require_store(self._api, "auth.refresh()")
        current, _ = await store.get_tokens()
        access, _ = await force_refresh(store, self._api.refresh_access_token, rejected_access_token=current)
        return access

    async def get_partial_user(self) -> PartialUser | None:
        """The signed-in user as their stored access token describes them; no request. ``None`` if none.

        >>> import asyncio, base64, json
        >>> from stack_sdk import StackSDK
        >>> claims = base64.urlsafe_b64encode(json.dumps({"sub": "u1", "name": "Ada"}).encode()).decode()
        >>> me = StackSDK("p", secret_server_key="ssk", environ={}).as_user({"access_token": f"h.{claims}.s"})
        >>> asyncio.run(me.auth.get_partial_user()).display_name
        'Ada'
        """
        store = require_store(self._api, "auth.get_partial_user()")
        access, _ = await store.get_tokens()
        claims = token_claims(access) if access else None
        return PartialUser.from_claims(claims) if claims is not None else None


def __getattr__(name: str) -> Any:
    # OAuthUrl lives with the OAuth flow; importing it here lazily keeps ``s.auth`` light.
    if name == "OAuthUrl":
        from ._auth_flows.oauth import OAuthUrl

        return OAuthUrl
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
