from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.team_invitations_send_body import TeamInvitationsSendBody
from ...models.team_invitations_send_response_200 import TeamInvitationsSendResponse200
from ...types import Response


def _get_kwargs(
    *,
    body: TeamInvitationsSendBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/team-invitations/send-code",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TeamInvitationsSendResponse200 | None:
    if response.status_code == 200:
        response_200 = TeamInvitationsSendResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TeamInvitationsSendResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TeamInvitationsSendBody,
) -> Response[TeamInvitationsSendResponse200]:
    """Send an email to invite a user to a team

     The user receiving this email can join the team by clicking on the link in the email. If the user
    does not have an account yet, they will be prompted to create one.

    Args:
        body (TeamInvitationsSendBody):  Example: {'callback_url':
            'https://example.com/handler/team-invitation', 'email': 'johndoe@example.com', 'team_id':
            'ad962777-8244-496a-b6a2-e0c6a449c79e'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TeamInvitationsSendResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TeamInvitationsSendBody,
) -> TeamInvitationsSendResponse200 | None:
    """Send an email to invite a user to a team

     The user receiving this email can join the team by clicking on the link in the email. If the user
    does not have an account yet, they will be prompted to create one.

    Args:
        body (TeamInvitationsSendBody):  Example: {'callback_url':
            'https://example.com/handler/team-invitation', 'email': 'johndoe@example.com', 'team_id':
            'ad962777-8244-496a-b6a2-e0c6a449c79e'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TeamInvitationsSendResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TeamInvitationsSendBody,
) -> Response[TeamInvitationsSendResponse200]:
    """Send an email to invite a user to a team

     The user receiving this email can join the team by clicking on the link in the email. If the user
    does not have an account yet, they will be prompted to create one.

    Args:
        body (TeamInvitationsSendBody):  Example: {'callback_url':
            'https://example.com/handler/team-invitation', 'email': 'johndoe@example.com', 'team_id':
            'ad962777-8244-496a-b6a2-e0c6a449c79e'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TeamInvitationsSendResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TeamInvitationsSendBody,
) -> TeamInvitationsSendResponse200 | None:
    """Send an email to invite a user to a team

     The user receiving this email can join the team by clicking on the link in the email. If the user
    does not have an account yet, they will be prompted to create one.

    Args:
        body (TeamInvitationsSendBody):  Example: {'callback_url':
            'https://example.com/handler/team-invitation', 'email': 'johndoe@example.com', 'team_id':
            'ad962777-8244-496a-b6a2-e0c6a449c79e'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TeamInvitationsSendResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
