"""``Guard``: request and API-key authentication for one SDK, shared by every view over its pool.

Holds nothing per request: the verifier (JWKS cache, verified-token LRU), the ``hybrid`` user cache and the
API-key cache live as long as the SDK's connection pool. The integrations call these methods.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

import httpx

from ._api_keys import API_KEY_KINDS, ApiKeyCache, ApiKeyKind, ApiKeyOwner, extract_api_key, owner_from
from ._claims import AccessTokenClaims
from ._errors import AccessDeniedError, InvalidApiKeyError, InvalidTokenError, VerifierUnavailable
from ._request import AUTH_MODES, AuthenticatedUser, AuthMode, UserCache, extract_access_token
from ._verifier import AccessTokenVerifier, shared_verifier

if TYPE_CHECKING:
    from stack_sdk_generated.models.user import User

    from .._client import StackSDK


def _unavailable(e: Exception) -> VerifierUnavailable:
    return VerifierUnavailable(
        "verifier_unavailable",
        f"Stack could not be reached to check the caller ({type(e).__name__}). Retry later.",
    )


class Guard:
    """Authentication for the back end of one project (see ``StackSDK.authenticate_request``)."""

    # Holds no reference to an SDK (it is stored weakly by the SDK's pool): each call passes the SDK view.

    def __init__(self) -> None:
        self.users = UserCache()
        self.api_keys = ApiKeyCache()

    @staticmethod
    def verifier(sdk: StackSDK) -> AccessTokenVerifier:
        api = sdk._api
        return shared_verifier(api.http, api.config.project_id, api.config.api_url)

    # -- access tokens --------------------------------------------------------------------------------

    async def authenticate_request(
        self,
        sdk: StackSDK,
        request: Any,
        *,
        mode: AuthMode = "local",
        allow_anonymous: bool = False,
        allow_restricted: bool = False,
        required: bool = True,
    ) -> AuthenticatedUser | None:
        if mode not in AUTH_MODES:
            raise ValueError(f"mode must be one of {', '.join(AUTH_MODES)}; got {mode!r}")
        try:
            found = extract_access_token(request)
            if found is None:
                raise InvalidTokenError("token_missing", "No access token was presented.")
            token, source = found
            if mode == "rest":
                claims, user = await self._rest(sdk, token, allow_anonymous, allow_restricted)
                return AuthenticatedUser(claims, token, source, self._fetcher(sdk, token, claims), user)
            claims = await self.verifier(sdk).verify(
                token, allow_anonymous=allow_anonymous, allow_restricted=allow_restricted
            )
        except InvalidTokenError:
            if required:
                raise
            return None
        return AuthenticatedUser(
            claims, token, source, self._fetcher(sdk, token, claims), self.users.get(token)
        )

    def authenticate_request_sync(
        self,
        sdk: StackSDK,
        request: Any,
        *,
        allow_anonymous: bool = False,
        allow_restricted: bool = False,
        required: bool = True,
    ) -> AuthenticatedUser | None:
        """Local verification with the sync front (no event loop needed)."""
        try:
            found = extract_access_token(request)
            if found is None:
                raise InvalidTokenError("token_missing", "No access token was presented.")
            token, source = found
            claims = self.verifier(sdk).verify_sync(
                token, allow_anonymous=allow_anonymous, allow_restricted=allow_restricted
            )
        except InvalidTokenError:
            if required:
                raise
            return None
        return AuthenticatedUser(
            claims, token, source, self._fetcher(sdk, token, claims), self.users.get(token)
        )

    def _fetcher(self, sdk: StackSDK, token: str, claims: AccessTokenClaims) -> Any:
        async def fetch() -> User:
            user = self.users.get(token)
            if user is None:
                user = await self._me(sdk, token)
                self.users.put(token, user, claims.exp)
            return user

        return fetch

    async def _me(self, sdk: StackSDK, token: str) -> User:
        from ..errors import (
            AccessTokenExpired,
            AnonymousAuthenticationNotAllowed,
            APIConnectionError,
            CannotGetOwnUserWithoutUser,
            InternalServerError,
            InvalidAccessToken,
            InvalidProjectForAccessToken,
            RestrictedUserNotAllowed,
        )

        try:
            return await sdk.as_user({"access_token": token}).users.me()
        except AccessTokenExpired:
            raise InvalidTokenError("token_expired", "The access token has expired.") from None
        except InvalidProjectForAccessToken:
            raise InvalidTokenError("invalid_audience", "The token belongs to another project.") from None
        except InvalidAccessToken:
            raise InvalidTokenError("token_malformed", "Stack could not parse the access token.") from None
        except CannotGetOwnUserWithoutUser:
            # the SDK did not send the token: it was already expired or not a JWT
            raise InvalidTokenError("token_expired", "The access token is expired or unusable.") from None
        except AnonymousAuthenticationNotAllowed:
            raise InvalidTokenError(
                "anonymous_not_allowed", "Anonymous users are not allowed here."
            ) from None
        except RestrictedUserNotAllowed:
            raise InvalidTokenError(
                "restricted_not_allowed", "Restricted users are not allowed here."
            ) from None
        except (APIConnectionError, InternalServerError, httpx.HTTPError) as e:
            raise _unavailable(e) from None

    async def _rest(
        self, sdk: StackSDK, token: str, allow_anonymous: bool, allow_restricted: bool
    ) -> tuple[AccessTokenClaims, User]:
        from .._tokens import token_claims

        user = await self._me(sdk, token)
        # Stack accepted the token, so its payload is authentic: read the claims from it.
        payload = token_claims(token)
        if payload is None or not {"sub", "exp", "aud", "iss"} <= payload.keys():
            raise InvalidTokenError("token_malformed", "The access token has no standard claims.")
        claims = AccessTokenClaims.from_payload(payload)
        if claims.is_anonymous and not allow_anonymous:
            raise InvalidTokenError("anonymous_not_allowed", "Anonymous users are not allowed here.")
        if claims.is_restricted and not claims.is_anonymous and not allow_restricted:
            raise InvalidTokenError("restricted_not_allowed", "Restricted users are not allowed here.")
        self.users.put(token, user, claims.exp)
        return claims, user

    # -- authorization helpers ------------------------------------------------------------------------

    async def require_permission(
        self, sdk: StackSDK, user_id: str, permission_id: str, *, team_id: str | None = None
    ) -> None:
        """:class:`AccessDeniedError` (403) unless the user holds the permission (project-wide or in a team)."""
        from ..errors import APIConnectionError, InternalServerError

        try:
            ok = await sdk.permissions.has(permission_id, user_id=user_id, team_id=team_id)
        except (APIConnectionError, InternalServerError) as e:
            raise _unavailable(e) from None
        if not ok:
            where = f" in team {team_id}" if team_id else ""
            raise AccessDeniedError("permission_denied", f"Missing permission {permission_id!r}{where}.")

    async def require_team_member(self, sdk: StackSDK, user_id: str, team_id: str) -> None:
        """:class:`AccessDeniedError` (403) unless the user belongs to the team."""
        from ..errors import APIConnectionError, InternalServerError

        try:
            teams = await sdk.teams.list(user_id=user_id)
        except (APIConnectionError, InternalServerError) as e:
            raise _unavailable(e) from None
        if not any(str(t.id) == team_id for t in teams.items):
            raise AccessDeniedError("not_team_member", f"Not a member of team {team_id}.")

    # -- API keys -------------------------------------------------------------------------------------

    async def authenticate_api_key(
        self, sdk: StackSDK, request: Any, *, kind: ApiKeyKind = "user", header: str | None = None
    ) -> ApiKeyOwner:
        if kind not in API_KEY_KINDS:
            raise ValueError(f"kind must be one of {', '.join(API_KEY_KINDS)}; got {kind!r}")
        key = extract_api_key(request, header)
        if not key:
            where = f"the {header} header" if header else "an Authorization: Bearer header"
            raise InvalidApiKeyError("api_key_missing", f"No API key was presented (expected in {where}).")
        cached = self.api_keys.get(kind, key)
        if isinstance(cached, InvalidApiKeyError):
            raise InvalidApiKeyError(cached.code, cached.description)
        if cached is not None:
            return cached
        try:
            owner = await self._check(sdk, key, kind)
        except InvalidApiKeyError as e:
            self.api_keys.put(kind, key, e)
            raise
        self.api_keys.put(kind, key, owner)
        return owner

    async def _check(self, sdk: StackSDK, key: str, kind: ApiKeyKind) -> ApiKeyOwner:
        from ..errors import APIConnectionError, InternalServerError

        kinds: tuple[Any, ...] = ("user", "team") if kind == "any" else (kind,)
        try:
            for k in kinds:
                checker = sdk.api_keys.check_user if k == "user" else sdk.api_keys.check_team
                found = await checker(key)
                if found is not None:
                    return owner_from(k, found)
        except (APIConnectionError, InternalServerError) as e:
            raise _unavailable(e) from None
        raise InvalidApiKeyError(
            "api_key_invalid", "The API key is not valid (unknown, revoked, expired or wrong type)."
        )


_guards: weakref.WeakKeyDictionary[httpx.AsyncClient, dict[str, Guard]] = weakref.WeakKeyDictionary()


def guard_for(sdk: StackSDK) -> Guard:
    """The :class:`Guard` shared by ``sdk`` and its views (one per connection pool and project)."""
    api = sdk._api
    per_pool = _guards.setdefault(api.http, {})
    g = per_pool.get(api.config.project_id)
    if g is None:
        g = per_pool[api.config.project_id] = Guard()
    return g
