"""`client.rate_limits` against a rate-limited, time-scaled simulator, for each kind of store.

Two clients that share nothing but the store (a SQLite file, a Redis server; in-process: a client
and its `with_options` copy) send calls from several threads; each one's view must match the
simulator's own count of what it admitted in the window. A 429 one client meets shows in the
other's view. The simulator's time scale keeps a window to a few seconds.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from pylon import Pylon, RateLimitError, RateLimits, RateLimitState
from pylon.testing import Simulator, scaled_rate_limits, seeded_simulator

KEY = "pylon_state_key_0123456789abcdef"
# GetMe: 60 a minute, so 60 per 6 s here: a 16-call burst takes about 1.3 s of its 6 s window.
SCALE = 0.1
CALLS = 16


@pytest.fixture
def served() -> Iterator[tuple[Simulator, str]]:
    sim = seeded_simulator(
        issues=2, accounts=1, contacts=1, users=1, teams=1, rate_limits=True, time_scale=SCALE
    )
    with sim.serve(port=0) as url:
        yield sim, url


@pytest.fixture(params=["memory", "sqlite", "redis"])
def two_clients(
    request: pytest.FixtureRequest, served: tuple[Simulator, str], tmp_path: Path
) -> Iterator[tuple[Pylon, Pylon]]:
    """Two clients on one limiter, sharing only the store."""
    url = served[1]
    options: dict[str, Any] = {
        "api_key": KEY,
        "base_url": url,
        "rate_limit": scaled_rate_limits(SCALE),
        "max_retries": 0,
    }
    if request.param == "memory":
        first = Pylon(**options)
        clients = (first, first.with_options())
    else:
        store = (
            f"sqlite:///{tmp_path / 'state.db'}"
            if request.param == "sqlite"
            else request.getfixturevalue("redis_url")
        )
        clients = (Pylon(**options, shared_state=store), Pylon(**options, shared_state=store))
    yield clients
    for client in clients:
        client.close()


def _burst(clients: tuple[Pylon, Pylon], calls: int) -> None:
    """`calls` GetMe calls from 8 threads, alternating between the two clients."""
    errors: list[BaseException] = []
    lock = threading.Lock()
    todo = list(range(calls))

    def work() -> None:
        while True:
            with lock:
                if not todo:
                    return
                n = todo.pop()
            try:
                clients[n % 2].me.get()
            except BaseException as exc:  # surfaced below
                errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors


def test_the_view_matches_the_simulators_own_accounting(
    two_clients: tuple[Pylon, Pylon], served: tuple[Simulator, str]
) -> None:
    sim = served[0]
    assert two_clients[0].rate_limits["GetMe"].used == 0
    _burst(two_clients, CALLS)
    admitted = sim.rate_limit_used("GetMe")
    assert admitted == CALLS and sim.stats["GetMe"] == CALLS  # nothing refused with a 429
    for client in two_clients:
        state = client.rate_limits["GetMe"]
        assert (state.used, state.limit, state.per_seconds) == (admitted, 60, 60 * SCALE)
        assert state.remaining == 60 - admitted and state.documented == (60, 60.0)
        assert state.paced and state.waiting == 0 and state.last_429 is None


def test_a_429_seen_by_one_client_shows_in_the_others_view(
    two_clients: tuple[Pylon, Pylon], served: tuple[Simulator, str]
) -> None:
    sim = served[0]
    first, second = two_clients
    sim.faults.add(operation="GetMe", status=429, headers={"Retry-After": "2"}, times=1)
    before = datetime.now(timezone.utc)
    with pytest.raises(RateLimitError):
        first.me.get()
    after = datetime.now(timezone.utc)
    state = second.rate_limits["me.get"]
    assert state.operation_id == "GetMe" and state.last_429 is not None
    assert state.last_429.retry_after == 2.0
    assert before.timestamp() - 1 <= state.last_429.at.timestamp() <= after.timestamp() + 1
    assert state.holding_back and 0 < state.next_free_in <= 2.0
    assert [s.operation_id for s in second.rate_limits.busy()] == ["GetMe"]
    assert "last 429 at" in str(state) and "GetMe" in repr(second.rate_limits)


def test_calls_held_back_are_counted_while_they_wait(served: tuple[Simulator, str]) -> None:
    # A tight override: 4 per second (and the limiter's margin), so 6 calls queue for ~1.5 s.
    with Pylon(api_key=KEY, base_url=served[1], rate_limit={"GetMe": (4, 1.0)}) as client:
        runner = threading.Thread(target=_burst, args=((client, client), 6))
        runner.start()
        seen: list[RateLimitState] = []
        deadline = time.monotonic() + 5
        while runner.is_alive() and time.monotonic() < deadline:
            state = client.rate_limits["GetMe"]
            seen.append(state)
            if state.waiting:
                break
            time.sleep(0.01)
        runner.join(timeout=30)
    waiting = [s for s in seen if s.waiting]
    assert waiting, "no sample saw a call waiting for its slot"
    assert all(s.holding_back and s.used <= 4 for s in waiting)
    first = waiting[0]
    # Calls already waiting start before the next free slot; each further one an interval later.
    assert first.seconds_for(first.waiting) == first.next_free_in
    assert first.seconds_for(first.waiting + 5) == pytest.approx(first.next_free_in + 4 * 0.25)


def test_the_view_is_a_mapping_by_operation_and_by_method_name() -> None:
    with Pylon(api_key=KEY, base_url="http://127.0.0.1:9") as client:
        limits = client.rate_limits
        assert isinstance(limits, RateLimits) and client.rate_limits is limits
        assert list(limits) == sorted(limits) and len(limits) > 100
        assert "GetMe" in limits and "me.get" in limits and "NoSuchOperation" not in limits
        assert 3 not in limits and limits.get("issues.add_tags") is None
        assert limits["issues.search"].operation_id == "SearchIssues"
        assert limits["issues.messages.list"].operation_id == "GetIssueMessages"
        with pytest.raises(KeyError, match="GetIssue, UpdateIssue"):
            limits["issues.add_tags"]  # two operations: index by one of them
        with pytest.raises(KeyError):
            limits["issues.no_such_method"]
        state = limits["SearchIssues"]
        assert (state.method, state.path, state.limit, state.per_seconds) == (
            "POST", "/issues/search", 20, 60.0,
        )  # fmt: skip
        assert state.seconds_for(0) == 0.0 and state.seconds_for(3) == pytest.approx(6.0)
        assert limits.seconds_for("SearchIssues", 3) == pytest.approx(6.0)
        assert KEY not in repr(limits) and KEY[-8:] not in repr(limits)
        assert repr(limits).endswith("none near its limit>")
        with pytest.raises(Exception, match="between 0 and 1"):
            limits.busy(share=2)


def test_overrides_and_turning_limits_off_show_in_the_view() -> None:
    with Pylon(
        api_key=KEY, base_url="http://127.0.0.1:9", rate_limit={"GetMe": (5, 3.0), "GetTags": None}
    ) as client:
        state = client.rate_limits["GetMe"]
        assert (state.limit, state.per_seconds, state.documented) == (5, 3.0, (60, 60.0))
        assert "GetTags" not in client.rate_limits  # no limit in force
        off = client.with_options(rate_limit=False).rate_limits
        assert not off["GetMe"].paced and off.seconds_for("GetMe", 10) is None
        assert "not paced" in str(off["GetMe"])


def test_held_back_reads_only_the_operations_a_client_called(
    two_clients: tuple[Pylon, Pylon], served: tuple[Simulator, str], request: pytest.FixtureRequest
) -> None:
    sim = served[0]
    first, second = two_clients
    second.rate_limits["GetTags"]  # reading the view is not calling
    assert second.rate_limits.held_back() == []
    sim.faults.add(operation="GetTags", status=429, headers={"Retry-After": "3"}, times=1)
    with pytest.raises(RateLimitError):
        first.tags.list().first_page()
    assert [s.operation_id for s in first.rate_limits.held_back()] == ["GetTags"]
    assert [s.operation_id for s in second.rate_limits.busy()] == ["GetTags"]  # reads them all
    # `second` shares the store; it shares the record of calls only as a with_options copy.
    shares_calls = request.node.callspec.params["two_clients"] == "memory"
    assert bool(second.rate_limits.held_back()) is shares_calls
    assert first.health().held_back == ("GetTags",)
