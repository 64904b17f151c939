"""`client.imports`: bring contacts, issues and their messages over from another system."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from typing_extensions import Unpack

from .._resource import Flow, M, api_method
from ._base import BaseResource

if TYPE_CHECKING:
    from pylon_openapi.models.contact import Contact
    from pylon_openapi.models.issue import Issue
    from pylon_openapi.params import (
        ImportContactRequestBodyParams,
        ImportIssueRequestParams,
        ImportMessagesRequestParams,
    )


class ImportsResource(BaseResource[M]):
    """`client.imports`: POST /import/*."""

    @api_method
    def contacts(
        self, body: Any = None, /, **fields: Unpack[ImportContactRequestBodyParams]
    ) -> Flow[Contact]:
        """Import one contact."""
        return (yield from self._call("ImportContact", body=body, fields=fields))

    @api_method
    def issues(
        self, body: Any = None, /, **fields: Unpack[ImportIssueRequestParams]
    ) -> Flow[Issue]:
        """Import one issue with its history (`messages`, `state`, times)."""
        return (yield from self._call("ImportIssue", body=body, fields=fields))

    @api_method
    def issue_messages(
        self, issue_id: str, body: Any = None, /, **fields: Unpack[ImportMessagesRequestParams]
    ) -> Flow[Issue]:
        """Append imported messages to an issue."""
        return (
            yield from self._call("ImportMessages", path={"id": issue_id}, body=body, fields=fields)
        )
