from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jwks import Jwks
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    include_anonymous: bool | Unset = UNSET,
    include_restricted: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_anonymous"] = include_anonymous

    params["include_restricted"] = include_restricted

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/.well-known/jwks.json".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Jwks | None:
    if response.status_code == 200:
        response_200 = Jwks.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Jwks]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_anonymous: bool | Unset = UNSET,
    include_restricted: bool | Unset = UNSET,
) -> Response[Jwks]:
    """JSON Web Key Set of a project (verify access tokens locally)

    Args:
        project_id (str):
        include_anonymous (bool | Unset):
        include_restricted (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jwks]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        include_anonymous=include_anonymous,
        include_restricted=include_restricted,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_anonymous: bool | Unset = UNSET,
    include_restricted: bool | Unset = UNSET,
) -> Jwks | None:
    """JSON Web Key Set of a project (verify access tokens locally)

    Args:
        project_id (str):
        include_anonymous (bool | Unset):
        include_restricted (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jwks
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        include_anonymous=include_anonymous,
        include_restricted=include_restricted,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_anonymous: bool | Unset = UNSET,
    include_restricted: bool | Unset = UNSET,
) -> Response[Jwks]:
    """JSON Web Key Set of a project (verify access tokens locally)

    Args:
        project_id (str):
        include_anonymous (bool | Unset):
        include_restricted (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jwks]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        include_anonymous=include_anonymous,
        include_restricted=include_restricted,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_anonymous: bool | Unset = UNSET,
    include_restricted: bool | Unset = UNSET,
) -> Jwks | None:
    """JSON Web Key Set of a project (verify access tokens locally)

    Args:
        project_id (str):
        include_anonymous (bool | Unset):
        include_restricted (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jwks
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            include_anonymous=include_anonymous,
            include_restricted=include_restricted,
        )
    ).parsed
