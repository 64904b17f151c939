"""`client.tags`: the workspace's tags for issues, accounts and contacts."""

from __future__ import annotations

from typing import ClassVar

from .._resource import M, RawAsyncMode, RawResponses, RawSyncMode
from ._generated import TagsMethods


class TagsResource(TagsMethods[M]):
    """`client.tags`."""

    with_raw_response: ClassVar[
        RawResponses[TagsResource[RawSyncMode], TagsResource[RawAsyncMode]]
    ] = RawResponses()
