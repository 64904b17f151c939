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
    from ...models.get_article_response_body import GetArticleResponseBody

from ...query_encoding import query_string
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    article_id: str,
    *,
    language: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["language"] = language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/knowledge-bases/{id}/articles/{article_id}".format(
            id=quote(str(id), safe=""),
            article_id=quote(str(article_id), safe=""),
        ),
    }
    # Written by each parameter's spec style, not by httpx (codegen/query_style.py).
    _kwargs["url"] += query_string(params, {"language": ("form", True)})

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorApiResponseBody | GetArticleResponseBody | None:
    from ...models.error_api_response_body import ErrorApiResponseBody
    from ...models.get_article_response_body import GetArticleResponseBody

    if response.status_code == 200:
        response_200 = GetArticleResponseBody.from_dict(response.json())

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
) -> Response[ErrorApiResponseBody | GetArticleResponseBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    article_id: str,
    *,
    client: AuthenticatedClient | Client,
    language: str | Unset = UNSET,
) -> Response[ErrorApiResponseBody | GetArticleResponseBody]:
    """Get article

    Args:
        id (str):
        article_id (str):
        language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorApiResponseBody | GetArticleResponseBody]
    """

    kwargs = _get_kwargs(
        id=id,
        article_id=article_id,
        language=language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    article_id: str,
    *,
    client: AuthenticatedClient | Client,
    language: str | Unset = UNSET,
) -> ErrorApiResponseBody | GetArticleResponseBody | None:
    """Get article

    Args:
        id (str):
        article_id (str):
        language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorApiResponseBody | GetArticleResponseBody
    """

    return sync_detailed(
        id=id,
        article_id=article_id,
        client=client,
        language=language,
    ).parsed


async def asyncio_detailed(
    id: str,
    article_id: str,
    *,
    client: AuthenticatedClient | Client,
    language: str | Unset = UNSET,
) -> Response[ErrorApiResponseBody | GetArticleResponseBody]:
    """Get article

    Args:
        id (str):
        article_id (str):
        language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorApiResponseBody | GetArticleResponseBody]
    """

    kwargs = _get_kwargs(
        id=id,
        article_id=article_id,
        language=language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    article_id: str,
    *,
    client: AuthenticatedClient | Client,
    language: str | Unset = UNSET,
) -> ErrorApiResponseBody | GetArticleResponseBody | None:
    """Get article

    Args:
        id (str):
        article_id (str):
        language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorApiResponseBody | GetArticleResponseBody
    """

    return (
        await asyncio_detailed(
            id=id,
            article_id=article_id,
            client=client,
            language=language,
        )
    ).parsed
