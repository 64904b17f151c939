"""Rate-limit waits as events (on the transport tests' fake clock, so nothing sleeps for real), and
the canary key nowhere in any event a hook can see, bodies included."""

from __future__ import annotations

from typing import Any

import pytest

from pylon import APITimeoutError, Hooks
from pylon.hooks import CallEnded, RateLimitWait, RequestSent
from pylon.testing import Simulator

from ..transport._support import CANARY, FakeClock, make_config, wired_async_client, wired_client
from .conftest import FAST_RETRY, Recorder

FRAGMENTS = {CANARY[i : i + 8] for i in range(len(CANARY) - 7)}


def _calls(recorder: Recorder) -> list[list[Any]]:
    """The events grouped by call, in the order the calls started."""
    grouped: dict[int, list[Any]] = {}
    for event in recorder.events:
        grouped.setdefault(event.call.call_id, []).append(event)
    return list(grouped.values())


def test_the_limiter_holding_a_call_back_is_an_event_before_its_send(
    sim: Simulator, issue_id: str
) -> None:
    recorder, clock = Recorder(), FakeClock()
    config = make_config(hooks=recorder.hooks, rate_limit={"GetIssue": (1, 60.0)})
    with wired_client(config, transport=sim.transport(), hooks=clock.hooks()) as http:
        for _ in range(5):
            assert http.get(f"/issues/{issue_id}").status_code == 200
    waited = [call for call in _calls(recorder) if any(isinstance(e, RateLimitWait) for e in call)]
    assert waited, "the limiter never held a call back"
    assert len(clock.sleeps) == len(waited)  # every sleep of the limiter was told
    for call, slept in zip(waited, clock.sleeps, strict=True):
        kinds = [type(e).__name__ for e in call]
        assert kinds[:3] == ["CallStarted", "RateLimitWait", "RequestSent"]
        wait, end = call[1], call[-1]
        assert (wait.operation_id, wait.after_429) == ("GetIssue", False)
        assert wait.seconds == pytest.approx(slept)
        assert isinstance(end, CallEnded) and end.rate_limit_wait == pytest.approx(slept)
        assert end.duration >= slept  # the call's time counts its wait


async def test_after_a_429_the_next_attempt_waits_for_the_operation(
    sim: Simulator, issue_id: str
) -> None:
    # A frozen clock: the retry's own sleep does not use up the operation's pause, so the
    # retried attempt meets it at the limiter, as every other caller of the operation would.
    recorder, clock = Recorder(), FakeClock(frozen=True)
    config = make_config(hooks=recorder.hooks)
    sim.faults.add(operation="GetIssue", status=429, times=1)  # no Retry-After: one interval
    async with wired_async_client(config, transport=sim.transport(), hooks=clock.hooks()) as http:
        assert (await http.get(f"/issues/{issue_id}")).status_code == 200
    kinds = recorder.kinds()
    assert kinds[:5] == [
        "CallStarted", "RequestSent", "ResponseReceived", "RetryScheduled", "RateLimitWait",
    ]  # fmt: skip
    retry, wait = recorder.events[3], recorder.events[4]
    assert (retry.status_code, retry.retry_after) == (429, None)
    assert retry.delay >= 1.0  # a token interval of GetIssue (60/min), not a short backoff
    assert wait.after_429


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_no_event_holds_the_key(kind: str, sim: Simulator, issue_id: str) -> None:
    recorder, clock = Recorder(include_bodies=True), FakeClock()
    config = make_config(hooks=recorder.hooks, rate_limit={"GetIssue": (1, 60.0)}, max_retries=1)
    sim.faults.add(operation="GetIssue", status=503, headers=FAST_RETRY, times=1)
    sim.faults.add(operation="GetMe", drop="before_response")
    requests: list[tuple[str, str, dict[str, Any]]] = [
        ("GET", f"/issues/{issue_id}", {}),
        ("GET", f"/issues/{issue_id}", {}),
        ("POST", "/issues", {"json": {"title": "canary", "body_html": "<p>x</p>"}}),
        ("GET", "/issues/missing", {}),
        ("GET", "/me", {}),
    ]
    if kind == "sync":
        with wired_client(config, transport=sim.transport(), hooks=clock.hooks()) as http:
            for method, url, extra in requests:
                try:
                    http.request(method, url, **extra)
                except Exception as error:  # the dropped /me: a typed connection error
                    assert CANARY not in str(error)
    else:
        async with wired_async_client(
            config, transport=sim.transport(), hooks=clock.hooks()
        ) as http:
            for method, url, extra in requests:
                try:
                    await http.request(method, url, **extra)
                except Exception as error:
                    assert CANARY not in str(error)
    kinds = set(recorder.kinds())
    assert kinds >= {"RateLimitWait", "RetryScheduled", "AttemptFailed", "GaveUp", "CallEnded"}
    assert any(isinstance(e, RequestSent) and e.body for e in recorder.events)
    for event in recorder.events:
        shown = repr(event) + str(getattr(event, "error", ""))
        body = getattr(event, "body", None) or b""
        assert not any(f in shown or f.encode() in body for f in FRAGMENTS), event


def test_a_deadline_reached_between_attempts_is_a_give_up_not_an_attempt(
    sim: Simulator, issue_id: str
) -> None:
    recorder, clock = Recorder(), FakeClock()
    # The retry's sleep overruns (the clock jumps past the deadline while it is scheduled), so
    # the second attempt is never sent: nothing may report it as a failed attempt.
    jump = Hooks(on_retry=lambda event: clock.advance(60.0))
    config = make_config(hooks=[recorder.hooks, jump], deadline=30.0, rate_limit=False)
    sim.faults.add(operation="GetIssue", status=503, headers=FAST_RETRY, times=1)
    with (
        wired_client(config, transport=sim.transport(), hooks=clock.hooks()) as http,
        pytest.raises(APITimeoutError),
    ):
        http.get(f"/issues/{issue_id}")
    assert recorder.kinds() == [
        "CallStarted", "RequestSent", "ResponseReceived", "RetryScheduled", "GaveUp", "CallEnded",
    ]  # fmt: skip
    assert isinstance(recorder.events[-2].error, APITimeoutError)
