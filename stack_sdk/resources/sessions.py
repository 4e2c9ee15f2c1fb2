"""The ``sessions`` namespace: a user's sessions (refresh tokens): create (server), list, revoke, refresh.

Real paths (protocol §1.7, §6): ``POST /auth/sessions``, ``GET /auth/sessions?user_id=``,
``DELETE /auth/sessions/{id}?user_id=`` and ``POST /auth/sessions/current/refresh``; the SDK spec's
``/users/{id}/sessions`` does not exist. Signing out the current session is ``s.auth.sign_out()``.
"""

from __future__ import annotations

import builtins

from stack_sdk_generated.models.access_token import AccessToken
from stack_sdk_generated.models.auth_sessions_create_body import AuthSessionsCreateBody
from stack_sdk_generated.models.auth_sessions_list_response_200 import AuthSessionsListResponse200
from stack_sdk_generated.models.session import Session
from stack_sdk_generated.models.session_tokens import SessionTokens
from stack_sdk_generated.models.success import Success

from .._tokens import TokenPair
from ..errors import UserNotSignedIn
from ..pagination import AsyncPaginator, Page
from ._args import positive_int, require_bool, require_id
from ._base import Resource

ONE_YEAR_MILLIS = 365 * 24 * 60 * 60 * 1000  # the JS SDK's default session lifetime


class Sessions(Resource):
    """Sessions of a user. Tokens come back as :class:`~stack_sdk.TokenPair` (its ``repr`` hides them).

    >>> from stack_sdk import StackSDK
    >>> StackSDK("p", secret_server_key="ssk", environ={}).sessions
    <Sessions namespace>
    """

    async def create(
        self,
        user_id: str,
        *,
        expires_in_millis: int = ONE_YEAR_MILLIS,
        is_impersonation: bool = False,
    ) -> TokenPair:
        """Start a session for a user and return its tokens (server access; no password needed).

        An unknown user raises ``UserIdDoesNotExist``. Use the tokens with ``s.as_user(tokens)``.

        >>> tokens = await s.sessions.create(user_id, expires_in_millis=3_600_000)   # doctest: +SKIP
        >>> me = await s.as_user(tokens).users.get_current_user()                   # doctest: +SKIP
        """
        positive_int("expires_in_millis", expires_in_millis)
        require_bool("is_impersonation", is_impersonation)
        body = AuthSessionsCreateBody(
            user_id=require_id("user_id", user_id),
            expires_in_millis=expires_in_millis,
            is_impersonation=is_impersonation,
        )
        r = await self._api.call("auth_sessions_create", SessionTokens, body=body)
        return TokenPair(access_token=r.access_token, refresh_token=r.refresh_token)

    def list(self, user_id: str) -> AsyncPaginator[Session]:
        """A user's active sessions, newest first (``"me"``: the signed-in user; marks ``is_current_session``).

        Server access lists non-impersonation sessions; admin access lists impersonations too.

        >>> sessions = await s.sessions.list(user_id)   # doctest: +SKIP
        >>> sessions.items[0].created_at                # doctest: +SKIP
        1795466258974
        """
        uid = require_id("user_id", user_id)

        async def fetch(_cursor: str | None) -> Page[Session]:
            r = await self._api.call("auth_sessions_list", AuthSessionsListResponse200, user_id=uid)
            return Page(items=builtins.list(r.items))

        return AsyncPaginator(fetch)

    async def revoke(self, session_id: str, *, user_id: str) -> None:
        """End one session (its refresh token stops working; issued access tokens live until they expire).

        ``user_id`` is required by the backend (``"me"`` for the signed-in user). Revoking the session the
        request itself uses raises ``CannotDeleteCurrentSession``: sign out instead.

        >>> await s.sessions.revoke(session_id, user_id=user_id)   # doctest: +SKIP
        """
        await self._api.call(
            "auth_sessions_delete",
            Success,
            id=require_id("session_id", session_id),
            user_id=require_id("user_id", user_id),
        )

    async def refresh(self) -> TokenPair:
        """Get a new access token for this view's session and store it (``POST /auth/sessions/current/refresh``).

        Needs a view with the user's refresh token (``s.as_user(tokens)``); a dead refresh token raises
        ``RefreshTokenNotFoundOrExpired``. The SDK already refreshes on its own before tokens go stale.

        >>> tokens = await s.as_user(tokens).sessions.refresh()   # doctest: +SKIP
        """
        store = self._api.options.token_store
        refresh_token = (await store.get_tokens())[1] if store is not None else None
        if store is None or refresh_token is None:
            raise UserNotSignedIn(
                "sessions.refresh() needs the user's refresh token: call it on s.as_user(tokens)"
            )
        r = await self._api.call("auth_sessions_refresh_current", AccessToken)
        # Only if no other task replaced the session meanwhile (same rule as the automatic refresh).
        await store.compare_and_set(refresh_token, refresh_token, r.access_token)
        return TokenPair(access_token=r.access_token, refresh_token=refresh_token)
