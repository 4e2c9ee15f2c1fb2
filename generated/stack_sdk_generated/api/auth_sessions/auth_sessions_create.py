from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_sessions_create_body import AuthSessionsCreateBody
from ...models.session_tokens import SessionTokens
from ...types import Response


def _get_kwargs(
    *,
    body: AuthSessionsCreateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/sessions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SessionTokens | None:
    if response.status_code == 200:
        response_200 = SessionTokens.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SessionTokens]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthSessionsCreateBody,
) -> Response[SessionTokens]:
    """Create session

     Create a new session for a given user. This will return a refresh token that can be used to
    impersonate the user.

    Args:
        body (AuthSessionsCreateBody):  Example: {'user_id':
            '3241a285-8329-4d69-8f3d-316e08cf140c'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SessionTokens]
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
    body: AuthSessionsCreateBody,
) -> SessionTokens | None:
    """Create session

     Create a new session for a given user. This will return a refresh token that can be used to
    impersonate the user.

    Args:
        body (AuthSessionsCreateBody):  Example: {'user_id':
            '3241a285-8329-4d69-8f3d-316e08cf140c'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SessionTokens
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthSessionsCreateBody,
) -> Response[SessionTokens]:
    """Create session

     Create a new session for a given user. This will return a refresh token that can be used to
    impersonate the user.

    Args:
        body (AuthSessionsCreateBody):  Example: {'user_id':
            '3241a285-8329-4d69-8f3d-316e08cf140c'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SessionTokens]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AuthSessionsCreateBody,
) -> SessionTokens | None:
    """Create session

     Create a new session for a given user. This will return a refresh token that can be used to
    impersonate the user.

    Args:
        body (AuthSessionsCreateBody):  Example: {'user_id':
            '3241a285-8329-4d69-8f3d-316e08cf140c'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SessionTokens
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
