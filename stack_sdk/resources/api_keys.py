"""The ``api_keys`` namespace: user and team API keys (list, create, get, update, revoke, check).

Real paths (protocol §1.4, §6): ``/user-api-keys`` and ``/team-api-keys``; the SDK spec's ``/api-keys/...``
does not exist. A key's secret ``value`` comes back once, from ``create_*`` (a ``...FirstView``); every
later read carries only ``value.last_four``. Keep the first view out of logs: the generated model's
``repr`` shows the secret.

Get and update name the owner (``user_id`` / ``team_id``) in the query too, as the backend requires
(added to the spec by ``openapi/overlay.py``).
"""

from __future__ import annotations

import builtins
from typing import Any, overload

from stack_sdk_generated.models.api_key_check_body import ApiKeyCheckBody
from stack_sdk_generated.models.api_key_update_body import ApiKeyUpdateBody
from stack_sdk_generated.models.team_api_key import TeamApiKey
from stack_sdk_generated.models.team_api_key_first_view import TeamApiKeyFirstView
from stack_sdk_generated.models.team_api_keys_create_body import TeamApiKeysCreateBody
from stack_sdk_generated.models.team_api_keys_list_response_200 import TeamApiKeysListResponse200
from stack_sdk_generated.models.user_api_key import UserApiKey
from stack_sdk_generated.models.user_api_key_first_view import UserApiKeyFirstView
from stack_sdk_generated.models.user_api_keys_create_body import UserApiKeysCreateBody
from stack_sdk_generated.models.user_api_keys_list_response_200 import UserApiKeysListResponse200

from .._types import NOT_GIVEN, NotGiven, given
from ..errors import ApiKeyNotFound, ApiKeyNotValid
from ..pagination import AsyncPaginator, Page
from ._args import credential, optional_bool, require_id, require_str
from ._base import Resource


def _owner(user_id: str | None, team_id: str | None) -> tuple[str, str]:
    """``("user", id)`` or ``("team", id)``: exactly one owner must be named."""
    if (user_id is None) == (team_id is None):
        raise ValueError("pass exactly one of user_id= (a user API key) or team_id= (a team API key)")
    return (
        ("user", require_id("user_id", user_id))
        if user_id is not None
        else ("team", require_id("team_id", team_id))
    )


def _expiry(value: object) -> int | None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value <= 0):
        raise ValueError(
            f"expires_at_millis must be a positive epoch time in milliseconds, or None for a key that never "
            f"expires; got {value!r}"
        )
    return value


class ApiKeys(Resource):
    """User and team API keys. ``check_*`` (server access) turns a presented key into its owner.

    >>> from stack_sdk import StackSDK
    >>> StackSDK("p", secret_server_key="ssk", environ={}).api_keys
    <ApiKeys namespace>
    """

    # -- list -----------------------------------------------------------------------------------------

    def list_user(self, user_id: str) -> AsyncPaginator[UserApiKey]:
        """The API keys of a user, newest first (``"me"``: the signed-in user). Values show only ``last_four``.

        >>> keys = await s.api_keys.list_user(user_id)   # doctest: +SKIP
        >>> keys.items[0].value.last_four                 # doctest: +SKIP
        '0dba'
        """
        uid = require_id("user_id", user_id)

        async def fetch(_cursor: str | None) -> Page[UserApiKey]:
            r = await self._api.call("user_api_keys_list", UserApiKeysListResponse200, user_id=uid)
            return Page(items=builtins.list(r.items))

        return AsyncPaginator(fetch)

    def list_team(self, team_id: str) -> AsyncPaginator[TeamApiKey]:
        """The API keys of a team, newest first.

        >>> keys = await s.api_keys.list_team(team_id)   # doctest: +SKIP
        """
        tid = require_id("team_id", team_id)

        async def fetch(_cursor: str | None) -> Page[TeamApiKey]:
            r = await self._api.call("team_api_keys_list", TeamApiKeysListResponse200, team_id=tid)
            return Page(items=builtins.list(r.items))

        return AsyncPaginator(fetch)

    # -- create ---------------------------------------------------------------------------------------

    async def create_user(
        self,
        user_id: str,
        *,
        description: str,
        expires_at_millis: int | None = None,
        is_public: bool | NotGiven = NOT_GIVEN,
    ) -> UserApiKeyFirstView:
        """Create a user API key; the result's ``value`` is the secret, shown this once.

        ``expires_at_millis=None`` (the default) makes a key that never expires. The project must allow user
        API keys (otherwise a plain 400 "User API keys are not enabled for this project.").

        >>> key = await s.api_keys.create_user(user_id, description="CI")   # doctest: +SKIP
        >>> key.value.startswith("sk_")                                      # doctest: +SKIP
        True
        """
        body = UserApiKeysCreateBody.from_dict(
            given(
                user_id=require_id("user_id", user_id),
                description=require_str("description", description),
                expires_at_millis=_expiry(expires_at_millis),
                is_public=optional_bool("is_public", is_public),
            )
        )
        return await self._api.call("user_api_keys_create", UserApiKeyFirstView, body=body)

    async def create_team(
        self,
        team_id: str,
        *,
        description: str,
        expires_at_millis: int | None = None,
        is_public: bool | NotGiven = NOT_GIVEN,
    ) -> TeamApiKeyFirstView:
        """Create a team API key; the result's ``value`` is the secret, shown this once.

        >>> key = await s.api_keys.create_team(team_id, description="deploy bot")   # doctest: +SKIP
        """
        body = TeamApiKeysCreateBody.from_dict(
            given(
                team_id=require_id("team_id", team_id),
                description=require_str("description", description),
                expires_at_millis=_expiry(expires_at_millis),
                is_public=optional_bool("is_public", is_public),
            )
        )
        return await self._api.call("team_api_keys_create", TeamApiKeyFirstView, body=body)

    # -- get / update / revoke ------------------------------------------------------------------------

    @overload
    async def get(self, api_key_id: str, *, user_id: str, team_id: None = None) -> UserApiKey | None: ...

    @overload
    async def get(self, api_key_id: str, *, team_id: str, user_id: None = None) -> TeamApiKey | None: ...

    async def get(
        self, api_key_id: str, *, user_id: str | None = None, team_id: str | None = None
    ) -> UserApiKey | TeamApiKey | None:
        """One API key of a user (``user_id=``) or a team (``team_id=``); ``None`` if it does not exist there.

        >>> key = await s.api_keys.get(key_id, user_id=user_id)   # doctest: +SKIP
        >>> key.manually_revoked_at_millis                         # doctest: +SKIP
        <stack_sdk_generated.types.Unset object at ...>
        """
        kind, owner = _owner(user_id, team_id)
        kid = require_id("api_key_id", api_key_id)
        try:
            if kind == "user":
                return await self._api.call("user_api_keys_get", UserApiKey, api_key_id=kid, user_id=owner)
            return await self._api.call("team_api_keys_get", TeamApiKey, api_key_id=kid, team_id=owner)
        except ApiKeyNotFound:
            return None

    @overload
    async def update(
        self,
        api_key_id: str,
        *,
        user_id: str,
        team_id: None = None,
        description: str | NotGiven = NOT_GIVEN,
        expires_at_millis: int | None | NotGiven = NOT_GIVEN,
        revoked: bool | NotGiven = NOT_GIVEN,
    ) -> UserApiKey: ...

    @overload
    async def update(
        self,
        api_key_id: str,
        *,
        team_id: str,
        user_id: None = None,
        description: str | NotGiven = NOT_GIVEN,
        expires_at_millis: int | None | NotGiven = NOT_GIVEN,
        revoked: bool | NotGiven = NOT_GIVEN,
    ) -> TeamApiKey: ...

    async def update(
        self,
        api_key_id: str,
        *,
        user_id: str | None = None,
        team_id: str | None = None,
        description: str | NotGiven = NOT_GIVEN,
        expires_at_millis: int | None | NotGiven = NOT_GIVEN,
        revoked: bool | NotGiven = NOT_GIVEN,
    ) -> UserApiKey | TeamApiKey:
        """Change an API key; only the given fields are sent. ``revoked=True`` is final (no un-revoke).

        ``expires_at_millis`` is sent as given (``None`` = never expires); backends up to 2026-04 accept only
        ``description`` and ``revoked`` here and answer a ``SchemaError`` for it.

        >>> key = await s.api_keys.update(key_id, user_id=user_id, description="CI (old)")   # doctest: +SKIP
        """
        if revoked is False:
            raise ValueError(
                "revoked=False is not possible: a revoked API key stays revoked; create a new key"
            )
        if not isinstance(revoked, (bool, NotGiven)):
            raise TypeError(f"revoked must be True, got {revoked!r}")
        fields = given(
            description=description
            if isinstance(description, NotGiven)
            else require_str("description", description),
            expires_at_millis=expires_at_millis
            if isinstance(expires_at_millis, NotGiven)
            else _expiry(expires_at_millis),
            revoked=revoked,
        )
        if not fields:
            raise ValueError("update() needs at least one of description=, expires_at_millis=, revoked=")
        return await self._patch(api_key_id, user_id, team_id, fields)

    @overload
    async def revoke(self, api_key_id: str, *, user_id: str, team_id: None = None) -> UserApiKey: ...

    @overload
    async def revoke(self, api_key_id: str, *, team_id: str, user_id: None = None) -> TeamApiKey: ...

    async def revoke(
        self, api_key_id: str, *, user_id: str | None = None, team_id: str | None = None
    ) -> UserApiKey | TeamApiKey:
        """Revoke an API key (``PATCH {revoked: true}``); returns it with ``manually_revoked_at_millis`` set.

        >>> key = await s.api_keys.revoke(key_id, user_id=user_id)   # doctest: +SKIP
        >>> isinstance(key.manually_revoked_at_millis, int)           # doctest: +SKIP
        True
        """
        return await self._patch(api_key_id, user_id, team_id, {"revoked": True})

    # -- check (server) -------------------------------------------------------------------------------

    async def check_user(self, api_key: str, *, strict: bool = False) -> UserApiKey | None:
        """The user API key matching a presented secret, or ``None`` if it is not a valid user key.

        "Not valid" is the ``ApiKeyNotValid`` family: unknown, revoked, expired, or a team key. With
        ``strict=True`` that typed error is raised instead (``ApiKeyNotFound``, ``ApiKeyRevoked``,
        ``ApiKeyExpired``, ``WrongApiKeyType``). Server access.

        >>> key = await s.api_keys.check_user(request.headers["x-api-key"])   # doctest: +SKIP
        >>> key.user_id if key else "rejected"                                # doctest: +SKIP
        '3f1c...'
        """
        body = ApiKeyCheckBody(api_key=credential("api_key", api_key))
        try:
            return await self._api.call("user_api_keys_check", UserApiKey, body=body)
        except ApiKeyNotValid:
            if strict:
                raise
            return None

    async def check_team(self, api_key: str, *, strict: bool = False) -> TeamApiKey | None:
        """The team API key matching a presented secret, or ``None`` (see :meth:`check_user`). Server access.

        >>> key = await s.api_keys.check_team(presented)   # doctest: +SKIP
        >>> key.team_id if key else None                   # doctest: +SKIP
        '9b8a...'
        """
        body = ApiKeyCheckBody(api_key=credential("api_key", api_key))
        try:
            return await self._api.call("team_api_keys_check", TeamApiKey, body=body)
        except ApiKeyNotValid:
            if strict:
                raise
            return None

    # -- plumbing -------------------------------------------------------------------------------------

    async def _patch(
        self, api_key_id: str, user_id: str | None, team_id: str | None, fields: dict[str, Any]
    ) -> UserApiKey | TeamApiKey:
        kind, owner = _owner(user_id, team_id)
        kid = require_id("api_key_id", api_key_id)
        body = ApiKeyUpdateBody.from_dict(fields)
        if kind == "user":
            return await self._api.call(
                "user_api_keys_update", UserApiKey, api_key_id=kid, user_id=owner, body=body
            )
        return await self._api.call(
            "team_api_keys_update", TeamApiKey, api_key_id=kid, team_id=owner, body=body
        )
