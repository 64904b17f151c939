"""`client.contacts`: the people at customer accounts."""

from __future__ import annotations

from typing import ClassVar

from .._resource import M, RawAsyncMode, RawResponses, RawSyncMode
from ._generated import ContactsMethods


class ContactsResource(ContactsMethods[M]):
    """`client.contacts`."""

    with_raw_response: ClassVar[
        RawResponses[ContactsResource[RawSyncMode], ContactsResource[RawAsyncMode]]
    ] = RawResponses()
