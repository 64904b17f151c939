from __future__ import annotations
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.delete_training_data_documents_response_body import (
        DeleteTrainingDataDocumentsResponseBody,
    )
    from ...models.error_api_response_body import ErrorApiResponseBody

from ...query_encoding import query_string
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    document_ids: list[str] | Unset = UNSET,
    external_ids: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_document_ids: list[str] | Unset = UNSET
    if not isinstance(document_ids, Unset):
        json_document_ids = document_ids

    params["document_ids"] = json_document_ids

    json_external_ids: list[str] | Unset = UNSET
    if not isinstance(external_ids, Unset):
        json_external_ids = external_ids

    params["external_ids"] = json_external_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/training-data/{id}/documents".format(
            id=quote(str(id), safe=""),
        ),
    }
    # Written by each parameter's spec style, not by httpx (codegen/query_style.py).
    _kwargs["url"] += query_string(
        params, {"document_ids": ("form", False), "external_ids": ("form", False)}
    )

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteTrainingDataDocumentsResponseBody | ErrorApiResponseBody | None:
    from ...models.delete_training_data_documents_response_body import (
        DeleteTrainingDataDocumentsResponseBody,
    )
    from ...models.error_api_response_body import ErrorApiResponseBody

    if response.status_code == 200:
        response_200 = DeleteTrainingDataDocumentsResponseBody.from_dict(response.json())

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
) -> Response[DeleteTrainingDataDocumentsResponseBody | ErrorApiResponseBody]:
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
    document_ids: list[str] | Unset = UNSET,
    external_ids: list[str] | Unset = UNSET,
) -> Response[DeleteTrainingDataDocumentsResponseBody | ErrorApiResponseBody]:
    """Delete training data documents

    Args:
        id (str):
        document_ids (list[str] | Unset):
        external_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTrainingDataDocumentsResponseBody | ErrorApiResponseBody]
    """

    kwargs = _get_kwargs(
        id=id,
        document_ids=document_ids,
        external_ids=external_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    document_ids: list[str] | Unset = UNSET,
    external_ids: list[str] | Unset = UNSET,
) -> DeleteTrainingDataDocumentsResponseBody | ErrorApiResponseBody | None:
    """Delete training data documents

    Args:
        id (str):
        document_ids (list[str] | Unset):
        external_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTrainingDataDocumentsResponseBody | ErrorApiResponseBody
    """

    return sync_detailed(
        id=id,
        client=client,
        document_ids=document_ids,
        external_ids=external_ids,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    document_ids: list[str] | Unset = UNSET,
    external_ids: list[str] | Unset = UNSET,
) -> Response[DeleteTrainingDataDocumentsResponseBody | ErrorApiResponseBody]:
    """Delete training data documents

    Args:
        id (str):
        document_ids (list[str] | Unset):
        external_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTrainingDataDocumentsResponseBody | ErrorApiResponseBody]
    """

    kwargs = _get_kwargs(
        id=id,
        document_ids=document_ids,
        external_ids=external_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    document_ids: list[str] | Unset = UNSET,
    external_ids: list[str] | Unset = UNSET,
) -> DeleteTrainingDataDocumentsResponseBody | ErrorApiResponseBody | None:
    """Delete training data documents

    Args:
        id (str):
        document_ids (list[str] | Unset):
        external_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTrainingDataDocumentsResponseBody | ErrorApiResponseBody
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            document_ids=document_ids,
            external_ids=external_ids,
        )
    ).parsed
