from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_channel import ContactChannel
from ...models.contact_channels_create_body import ContactChannelsCreateBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ContactChannelsCreateBody,
    user_id: str | Unset = UNSET,
    contact_channel_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["contact_channel_id"] = contact_channel_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact-channels",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactChannel | None:
    if response.status_code == 201:
        response_201 = ContactChannel.from_dict(response.json())

        return response_201

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
    *,
    client: AuthenticatedClient | Client,
    body: ContactChannelsCreateBody,
    user_id: str | Unset = UNSET,
    contact_channel_id: str | Unset = UNSET,
) -> Response[ContactChannel]:
    """Create a contact channel

     Add a new contact channel for a user.

    Args:
        user_id (str | Unset): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        contact_channel_id (str | Unset):
        body (ContactChannelsCreateBody):  Example: {'is_primary': True, 'type': 'email',
            'used_for_auth': True, 'user_id': '3241a285-8329-4d69-8f3d-316e08cf140c', 'value':
            'johndoe@example.com'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactChannel]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: ContactChannelsCreateBody,
    user_id: str | Unset = UNSET,
    contact_channel_id: str | Unset = UNSET,
) -> ContactChannel | None:
    """Create a contact channel

     Add a new contact channel for a user.

    Args:
        user_id (str | Unset): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        contact_channel_id (str | Unset):
        body (ContactChannelsCreateBody):  Example: {'is_primary': True, 'type': 'email',
            'used_for_auth': True, 'user_id': '3241a285-8329-4d69-8f3d-316e08cf140c', 'value':
            'johndoe@example.com'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactChannel
    """

    return sync_detailed(
        client=client,
        body=body,
        user_id=user_id,
        contact_channel_id=contact_channel_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactChannelsCreateBody,
    user_id: str | Unset = UNSET,
    contact_channel_id: str | Unset = UNSET,
) -> Response[ContactChannel]:
    """Create a contact channel

     Add a new contact channel for a user.

    Args:
        user_id (str | Unset): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        contact_channel_id (str | Unset):
        body (ContactChannelsCreateBody):  Example: {'is_primary': True, 'type': 'email',
            'used_for_auth': True, 'user_id': '3241a285-8329-4d69-8f3d-316e08cf140c', 'value':
            'johndoe@example.com'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactChannel]
    """

    kwargs = _get_kwargs(
        body=body,
        user_id=user_id,
        contact_channel_id=contact_channel_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactChannelsCreateBody,
    user_id: str | Unset = UNSET,
    contact_channel_id: str | Unset = UNSET,
) -> ContactChannel | None:
    """Create a contact channel

     Add a new contact channel for a user.

    Args:
        user_id (str | Unset): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        contact_channel_id (str | Unset):
        body (ContactChannelsCreateBody):  Example: {'is_primary': True, 'type': 'email',
            'used_for_auth': True, 'user_id': '3241a285-8329-4d69-8f3d-316e08cf140c', 'value':
            'johndoe@example.com'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactChannel
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            user_id=user_id,
            contact_channel_id=contact_channel_id,
        )
    ).parsed
