"""Count and time arguments are checked before anything is sent (issue 11, items 7 and 8)."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from pylon import PylonValidationError
from tests.facade.conftest import envelope

FILTER = {"field": "state", "operator": "equals", "value": "new"}
BAD_COUNTS = [-1, -5, 0, True, False, "2", 2.5, float("nan")]

PAGERS: dict[str, Callable[[Any, Any], Any]] = {
    "issues.search(max_items)": lambda c, v: c.issues.search(FILTER, max_items=v),
    "accounts.list(max_items)": lambda c, v: c.accounts.list(max_items=v),
    "issues.messages.list(max_items)": lambda c, v: c.issues.messages.list("iss_1", max_items=v),
    "issues.list(limit)": lambda c, v: c.issues.list(days=7, limit=v),
    "issues.list(days)": lambda c, v: c.issues.list(days=v),
}


def _any_answer(request: httpx.Request) -> httpx.Response:
    return envelope([{"id": "a"}, {"id": "b"}, {"id": "c"}])


@pytest.mark.parametrize("value", BAD_COUNTS, ids=repr)
@pytest.mark.parametrize("name", list(PAGERS))
def test_bad_counts_are_refused_before_sending(make_client: Any, name: str, value: Any) -> None:
    # Fails on the old main: max_items=-1 returned a page minus one item, True meant 1, and "2"
    # or 2.5 raised a bare TypeError after a request had been sent.
    client, rec = make_client(_any_answer)
    with pytest.raises(PylonValidationError) as caught:
        list(PAGERS[name](client, value))
    assert name.split("(")[1].rstrip(")") in str(caught.value)
    assert rec.requests == []


def test_good_counts_still_work(make_client: Any) -> None:
    client, _ = make_client(_any_answer)
    assert [i.id for i in client.issues.search(FILTER, max_items=2)] == ["a", "b"]
    assert len(client.issues.list(days=7, limit=1).collect()) == 1


@pytest.mark.parametrize("days", [1_000_000, 10**9, 10**20])
def test_days_reaching_before_year_one_are_refused(make_client: Any, days: int) -> None:
    # Fails on the old main: OverflowError escaped from the date arithmetic.
    client, rec = make_client(_any_answer)
    with pytest.raises(PylonValidationError, match="days"):
        client.issues.list(days=days)
    assert rec.requests == []


@pytest.mark.parametrize(
    "until",
    [
        datetime.max.replace(tzinfo=timezone(timedelta(hours=-1))),
        "9999-12-31T23:59:59-05:00",
        datetime.min.replace(tzinfo=timezone(timedelta(hours=3))),
    ],
    ids=["datetime.max-1h", "text-5h", "datetime.min+3h"],
)
def test_snooze_until_an_unrepresentable_time_is_refused(make_client: Any, until: Any) -> None:
    # Fails on the old main: OverflowError escaped while converting to UTC.
    client, rec = make_client(lambda r: envelope({"id": "iss_1"}))
    with pytest.raises(PylonValidationError, match="until"):
        client.issues.snooze("iss_1", until)
    assert rec.requests == []


def test_since_and_until_at_the_edges_of_time_do_not_overflow(make_client: Any) -> None:
    client, rec = make_client(lambda r: envelope([]))
    late = datetime.max.replace(tzinfo=timezone.utc)
    pager = client.issues.list(since=late - timedelta(days=45), until=late)
    assert pager.collect() == []
    assert len(rec.requests) == 2


def test_a_range_taking_hours_at_the_documented_limit_logs_a_warning_first(
    make_client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    # Fails on the old main: no estimate; 3,334 calls at 10/min (about 5.6 h) started silently.
    client, rec = make_client(_any_answer)
    with caplog.at_level(logging.WARNING, logger="pylon"):
        pager = client.issues.list(days=100_000, limit=1)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "3334 windows" in warnings[0] and "about 5.6 h" in warnings[0]
    assert rec.requests == []  # logged before the first call
    assert len(pager.collect()) == 1


def test_a_short_range_logs_no_warning(make_client: Any, caplog: pytest.LogCaptureFixture) -> None:
    client, _ = make_client(_any_answer)
    with caplog.at_level(logging.WARNING, logger="pylon"):
        client.issues.list(days=365)  # 13 calls at 10/min: about 78 s
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("next tuesday", "since: 'next tuesday' is not an RFC 3339 time."),
        (1767225600, "since must be a datetime, a date or an RFC 3339 string."),
        (datetime(2026, 1, 1), "since is a naive datetime; add a time zone"),
    ],
    ids=["text", "epoch seconds", "naive"],
)
def test_a_time_that_is_not_one_is_refused_naming_the_argument(
    make_client: Any, value: Any, words: str
) -> None:
    client, rec = make_client(lambda r: envelope([]))
    with pytest.raises(PylonValidationError) as caught:
        client.issues.list(since=value)
    assert str(caught.value).startswith(words)
    assert rec.requests == []


def test_a_window_that_ends_before_it_starts_is_refused(make_client: Any) -> None:
    client, rec = make_client(lambda r: envelope([]))
    with pytest.raises(PylonValidationError, match=r"ends \(2026-01-01 .*\) before it starts"):
        client.issues.list(since="2026-02-01T00:00:00Z", until="2026-01-01T00:00:00Z")
    assert rec.requests == []


def test_a_date_means_midnight_utc_and_offsets_are_sent_as_utc(make_client: Any) -> None:
    from datetime import date

    client, rec = make_client(lambda r: envelope({"id": "iss_1"}))
    client.issues.snooze("iss_1", date(2026, 3, 1))
    client.issues.snooze("iss_1", "2026-03-01T02:00:00+02:00")
    sent = [json.loads(r.content)["snooze_until"] for r in rec.requests]
    assert sent == ["2026-03-01T00:00:00Z", "2026-03-01T00:00:00Z"]
