"""The circuit breaker against the simulator's faults, on a fake clock.

Evidence is counted, never timed: requests the simulator saw (`sim.stats`), and the sleeps the
transport asked the fake clock for (the retry budget a call spends waiting)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from pylon import (
    APIConnectionError,
    CircuitBreaker,
    CircuitOpenError,
    NotFoundError,
    Pylon,
    PylonConfigError,
    PylonError,
    ServerError,
)
from pylon._config import ClientConfig
from pylon._wiring import SharedState
from pylon.testing import Simulator

from ..transport._support import FakeClock
from .conftest import API_KEY, build

Make = Callable[..., Pylon]
BREAKER = CircuitBreaker(failures=3, window=30.0, recovery=10.0)


def calls(client: Pylon, n: int) -> list[type[Exception]]:
    """The error class each of `n` calls of `me.get()` raised."""
    raised: list[type[Exception]] = []
    for _ in range(n):
        with pytest.raises(PylonError) as caught:
            client.me.get()
        raised.append(type(caught.value))
    return raised


def half_open(make: Make, sim: Simulator, clock: FakeClock, **options: Any) -> Pylon:
    """A client whose circuit three 503s opened, `recovery` seconds ago: the next attempt is the
    probe (the simulator answers normally again)."""
    client = make(circuit_breaker=BREAKER, **options)
    sim.faults.add(operation="GetMe", status=503, times=3)
    for _ in range(3 if options.get("max_retries") == 0 else 1):
        calls(client, 1)
    clock.advance(BREAKER.recovery)
    return client


def test_a_run_of_503s_opens_the_circuit_and_later_calls_fail_fast(
    make: Make, sim: Simulator, clock: FakeClock
) -> None:
    sim.faults.add(operation="GetMe", status=503)
    # The same six calls without a breaker: each spends its whole retry budget.
    plain = make(max_retries=2)
    assert calls(plain, 6) == [ServerError] * 6
    budget_requests, budget_sleeps = sim.stats["GetMe"], sum(clock.sleeps)
    assert budget_requests == 18
    sim.reset_stats()
    clock.sleeps.clear()

    guarded = make(max_retries=2, circuit_breaker=BREAKER)
    # The first call's three attempts are the run of three failures that opens the circuit.
    assert calls(guarded, 6) == [ServerError] + [CircuitOpenError] * 5
    assert sim.stats["GetMe"] == 3  # 15 fewer requests than the budget
    assert sum(clock.sleeps) <= budget_sleeps / 6  # only the first call waited between retries
    # Every operation on the host fails fast, not only the failing one, and none is sent.
    with pytest.raises(CircuitOpenError) as caught:
        list(guarded.tags.list())
    assert sim.stats["GetTags"] == 0
    error = caught.value
    assert error.host == "127.0.0.1:9" and not error.maybe_processed
    assert error.retry_after == pytest.approx(BREAKER.recovery)
    assert error.retry_at == pytest.approx(clock.wall() + BREAKER.recovery)
    text = str(error)
    assert "circuit breaker is open" in text and "503 Service Unavailable" in text
    assert "GetTags (GET /tags) was not sent" in text and "tried again in 10.0 s" in text


def test_a_recovered_simulator_closes_the_circuit_through_one_probe(
    make: Make, sim: Simulator, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    client = make(max_retries=0, circuit_breaker=BREAKER)
    sim.faults.add(operation="GetMe", status=503, times=3)
    with caplog.at_level(logging.INFO, logger="pylon"):
        assert calls(client, 4) == [ServerError] * 3 + [CircuitOpenError]
        assert sim.stats["GetMe"] == 3
        clock.advance(BREAKER.recovery - 0.5)
        assert calls(client, 1) == [CircuitOpenError]  # not yet
        clock.advance(0.5)
        assert client.me.get().id  # the probe: Pylon answers, the circuit closes
        assert [client.me.get().id for _ in range(3)]
    assert sim.stats["GetMe"] == 3 + 4
    messages = [r.getMessage() for r in caplog.records]
    assert any("opened: 3 failed attempts" in m for m in messages)
    assert any("goes out as the probe" in m for m in messages)
    assert any("closed: Pylon answers again" in m for m in messages)


def test_a_failed_probe_opens_the_circuit_again_and_stops_the_calls_retries(
    make: Make, sim: Simulator, clock: FakeClock
) -> None:
    client = make(max_retries=2, circuit_breaker=BREAKER)
    sim.faults.add(operation="GetMe", status=503)
    calls(client, 1)
    clock.advance(BREAKER.recovery)
    sim.reset_stats()
    # The probe fails; its own retry meets the open circuit and is not sent.
    with pytest.raises(CircuitOpenError) as caught:
        client.me.get()
    assert sim.stats["GetMe"] == 1
    assert caught.value.maybe_processed  # the probe itself reached Pylon
    assert "not sent again" in str(caught.value)
    assert caught.value.retry_after == pytest.approx(BREAKER.recovery - clock.sleeps[-1])


def test_other_calls_fail_fast_while_the_probe_is_out(
    make: Make, sim: Simulator, clock: FakeClock
) -> None:
    client = half_open(make, sim, clock, max_retries=0)
    seen: list[str] = []

    def during_probe(record: Any, response: Any) -> None:
        # Runs inside the probe's request: a second call now must not become a second probe.
        if record.operation == "GetMe" and not seen:
            seen.append("probe")
            with pytest.raises(CircuitOpenError) as caught:
                list(client.tags.list())
            seen.append(str(caught.value))

    sim.add_observer(during_probe)
    assert client.me.get().id
    assert "a probe request is testing whether it is back" in seen[1]
    assert sim.stats["GetTags"] == 0


def test_a_create_goes_through_half_open_at_most_once(
    make: Make, sim: Simulator, clock: FakeClock
) -> None:
    client = half_open(make, sim, clock, max_retries=2)
    # The create is the probe: Pylon stores it but answers 503.
    sim.faults.add(operation="CreateTag", status=503, processed=True)
    before = sim.count("tags")
    with pytest.raises(ServerError):
        client.tags.create(value="probe-tag", object_type="issue")
    with pytest.raises(CircuitOpenError):
        client.tags.create(value="probe-tag", object_type="issue")
    assert sim.stats["CreateTag"] == 1
    assert sim.count("tags") == before + 1


def on_failing_transport(
    error: type[httpx.TransportError], clock: FakeClock, sent: list[str], **options: Any
) -> Pylon:
    """A client whose every attempt raises `error` (recorded in `sent`), on `clock`."""

    def fail(request: httpx.Request) -> httpx.Response:
        sent.append(f"{request.method} {request.url.path}")
        raise error("simulated", request=request)

    config = ClientConfig.create(
        API_KEY, base_url="http://127.0.0.1:9", rate_limit=False, **options
    )
    shared = SharedState.create(config, transport=httpx.MockTransport(fail), hooks=clock.hooks())
    return Pylon._from_parts(config, shared)


def test_a_create_probe_is_never_a_probe_twice_even_when_its_retry_is_allowed() -> None:
    """A create whose probe never reached Pylon (connection refused) may be retried by the policy;
    when the retry finds the circuit half-open again, it still is not let through."""
    clock, sent = FakeClock(), []
    quick = CircuitBreaker(failures=2, window=30.0, recovery=0.1)  # shorter than the backoff
    with on_failing_transport(
        httpx.ConnectError, clock, sent, max_retries=3, circuit_breaker=quick
    ) as client:
        with pytest.raises(APIConnectionError):
            client.me.get()  # two refused attempts open the circuit
        clock.advance(quick.recovery)
        sent.clear()
        with pytest.raises(CircuitOpenError) as caught:
            client.tags.create(value="t", object_type="issue")
    assert sent == ["POST /tags"]  # the probe; its retry (after the recovery time) was refused
    assert not caught.value.maybe_processed


def test_a_full_connection_pool_is_not_pylon_failing() -> None:
    clock, sent = FakeClock(), []
    quick = CircuitBreaker(failures=2)
    with on_failing_transport(
        httpx.PoolTimeout, clock, sent, max_retries=0, circuit_breaker=quick
    ) as client:
        for _ in range(4):
            with pytest.raises(APIConnectionError) as caught:
                client.me.get()
            assert not isinstance(caught.value, CircuitOpenError)
    assert len(sent) == 4


def test_connection_errors_open_it_and_any_answer_resets_the_run(
    make: Make, sim: Simulator
) -> None:
    client = make(max_retries=0, circuit_breaker=BREAKER)
    sim.faults.add(operation="GetMe", drop="before_response", times=2)
    calls(client, 2)
    sim.faults.add(operation="GetMe", status=404, times=1)
    with pytest.raises(NotFoundError):  # Pylon answered: the run of failures starts over
        client.me.get()
    sim.faults.add(operation="GetMe", drop="before_response", times=2)
    calls(client, 2)
    assert client.me.get().id  # four failures in all, never three in a row
    sim.faults.clear()
    sim.faults.add(operation="GetMe", drop="before_response", times=3)
    assert calls(client, 4)[-1] is CircuitOpenError


def test_failures_spread_wider_than_the_window_never_open_it(
    make: Make, sim: Simulator, clock: FakeClock
) -> None:
    client = make(max_retries=0, circuit_breaker=CircuitBreaker(failures=3, window=5.0))
    sim.faults.add(operation="GetMe", status=500)
    for _ in range(5):
        assert calls(client, 1) == [ServerError]
        clock.advance(3.0)  # three failures always span 6 s > 5 s
    assert sim.stats["GetMe"] == 5


def test_with_options_copies_share_the_circuit(make: Make, sim: Simulator) -> None:
    client = make(max_retries=0, circuit_breaker=BREAKER)
    copy = client.with_options(timeout=3.0, max_retries=2)
    sim.faults.add(operation="GetMe", status=502)
    calls(client, 3)
    with pytest.raises(CircuitOpenError):
        copy.me.get()
    assert sim.stats["GetMe"] == 3


def test_async_calls_fail_fast_too(sim: Simulator, clock: FakeClock) -> None:
    async def main() -> tuple[list[type[Exception]], int]:
        raised: list[type[Exception]] = []
        async with build(sim, clock, is_async=True, max_retries=1, circuit_breaker=BREAKER) as c:
            for _ in range(4):
                try:
                    await c.me.get()
                except PylonError as error:
                    raised.append(type(error))
        return raised, sim.stats["GetMe"]

    sim.faults.add(operation="GetMe", status=503)
    raised, requests = asyncio.run(main())
    # attempts 1-2 (call 1), attempt 3 opens it (call 2, whose retry is refused)
    assert raised == [ServerError, CircuitOpenError, CircuitOpenError, CircuitOpenError]
    assert requests == 3


def test_off_by_default_costs_nothing(make: Make) -> None:
    client = make()
    assert client.config.circuit_breaker is None
    assert client._shared.root._shared.breakers is None


@pytest.mark.parametrize(
    ("setting", "named"),
    [
        ({"failures": 0}, "circuit_breaker.failures"),
        ({"failures": 2.5}, "circuit_breaker.failures"),
        ({"failures": 100_000}, "circuit_breaker.failures"),
        ({"window": -1}, "circuit_breaker.window"),
        ({"window": float("nan")}, "circuit_breaker.window"),
        ({"recovery": 0}, "circuit_breaker.recovery"),
        ({"recovery": 1e9}, "circuit_breaker.recovery"),
        ({"recovery": True}, "circuit_breaker.recovery"),
    ],
)
def test_thresholds_out_of_range_are_refused_naming_the_setting(
    setting: dict[str, Any], named: str
) -> None:
    with pytest.raises(PylonConfigError, match=named):
        CircuitBreaker(**setting)
    with pytest.raises(PylonConfigError, match=named):
        Pylon(api_key="pylon_resilience_key_0123456789ab", circuit_breaker=setting)


def test_other_bad_breaker_settings(make: Make) -> None:
    key = "pylon_resilience_key_0123456789ab"
    with pytest.raises(PylonConfigError, match="circuit_breaker must be"):
        Pylon(api_key=key, circuit_breaker="on")  # type: ignore[arg-type]
    with pytest.raises(PylonConfigError, match="Did you mean failures="):
        Pylon(api_key=key, circuit_breaker={"failure": 3})
    with pytest.raises(PylonConfigError, match="circuit_breaker is chosen once"):
        make().with_options(circuit_breaker=True)
    assert Pylon(api_key=key, circuit_breaker=True).config.circuit_breaker == CircuitBreaker()
