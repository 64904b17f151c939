"""`client.attachments`: files uploaded to Pylon, to link from messages and issues."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from .._resource import Flow, M, RawAsyncMode, RawResponses, RawSyncMode, api_method, calls
from ._base import BaseResource, FileInput, file_or_url, present

if TYPE_CHECKING:
    from pylon_openapi.models.attachment import Attachment


class AttachmentsResource(BaseResource[M]):
    """`client.attachments`."""

    with_raw_response: ClassVar[
        RawResponses[AttachmentsResource[RawSyncMode], AttachmentsResource[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("CreateAttachment")
    def create(
        self,
        file: FileInput | None = None,
        /,
        *,
        file_url: str | None = None,
        description: str | None = None,
        file_name: str | None = None,
        content_type: str | None = None,
    ) -> Flow[Attachment]:
        """Upload a file (a path, bytes or a binary file object), or have Pylon fetch `file_url`.
        `file_name` and `content_type` default to the path's or file's own.

        Example: `client.attachments.create(file_url="https://example.com/logo.png")`."""
        return (
            yield from self._upload(
                "CreateAttachment", fields=present(file_url=file_url, description=description),
                files=file_or_url(file, file_url), file_name=file_name, content_type=content_type,
            )
        )  # fmt: skip

    @api_method
    @calls("CreateAttachment")
    def create_from_url(
        self, file_url: str, /, *, description: str | None = None
    ) -> Flow[Attachment]:
        """Have Pylon fetch a file from a URL and store it as an attachment (the plan's
        `attachments.create_from_url`; the same as `create(file_url=...)`)."""
        flow = type(self).create.flow_for(self, file_url=file_url, description=description)
        return (yield from flow)
