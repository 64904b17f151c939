from __future__ import annotations
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.error_api_response_body import ErrorApiResponseBody
    from ...models.get_issues_response_body import GetIssuesResponseBody

from ...query_encoding import query_string
from ...types import UNSET, Response


def _get_kwargs(
    *,
    start_time: str,
    end_time: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_time"] = start_time

    params["end_time"] = end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/issues",
    }
    # Written by each parameter's spec style, not by httpx (codegen/query_style.py).
    _kwargs["url"] += query_string(
        params, {"end_time": ("form", True), "start_time": ("form", True)}
    )

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorApiResponseBody | GetIssuesResponseBody | None:
    from ...models.error_api_response_body import ErrorApiResponseBody
    from ...models.get_issues_response_body import GetIssuesResponseBody

    if response.status_code == 200:
        response_200 = GetIssuesResponseBody.from_dict(response.json())

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
) -> Response[ErrorApiResponseBody | GetIssuesResponseBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_time: str,
    end_time: str,
) -> Response[ErrorApiResponseBody | GetIssuesResponseBody]:
    """Get issues

    Args:
        start_time (str):
        end_time (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorApiResponseBody | GetIssuesResponseBody]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_time: str,
    end_time: str,
) -> ErrorApiResponseBody | GetIssuesResponseBody | None:
    """Get issues

    Args:
        start_time (str):
        end_time (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorApiResponseBody | GetIssuesResponseBody
    """

    return sync_detailed(
        client=client,
        start_time=start_time,
        end_time=end_time,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_time: str,
    end_time: str,
) -> Response[ErrorApiResponseBody | GetIssuesResponseBody]:
    """Get issues

    Args:
        start_time (str):
        end_time (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorApiResponseBody | GetIssuesResponseBody]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_time: str,
    end_time: str,
) -> ErrorApiResponseBody | GetIssuesResponseBody | None:
    """Get issues

    Args:
        start_time (str):
        end_time (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorApiResponseBody | GetIssuesResponseBody
    """

    return (
        await asyncio_detailed(
            client=client,
            start_time=start_time,
            end_time=end_time,
        )
    ).parsed
