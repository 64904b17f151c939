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
    from ...models.get_feature_request_response_body import GetFeatureRequestResponseBody

from ...query_encoding import query_string
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fetch_evidence: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fetch_evidence"] = fetch_evidence

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/feature-requests/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }
    # Written by each parameter's spec style, not by httpx (codegen/query_style.py).
    _kwargs["url"] += query_string(params, {"fetch_evidence": ("form", True)})

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorApiResponseBody | GetFeatureRequestResponseBody | None:
    from ...models.error_api_response_body import ErrorApiResponseBody
    from ...models.get_feature_request_response_body import GetFeatureRequestResponseBody

    if response.status_code == 200:
        response_200 = GetFeatureRequestResponseBody.from_dict(response.json())

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
) -> Response[ErrorApiResponseBody | GetFeatureRequestResponseBody]:
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
    fetch_evidence: bool | Unset = UNSET,
) -> Response[ErrorApiResponseBody | GetFeatureRequestResponseBody]:
    """Get feature request

    Args:
        id (str):
        fetch_evidence (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorApiResponseBody | GetFeatureRequestResponseBody]
    """

    kwargs = _get_kwargs(
        id=id,
        fetch_evidence=fetch_evidence,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fetch_evidence: bool | Unset = UNSET,
) -> ErrorApiResponseBody | GetFeatureRequestResponseBody | None:
    """Get feature request

    Args:
        id (str):
        fetch_evidence (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorApiResponseBody | GetFeatureRequestResponseBody
    """

    return sync_detailed(
        id=id,
        client=client,
        fetch_evidence=fetch_evidence,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fetch_evidence: bool | Unset = UNSET,
) -> Response[ErrorApiResponseBody | GetFeatureRequestResponseBody]:
    """Get feature request

    Args:
        id (str):
        fetch_evidence (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorApiResponseBody | GetFeatureRequestResponseBody]
    """

    kwargs = _get_kwargs(
        id=id,
        fetch_evidence=fetch_evidence,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fetch_evidence: bool | Unset = UNSET,
) -> ErrorApiResponseBody | GetFeatureRequestResponseBody | None:
    """Get feature request

    Args:
        id (str):
        fetch_evidence (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorApiResponseBody | GetFeatureRequestResponseBody
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fetch_evidence=fetch_evidence,
        )
    ).parsed
