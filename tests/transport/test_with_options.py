"""`with_options` clones: their rate_limit and max_concurrency take effect on the clone, or are
refused; rate_limit overrides must name real operations (issue 11, item 3)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from pylon import Pylon
from pylon._errors import PylonConfigError
from pylon._wiring import SharedState, build_http_client

from ._support import ROUTES, FakeClock, make_config

ISSUES = {"start_time": "a", "end_time": "b"}


class Family:
    """A parent client and its clones on one SharedState, as `Pylon.with_options` builds them,
    with every request's arrival time recorded by the fake clock."""

    def __init__(
        self, clock: FakeClock, handler: Any = None, is_async: bool = False, **options: Any
    ) -> None:
        self.clock = clock
        self.arrivals: dict[str, list[float]] = {}

        def record(request: httpx.Request) -> httpx.Response:
            self.arrivals.setdefault(request.headers["x-who"], []).append(clock.now)
            return httpx.Response(200, json={"data": []})

        self.config = make_config(**options)
        self.shared = SharedState.create(
            self.config,
            transport=httpx.MockTransport(handler or record),
            is_async=is_async,
            routes=ROUTES,
            hooks=clock.hooks(),
        )

    def client(self, who: str, **changes: Any) -> Any:
        config = self.config.replace(**changes) if changes else self.config
        http = build_http_client(config, self.shared)
        http.headers["x-who"] = who
        return http


def test_rate_limit_false_on_a_clone_turns_pacing_off_for_the_clone_only(clock: FakeClock) -> None:
    # Fails on the old main: the clone said rate_limit=False and was paced at 10/min anyway.
    family = Family(clock)
    parent, clone = family.client("parent"), family.client("clone", rate_limit=False)
    for _ in range(12):
        clone.get("/issues", params=ISSUES)
    assert family.arrivals["clone"] == [1000.0] * 12  # no wait at all
    for _ in range(5):
        parent.get("/issues", params=ISSUES)
    parent_times = family.arrivals["parent"]
    assert parent_times[-1] - parent_times[0] >= 12.0  # still 10/min: a burst of 3, then 6 s apart


def test_a_clone_made_after_the_parent_called_paces_by_its_own_setting(clock: FakeClock) -> None:
    """The limit and bucket of a route are worked out once per transport: a clone made after
    its parent has called an operation still goes by its own rate_limit."""
    family = Family(clock)
    parent = family.client("parent")
    for _ in range(3):
        parent.get("/issues", params=ISSUES)  # the parent's burst of 3, its pacing now known
    clone = family.client("clone", rate_limit=False)
    for _ in range(5):
        clone.get("/issues", params=ISSUES)
    assert family.arrivals["clone"] == [1000.0] * 5  # not paced, not behind the parent's burst


def test_rate_limit_true_on_a_clone_of_an_unlimited_parent_paces_the_clone(
    clock: FakeClock,
) -> None:
    family = Family(clock, rate_limit=False)
    parent, clone = family.client("parent"), family.client("clone", rate_limit=True)
    for _ in range(6):
        parent.get("/issues", params=ISSUES)
    assert clock.sleeps == []
    for _ in range(6):
        clone.get("/issues", params=ISSUES)
    assert family.arrivals["clone"][-1] - family.arrivals["clone"][0] >= 18.0  # 3 burst + 3 x 6 s


def test_an_override_on_a_clone_paces_the_clone_at_its_own_limit(clock: FakeClock) -> None:
    family = Family(clock)
    clone = family.client("clone", rate_limit={"GetIssues": (2, 60.0)})
    for _ in range(4):
        clone.get("/issues", params=ISSUES)
    arrivals = family.arrivals["clone"]
    assert arrivals[2] - arrivals[0] >= 60.0  # never more than 2 in any 60 s


def test_clones_with_the_same_setting_share_one_limiter(clock: FakeClock) -> None:
    family = Family(clock)
    parent, clone = family.client("parent"), family.client("clone", max_retries=0)
    for _ in range(3):
        parent.get("/issues", params=ISSUES)  # the burst of 3
    clone.get("/issues", params=ISSUES)
    assert family.arrivals["clone"] == [1006.0]  # waited behind the parent's burst


@pytest.mark.parametrize(
    ("typo", "closest"),
    [("SearchIssue", "SearchIssues"), ("getissue", "GetIssue"), ("CreateIsue", "CreateIssue")],
)
def test_an_override_naming_no_operation_is_refused_with_the_closest_id(
    typo: str, closest: str
) -> None:
    # Fails on the old main: the override was accepted and silently ignored.
    with pytest.raises(PylonConfigError) as caught:
        SharedState.create(make_config(rate_limit={typo: None}), routes=ROUTES)
    assert repr(typo) in str(caught.value) and repr(closest) in str(caught.value)
    family = Family(FakeClock())
    with pytest.raises(PylonConfigError, match=repr(closest)):
        family.client("clone", rate_limit={typo: (1, 60.0)})


def test_the_real_client_refuses_a_typo_at_construction_and_in_with_options() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(200, json={"data": {}}))
    options: dict[str, Any] = {"api_key": make_config().api_key, "transport": transport}
    with pytest.raises(PylonConfigError, match="'SearchIssues'"):
        Pylon(rate_limit={"SearchIssue": None}, **options)
    with Pylon(**options) as client:
        with pytest.raises(PylonConfigError, match="'SearchIssues'"):
            client.with_options(rate_limit={"SearchIssue": None})
        assert client.with_options(rate_limit={"SearchIssues": None}).config.rate_limit


def test_a_clone_cannot_raise_the_shared_concurrency_cap() -> None:
    family = Family(FakeClock(), max_concurrency=4)
    with pytest.raises(PylonConfigError, match="only lower"):
        family.client("clone", max_concurrency=8)


def test_max_concurrency_on_a_sync_clone_caps_the_clone(clock: FakeClock) -> None:
    # Fails on the old main: the clone's max_concurrency=2 was ignored (4 in flight).
    # Every handler holds its slot until released; with 8 callers waiting, the number in flight
    # settles at the cap that is in force.
    import threading

    entered = threading.Semaphore(0)
    release = threading.Event()

    def handler(request: httpx.Request) -> httpx.Response:
        entered.release()
        release.wait(timeout=10)
        return httpx.Response(200, json={})

    family = Family(clock, handler, rate_limit=False, max_concurrency=4)

    def in_flight(http: Any) -> int:
        release.clear()
        threads = [threading.Thread(target=http.get, args=("/issues/x",)) for _ in range(8)]
        for thread in threads:
            thread.start()
        count = 0
        while entered.acquire(timeout=0.3):  # stops once no further caller gets in
            count += 1
        release.set()
        for thread in threads:
            thread.join()
        while entered.acquire(blocking=False):  # the callers let in after the release
            pass
        return count

    assert in_flight(family.client("clone", max_concurrency=2)) == 2
    assert in_flight(family.client("parent")) == 4


def test_max_concurrency_on_an_async_clone_caps_the_clone(clock: FakeClock) -> None:
    in_flight: dict[str, int] = {"clone": 0, "parent": 0}
    peak: dict[str, int] = {"clone": 0, "parent": 0}

    async def handler(request: httpx.Request) -> httpx.Response:
        who = request.headers["x-who"]
        in_flight[who] += 1
        peak[who] = max(peak[who], in_flight[who])
        for _ in range(5):
            await asyncio.sleep(0)
        in_flight[who] -= 1
        return httpx.Response(200, json={})

    family = Family(clock, handler, is_async=True, rate_limit=False, max_concurrency=8)

    async def burst(http: Any) -> None:
        await asyncio.gather(*(http.get("/issues/x") for _ in range(40)))

    async def go() -> None:
        await burst(family.client("clone", max_concurrency=3))
        await burst(family.client("parent"))
        both = [family.client("clone", max_concurrency=3), family.client("parent")]
        await asyncio.gather(*(burst(h) for h in both))

    asyncio.run(go())
    assert peak == {"clone": 3, "parent": 8}
