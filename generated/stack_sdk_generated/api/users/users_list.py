from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.users_list_response_200 import UsersListResponse200
from ...models.users_order_by import UsersOrderBy
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    team_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    order_by: UsersOrderBy | Unset = UNSET,
    desc: bool | Unset = UNSET,
    query: str | Unset = UNSET,
    include_anonymous: bool | Unset = UNSET,
    include_restricted: bool | Unset = UNSET,
    only_anonymous: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["team_id"] = team_id

    params["limit"] = limit

    params["cursor"] = cursor

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["order_by"] = json_order_by

    params["desc"] = desc

    params["query"] = query

    params["include_anonymous"] = include_anonymous

    params["include_restricted"] = include_restricted

    params["only_anonymous"] = only_anonymous

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UsersListResponse200 | None:
    if response.status_code == 200:
        response_200 = UsersListResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UsersListResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    team_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    order_by: UsersOrderBy | Unset = UNSET,
    desc: bool | Unset = UNSET,
    query: str | Unset = UNSET,
    include_anonymous: bool | Unset = UNSET,
    include_restricted: bool | Unset = UNSET,
    only_anonymous: bool | Unset = UNSET,
) -> Response[UsersListResponse200]:
    """List users

     Lists all the users in the project. Anonymous users are only included if the `include_anonymous`
    query parameter is set to `true`.

    Args:
        team_id (str | Unset): Only return users who are members of the given team
        limit (int | Unset): The maximum number of items to return
        cursor (str | Unset): The cursor to start the result set from.
        order_by (UsersOrderBy | Unset):
        desc (bool | Unset): Whether to sort the results in descending order. Defaults to false
        query (str | Unset): A search query to filter the results by. This is a free-text search
            that is applied to the user's id (exact-match only), display name and primary email.
        include_anonymous (bool | Unset): Whether to include anonymous users in the results.
            Defaults to false
        include_restricted (bool | Unset):
        only_anonymous (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UsersListResponse200]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        limit=limit,
        cursor=cursor,
        order_by=order_by,
        desc=desc,
        query=query,
        include_anonymous=include_anonymous,
        include_restricted=include_restricted,
        only_anonymous=only_anonymous,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    team_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    order_by: UsersOrderBy | Unset = UNSET,
    desc: bool | Unset = UNSET,
    query: str | Unset = UNSET,
    include_anonymous: bool | Unset = UNSET,
    include_restricted: bool | Unset = UNSET,
    only_anonymous: bool | Unset = UNSET,
) -> UsersListResponse200 | None:
    """List users

     Lists all the users in the project. Anonymous users are only included if the `include_anonymous`
    query parameter is set to `true`.

    Args:
        team_id (str | Unset): Only return users who are members of the given team
        limit (int | Unset): The maximum number of items to return
        cursor (str | Unset): The cursor to start the result set from.
        order_by (UsersOrderBy | Unset):
        desc (bool | Unset): Whether to sort the results in descending order. Defaults to false
        query (str | Unset): A search query to filter the results by. This is a free-text search
            that is applied to the user's id (exact-match only), display name and primary email.
        include_anonymous (bool | Unset): Whether to include anonymous users in the results.
            Defaults to false
        include_restricted (bool | Unset):
        only_anonymous (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UsersListResponse200
    """

    return sync_detailed(
        client=client,
        team_id=team_id,
        limit=limit,
        cursor=cursor,
        order_by=order_by,
        desc=desc,
        query=query,
        include_anonymous=include_anonymous,
        include_restricted=include_restricted,
        only_anonymous=only_anonymous,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    team_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    order_by: UsersOrderBy | Unset = UNSET,
    desc: bool | Unset = UNSET,
    query: str | Unset = UNSET,
    include_anonymous: bool | Unset = UNSET,
    include_restricted: bool | Unset = UNSET,
    only_anonymous: bool | Unset = UNSET,
) -> Response[UsersListResponse200]:
    """List users

     Lists all the users in the project. Anonymous users are only included if the `include_anonymous`
    query parameter is set to `true`.

    Args:
        team_id (str | Unset): Only return users who are members of the given team
        limit (int | Unset): The maximum number of items to return
        cursor (str | Unset): The cursor to start the result set from.
        order_by (UsersOrderBy | Unset):
        desc (bool | Unset): Whether to sort the results in descending order. Defaults to false
        query (str | Unset): A search query to filter the results by. This is a free-text search
            that is applied to the user's id (exact-match only), display name and primary email.
        include_anonymous (bool | Unset): Whether to include anonymous users in the results.
            Defaults to false
        include_restricted (bool | Unset):
        only_anonymous (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UsersListResponse200]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        limit=limit,
        cursor=cursor,
        order_by=order_by,
        desc=desc,
        query=query,
        include_anonymous=include_anonymous,
        include_restricted=include_restricted,
        only_anonymous=only_anonymous,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    team_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    order_by: UsersOrderBy | Unset = UNSET,
    desc: bool | Unset = UNSET,
    query: str | Unset = UNSET,
    include_anonymous: bool | Unset = UNSET,
    include_restricted: bool | Unset = UNSET,
    only_anonymous: bool | Unset = UNSET,
) -> UsersListResponse200 | None:
    """List users

     Lists all the users in the project. Anonymous users are only included if the `include_anonymous`
    query parameter is set to `true`.

    Args:
        team_id (str | Unset): Only return users who are members of the given team
        limit (int | Unset): The maximum number of items to return
        cursor (str | Unset): The cursor to start the result set from.
        order_by (UsersOrderBy | Unset):
        desc (bool | Unset): Whether to sort the results in descending order. Defaults to false
        query (str | Unset): A search query to filter the results by. This is a free-text search
            that is applied to the user's id (exact-match only), display name and primary email.
        include_anonymous (bool | Unset): Whether to include anonymous users in the results.
            Defaults to false
        include_restricted (bool | Unset):
        only_anonymous (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UsersListResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            team_id=team_id,
            limit=limit,
            cursor=cursor,
            order_by=order_by,
            desc=desc,
            query=query,
            include_anonymous=include_anonymous,
            include_restricted=include_restricted,
            only_anonymous=only_anonymous,
        )
    ).parsed
