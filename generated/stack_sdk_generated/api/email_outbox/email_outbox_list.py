from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_outbox_list_response_200 import EmailOutboxListResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: str | Unset = UNSET,
    simple_status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    params["simple_status"] = simple_status

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/emails/outbox",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailOutboxListResponse200 | None:
    if response.status_code == 200:
        response_200 = EmailOutboxListResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmailOutboxListResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    simple_status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[EmailOutboxListResponse200]:
    """List email outbox

     Lists all emails in the outbox with optional filtering by status or simple_status.

    Args:
        status (str | Unset):
        simple_status (str | Unset):
        limit (int | Unset): The maximum number of items to return. Maximum allowed is 100
        cursor (str | Unset): The cursor to start the result set from (email ID)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailOutboxListResponse200]
    """

    kwargs = _get_kwargs(
        status=status,
        simple_status=simple_status,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    simple_status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> EmailOutboxListResponse200 | None:
    """List email outbox

     Lists all emails in the outbox with optional filtering by status or simple_status.

    Args:
        status (str | Unset):
        simple_status (str | Unset):
        limit (int | Unset): The maximum number of items to return. Maximum allowed is 100
        cursor (str | Unset): The cursor to start the result set from (email ID)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailOutboxListResponse200
    """

    return sync_detailed(
        client=client,
        status=status,
        simple_status=simple_status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    simple_status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[EmailOutboxListResponse200]:
    """List email outbox

     Lists all emails in the outbox with optional filtering by status or simple_status.

    Args:
        status (str | Unset):
        simple_status (str | Unset):
        limit (int | Unset): The maximum number of items to return. Maximum allowed is 100
        cursor (str | Unset): The cursor to start the result set from (email ID)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailOutboxListResponse200]
    """

    kwargs = _get_kwargs(
        status=status,
        simple_status=simple_status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    simple_status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> EmailOutboxListResponse200 | None:
    """List email outbox

     Lists all emails in the outbox with optional filtering by status or simple_status.

    Args:
        status (str | Unset):
        simple_status (str | Unset):
        limit (int | Unset): The maximum number of items to return. Maximum allowed is 100
        cursor (str | Unset): The cursor to start the result set from (email ID)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailOutboxListResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            simple_status=simple_status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
