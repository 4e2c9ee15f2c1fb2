from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payments_create_purchase_url_body import PaymentsCreatePurchaseUrlBody
from ...models.payments_create_purchase_url_response_200 import (
    PaymentsCreatePurchaseUrlResponse200,
)
from ...types import Response


def _get_kwargs(
    *,
    body: PaymentsCreatePurchaseUrlBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payments/purchases/create-purchase-url",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentsCreatePurchaseUrlResponse200 | None:
    if response.status_code == 200:
        response_200 = PaymentsCreatePurchaseUrlResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaymentsCreatePurchaseUrlResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentsCreatePurchaseUrlBody,
) -> Response[PaymentsCreatePurchaseUrlResponse200]:
    """Create Purchase URL

     Creates a secure checkout URL for purchasing a product.

    Args:
        body (PaymentsCreatePurchaseUrlBody):  Example: {'customer_id': 'user_1234567890abcdef',
            'customer_type': 'user', 'product_id': 'prod_premium_monthly', 'return_url':
            'https://myapp.com/purchase-success'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentsCreatePurchaseUrlResponse200]
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
    body: PaymentsCreatePurchaseUrlBody,
) -> PaymentsCreatePurchaseUrlResponse200 | None:
    """Create Purchase URL

     Creates a secure checkout URL for purchasing a product.

    Args:
        body (PaymentsCreatePurchaseUrlBody):  Example: {'customer_id': 'user_1234567890abcdef',
            'customer_type': 'user', 'product_id': 'prod_premium_monthly', 'return_url':
            'https://myapp.com/purchase-success'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentsCreatePurchaseUrlResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentsCreatePurchaseUrlBody,
) -> Response[PaymentsCreatePurchaseUrlResponse200]:
    """Create Purchase URL

     Creates a secure checkout URL for purchasing a product.

    Args:
        body (PaymentsCreatePurchaseUrlBody):  Example: {'customer_id': 'user_1234567890abcdef',
            'customer_type': 'user', 'product_id': 'prod_premium_monthly', 'return_url':
            'https://myapp.com/purchase-success'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentsCreatePurchaseUrlResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentsCreatePurchaseUrlBody,
) -> PaymentsCreatePurchaseUrlResponse200 | None:
    """Create Purchase URL

     Creates a secure checkout URL for purchasing a product.

    Args:
        body (PaymentsCreatePurchaseUrlBody):  Example: {'customer_id': 'user_1234567890abcdef',
            'customer_type': 'user', 'product_id': 'prod_premium_monthly', 'return_url':
            'https://myapp.com/purchase-success'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentsCreatePurchaseUrlResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
