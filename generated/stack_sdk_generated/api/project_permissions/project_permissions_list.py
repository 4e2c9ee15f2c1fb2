from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.project_permissions_list_response_200 import (
    ProjectPermissionsListResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user_id: str | Unset = UNSET,
    permission_id: str | Unset = UNSET,
    recursive: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["permission_id"] = permission_id

    params["recursive"] = recursive

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/project-permissions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProjectPermissionsListResponse200 | None:
    if response.status_code == 200:
        response_200 = ProjectPermissionsListResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProjectPermissionsListResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    permission_id: str | Unset = UNSET,
    recursive: bool | Unset = UNSET,
) -> Response[ProjectPermissionsListResponse200]:
    """List project permissions

     List global permissions of the current user. `user_id=me` must be set for client requests.
    `(user_id, permission_id)` together uniquely identify a permission.

    Args:
        user_id (str | Unset): Filter with the user ID. If set, only the permissions this user has
            will be returned. Client request must set `user_id=me` Example: me.
        permission_id (str | Unset): Filter with the permission ID. If set, only the permissions
            with this specific ID will be returned Example: 16399452-c4f3-4554-8e44-c2d67bb60360.
        recursive (bool | Unset): Whether to list permissions recursively. If set to `false`, only
            the permission the users directly have will be listed. If set to `true` all the direct and
            indirect permissions will be listed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectPermissionsListResponse200]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        permission_id=permission_id,
        recursive=recursive,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    permission_id: str | Unset = UNSET,
    recursive: bool | Unset = UNSET,
) -> ProjectPermissionsListResponse200 | None:
    """List project permissions

     List global permissions of the current user. `user_id=me` must be set for client requests.
    `(user_id, permission_id)` together uniquely identify a permission.

    Args:
        user_id (str | Unset): Filter with the user ID. If set, only the permissions this user has
            will be returned. Client request must set `user_id=me` Example: me.
        permission_id (str | Unset): Filter with the permission ID. If set, only the permissions
            with this specific ID will be returned Example: 16399452-c4f3-4554-8e44-c2d67bb60360.
        recursive (bool | Unset): Whether to list permissions recursively. If set to `false`, only
            the permission the users directly have will be listed. If set to `true` all the direct and
            indirect permissions will be listed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectPermissionsListResponse200
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        permission_id=permission_id,
        recursive=recursive,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    permission_id: str | Unset = UNSET,
    recursive: bool | Unset = UNSET,
) -> Response[ProjectPermissionsListResponse200]:
    """List project permissions

     List global permissions of the current user. `user_id=me` must be set for client requests.
    `(user_id, permission_id)` together uniquely identify a permission.

    Args:
        user_id (str | Unset): Filter with the user ID. If set, only the permissions this user has
            will be returned. Client request must set `user_id=me` Example: me.
        permission_id (str | Unset): Filter with the permission ID. If set, only the permissions
            with this specific ID will be returned Example: 16399452-c4f3-4554-8e44-c2d67bb60360.
        recursive (bool | Unset): Whether to list permissions recursively. If set to `false`, only
            the permission the users directly have will be listed. If set to `true` all the direct and
            indirect permissions will be listed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectPermissionsListResponse200]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        permission_id=permission_id,
        recursive=recursive,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    permission_id: str | Unset = UNSET,
    recursive: bool | Unset = UNSET,
) -> ProjectPermissionsListResponse200 | None:
    """List project permissions

     List global permissions of the current user. `user_id=me` must be set for client requests.
    `(user_id, permission_id)` together uniquely identify a permission.

    Args:
        user_id (str | Unset): Filter with the user ID. If set, only the permissions this user has
            will be returned. Client request must set `user_id=me` Example: me.
        permission_id (str | Unset): Filter with the permission ID. If set, only the permissions
            with this specific ID will be returned Example: 16399452-c4f3-4554-8e44-c2d67bb60360.
        recursive (bool | Unset): Whether to list permissions recursively. If set to `false`, only
            the permission the users directly have will be listed. If set to `true` all the direct and
            indirect permissions will be listed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectPermissionsListResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            permission_id=permission_id,
            recursive=recursive,
        )
    ).parsed
