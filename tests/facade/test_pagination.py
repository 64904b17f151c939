"""The page-walking policy over real client calls: resume points, loops, empty pages, windows."""

from __future__ import annotations

import json
import pickle
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from pylon import PaginationError, ServerError
from tests.facade.conftest import envelope

FILTER = {"field": "state", "operator": "equals", "value": "new"}


def paged(pages: list[list[str]], *, fail_on: int | None = None) -> Any:
    """Pages of issue ids chained by cursors c1, c2, ...; page `fail_on` answers 503."""

    def answer(request: httpx.Request) -> httpx.Response:
        cursor = json.loads(request.content).get("cursor") or "c0"
        index = int(cursor[1:])
        if index == fail_on:
            return httpx.Response(503, json={"errors": ["busy"], "request_id": "r503"})
        last = index == len(pages) - 1
        pagination = {"cursor": "" if last else f"c{index + 1}", "has_next_page": not last}
        return envelope([{"id": i} for i in pages[index]], pagination=pagination)

    return answer


def test_iterates_across_pages_lazily(make_client: Any) -> None:
    client, rec = make_client(paged([["a", "b"], ["c"], ["d"]]))
    pager = client.issues.search(FILTER, limit=2)
    assert rec.requests == []  # nothing is sent until iteration starts
    it = iter(pager)
    assert next(it).id == "a"
    assert len(rec.requests) == 1
    assert [i.id for i in it] == ["b", "c", "d"]
    assert [b.get("cursor") for b in rec.bodies()] == [None, "c1", "c2"]
    assert all(b["limit"] == 2 and b["filter"] == FILTER for b in rec.bodies())


def test_pages_first_page_and_collect(make_client: Any) -> None:
    client, _ = make_client(paged([["a"], ["b"]]))
    pages = list(client.issues.search(FILTER).pages())
    assert [[i.id for i in p] for p in pages] == [["a"], ["b"]]
    assert pages[0].cursor is None and pages[1].cursor == "c1"
    assert pages[0].has_next_page and not pages[1].has_next_page
    assert [i.id for i in client.issues.search(FILTER).first_page()] == ["a"]
    assert [i.id for i in client.issues.search(FILTER).collect()] == ["a", "b"]
    assert [i.id for i in client.issues.search(FILTER, max_items=1)] == ["a"]


def test_failure_mid_walk_carries_the_cursor_to_resume_from(make_client: Any) -> None:
    client, _ = make_client(paged([["a"], ["b"], ["c"], ["d"]], fail_on=2))
    seen: list[str] = []
    with pytest.raises(ServerError) as caught:
        for issue in client.issues.search(FILTER):
            seen.append(issue.id)
    assert seen == ["a", "b"]
    assert caught.value.cursor == "c2"
    assert caught.value.items_delivered == 2
    # the resume point survives pickling (errors cross process boundaries in task queues)
    assert pickle.loads(pickle.dumps(caught.value)).cursor == "c2"
    healthy, _ = make_client(paged([["a"], ["b"], ["c"], ["d"]]))
    resumed = [i.id for i in healthy.issues.search(FILTER, cursor=caught.value.cursor)]
    assert seen + resumed == ["a", "b", "c", "d"]


def test_errors_outside_a_page_walk_have_no_resume_point(make_client: Any) -> None:
    client, _ = make_client(lambda r: httpx.Response(503, json={"errors": ["busy"]}))
    with pytest.raises(ServerError) as caught:
        client.issues.get("iss_1")
    assert caught.value.cursor is None and caught.value.items_delivered is None


def test_repeated_cursor_stops_instead_of_looping(make_client: Any) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return envelope([{"id": "x"}], pagination={"cursor": "same", "has_next_page": True})

    client, rec = make_client(answer)
    with pytest.raises(PaginationError):
        list(client.issues.search(FILTER))
    assert len(rec.requests) == 2


def test_endless_empty_pages_stop(make_client: Any) -> None:
    counter = iter(range(1000))

    def answer(request: httpx.Request) -> httpx.Response:
        return envelope([], pagination={"cursor": f"c{next(counter)}", "has_next_page": True})

    client, rec = make_client(answer)
    with pytest.raises(PaginationError, match="empty pages"):
        list(client.issues.search(FILTER))
    assert len(rec.requests) == 5


@pytest.mark.parametrize(
    "pagination",
    [
        {"cursor": "", "has_next_page": True},  # says more, gives no cursor: a clean stop
        {"cursor": "c9", "has_next_page": False},
        {"cursor": None, "has_next_page": False},
        None,
    ],
)
def test_last_page_shapes_end_cleanly(make_client: Any, pagination: Any) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        extra = {"pagination": pagination} if pagination is not None else {}
        return envelope([{"id": "only"}], **extra)

    client, rec = make_client(answer)
    assert [i.id for i in client.issues.search(FILTER)] == ["only"]
    assert len(rec.requests) == 1


def test_issues_list_splits_long_windows_without_duplicates(make_client: Any) -> None:
    boundary = "2026-01-31T00:00:00Z"

    def answer(request: httpx.Request) -> httpx.Response:
        start, end = request.url.params["start_time"], request.url.params["end_time"]
        # the issue created exactly on the boundary is returned by both windows
        ids = [f"{start}", "on-boundary"] if end == boundary or start == boundary else [start]
        return envelope([{"id": i} for i in ids])

    client, rec = make_client(answer)
    since = datetime(2026, 1, 1, tzinfo=timezone.utc)
    issues = list(client.issues.list(since=since, until=since + timedelta(days=75)))
    windows = [(r.url.params["start_time"], r.url.params["end_time"]) for r in rec.requests]
    assert windows == [
        ("2026-01-01T00:00:00Z", "2026-01-31T00:00:00Z"),
        ("2026-01-31T00:00:00Z", "2026-03-02T00:00:00Z"),
        ("2026-03-02T00:00:00Z", "2026-03-17T00:00:00Z"),
    ]
    ids = [i.id for i in issues]
    assert ids.count("on-boundary") == 1
    assert len(ids) == len(set(ids)) == 4


def test_issues_list_days_and_limit(make_client: Any) -> None:
    client, rec = make_client(lambda r: envelope([{"id": f"i{n}"} for n in range(10)]))
    assert len(client.issues.list(days=7, limit=3).collect()) == 3
    start = datetime.fromisoformat(rec.requests[0].url.params["start_time"].replace("Z", "+00:00"))
    end = datetime.fromisoformat(rec.requests[0].url.params["end_time"].replace("Z", "+00:00"))
    assert end - start == timedelta(days=7)


# -- cursors of the wrong JSON type (issue 11, item 16) -------------------------------------


@pytest.mark.parametrize(
    ("raw", "sent"), [(2, "2"), (12345678901234567890, "12345678901234567890"), (3.0, "3")]
)
def test_a_numeric_cursor_is_followed_as_text(make_client: Any, raw: Any, sent: str) -> None:
    # Fails on the old main: a numeric cursor ended the walk silently after page 1.
    def answer(request: httpx.Request) -> httpx.Response:
        if json.loads(request.content).get("cursor") is None:
            return envelope([{"id": "a"}], pagination={"cursor": raw, "has_next_page": True})
        return envelope([{"id": "b"}], pagination={"cursor": None, "has_next_page": False})

    client, rec = make_client(answer)
    assert [i.id for i in client.issues.search(FILTER)] == ["a", "b"]
    assert [b.get("cursor") for b in rec.bodies()] == [None, sent]


@pytest.mark.parametrize("raw", [{"after": "x"}, ["c1"], True, float("nan")])
def test_an_unusable_cursor_raises_instead_of_ending_the_walk(make_client: Any, raw: Any) -> None:
    # Fails on the old main: the walk stopped after page 1 as if it were complete.
    def answer(request: httpx.Request) -> httpx.Response:
        body = {"data": [{"id": "a"}], "pagination": {"cursor": raw, "has_next_page": True}}
        return httpx.Response(
            200, content=json.dumps(body), headers={"content-type": "application/json"}
        )

    client, rec = make_client(answer)
    seen: list[str] = []
    with pytest.raises(PaginationError, match="not a string") as caught:
        for issue in client.issues.search(FILTER):
            seen.append(issue.id)
    assert seen == ["a"]
    assert caught.value.items_delivered == 1
    assert len(rec.requests) == 1


# -- issues.list failures carry a resume position (issue 11, item 15) -----------------------


def test_issues_list_failure_carries_the_window_to_resume_from(make_client: Any) -> None:
    # Fails on the old main: a failure in window 2 of 3 carried cursor=None and nothing else.
    since = datetime(2026, 1, 1, tzinfo=timezone.utc)
    until = since + timedelta(days=75)
    second = "2026-01-31T00:00:00Z"

    def answer(failing: bool) -> Any:
        def handler(request: httpx.Request) -> httpx.Response:
            start = request.url.params["start_time"]
            if failing and start == second:
                return httpx.Response(503, json={"errors": ["busy"], "request_id": "r503"})
            return envelope([{"id": f"{start}-{n}"} for n in range(2)])

        return handler

    client, _ = make_client(answer(failing=True))
    seen: list[str] = []
    with pytest.raises(ServerError) as caught:
        for issue in client.issues.list(since=since, until=until):
            seen.append(issue.id)
    error = caught.value
    assert len(seen) == 2 and error.items_delivered == 2
    assert error.window == (datetime(2026, 1, 31, tzinfo=timezone.utc), until)
    assert error.cursor is None  # GET /issues pages have no cursor
    assert pickle.loads(pickle.dumps(error)).window == error.window

    healthy, rec = make_client(answer(failing=False))
    rest = [i.id for i in healthy.issues.list(since=error.window[0], until=error.window[1])]
    assert [r.url.params["start_time"] for r in rec.requests] == [second, "2026-03-02T00:00:00Z"]
    everything = [i.id for i in healthy.issues.list(since=since, until=until)]
    assert seen + rest == everything


def test_walks_without_time_windows_carry_no_window(make_client: Any) -> None:
    client, _ = make_client(paged([["a"], ["b"]], fail_on=1))
    with pytest.raises(ServerError) as caught:
        list(client.issues.search(FILTER))
    assert caught.value.window is None and caught.value.cursor == "c1"
