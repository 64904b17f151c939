"""`client.surveys`: customer surveys (CSAT, NPS) and their responses."""

from __future__ import annotations

import builtins
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from .._operations import model_class, operation
from .._pagination import PageWalk
from .._resource import (
    Flow,
    M,
    RawAsyncMode,
    RawResponses,
    RawSyncMode,
    api_method,
    calls,
    paged_method,
)
from .._time import rfc3339
from ._base import BaseResource, SearchFilter, check_limit, present, search_body

if TYPE_CHECKING:
    from pylon_openapi.models.survey import Survey
    from pylon_openapi.models.survey_response import SurveyResponse


def _time(value: datetime | date | str | None, what: str) -> str | None:
    return None if value is None else rfc3339(value, what)


def _survey() -> Any:
    return model_class("Survey")


class SurveysResource(BaseResource[M]):
    """`client.surveys`."""

    with_raw_response: ClassVar[
        RawResponses[SurveysResource[RawSyncMode], SurveysResource[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("GetSurveys")
    def list(self) -> Flow[builtins.list[Survey]]:
        """Every survey of the workspace."""
        return (yield from self._call("GetSurveys", item_factory=_survey()))

    @api_method
    @calls("GetSurvey")
    def get(self, survey_id: str, /) -> Flow[Survey]:
        """One survey, by id."""
        return (yield from self._call("GetSurvey", path={"id": survey_id}, item_factory=_survey()))

    @api_method
    @calls("SearchSurveys")
    def search(
        self, filter: SearchFilter | None = None, *, limit: int | None = None
    ) -> Flow[builtins.list[Survey]]:
        """Surveys matching a filter, or every survey when there is none (one page, up to `limit`)."""
        body = {
            **search_body("SearchSurveys", filter),
            **present(limit=check_limit(operation("SearchSurveys"), limit)),
        }
        return (yield from self._call("SearchSurveys", body=body, item_factory=_survey()))

    @paged_method
    @calls("GetSurveyResponses")
    def responses(
        self,
        survey_id: str,
        /,
        *,
        submitted_after: datetime | date | str | None = None,
        submitted_before: datetime | date | str | None = None,
        account_id: str | None = None,
        contact_id: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[SurveyResponse]:
        """A survey's responses, optionally only those submitted in a time window (aware
        datetimes, dates or RFC 3339 strings) or by one account or contact."""
        query = present(
            submitted_after=_time(submitted_after, "submitted_after"),
            submitted_before=_time(submitted_before, "submitted_before"),
            account_id=account_id,
            contact_id=contact_id,
        )
        return self._list(
            "GetSurveyResponses", path={"id": survey_id}, query=query, limit=limit, cursor=cursor,
            max_items=max_items,
            item_factory=model_class("SurveyResponse"),
        )  # fmt: skip
