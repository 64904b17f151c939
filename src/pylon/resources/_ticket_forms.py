"""`client.ticket_forms`: the forms customers open issues with."""

from __future__ import annotations

from typing import ClassVar

from .._resource import M, RawAsyncMode, RawResponses, RawSyncMode
from ._generated import TicketFormsMethods


class TicketFormsResource(TicketFormsMethods[M]):
    """`client.ticket_forms`."""

    with_raw_response: ClassVar[
        RawResponses[TicketFormsResource[RawSyncMode], TicketFormsResource[RawAsyncMode]]
    ] = RawResponses()
