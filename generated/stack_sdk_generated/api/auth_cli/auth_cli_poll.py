from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_cli_poll_body import AuthCliPollBody
from ...models.cli_poll_result import CliPollResult
from ...types import Response


def _get_kwargs(
    *,
    body: AuthCliPollBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/cli/poll",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CliPollResult | None:
    if response.status_code == 200:
        response_200 = CliPollResult.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = CliPollResult.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CliPollResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthCliPollBody,
) -> Response[CliPollResult]:
    """Poll CLI authentication status

     Check the status of a CLI authentication session using the polling code

    Args:
        body (AuthCliPollBody):  Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CliPollResult]
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
    body: AuthCliPollBody,
) -> CliPollResult | None:
    """Poll CLI authentication status

     Check the status of a CLI authentication session using the polling code

    Args:
        body (AuthCliPollBody):  Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CliPollResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthCliPollBody,
) -> Response[CliPollResult]:
    """Poll CLI authentication status

     Check the status of a CLI authentication session using the polling code

    Args:
        body (AuthCliPollBody):  Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CliPollResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AuthCliPollBody,
) -> CliPollResult | None:
    """Poll CLI authentication status

     Check the status of a CLI authentication session using the polling code

    Args:
        body (AuthCliPollBody):  Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CliPollResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
