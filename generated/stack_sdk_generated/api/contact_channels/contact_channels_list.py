from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_channels_list_response_200 import ContactChannelsListResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user_id: str | Unset = UNSET,
    contact_channel_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["contact_channel_id"] = contact_channel_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contact-channels",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactChannelsListResponse200 | None:
    if response.status_code == 200:
        response_200 = ContactChannelsListResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactChannelsListResponse200]:
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
    contact_channel_id: str | Unset = UNSET,
) -> Response[ContactChannelsListResponse200]:
    """List contact channels

     Retrieves a list of all contact channels for a user.

    Args:
        user_id (str | Unset): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        contact_channel_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactChannelsListResponse200]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        contact_channel_id=contact_channel_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    contact_channel_id: str | Unset = UNSET,
) -> ContactChannelsListResponse200 | None:
    """List contact channels

     Retrieves a list of all contact channels for a user.

    Args:
        user_id (str | Unset): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        contact_channel_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactChannelsListResponse200
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        contact_channel_id=contact_channel_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    contact_channel_id: str | Unset = UNSET,
) -> Response[ContactChannelsListResponse200]:
    """List contact channels

     Retrieves a list of all contact channels for a user.

    Args:
        user_id (str | Unset): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        contact_channel_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactChannelsListResponse200]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        contact_channel_id=contact_channel_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    contact_channel_id: str | Unset = UNSET,
) -> ContactChannelsListResponse200 | None:
    """List contact channels

     Retrieves a list of all contact channels for a user.

    Args:
        user_id (str | Unset): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        contact_channel_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactChannelsListResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            contact_channel_id=contact_channel_id,
        )
    ).parsed
