"""The pure retry policy: backoff (R-03), Retry-After parsing (R-04) and the decision table."""

from __future__ import annotations

from datetime import datetime, timezone
from email.utils import format_datetime

import httpx
import pytest

from pylon._response_info import parse_retry_after
from pylon._retry import (
    Outcome,
    RetryPolicy,
    RetryRun,
    backoff_delay,
    classify_outcome,
    is_replayable,
    rate_limit_delay,
    settled,
)

NOW = 1_696_004_797.0  # openai's pinned instant, a whole second


def http_date(offset: float) -> str:
    return format_datetime(datetime.fromtimestamp(NOW + offset, tz=timezone.utc), usegmt=True)


# -- R-03 --------------------------------------------------------------------------------------


def test_backoff_without_jitter_doubles_to_the_cap() -> None:
    assert [backoff_delay(n, 0.0) for n in range(7)] == [0.5, 1, 2, 4, 8, 8, 8]


def test_backoff_with_maximal_jitter_is_three_quarters() -> None:
    assert [backoff_delay(n, 1.0) for n in range(6)] == [0.375, 0.75, 1.5, 3, 6, 6]


@pytest.mark.parametrize("retries", [-5, -1100, 1000, 10**9])
def test_backoff_never_negative_nor_overflowing(retries: int) -> None:
    assert 0.375 <= backoff_delay(retries, 0.5) <= 8


@pytest.mark.parametrize("rand", [float("nan"), -3.0, 7.0])
def test_backoff_tolerates_bad_random_draws(rand: float) -> None:
    assert 0.375 <= backoff_delay(0, rand) <= 0.5


def test_rate_limit_delay_never_comes_back_early() -> None:
    assert rate_limit_delay(6.0, 0.0) == 6.0
    assert rate_limit_delay(6.0, 1.0) == 7.5


# -- R-04 --------------------------------------------------------------------------------------

RETRY_AFTER_CASES = [
    pytest.param({"retry-after": "3"}, 3.0, id="seconds"),
    pytest.param({"retry-after": "3.5"}, 3.5, id="fractional"),
    pytest.param({"Retry-After": " 20 "}, 20.0, id="case-and-spaces"),
    pytest.param({"retry-after": "0"}, None, id="zero"),
    pytest.param({"retry-after": "-1"}, None, id="negative"),
    pytest.param({"retry-after": ""}, None, id="empty"),
    pytest.param({"retry-after": "abc"}, None, id="garbage"),
    pytest.param({"retry-after": "inf"}, None, id="inf"),
    pytest.param({"retry-after": "nan"}, None, id="nan"),
    pytest.param({"retry-after": "1e400"}, None, id="overflow"),
    pytest.param({"retry-after": "1" * 30}, 1.111111111111111e29, id="30-digits"),
    pytest.param({"retry-after": http_date(20)}, 20.0, id="http-date-future"),
    pytest.param({"retry-after": http_date(-20)}, None, id="http-date-past"),
    pytest.param({"retry-after": "Fri, 01 Jan 100000 00:00:00 GMT"}, None, id="year-100000"),
    pytest.param({"retry-after": "Mon, 32 Foo 2023 99:99:99 GMT"}, None, id="bad-date"),
    pytest.param({"retry-after-ms": "1500"}, 1.5, id="ms"),
    pytest.param({"retry-after-ms": "1500", "retry-after": "9"}, 1.5, id="ms-wins"),
    pytest.param({"retry-after-ms": "junk", "retry-after": "9"}, 9.0, id="bad-ms-falls-back"),
    pytest.param({}, None, id="absent"),
]


@pytest.mark.parametrize(("headers", "expected"), RETRY_AFTER_CASES)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(httpx.Headers(headers), NOW) == expected


@pytest.mark.parametrize(
    ("headers", "delay", "retry"),
    [
        pytest.param({"retry-after": "3"}, 3.0, True, id="used-as-given"),
        pytest.param({"retry-after": "120"}, 120.0, True, id="cap-inclusive"),
        pytest.param({"retry-after": "121"}, 0.0, False, id="above-cap-no-retry"),
        pytest.param({"retry-after": http_date(120)}, 120.0, True, id="date-at-cap"),
        pytest.param({"retry-after": http_date(121)}, 0.0, False, id="date-above-cap"),
        pytest.param({"retry-after": "abc"}, 0.5, True, id="garbage-backoff"),
        pytest.param({"retry-after": "0"}, 0.5, True, id="zero-backoff"),
        pytest.param({"retry-after": "1e400"}, 0.5, True, id="inf-backoff"),
    ],
)
def test_retry_after_drives_the_delay(headers: dict[str, str], delay: float, retry: bool) -> None:
    policy = RetryPolicy(deadline=None)
    outcome = Outcome(status=503, headers=httpx.Headers(headers))
    decision = policy.decide(outcome, op_class="read", retries_taken=0, elapsed=0, now=NOW)
    assert (decision.retry, decision.delay) == (retry, delay)
    if not retry:
        assert decision.stop_reason == "retry_after_too_long"


# -- the decision table --------------------------------------------------------------------------

STATUS_TABLE = [
    # status, read, idempotent, create
    (200, False, False, False),
    (304, False, False, False),
    (400, False, False, False),
    (401, False, False, False),
    (403, False, False, False),
    (404, False, False, False),
    (408, True, True, False),
    (409, False, False, False),
    (413, False, False, False),
    (422, False, False, False),
    (429, True, True, True),
    (500, True, True, False),
    (502, True, True, False),
    (503, True, True, False),
    (504, True, True, False),
    (501, False, False, False),
]


@pytest.mark.parametrize(("status", "read", "idempotent", "create"), STATUS_TABLE)
def test_status_table(status: int, read: bool, idempotent: bool, create: bool) -> None:
    policy = RetryPolicy()
    outcome = Outcome(status=status, headers=httpx.Headers())
    got = {
        op: policy.decide(outcome, op_class=op, retries_taken=0, elapsed=0).retry
        for op in ("read", "idempotent", "create")
    }
    assert got == {"read": read, "idempotent": idempotent, "create": create}


ERROR_TABLE = [
    (httpx.ConnectError("x"), True, False),
    (httpx.ConnectTimeout("x"), True, False),
    (httpx.PoolTimeout("x"), True, False),
    (httpx.ReadTimeout("x"), False, True),
    (httpx.WriteTimeout("x"), False, True),
    (httpx.ReadError("x"), False, True),
    (httpx.WriteError("x"), False, True),
    (httpx.RemoteProtocolError("x"), False, True),
]


@pytest.mark.parametrize(("error", "for_creates", "maybe_processed"), ERROR_TABLE)
def test_error_table(error: Exception, for_creates: bool, maybe_processed: bool) -> None:
    policy = RetryPolicy()
    outcome = Outcome(error=error)
    for op in ("read", "idempotent"):
        assert policy.decide(outcome, op_class=op, retries_taken=0, elapsed=0).retry
    create = policy.decide(outcome, op_class="create", retries_taken=0, elapsed=0)
    assert create.retry is for_creates
    assert create.maybe_processed is maybe_processed
    if not for_creates:
        assert create.stop_reason == "maybe_processed"


@pytest.mark.parametrize(
    "error",
    [httpx.LocalProtocolError("x"), httpx.UnsupportedProtocol("x"), httpx.ProxyError("x")],
)
def test_other_transport_errors_are_not_retried(error: Exception) -> None:
    decision = RetryPolicy().decide(
        Outcome(error=error), op_class="read", retries_taken=0, elapsed=0
    )
    assert (decision.retry, decision.kind) == (False, "fatal")


def test_creates_on_429_can_be_turned_off() -> None:
    policy = RetryPolicy(retry_creates_on_429=False)
    decision = policy.decide(Outcome(status=429), op_class="create", retries_taken=0, elapsed=0)
    assert (decision.retry, decision.stop_reason) == (False, "creates_not_retried_on_429")


def test_retries_run_out() -> None:
    policy = RetryPolicy(max_retries=2)
    outcome = Outcome(status=503)
    assert policy.decide(outcome, op_class="read", retries_taken=1, elapsed=0).retry
    last = policy.decide(outcome, op_class="read", retries_taken=2, elapsed=0)
    assert (last.retry, last.stop_reason) == (False, "retries_exhausted")


def test_no_sleep_may_cross_the_deadline() -> None:
    policy = RetryPolicy(deadline=10)
    outcome = Outcome(status=429, headers=httpx.Headers({"retry-after": "8"}))
    assert policy.decide(outcome, op_class="read", retries_taken=0, elapsed=1.9).retry
    late = policy.decide(outcome, op_class="read", retries_taken=0, elapsed=2.0)
    assert (late.retry, late.stop_reason) == (False, "deadline")


def test_429_without_retry_after_waits_one_token_interval() -> None:
    decision = RetryPolicy().decide(
        Outcome(status=429), op_class="create", retries_taken=0, elapsed=0, rate_interval=6.0
    )
    assert (decision.retry, decision.delay) == (True, 6.0)


def test_unreplayable_body_is_never_retried() -> None:
    decision = RetryPolicy().decide(
        Outcome(error=httpx.ConnectError("x")),
        op_class="read",
        retries_taken=0,
        elapsed=0,
        replayable=False,
    )
    assert (decision.retry, decision.stop_reason) == (False, "not_replayable")


def test_classify_outcome() -> None:
    assert classify_outcome(Outcome(status=200)) == "ok"
    assert classify_outcome(Outcome(status=429)) == "rate_limited"
    assert classify_outcome(Outcome(status=502)) == "server"
    assert classify_outcome(Outcome(error=ValueError())) == "fatal"


# -- replayable bodies -----------------------------------------------------------------------------


def _gen() -> object:
    yield b"chunk"


@pytest.mark.parametrize(
    ("kwargs", "replayable"),
    [
        pytest.param({}, True, id="no-body"),
        pytest.param({"json": {"a": 1}}, True, id="json"),
        pytest.param({"content": b"raw"}, True, id="bytes"),
        pytest.param({"data": {"a": "1"}}, True, id="form"),
        pytest.param({"content": _gen()}, False, id="generator"),
        pytest.param({"files": {"f": ("a.txt", b"bytes")}}, True, id="multipart-bytes"),
    ],
)
def test_is_replayable(kwargs: dict[str, object], replayable: bool) -> None:
    request = httpx.Request("POST", "https://api.usepylon.com/attachments", **kwargs)  # type: ignore[arg-type]
    assert is_replayable(request) is replayable


def test_multipart_from_seekable_and_unseekable_files(tmp_path: object) -> None:
    import io

    seekable = httpx.Request("POST", "https://x/a", files={"f": io.BytesIO(b"data")})
    assert is_replayable(seekable)

    class Pipe(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def seekable(self) -> bool:
            return False

    pipe = httpx.Request("POST", "https://x/a", files={"f": ("p", Pipe())})
    assert not is_replayable(pipe)


# -- the verdict on outcomes the table never retries --------------------------------------------


@pytest.mark.parametrize("status", [200, 201, 204, 301, 400, 404, 409, 422])
def test_a_settled_status_gets_one_shared_verdict(status: int) -> None:
    """`decide` and the per-request runner give the same verdict object for a status that is
    never retried, built once per status rather than once per request."""
    policy = RetryPolicy()
    decided = policy.decide(Outcome(status=status), op_class="create", retries_taken=0, elapsed=0)
    assert decided is settled(status)
    assert (decided.retry, decided.kind, decided.stop_reason) == (False, "ok", None)
    assert decided.reason.startswith(str(status))


def test_a_settled_outcome_reads_no_clock_and_draws_no_jitter() -> None:
    """A success needs no wait: the runner asks neither clock nor random source for it, so a
    retry's jitter draws are not consumed by the calls that succeed between them."""

    def never() -> float:
        raise AssertionError("read for an outcome that is never retried")

    seen: list[tuple[int | None, bool]] = []
    run = RetryRun(
        RetryPolicy(),
        op_class="read",
        replayable=True,
        rate_interval=None,
        clock=never,
        wall_clock=never,
        rand=never,
        on_decision=lambda outcome, decision, attempts: seen.append(
            (outcome.status, decision.retry)
        ),
    )
    run.started_at, run.attempts = 0.0, 1
    assert run.should_retry(Outcome(status=200)) is False
    assert run.last is settled(200)
    assert seen == [(200, False)]  # the decision hook still sees every outcome
