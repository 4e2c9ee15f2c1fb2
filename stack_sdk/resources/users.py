"""The ``users`` namespace: the signed-in user (``me``) and, with server access, any user.

Real paths (protocol §1.2, §1.5, §1.7): ``GET|PATCH|DELETE /users/me`` (needs the user's tokens; client or
server access), ``GET|PATCH|DELETE /users/{user_id}``, ``GET /users`` (cursor pagination), ``POST /users``,
and ``POST /user-api-keys/check`` for :meth:`Users.get_by_api_key`.

PATCH bodies carry only the arguments you pass; ``None`` sets a nullable field to null (protocol §2.3).
"""

from __future__ import annotations

import builtins
from collections.abc import Callable
from typing import Any, Final, Literal

from stack_sdk_generated.models.api_key_check_body import ApiKeyCheckBody
from stack_sdk_generated.models.auth_tokens import AuthTokens
from stack_sdk_generated.models.pagination import Pagination
from stack_sdk_generated.models.success import Success
from stack_sdk_generated.models.user import User
from stack_sdk_generated.models.user_api_key import UserApiKey
from stack_sdk_generated.models.users_create_body import UsersCreateBody
from stack_sdk_generated.models.users_list_response_200 import UsersListResponse200
from stack_sdk_generated.models.users_update_body import UsersUpdateBody
from stack_sdk_generated.models.users_update_me_body import UsersUpdateMeBody

from .._types import NOT_GIVEN, JsonValue, NotGiven, given
from ..errors import (
    ApiKeyNotValid,
    CannotGetOwnUserWithoutUser,
    InvalidAccessToken,
    RefreshTokenError,
    UserNotFound,
    UserNotSignedIn,
)
from ..pagination import AsyncPaginator, Page
from ._args import (
    base64_secret,
    credential,
    json_value,
    optional_secret,
    optional_str,
    require_bool,
    require_id,
)
from ._base import Resource

OrElse = Literal["return-null", "throw", "anonymous"]
OptStr = str | None | NotGiven
Json = JsonValue | NotGiven
Flag = bool | NotGiven

# -- argument checks (before any request; messages name the argument, never echo a secret) ------------


def _only_false(name: str, value: object) -> bool:
    # The backend can turn an anonymous user into a regular one, never the reverse.
    if value is not False:
        raise ValueError(f"{name} can only be set to False (upgrading an anonymous user), got {value!r}")
    return False


# Answers of GET /users/me that mean "these tokens are no (longer a) user", not a failure (protocol §2.15).
_NO_USER: Final = (CannotGetOwnUserWithoutUser, InvalidAccessToken, RefreshTokenError)
_OR_ELSE: Final = ("return-null", "throw", "anonymous")

_FIELD_CHECKS: Final[dict[str, Callable[[str, Any], object]]] = {
    "display_name": optional_str,
    "profile_image_url": optional_str,
    "primary_email": optional_str,
    "selected_team_id": optional_str,
    "restricted_by_admin_reason": optional_str,
    "restricted_by_admin_private_details": optional_str,
    "client_metadata": json_value,
    "client_read_only_metadata": json_value,
    "server_metadata": json_value,
    "primary_email_verified": require_bool,
    "primary_email_auth_enabled": require_bool,
    "otp_auth_enabled": require_bool,
    "passkey_auth_enabled": require_bool,
    "restricted_by_admin": require_bool,
    "password": optional_secret,
    "password_hash": optional_secret,
    "totp_secret_base64": base64_secret,
    "is_anonymous": _only_false,
}


def _user_fields(**fields: object) -> dict[str, Any]:
    """The given fields, each checked; NOT_GIVEN ones are left out of the body."""
    return {name: _FIELD_CHECKS[name](name, value) for name, value in given(**fields).items()}


def _limit(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError(
            f"limit must be an integer >= 1 (omit it for every match in one page), got {value!r}"
        )
    return value


def _next_cursor(pagination: Pagination | None | object) -> str | None:
    if isinstance(pagination, Pagination) and isinstance(pagination.next_cursor, str):
        return pagination.next_cursor
    return None


class Users(Resource):
    """The signed-in user (``me``, ``update_me``, ``delete_me``) and, with server access, every user.

    >>> from stack_sdk import StackSDK
    >>> StackSDK("p", secret_server_key="ssk", environ={}).users
    <Users namespace>
    """

    # -- the signed-in user (client or server access, with user tokens) -------------------------------

    async def me(self) -> User:
        """The user whose tokens this SDK view carries (``GET /users/me``).

        With server access the result has the server fields (``server_metadata``, ...). Anonymous and
        restricted users come back too (see ``is_anonymous`` / ``is_restricted``). Without user tokens
        the backend answers ``CannotGetOwnUserWithoutUser``; :meth:`get_current_user` returns ``None`` instead.

        >>> me = await s.as_user(request).users.me()   # doctest: +SKIP
        >>> me.primary_email                            # doctest: +SKIP
        'ada@example.com'
        """
        return await self._api.call("users_me", User)

    async def get_current_user(
        self, *, or_: OrElse = "return-null", include_restricted: bool | None = None
    ) -> User | None:
        """The signed-in user, or what ``or_`` says when there is none (the SDK spec's ``getUser``).

        ``or_="return-null"``: ``None``; ``"throw"``: :class:`~stack_sdk.errors.UserNotSignedIn`;
        ``"anonymous"``: sign up an anonymous user, keep its tokens in the view's store, return it.
        Anonymous users count only with ``or_="anonymous"``; restricted users (e.g. unverified e-mail)
        only with ``include_restricted=True`` (implied by ``"anonymous"``).
        Unlike :meth:`me`, no tokens or dead tokens are not an error here.

        >>> user = await s.as_user(request).users.get_current_user()              # doctest: +SKIP
        >>> user = await s.users.get_current_user(or_="anonymous")               # doctest: +SKIP
        """
        if or_ not in _OR_ELSE:
            raise ValueError(f"or_ must be one of {', '.join(map(repr, _OR_ELSE))}, got {or_!r}")
        if include_restricted is not None:
            require_bool("include_restricted", include_restricted)
        if or_ == "anonymous" and include_restricted is False:
            raise ValueError(
                "or_='anonymous' returns anonymous users, which are restricted: "
                "leave include_restricted unset (or pass True)"
            )
        include_anonymous = or_ == "anonymous"
        allow_restricted = bool(include_restricted) or include_anonymous
        store = self._api.options.token_store
        user: User | None = None
        if store is not None and any(await store.get_tokens()):
            user = await self._fetch_me_or_none()
        if user is None and or_ == "anonymous":
            if store is None:
                raise UserNotSignedIn(
                    "or_='anonymous' needs a token store for the new user's tokens: "
                    "use s.as_user(...) or an SDK with token_store='memory'."
                )
            # POST /auth/anonymous/sign-up (the same call as s.auth.anonymous.sign_up()).
            tokens = await self._api.call("auth_anonymous_sign_up", AuthTokens)
            await store.set_tokens(tokens.access_token, tokens.refresh_token)
            user = await self._fetch_me_or_none()
        if user is not None and (
            (user.is_anonymous and not include_anonymous) or (user.is_restricted and not allow_restricted)
        ):
            user = None
        if user is None and or_ == "throw":
            raise UserNotSignedIn()
        return user

    async def _fetch_me_or_none(self) -> User | None:
        # The SDK sends x-stack-allow-anonymous-user on every call, which admits anonymous and
        # restricted users alike; get_current_user filters them.
        try:
            return await self._api.call("users_me", User)
        except _NO_USER:
            return None

    async def update_me(
        self,
        *,
        display_name: OptStr = NOT_GIVEN,
        profile_image_url: OptStr = NOT_GIVEN,
        client_metadata: Json = NOT_GIVEN,
        selected_team_id: OptStr = NOT_GIVEN,
        primary_email: OptStr = NOT_GIVEN,
        otp_auth_enabled: Flag = NOT_GIVEN,
        passkey_auth_enabled: Flag = NOT_GIVEN,
        totp_secret_base64: OptStr = NOT_GIVEN,
        client_read_only_metadata: Json = NOT_GIVEN,
        server_metadata: Json = NOT_GIVEN,
        primary_email_verified: Flag = NOT_GIVEN,
        primary_email_auth_enabled: Flag = NOT_GIVEN,
        password: OptStr = NOT_GIVEN,
        password_hash: OptStr = NOT_GIVEN,
        is_anonymous: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> User:
        """Change the signed-in user (``PATCH /users/me``); only the given fields, ``None`` sets null.

        Client access accepts the first eight arguments (the others answer ``SchemaError``); server
        access accepts all of them. ``selected_team_id`` must be a team the user belongs to.

        >>> await s.as_user(tokens).users.update_me(display_name="Ada", client_metadata={"theme": "dark"})   # doctest: +SKIP
        User(id='3f1c...', display_name='Ada', ...)
        """
        body = UsersUpdateMeBody.from_dict(
            _user_fields(
                display_name=display_name,
                profile_image_url=profile_image_url,
                client_metadata=client_metadata,
                selected_team_id=selected_team_id,
                primary_email=primary_email,
                otp_auth_enabled=otp_auth_enabled,
                passkey_auth_enabled=passkey_auth_enabled,
                totp_secret_base64=totp_secret_base64,
                client_read_only_metadata=client_read_only_metadata,
                server_metadata=server_metadata,
                primary_email_verified=primary_email_verified,
                primary_email_auth_enabled=primary_email_auth_enabled,
                password=password,
                password_hash=password_hash,
                is_anonymous=is_anonymous,
            )
        )
        return await self._api.call("users_update_me", User, body=body)

    async def delete_me(self) -> None:
        """Delete the signed-in user (``DELETE /users/me``), then clear this view's token store.

        With client access the project must allow client user deletion (else an ``APIStatusError`` 400).

        >>> await s.as_user(tokens).users.delete_me()   # doctest: +SKIP
        """
        await self._api.call("users_delete_me", Success)
        store = self._api.options.token_store
        if store is not None:
            await store.clear()  # the session died with the user

    # -- any user (server access) ---------------------------------------------------------------------

    async def get(self, user_id: str) -> User | None:
        """A user by id (``GET /users/{user_id}``); ``None`` if there is no such user. Server access.

        >>> user = await s.users.get("3f1c4a4e-8a1b-4c2e-9a57-1d2b3c4d5e6f")   # doctest: +SKIP
        >>> user is None or user.primary_email                                  # doctest: +SKIP
        'ada@example.com'
        """
        try:
            return await self._api.call("users_get", User, user_id=require_id("user_id", user_id))
        except UserNotFound:
            return None

    async def get_by_api_key(self, api_key: str) -> User | None:
        """The owner of a user API key; ``None`` if the key is unknown, expired, revoked or a team key.

        ``POST /user-api-keys/check`` then ``GET /users/{user_id}``. Server access.

        >>> user = await s.users.get_by_api_key(request.headers["x-api-key"])   # doctest: +SKIP
        """
        body = ApiKeyCheckBody(api_key=credential("api_key", api_key))
        try:
            key = await self._api.call("user_api_keys_check", UserApiKey, body=body)
        except ApiKeyNotValid:  # ApiKeyExpired, ApiKeyRevoked, ApiKeyNotFound, WrongApiKeyType
            return None
        return await self.get(key.user_id)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        order_by: Literal["signed_up_at"] | NotGiven = NOT_GIVEN,
        desc: Flag = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN,
        include_anonymous: Flag = NOT_GIVEN,
        include_restricted: Flag = NOT_GIVEN,
        only_anonymous: Flag = NOT_GIVEN,
        team_id: str | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[User]:
        """Users of the project, ``limit`` per page (``GET /users``). Server access.

        ``await`` it for the first page, ``async for`` it for every user. ``cursor`` starts at a page a
        previous call returned (``page.next_cursor``); ``query`` searches e-mail, name and id;
        ``include_anonymous=True`` also returns anonymous and restricted users; ``only_anonymous=True``
        needs ``include_anonymous=True``; ``team_id`` keeps the members of one team.

        >>> page = await s.users.list(limit=50, order_by="signed_up_at", desc=True)   # doctest: +SKIP
        >>> emails = [u.primary_email async for u in s.users.list(query="@example.com")]   # doctest: +SKIP
        """
        if only_anonymous is True and include_anonymous is not True:
            raise ValueError("only_anonymous=True requires include_anonymous=True")
        if not isinstance(order_by, NotGiven) and order_by != "signed_up_at":
            raise ValueError(
                f"order_by must be 'signed_up_at' (the only order the API has), got {order_by!r}"
            )
        params = given(
            limit=limit if isinstance(limit, NotGiven) else _limit(limit),
            order_by=order_by,
            desc=desc if isinstance(desc, NotGiven) else require_bool("desc", desc),
            query=query if isinstance(query, NotGiven) else require_id("query", query),
            include_anonymous=include_anonymous
            if isinstance(include_anonymous, NotGiven)
            else require_bool("include_anonymous", include_anonymous),
            include_restricted=include_restricted
            if isinstance(include_restricted, NotGiven)
            else require_bool("include_restricted", include_restricted),
            only_anonymous=only_anonymous
            if isinstance(only_anonymous, NotGiven)
            else require_bool("only_anonymous", only_anonymous),
            team_id=team_id if isinstance(team_id, NotGiven) else require_id("team_id", team_id),
        )
        start = None if isinstance(cursor, NotGiven) else require_id("cursor", cursor)

        async def fetch(page_cursor: str | None) -> Page[User]:
            extra: dict[str, Any] = {"cursor": page_cursor} if page_cursor else {}
            r = await self._api.call("users_list", UsersListResponse200, **params, **extra)
            return Page(items=builtins.list(r.items), next_cursor=_next_cursor(r.pagination))

        return AsyncPaginator(fetch, cursor=start)

    async def create(
        self,
        *,
        primary_email: OptStr = NOT_GIVEN,
        primary_email_verified: Flag = NOT_GIVEN,
        primary_email_auth_enabled: Flag = NOT_GIVEN,
        password: OptStr = NOT_GIVEN,
        password_hash: OptStr = NOT_GIVEN,
        otp_auth_enabled: Flag = NOT_GIVEN,
        passkey_auth_enabled: Flag = NOT_GIVEN,
        totp_secret_base64: OptStr = NOT_GIVEN,
        display_name: OptStr = NOT_GIVEN,
        profile_image_url: OptStr = NOT_GIVEN,
        client_metadata: Json = NOT_GIVEN,
        client_read_only_metadata: Json = NOT_GIVEN,
        server_metadata: Json = NOT_GIVEN,
    ) -> User:
        """Create a user (``POST /users``). Server access.

        ``primary_email_auth_enabled=True`` lets the user sign in with that e-mail (password or OTP);
        ``password_hash`` imports a bcrypt hash instead of a password.

        >>> user = await s.users.create(primary_email="ada@example.com", password="correct horse",
        ...                             primary_email_auth_enabled=True)   # doctest: +SKIP
        """
        body = UsersCreateBody.from_dict(
            _user_fields(
                primary_email=primary_email,
                primary_email_verified=primary_email_verified,
                primary_email_auth_enabled=primary_email_auth_enabled,
                password=password,
                password_hash=password_hash,
                otp_auth_enabled=otp_auth_enabled,
                passkey_auth_enabled=passkey_auth_enabled,
                totp_secret_base64=totp_secret_base64,
                display_name=display_name,
                profile_image_url=profile_image_url,
                client_metadata=client_metadata,
                client_read_only_metadata=client_read_only_metadata,
                server_metadata=server_metadata,
            )
        )
        return await self._api.call("users_create", User, body=body)

    async def update(
        self,
        user_id: str,
        *,
        display_name: OptStr = NOT_GIVEN,
        profile_image_url: OptStr = NOT_GIVEN,
        client_metadata: Json = NOT_GIVEN,
        client_read_only_metadata: Json = NOT_GIVEN,
        server_metadata: Json = NOT_GIVEN,
        selected_team_id: OptStr = NOT_GIVEN,
        primary_email: OptStr = NOT_GIVEN,
        primary_email_verified: Flag = NOT_GIVEN,
        primary_email_auth_enabled: Flag = NOT_GIVEN,
        password: OptStr = NOT_GIVEN,
        password_hash: OptStr = NOT_GIVEN,
        otp_auth_enabled: Flag = NOT_GIVEN,
        passkey_auth_enabled: Flag = NOT_GIVEN,
        totp_secret_base64: OptStr = NOT_GIVEN,
        restricted_by_admin: Flag = NOT_GIVEN,
        restricted_by_admin_reason: OptStr = NOT_GIVEN,
        restricted_by_admin_private_details: OptStr = NOT_GIVEN,
        is_anonymous: Literal[False] | NotGiven = NOT_GIVEN,
    ) -> User:
        """Change a user (``PATCH /users/{user_id}``); only the given fields, ``None`` sets null. Server access.

        ``password`` sets a new password (and ends the user's other sessions); ``totp_secret_base64``
        turns TOTP MFA on (``None``: off); ``restricted_by_admin=True`` restricts the user.

        >>> await s.users.update(uid, display_name=None, server_metadata={"plan": "pro"})   # doctest: +SKIP
        User(id='3f1c...', display_name=None, ...)
        """
        body = UsersUpdateBody.from_dict(
            _user_fields(
                display_name=display_name,
                profile_image_url=profile_image_url,
                client_metadata=client_metadata,
                client_read_only_metadata=client_read_only_metadata,
                server_metadata=server_metadata,
                selected_team_id=selected_team_id,
                primary_email=primary_email,
                primary_email_verified=primary_email_verified,
                primary_email_auth_enabled=primary_email_auth_enabled,
                password=password,
                password_hash=password_hash,
                otp_auth_enabled=otp_auth_enabled,
                passkey_auth_enabled=passkey_auth_enabled,
                totp_secret_base64=totp_secret_base64,
                restricted_by_admin=restricted_by_admin,
                restricted_by_admin_reason=restricted_by_admin_reason,
                restricted_by_admin_private_details=restricted_by_admin_private_details,
                is_anonymous=is_anonymous,
            )
        )
        return await self._api.call("users_update", User, user_id=require_id("user_id", user_id), body=body)

    async def delete(self, user_id: str) -> None:
        """Delete a user (``DELETE /users/{user_id}``); ``UserNotFound`` if there is none. Server access.

        >>> await s.users.delete("3f1c4a4e-8a1b-4c2e-9a57-1d2b3c4d5e6f")   # doctest: +SKIP
        """
        await self._api.call("users_delete", Success, user_id=require_id("user_id", user_id))
