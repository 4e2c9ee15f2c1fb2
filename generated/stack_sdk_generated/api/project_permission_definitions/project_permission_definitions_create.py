from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.permission_definition import PermissionDefinition
from ...models.project_permission_definitions_create_body import (
    ProjectPermissionDefinitionsCreateBody,
)
from ...types import Response


def _get_kwargs(
    *,
    body: ProjectPermissionDefinitionsCreateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/project-permission-definitions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PermissionDefinition | None:
    if response.status_code == 201:
        response_201 = PermissionDefinition.from_dict(response.json())

        return response_201

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
    *,
    client: AuthenticatedClient | Client,
    body: ProjectPermissionDefinitionsCreateBody,
) -> Response[PermissionDefinition]:
    """Create a new project permission definition

     Create a new project permission definition (the equivalent of creating a new permission on the Stack
    dashboard)

    Args:
        body (ProjectPermissionDefinitionsCreateBody):  Example: {'contained_permission_ids':
            ['read_public_info'], 'description': 'Read secret information', 'id': 'read_secret_info'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PermissionDefinition]
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
    body: ProjectPermissionDefinitionsCreateBody,
) -> PermissionDefinition | None:
    """Create a new project permission definition

     Create a new project permission definition (the equivalent of creating a new permission on the Stack
    dashboard)

    Args:
        body (ProjectPermissionDefinitionsCreateBody):  Example: {'contained_permission_ids':
            ['read_public_info'], 'description': 'Read secret information', 'id': 'read_secret_info'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PermissionDefinition
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectPermissionDefinitionsCreateBody,
) -> Response[PermissionDefinition]:
    """Create a new project permission definition

     Create a new project permission definition (the equivalent of creating a new permission on the Stack
    dashboard)

    Args:
        body (ProjectPermissionDefinitionsCreateBody):  Example: {'contained_permission_ids':
            ['read_public_info'], 'description': 'Read secret information', 'id': 'read_secret_info'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PermissionDefinition]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectPermissionDefinitionsCreateBody,
) -> PermissionDefinition | None:
    """Create a new project permission definition

     Create a new project permission definition (the equivalent of creating a new permission on the Stack
    dashboard)

    Args:
        body (ProjectPermissionDefinitionsCreateBody):  Example: {'contained_permission_ids':
            ['read_public_info'], 'description': 'Read secret information', 'id': 'read_secret_info'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PermissionDefinition
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
