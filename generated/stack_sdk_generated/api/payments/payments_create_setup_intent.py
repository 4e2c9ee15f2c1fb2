from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_type import CustomerType
from ...models.payments_create_setup_intent_response_200 import (
    PaymentsCreateSetupIntentResponse200,
)
from ...types import Response


def _get_kwargs(
    customer_type: CustomerType,
    customer_id: str,
    *,
    body: Any,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payments/payment-method/{customer_type}/{customer_id}/setup-intent".format(
            customer_type=quote(str(customer_type), safe=""),
            customer_id=quote(str(customer_id), safe=""),
        ),
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentsCreateSetupIntentResponse200 | None:
    if response.status_code == 200:
        response_200 = PaymentsCreateSetupIntentResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaymentsCreateSetupIntentResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_type: CustomerType,
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> Response[PaymentsCreateSetupIntentResponse200]:
    """Create a Stripe setup intent for a payment method

    Args:
        customer_type (CustomerType):
        customer_id (str):
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentsCreateSetupIntentResponse200]
    """

    kwargs = _get_kwargs(
        customer_type=customer_type,
        customer_id=customer_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_type: CustomerType,
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> PaymentsCreateSetupIntentResponse200 | None:
    """Create a Stripe setup intent for a payment method

    Args:
        customer_type (CustomerType):
        customer_id (str):
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentsCreateSetupIntentResponse200
    """

    return sync_detailed(
        customer_type=customer_type,
        customer_id=customer_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    customer_type: CustomerType,
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> Response[PaymentsCreateSetupIntentResponse200]:
    """Create a Stripe setup intent for a payment method

    Args:
        customer_type (CustomerType):
        customer_id (str):
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentsCreateSetupIntentResponse200]
    """

    kwargs = _get_kwargs(
        customer_type=customer_type,
        customer_id=customer_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_type: CustomerType,
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> PaymentsCreateSetupIntentResponse200 | None:
    """Create a Stripe setup intent for a payment method

    Args:
        customer_type (CustomerType):
        customer_id (str):
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentsCreateSetupIntentResponse200
    """

    return (
        await asyncio_detailed(
            customer_type=customer_type,
            customer_id=customer_id,
            client=client,
            body=body,
        )
    ).parsed
