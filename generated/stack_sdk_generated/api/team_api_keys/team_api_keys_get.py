from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.team_api_key import TeamApiKey
from ...types import UNSET, Response


def _get_kwargs(
    api_key_id: str,
    *,
    team_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["team_id"] = team_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/team-api-keys/{api_key_id}".format(
            api_key_id=quote(str(api_key_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TeamApiKey | None:
    if response.status_code == 200:
        response_200 = TeamApiKey.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TeamApiKey]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    api_key_id: str,
    *,
    client: AuthenticatedClient | Client,
    team_id: str,
) -> Response[TeamApiKey]:
    """Get team API key details

     Get details of a specific team API key

    Args:
        api_key_id (str):
        team_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TeamApiKey]
    """

    kwargs = _get_kwargs(
        api_key_id=api_key_id,
        team_id=team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_key_id: str,
    *,
    client: AuthenticatedClient | Client,
    team_id: str,
) -> TeamApiKey | None:
    """Get team API key details

     Get details of a specific team API key

    Args:
        api_key_id (str):
        team_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TeamApiKey
    """

    return sync_detailed(
        api_key_id=api_key_id,
        client=client,
        team_id=team_id,
    ).parsed


async def asyncio_detailed(
    api_key_id: str,
    *,
    client: AuthenticatedClient | Client,
    team_id: str,
) -> Response[TeamApiKey]:
    """Get team API key details

     Get details of a specific team API key

    Args:
        api_key_id (str):
        team_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TeamApiKey]
    """

    kwargs = _get_kwargs(
        api_key_id=api_key_id,
        team_id=team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_key_id: str,
    *,
    client: AuthenticatedClient | Client,
    team_id: str,
) -> TeamApiKey | None:
    """Get team API key details

     Get details of a specific team API key

    Args:
        api_key_id (str):
        team_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TeamApiKey
    """

    return (
        await asyncio_detailed(
            api_key_id=api_key_id,
            client=client,
            team_id=team_id,
        )
    ).parsed
