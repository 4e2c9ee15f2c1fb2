"""The ``teams`` namespace: list, get, create, update and delete teams, and list a team's users.

Real paths (protocol §1.3, §1.4, §1.5, §1.8): ``GET /teams[?user_id=]`` (one page, not paginated),
``GET|PATCH|DELETE /teams/{team_id}``, ``POST /teams`` (201), ``POST /team-api-keys/check`` for
:meth:`Teams.get_by_api_key`, and ``GET /users?team_id=`` for :meth:`Teams.list_users`.
With client access, team writes need team permissions (``TeamPermissionRequired``).
"""

from __future__ import annotations

import builtins
from typing import Any

from stack_sdk_generated.models.api_key_check_body import ApiKeyCheckBody
from stack_sdk_generated.models.success import Success
from stack_sdk_generated.models.team import Team
from stack_sdk_generated.models.team_api_key import TeamApiKey
from stack_sdk_generated.models.teams_create_body import TeamsCreateBody
from stack_sdk_generated.models.teams_list_response_200 import TeamsListResponse200
from stack_sdk_generated.models.teams_update_body import TeamsUpdateBody
from stack_sdk_generated.models.user import User

from .._types import NOT_GIVEN, JsonValue, NotGiven, given
from ..errors import ApiKeyNotValid, TeamNotFound
from ..pagination import AsyncPaginator, Page
from ._args import credential, json_value, optional_str, require_id
from ._base import Resource
from .users import Users

OptStr = str | None | NotGiven
Json = JsonValue | NotGiven


def _team_fields(
    *,
    display_name: OptStr,
    profile_image_url: OptStr,
    client_metadata: Json,
    client_read_only_metadata: Json,
    server_metadata: Json,
) -> dict[str, Any]:
    checked = given(
        profile_image_url=profile_image_url,
        client_metadata=client_metadata,
        client_read_only_metadata=client_read_only_metadata,
        server_metadata=server_metadata,
    )
    fields: dict[str, Any] = {}
    if not isinstance(display_name, NotGiven):
        # A team always has a name: null is not a value the backend takes.
        if not isinstance(display_name, str) or not display_name:
            raise ValueError(f"display_name must be a non-empty string, got {display_name!r}")
        fields["display_name"] = display_name
    for name, value in checked.items():
        fields[name] = optional_str(name, value) if name == "profile_image_url" else json_value(name, value)
    return fields


class Teams(Resource):
    """Teams of the project (server access) or of the signed-in user (client access).

    >>> from stack_sdk import StackSDK
    >>> StackSDK("p", secret_server_key="ssk", environ={}).teams
    <Teams namespace>
    """

    def list(self, *, user_id: str | NotGiven = NOT_GIVEN) -> AsyncPaginator[Team]:
        """Teams (``GET /teams``): all of the project, or those ``user_id`` belongs to (``"me"``: the
        signed-in user; client access always needs ``user_id="me"``). One page, no cursor.

        >>> names = [t.display_name async for t in s.teams.list(user_id="me")]   # doctest: +SKIP
        """
        params = given(user_id=user_id if isinstance(user_id, NotGiven) else require_id("user_id", user_id))

        async def fetch(_cursor: str | None) -> Page[Team]:
            r = await self._api.call("teams_list", TeamsListResponse200, **params)
            return Page(items=builtins.list(r.items))

        return AsyncPaginator(fetch)

    async def get(self, team_id: str) -> Team | None:
        """A team by id (``GET /teams/{team_id}``); ``None`` if there is no such team.

        With client access the signed-in user must be a member.

        >>> team = await s.teams.get("9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")   # doctest: +SKIP
        """
        try:
            return await self._api.call("teams_get", Team, team_id=require_id("team_id", team_id))
        except TeamNotFound:
            return None

    async def get_by_api_key(self, api_key: str) -> Team | None:
        """The team owning a team API key; ``None`` if the key is unknown, expired, revoked or a user key.

        ``POST /team-api-keys/check`` then ``GET /teams/{team_id}``. Server access.

        >>> team = await s.teams.get_by_api_key(request.headers["x-api-key"])   # doctest: +SKIP
        """
        credential("api_key", api_key)
        try:
            key = await self._api.call(
                "team_api_keys_check", TeamApiKey, body=ApiKeyCheckBody(api_key=api_key)
            )
        except ApiKeyNotValid:  # ApiKeyExpired, ApiKeyRevoked, ApiKeyNotFound, WrongApiKeyType
            return None
        return await self.get(key.team_id)

    async def create(
        self,
        *,
        display_name: str,
        profile_image_url: OptStr = NOT_GIVEN,
        creator_user_id: str | NotGiven = NOT_GIVEN,
        client_metadata: Json = NOT_GIVEN,
        client_read_only_metadata: Json = NOT_GIVEN,
        server_metadata: Json = NOT_GIVEN,
    ) -> Team:
        """Create a team (``POST /teams``); ``creator_user_id`` becomes its first member.

        Client access needs ``creator_user_id="me"`` and a project that allows client team creation,
        and cannot set ``client_read_only_metadata`` / ``server_metadata``.

        >>> team = await s.teams.create(display_name="Acme", creator_user_id=uid, server_metadata={"plan": "pro"})   # doctest: +SKIP
        """
        fields = _team_fields(
            display_name=display_name,
            profile_image_url=profile_image_url,
            client_metadata=client_metadata,
            client_read_only_metadata=client_read_only_metadata,
            server_metadata=server_metadata,
        )
        if not isinstance(creator_user_id, NotGiven):
            fields["creator_user_id"] = require_id("creator_user_id", creator_user_id)
        return await self._api.call("teams_create", Team, body=TeamsCreateBody.from_dict(fields))

    async def update(
        self,
        team_id: str,
        *,
        display_name: str | NotGiven = NOT_GIVEN,
        profile_image_url: OptStr = NOT_GIVEN,
        client_metadata: Json = NOT_GIVEN,
        client_read_only_metadata: Json = NOT_GIVEN,
        server_metadata: Json = NOT_GIVEN,
    ) -> Team:
        """Change a team (``PATCH /teams/{team_id}``); only the given fields, ``None`` sets null.

        Client access needs the ``$update_team`` permission and cannot set the server-side metadata.

        >>> await s.teams.update(tid, profile_image_url=None, client_metadata={"seats": 10})   # doctest: +SKIP
        Team(display_name='Acme', id='9b8a...', ...)
        """
        fields = _team_fields(
            display_name=display_name,
            profile_image_url=profile_image_url,
            client_metadata=client_metadata,
            client_read_only_metadata=client_read_only_metadata,
            server_metadata=server_metadata,
        )
        body = TeamsUpdateBody.from_dict(fields)
        return await self._api.call("teams_update", Team, team_id=require_id("team_id", team_id), body=body)

    async def delete(self, team_id: str) -> None:
        """Delete a team (``DELETE /teams/{team_id}``). Client access needs ``$delete_team``.

        >>> await s.teams.delete(tid)   # doctest: +SKIP
        """
        await self._api.call("teams_delete", Success, team_id=require_id("team_id", team_id))

    def list_users(
        self,
        team_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[User]:
        """The members of a team as full users (``GET /users?team_id=``, paginated). Server access.

        For member profiles (names shown in the team), or with client access, use
        ``s.team_member_profiles.list(team_id=...)``.

        >>> ids = [u.id async for u in s.teams.list_users(tid)]   # doctest: +SKIP
        """
        return Users(self._api).list(
            team_id=require_id("team_id", team_id), limit=limit, cursor=cursor, query=query
        )
