"""`client.custom_objects`: records of the workspace's own object types.

Every method takes the object type first (the `{type}` of `/custom-objects/{type}`), e.g.
`client.custom_objects.get("vendor", vendor_id)`.
"""

from __future__ import annotations

from typing import ClassVar

from .._resource import M, RawAsyncMode, RawResponses, RawSyncMode
from ._generated import CustomObjectsMethods


class CustomObjectsResource(CustomObjectsMethods[M]):
    """`client.custom_objects`."""

    with_raw_response: ClassVar[
        RawResponses[CustomObjectsResource[RawSyncMode], CustomObjectsResource[RawAsyncMode]]
    ] = RawResponses()
