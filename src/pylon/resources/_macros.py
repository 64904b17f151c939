"""`client.macros`: saved replies and actions, and the groups they are filed in."""

from __future__ import annotations

from typing import ClassVar

from .._resource import M, RawAsyncMode, RawResponses, RawSyncMode
from ._generated import MacrosMethods


class MacrosResource(MacrosMethods[M]):
    """`client.macros`."""

    with_raw_response: ClassVar[
        RawResponses[MacrosResource[RawSyncMode], MacrosResource[RawAsyncMode]]
    ] = RawResponses()
