from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.success import Success
from ...types import Response


def _get_kwargs(
    permission_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/project-permission-definitions/{permission_id}".format(
            permission_id=quote(str(permission_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Success | None:
    if response.status_code == 200:
        response_200 = Success.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Success]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    permission_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Success]:
    """Delete a project permission definition

     Delete a project permission definition (the equivalent of deleting a permission on the Stack
    dashboard)

    Args:
        permission_id (str): The permission ID used to uniquely identify a permission. Can either
            be a custom permission with lowercase letters, numbers, `:`, and `_` characters, or one of
            the system permissions: `$update_team`, `$delete_team`, `$read_members`,
            `$remove_members`, `$invite_members`, `$manage_api_keys` Example: read_secret_info.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Success]
    """

    kwargs = _get_kwargs(
        permission_id=permission_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    permission_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Success | None:
    """Delete a project permission definition

     Delete a project permission definition (the equivalent of deleting a permission on the Stack
    dashboard)

    Args:
        permission_id (str): The permission ID used to uniquely identify a permission. Can either
            be a custom permission with lowercase letters, numbers, `:`, and `_` characters, or one of
            the system permissions: `$update_team`, `$delete_team`, `$read_members`,
            `$remove_members`, `$invite_members`, `$manage_api_keys` Example: read_secret_info.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Success
    """

    return sync_detailed(
        permission_id=permission_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    permission_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Success]:
    """Delete a project permission definition

     Delete a project permission definition (the equivalent of deleting a permission on the Stack
    dashboard)

    Args:
        permission_id (str): The permission ID used to uniquely identify a permission. Can either
            be a custom permission with lowercase letters, numbers, `:`, and `_` characters, or one of
            the system permissions: `$update_team`, `$delete_team`, `$read_members`,
            `$remove_members`, `$invite_members`, `$manage_api_keys` Example: read_secret_info.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Success]
    """

    kwargs = _get_kwargs(
        permission_id=permission_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    permission_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Success | None:
    """Delete a project permission definition

     Delete a project permission definition (the equivalent of deleting a permission on the Stack
    dashboard)

    Args:
        permission_id (str): The permission ID used to uniquely identify a permission. Can either
            be a custom permission with lowercase letters, numbers, `:`, and `_` characters, or one of
            the system permissions: `$update_team`, `$delete_team`, `$read_members`,
            `$remove_members`, `$invite_members`, `$manage_api_keys` Example: read_secret_info.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Success
    """

    return (
        await asyncio_detailed(
            permission_id=permission_id,
            client=client,
        )
    ).parsed
