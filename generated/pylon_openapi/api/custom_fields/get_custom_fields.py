from __future__ import annotations
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.error_api_response_body import ErrorApiResponseBody
    from ...models.get_custom_fields_response_body import GetCustomFieldsResponseBody

from ...query_encoding import query_string
from ...types import UNSET, Response


def _get_kwargs(
    *,
    object_type: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["object_type"] = object_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/custom-fields",
    }
    # Written by each parameter's spec style, not by httpx (codegen/query_style.py).
    _kwargs["url"] += query_string(params, {"object_type": ("form", True)})

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorApiResponseBody | GetCustomFieldsResponseBody | None:
    from ...models.error_api_response_body import ErrorApiResponseBody
    from ...models.get_custom_fields_response_body import GetCustomFieldsResponseBody

    if response.status_code == 200:
        response_200 = GetCustomFieldsResponseBody.from_dict(response.json())

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
) -> Response[ErrorApiResponseBody | GetCustomFieldsResponseBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    object_type: str,
) -> Response[ErrorApiResponseBody | GetCustomFieldsResponseBody]:
    """Get custom fields

    Args:
        object_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorApiResponseBody | GetCustomFieldsResponseBody]
    """

    kwargs = _get_kwargs(
        object_type=object_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    object_type: str,
) -> ErrorApiResponseBody | GetCustomFieldsResponseBody | None:
    """Get custom fields

    Args:
        object_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorApiResponseBody | GetCustomFieldsResponseBody
    """

    return sync_detailed(
        client=client,
        object_type=object_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    object_type: str,
) -> Response[ErrorApiResponseBody | GetCustomFieldsResponseBody]:
    """Get custom fields

    Args:
        object_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorApiResponseBody | GetCustomFieldsResponseBody]
    """

    kwargs = _get_kwargs(
        object_type=object_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    object_type: str,
) -> ErrorApiResponseBody | GetCustomFieldsResponseBody | None:
    """Get custom fields

    Args:
        object_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorApiResponseBody | GetCustomFieldsResponseBody
    """

    return (
        await asyncio_detailed(
            client=client,
            object_type=object_type,
        )
    ).parsed
