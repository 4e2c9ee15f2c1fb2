from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payments_create_purchase_session_body import (
    PaymentsCreatePurchaseSessionBody,
)
from ...models.payments_create_purchase_session_response_200 import (
    PaymentsCreatePurchaseSessionResponse200,
)
from ...types import Response


def _get_kwargs(
    *,
    body: PaymentsCreatePurchaseSessionBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payments/purchases/purchase-session",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentsCreatePurchaseSessionResponse200 | None:
    if response.status_code == 200:
        response_200 = PaymentsCreatePurchaseSessionResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaymentsCreatePurchaseSessionResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentsCreatePurchaseSessionBody,
) -> Response[PaymentsCreatePurchaseSessionResponse200]:
    """Create Purchase Session

     Creates a purchase session for completing a purchase.

    Args:
        body (PaymentsCreatePurchaseSessionBody):  Example: {'full_code':
            'proj_abc123_def456ghi789', 'price_id': 'price_1234567890abcdef', 'quantity': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentsCreatePurchaseSessionResponse200]
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
    body: PaymentsCreatePurchaseSessionBody,
) -> PaymentsCreatePurchaseSessionResponse200 | None:
    """Create Purchase Session

     Creates a purchase session for completing a purchase.

    Args:
        body (PaymentsCreatePurchaseSessionBody):  Example: {'full_code':
            'proj_abc123_def456ghi789', 'price_id': 'price_1234567890abcdef', 'quantity': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentsCreatePurchaseSessionResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentsCreatePurchaseSessionBody,
) -> Response[PaymentsCreatePurchaseSessionResponse200]:
    """Create Purchase Session

     Creates a purchase session for completing a purchase.

    Args:
        body (PaymentsCreatePurchaseSessionBody):  Example: {'full_code':
            'proj_abc123_def456ghi789', 'price_id': 'price_1234567890abcdef', 'quantity': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentsCreatePurchaseSessionResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentsCreatePurchaseSessionBody,
) -> PaymentsCreatePurchaseSessionResponse200 | None:
    """Create Purchase Session

     Creates a purchase session for completing a purchase.

    Args:
        body (PaymentsCreatePurchaseSessionBody):  Example: {'full_code':
            'proj_abc123_def456ghi789', 'price_id': 'price_1234567890abcdef', 'quantity': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentsCreatePurchaseSessionResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
