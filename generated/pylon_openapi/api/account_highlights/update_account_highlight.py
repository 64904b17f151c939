from __future__ import annotations
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.error_api_response_body import ErrorApiResponseBody
    from ...models.update_account_highlight_response_body import (
        UpdateAccountHighlightResponseBody,
    )

from ...models.update_account_highlight_request_body import (
    UpdateAccountHighlightRequestBody,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    highlight_id: str,
    *,
    body: UpdateAccountHighlightRequestBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/accounts/{account_id}/highlights/{highlight_id}".format(
            account_id=quote(str(account_id), safe=""),
            highlight_id=quote(str(highlight_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorApiResponseBody | UpdateAccountHighlightResponseBody | None:
    from ...models.error_api_response_body import ErrorApiResponseBody
    from ...models.update_account_highlight_response_body import (
        UpdateAccountHighlightResponseBody,
    )

    if response.status_code == 200:
        response_200 = UpdateAccountHighlightResponseBody.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorApiResponseBody.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorApiResponseBody.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorApiResponseBody.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorApiResponseBody | UpdateAccountHighlightResponseBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    highlight_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAccountHighlightRequestBody | Unset = UNSET,
) -> Response[ErrorApiResponseBody | UpdateAccountHighlightResponseBody]:
    """Update account highlight

    Args:
        account_id (str):
        highlight_id (str):
        body (UpdateAccountHighlightRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorApiResponseBody | UpdateAccountHighlightResponseBody]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        highlight_id=highlight_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    highlight_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAccountHighlightRequestBody | Unset = UNSET,
) -> ErrorApiResponseBody | UpdateAccountHighlightResponseBody | None:
    """Update account highlight

    Args:
        account_id (str):
        highlight_id (str):
        body (UpdateAccountHighlightRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorApiResponseBody | UpdateAccountHighlightResponseBody
    """

    return sync_detailed(
        account_id=account_id,
        highlight_id=highlight_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    highlight_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAccountHighlightRequestBody | Unset = UNSET,
) -> Response[ErrorApiResponseBody | UpdateAccountHighlightResponseBody]:
    """Update account highlight

    Args:
        account_id (str):
        highlight_id (str):
        body (UpdateAccountHighlightRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorApiResponseBody | UpdateAccountHighlightResponseBody]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        highlight_id=highlight_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    highlight_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAccountHighlightRequestBody | Unset = UNSET,
) -> ErrorApiResponseBody | UpdateAccountHighlightResponseBody | None:
    """Update account highlight

    Args:
        account_id (str):
        highlight_id (str):
        body (UpdateAccountHighlightRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorApiResponseBody | UpdateAccountHighlightResponseBody
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            highlight_id=highlight_id,
            client=client,
            body=body,
        )
    ).parsed
