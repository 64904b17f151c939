"""`client.imports`: bring contacts, issues and their messages over from another system."""

from __future__ import annotations

from typing import ClassVar

from .._resource import M, RawAsyncMode, RawResponses, RawSyncMode
from ._generated import ImportsMethods


class ImportsResource(ImportsMethods[M]):
    """`client.imports`: POST /import/*."""

    with_raw_response: ClassVar[
        RawResponses[ImportsResource[RawSyncMode], ImportsResource[RawAsyncMode]]
    ] = RawResponses()
