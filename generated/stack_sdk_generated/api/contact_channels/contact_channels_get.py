from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_channel import ContactChannel
from ...types import Response


def _get_kwargs(
    user_id: str,
    contact_channel_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contact-channels/{user_id}/{contact_channel_id}".format(
            user_id=quote(str(user_id), safe=""),
            contact_channel_id=quote(str(contact_channel_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactChannel | None:
    if response.status_code == 200:
        response_200 = ContactChannel.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactChannel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    contact_channel_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContactChannel]:
    """Get a contact channel

     Retrieves a specific contact channel by the user ID and the contact channel ID.

    Args:
        user_id (str): the user that the contact channel belongs to Example: me.
        contact_channel_id (str): the target contact channel Example:
            b3d396b8-c574-4c80-97b3-50031675ceb2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactChannel]
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
    user_id: str,
    contact_channel_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ContactChannel | None:
    """Get a contact channel

     Retrieves a specific contact channel by the user ID and the contact channel ID.

    Args:
        user_id (str): the user that the contact channel belongs to Example: me.
        contact_channel_id (str): the target contact channel Example:
            b3d396b8-c574-4c80-97b3-50031675ceb2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactChannel
    """

    return sync_detailed(
        user_id=user_id,
        contact_channel_id=contact_channel_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    contact_channel_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContactChannel]:
    """Get a contact channel

     Retrieves a specific contact channel by the user ID and the contact channel ID.

    Args:
        user_id (str): the user that the contact channel belongs to Example: me.
        contact_channel_id (str): the target contact channel Example:
            b3d396b8-c574-4c80-97b3-50031675ceb2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactChannel]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        contact_channel_id=contact_channel_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    contact_channel_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ContactChannel | None:
    """Get a contact channel

     Retrieves a specific contact channel by the user ID and the contact channel ID.

    Args:
        user_id (str): the user that the contact channel belongs to Example: me.
        contact_channel_id (str): the target contact channel Example:
            b3d396b8-c574-4c80-97b3-50031675ceb2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactChannel
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            contact_channel_id=contact_channel_id,
            client=client,
        )
    ).parsed
