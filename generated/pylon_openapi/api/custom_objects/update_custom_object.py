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
    from ...models.update_custom_object_response_body import UpdateCustomObjectResponseBody

from ...models.update_custom_object_request_body import UpdateCustomObjectRequestBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    type_: str,
    id: str,
    *,
    body: UpdateCustomObjectRequestBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/custom-objects/{type_}/{id}".format(
            type_=quote(str(type_), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorApiResponseBody | UpdateCustomObjectResponseBody | None:
    from ...models.error_api_response_body import ErrorApiResponseBody
    from ...models.update_custom_object_response_body import UpdateCustomObjectResponseBody

    if response.status_code == 200:
        response_200 = UpdateCustomObjectResponseBody.from_dict(response.json())

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
) -> Response[ErrorApiResponseBody | UpdateCustomObjectResponseBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    type_: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomObjectRequestBody | Unset = UNSET,
) -> Response[ErrorApiResponseBody | UpdateCustomObjectResponseBody]:
    """Update custom object

    Args:
        type_ (str):
        id (str):
        body (UpdateCustomObjectRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorApiResponseBody | UpdateCustomObjectResponseBody]
    """

    kwargs = _get_kwargs(
        type_=type_,
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    type_: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomObjectRequestBody | Unset = UNSET,
) -> ErrorApiResponseBody | UpdateCustomObjectResponseBody | None:
    """Update custom object

    Args:
        type_ (str):
        id (str):
        body (UpdateCustomObjectRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorApiResponseBody | UpdateCustomObjectResponseBody
    """

    return sync_detailed(
        type_=type_,
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    type_: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomObjectRequestBody | Unset = UNSET,
) -> Response[ErrorApiResponseBody | UpdateCustomObjectResponseBody]:
    """Update custom object

    Args:
        type_ (str):
        id (str):
        body (UpdateCustomObjectRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorApiResponseBody | UpdateCustomObjectResponseBody]
    """

    kwargs = _get_kwargs(
        type_=type_,
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    type_: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomObjectRequestBody | Unset = UNSET,
) -> ErrorApiResponseBody | UpdateCustomObjectResponseBody | None:
    """Update custom object

    Args:
        type_ (str):
        id (str):
        body (UpdateCustomObjectRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorApiResponseBody | UpdateCustomObjectResponseBody
    """

    return (
        await asyncio_detailed(
            type_=type_,
            id=id,
            client=client,
            body=body,
        )
    ).parsed
