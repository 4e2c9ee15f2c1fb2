"""The ``team_member_profiles`` namespace: how each member appears inside a team (name, picture).

Real paths (protocol §1.3, §1.4, §1.8): ``GET /team-member-profiles?team_id=&user_id=`` (one page; server
items embed the full ``user``), ``GET|PATCH /team-member-profiles/{team_id}/{user_id|me}``.
The SDK spec's ``/teams/{id}/users/{id}/profile`` paths do not exist.
"""

from __future__ import annotations

import builtins

from stack_sdk_generated.models.team_member_profile import TeamMemberProfile
from stack_sdk_generated.models.team_member_profiles_list_response_200 import (
    TeamMemberProfilesListResponse200,
)
from stack_sdk_generated.models.team_member_profiles_update_body import TeamMemberProfilesUpdateBody

from .._types import NOT_GIVEN, NotGiven, given
from ..pagination import AsyncPaginator, Page
from ._args import optional_str, require_id
from ._base import Resource


class TeamMemberProfiles(Resource):
    """Team member profiles: a user's display name and picture within one team.

    >>> from stack_sdk import StackSDK
    >>> StackSDK("p", secret_server_key="ssk", environ={}).team_member_profiles
    <TeamMemberProfiles namespace>
    """

    def list(
        self, *, team_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN
    ) -> AsyncPaginator[TeamMemberProfile]:
        """Profiles of a team's members (``team_id=``) and/or of one user across teams (``user_id=``,
        ``"me"`` allowed). One page. Client access needs ``$read_members`` to list a team.

        >>> names = [p.display_name async for p in s.team_member_profiles.list(team_id=tid)]   # doctest: +SKIP
        """
        if isinstance(team_id, NotGiven) and isinstance(user_id, NotGiven):
            raise ValueError("pass team_id= (a team's members), user_id= (one user's profiles), or both")
        params = given(
            team_id=team_id if isinstance(team_id, NotGiven) else require_id("team_id", team_id),
            user_id=user_id if isinstance(user_id, NotGiven) else require_id("user_id", user_id),
        )

        async def fetch(_cursor: str | None) -> Page[TeamMemberProfile]:
            r = await self._api.call("team_member_profiles_list", TeamMemberProfilesListResponse200, **params)
            return Page(items=builtins.list(r.items))

        return AsyncPaginator(fetch)

    async def get(self, team_id: str, user_id: str = "me") -> TeamMemberProfile:
        """One member's profile in a team (``user_id="me"``, the default: the signed-in user).

        Raises ``TeamMembershipNotFound`` if the user is not in the team.

        >>> p = await s.as_user(tokens).team_member_profiles.get(tid)   # doctest: +SKIP
        >>> p.display_name                                               # doctest: +SKIP
        'Ada at Acme'
        """
        return await self._api.call(
            "team_member_profiles_get",
            TeamMemberProfile,
            team_id=require_id("team_id", team_id),
            user_id=require_id("user_id", user_id),
        )

    async def update(
        self,
        team_id: str,
        user_id: str = "me",
        *,
        display_name: str | None | NotGiven = NOT_GIVEN,
        profile_image_url: str | None | NotGiven = NOT_GIVEN,
    ) -> TeamMemberProfile:
        """Change a member's profile in a team; only the given fields, ``None`` sets null.

        Client access may change only its own profile (``user_id="me"``).

        >>> await s.as_user(tokens).team_member_profiles.update(tid, display_name="Ada at Acme")   # doctest: +SKIP
        """
        fields = {
            name: optional_str(name, v)
            for name, v in given(display_name=display_name, profile_image_url=profile_image_url).items()
        }
        return await self._api.call(
            "team_member_profiles_update",
            TeamMemberProfile,
            team_id=require_id("team_id", team_id),
            user_id=require_id("user_id", user_id),
            body=TeamMemberProfilesUpdateBody.from_dict(fields),
        )
