from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user import User
from ...models.users_create_body import UsersCreateBody
from ...types import Response


def _get_kwargs(
    *,
    body: UsersCreateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> User | None:
    if response.status_code == 201:
        response_201 = User.from_dict(response.json())

        return response_201

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
    body: UsersCreateBody,
) -> Response[User]:
    """Create user

     Creates a new user. E-mail authentication is always enabled, and no password is set, meaning the
    only way to authenticate the newly created user is through magic link.

    Args:
        body (UsersCreateBody):  Example: {'client_metadata': {'key': 'value'},
            'client_read_only_metadata': {'key': 'value'}, 'display_name': 'John Doe', 'password':
            'my-new-password', 'primary_email': 'johndoe@example.com', 'primary_email_auth_enabled':
            True, 'primary_email_verified': True, 'profile_image_url':
            'https://example.com/image.jpg', 'server_metadata': {'key': 'value'},
            'totp_secret_base64': 'dG90cC1zZWNyZXQ='}.

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
    body: UsersCreateBody,
) -> User | None:
    """Create user

     Creates a new user. E-mail authentication is always enabled, and no password is set, meaning the
    only way to authenticate the newly created user is through magic link.

    Args:
        body (UsersCreateBody):  Example: {'client_metadata': {'key': 'value'},
            'client_read_only_metadata': {'key': 'value'}, 'display_name': 'John Doe', 'password':
            'my-new-password', 'primary_email': 'johndoe@example.com', 'primary_email_auth_enabled':
            True, 'primary_email_verified': True, 'profile_image_url':
            'https://example.com/image.jpg', 'server_metadata': {'key': 'value'},
            'totp_secret_base64': 'dG90cC1zZWNyZXQ='}.

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
    body: UsersCreateBody,
) -> Response[User]:
    """Create user

     Creates a new user. E-mail authentication is always enabled, and no password is set, meaning the
    only way to authenticate the newly created user is through magic link.

    Args:
        body (UsersCreateBody):  Example: {'client_metadata': {'key': 'value'},
            'client_read_only_metadata': {'key': 'value'}, 'display_name': 'John Doe', 'password':
            'my-new-password', 'primary_email': 'johndoe@example.com', 'primary_email_auth_enabled':
            True, 'primary_email_verified': True, 'profile_image_url':
            'https://example.com/image.jpg', 'server_metadata': {'key': 'value'},
            'totp_secret_base64': 'dG90cC1zZWNyZXQ='}.

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
    body: UsersCreateBody,
) -> User | None:
    """Create user

     Creates a new user. E-mail authentication is always enabled, and no password is set, meaning the
    only way to authenticate the newly created user is through magic link.

    Args:
        body (UsersCreateBody):  Example: {'client_metadata': {'key': 'value'},
            'client_read_only_metadata': {'key': 'value'}, 'display_name': 'John Doe', 'password':
            'my-new-password', 'primary_email': 'johndoe@example.com', 'primary_email_auth_enabled':
            True, 'primary_email_verified': True, 'profile_image_url':
            'https://example.com/image.jpg', 'server_metadata': {'key': 'value'},
            'totp_secret_base64': 'dG90cC1zZWNyZXQ='}.

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
