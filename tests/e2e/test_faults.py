"""Reliability over real loopback HTTP (RELIABILITY Part 4.2, 4.3, R-11/R-12), with the
simulator's fault injection, or a raw socket server where the simulator can't act the fault out.

Waits are real but short (Retry-After 1, backoff ≤ 0.5 s, timeouts of a fraction of a second);
every assertion is a count (server hits, stored objects), never a duration."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from pylon import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    Pylon,
    ServerError,
    filters,
)

from .conftest import Hit, RawServer, Served, envelope, http_response

_counter = itertools.count(1)
ME = envelope({"id": "u1", "name": "Raw"})
ISSUE = envelope({"id": "iss-1", "number": 1, "title": "t", "state": "new"})


def title() -> str:
    return f"fault-e2e-{next(_counter)}"


def some_issue(served: Served) -> str:
    return str(served.first("issues")["id"])


def hits(served: Served, operation: str) -> int:
    return served.sim.stats[operation]


@pytest.fixture
def reset(served: Served) -> Callable[[], None]:
    return served.sim.reset_stats


# -- F-01, F-03: retried statuses on reads ------------------------------------------------


def test_f01_429_with_retry_after_is_retried(client: Pylon, served: Served, reset: Any) -> None:
    clean = [i.id for i in client.issues.search(filters.F.tags.contains("billing"))]
    reset()
    served.sim.faults.add(
        operation="SearchIssues", status=429, headers={"Retry-After": "1"}, times=1
    )
    again = [i.id for i in client.issues.search(filters.F.tags.contains("billing"))]
    assert again == clean
    assert hits(served, "SearchIssues") == 2
    assert [r.status for r in served.sim.requests] == [429, 200]


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_f03_5xx_on_get_is_retried(
    status: int, make_client: Any, served: Served, reset: Any
) -> None:
    client = make_client()
    issue_id = some_issue(served)
    reset()
    served.sim.faults.add(operation="GetIssue", status=status, times=2)
    raw = client.issues.with_raw_response.get(issue_id)
    assert raw.parsed.id == issue_id
    assert hits(served, "GetIssue") == 3
    assert raw.request_id == served.sim.requests[-1].request_id  # the final answer's id


# -- F-04, F-05, F-12: bodies that are not what they claim ------------------------------------


def test_f04_html_502_is_a_server_error_with_a_short_snippet(
    make_client: Any, served: Served, reset: Any
) -> None:
    client = make_client(max_retries=0)
    reset()
    served.sim.faults.add(operation="GetMe", status=502, html=True, body="<html>" + "x" * 5000)
    with pytest.raises(ServerError) as caught:
        client.me.get()
    error = caught.value
    assert (error.status_code, error.errors, error.request_id) == (502, [], None)
    assert 0 < len(error.body) <= 500 and len(str(error)) < 1000
    assert hits(served, "GetMe") == 1


@pytest.mark.parametrize(
    "fault",
    [
        {"status": 200, "html": True},  # F-05: a captive portal or a wrong base URL
        {"truncate": True},  # F-12: truncated JSON with an honest Content-Length
    ],
    ids=["f05-html-200", "f12-truncated-json"],
)
def test_unusable_200_is_a_validation_error_not_retried(
    fault: dict[str, Any], client: Pylon, served: Served, reset: Any
) -> None:
    reset()
    served.sim.faults.add(operation="GetMe", **fault)
    with pytest.raises(APIResponseValidationError) as caught:
        client.me.get()
    assert caught.value.status_code == 200
    assert hits(served, "GetMe") == 1


# -- F-06: the connection drops mid-body ---------------------------------------------------


@pytest.mark.parametrize("drop", ["mid_body", "reset"])
def test_f06_dropped_read_is_retried_and_equal(
    drop: str, client: Pylon, served: Served, reset: Any
) -> None:
    issue_id = some_issue(served)
    clean = client.issues.get(issue_id).to_dict()
    reset()
    served.sim.faults.add(operation="GetIssue", drop=drop, times=1)
    assert client.issues.get(issue_id).to_dict() == clean
    assert hits(served, "GetIssue") == 2


@pytest.mark.parametrize("drop", ["mid_body", "reset"])
def test_f06_dropped_create_is_maybe_processed_and_stored_once(
    drop: str, client: Pylon, served: Served, reset: Any
) -> None:
    name = title()
    reset()
    served.sim.faults.add(operation="CreateIssue", drop=drop, times=1)
    with pytest.raises(APIConnectionError) as caught:
        client.issues.create(title=name, description="x")
    assert caught.value.maybe_processed is True
    assert hits(served, "CreateIssue") == 1
    assert len(served.titled(name)) == 1


# -- a create answered 5xx is sent exactly once ------------------------------------------


@pytest.mark.parametrize(
    ("fault", "stored"),
    [
        ({"status": 500}, 0),
        ({"status": 502, "html": True}, 0),
        ({"status": 504}, 0),
        ({"status": 500, "processed": True}, 1),  # the server stored it, then failed
    ],
    ids=["500", "502-html", "504", "500-after-processing"],
)
def test_r11_create_answered_5xx_is_sent_once(
    fault: dict[str, Any], stored: int, client: Pylon, served: Served, reset: Any
) -> None:
    name = title()
    reset()
    served.sim.faults.add(operation="CreateIssue", times=1, **fault)
    with pytest.raises(ServerError) as caught:
        client.issues.create(title=name, description="x")
    assert caught.value.maybe_processed is True
    assert hits(served, "CreateIssue") == 1
    assert len(served.titled(name)) == stored


def test_r11_create_read_timeout_is_sent_once(make_client: Any, served: Served, reset: Any) -> None:
    client = make_client(timeout=httpx.Timeout(5.0, read=0.3))
    name = title()
    reset()
    served.sim.faults.add(operation="CreateIssue", delay=0.6, times=1)
    with pytest.raises(APITimeoutError) as caught:
        client.issues.create(title=name, description="x")
    assert caught.value.maybe_processed is True
    assert hits(served, "CreateIssue") == 1
    assert len(served.titled(name)) == 1  # the handler ran before the delay


# -- F-09, F-10, F-11: slow servers ----------------------------------------------------------


def test_f09_read_timeout_on_get_retries_then_raises(
    make_client: Any, served: Served, reset: Any
) -> None:
    client = make_client(timeout=httpx.Timeout(5.0, read=0.2), max_retries=1)
    reset()
    served.sim.faults.add(operation="GetMe", delay=0.5)
    with pytest.raises(APITimeoutError) as caught:
        client.me.get()
    assert caught.value.retries_taken == 1
    assert hits(served, "GetMe") == 2


def test_f10_slow_drip_is_bounded_by_the_deadline(
    make_client: Any, served: Served, reset: Any
) -> None:
    # One byte every 0.05 s of a ~100-byte body would take ~5 s; each read is well inside the
    # 1 s read timeout, so only the 0.6 s deadline can stop it.
    client = make_client(timeout=httpx.Timeout(5.0, read=1.0), deadline=0.6)
    reset()
    served.sim.faults.add(operation="GetMe", drip_interval=0.05)
    with pytest.raises(APITimeoutError) as caught:
        client.me.get()
    assert "deadline" in str(caught.value)
    assert hits(served, "GetMe") == 1


def test_f11_slow_but_inside_limits_succeeds_without_retry(
    make_client: Any, served: Served, reset: Any
) -> None:
    client = make_client(timeout=httpx.Timeout(5.0, read=2.0))
    reset()
    served.sim.faults.add(operation="GetMe", delay=0.3, times=1)
    assert client.me.get().id == served.sim.state.me_id
    assert hits(served, "GetMe") == 1


# -- E-01, E-02: a page failing in the middle of a walk --------------------------------------

EVERYTHING = filters.F.state.in_(["new", "closed", "on_hold", "waiting_on_you"]) | filters.F[
    "state"
].not_in(["new", "closed", "on_hold", "waiting_on_you"])


def all_ids(client: Pylon) -> list[str]:
    return [i.id for i in client.issues.search(EVERYTHING, limit=999)]


def test_e01_page_failing_every_attempt_resumes_from_cursor(
    make_client: Any, served: Served, reset: Any
) -> None:
    client = make_client(max_retries=1)
    expected = all_ids(client)
    page = -(-len(expected) // 5)  # five pages
    reset()
    served.sim.faults.add(operation="SearchIssues", status=503, after=2)
    seen: list[str] = []
    with pytest.raises(ServerError) as caught:
        seen.extend(i.id for i in client.issues.search(EVERYTHING, limit=page))
    error: Any = caught.value
    assert error.cursor and error.items_delivered == len(seen) == 2 * page
    assert hits(served, "SearchIssues") == 2 + 2  # page 3 tried twice (max_retries=1)

    served.sim.faults.clear()
    seen.extend(i.id for i in client.issues.search(EVERYTHING, limit=page, cursor=error.cursor))
    assert sorted(seen) == sorted(expected)  # every item exactly once


def test_e02_page_failing_once_is_retried_inside_the_pager(
    client: Pylon, served: Served, reset: Any
) -> None:
    expected = all_ids(client)
    page = -(-len(expected) // 5)
    reset()
    served.sim.faults.add(operation="SearchIssues", status=503, after=2, times=1)
    got = [i.id for i in client.issues.search(EVERYTHING, limit=page)]
    assert got == expected
    assert hits(served, "SearchIssues") == 5 + 1


def test_e09_issues_list_failing_in_window_two_resumes_from_its_window(
    make_client: Any, served: Served, reset: Any
) -> None:
    # Fails on the old main: the error carried cursor=None and no window, so there was no way
    # to continue the walk.
    client = make_client(max_retries=0)
    expected = [i.id for i in client.issues.list(days=90)]
    reset()
    served.sim.faults.add(operation="GetIssues", status=503, after=1, times=1)
    seen: list[str] = []
    with pytest.raises(ServerError) as caught:
        seen.extend(i.id for i in client.issues.list(days=90))
    error: Any = caught.value
    assert hits(served, "GetIssues") == 2 and error.items_delivered == len(seen)
    start, end = error.window
    assert (end - start).days == 60  # windows two and three are still to fetch
    assert 0 < len(seen) < len(expected)
    seen.extend(i.id for i in client.issues.list(since=start, until=end))
    assert sorted(seen) == sorted(expected) and len(set(seen)) == len(seen)


# -- raw-socket faults: F-14 late listener, F-15 stale keep-alive, F-16 redirect -------


def raw_client(server: RawServer, **options: Any) -> Pylon:
    options.setdefault("rate_limit", False)
    return Pylon(api_key="pylon_raw_key_0123456789", base_url=server.url, **options)


CALLS: dict[str, tuple[Callable[[Pylon], Any], bytes]] = {
    "get": (lambda c: c.me.get(), http_response(body=ME)),
    "create": (lambda c: c.issues.create(title="t", description="x"), http_response(body=ISSUE)),
}


@pytest.mark.parametrize("kind", sorted(CALLS))
def test_f14_r12_connection_refused_then_up_is_retried(kind: str) -> None:
    call, answer = CALLS[kind]
    with RawServer(lambda n, hit: answer, listen_after=0.2) as server:
        with raw_client(server, max_retries=3) as client:
            assert call(client).id
        assert len(server.hits) == 1  # never sent before the port listened; sent once after


def test_f15_stale_keep_alive_get_is_retried_on_a_new_connection() -> None:
    # Request 2 arrives on the kept-alive connection, which the server closes unanswered (as a
    # server timing out an idle connection does at the same moment).
    def script(n: int, hit: Hit) -> bytes | None:
        return None if n == 2 else http_response(body=ME)

    with RawServer(script) as server, raw_client(server) as client:
        client.me.get()
        client.me.get()
        assert [h.connection for h in server.hits] == [1, 1, 2]


def test_f15_stale_keep_alive_create_is_not_repeated() -> None:
    def script(n: int, hit: Hit) -> bytes | None:
        return None if n == 2 else http_response(body=ME if hit.method == "GET" else ISSUE)

    with RawServer(script) as server, raw_client(server) as client:
        client.me.get()
        with pytest.raises(APIConnectionError) as caught:
            client.issues.create(title="t", description="x")
        assert caught.value.maybe_processed is True
        assert [h.method for h in server.hits] == ["GET", "POST"]


def test_f16_redirect_is_not_followed_and_never_leaks_auth() -> None:
    with RawServer(lambda n, hit: http_response(body=ME)) as other:
        location = {"Location": f"{other.url}/me"}
        redirect = http_response(302, b"", headers=location, content_type="text/plain")
        with RawServer(lambda n, hit: redirect) as origin, raw_client(origin) as client:
            with pytest.raises(APIError) as caught:
                client.me.get()
            assert caught.value.status_code == 302
            assert origin.hits[0].headers["authorization"].startswith("Bearer ")
        assert other.hits == []


def test_f17_proxy_variables_do_not_divert_loopback(
    monkeypatch: pytest.MonkeyPatch, served: Served
) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    with Pylon(api_key="pylon_proxy_key_0123456789", base_url=served.url) as client:
        assert client.me.get().id == served.sim.state.me_id
