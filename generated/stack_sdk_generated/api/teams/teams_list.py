from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.teams_list_response_200 import TeamsListResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/teams",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TeamsListResponse200 | None:
    if response.status_code == 200:
        response_200 = TeamsListResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TeamsListResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
) -> Response[TeamsListResponse200]:
    """List teams

     List all the teams that the current user is a member of. `user_id=me` must be passed in the query
    parameters.

    Args:
        user_id (str | Unset): Filter for the teams that the user is a member of. Can be either
            `me` or an ID. Must be `me` in the client API Example: me.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TeamsListResponse200]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
) -> TeamsListResponse200 | None:
    """List teams

     List all the teams that the current user is a member of. `user_id=me` must be passed in the query
    parameters.

    Args:
        user_id (str | Unset): Filter for the teams that the user is a member of. Can be either
            `me` or an ID. Must be `me` in the client API Example: me.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TeamsListResponse200
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
) -> Response[TeamsListResponse200]:
    """List teams

     List all the teams that the current user is a member of. `user_id=me` must be passed in the query
    parameters.

    Args:
        user_id (str | Unset): Filter for the teams that the user is a member of. Can be either
            `me` or an ID. Must be `me` in the client API Example: me.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TeamsListResponse200]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
) -> TeamsListResponse200 | None:
    """List teams

     List all the teams that the current user is a member of. `user_id=me` must be passed in the query
    parameters.

    Args:
        user_id (str | Unset): Filter for the teams that the user is a member of. Can be either
            `me` or an ID. Must be `me` in the client API Example: me.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TeamsListResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
        )
    ).parsed
