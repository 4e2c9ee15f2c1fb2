from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_channels_send_verification_code_body import (
    ContactChannelsSendVerificationCodeBody,
)
from ...models.success import Success
from ...types import Response


def _get_kwargs(
    user_id: str,
    contact_channel_id: str,
    *,
    body: ContactChannelsSendVerificationCodeBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact-channels/{user_id}/{contact_channel_id}/send-verification-code".format(
            user_id=quote(str(user_id), safe=""),
            contact_channel_id=quote(str(contact_channel_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Success | None:
    if response.status_code == 200:
        response_200 = Success.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Success]:
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
    body: ContactChannelsSendVerificationCodeBody,
) -> Response[Success]:
    """Send contact channel verification code

     Send a code to the user's contact channel for verifying the contact channel.

    Args:
        user_id (str): The user to send the verification code to. Example: me.
        contact_channel_id (str): The contact channel to send the verification code to. Example:
            b3d396b8-c574-4c80-97b3-50031675ceb2.
        body (ContactChannelsSendVerificationCodeBody):  Example: {'callback_url':
            'https://example.com/handler/email-verification'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Success]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        contact_channel_id=contact_channel_id,
        body=body,
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
    body: ContactChannelsSendVerificationCodeBody,
) -> Success | None:
    """Send contact channel verification code

     Send a code to the user's contact channel for verifying the contact channel.

    Args:
        user_id (str): The user to send the verification code to. Example: me.
        contact_channel_id (str): The contact channel to send the verification code to. Example:
            b3d396b8-c574-4c80-97b3-50031675ceb2.
        body (ContactChannelsSendVerificationCodeBody):  Example: {'callback_url':
            'https://example.com/handler/email-verification'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Success
    """

    return sync_detailed(
        user_id=user_id,
        contact_channel_id=contact_channel_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    contact_channel_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactChannelsSendVerificationCodeBody,
) -> Response[Success]:
    """Send contact channel verification code

     Send a code to the user's contact channel for verifying the contact channel.

    Args:
        user_id (str): The user to send the verification code to. Example: me.
        contact_channel_id (str): The contact channel to send the verification code to. Example:
            b3d396b8-c574-4c80-97b3-50031675ceb2.
        body (ContactChannelsSendVerificationCodeBody):  Example: {'callback_url':
            'https://example.com/handler/email-verification'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Success]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        contact_channel_id=contact_channel_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    contact_channel_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactChannelsSendVerificationCodeBody,
) -> Success | None:
    """Send contact channel verification code

     Send a code to the user's contact channel for verifying the contact channel.

    Args:
        user_id (str): The user to send the verification code to. Example: me.
        contact_channel_id (str): The contact channel to send the verification code to. Example:
            b3d396b8-c574-4c80-97b3-50031675ceb2.
        body (ContactChannelsSendVerificationCodeBody):  Example: {'callback_url':
            'https://example.com/handler/email-verification'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Success
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            contact_channel_id=contact_channel_id,
            client=client,
            body=body,
        )
    ).parsed
