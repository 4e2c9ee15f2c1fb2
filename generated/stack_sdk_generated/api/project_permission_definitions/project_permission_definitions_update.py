from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.permission_definition import PermissionDefinition
from ...models.project_permission_definitions_update_body import (
    ProjectPermissionDefinitionsUpdateBody,
)
from ...types import Response


def _get_kwargs(
    permission_id: str,
    *,
    body: ProjectPermissionDefinitionsUpdateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/project-permission-definitions/{permission_id}".format(
            permission_id=quote(str(permission_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PermissionDefinition | None:
    if response.status_code == 200:
        response_200 = PermissionDefinition.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PermissionDefinition]:
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
    body: ProjectPermissionDefinitionsUpdateBody,
) -> Response[PermissionDefinition]:
    """Update a project permission definition

     Update a project permission definition (the equivalent of updating a permission on the Stack
    dashboard)

    Args:
        permission_id (str): The permission ID used to uniquely identify a permission. Can either
            be a custom permission with lowercase letters, numbers, `:`, and `_` characters, or one of
            the system permissions: `$update_team`, `$delete_team`, `$read_members`,
            `$remove_members`, `$invite_members`, `$manage_api_keys` Example: read_secret_info.
        body (ProjectPermissionDefinitionsUpdateBody):  Example: {'contained_permission_ids':
            ['read_public_info'], 'description': 'Read secret information', 'id': 'read_secret_info'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PermissionDefinition]
    """

    kwargs = _get_kwargs(
        permission_id=permission_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    permission_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectPermissionDefinitionsUpdateBody,
) -> PermissionDefinition | None:
    """Update a project permission definition

     Update a project permission definition (the equivalent of updating a permission on the Stack
    dashboard)

    Args:
        permission_id (str): The permission ID used to uniquely identify a permission. Can either
            be a custom permission with lowercase letters, numbers, `:`, and `_` characters, or one of
            the system permissions: `$update_team`, `$delete_team`, `$read_members`,
            `$remove_members`, `$invite_members`, `$manage_api_keys` Example: read_secret_info.
        body (ProjectPermissionDefinitionsUpdateBody):  Example: {'contained_permission_ids':
            ['read_public_info'], 'description': 'Read secret information', 'id': 'read_secret_info'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PermissionDefinition
    """

    return sync_detailed(
        permission_id=permission_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    permission_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectPermissionDefinitionsUpdateBody,
) -> Response[PermissionDefinition]:
    """Update a project permission definition

     Update a project permission definition (the equivalent of updating a permission on the Stack
    dashboard)

    Args:
        permission_id (str): The permission ID used to uniquely identify a permission. Can either
            be a custom permission with lowercase letters, numbers, `:`, and `_` characters, or one of
            the system permissions: `$update_team`, `$delete_team`, `$read_members`,
            `$remove_members`, `$invite_members`, `$manage_api_keys` Example: read_secret_info.
        body (ProjectPermissionDefinitionsUpdateBody):  Example: {'contained_permission_ids':
            ['read_public_info'], 'description': 'Read secret information', 'id': 'read_secret_info'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PermissionDefinition]
    """

    kwargs = _get_kwargs(
        permission_id=permission_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    permission_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectPermissionDefinitionsUpdateBody,
) -> PermissionDefinition | None:
    """Update a project permission definition

     Update a project permission definition (the equivalent of updating a permission on the Stack
    dashboard)

    Args:
        permission_id (str): The permission ID used to uniquely identify a permission. Can either
            be a custom permission with lowercase letters, numbers, `:`, and `_` characters, or one of
            the system permissions: `$update_team`, `$delete_team`, `$read_members`,
            `$remove_members`, `$invite_members`, `$manage_api_keys` Example: read_secret_info.
        body (ProjectPermissionDefinitionsUpdateBody):  Example: {'contained_permission_ids':
            ['read_public_info'], 'description': 'Read secret information', 'id': 'read_secret_info'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PermissionDefinition
    """

    return (
        await asyncio_detailed(
            permission_id=permission_id,
            client=client,
            body=body,
        )
    ).parsed
