from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notification_preference import NotificationPreference
from ...models.notification_preferences_update_body import (
    NotificationPreferencesUpdateBody,
)
from ...types import Response


def _get_kwargs(
    user_id: str,
    notification_category_id: str,
    *,
    body: NotificationPreferencesUpdateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/emails/notification-preference/{user_id}/{notification_category_id}".format(
            user_id=quote(str(user_id), safe=""),
            notification_category_id=quote(str(notification_category_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotificationPreference | None:
    if response.status_code == 200:
        response_200 = NotificationPreference.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NotificationPreference]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    notification_category_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NotificationPreferencesUpdateBody,
) -> Response[NotificationPreference]:
    """Update notification preference

     Enable or disable a specific notification category for a user.

    Args:
        user_id (str): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        notification_category_id (str):
        body (NotificationPreferencesUpdateBody):  Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationPreference]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        notification_category_id=notification_category_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    notification_category_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NotificationPreferencesUpdateBody,
) -> NotificationPreference | None:
    """Update notification preference

     Enable or disable a specific notification category for a user.

    Args:
        user_id (str): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        notification_category_id (str):
        body (NotificationPreferencesUpdateBody):  Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationPreference
    """

    return sync_detailed(
        user_id=user_id,
        notification_category_id=notification_category_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    notification_category_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NotificationPreferencesUpdateBody,
) -> Response[NotificationPreference]:
    """Update notification preference

     Enable or disable a specific notification category for a user.

    Args:
        user_id (str): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        notification_category_id (str):
        body (NotificationPreferencesUpdateBody):  Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationPreference]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        notification_category_id=notification_category_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    notification_category_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NotificationPreferencesUpdateBody,
) -> NotificationPreference | None:
    """Update notification preference

     Enable or disable a specific notification category for a user.

    Args:
        user_id (str): The ID of the user, or the special value `me` for the currently
            authenticated user Example: 3241a285-8329-4d69-8f3d-316e08cf140c.
        notification_category_id (str):
        body (NotificationPreferencesUpdateBody):  Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationPreference
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            notification_category_id=notification_category_id,
            client=client,
            body=body,
        )
    ).parsed
