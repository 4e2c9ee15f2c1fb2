from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_provider import OAuthProvider
from ...types import Response


def _get_kwargs(
    user_id: str,
    provider_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/oauth-providers/{user_id}/{provider_id}".format(
            user_id=quote(str(user_id), safe=""),
            provider_id=quote(str(provider_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuthProvider | None:
    if response.status_code == 200:
        response_200 = OAuthProvider.from_dict(response.json())

        return response_200

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
    user_id: str,
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[OAuthProvider]:
    """Get an OAuth provider

     Retrieves a specific OAuth provider by the user ID and the OAuth provider ID.

    Args:
        user_id (str): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        provider_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthProvider]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        provider_id=provider_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> OAuthProvider | None:
    """Get an OAuth provider

     Retrieves a specific OAuth provider by the user ID and the OAuth provider ID.

    Args:
        user_id (str): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        provider_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthProvider
    """

    return sync_detailed(
        user_id=user_id,
        provider_id=provider_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[OAuthProvider]:
    """Get an OAuth provider

     Retrieves a specific OAuth provider by the user ID and the OAuth provider ID.

    Args:
        user_id (str): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        provider_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthProvider]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        provider_id=provider_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> OAuthProvider | None:
    """Get an OAuth provider

     Retrieves a specific OAuth provider by the user ID and the OAuth provider ID.

    Args:
        user_id (str): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        provider_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthProvider
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            provider_id=provider_id,
            client=client,
        )
    ).parsed
