"""Retries through the real transports (sync and async) over MockTransport, on a fake clock.

Each test counts the requests the server received; none waits for real.
"""

from __future__ import annotations

import io
import logging
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from pylon._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
    error_for_response,
)
from pylon._response_info import call_info

from ._support import FakeClock, Harness, json_response, make_config, respond

OPERATIONS = [
    pytest.param("GET", "/issues/iss_1", "read", id="GET"),
    pytest.param("POST", "/issues/search", "read", id="POST-search"),
    pytest.param("PATCH", "/issues/iss_1", "idempotent", id="PATCH"),
    pytest.param("DELETE", "/issues/iss_1", "idempotent", id="DELETE"),
    pytest.param("POST", "/issues", "create", id="POST-create"),
    pytest.param("POST", "/issues/iss_1/reply", "create", id="POST-reply"),
]

STATUS_CLASSES = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: APIError,
    409: ConflictError,
    413: APIError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    500: ServerError,
    502: ServerError,
    503: ServerError,
    504: ServerError,
}


def expected_attempts(status: int, op_class: str) -> int:
    if status == 429:
        return 3
    if status in (408, 500, 502, 503, 504):
        return 1 if op_class == "create" else 3
    return 1


# -- R-01 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", sorted(STATUS_CLASSES))
@pytest.mark.parametrize(("method", "path", "op_class"), OPERATIONS)
def test_status_matrix(
    harness: Harness, method: str, path: str, op_class: str, status: int
) -> None:
    response = harness.send(
        respond(json_response(status, {"errors": ["nope"], "request_id": "req_9"})), method, path,
        json={"title": "t"} if method in ("POST", "PATCH") else None,
    )  # fmt: skip
    attempts = expected_attempts(status, op_class)
    assert len(harness.calls) == attempts
    assert response.status_code == status
    info = call_info(response)
    assert info is not None and info.attempts == attempts and info.op_class == op_class
    error = error_for_response(response)
    assert type(error) is STATUS_CLASSES[status]
    assert error.retries_taken == attempts - 1 and error.request_id == "req_9"
    if op_class == "create" and status in (408, 500, 502, 503, 504):
        assert "may have processed" in str(error) and "duplicate" in str(error)


# -- R-02 ----------------------------------------------------------------------------------------

NEVER_SENT = [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout]
MAYBE_SENT = [httpx.ReadTimeout, httpx.WriteTimeout, httpx.ReadError, httpx.RemoteProtocolError]


@pytest.mark.parametrize("exc_type", NEVER_SENT + MAYBE_SENT, ids=lambda t: t.__name__)
@pytest.mark.parametrize(("method", "path", "op_class"), OPERATIONS)
def test_exception_matrix(
    harness: Harness, method: str, path: str, op_class: str, exc_type: type[Exception]
) -> None:
    with pytest.raises(APIConnectionError) as caught:
        harness.send(respond(exc_type("boom")), method, path)
    never_sent = exc_type in NEVER_SENT
    attempts = 3 if never_sent or op_class != "create" else 1
    assert len(harness.calls) == attempts
    error = caught.value
    is_timeout = issubclass(exc_type, httpx.TimeoutException)
    assert isinstance(error, APITimeoutError) is is_timeout
    assert error.maybe_processed is not never_sent
    assert error.retries_taken == attempts - 1
    assert isinstance(error.__cause__, exc_type)
    if op_class == "create" and not never_sent:
        assert "duplicate" in str(error)
    if never_sent:
        assert "was not sent" in str(error)


def test_errors_pass_through_httpx_unwrapped(sync_harness: Harness) -> None:
    """httpx does not wrap exceptions raised by a custom transport: callers see ours."""
    with pytest.raises(APIConnectionError) as caught:
        sync_harness.send(respond(httpx.ConnectError("refused")), "GET", "/issues/iss_1")
    assert type(caught.value) is APIConnectionError
    assert not isinstance(caught.value, httpx.HTTPError)


# -- R-05 .. R-08 ----------------------------------------------------------------------------------


@pytest.mark.parametrize("retry_after", ["121", "3600"])
def test_long_retry_after_is_not_waited_for(harness: Harness, retry_after: str) -> None:
    response = harness.send(respond(json_response(429, {}, **{"Retry-After": retry_after})),
                            "POST", "/issues/search")  # fmt: skip
    assert len(harness.calls) == 1 and harness.clock.sleeps == []
    error = error_for_response(response)
    assert isinstance(error, RateLimitError) and error.retry_after == float(retry_after)
    assert "120 s" in str(error)


def test_short_retry_after_is_used_as_given(harness: Harness) -> None:
    # Client-side limiting off: this pins the retry policy's own sleeps (the limiter's reaction
    # to a 429 is tested in test_ratelimit).
    response = harness.send(respond(json_response(429, {}, **{"Retry-After": "1"})),
                            "POST", "/issues/search", config=make_config(rate_limit=False))  # fmt: skip
    assert len(harness.calls) == 3
    assert harness.clock.sleeps == [1.0, 1.0]
    assert isinstance(error_for_response(response), RateLimitError)


@pytest.mark.parametrize(("rand", "wait"), [(0.0, 6.0), (1.0, 7.5)])
def test_429_without_retry_after_waits_a_token_interval(
    harness: Harness, rand: float, wait: float
) -> None:
    harness.clock.rand = rand
    harness.send(
        respond(json_response(429, {}), json_response(200, {"data": {}})), "POST", "/issues"
    )
    assert len(harness.calls) == 2
    assert sum(harness.clock.sleeps) == pytest.approx(wait)  # 10/min: one token is 6 s


def test_deadline_stops_before_a_sleep_that_would_cross_it(harness: Harness) -> None:
    config = make_config(deadline=10)
    response = harness.send(respond(json_response(429, {}, **{"Retry-After": "8"})),
                            "GET", "/issues/iss_1", config=config)  # fmt: skip
    assert len(harness.calls) == 2 and harness.clock.sleeps == [8.0]
    error = error_for_response(response)
    assert isinstance(error, RateLimitError) and error.retries_taken == 1
    assert call_info(response).stop_reason == "deadline"  # type: ignore[union-attr]


def test_deadline_on_connection_errors(harness: Harness) -> None:
    config = make_config(deadline=1.0, max_retries=10)
    with pytest.raises(APIConnectionError) as caught:
        harness.send(respond(httpx.ConnectError("refused")), "GET", "/issues/iss_1", config=config)
    # 0.5 s, then 1 s would cross the 1 s deadline.
    assert len(harness.calls) == 2 and harness.clock.sleeps == [0.5]
    assert "deadline" in str(caught.value)


# -- R-09 -------------------------------------------------------------------------------------------


def test_max_retries_zero(harness: Harness) -> None:
    harness.send(respond(json_response(503, {})), "GET", "/issues/iss_1",
                 config=make_config(max_retries=0))  # fmt: skip
    assert len(harness.calls) == 1 and harness.clock.sleeps == []


def test_with_config_clone_changes_retries_only_for_the_clone(clock: FakeClock) -> None:
    from pylon._transport import PylonTransport

    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(503, json={})

    base = PylonTransport(
        make_config(), transport=httpx.MockTransport(handler), hooks=clock.hooks()
    )
    clone = base.with_config(base.config.replace(max_retries=5))
    # A caller's own httpx client around the transports, as the transport's docstring allows.
    with httpx.Client(transport=clone, base_url=clone.config.base_url) as client:
        client.get("/issues/iss_1")
    assert len(calls) == 6
    calls.clear()
    with httpx.Client(transport=base, base_url=base.config.base_url) as client:
        client.get("/issues/iss_1")
    assert len(calls) == 3
    assert clone._shared is base._shared


# -- R-10 -------------------------------------------------------------------------------------------


def test_generator_body_is_not_retried(harness: Harness) -> None:
    def body() -> Iterator[bytes]:
        yield b"part-1"
        yield b"part-2"

    async def async_body() -> AsyncIterator[bytes]:
        for chunk in body():
            yield chunk

    content = body() if harness.kind == "sync" else async_body()
    response = harness.send(respond(json_response(503, {})), "POST", "/issues/search",
                            content=content)  # fmt: skip
    assert len(harness.calls) == 1
    assert call_info(response).stop_reason == "not_replayable"  # type: ignore[union-attr]
    assert "one-shot stream" in str(error_for_response(response))


def test_generator_body_connection_error_says_why(sync_harness: Harness) -> None:
    with pytest.raises(APIConnectionError, match="cannot be replayed"):
        sync_harness.send(respond(httpx.ConnectError("x")), "POST", "/issues/search",
                          content=iter([b"a"]))  # fmt: skip
    assert len(sync_harness.calls) == 1


def test_multipart_upload_from_a_file_is_replayed(sync_harness: Harness) -> None:
    seen: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.content)
        return httpx.Response(503 if len(seen) == 1 else 200, json={})

    sync_harness.send(
        handler, "PATCH", "/issues/iss_1", files={"f": ("a.txt", io.BytesIO(b"DATA"))}
    )
    assert len(seen) == 2 and seen[0] == seen[1] and b"DATA" in seen[0]


# -- R-11 / R-12 ---------------------------------------------------------------------------------

HTML_502 = httpx.Response(502, text="<html><body>bad gateway</body></html>",
                          headers={"content-type": "text/html"})  # fmt: skip


@pytest.mark.parametrize(
    "outcome",
    [json_response(500, {}), HTML_502, json_response(504, {}), httpx.ReadTimeout("slow")],
    ids=["500", "502-html", "504", "ReadTimeout"],
)
def test_create_is_sent_exactly_once(harness: Harness, outcome: object) -> None:
    try:
        response = harness.send(respond(outcome), "POST", "/issues", json={"title": "t"})  # type: ignore[arg-type]
        message = str(error_for_response(response))
    except APIConnectionError as error:
        assert error.maybe_processed
        message = str(error)
    assert len(harness.calls) == 1
    assert "duplicate" in message and "exists" in message


def test_create_after_connect_error_is_retried(harness: Harness) -> None:
    response = harness.send(
        respond(httpx.ConnectError("refused"), json_response(200, {"data": {"id": "iss_1"}})),
        "POST", "/issues", json={"title": "t"},
    )  # fmt: skip
    assert response.status_code == 200 and len(harness.calls) == 2


# -- R-13 -------------------------------------------------------------------------------------------


def test_read_recovers_and_logs_each_retry(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="pylon")
    response = harness.send(
        respond(json_response(503, {"request_id": "req_a"}), json_response(503, {}),
                json_response(200, {"data": {"id": "iss_1"}, "request_id": "req_ok"})),
        "GET", "/issues/iss_1",
    )  # fmt: skip
    assert response.status_code == 200 and response.json()["data"] == {"id": "iss_1"}
    assert len(harness.calls) == 3
    retries = [r for r in caplog.records if r.levelno == logging.INFO and r.name == "pylon"]
    assert [r.getMessage() for r in retries] == [
        "Retrying GET /issues/iss_1 in 0.50 s after 503 Service Unavailable (retry 1 of 2)",
        "Retrying GET /issues/iss_1 in 1.00 s after 503 Service Unavailable (retry 2 of 2)",
    ]
    debug = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG]
    assert any("-> 503" in m and "attempt 1" in m and "req_a" in m for m in debug)
    assert any("-> 200" in m and "attempt 3" in m and "req_ok" in m for m in debug)


def test_giving_up_logs_a_warning(harness: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="pylon")
    harness.send(respond(json_response(503, {})), "GET", "/issues/iss_1")
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == [
        "Giving up on GET /issues/iss_1 after 3 attempt(s): 503 Service Unavailable; no retries left"
    ]


# -- failures while reading the body -----------------------------------------------------------------


class BrokenStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Sends some bytes, then fails the way a reset connection does."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"data": {"id": "iss'
        raise self.error

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        yield b'{"data": {"id": "iss'
        raise self.error


def test_mid_body_reset_is_retried_for_reads(harness: Harness) -> None:
    broken = httpx.Response(200, stream=BrokenStream(httpx.RemoteProtocolError("peer closed")))
    response = harness.send(respond(broken, json_response(200, {"data": {"id": "iss_1"}})),
                            "GET", "/issues/iss_1")  # fmt: skip
    assert response.json() == {"data": {"id": "iss_1"}} and len(harness.calls) == 2


def test_mid_body_reset_on_a_create_is_maybe_processed(harness: Harness) -> None:
    broken = httpx.Response(200, stream=BrokenStream(httpx.ReadError("reset")))
    with pytest.raises(APIConnectionError) as caught:
        harness.send(respond(broken), "POST", "/issues", json={"title": "t"})
    assert caught.value.maybe_processed and len(harness.calls) == 1


class DripStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """One byte per (fake) second: per-read timeouts never fire, only the deadline can."""

    def __init__(self, clock: FakeClock, seconds: int) -> None:
        self.clock, self.seconds = clock, seconds

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(self.seconds):
            self.clock.advance(1.0)
            yield b" "

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        for chunk in self:
            yield chunk


def test_deadline_bounds_a_slow_drip(harness: Harness) -> None:
    drip = httpx.Response(200, stream=DripStream(harness.clock, 100))
    with pytest.raises(APITimeoutError, match="3 s deadline"):
        harness.send(respond(drip), "GET", "/issues/iss_1", config=make_config(deadline=3))
    assert len(harness.calls) == 1
    assert harness.clock.now - 1_000.0 <= 4  # stopped after ~3 of the 100 fake seconds


def test_timeouts_are_clipped_to_the_deadline(harness: Harness) -> None:
    seen: list[dict] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.extensions["timeout"]))
        return httpx.Response(200, json={})

    harness.send(handler, "GET", "/issues/iss_1", config=make_config(deadline=10))
    assert seen == [{"connect": 5.0, "read": 10, "write": 10, "pool": 10}]


@pytest.mark.parametrize(
    ("deadline", "expected"),
    [
        (None, {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}),  # nothing to clip
        (300, {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}),  # all within it
        (30, {"connect": 5.0, "read": 30, "write": 30, "pool": 30}),
    ],
)
def test_timeouts_within_the_deadline_pass_unchanged(
    harness: Harness, deadline: float | None, expected: dict[str, float]
) -> None:
    seen: list[dict] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.extensions["timeout"]))
        return httpx.Response(200, json={})

    config = make_config(deadline=deadline, timeout=httpx.Timeout(60.0, connect=5.0))
    harness.send(handler, "GET", "/issues/iss_1", config=config)
    assert seen == [expected]


@pytest.mark.parametrize("log_level", [logging.WARNING, logging.DEBUG])
def test_gzip_bodies_pass_through(
    sync_harness: Harness, caplog: pytest.LogCaptureFixture, log_level: int
) -> None:
    """The body arrives decoded, and httpx's `.elapsed` is set, whether or not the DEBUG line
    (which names the request_id found in the body) is written."""
    import gzip
    import json

    caplog.set_level(log_level, logger="pylon")
    raw = gzip.compress(json.dumps({"data": {"id": "iss_1"}, "request_id": "r"}).encode())

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=raw, headers={"content-encoding": "gzip"})

    response = sync_harness.send(handler, "GET", "/issues/iss_1")
    assert response.json()["data"] == {"id": "iss_1"}
    assert response.elapsed.total_seconds() >= 0
    if log_level == logging.DEBUG:
        assert "request_id r" in caplog.text


def test_wrong_region_token(harness: Harness) -> None:
    """B-05: one request, no retry, and a message that names the host and the region rule."""
    config = make_config(base_url="https://api.eu.usepylon.com")
    response = harness.send(
        respond(json_response(401, {"errors": ["invalid token"]})), "GET", "/me", config=config
    )
    assert len(harness.calls) == 1
    error = error_for_response(response)
    assert isinstance(error, AuthenticationError)
    assert "https://api.eu.usepylon.com" in str(error) and "region-bound" in str(error)
