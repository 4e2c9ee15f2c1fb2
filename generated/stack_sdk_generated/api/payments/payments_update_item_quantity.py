from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_type import CustomerType
from ...models.payments_update_item_quantity_body import PaymentsUpdateItemQuantityBody
from ...types import UNSET, Response


def _get_kwargs(
    customer_type: CustomerType,
    customer_id: str,
    item_id: str,
    *,
    body: PaymentsUpdateItemQuantityBody,
    allow_negative: bool,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["allow_negative"] = allow_negative

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payments/items/{customer_type}/{customer_id}/{item_id}/update-quantity".format(
            customer_type=quote(str(customer_type), safe=""),
            customer_id=quote(str(customer_id), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
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
    body: PaymentsUpdateItemQuantityBody,
    allow_negative: bool,
) -> Response[Any]:
    """Update Item Quantity

     Updates the quantity of an item for a customer. Can increase or decrease quantities, with optional
    expiration and negative balance control.

    Args:
        customer_type (CustomerType):
        customer_id (str): The ID of the customer Example: user_1234567890abcdef.
        item_id (str): The ID of the item to update Example: credits.
        allow_negative (bool): Whether to allow the quantity to go negative
        body (PaymentsUpdateItemQuantityBody):  Example: {'delta': 100, 'description': 'Monthly
            subscription renewal', 'expires_at': '2024-12-31T23:59:59Z'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        customer_type=customer_type,
        customer_id=customer_id,
        item_id=item_id,
        body=body,
        allow_negative=allow_negative,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    customer_type: CustomerType,
    customer_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PaymentsUpdateItemQuantityBody,
    allow_negative: bool,
) -> Response[Any]:
    """Update Item Quantity

     Updates the quantity of an item for a customer. Can increase or decrease quantities, with optional
    expiration and negative balance control.

    Args:
        customer_type (CustomerType):
        customer_id (str): The ID of the customer Example: user_1234567890abcdef.
        item_id (str): The ID of the item to update Example: credits.
        allow_negative (bool): Whether to allow the quantity to go negative
        body (PaymentsUpdateItemQuantityBody):  Example: {'delta': 100, 'description': 'Monthly
            subscription renewal', 'expires_at': '2024-12-31T23:59:59Z'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        customer_type=customer_type,
        customer_id=customer_id,
        item_id=item_id,
        body=body,
        allow_negative=allow_negative,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
