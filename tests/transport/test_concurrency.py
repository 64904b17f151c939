"""Concurrency: per-request retry controllers (R-14), the in-flight cap, shared state, lifecycle."""

from __future__ import annotations

import asyncio
import os
import threading
from collections import Counter

import httpx
import pytest

from pylon._errors import PylonConfigError
from pylon._transport import AsyncPylonTransport, PylonTransport
from pylon._wiring import SharedState, build_http_client

from ._support import (
    FakeClock,
    loopback_server,
    make_config,
    wired_async_client,
    wired_client,
)


async def test_500_tasks_each_see_exactly_three_attempts(clock: FakeClock) -> None:
    """R-14: a shared AsyncRetrying gave 500/500 wrong outcomes; ours is built per request."""
    clock.frozen = True
    attempts: Counter[str] = Counter()

    async def handler(request: httpx.Request) -> httpx.Response:
        key = request.url.path
        attempts[key] += 1
        await asyncio.sleep(0)  # interleave the tasks between attempts
        return httpx.Response(200 if attempts[key] == 3 else 503, json={"data": key})

    config = make_config(rate_limit=False)
    transport = httpx.MockTransport(handler)
    async with wired_async_client(config, transport=transport, hooks=clock.hooks()) as c:
        responses = await asyncio.gather(*(c.get(f"/issues/iss_{i}") for i in range(500)))
    assert [r.status_code for r in responses] == [200] * 500
    assert set(attempts.values()) == {3} and len(attempts) == 500
    assert [r.json()["data"] for r in responses] == [f"/issues/iss_{i}" for i in range(500)]
    assert sorted(set(clock.sleeps)) == [0.5, 1.0] and len(clock.sleeps) == 1000


async def test_async_in_flight_cap(clock: FakeClock) -> None:
    in_flight = peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        for _ in range(3):
            await asyncio.sleep(0)
        in_flight -= 1
        return httpx.Response(200, json={})

    config = make_config(rate_limit=False, max_concurrency=16)
    transport = httpx.MockTransport(handler)
    async with wired_async_client(config, transport=transport, hooks=clock.hooks()) as c:
        await asyncio.gather(*(c.get("/issues") for _ in range(500)))
    assert peak == 16


def test_sync_in_flight_cap(clock: FakeClock) -> None:
    """Handlers meet at a barrier of 4: more than 4 in flight shows in `peak`, fewer times out."""
    barrier = threading.Barrier(4, timeout=10)
    lock = threading.Lock()
    in_flight = peak = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        barrier.wait()
        with lock:
            in_flight -= 1
        return httpx.Response(200, json={})

    config = make_config(rate_limit=False, max_concurrency=4)
    results: list[int] = []
    with wired_client(
        config, transport=httpx.MockTransport(handler), hooks=clock.hooks()
    ) as client:

        def worker() -> None:
            results.append(client.get("/issues").status_code)

        threads = [threading.Thread(target=worker) for _ in range(12)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert results == [200] * 12 and peak == 4


def test_async_transport_works_across_event_loops(clock: FakeClock) -> None:
    """C-08: one async client used from two successive asyncio.run calls."""
    config = make_config(rate_limit=False, max_concurrency=2)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={}))
    shared = SharedState.create(config, transport=transport, is_async=True, hooks=clock.hooks())
    client = build_http_client(config, shared)

    async def burst() -> list[int]:
        responses = await asyncio.gather(*(client.get("/issues") for _ in range(10)))
        return [r.status_code for r in responses]

    assert asyncio.run(burst()) == [200] * 10
    assert asyncio.run(burst()) == [200] * 10


# -- SharedState: the lead's client builds on this ----------------------------------------------------


class ClosingTransport(httpx.MockTransport):
    def __init__(self) -> None:
        super().__init__(lambda request: httpx.Response(200, json={}))
        self.closed = 0

    def close(self) -> None:
        self.closed += 1

    async def aclose(self) -> None:
        self.closed += 1


def test_shared_state_sync_lifecycle() -> None:
    inner = ClosingTransport()
    shared = SharedState.create(make_config(), transport=inner)
    first = build_http_client(make_config(), shared)
    clone = build_http_client(make_config(max_retries=0), shared)
    assert isinstance(first, httpx.Client) and isinstance(clone, httpx.Client)
    assert clone.get("/issues").status_code == 200
    shared.close_sync(clone)
    assert inner.closed == 0 and first.get("/issues").status_code == 200
    shared.close_sync(first)
    assert inner.closed == 1
    assert "authorization" not in first.headers


async def test_shared_state_async_lifecycle() -> None:
    inner = ClosingTransport()
    shared = SharedState.create(make_config(), transport=inner, is_async=True)
    first = build_http_client(make_config(), shared)
    clone = build_http_client(make_config(deadline=5), shared)
    assert isinstance(first, httpx.AsyncClient)
    assert (await clone.get("/issues")).status_code == 200
    await shared.close_async(clone)
    assert inner.closed == 0
    await shared.close_async(first)
    assert inner.closed == 1


def test_shared_state_checks_what_it_is_given() -> None:
    config = make_config()
    with pytest.raises(PylonConfigError, match="not both"):
        SharedState.create(config, transport=httpx.MockTransport(lambda r: httpx.Response(200)),
                           http_client=httpx.Client())  # fmt: skip
    with pytest.raises(PylonConfigError, match=r"httpx\.Client"):
        SharedState.create(config, http_client=httpx.AsyncClient())
    with pytest.raises(PylonConfigError, match=r"httpx\.AsyncClient"):
        SharedState.create(config, http_client=httpx.Client(), is_async=True)
    with pytest.raises(PylonConfigError, match="async transport"):
        SharedState.create(config, transport=httpx.HTTPTransport(), is_async=True)
    with pytest.raises(PylonConfigError, match="sync transport"):
        SharedState.create(config, transport=httpx.AsyncHTTPTransport())
    assert isinstance(SharedState.create(config).root, PylonTransport)
    assert isinstance(SharedState.create(config, is_async=True).root, AsyncPylonTransport)


def test_callers_http_client_keeps_its_settings_and_gets_our_policy(clock: FakeClock) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.headers["authorization"].startswith("Bearer pylon_CANARY_")
        return httpx.Response(503 if len(seen) == 1 else 200, json={})

    theirs = httpx.Client(transport=httpx.MockTransport(handler))
    shared = SharedState.create(make_config(), http_client=theirs, hooks=clock.hooks())
    ours = build_http_client(make_config(), shared)
    assert ours.get("/issues/iss_1").status_code == 200
    assert len(seen) == 2  # retried by our transport
    shared.close_sync(ours)
    assert not theirs.is_closed  # the caller's client is the caller's to close
    theirs.close()


async def test_callers_async_http_client(clock: FakeClock) -> None:
    theirs = httpx.AsyncClient(
        transport=httpx.MockTransport(lambda r: httpx.Response(200, json={}))
    )
    shared = SharedState.create(
        make_config(), http_client=theirs, is_async=True, hooks=clock.hooks()
    )
    ours = build_http_client(make_config(), shared)
    assert (await ours.get("/issues")).status_code == 200
    await shared.close_async(ours)
    assert not theirs.is_closed
    await theirs.aclose()


# -- C-03 / C-04: limiter waits hold no in-flight slot and never block the loop --------------------


def test_a_slow_operation_does_not_block_a_fast_one(clock: FakeClock) -> None:
    """C-03: a thread queued on a 10/min operation holds no in-flight slot, even with a cap of 1."""
    clock.frozen = True
    queued, release = threading.Event(), threading.Event()

    def sleep(seconds: float) -> None:
        if threading.current_thread().name == "slow":
            queued.set()
            assert release.wait(10)

    hooks = clock.hooks()
    hooks = type(hooks)(
        clock=hooks.clock, wall_clock=hooks.wall_clock, sleep=sleep, rand=hooks.rand
    )
    config = make_config(max_concurrency=1)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={}))
    with wired_client(config, transport=transport, hooks=hooks) as client:
        for _ in range(3):  # use up CreateIssue's burst
            client.post("/issues", json={})

        slow = threading.Thread(target=lambda: client.post("/issues", json={}), name="slow")
        slow.start()
        assert queued.wait(10)
        # While "slow" waits for its CreateIssue slot, GetIssue calls go straight through.
        assert [client.get(f"/issues/iss_{i}").status_code for i in range(5)] == [200] * 5
        release.set()
        slow.join(10)
        assert not slow.is_alive()


async def test_async_waits_never_call_time_sleep(clock: FakeClock) -> None:
    """C-04: every wait in the async transport is awaited; a blocking sleep would fail here."""
    clock.frozen = True  # 20 concurrent waits must not add up on one fake clock

    def blocking_sleep(seconds: float) -> None:
        raise AssertionError("time.sleep-style call in async code")

    hooks = clock.hooks()
    hooks = type(hooks)(clock=hooks.clock, wall_clock=hooks.wall_clock, sleep=blocking_sleep,
                        async_sleep=hooks.async_sleep, rand=hooks.rand)  # fmt: skip
    statuses = iter([503, 429] + [200] * 100)
    transport = httpx.MockTransport(lambda r: httpx.Response(next(statuses), json={}))
    config = make_config(deadline=None)  # 20 creates queue for two minutes at 10/min
    async with wired_async_client(config, transport=transport, hooks=hooks) as c:
        responses = await asyncio.gather(*(c.post("/issues", json={}) for _ in range(20)))
    assert sorted(r.status_code for r in responses) == [200] * 19 + [503]
    assert clock.sleeps  # the limiter and the retry did wait, asynchronously


# -- C-07: fork ----------------------------------------------------------------------------------------


def test_pool_is_rebuilt_not_closed_in_a_forked_child(monkeypatch: pytest.MonkeyPatch) -> None:
    config = make_config(rate_limit=False)
    with loopback_server() as server:
        pylon = PylonTransport(config.replace(base_url=server.url))
        with httpx.Client(transport=pylon, base_url=server.url) as client:
            assert client.get("/me").status_code == 200
            parent_pool = pylon._inner.get()
            real_pid = os.getpid()
            monkeypatch.setattr(os, "getpid", lambda: real_pid + 1)
            assert client.get("/me").status_code == 200
            child_pool = pylon._inner.get()
        assert child_pool is not parent_pool
        assert len(server.client_ports) == 2 and server.client_ports[0] != server.client_ports[1]
        monkeypatch.undo()
        parent_pool.close()


def test_callers_transport_is_kept_after_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    mine = httpx.MockTransport(lambda request: httpx.Response(200, json={}))
    pylon = PylonTransport(make_config(), transport=mine)
    monkeypatch.setattr(os, "getpid", lambda: -1)
    assert pylon._inner.get() is mine


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX only")
def test_real_fork_uses_a_fresh_connection_in_the_child() -> None:
    config = make_config(rate_limit=False, max_retries=0, timeout=5.0, deadline=10)
    with (
        loopback_server() as server,
        wired_client(config.replace(base_url=server.url)) as client,
    ):
        assert client.get("/me").status_code == 200  # the parent now holds a keep-alive socket
        pid = os.fork()
        if pid == 0:  # the child: one request, then leave without running any pytest code
            code = 1
            try:
                code = 0 if client.get("/child").status_code == 200 else 2
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
        assert client.get("/parent").status_code == 200
    assert server.paths == ["/me", "/child", "/parent"]
    ports = dict(zip(server.paths, server.client_ports, strict=True))
    assert ports["/child"] != ports["/me"] == ports["/parent"]
