from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.team_member_profile import TeamMemberProfile
from ...models.team_member_profiles_update_body import TeamMemberProfilesUpdateBody
from ...types import Response


def _get_kwargs(
    team_id: str,
    user_id: str,
    *,
    body: TeamMemberProfilesUpdateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/team-member-profiles/{team_id}/{user_id}".format(
            team_id=quote(str(team_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TeamMemberProfile | None:
    if response.status_code == 200:
        response_200 = TeamMemberProfile.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TeamMemberProfile]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    team_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TeamMemberProfilesUpdateBody,
) -> Response[TeamMemberProfile]:
    """Update your team member profile

     Update your own team member profile. `user_id` must be `me` in the path parameters on the client.

    Args:
        team_id (str):
        user_id (str): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        body (TeamMemberProfilesUpdateBody):  Example: {'display_name': 'John Doe',
            'profile_image_url': 'https://example.com/image.jpg'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TeamMemberProfile]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TeamMemberProfilesUpdateBody,
) -> TeamMemberProfile | None:
    """Update your team member profile

     Update your own team member profile. `user_id` must be `me` in the path parameters on the client.

    Args:
        team_id (str):
        user_id (str): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        body (TeamMemberProfilesUpdateBody):  Example: {'display_name': 'John Doe',
            'profile_image_url': 'https://example.com/image.jpg'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TeamMemberProfile
    """

    return sync_detailed(
        team_id=team_id,
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TeamMemberProfilesUpdateBody,
) -> Response[TeamMemberProfile]:
    """Update your team member profile

     Update your own team member profile. `user_id` must be `me` in the path parameters on the client.

    Args:
        team_id (str):
        user_id (str): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        body (TeamMemberProfilesUpdateBody):  Example: {'display_name': 'John Doe',
            'profile_image_url': 'https://example.com/image.jpg'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TeamMemberProfile]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TeamMemberProfilesUpdateBody,
) -> TeamMemberProfile | None:
    """Update your team member profile

     Update your own team member profile. `user_id` must be `me` in the path parameters on the client.

    Args:
        team_id (str):
        user_id (str): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        body (TeamMemberProfilesUpdateBody):  Example: {'display_name': 'John Doe',
            'profile_image_url': 'https://example.com/image.jpg'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TeamMemberProfile
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
