"""The ``team_invitations`` namespace: invite by e-mail, list, revoke, and accept invitations.

Real paths (protocol §1.2, §1.4, §1.8): ``POST /team-invitations/send-code`` ``{email, team_id,
callback_url}``, ``GET /team-invitations?team_id=|user_id=me``, ``DELETE /team-invitations/{id}?team_id=``,
``POST /team-invitations/accept|accept/check-code|accept/details`` ``{code}`` (user tokens) and
``POST /team-invitations/{id}/accept?user_id=me``. The SDK spec's ``/teams/{id}/invitations`` paths do not exist.
"""

from __future__ import annotations

import builtins
from typing import Any

from stack_sdk_generated.models.code_body import CodeBody
from stack_sdk_generated.models.code_validity import CodeValidity
from stack_sdk_generated.models.success import Success
from stack_sdk_generated.models.team_invitation import TeamInvitation
from stack_sdk_generated.models.team_invitations_get_details_response_200 import (
    TeamInvitationsGetDetailsResponse200,
)
from stack_sdk_generated.models.team_invitations_list_response_200 import TeamInvitationsListResponse200
from stack_sdk_generated.models.team_invitations_send_body import TeamInvitationsSendBody
from stack_sdk_generated.models.team_invitations_send_response_200 import TeamInvitationsSendResponse200

from ..errors import VerificationError
from ..pagination import AsyncPaginator, Page
from ._args import absolute_url, email_address, require_id, verification_code
from ._base import Resource

_NoContent = type(None)  # accept answers {} and the generated parser returns None


class TeamInvitations(Resource):
    """Invitations to join a team: sent by e-mail, accepted with the code from the link.

    >>> from stack_sdk import StackSDK
    >>> StackSDK("p", secret_server_key="ssk", environ={}).team_invitations
    <TeamInvitations namespace>
    """

    async def send(self, team_id: str, email: str, *, callback_url: str) -> TeamInvitationsSendResponse200:
        """E-mail an invitation whose link goes to ``callback_url?code=...``.

        Client access needs ``$invite_members``; ``callback_url`` must be on a trusted domain
        (else ``RedirectUrlNotWhitelisted``).

        >>> sent = await s.team_invitations.send(tid, "bob@example.com", callback_url="https://app.example.com/join")   # doctest: +SKIP
        >>> sent.id   # the invitation id, for revoke()                                                           # doctest: +SKIP
        """
        body = TeamInvitationsSendBody(
            team_id=require_id("team_id", team_id),
            email=email_address("email", email),
            callback_url=absolute_url("callback_url", callback_url),
        )
        return await self._api.call("team_invitations_send", TeamInvitationsSendResponse200, body=body)

    def list(
        self, *, team_id: str | None = None, user_id: str | None = None
    ) -> AsyncPaginator[TeamInvitation]:
        """Pending invitations of a team (``team_id=``) or to a user (``user_id="me"``). One page.

        >>> pending = [i.recipient_email async for i in s.team_invitations.list(team_id=tid)]   # doctest: +SKIP
        >>> mine = await s.as_user(tokens).team_invitations.list(user_id="me")                   # doctest: +SKIP
        """
        if (team_id is None) == (user_id is None):
            raise ValueError("pass exactly one of team_id= (a team's invitations) or user_id= ('me': yours)")
        params: dict[str, Any] = (
            {"team_id": require_id("team_id", team_id)}
            if team_id is not None
            else {"user_id": require_id("user_id", user_id)}
        )

        async def fetch(_cursor: str | None) -> Page[TeamInvitation]:
            r = await self._api.call("team_invitations_list", TeamInvitationsListResponse200, **params)
            return Page(items=builtins.list(r.items))

        return AsyncPaginator(fetch)

    async def revoke(self, invitation_id: str, *, team_id: str) -> None:
        """Revoke a pending invitation (``DELETE /team-invitations/{id}?team_id=``).

        >>> await s.team_invitations.revoke(invitation.id, team_id=invitation.team_id)   # doctest: +SKIP
        """
        await self._api.call(
            "team_invitations_revoke",
            Success,
            id=require_id("invitation_id", invitation_id),
            team_id=require_id("team_id", team_id),
        )

    async def accept(self, code: str) -> None:
        """The signed-in user joins the team of the invitation ``code`` (``POST /team-invitations/accept``).

        A bad code raises a ``VerificationError`` subclass; a seat-limited team may raise
        ``ItemQuantityInsufficientAmount``.

        >>> await s.as_user(tokens).team_invitations.accept(request.query_params["code"])   # doctest: +SKIP
        """
        await self._api.call(
            "team_invitations_accept",
            _NoContent,
            body=CodeBody(code=verification_code("code", code, source="the invitation link")),
        )

    async def accept_by_id(self, invitation_id: str, *, user_id: str = "me") -> None:
        """Accept an invitation listed by ``list(user_id="me")``, by its id (no code needed).

        >>> for inv in await s.as_user(tokens).team_invitations.list(user_id="me"):          # doctest: +SKIP
        ...     await s.as_user(tokens).team_invitations.accept_by_id(inv.id)
        """
        await self._api.call(
            "team_invitations_accept_by_id",
            _NoContent,
            id=require_id("invitation_id", invitation_id),
            user_id=require_id("user_id", user_id),
            body={},
        )

    async def check_code(self, code: str, *, strict: bool = False) -> bool:
        """Whether an invitation code would work, without using it up.

        ``False`` for an unknown, expired, used or exhausted code; ``strict=True`` raises that
        ``VerificationError`` subclass instead.

        >>> await s.as_user(tokens).team_invitations.check_code(code)   # doctest: +SKIP
        True
        """
        try:
            r = await self._api.call(
                "team_invitations_check_code",
                CodeValidity,
                body=CodeBody(code=verification_code("code", code, source="the invitation link")),
            )
        except VerificationError:
            if strict:
                raise
            return False
        return r.is_code_valid

    async def get_details(self, code: str) -> TeamInvitationsGetDetailsResponse200:
        """The team an invitation code is for (``team_id``, ``team_display_name``), without accepting it.

        >>> d = await s.as_user(tokens).team_invitations.get_details(code)   # doctest: +SKIP
        >>> d.team_display_name                                              # doctest: +SKIP
        'Acme'
        """
        return await self._api.call(
            "team_invitations_get_details",
            TeamInvitationsGetDetailsResponse200,
            body=CodeBody(code=verification_code("code", code, source="the invitation link")),
        )
