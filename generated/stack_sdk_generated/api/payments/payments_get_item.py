from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_type import CustomerType
from ...models.payments_get_item_response_200 import PaymentsGetItemResponse200
from ...types import Response


def _get_kwargs(
    customer_type: CustomerType,
    customer_id: str,
    item_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payments/items/{customer_type}/{customer_id}/{item_id}".format(
            customer_type=quote(str(customer_type), safe=""),
            customer_id=quote(str(customer_id), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentsGetItemResponse200 | None:
    if response.status_code == 200:
        response_200 = PaymentsGetItemResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaymentsGetItemResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_type: CustomerType,
    customer_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PaymentsGetItemResponse200]:
    """Get Item

     Retrieves information about a specific item (credits, quotas, etc.) for a customer.

    Args:
        customer_type (CustomerType):
        customer_id (str): The ID of the customer Example: user_1234567890abcdef.
        item_id (str): The ID of the item to retrieve Example: credits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentsGetItemResponse200]
    """

    kwargs = _get_kwargs(
        customer_type=customer_type,
        customer_id=customer_id,
        item_id=item_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_type: CustomerType,
    customer_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PaymentsGetItemResponse200 | None:
    """Get Item

     Retrieves information about a specific item (credits, quotas, etc.) for a customer.

    Args:
        customer_type (CustomerType):
        customer_id (str): The ID of the customer Example: user_1234567890abcdef.
        item_id (str): The ID of the item to retrieve Example: credits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentsGetItemResponse200
    """

    return sync_detailed(
        customer_type=customer_type,
        customer_id=customer_id,
        item_id=item_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    customer_type: CustomerType,
    customer_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PaymentsGetItemResponse200]:
    """Get Item

     Retrieves information about a specific item (credits, quotas, etc.) for a customer.

    Args:
        customer_type (CustomerType):
        customer_id (str): The ID of the customer Example: user_1234567890abcdef.
        item_id (str): The ID of the item to retrieve Example: credits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentsGetItemResponse200]
    """

    kwargs = _get_kwargs(
        customer_type=customer_type,
        customer_id=customer_id,
        item_id=item_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_type: CustomerType,
    customer_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PaymentsGetItemResponse200 | None:
    """Get Item

     Retrieves information about a specific item (credits, quotas, etc.) for a customer.

    Args:
        customer_type (CustomerType):
        customer_id (str): The ID of the customer Example: user_1234567890abcdef.
        item_id (str): The ID of the item to retrieve Example: credits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentsGetItemResponse200
    """

    return (
        await asyncio_detailed(
            customer_type=customer_type,
            customer_id=customer_id,
            item_id=item_id,
            client=client,
        )
    ).parsed
