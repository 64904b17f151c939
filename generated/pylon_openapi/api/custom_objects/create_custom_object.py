from __future__ import annotations
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_custom_object_request_body import CreateCustomObjectRequestBody
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.create_custom_object_response_body import CreateCustomObjectResponseBody
    from ...models.error_api_response_body import ErrorApiResponseBody

from ...types import UNSET, Response, Unset


def _get_kwargs(
    type_: str,
    *,
    body: CreateCustomObjectRequestBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom-objects/{type_}".format(
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
) -> CreateCustomObjectResponseBody | ErrorApiResponseBody | None:
    from ...models.create_custom_object_response_body import CreateCustomObjectResponseBody
    from ...models.error_api_response_body import ErrorApiResponseBody

    if response.status_code == 200:
        response_200 = CreateCustomObjectResponseBody.from_dict(response.json())

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
) -> Response[CreateCustomObjectResponseBody | ErrorApiResponseBody]:
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
    body: CreateCustomObjectRequestBody | Unset = UNSET,
) -> Response[CreateCustomObjectResponseBody | ErrorApiResponseBody]:
    """Create custom object

    Args:
        type_ (str):
        body (CreateCustomObjectRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCustomObjectResponseBody | ErrorApiResponseBody]
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
    body: CreateCustomObjectRequestBody | Unset = UNSET,
) -> CreateCustomObjectResponseBody | ErrorApiResponseBody | None:
    """Create custom object

    Args:
        type_ (str):
        body (CreateCustomObjectRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCustomObjectResponseBody | ErrorApiResponseBody
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
    body: CreateCustomObjectRequestBody | Unset = UNSET,
) -> Response[CreateCustomObjectResponseBody | ErrorApiResponseBody]:
    """Create custom object

    Args:
        type_ (str):
        body (CreateCustomObjectRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCustomObjectResponseBody | ErrorApiResponseBody]
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
    body: CreateCustomObjectRequestBody | Unset = UNSET,
) -> CreateCustomObjectResponseBody | ErrorApiResponseBody | None:
    """Create custom object

    Args:
        type_ (str):
        body (CreateCustomObjectRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCustomObjectResponseBody | ErrorApiResponseBody
    """

    return (
        await asyncio_detailed(
            type_=type_,
            client=client,
            body=body,
        )
    ).parsed
