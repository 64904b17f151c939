"""`BoundIssue` and `BoundAccount`: the issues and accounts the client returns, with conveniences.

Each is a subclass of the generated model (`isinstance(issue, pylon_openapi.models.Issue)` holds)
and of a small actions class. Every convenience runs the resource's own method (its flow or page
walk) on the client the model came from, so it is typed like that method: on `Pylon`,
`issue.resolve()` is a `BoundIssue[SyncMode]`; on `AsyncPylon` it is awaited.
"""

from __future__ import annotations

import inspect
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Concatenate, NoReturn, ParamSpec, TypeVar

from pylon_openapi.models.account import Account
from pylon_openapi.models.issue import Issue
from pylon_openapi.types import Unset

from ._errors import PylonValidationError, UnsupportedOperationError
from ._pagination import PageWalk
from ._public import publish
from ._resource import Flow, M, Moded, api_method, calls, paged_method, pager_property
from ._types import NOT_GIVEN, NotGiven
from .resources._issues import IssuesResource

if TYPE_CHECKING:
    from pylon_openapi.models.create_activity_response_data import CreateActivityResponseData
    from pylon_openapi.models.message import Message

    from ._client import BaseClient

__all__ = ["BoundAccount", "BoundIssue"]

P = ParamSpec("P")
T = TypeVar("T")


class _BoundTo(Moded[M]):
    """A model that knows the client it came from (set on the per-client subclass)."""

    __slots__ = ()
    _pylon_client: BaseClient[M]

    @property
    def _client(self) -> BaseClient[M]:
        return self._pylon_client

    def _model_id(self) -> str:
        """The model's id, which every call about it needs (the spec makes ids optional)."""
        model_id = getattr(self, "id", None)
        if not isinstance(model_id, str) or not model_id:
            raise PylonValidationError(
                f"This {type(self).__name__} has no id, so it cannot be acted on."
            )
        return model_id


def _on_this_issue(method: api_method[Concatenate[str, P], T]) -> api_method[P, T]:
    """`issues.<method>(issue_id, ...)` as a method of the issue itself (`issue.note("...")`):
    the same parameters after the id, the same docstring, the same flow."""

    def flow(self: IssueActions[Any], /, *args: P.args, **kwargs: P.kwargs) -> Flow[T]:
        issues = self._pylon_client.issues
        return (yield from method.flow_for(issues, self._model_id(), *args, **kwargs))

    shown = list(method.__signature__.parameters.values())[1:]
    this = inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)
    flow.__signature__ = method.__signature__.replace(parameters=[this, *shown])  # type: ignore[attr-defined]
    flow.__name__, flow.__doc__ = method.__name__, method.__doc__
    flow.__pylon_operations__ = method.operations  # type: ignore[attr-defined]
    return api_method(flow)


class IssueActions(_BoundTo[M]):
    """Conveniences on an issue returned by the client (each runs the `client.issues` method)."""

    __slots__ = ()
    id: str | Unset

    @api_method
    @calls("GetIssue")
    def refresh(self) -> Flow[BoundIssue[M]]:
        """This issue as it is now."""
        issues = self._pylon_client.issues
        return (yield from type(issues).get.flow_for(issues, self._model_id()))

    add_message = reply = _on_this_issue(IssuesResource.reply)
    note = _on_this_issue(IssuesResource.note)

    @api_method
    @calls("UpdateIssue")
    def resolve(self) -> Flow[BoundIssue[M]]:
        """Close this issue (Pylon's `closed` state); answers with the updated issue."""
        issues = self._pylon_client.issues
        return (yield from type(issues).resolve.flow_for(issues, self._model_id()))

    @api_method
    @calls("UpdateIssue")
    def set_state(self, state: str) -> Flow[BoundIssue[M]]:
        """Move this issue to a state (see `issues.set_state`)."""
        issues = self._pylon_client.issues
        return (yield from type(issues).set_state.flow_for(issues, self._model_id(), state))

    @api_method
    @calls("UpdateIssue")
    def assign_to(
        self, *, user_id: str | None = None, team_id: str | None = None
    ) -> Flow[BoundIssue[M]]:
        """Assign this issue to a user, a team, or both."""
        issues = self._pylon_client.issues
        flow = type(issues).assign.flow_for(
            issues, self._model_id(), user_id=user_id, team_id=team_id
        )
        return (yield from flow)

    @api_method
    @calls("SnoozeIssue")
    def snooze(self, until: datetime | date | str) -> Flow[BoundIssue[M]]:
        """Snooze this issue until a time (aware datetime, date, or RFC 3339 string)."""
        issues = self._pylon_client.issues
        return (yield from type(issues).snooze.flow_for(issues, self._model_id(), until))

    @api_method
    @calls("GetIssue", "UpdateIssue")
    def add_tags(self, tags: list[str]) -> Flow[BoundIssue[M]]:
        """Add tags to this issue, keeping its others."""
        issues = self._pylon_client.issues
        return (yield from type(issues).add_tags.flow_for(issues, self._model_id(), tags))

    @api_method
    @calls("GetIssue", "UpdateIssue")
    def remove_tags(self, tags: list[str]) -> Flow[BoundIssue[M]]:
        """Remove tags from this issue, keeping its others."""
        issues = self._pylon_client.issues
        return (yield from type(issues).remove_tags.flow_for(issues, self._model_id(), tags))

    @paged_method
    @calls("GetIssueMessages")
    def _messages(self) -> PageWalk[Message]:
        """A pager over this issue's messages, oldest first."""
        messages = self._pylon_client.issues.messages
        return type(messages).list.walk_for(messages, self._model_id())

    messages = pager_property(_messages)


class BoundIssue(IssueActions[M], Issue):
    """An issue the client returned: the generated `Issue`, plus `refresh()`, `add_message()`,
    `note()`, `resolve()`, `set_state()`, `assign_to()`, `snooze()`, `add_tags()`,
    `remove_tags()` and `messages`, run on the client it came from."""

    __slots__ = ()

    if TYPE_CHECKING:
        # Pylon always sends an issue's id (the spec marks it optional); typed as present so
        # `client.issues.update(issue.id, ...)` checks. A missing one is refused when used.
        @property
        def id(self) -> str: ...
        @id.setter
        def id(self, value: str | Unset) -> None: ...


class AccountActivities(_BoundTo[M]):
    """`account.activities`: the activities of one account."""

    __slots__ = ("_account_id", "_pylon_client")

    def __init__(self, client: BaseClient[M], account_id: str) -> None:
        self._pylon_client, self._account_id = client, account_id

    @api_method
    @calls("CreateActivity")
    def create(
        self,
        *,
        slug: str,
        body_html: str | NotGiven = NOT_GIVEN,
        contact_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        happened_at: str | NotGiven = NOT_GIVEN,
        link: str | NotGiven = NOT_GIVEN,
        link_text: str | NotGiven = NOT_GIVEN,
    ) -> Flow[CreateActivityResponseData]:
        """Log an activity (`slug`: one of the workspace's activity types) on the account."""
        activities = self._pylon_client.accounts.activities
        flow = type(activities).create.flow_for(
            activities, self._account_id, slug=slug, body_html=body_html, contact_id=contact_id,
            user_id=user_id, happened_at=happened_at, link=link, link_text=link_text,
        )  # fmt: skip
        return (yield from flow)

    def list(self) -> NoReturn:
        """Not available: Pylon's API can create an account's activities but not list them."""
        raise UnsupportedOperationError(
            "Pylon's API has no endpoint that lists an account's activities; it can only create"
            " them (accounts.activities.create)."
        )


class AccountActions(_BoundTo[M]):
    """Conveniences on an account returned by the client."""

    __slots__ = ()
    id: str | Unset

    @api_method
    @calls("GetAccount")
    def refresh(self) -> Flow[BoundAccount[M]]:
        """This account as it is now."""
        accounts = self._pylon_client.accounts
        return (yield from type(accounts).get.flow_for(accounts, self._model_id()))

    @property
    def activities(self) -> AccountActivities[M]:
        """`account.activities.create(slug=...)` logs an activity on this account."""
        return AccountActivities(self._pylon_client, self._model_id())


class BoundAccount(AccountActions[M], Account):
    """An account the client returned: the generated `Account`, plus `refresh()` and
    `activities`, run on the client it came from."""

    __slots__ = ()

    if TYPE_CHECKING:  # always sent by Pylon (see BoundIssue.id)

        @property
        def id(self) -> str: ...
        @id.setter
        def id(self, value: str | Unset) -> None: ...


publish(__name__)
