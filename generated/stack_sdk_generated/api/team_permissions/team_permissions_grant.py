from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.team_permission import TeamPermission
from ...types import Response


def _get_kwargs(
    team_id: str,
    user_id: str,
    permission_id: str,
    *,
    body: Any,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/team-permissions/{team_id}/{user_id}/{permission_id}".format(
            team_id=quote(str(team_id), safe=""),
            user_id=quote(str(user_id), safe=""),
            permission_id=quote(str(permission_id), safe=""),
        ),
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TeamPermission | None:
    if response.status_code == 201:
        response_201 = TeamPermission.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TeamPermission]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    team_id: str,
    user_id: str,
    permission_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> Response[TeamPermission]:
    """Grant a team permission to a user

     Grant a team permission to a user (the team permission must be created first on the Stack dashboard)

    Args:
        team_id (str):
        user_id (str): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        permission_id (str): The permission ID used to uniquely identify a permission. Can either
            be a custom permission with lowercase letters, numbers, `:`, and `_` characters, or one of
            the system permissions: `$update_team`, `$delete_team`, `$read_members`,
            `$remove_members`, `$invite_members`, `$manage_api_keys` Example: read_secret_info.
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TeamPermission]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        user_id=user_id,
        permission_id=permission_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    user_id: str,
    permission_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> TeamPermission | None:
    """Grant a team permission to a user

     Grant a team permission to a user (the team permission must be created first on the Stack dashboard)

    Args:
        team_id (str):
        user_id (str): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        permission_id (str): The permission ID used to uniquely identify a permission. Can either
            be a custom permission with lowercase letters, numbers, `:`, and `_` characters, or one of
            the system permissions: `$update_team`, `$delete_team`, `$read_members`,
            `$remove_members`, `$invite_members`, `$manage_api_keys` Example: read_secret_info.
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TeamPermission
    """

    return sync_detailed(
        team_id=team_id,
        user_id=user_id,
        permission_id=permission_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    user_id: str,
    permission_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> Response[TeamPermission]:
    """Grant a team permission to a user

     Grant a team permission to a user (the team permission must be created first on the Stack dashboard)

    Args:
        team_id (str):
        user_id (str): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        permission_id (str): The permission ID used to uniquely identify a permission. Can either
            be a custom permission with lowercase letters, numbers, `:`, and `_` characters, or one of
            the system permissions: `$update_team`, `$delete_team`, `$read_members`,
            `$remove_members`, `$invite_members`, `$manage_api_keys` Example: read_secret_info.
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TeamPermission]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        user_id=user_id,
        permission_id=permission_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    user_id: str,
    permission_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> TeamPermission | None:
    """Grant a team permission to a user

     Grant a team permission to a user (the team permission must be created first on the Stack dashboard)

    Args:
        team_id (str):
        user_id (str): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        permission_id (str): The permission ID used to uniquely identify a permission. Can either
            be a custom permission with lowercase letters, numbers, `:`, and `_` characters, or one of
            the system permissions: `$update_team`, `$delete_team`, `$read_members`,
            `$remove_members`, `$invite_members`, `$manage_api_keys` Example: read_secret_info.
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TeamPermission
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            user_id=user_id,
            permission_id=permission_id,
            client=client,
            body=body,
        )
    ).parsed
