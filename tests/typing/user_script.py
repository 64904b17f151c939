"""A user's script, type-checked by mypy --strict and pyright against the installed wheel.

It is never run: `test_wheel.py` type-checks it, and `misspelt_keyword.py` beside it must fail.
Each `assert_type` pins what a user's editor shows for that expression.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from pylon_openapi.models.issue import Issue
from pylon_openapi.models.message import Message
from pylon_openapi.models.tag import Tag
from pylon_openapi.types import Unset
from typing_extensions import assert_type

import pylon
from pylon import (
    AsyncMode,
    AsyncPager,
    AsyncPylon,
    AsyncPylonClient,
    BoundAccount,
    BoundIssue,
    Health,
    Hooks,
    NotFoundError,
    Page,
    Pylon,
    PylonClient,
    PylonError,
    PylonNotFoundError,
    RawResponse,
    SyncMode,
    SyncPager,
    filters,
)
from pylon._resource import RawSyncMode
from pylon.hooks import CallEnded, GaveUp, RequestSent, RetryScheduled
from pylon.webhooks import IssueEvent, WebhookHandler


def sync_usage(client: Pylon) -> None:
    issue = client.issues.get("iss_1")
    assert_type(issue, BoundIssue[SyncMode])
    plain: Issue = issue  # a bound issue is a generated Issue
    assert_type(plain.title, str | Unset)
    created = client.issues.create(title="Help", description="It broke.", tags=["vip"])
    assert_type(created, BoundIssue[SyncMode])
    tag = client.tags.create(object_type="issue", value="urgent")
    assert_type(tag, Tag)
    assert_type(client.issues.get_by_number(36800), BoundIssue[SyncMode] | None)
    assert_type(client.health(timeout=2).ok, bool)
    assert_type(client.rate_limits["SearchIssues"].next_free_in, float)

    found = client.issues.search(filters.Field("state").equals("new"), limit=50)
    assert_type(found, SyncPager[BoundIssue[SyncMode]])
    for item in found:
        assert_type(item, BoundIssue[SyncMode])
    by_keyword = client.issues.search(
        filter={"field": "state", "operator": "equals", "value": "new"}
    )
    assert_type(by_keyword.collect(), list[BoundIssue[SyncMode]])
    assert_type(client.issues.list(days=7).first_page(), Page[BoundIssue[SyncMode]])

    raw = client.issues.with_raw_response.get("iss_1")
    assert_type(raw, RawResponse[BoundIssue[RawSyncMode]])
    assert_type(raw.parsed.resolve(), BoundIssue[RawSyncMode])  # runs on the real client
    assert_type(raw.status_code, int)
    first = client.issues.with_raw_response.search(filters.F.state == "new")
    assert_type(first, RawResponse[Page[BoundIssue[RawSyncMode]]])

    assert_type(issue.resolve(), BoundIssue[SyncMode])
    assert_type(issue.assign_to(user_id="u1"), BoundIssue[SyncMode])
    assert_type(issue.messages, SyncPager[Message])
    issue.add_message("Thanks!")
    account = client.accounts.get("acc_1")
    assert_type(account, BoundAccount[SyncMode])
    account.activities.create(slug="meeting", body_html="<p>Review</p>")
    assert_type(account.refresh(), BoundAccount[SyncMode])


async def async_usage() -> None:
    async with AsyncPylonClient() as client:
        assert_type(client, AsyncPylon)
        assert_type(await client.health(), Health)
        issue = await client.issues.get("iss_1")
        assert_type(issue, BoundIssue[AsyncMode])
        created = await client.issues.create(title="Help", body_html="<p>x</p>")
        assert_type(created, BoundIssue[AsyncMode])
        assert_type(await client.tags.create(object_type="issue", value="vip"), Tag)
        pager = client.issues.search(filters.F.state == "new")
        assert_type(pager, AsyncPager[BoundIssue[AsyncMode]])
        async for item in pager:
            assert_type(item, BoundIssue[AsyncMode])
        everything = await client.issues.list(limit=100).collect()
        assert_type(everything, list[BoundIssue[AsyncMode]])
        assert_type(await issue.resolve(), BoundIssue[AsyncMode])
        raw = await client.issues.with_raw_response.get("iss_1")
        assert_type(raw.parsed.id, str)
        messages = await client.issues.messages.list("iss_1")
        assert_type(len(messages), int)


def errors_and_options() -> None:
    client = PylonClient(api_key="key", max_retries=3, timeout=10.0, region="eu")
    assert_type(client, Pylon)
    assert PylonNotFoundError is NotFoundError
    try:
        client.issues.get("missing")
    except NotFoundError as error:
        assert_type(error.status_code, int)
    except PylonError:
        pass
    assert_type(pylon.NOT_GIVEN, pylon.NotGiven)
    client.with_options(max_retries=0).close()


def filters_and_webhooks() -> None:
    condition = filters.And(
        filters.Field("state").in_(["new", "on_hold"]),
        filters.Field("created_at").after(datetime(2024, 1, 1, tzinfo=timezone.utc)),
    )
    assert_type(condition.to_dict(), dict[str, Any])
    handler = WebhookHandler(secret="whsec")

    @handler.on("issue_new")
    def on_new(event: IssueEvent) -> None:
        print(event.issue_id)


def event_hooks() -> None:
    def on_request(event: RequestSent) -> None:
        assert_type(event.attempt, int)
        assert_type(event.body, bytes | None)
        assert_type(event.call.path_template, str | None)

    def on_retry(event: RetryScheduled) -> None:
        assert_type(event.delay, float)
        assert_type(event.status_code, int | None)

    def on_give_up(event: GaveUp) -> None:
        assert_type(event.error, PylonError)

    def on_call_end(event: CallEnded) -> None:
        assert_type(event.duration, float)
        assert_type(event.retries, int)
        assert_type(event.error, BaseException | None)

    hooks = Hooks(on_request=on_request, on_retry=on_retry, on_give_up=on_give_up)
    client = Pylon(hooks=[hooks, Hooks(on_call_end=on_call_end, include_bodies=True)])
    client.with_options(hooks=Hooks(on_call_end=print)).close()
    assert_type(client.config.hooks, tuple[Hooks, ...])
