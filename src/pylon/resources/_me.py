"""`client.me`: who the API key belongs to."""

from __future__ import annotations

from typing import ClassVar

from .._resource import M, RawAsyncMode, RawResponses, RawSyncMode
from ._generated import MeMethods


class MeResource(MeMethods[M]):
    """`client.me`: `client.me.get()` is the user (or organization) the API key acts as."""

    with_raw_response: ClassVar[RawResponses[MeResource[RawSyncMode], MeResource[RawAsyncMode]]] = (
        RawResponses()
    )
