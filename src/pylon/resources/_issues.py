"""`client.issues`: issues, their messages, followers and threads, and the conveniences on them."""

from __future__ import annotations

import builtins
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any

from typing_extensions import Unpack

from .._bound import bound_model
from .._calls import make_call, plain_text_to_html
from .._errors import NotFoundError, PylonValidationError
from .._logging import logger
from .._operations import Operation, operation
from .._pagination import PageWalk
from .._resource import Flow, M, api_method, paged_method
from .._time import UTC, aware, rfc3339, windows
from ._base import BaseResource, check_max_items

if TYPE_CHECKING:
    from pylon_openapi.models.create_issue_note_response_data import CreateIssueNoteResponseData
    from pylon_openapi.models.create_issue_reply_response_data import CreateIssueReplyResponseData
    from pylon_openapi.models.follower import Follower
    from pylon_openapi.models.issue import Issue
    from pylon_openapi.models.issue_thread import IssueThread
    from pylon_openapi.models.message import Message
    from pylon_openapi.params import (
        CreateIssueAIResponseRequestBodyParams,
        CreateIssueRequestParams,
        LinkExternalIssueRequestBodyParams,
        UpdateIssueRequestBodyParams,
    )

# The state `resolve()` moves an issue to: Pylon's built-in closed state.
RESOLVED_STATE = "closed"


class IssueMessagesResource(BaseResource[M]):
    """`client.issues.messages`: the messages of one issue."""

    @paged_method
    def list(self, issue_id: str, *, max_items: int | None = None) -> PageWalk[Message]:
        """Every message of an issue, oldest first."""
        return self._list("GetIssueMessages", path={"id": issue_id}, max_items=max_items)

    @api_method
    def delete(self, issue_id: str, message_id: str) -> Flow[Any]:
        return (
            yield from self._call("DeleteMessage", path={"id": issue_id, "message_id": message_id})
        )

    @api_method
    def redact(self, issue_id: str, message_id: str) -> Flow[Message]:
        """Redact a message's content (it stays in the thread, its text is removed)."""
        return (
            yield from self._call("RedactMessage", path={"id": issue_id, "message_id": message_id})
        )


class IssueFollowersResource(BaseResource[M]):
    """`client.issues.followers`: who follows an issue."""

    @api_method
    def list(self, issue_id: str) -> Flow[builtins.list[Follower]]:
        return (yield from self._call("GetIssueFollowers", path={"id": issue_id}))

    @api_method
    def add(
        self,
        issue_id: str,
        *,
        user_ids: builtins.list[str] | None = None,
        contact_ids: builtins.list[str] | None = None,
    ) -> Flow[builtins.list[Follower]]:
        fields = {"user_ids": user_ids, "contact_ids": contact_ids}
        body = {k: v for k, v in fields.items() if v is not None}
        return (yield from self._call("AddIssueFollowers", path={"id": issue_id}, fields=body))

    @api_method
    def remove(
        self,
        issue_id: str,
        *,
        user_ids: builtins.list[str] | None = None,
        contact_ids: builtins.list[str] | None = None,
    ) -> Flow[builtins.list[Follower]]:
        fields = {"user_ids": user_ids, "contact_ids": contact_ids, "operation": "remove"}
        body = {k: v for k, v in fields.items() if v is not None}
        return (yield from self._call("AddIssueFollowers", path={"id": issue_id}, fields=body))


class IssueThreadsResource(BaseResource[M]):
    """`client.issues.threads`: internal discussion threads on an issue."""

    @api_method
    def list(self, issue_id: str) -> Flow[builtins.list[IssueThread]]:
        return (yield from self._call("GetIssueThreads", path={"id": issue_id}))

    @api_method
    def create(self, issue_id: str, *, name: str | None = None) -> Flow[IssueThread]:
        fields = {"name": name} if name is not None else {}
        return (yield from self._call("CreateIssueThread", path={"id": issue_id}, fields=fields))


def _html(text: str | None, body_html: str | None, what: str) -> str:
    if (text is None) == (body_html is None):
        raise PylonValidationError(f"{what}: give either plain text or body_html (exactly one).")
    return body_html if body_html is not None else plain_text_to_html(text or "")


class IssuesResource(BaseResource[M]):
    """`client.issues`."""

    @cached_property
    def messages(self) -> IssueMessagesResource[M]:
        return IssueMessagesResource(self._client)

    @cached_property
    def followers(self) -> IssueFollowersResource[M]:
        return IssueFollowersResource(self._client)

    @cached_property
    def threads(self) -> IssueThreadsResource[M]:
        return IssueThreadsResource(self._client)

    def _issue(self) -> Any:
        return bound_model("Issue", self._client)

    # -- reading -----------------------------------------------------------------------------
    @paged_method
    def list(
        self,
        days: int | None = None,
        *,
        since: datetime | date | str | None = None,
        until: datetime | date | str | None = None,
        limit: int | None = None,
    ) -> PageWalk[Issue]:
        """Issues created in a time window, oldest window first: the last `days` days (default 30),
        or from `since` to `until` (default now). Windows longer than the API's 30-day maximum are
        split into consecutive half-open windows, so nothing is fetched twice. `limit` caps the
        number of issues returned.

        A failure part-way carries its resume position: `exc.window` is the time range not yet
        fully delivered, so `issues.list(since=exc.window[0], until=exc.window[1])` continues
        where the walk stopped. A range that takes more than an hour at Pylon's documented rate
        limit logs a WARNING with the estimate before the first call."""
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
        factory = self._issue()

        def source(window: tuple[datetime, datetime]) -> Any:
            query = {
                "start_time": rfc3339(window[0], "since"),
                "end_time": rfc3339(window[1], "until"),
            }
            return lambda _cursor: make_call(op, query=query, paged=True, item_factory=factory)

        return PageWalk([source(w) for w in spans], max_items=limit, unique_by="id", windows=spans)

    @api_method
    def get(self, issue_id: str) -> Flow[Issue]:
        """One issue, by id or by number."""
        return (
            yield from self._call("GetIssue", path={"id": issue_id}, item_factory=self._issue())
        )

    @api_method
    def get_by_number(self, number: int) -> Flow[Issue | None]:
        """The issue with this number, or None when there is none."""
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise PylonValidationError(f"issue numbers are positive whole numbers, got {number!r}.")
        try:
            return (
                yield from self._call(
                    "GetIssue", path={"id": str(number)}, item_factory=self._issue()
                )
            )
        except NotFoundError:
            return None

    @paged_method
    def search(
        self,
        filter: Any = None,
        /,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[Issue]:
        """Issues matching a filter (a `pylon.filters` filter, checked before sending, or a dict in
        Pylon's format). `limit` is the page size (1-999); `max_items` caps the total."""
        return self._search(
            "SearchIssues",
            filter,
            limit=limit,
            cursor=cursor,
            max_items=max_items,
            item_factory=self._issue(),
        )

    # -- writing -----------------------------------------------------------------------------
    @api_method
    def create(
        self,
        body: Any = None,
        /,
        *,
        description: str | None = None,
        **fields: Unpack[CreateIssueRequestParams],
    ) -> Flow[Issue]:
        """Create an issue. `description` is plain text, sent as escaped `body_html`."""
        data: dict[str, Any] = dict(fields)
        if description is not None:
            if "body_html" in data:
                raise PylonValidationError(
                    "issues.create: give description or body_html, not both."
                )
            data["body_html"] = plain_text_to_html(description)
        return (
            yield from self._call("CreateIssue", body=body, fields=data, item_factory=self._issue())
        )

    @api_method
    def update(
        self, issue_id: str, body: Any = None, /, **fields: Unpack[UpdateIssueRequestBodyParams]
    ) -> Flow[Issue]:
        return (
            yield from self._call(
                "UpdateIssue", path={"id": issue_id}, body=body, fields=dict(fields),
                item_factory=self._issue(),
            )
        )  # fmt: skip

    @api_method
    def delete(self, issue_id: str) -> Flow[Any]:
        return (yield from self._call("DeleteIssue", path={"id": issue_id}))

    @api_method
    def set_state(self, issue_id: str, state: str) -> Flow[Issue]:
        """Move an issue to a state: new, waiting_on_you, waiting_on_customer, on_hold, closed, or a
        custom status slug of the workspace."""
        return (yield from _update_flow(self, issue_id, state=state))

    @api_method
    def resolve(self, issue_id: str) -> Flow[Issue]:
        """Close an issue (Pylon's `closed` state)."""
        return (yield from _update_flow(self, issue_id, state=RESOLVED_STATE))

    @api_method
    def assign(
        self, issue_id: str, *, user_id: str | None = None, team_id: str | None = None
    ) -> Flow[Issue]:
        """Assign an issue to a user, a team, or both."""
        if user_id is None and team_id is None:
            raise PylonValidationError("issues.assign: give user_id, team_id or both.")
        fields = {
            k: v for k, v in {"assignee_id": user_id, "team_id": team_id}.items() if v is not None
        }
        return (yield from _update_flow(self, issue_id, **fields))

    @api_method
    def add_tags(self, issue_id: str, tags: builtins.list[str]) -> Flow[Issue]:
        """Add tags, keeping the issue's others (reads the issue, then updates its tag list)."""
        issue: Any = yield from self._call("GetIssue", path={"id": issue_id})
        current = _tags_of(issue)
        merged = current + [t for t in tags if t not in current]
        return (yield from _update_flow(self, issue_id, tags=merged))

    @api_method
    def remove_tags(self, issue_id: str, tags: builtins.list[str]) -> Flow[Issue]:
        """Remove tags, keeping the issue's others."""
        issue: Any = yield from self._call("GetIssue", path={"id": issue_id})
        kept = [t for t in _tags_of(issue) if t not in set(tags)]
        return (yield from _update_flow(self, issue_id, tags=kept))

    @api_method
    def snooze(self, issue_id: str, until: datetime | date | str) -> Flow[Issue]:
        """Snooze an issue until a time (aware datetime, date, or RFC 3339 string)."""
        fields = {"snooze_until": rfc3339(until, "until")}
        return (
            yield from self._call(
                "SnoozeIssue", path={"id": issue_id}, fields=fields, item_factory=self._issue()
            )
        )

    @api_method
    def reply(
        self,
        issue_id: str,
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
    def note(
        self,
        issue_id: str,
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

    @api_method
    def link_external_issue(
        self, issue_id: str, **fields: Unpack[LinkExternalIssueRequestBodyParams]
    ) -> Flow[Issue]:
        """Link (or with operation="unlink", unlink) an issue in an external tracker."""
        return (
            yield from self._call("LinkExternalIssue", path={"id": issue_id}, fields=dict(fields))
        )

    @api_method
    def ai_response(
        self, issue_id: str, **fields: Unpack[CreateIssueAIResponseRequestBodyParams]
    ) -> Flow[Any]:
        """Ask one of the workspace's AI agents to answer on the issue."""
        return (
            yield from self._call(
                "CreateIssueAIResponse", path={"id": issue_id}, fields=dict(fields)
            )
        )


def _days_before(end: datetime, days: int) -> datetime:
    try:
        return end - timedelta(days=days)
    except OverflowError:
        raise PylonValidationError(
            f"issues.list: days={days} reaches before the year 1; give a smaller number of days"
            " or since=."
        ) from None


# Above this, a walk is worth a warning: the caller may not expect a call to run for hours.
_LONG_WALK_SECONDS = 3600.0


def _warn_if_long(op: Operation, calls: int) -> None:
    """Log a WARNING when `calls` of `op`, at its documented rate limit, take over an hour."""
    if op.rate_limit is None:
        return
    requests, per_seconds = op.rate_limit
    seconds = calls * per_seconds / requests
    if seconds > _LONG_WALK_SECONDS:
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


def _update_flow(resource: IssuesResource[Any], issue_id: str, **fields: Any) -> Flow[Issue]:
    """The update flow, shared by the state and assignment conveniences."""
    return (
        yield from resource._call(
            "UpdateIssue", path={"id": issue_id}, fields=fields, item_factory=resource._issue()
        )
    )


def _tags_of(issue: Any) -> list[str]:
    tags = getattr(issue, "tags", None)
    return list(tags) if isinstance(tags, list) else []
