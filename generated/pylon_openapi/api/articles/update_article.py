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
    from ...models.update_article_response_body import UpdateArticleResponseBody

from ...models.update_article_request_body import UpdateArticleRequestBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    article_id: str,
    *,
    body: UpdateArticleRequestBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/knowledge-bases/{id}/articles/{article_id}".format(
            id=quote(str(id), safe=""),
            article_id=quote(str(article_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorApiResponseBody | UpdateArticleResponseBody | None:
    from ...models.error_api_response_body import ErrorApiResponseBody
    from ...models.update_article_response_body import UpdateArticleResponseBody

    if response.status_code == 200:
        response_200 = UpdateArticleResponseBody.from_dict(response.json())

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
) -> Response[ErrorApiResponseBody | UpdateArticleResponseBody]:
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
    body: UpdateArticleRequestBody | Unset = UNSET,
) -> Response[ErrorApiResponseBody | UpdateArticleResponseBody]:
    """Update article

    Args:
        id (str):
        article_id (str):
        body (UpdateArticleRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorApiResponseBody | UpdateArticleResponseBody]
    """

    kwargs = _get_kwargs(
        id=id,
        article_id=article_id,
        body=body,
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
    body: UpdateArticleRequestBody | Unset = UNSET,
) -> ErrorApiResponseBody | UpdateArticleResponseBody | None:
    """Update article

    Args:
        id (str):
        article_id (str):
        body (UpdateArticleRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorApiResponseBody | UpdateArticleResponseBody
    """

    return sync_detailed(
        id=id,
        article_id=article_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    article_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateArticleRequestBody | Unset = UNSET,
) -> Response[ErrorApiResponseBody | UpdateArticleResponseBody]:
    """Update article

    Args:
        id (str):
        article_id (str):
        body (UpdateArticleRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorApiResponseBody | UpdateArticleResponseBody]
    """

    kwargs = _get_kwargs(
        id=id,
        article_id=article_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    article_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateArticleRequestBody | Unset = UNSET,
) -> ErrorApiResponseBody | UpdateArticleResponseBody | None:
    """Update article

    Args:
        id (str):
        article_id (str):
        body (UpdateArticleRequestBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorApiResponseBody | UpdateArticleResponseBody
    """

    return (
        await asyncio_detailed(
            id=id,
            article_id=article_id,
            client=client,
            body=body,
        )
    ).parsed
