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
    from ...models.get_survey_responses_response_body import GetSurveyResponsesResponseBody

from ...query_encoding import query_string
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    submitted_after: str | Unset = UNSET,
    submitted_before: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["submitted_after"] = submitted_after

    params["submitted_before"] = submitted_before

    params["account_id"] = account_id

    params["contact_id"] = contact_id

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/surveys/{id}/responses".format(
            id=quote(str(id), safe=""),
        ),
    }
    # Written by each parameter's spec style, not by httpx (codegen/query_style.py).
    _kwargs["url"] += query_string(
        params,
        {
            "account_id": ("form", True),
            "contact_id": ("form", True),
            "cursor": ("form", True),
            "limit": ("form", True),
            "submitted_after": ("form", True),
            "submitted_before": ("form", True),
        },
    )

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorApiResponseBody | GetSurveyResponsesResponseBody | None:
    from ...models.error_api_response_body import ErrorApiResponseBody
    from ...models.get_survey_responses_response_body import GetSurveyResponsesResponseBody

    if response.status_code == 200:
        response_200 = GetSurveyResponsesResponseBody.from_dict(response.json())

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
) -> Response[ErrorApiResponseBody | GetSurveyResponsesResponseBody]:
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
    submitted_after: str | Unset = UNSET,
    submitted_before: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorApiResponseBody | GetSurveyResponsesResponseBody]:
    """Get survey responses

    Args:
        id (str):
        submitted_after (str | Unset):
        submitted_before (str | Unset):
        account_id (str | Unset):
        contact_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorApiResponseBody | GetSurveyResponsesResponseBody]
    """

    kwargs = _get_kwargs(
        id=id,
        submitted_after=submitted_after,
        submitted_before=submitted_before,
        account_id=account_id,
        contact_id=contact_id,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    submitted_after: str | Unset = UNSET,
    submitted_before: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorApiResponseBody | GetSurveyResponsesResponseBody | None:
    """Get survey responses

    Args:
        id (str):
        submitted_after (str | Unset):
        submitted_before (str | Unset):
        account_id (str | Unset):
        contact_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorApiResponseBody | GetSurveyResponsesResponseBody
    """

    return sync_detailed(
        id=id,
        client=client,
        submitted_after=submitted_after,
        submitted_before=submitted_before,
        account_id=account_id,
        contact_id=contact_id,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    submitted_after: str | Unset = UNSET,
    submitted_before: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorApiResponseBody | GetSurveyResponsesResponseBody]:
    """Get survey responses

    Args:
        id (str):
        submitted_after (str | Unset):
        submitted_before (str | Unset):
        account_id (str | Unset):
        contact_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorApiResponseBody | GetSurveyResponsesResponseBody]
    """

    kwargs = _get_kwargs(
        id=id,
        submitted_after=submitted_after,
        submitted_before=submitted_before,
        account_id=account_id,
        contact_id=contact_id,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    submitted_after: str | Unset = UNSET,
    submitted_before: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorApiResponseBody | GetSurveyResponsesResponseBody | None:
    """Get survey responses

    Args:
        id (str):
        submitted_after (str | Unset):
        submitted_before (str | Unset):
        account_id (str | Unset):
        contact_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorApiResponseBody | GetSurveyResponsesResponseBody
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            submitted_after=submitted_after,
            submitted_before=submitted_before,
            account_id=account_id,
            contact_id=contact_id,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
