"""Event hooks against the simulator with faults: every attempt of a retried call, in order, on
`Pylon` and `AsyncPylon`; give-ups with the typed error; per-call hooks through `with_options`;
bodies only on request; a raising hook never breaks the call; bad hooks refused at construction."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import pytest

from pylon import (
    APITimeoutError,
    AsyncPylon,
    Hooks,
    NotFoundError,
    Pylon,
    PylonConfigError,
    ServerError,
)
from pylon.hooks import (
    HOOK_NAMES,
    AttemptFailed,
    CallEnded,
    CallStarted,
    GaveUp,
    RequestSent,
    ResponseReceived,
    RetryScheduled,
)
from pylon.testing import Simulator

from .conftest import FAST_RETRY, Recorder

RETRIED_TWICE = [
    "CallStarted",
    "RequestSent", "ResponseReceived", "RetryScheduled",
    "RequestSent", "ResponseReceived", "RetryScheduled",
    "RequestSent", "ResponseReceived",
    "CallEnded",
]  # fmt: skip


def _check_retried_twice(recorder: Recorder, sim: Simulator, issue_id: str) -> None:
    events = recorder.events
    assert recorder.kinds() == RETRIED_TWICE
    assert len({event.call.call_id for event in events}) == 1  # all one call
    call = events[0].call
    assert (call.operation_id, call.method, call.path_template) == (
        "GetIssue",
        "GET",
        "/issues/{id}",
    )
    assert (call.path, call.op_class) == (f"/issues/{issue_id}", "read")
    assert [e.attempt for e in events if isinstance(e, RequestSent)] == [1, 2, 3]
    responses = [e for e in events if isinstance(e, ResponseReceived)]
    assert [r.status_code for r in responses] == [503, 503, 200]
    # Each attempt's request id is the one the simulator gave that request.
    assert [r.request_id for r in responses] == [r.request_id for r in sim.requests]
    retries = [e for e in events if isinstance(e, RetryScheduled)]
    assert [(r.attempt, r.status_code, r.reason) for r in retries] == [
        (1, 503, "503 Service Unavailable"), (2, 503, "503 Service Unavailable"),
    ]  # fmt: skip
    assert all(r.delay == r.retry_after == 0.001 for r in retries)
    end = events[-1]
    assert isinstance(end, CallEnded)
    assert (end.attempts, end.retries, end.status_code, end.error) == (3, 2, 200, None)
    assert end.request_id == responses[-1].request_id
    assert end.duration >= sum(r.duration for r in responses)


def test_sync_hooks_see_every_attempt_of_a_retried_call_in_order(
    make_client: Any, sim: Simulator, issue_id: str
) -> None:
    recorder = Recorder()
    client = make_client(hooks=recorder.hooks)
    sim.faults.add(operation="GetIssue", status=503, headers=FAST_RETRY, times=2)
    assert client.issues.get(issue_id).id == issue_id
    _check_retried_twice(recorder, sim, issue_id)


async def test_async_hooks_see_every_attempt_of_a_retried_call_in_order(
    make_client: Any, sim: Simulator, issue_id: str
) -> None:
    recorder = Recorder()
    client = make_client(AsyncPylon, hooks=recorder.hooks)
    sim.faults.add(operation="GetIssue", status=503, headers=FAST_RETRY, times=2)
    assert (await client.issues.get(issue_id)).id == issue_id
    _check_retried_twice(recorder, sim, issue_id)


def test_a_dropped_connection_is_an_attempt_error_then_a_retry(
    make_client: Any, sim: Simulator, issue_id: str
) -> None:
    recorder = Recorder()
    client = make_client(hooks=recorder.hooks)
    sim.faults.add(operation="GetIssue", drop="before_response", times=1)
    client.issues.get(issue_id)
    assert recorder.kinds() == [
        "CallStarted", "RequestSent", "AttemptFailed", "RetryScheduled",
        "RequestSent", "ResponseReceived", "CallEnded",
    ]  # fmt: skip
    failed = recorder.events[2]
    assert isinstance(failed, AttemptFailed)
    assert (failed.attempt, failed.error_type) == (1, "RemoteProtocolError")
    retry = recorder.events[3]
    assert (retry.status_code, retry.reason) == (None, "RemoteProtocolError")


def test_giving_up_after_the_retries_carries_the_error_the_call_raises(
    make_client: Any, sim: Simulator, issue_id: str
) -> None:
    recorder = Recorder()
    client = make_client(hooks=recorder.hooks, max_retries=1)
    sim.faults.add(operation="GetIssue", status=503, headers=FAST_RETRY)
    with pytest.raises(ServerError) as raised:
        client.issues.get(issue_id)
    gave_up, end = recorder.events[-2:]
    assert isinstance(gave_up, GaveUp) and isinstance(end, CallEnded)
    assert (gave_up.attempts, gave_up.stop_reason) == (2, "retries_exhausted")
    assert type(gave_up.error) is ServerError
    assert str(gave_up.error) == str(raised.value)
    assert end.error is gave_up.error and end.status_code == 503


def test_an_error_status_that_is_not_retried_gives_up_at_once(
    make_client: Any, sim: Simulator
) -> None:
    recorder = Recorder()
    client = make_client(hooks=recorder.hooks)
    with pytest.raises(NotFoundError):
        client.issues.get("no-such-issue")
    assert recorder.kinds() == [
        "CallStarted", "RequestSent", "ResponseReceived", "GaveUp", "CallEnded",
    ]  # fmt: skip
    gave_up = recorder.events[3]
    assert isinstance(gave_up.error, NotFoundError) and gave_up.stop_reason is None
    assert gave_up.error.request_id == recorder.events[2].request_id


def test_the_raw_client_gives_up_on_a_status_it_returns(make_client: Any) -> None:
    from pylon_openapi.api.issues import get_issue

    recorder = Recorder()
    client = make_client(hooks=recorder.hooks)
    response = get_issue.sync_detailed("no-such-issue", client=client.raw)
    assert response.status_code == 404  # returned, not raised
    gave_up = recorder.events[-2]
    assert isinstance(gave_up, GaveUp) and isinstance(gave_up.error, NotFoundError)
    assert response.content  # the caller's response is still readable


def test_a_timeout_is_an_attempt_error_and_the_give_up_is_typed(
    make_client: Any, sim: Simulator, issue_id: str
) -> None:
    recorder = Recorder()
    client = make_client(hooks=recorder.hooks, timeout=0.02, max_retries=0)
    sim.faults.add(operation="GetIssue", delay=1.0, times=1)
    with pytest.raises(APITimeoutError):
        client.issues.get(issue_id)
    assert recorder.kinds() == [
        "CallStarted", "RequestSent", "AttemptFailed", "GaveUp", "CallEnded",
    ]  # fmt: skip
    assert recorder.events[2].error_type == "ReadTimeout"
    assert isinstance(recorder.events[3].error, APITimeoutError)
    assert recorder.events[-1].status_code is None


def test_a_create_that_may_have_been_processed_is_not_retried_and_says_why(
    make_client: Any, sim: Simulator
) -> None:
    recorder = Recorder()
    client = make_client(hooks=recorder.hooks)
    sim.faults.add(operation="CreateIssue", status=502, headers=FAST_RETRY, times=1)
    with pytest.raises(ServerError):
        client.issues.create(title="hooked", body_html="<p>x</p>")
    gave_up = recorder.events[-2]
    assert gave_up.stop_reason == "maybe_processed" and gave_up.call.op_class == "create"


async def test_a_cancelled_async_call_still_ends(
    make_client: Any, sim: Simulator, issue_id: str
) -> None:
    recorder = Recorder()
    client = make_client(AsyncPylon, hooks=recorder.hooks)
    sim.faults.add(operation="GetIssue", delay=5.0, times=1)
    with pytest.raises(asyncio.TimeoutError):
        await asyncio.wait_for(client.issues.get(issue_id), 0.05)
    assert recorder.kinds() == ["CallStarted", "RequestSent", "AttemptFailed", "CallEnded"]
    assert isinstance(recorder.events[-1].error, asyncio.CancelledError)


# -- per call, bodies, several hooks -----------------------------------------------------------


def test_with_options_adds_hooks_for_its_calls_only(make_client: Any, issue_id: str) -> None:
    on_client, per_call = Recorder(), Recorder()
    client = make_client(hooks=on_client.hooks)
    client.with_options(hooks=per_call.hooks).issues.get(issue_id)
    client.issues.get(issue_id)
    assert len(per_call.events) == 4  # one call: start, sent, response, end
    assert len(on_client.events) == 8  # both calls: the client's own hooks still see the copy's
    assert client.config.hooks == (on_client.hooks,)


async def test_async_with_options_adds_hooks(make_client: Any, issue_id: str) -> None:
    per_call = Recorder()
    client: AsyncPylon = make_client(AsyncPylon)
    await client.with_options(hooks=[per_call.hooks]).issues.get(issue_id)
    await client.issues.get(issue_id)
    assert per_call.kinds() == ["CallStarted", "RequestSent", "ResponseReceived", "CallEnded"]


def test_bodies_only_for_hooks_that_ask(make_client: Any) -> None:
    plain, with_bodies = Recorder(), Recorder(include_bodies=True)
    client = make_client(hooks=[plain.hooks, with_bodies.hooks])
    client.issues.create(title="with a body", body_html="<p>hello</p>")
    sent = [e for e in with_bodies.events if isinstance(e, RequestSent)]
    answered = [e for e in with_bodies.events if isinstance(e, ResponseReceived)]
    assert sent[0].body is not None and json.loads(sent[0].body)["title"] == "with a body"
    assert answered[0].body is not None and b"with a body" in answered[0].body
    assert [e.body for e in plain.events if isinstance(e, RequestSent | ResponseReceived)] == [
        None,
        None,
    ]


def test_a_one_shot_upload_body_is_never_read_for_a_hook(make_client: Any) -> None:
    recorder = Recorder(include_bodies=True)
    client = make_client(hooks=recorder.hooks)
    chunks = iter([b'{"title": "streamed"}'])
    client.raw.get_httpx_client().post("/issues", content=chunks)
    sent = [e for e in recorder.events if isinstance(e, RequestSent)]
    assert sent[0].body is None


# -- a hook that raises ------------------------------------------------------------------------


def _raising(kind: str) -> Any:
    def hook(event: object) -> None:
        raise RuntimeError(f"broken {kind} hook")

    return hook


@pytest.mark.parametrize("client_kind", ["sync", "async"])
async def test_a_raising_hook_is_logged_once_and_never_breaks_the_call(
    client_kind: str,
    make_client: Any,
    sim: Simulator,
    issue_id: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    broken = Hooks(**{name: _raising(name) for name in HOOK_NAMES})
    after = Recorder()  # a later hook still sees every event
    cls = Pylon if client_kind == "sync" else AsyncPylon
    client = make_client(cls, hooks=[broken, after.hooks])
    sim.faults.add(operation="GetIssue", status=503, headers=FAST_RETRY, times=1)
    caplog.set_level(logging.DEBUG, logger="pylon")
    for _ in range(2):
        result = client.issues.get(issue_id)
        issue = result if client_kind == "sync" else await result
        assert issue.id == issue_id
    with pytest.raises(NotFoundError):  # a failing call fails with its own error, not the hook's
        result = client.issues.get("missing")
        _ = result if client_kind == "sync" else await result
    warned = [r for r in caplog.records if "event hook" in r.getMessage()]
    warnings = [r for r in warned if r.levelno == logging.WARNING]
    # One warning per hook and event that ran (rate-limit waits and attempt errors did not).
    assert sorted(r.getMessage().split("=")[0].rsplit(" ", 1)[1] for r in warnings) == sorted(
        ["on_call_start", "on_request", "on_response", "on_retry", "on_give_up", "on_call_end"]
    )
    assert all("broken" in r.getMessage() and "RuntimeError" in r.getMessage() for r in warnings)
    assert any(r.levelno == logging.DEBUG for r in warned)  # later failures, quietly
    assert after.kinds().count("CallEnded") == 3


# -- no hooks, no events -----------------------------------------------------------------------


def test_a_client_without_hooks_never_builds_an_event(
    make_client: Any, sim: Simulator, issue_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pylon._hooks

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the event machinery was reached without hooks")

    for name in ("CallStarted", "RequestSent", "ResponseReceived", "RetryScheduled", "CallEnded"):
        monkeypatch.setattr(pylon._hooks, name, refuse)
    monkeypatch.setattr(pylon._hooks.EventSink, "for_call", refuse)
    client = make_client()
    sim.faults.add(operation="GetIssue", status=503, headers=FAST_RETRY, times=1)
    assert client.issues.get(issue_id).id == issue_id
    assert client.config.hooks == ()
    # The same client with a hook does reach it: the spy above can fail.
    with pytest.raises(AssertionError, match="machinery"):
        client.with_options(hooks=Hooks(on_call_end=print)).issues.get(issue_id)


# -- bad input ---------------------------------------------------------------------------------


async def _coroutine_hook(event: CallEnded) -> None:
    """Not allowed: hooks are called synchronously."""


class _AsyncCallable:
    async def __call__(self, event: CallStarted) -> None:
        """Not allowed either."""


@pytest.mark.parametrize(
    ("build", "words"),
    [
        (lambda: Hooks(on_retry=42), ["on_retry", "function", "int"]),  # type: ignore[arg-type]
        (lambda: Hooks(on_call_end=_coroutine_hook), ["on_call_end", "coroutine"]),
        (lambda: Hooks(on_call_start=_AsyncCallable()), ["on_call_start", "coroutine"]),
        (lambda: Hooks(include_bodies="yes"), ["include_bodies"]),  # type: ignore[arg-type]
        (lambda: Pylon(api_key="k", hooks=print), ["hooks", "Hooks(on_call_end=...)"]),  # type: ignore[arg-type]
        (lambda: Pylon(api_key="k", hooks=[Hooks(), 3]), ["hooks", "int"]),  # type: ignore[list-item]
        (lambda: AsyncPylon(api_key="k", hooks="on_retry"), ["hooks", "str"]),  # type: ignore[arg-type]
    ],
)
def test_bad_hooks_are_refused_at_construction_naming_the_option(
    build: Any, words: list[str]
) -> None:
    with pytest.raises(PylonConfigError) as raised:
        build()
    message = str(raised.value)
    assert all(word in message for word in words), message
    assert "\n" not in message


def test_with_options_refuses_bad_hooks_too(make_client: Any) -> None:
    with pytest.raises(PylonConfigError, match=r"hooks must be pylon\.Hooks"):
        make_client().with_options(hooks=lambda event: None)


def test_hooks_show_which_functions_they_call() -> None:
    assert repr(Hooks(on_retry=print, include_bodies=True)) == (
        "Hooks(on_retry=print, include_bodies=True)"
    )
    assert repr(Hooks()) == "Hooks()"
