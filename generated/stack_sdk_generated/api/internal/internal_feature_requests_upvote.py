from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.internal_feature_requests_upvote_response_200 import (
    InternalFeatureRequestsUpvoteResponse200,
)
from ...types import Response


def _get_kwargs(
    feature_request_id: str,
    *,
    body: Any,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/internal/feature-requests/{feature_request_id}/upvote".format(
            feature_request_id=quote(str(feature_request_id), safe=""),
        ),
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InternalFeatureRequestsUpvoteResponse200 | None:
    if response.status_code == 200:
        response_200 = InternalFeatureRequestsUpvoteResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InternalFeatureRequestsUpvoteResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    feature_request_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> Response[InternalFeatureRequestsUpvoteResponse200]:
    """Toggle upvote on feature request

     Toggle upvote on a feature request for the current user

    Args:
        feature_request_id (str):
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InternalFeatureRequestsUpvoteResponse200]
    """

    kwargs = _get_kwargs(
        feature_request_id=feature_request_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    feature_request_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> InternalFeatureRequestsUpvoteResponse200 | None:
    """Toggle upvote on feature request

     Toggle upvote on a feature request for the current user

    Args:
        feature_request_id (str):
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InternalFeatureRequestsUpvoteResponse200
    """

    return sync_detailed(
        feature_request_id=feature_request_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    feature_request_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> Response[InternalFeatureRequestsUpvoteResponse200]:
    """Toggle upvote on feature request

     Toggle upvote on a feature request for the current user

    Args:
        feature_request_id (str):
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InternalFeatureRequestsUpvoteResponse200]
    """

    kwargs = _get_kwargs(
        feature_request_id=feature_request_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    feature_request_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> InternalFeatureRequestsUpvoteResponse200 | None:
    """Toggle upvote on feature request

     Toggle upvote on a feature request for the current user

    Args:
        feature_request_id (str):
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InternalFeatureRequestsUpvoteResponse200
    """

    return (
        await asyncio_detailed(
            feature_request_id=feature_request_id,
            client=client,
            body=body,
        )
    ).parsed
