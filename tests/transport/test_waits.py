"""Waits for rate-limit slots: cancellation gives slots back, and no wait outlasts a deadline.

Issue 11 items 1, 12 and 13. Everything runs on fake or virtual time: no test here sleeps.
"""

from __future__ import annotations

import asyncio
import heapq
import logging
import random
from itertools import count

import httpx
import pytest

from pylon._errors import RateLimitError
from pylon._transport import AsyncPylonTransport, TransportHooks

from ._support import ROUTES, FakeClock, make_config, wired_async_client, wired_client


class VirtualTime:
    """An event-loop-friendly fake clock: sleepers wake when a driver advances time past them."""

    def __init__(self) -> None:
        self.now = 1_000.0
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._seq = count()

    async def sleep(self, seconds: float) -> None:
        future = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.now + seconds, next(self._seq), future))
        await future

    async def advance(self, seconds: float) -> None:
        self.now += seconds
        while self._sleepers and self._sleepers[0][0] <= self.now:
            _, _, future = heapq.heappop(self._sleepers)
            if not future.done():
                future.set_result(None)
        for _ in range(8):  # let every woken task run to its next wait
            await asyncio.sleep(0)

    def hooks(self) -> TransportHooks:
        def no_sync_sleep(seconds: float) -> None:
            raise AssertionError("the async transport slept synchronously")

        return TransportHooks(
            clock=lambda: self.now,
            wall_clock=lambda: self.now + 1.7e9,
            sleep=no_sync_sleep,
            async_sleep=self.sleep,
            rand=lambda: 0.0,
        )


@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_cancelled_calls_leave_the_limiter_and_gate_as_if_never_made(seed: int) -> None:
    """Item 1: 100 calls on a 60/min operation, each cancelled at a random point (queued for a
    slot, queued for the concurrency gate, or in flight); a call made afterwards starts within one
    slot interval (1 s). The old limiter gave back only the newest reservation: ~37 s here."""
    rng = random.Random(seed)
    time = VirtualTime()
    sent: list[float] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        sent.append(time.now)
        await time.sleep(0.4)  # in flight for a while: some cancellations land here
        return httpx.Response(200, json={"data": {}})

    config = make_config(deadline=None, max_concurrency=2)
    async with wired_async_client(
        config, routes=ROUTES, transport=httpx.MockTransport(handler), hooks=time.hooks()
    ) as client:
        calls = [asyncio.create_task(client.get(f"/issues/iss_{i}")) for i in range(100)]
        cancel_at = [time.now + rng.uniform(0.0, 60.0) for _ in calls]
        await time.advance(0.0)
        while not all(call.done() for call in calls):
            await time.advance(0.1)
            for call, when in zip(calls, cancel_at, strict=True):
                if when <= time.now and not call.done():
                    call.cancel()
        outcomes = await asyncio.gather(*calls, return_exceptions=True)
        assert any(isinstance(o, asyncio.CancelledError) for o in outcomes)

        started = time.now
        before = len(sent)
        late = asyncio.create_task(client.get("/issues/late"))
        while len(sent) == before:
            await time.advance(0.05)
        assert sent[-1] - started <= 1.0 + 1e-9
        while not late.done():
            await time.advance(0.1)
        assert late.result().status_code == 200
        transport = client._transport
        assert isinstance(transport, AsyncPylonTransport)
        assert transport._gate.get()._value == config.max_concurrency  # no gate slot leaked


def test_a_429_pause_never_outlasts_the_deadline(clock: FakeClock) -> None:
    """Item 12: after a 429 with Retry-After: 3600, the next call on a deadline=10 client raises
    RateLimitError at once (retry_after = the 120 s pause), sends nothing and sleeps nothing. The
    old transport slept the 120 s pause before sending it."""
    hits: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hits.append(clock.now)
        status = 429 if len(hits) == 1 else 200
        return httpx.Response(status, json={}, headers={"retry-after": "3600"})

    config = make_config(deadline=10.0)
    with wired_client(
        config, routes=ROUTES, transport=httpx.MockTransport(handler), hooks=clock.hooks()
    ) as c:
        assert c.post("/issues/search", json={}).status_code == 429
        with pytest.raises(RateLimitError) as raised:
            c.post("/issues/search", json={})
    assert raised.value.retry_after == pytest.approx(120.0)
    assert "SearchIssues" in str(raised.value) and "429" in str(raised.value)
    assert len(hits) == 1
    assert clock.sleeps == []


def test_queueing_for_a_slot_never_outlasts_the_deadline(clock: FakeClock) -> None:
    """Item 13: 30 calls queued on a 60/min operation with deadline=10. Those whose slot starts
    within 10 s are sent; the rest raise RateLimitError at once with retry_after set, unsent. The
    old transport did not count the queue against the deadline and sent all 30."""
    clock.frozen = True  # every call queues behind the previous ones
    hits: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hits.append(request.url.path)
        return httpx.Response(200, json={})

    refused: list[RateLimitError] = []
    config = make_config(deadline=10.0)
    with wired_client(
        config, routes=ROUTES, transport=httpx.MockTransport(handler), hooks=clock.hooks()
    ) as c:
        for i in range(30):
            try:
                c.get(f"/issues/iss_{i}")
            except RateLimitError as error:
                refused.append(error)
    assert len(hits) == 12  # a burst of 3, then one a second while the slot is < 10 s away
    assert max(clock.sleeps) == 9.0
    assert len(refused) == 18
    assert [error.retry_after for error in refused] == [10.0] * 18
    assert all("GetIssue" in str(error) and "not sent" in str(error) for error in refused)


async def test_async_queueing_never_outlasts_the_deadline() -> None:
    time = VirtualTime()
    hits: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hits.append(time.now)
        return httpx.Response(200, json={})

    config = make_config(deadline=5.0)
    async with wired_async_client(
        config, routes=ROUTES, transport=httpx.MockTransport(handler), hooks=time.hooks()
    ) as client:
        calls = [asyncio.create_task(client.get(f"/issues/{i}")) for i in range(20)]
        while not all(call.done() for call in calls):
            await time.advance(0.5)
        outcomes = [call.exception() or call.result() for call in calls]
    # 3 at once, then one a second; the slot 5 s away would leave nothing of the deadline
    assert sum(isinstance(o, httpx.Response) for o in outcomes) == 7
    assert all(isinstance(o, (httpx.Response, RateLimitError)) for o in outcomes)
    assert max(hits) - min(hits) == 4.0


def test_without_a_deadline_a_long_wait_is_paced_and_logged_once(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    """Item 13, without a deadline: pacing stays, and a wait over 30 s logs one INFO line naming
    the operation and the reason."""
    clock.frozen = True
    config = make_config(deadline=None)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={}))
    with (
        caplog.at_level(logging.INFO, logger="pylon"),
        wired_client(config, routes=ROUTES, transport=transport, hooks=clock.hooks()) as c,
    ):
        for i in range(35):
            c.get(f"/issues/iss_{i}")
    lines = [r.getMessage() for r in caplog.records if "rate-limit slot" in r.getMessage()]
    assert len(lines) == 2  # the waits of 31 s and 32 s
    assert all(line.startswith("GetIssue waits 3") for line in lines)
    assert all("earlier calls hold the slots" in line for line in lines)


def test_a_long_wait_after_a_429_says_so(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    statuses = iter([429, 200])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(next(statuses), json={}, headers={"retry-after": "45"})

    config = make_config(deadline=None, max_retries=0)
    with (
        caplog.at_level(logging.INFO, logger="pylon"),
        wired_client(
            config, routes=ROUTES, transport=httpx.MockTransport(handler), hooks=clock.hooks()
        ) as c,
    ):
        assert c.post("/issues/search", json={}).status_code == 429
        assert c.post("/issues/search", json={}).status_code == 200
    assert clock.sleeps == [45.0]
    lines = [r.getMessage() for r in caplog.records if "rate-limit slot" in r.getMessage()]
    assert len(lines) == 1 and "SearchIssues waits 45 s" in lines[0] and "429" in lines[0]


def test_usage_reads_the_limiter_for_etas(clock: FakeClock) -> None:
    from pylon import Pylon

    clock.frozen = True
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"data": {}}))
    client = Pylon(api_key="pylon_test_key_1234", transport=transport, deadline=None)
    try:
        assert client.rate_limit_usage("NoSuchOperation") is None
        before = client.rate_limit_usage("GetIssue")
        assert before is not None and (before.limit, before.used, before.next_free_in) == (60, 0, 0)
        for _ in range(3):
            client.issues.get("iss_1")
        after = client.with_options(max_retries=0).rate_limit_usage("GetIssue")
        assert after is not None and after.used == 3 and 0 < after.next_free_in <= 1.0
        # A copy with its own limit reports that limit, not the parent's.
        slower = client.with_options(rate_limit={"GetIssue": (5, 60.0)})
        own = slower.rate_limit_usage("GetIssue")
        assert own is not None and (own.limit, own.per_seconds) == (5, 60.0)
        off = client.with_options(rate_limit=False).rate_limit_usage("GetIssue")
        assert off is None
    finally:
        client.close()
