from __future__ import annotations
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.delete_account_highlight_response_body import (
        DeleteAccountHighlightResponseBody,
    )
    from ...models.error_api_response_body import ErrorApiResponseBody

from ...types import Response


def _get_kwargs(
    account_id: str,
    highlight_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/accounts/{account_id}/highlights/{highlight_id}".format(
            account_id=quote(str(account_id), safe=""),
            highlight_id=quote(str(highlight_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteAccountHighlightResponseBody | ErrorApiResponseBody | None:
    from ...models.delete_account_highlight_response_body import (
        DeleteAccountHighlightResponseBody,
    )
    from ...models.error_api_response_body import ErrorApiResponseBody

    if response.status_code == 200:
        response_200 = DeleteAccountHighlightResponseBody.from_dict(response.json())

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
) -> Response[DeleteAccountHighlightResponseBody | ErrorApiResponseBody]:
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
) -> Response[DeleteAccountHighlightResponseBody | ErrorApiResponseBody]:
    """Delete account highlight

    Args:
        account_id (str):
        highlight_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAccountHighlightResponseBody | ErrorApiResponseBody]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        highlight_id=highlight_id,
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
) -> DeleteAccountHighlightResponseBody | ErrorApiResponseBody | None:
    """Delete account highlight

    Args:
        account_id (str):
        highlight_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAccountHighlightResponseBody | ErrorApiResponseBody
    """

    return sync_detailed(
        account_id=account_id,
        highlight_id=highlight_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    highlight_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteAccountHighlightResponseBody | ErrorApiResponseBody]:
    """Delete account highlight

    Args:
        account_id (str):
        highlight_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAccountHighlightResponseBody | ErrorApiResponseBody]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        highlight_id=highlight_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    highlight_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteAccountHighlightResponseBody | ErrorApiResponseBody | None:
    """Delete account highlight

    Args:
        account_id (str):
        highlight_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAccountHighlightResponseBody | ErrorApiResponseBody
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            highlight_id=highlight_id,
            client=client,
        )
    ).parsed
