"""`client.accounts`: accounts, their highlights, activities and files."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any

from typing_extensions import Unpack

from .._bound import bound_model
from .._pagination import PageWalk
from .._resource import Flow, M, api_method, paged_method
from ._base import BaseResource, FileInput, file_or_url, present

if TYPE_CHECKING:
    from pylon_openapi.models.account import Account
    from pylon_openapi.models.account_highlight import AccountHighlight
    from pylon_openapi.models.attachment import Attachment
    from pylon_openapi.models.create_activity_response_data import CreateActivityResponseData
    from pylon_openapi.models.delete_account_highlight_response_data import (
        DeleteAccountHighlightResponseData,
    )
    from pylon_openapi.models.delete_account_response_body import DeleteAccountResponseBody
    from pylon_openapi.models.update_accounts_response_body import UpdateAccountsResponseBody
    from pylon_openapi.params import (
        CreateAccountHighlightRequestBodyParams,
        CreateAccountRequestParams,
        CreateActivityRequestParams,
        UpdateAccountHighlightRequestBodyParams,
        UpdateAccountRequestBodyParams,
        UpdateAccountsRequestParams,
    )


class AccountHighlightsResource(BaseResource[M]):
    """`client.accounts.highlights`: notes pinned to the top of an account."""

    @api_method
    def create(
        self,
        account_id: str,
        body: Any = None,
        /,
        **fields: Unpack[CreateAccountHighlightRequestBodyParams],
    ) -> Flow[AccountHighlight]:
        return (
            yield from self._call(
                "CreateAccountHighlight", path={"account_id": account_id}, body=body, fields=fields
            )
        )

    @api_method
    def update(
        self,
        account_id: str,
        highlight_id: str,
        body: Any = None,
        /,
        **fields: Unpack[UpdateAccountHighlightRequestBodyParams],
    ) -> Flow[AccountHighlight]:
        path = {"account_id": account_id, "highlight_id": highlight_id}
        return (
            yield from self._call("UpdateAccountHighlight", path=path, body=body, fields=fields)
        )

    @api_method
    def delete(
        self, account_id: str, highlight_id: str
    ) -> Flow[DeleteAccountHighlightResponseData]:
        path = {"account_id": account_id, "highlight_id": highlight_id}
        return (yield from self._call("DeleteAccountHighlight", path=path))


class AccountActivitiesResource(BaseResource[M]):
    """`client.accounts.activities`: events logged on an account's timeline."""

    @api_method
    def create(
        self, account_id: str, body: Any = None, /, **fields: Unpack[CreateActivityRequestParams]
    ) -> Flow[CreateActivityResponseData]:
        """Log an activity (of one of the workspace's activity types) on the account."""
        return (
            yield from self._call(
                "CreateActivity", path={"id": account_id}, body=body, fields=fields
            )
        )


class AccountFilesResource(BaseResource[M]):
    """`client.accounts.files`: files attached to an account."""

    @api_method
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
        for Pylon to fetch. `file_name` and `content_type` default to the path's or file's own."""
        return (
            yield from self._upload(
                "UploadAccountFile", path={"id": account_id}, fields=present(file_url=file_url),
                files=file_or_url(file, file_url), file_name=file_name, content_type=content_type,
            )
        )  # fmt: skip


class AccountsResource(BaseResource[M]):
    """`client.accounts`. Accounts it returns know the client: `account.activities.create(...)`."""

    @cached_property
    def highlights(self) -> AccountHighlightsResource[M]:
        return AccountHighlightsResource(self._client)

    @cached_property
    def activities(self) -> AccountActivitiesResource[M]:
        return AccountActivitiesResource(self._client)

    @cached_property
    def files(self) -> AccountFilesResource[M]:
        return AccountFilesResource(self._client)

    def _account(self) -> Any:
        return bound_model("Account", self._client)

    @paged_method
    def list(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> PageWalk[Account]:
        """Every account. `limit` is the page size (1-999, 100 by default); `max_items` caps the
        total; `cursor` resumes a walk."""
        return self._list(
            "GetAccounts", limit=limit, cursor=cursor, max_items=max_items,
            item_factory=self._account(),
        )  # fmt: skip

    @api_method
    def get(self, account_id: str) -> Flow[Account]:
        """One account, by id or by one of its external ids."""
        return (
            yield from self._call(
                "GetAccount", path={"id": account_id}, item_factory=self._account()
            )
        )

    @paged_method
    def search(
        self,
        filter: Any = None,
        /,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[Account]:
        """Accounts matching a filter (a `pylon.filters` filter, checked before sending, or a dict
        in Pylon's format). `limit` is the page size (1-999); `max_items` caps the total."""
        return self._search(
            "SearchAccounts",
            filter,
            limit=limit,
            cursor=cursor,
            max_items=max_items,
            item_factory=self._account(),
        )

    @api_method
    def create(
        self, body: Any = None, /, **fields: Unpack[CreateAccountRequestParams]
    ) -> Flow[Account]:
        return (
            yield from self._call(
                "CreateAccount", body=body, fields=fields, item_factory=self._account()
            )
        )

    @api_method
    def update(
        self, account_id: str, body: Any = None, /, **fields: Unpack[UpdateAccountRequestBodyParams]
    ) -> Flow[Account]:
        return (
            yield from self._call(
                "UpdateAccount", path={"id": account_id}, body=body, fields=fields,
                item_factory=self._account(),
            )
        )  # fmt: skip

    @api_method
    def update_many(
        self, body: Any = None, /, **fields: Unpack[UpdateAccountsRequestParams]
    ) -> Flow[UpdateAccountsResponseBody]:
        """Apply the same change (owner, tags, custom fields) to several accounts (`account_ids`)."""
        return (yield from self._call("UpdateAccounts", body=body, fields=fields))

    @api_method
    def delete(self, account_id: str) -> Flow[DeleteAccountResponseBody]:
        return (yield from self._call("DeleteAccount", path={"id": account_id}))
