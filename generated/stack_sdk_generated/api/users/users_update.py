from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user import User
from ...models.users_update_body import UsersUpdateBody
from ...types import Response


def _get_kwargs(
    user_id: str,
    *,
    body: UsersUpdateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/users/{user_id}".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> User | None:
    if response.status_code == 200:
        response_200 = User.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[User]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UsersUpdateBody,
) -> Response[User]:
    """Update user

     Updates a user. Only the values provided will be updated.

    Args:
        user_id (str): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        body (UsersUpdateBody):  Example: {'client_metadata': {'key': 'value'},
            'client_read_only_metadata': {'key': 'value'}, 'display_name': 'John Doe', 'password':
            'my-new-password', 'primary_email': 'johndoe@example.com', 'primary_email_auth_enabled':
            True, 'primary_email_verified': True, 'profile_image_url':
            'https://example.com/image.jpg', 'selected_team_id': 'team-id', 'server_metadata': {'key':
            'value'}, 'totp_secret_base64': 'dG90cC1zZWNyZXQ='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[User]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UsersUpdateBody,
) -> User | None:
    """Update user

     Updates a user. Only the values provided will be updated.

    Args:
        user_id (str): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        body (UsersUpdateBody):  Example: {'client_metadata': {'key': 'value'},
            'client_read_only_metadata': {'key': 'value'}, 'display_name': 'John Doe', 'password':
            'my-new-password', 'primary_email': 'johndoe@example.com', 'primary_email_auth_enabled':
            True, 'primary_email_verified': True, 'profile_image_url':
            'https://example.com/image.jpg', 'selected_team_id': 'team-id', 'server_metadata': {'key':
            'value'}, 'totp_secret_base64': 'dG90cC1zZWNyZXQ='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        User
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UsersUpdateBody,
) -> Response[User]:
    """Update user

     Updates a user. Only the values provided will be updated.

    Args:
        user_id (str): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        body (UsersUpdateBody):  Example: {'client_metadata': {'key': 'value'},
            'client_read_only_metadata': {'key': 'value'}, 'display_name': 'John Doe', 'password':
            'my-new-password', 'primary_email': 'johndoe@example.com', 'primary_email_auth_enabled':
            True, 'primary_email_verified': True, 'profile_image_url':
            'https://example.com/image.jpg', 'selected_team_id': 'team-id', 'server_metadata': {'key':
            'value'}, 'totp_secret_base64': 'dG90cC1zZWNyZXQ='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[User]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UsersUpdateBody,
) -> User | None:
    """Update user

     Updates a user. Only the values provided will be updated.

    Args:
        user_id (str): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        body (UsersUpdateBody):  Example: {'client_metadata': {'key': 'value'},
            'client_read_only_metadata': {'key': 'value'}, 'display_name': 'John Doe', 'password':
            'my-new-password', 'primary_email': 'johndoe@example.com', 'primary_email_auth_enabled':
            True, 'primary_email_verified': True, 'profile_image_url':
            'https://example.com/image.jpg', 'selected_team_id': 'team-id', 'server_metadata': {'key':
            'value'}, 'totp_secret_base64': 'dG90cC1zZWNyZXQ='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        User
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
