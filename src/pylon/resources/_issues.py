"""`client.issues`: issues, their messages, followers and threads, and the conveniences on them."""

from __future__ import annotations

import builtins
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

from .._calls import make_call, plain_text_to_html
from .._constants import LONG_WALK_WARNING_SECONDS
from .._errors import NotFoundError, PylonValidationError
from .._logging import logger
from .._operations import Operation, operation
from .._pagination import PageWalk
from .._resource import (
    Flow,
    M,
    RawAsyncMode,
    RawResponses,
    RawSyncMode,
    api_method,
    calls,
    paged_method,
)
from .._time import UTC, aware, rfc3339, windows
from ._base import check_max_items
from ._generated import (
    IssueFollowersMethods,
    IssueMessagesMethods,
    IssuesMethods,
    IssueThreadsMethods,
)

if TYPE_CHECKING:
    from pylon_openapi.models.create_issue_note_response_data import CreateIssueNoteResponseData
    from pylon_openapi.models.create_issue_reply_response_data import CreateIssueReplyResponseData
    from pylon_openapi.models.follower import Follower

    from .._bound_models import BoundIssue

# The state `resolve()` moves an issue to: Pylon's built-in closed state.
RESOLVED_STATE = "closed"


class IssueMessagesResource(IssueMessagesMethods[M]):
    """`client.issues.messages`: the messages of one issue."""

    with_raw_response: ClassVar[
        RawResponses[IssueMessagesResource[RawSyncMode], IssueMessagesResource[RawAsyncMode]]
    ] = RawResponses()


class IssueFollowersResource(IssueFollowersMethods[M]):
    """`client.issues.followers`: who follows an issue."""

    with_raw_response: ClassVar[
        RawResponses[IssueFollowersResource[RawSyncMode], IssueFollowersResource[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("AddIssueFollowers")
    def add(
        self,
        issue_id: str,
        /,
        *,
        user_ids: builtins.list[str] | None = None,
        contact_ids: builtins.list[str] | None = None,
    ) -> Flow[builtins.list[Follower]]:
        """Add users (teammates) and contacts (customers) as followers; answers with every
        follower of the issue."""
        fields = {"user_ids": user_ids, "contact_ids": contact_ids}
        body = {k: v for k, v in fields.items() if v is not None}
        return (yield from self._call("AddIssueFollowers", path={"id": issue_id}, fields=body))

    @api_method
    @calls("AddIssueFollowers")
    def remove(
        self,
        issue_id: str,
        /,
        *,
        user_ids: builtins.list[str] | None = None,
        contact_ids: builtins.list[str] | None = None,
    ) -> Flow[builtins.list[Follower]]:
        """Stop users and contacts following the issue; answers with the remaining followers."""
        fields = {"user_ids": user_ids, "contact_ids": contact_ids, "operation": "remove"}
        body = {k: v for k, v in fields.items() if v is not None}
        return (yield from self._call("AddIssueFollowers", path={"id": issue_id}, fields=body))


class IssueThreadsResource(IssueThreadsMethods[M]):
    """`client.issues.threads`: internal discussion threads on an issue."""

    with_raw_response: ClassVar[
        RawResponses[IssueThreadsResource[RawSyncMode], IssueThreadsResource[RawAsyncMode]]
    ] = RawResponses()


def _html(text: str | None, body_html: str | None, what: str) -> str:
    if (text is None) == (body_html is None):
        raise PylonValidationError(f"{what}: give either plain text or body_html (exactly one).")
    return body_html if body_html is not None else plain_text_to_html(text or "")


class IssuesResource(IssuesMethods[M]):
    """`client.issues`. Issues it returns know the client: `issue.resolve()`, `issue.add_message()`."""

    with_raw_response: ClassVar[
        RawResponses[IssuesResource[RawSyncMode], IssuesResource[RawAsyncMode]]
    ] = RawResponses()

    @cached_property
    def messages(self) -> IssueMessagesResource[M]:
        """`client.issues.messages`."""
        return IssueMessagesResource(self._client)

    @cached_property
    def followers(self) -> IssueFollowersResource[M]:
        """`client.issues.followers`."""
        return IssueFollowersResource(self._client)

    @cached_property
    def threads(self) -> IssueThreadsResource[M]:
        """`client.issues.threads`."""
        return IssueThreadsResource(self._client)

    # -- reading -----------------------------------------------------------------------------
    @paged_method
    @calls("GetIssues")
    def list(
        self,
        days: int | None = None,
        *,
        since: datetime | date | str | None = None,
        until: datetime | date | str | None = None,
        limit: int | None = None,
    ) -> PageWalk[BoundIssue[M]]:
        """Issues created in a time window, oldest window first: the last `days` days (default 30),
        or from `since` to `until` (default now). Windows longer than the API's 30-day maximum are
        split into consecutive half-open windows, so nothing is fetched twice. `limit` caps the
        number of issues returned.

        A failure part-way carries its resume position: `exc.window` is the time range not yet
        fully delivered, so `issues.list(since=exc.window[0], until=exc.window[1])` continues
        where the walk stopped. A range that takes more than an hour at Pylon's documented rate
        limit logs a WARNING with the estimate before the first call.

        Example: `for issue in client.issues.list(days=7): print(issue.number, issue.title)`."""
        op = operation("GetIssues")
        max_days = (op.time_window or {}).get("max_days", 30)
        if since is not None and days is not None:
            raise PylonValidationError("issues.list: give `days` or `since`, not both.")
        if days is not None and (isinstance(days, bool) or not isinstance(days, int) or days < 1):
            raise PylonValidationError(
                f"issues.list: days must be a positive whole number, got {days!r}."
            )
        check_max_items("issues.list", limit, "limit")
        end = aware(until, "until") if until is not None else datetime.now(UTC)
        start = aware(since, "since") if since is not None else _days_before(end, days or max_days)
        spans = windows(start, end, max_days)
        _warn_if_long(op, len(spans))
        factory = self._factory(op, None)

        def source(window: tuple[datetime, datetime]) -> Any:
            query = {
                "start_time": rfc3339(window[0], "since"),
                "end_time": rfc3339(window[1], "until"),
            }
            return lambda _cursor: make_call(op, query=query, paged=True, item_factory=factory)

        return PageWalk([source(w) for w in spans], max_items=limit, unique_by="id", windows=spans)

    @api_method
    @calls("GetIssue")
    def get_by_number(self, number: int) -> Flow[BoundIssue[M] | None]:
        """The issue with this number (`client.issues.get_by_number(36800)`), or None when there
        is none."""
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise PylonValidationError(f"issue numbers are positive whole numbers, got {number!r}.")
        try:
            return (yield from self._call("GetIssue", path={"id": str(number)}))
        except NotFoundError:
            return None

    # -- writing ---------------------------------------------------------------------------
    @api_method
    @calls("UpdateIssue")
    def set_state(self, issue_id: str, /, state: str) -> Flow[BoundIssue[M]]:
        """Move an issue to a state: new, waiting_on_you, waiting_on_customer, on_hold, closed, or a
        custom status slug of the workspace."""
        return (yield from _update_flow(self, issue_id, state=state))

    @api_method
    @calls("UpdateIssue")
    def resolve(self, issue_id: str, /) -> Flow[BoundIssue[M]]:
        """Close an issue (Pylon's `closed` state)."""
        return (yield from _update_flow(self, issue_id, state=RESOLVED_STATE))

    @api_method
    @calls("UpdateIssue")
    def assign(
        self, issue_id: str, /, *, user_id: str | None = None, team_id: str | None = None
    ) -> Flow[BoundIssue[M]]:
        """Assign an issue to a user, a team, or both."""
        if user_id is None and team_id is None:
            raise PylonValidationError("issues.assign: give user_id, team_id or both.")
        fields = {
            k: v for k, v in {"assignee_id": user_id, "team_id": team_id}.items() if v is not None
        }
        return (yield from _update_flow(self, issue_id, **fields))

    @api_method
    @calls("GetIssue", "UpdateIssue")
    def add_tags(self, issue_id: str, /, tags: builtins.list[str]) -> Flow[BoundIssue[M]]:
        """Add tags, keeping the issue's others (reads the issue, then updates its tag list)."""
        issue: Any = yield from self._call("GetIssue", path={"id": issue_id})
        current = _tags_of(issue)
        merged = current + [t for t in tags if t not in current]
        return (yield from _update_flow(self, issue_id, tags=merged))

    @api_method
    @calls("GetIssue", "UpdateIssue")
    def remove_tags(self, issue_id: str, /, tags: builtins.list[str]) -> Flow[BoundIssue[M]]:
        """Remove tags, keeping the issue's others."""
        issue: Any = yield from self._call("GetIssue", path={"id": issue_id})
        kept = [t for t in _tags_of(issue) if t not in set(tags)]
        return (yield from _update_flow(self, issue_id, tags=kept))

    @api_method
    @calls("SnoozeIssue")
    def snooze(self, issue_id: str, /, until: datetime | date | str) -> Flow[BoundIssue[M]]:
        """Snooze an issue until a time (aware datetime, date, or RFC 3339 string)."""
        fields = {"snooze_until": rfc3339(until, "until")}
        return (yield from self._call("SnoozeIssue", path={"id": issue_id}, fields=fields))

    @api_method
    @calls("GetIssueMessages", "CreateIssueReply")
    def reply(
        self,
        issue_id: str,
        /,
        text: str | None = None,
        *,
        body_html: str | None = None,
        message_id: str | None = None,
        user_id: str | None = None,
        contact_id: str | None = None,
        attachment_urls: builtins.list[str] | None = None,
        email_info: Any = None,
    ) -> Flow[CreateIssueReplyResponseData]:
        """Reply to the customer. Replies to `message_id`, by default the issue's latest message;
        `user_id` (a teammate) or `contact_id` (a customer) is the author."""
        options = {"user_id": user_id, "contact_id": contact_id, "attachment_urls": attachment_urls}
        data: dict[str, Any] = {
            k: v for k, v in {**options, "email_info": email_info}.items() if v is not None
        }
        data["body_html"] = _html(text, body_html, "issues.reply")
        if message_id is None:
            messages: Any = yield from self._call("GetIssueMessages", path={"id": issue_id})
            if not messages:
                raise PylonValidationError(f"issue {issue_id} has no message to reply to yet.")
            message_id = messages[-1].id
        data["message_id"] = message_id
        return (yield from self._call("CreateIssueReply", path={"id": issue_id}, fields=data))

    @api_method
    @calls("CreateIssueNote")
    def note(
        self,
        issue_id: str,
        /,
        text: str | None = None,
        *,
        body_html: str | None = None,
        user_id: str | None = None,
        thread_id: str | None = None,
        attachment_urls: builtins.list[str] | None = None,
    ) -> Flow[CreateIssueNoteResponseData]:
        """Add an internal note (not visible to the customer), optionally in a thread."""
        options = {"user_id": user_id, "thread_id": thread_id, "attachment_urls": attachment_urls}
        data: dict[str, Any] = {k: v for k, v in options.items() if v is not None}
        data["body_html"] = _html(text, body_html, "issues.note")
        return (yield from self._call("CreateIssueNote", path={"id": issue_id}, fields=data))


def _days_before(end: datetime, days: int) -> datetime:
    try:
        return end - timedelta(days=days)
    except OverflowError:
        raise PylonValidationError(
            f"issues.list: days={days} reaches before the year 1; give a smaller number of days"
            " or since=."
        ) from None


def _warn_if_long(op: Operation, calls: int) -> None:
    """Log a WARNING when `calls` of `op`, at its documented rate limit, take over an hour."""
    if op.rate_limit is None:
        return
    requests, per_seconds = op.rate_limit
    seconds = calls * per_seconds / requests
    if seconds > LONG_WALK_WARNING_SECONDS:
        logger.warning(
            "issues.list: the range is split into %d windows, one %s call each; at Pylon's"
            " documented limit of %d per %g s that takes about %.1f h. Narrow the range (days=,"
            " since=, until=) or use issues.search, which is not split into windows.",
            calls,
            op.id,
            requests,
            per_seconds,
            seconds / 3600,
        )


def _update_flow(resource: IssuesResource[M], issue_id: str, **fields: Any) -> Flow[BoundIssue[M]]:
    """The update flow, shared by the state and assignment conveniences."""
    return (yield from resource._call("UpdateIssue", path={"id": issue_id}, fields=fields))


def _tags_of(issue: Any) -> list[str]:
    tags = getattr(issue, "tags", None)
    return list(tags) if isinstance(tags, list) else []
