"""The ``team_memberships`` namespace: add a user to a team, remove one, or leave a team.

Real paths (protocol §1.3, §1.8): ``POST /team-memberships/{team_id}/{user_id}`` with a ``{}`` body
(201 ``{team_id, user_id}``; server access) and ``DELETE /team-memberships/{team_id}/{user_id}``
(``user_id="me"`` to leave). The SDK spec's ``/teams/{id}/users/...`` paths do not exist.
"""

from __future__ import annotations

from stack_sdk_generated.models.success import Success
from stack_sdk_generated.models.team_membership import TeamMembership

from ._args import require_id
from ._base import Resource


class TeamMemberships(Resource):
    """Who belongs to which team.

    >>> from stack_sdk import StackSDK
    >>> StackSDK("p", secret_server_key="ssk", environ={}).team_memberships
    <TeamMemberships namespace>
    """

    async def add(self, team_id: str, user_id: str) -> TeamMembership:
        """Add a user to a team. Server access.

        Raises ``TeamMembershipAlreadyExists``, ``UserNotFound`` or ``TeamNotFound``.

        >>> m = await s.team_memberships.add(tid, uid)   # doctest: +SKIP
        >>> m.team_id == tid and m.user_id == uid        # doctest: +SKIP
        True
        """
        # The backend rejects a POST without a body ("body must be defined"): send an empty object.
        return await self._api.call(
            "team_memberships_add",
            TeamMembership,
            team_id=require_id("team_id", team_id),
            user_id=require_id("user_id", user_id),
            body={},
        )

    async def remove(self, team_id: str, user_id: str) -> None:
        """Remove a user from a team (``user_id="me"``: the signed-in user, as :meth:`leave`).

        Client access needs ``$remove_members`` to remove someone else. Raises
        ``TeamMembershipNotFound`` if the user is not in the team.

        >>> await s.team_memberships.remove(tid, uid)   # doctest: +SKIP
        """
        await self._api.call(
            "team_memberships_remove",
            Success,
            team_id=require_id("team_id", team_id),
            user_id=require_id("user_id", user_id),
        )

    async def leave(self, team_id: str) -> None:
        """The signed-in user leaves a team (``DELETE /team-memberships/{team_id}/me``).

        >>> await s.as_user(tokens).team_memberships.leave(tid)   # doctest: +SKIP
        """
        await self.remove(team_id, "me")
