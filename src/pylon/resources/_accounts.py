"""`client.accounts`: accounts, their highlights, activities and files."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from .._resource import (
    Flow,
    M,
    RawAsyncMode,
    RawResponses,
    RawSyncMode,
    api_method,
    calls,
)
from ._base import BaseResource, FileInput, file_or_url, present
from ._generated import AccountActivitiesMethods, AccountHighlightsMethods, AccountsMethods

if TYPE_CHECKING:
    from pylon_openapi.models.attachment import Attachment


class AccountHighlightsResource(AccountHighlightsMethods[M]):
    """`client.accounts.highlights`: notes pinned to the top of an account."""

    with_raw_response: ClassVar[
        RawResponses[
            AccountHighlightsResource[RawSyncMode], AccountHighlightsResource[RawAsyncMode]
        ]
    ] = RawResponses()


class AccountActivitiesResource(AccountActivitiesMethods[M]):
    """`client.accounts.activities`: events logged on an account's timeline (Pylon can create
    them; it has no endpoint that lists them)."""

    with_raw_response: ClassVar[
        RawResponses[
            AccountActivitiesResource[RawSyncMode], AccountActivitiesResource[RawAsyncMode]
        ]
    ] = RawResponses()


class AccountFilesResource(BaseResource[M]):
    """`client.accounts.files`: files attached to an account."""

    with_raw_response: ClassVar[
        RawResponses[AccountFilesResource[RawSyncMode], AccountFilesResource[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("UploadAccountFile")
    def upload(
        self,
        account_id: str,
        file: FileInput | None = None,
        /,
        *,
        file_url: str | None = None,
        file_name: str | None = None,
        content_type: str | None = None,
    ) -> Flow[builtins.list[Attachment]]:
        """Attach a file to the account: a path, bytes or a binary file object, or a `file_url`
        for Pylon to fetch. `file_name` and `content_type` default to the path's or file's own.

        Example: `client.accounts.files.upload(account.id, "contract.pdf")`."""
        return (
            yield from self._upload(
                "UploadAccountFile", path={"id": account_id}, fields=present(file_url=file_url),
                files=file_or_url(file, file_url), file_name=file_name, content_type=content_type,
            )
        )  # fmt: skip


class AccountsResource(AccountsMethods[M]):
    """`client.accounts`. Accounts it returns know the client: `account.activities.create(...)`."""

    with_raw_response: ClassVar[
        RawResponses[AccountsResource[RawSyncMode], AccountsResource[RawAsyncMode]]
    ] = RawResponses()

    @cached_property
    def highlights(self) -> AccountHighlightsResource[M]:
        """`client.accounts.highlights`."""
        return AccountHighlightsResource(self._client)

    @cached_property
    def activities(self) -> AccountActivitiesResource[M]:
        """`client.accounts.activities`."""
        return AccountActivitiesResource(self._client)

    @cached_property
    def files(self) -> AccountFilesResource[M]:
        """`client.accounts.files`."""
        return AccountFilesResource(self._client)
