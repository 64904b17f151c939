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
    from ...models.search_custom_objects_response_body import (
        SearchCustomObjectsResponseBody,
    )

from ...models.search_custom_objects_request import SearchCustomObjectsRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    type_: str,
    *,
    body: SearchCustomObjectsRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom-objects/{type_}/search".format(
            type_=quote(str(type_), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorApiResponseBody | SearchCustomObjectsResponseBody | None:
    from ...models.error_api_response_body import ErrorApiResponseBody
    from ...models.search_custom_objects_response_body import (
        SearchCustomObjectsResponseBody,
    )

    if response.status_code == 200:
        response_200 = SearchCustomObjectsResponseBody.from_dict(response.json())

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
) -> Response[ErrorApiResponseBody | SearchCustomObjectsResponseBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    type_: str,
    *,
    client: AuthenticatedClient | Client,
    body: SearchCustomObjectsRequest | Unset = UNSET,
) -> Response[ErrorApiResponseBody | SearchCustomObjectsResponseBody]:
    """Search custom objects

    Args:
        type_ (str):
        body (SearchCustomObjectsRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorApiResponseBody | SearchCustomObjectsResponseBody]
    """

    kwargs = _get_kwargs(
        type_=type_,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    type_: str,
    *,
    client: AuthenticatedClient | Client,
    body: SearchCustomObjectsRequest | Unset = UNSET,
) -> ErrorApiResponseBody | SearchCustomObjectsResponseBody | None:
    """Search custom objects

    Args:
        type_ (str):
        body (SearchCustomObjectsRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorApiResponseBody | SearchCustomObjectsResponseBody
    """

    return sync_detailed(
        type_=type_,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    type_: str,
    *,
    client: AuthenticatedClient | Client,
    body: SearchCustomObjectsRequest | Unset = UNSET,
) -> Response[ErrorApiResponseBody | SearchCustomObjectsResponseBody]:
    """Search custom objects

    Args:
        type_ (str):
        body (SearchCustomObjectsRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorApiResponseBody | SearchCustomObjectsResponseBody]
    """

    kwargs = _get_kwargs(
        type_=type_,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    type_: str,
    *,
    client: AuthenticatedClient | Client,
    body: SearchCustomObjectsRequest | Unset = UNSET,
) -> ErrorApiResponseBody | SearchCustomObjectsResponseBody | None:
    """Search custom objects

    Args:
        type_ (str):
        body (SearchCustomObjectsRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorApiResponseBody | SearchCustomObjectsResponseBody
    """

    return (
        await asyncio_detailed(
            type_=type_,
            client=client,
            body=body,
        )
    ).parsed
