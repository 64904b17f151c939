"""`client.custom_fields`: the custom field definitions of accounts, issues and contacts."""

from __future__ import annotations

from typing import ClassVar

from .._resource import M, RawAsyncMode, RawResponses, RawSyncMode
from ._generated import CustomFieldsMethods


class CustomFieldsResource(CustomFieldsMethods[M]):
    """`client.custom_fields`."""

    with_raw_response: ClassVar[
        RawResponses[CustomFieldsResource[RawSyncMode], CustomFieldsResource[RawAsyncMode]]
    ] = RawResponses()
