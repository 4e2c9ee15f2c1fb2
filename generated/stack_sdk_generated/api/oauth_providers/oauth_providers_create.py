from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_provider import OAuthProvider
from ...models.oauth_providers_create_body import OauthProvidersCreateBody
from ...types import Response


def _get_kwargs(
    *,
    body: OauthProvidersCreateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth-providers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuthProvider | None:
    if response.status_code == 201:
        response_201 = OAuthProvider.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OAuthProvider]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OauthProvidersCreateBody,
) -> Response[OAuthProvider]:
    """Create an OAuth provider

     Add a new OAuth provider for a user.

    Args:
        body (OauthProvidersCreateBody):  Example: {'account_id': 'google-account-id-12345',
            'allow_connected_accounts': True, 'allow_sign_in': True, 'email': 'test@gmail.com',
            'user_id': '3241a285-8329-4d69-8f3d-316e08cf140c'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthProvider]
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
    body: OauthProvidersCreateBody,
) -> OAuthProvider | None:
    """Create an OAuth provider

     Add a new OAuth provider for a user.

    Args:
        body (OauthProvidersCreateBody):  Example: {'account_id': 'google-account-id-12345',
            'allow_connected_accounts': True, 'allow_sign_in': True, 'email': 'test@gmail.com',
            'user_id': '3241a285-8329-4d69-8f3d-316e08cf140c'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthProvider
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OauthProvidersCreateBody,
) -> Response[OAuthProvider]:
    """Create an OAuth provider

     Add a new OAuth provider for a user.

    Args:
        body (OauthProvidersCreateBody):  Example: {'account_id': 'google-account-id-12345',
            'allow_connected_accounts': True, 'allow_sign_in': True, 'email': 'test@gmail.com',
            'user_id': '3241a285-8329-4d69-8f3d-316e08cf140c'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthProvider]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OauthProvidersCreateBody,
) -> OAuthProvider | None:
    """Create an OAuth provider

     Add a new OAuth provider for a user.

    Args:
        body (OauthProvidersCreateBody):  Example: {'account_id': 'google-account-id-12345',
            'allow_connected_accounts': True, 'allow_sign_in': True, 'email': 'test@gmail.com',
            'user_id': '3241a285-8329-4d69-8f3d-316e08cf140c'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthProvider
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
