from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token import AccessToken
from ...models.connected_accounts_get_access_token_body import (
    ConnectedAccountsGetAccessTokenBody,
)
from ...types import Response


def _get_kwargs(
    user_id: str,
    provider_id: str,
    *,
    body: ConnectedAccountsGetAccessTokenBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/connected-accounts/{user_id}/{provider_id}/access-token".format(
            user_id=quote(str(user_id), safe=""),
            provider_id=quote(str(provider_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccessToken | None:
    if response.status_code == 200:
        response_200 = AccessToken.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccessToken]:
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
    body: ConnectedAccountsGetAccessTokenBody,
) -> Response[AccessToken]:
    """Get an OAuth access token of a connected account

    Args:
        user_id (str):
        provider_id (str):
        body (ConnectedAccountsGetAccessTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        provider_id=provider_id,
        body=body,
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
    body: ConnectedAccountsGetAccessTokenBody,
) -> AccessToken | None:
    """Get an OAuth access token of a connected account

    Args:
        user_id (str):
        provider_id (str):
        body (ConnectedAccountsGetAccessTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken
    """

    return sync_detailed(
        user_id=user_id,
        provider_id=provider_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConnectedAccountsGetAccessTokenBody,
) -> Response[AccessToken]:
    """Get an OAuth access token of a connected account

    Args:
        user_id (str):
        provider_id (str):
        body (ConnectedAccountsGetAccessTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        provider_id=provider_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConnectedAccountsGetAccessTokenBody,
) -> AccessToken | None:
    """Get an OAuth access token of a connected account

    Args:
        user_id (str):
        provider_id (str):
        body (ConnectedAccountsGetAccessTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            provider_id=provider_id,
            client=client,
            body=body,
        )
    ).parsed
