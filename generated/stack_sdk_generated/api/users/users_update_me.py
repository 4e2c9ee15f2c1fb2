from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user import User
from ...models.users_update_me_body import UsersUpdateMeBody
from ...types import Response


def _get_kwargs(
    *,
    body: UsersUpdateMeBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/users/me",
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
    *,
    client: AuthenticatedClient | Client,
    body: UsersUpdateMeBody,
) -> Response[User]:
    """Update current user

     Updates the currently authenticated user. Only the values provided will be updated.

    Args:
        body (UsersUpdateMeBody):  Example: {'client_metadata': {'key': 'value'}, 'display_name':
            'John Doe', 'profile_image_url': 'https://example.com/image.jpg', 'selected_team_id':
            'team-id', 'totp_secret_base64': 'dG90cC1zZWNyZXQ='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[User]
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
    body: UsersUpdateMeBody,
) -> User | None:
    """Update current user

     Updates the currently authenticated user. Only the values provided will be updated.

    Args:
        body (UsersUpdateMeBody):  Example: {'client_metadata': {'key': 'value'}, 'display_name':
            'John Doe', 'profile_image_url': 'https://example.com/image.jpg', 'selected_team_id':
            'team-id', 'totp_secret_base64': 'dG90cC1zZWNyZXQ='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        User
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UsersUpdateMeBody,
) -> Response[User]:
    """Update current user

     Updates the currently authenticated user. Only the values provided will be updated.

    Args:
        body (UsersUpdateMeBody):  Example: {'client_metadata': {'key': 'value'}, 'display_name':
            'John Doe', 'profile_image_url': 'https://example.com/image.jpg', 'selected_team_id':
            'team-id', 'totp_secret_base64': 'dG90cC1zZWNyZXQ='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[User]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UsersUpdateMeBody,
) -> User | None:
    """Update current user

     Updates the currently authenticated user. Only the values provided will be updated.

    Args:
        body (UsersUpdateMeBody):  Example: {'client_metadata': {'key': 'value'}, 'display_name':
            'John Doe', 'profile_image_url': 'https://example.com/image.jpg', 'selected_team_id':
            'team-id', 'totp_secret_base64': 'dG90cC1zZWNyZXQ='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        User
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
