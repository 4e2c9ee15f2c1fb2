from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_outbox_update_body import EmailOutboxUpdateBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: EmailOutboxUpdateBody,
    status: str | Unset = UNSET,
    simple_status: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["status"] = status

    params["simple_status"] = simple_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/emails/outbox/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmailOutboxUpdateBody,
    status: str | Unset = UNSET,
    simple_status: str | Unset = UNSET,
) -> Response[Any]:
    """Update email outbox entry

     Updates an email in the outbox. Can be used to edit email content, pause/resume, or cancel emails.
    Only emails in editable states (`paused`, `preparing`, `rendering`, `render-error`, `scheduled`,
    `queued`, `server-error`) can be modified.

    Args:
        id (str):
        status (str | Unset):
        simple_status (str | Unset):
        body (EmailOutboxUpdateBody):  Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        status=status,
        simple_status=simple_status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmailOutboxUpdateBody,
    status: str | Unset = UNSET,
    simple_status: str | Unset = UNSET,
) -> Response[Any]:
    """Update email outbox entry

     Updates an email in the outbox. Can be used to edit email content, pause/resume, or cancel emails.
    Only emails in editable states (`paused`, `preparing`, `rendering`, `render-error`, `scheduled`,
    `queued`, `server-error`) can be modified.

    Args:
        id (str):
        status (str | Unset):
        simple_status (str | Unset):
        body (EmailOutboxUpdateBody):  Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        status=status,
        simple_status=simple_status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
