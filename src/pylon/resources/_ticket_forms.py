"""`client.ticket_forms`: the forms customers open issues with."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._pagination import PageWalk
from .._resource import Flow, M, api_method, paged_method
from ._base import BaseResource

if TYPE_CHECKING:
    from pylon_openapi.models.ticket_form import TicketForm


class TicketFormsResource(BaseResource[M]):
    """`client.ticket_forms`."""

    @paged_method
    def list(self, *, max_items: int | None = None) -> PageWalk[TicketForm]:
        return self._list("GetTicketForms", max_items=max_items)

    @api_method
    def get(self, ticket_form_id: str) -> Flow[TicketForm]:
        return (yield from self._call("GetTicketForm", path={"id": ticket_form_id}))
