"""Secret hygiene (S-01..S-04) over a full fault run on real HTTP, with a canary key.

The canary (`pylon_CANARY_<random>`) must not appear — whole, or as any 8-character piece — in
DEBUG logs (the SDK's, httpx's and httpcore's, and the `PYLON_LOG=debug` stderr handler), in the
repr of any client object, or anywhere reachable from the errors the run produced: their str,
repr, formatted traceback, cause/context chain, pickle, and attributes to depth 3."""

from __future__ import annotations

import logging
import pickle
import socket
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from pylon import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncPylon,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    Pylon,
    PylonError,
    RateLimitError,
    ServerError,
    filters,
)
from pylon._logging import logger as pylon_logger

from .._canary import run_canary
from .conftest import RawServer, Served, http_response

CANARY = run_canary("pylon_CANARY_")
PIECES = {CANARY[i : i + 8] for i in range(len(CANARY) - 7)}


def leaks(text: str) -> list[str]:
    return sorted(piece for piece in PIECES if piece in text)


def reachable(obj: Any, depth: int = 3, seen: set[int] | None = None) -> Iterator[str]:
    """Text of everything reachable from `obj`: attributes to `depth` objects deep (containers,
    headers and bodies along the way don't count as a level)."""
    seen = set() if seen is None else seen
    if id(obj) in seen or obj is None:
        return
    seen.add(id(obj))
    if isinstance(obj, str | bytes | int | float | bool):
        yield obj.decode("latin-1") if isinstance(obj, bytes) else str(obj)
        return
    yield repr(obj)
    inner = depth  # containers are looked through at the same level
    if isinstance(obj, httpx.Headers):
        children: list[Any] = [obj.raw]
    elif isinstance(obj, dict):
        children = [*obj.keys(), *obj.values()]
    elif isinstance(obj, list | tuple | set | frozenset):
        children = list(obj)
    elif depth == 0:
        return
    else:
        inner = depth - 1
        if isinstance(obj, httpx.Request):
            children = [obj.headers, str(obj.url), obj.extensions]
        elif isinstance(obj, httpx.Response):
            children = [obj.headers, obj.content, obj.request, obj.extensions]
        else:
            children = [getattr(obj, "__dict__", {})]
        if isinstance(obj, BaseException):
            children += [obj.args, obj.__cause__, obj.__context__]
    for child in children:
        yield from reachable(child, inner, seen)


def error_texts(error: BaseException) -> Iterator[str]:
    yield str(error)
    yield repr(error)
    yield "".join(traceback.format_exception(type(error), error, error.__traceback__))
    yield from reachable(error)
    try:
        dumped = pickle.dumps(error)
    except Exception:  # not every error must be picklable; if it is, the pickle must be clean
        return
    yield dumped.decode("latin-1")
    yield repr(pickle.loads(dumped))


@pytest.fixture
def debug_logs(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> Iterator[pytest.LogCaptureFixture]:
    """Everything at DEBUG, the `PYLON_LOG=debug` stderr handler included (removed after)."""
    monkeypatch.setenv("PYLON_LOG", "debug")
    handlers, level = list(pylon_logger.handlers), pylon_logger.level
    caplog.set_level(logging.DEBUG)
    for name in ("pylon", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    yield caplog
    for handler in pylon_logger.handlers[:]:
        if handler not in handlers:
            pylon_logger.removeHandler(handler)
    pylon_logger.setLevel(level)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


Scenario = tuple[type[BaseException], Callable[[Pylon, Served], Any], dict[str, Any] | None]

SCENARIOS: dict[str, Scenario] = {
    "404": (NotFoundError, lambda c, s: c.issues.get("no-such-issue"), None),
    "400": (
        BadRequestError,
        lambda c, s: c.issues.search({"field": "nope", "operator": "equals", "value": "x"}).collect(),
        None,
    ),
    "500-create": (
        ServerError,
        lambda c, s: c.issues.create(title="canary", description="x"),
        {"operation": "CreateIssue", "status": 500},
    ),
    "502-html": (ServerError, lambda c, s: c.me.get(), {"operation": "GetMe", "status": 502, "html": True}),
    "truncated": (APIResponseValidationError, lambda c, s: c.me.get(), {"operation": "GetMe", "truncate": True}),
    "mid-body-create": (
        APIConnectionError,
        lambda c, s: c.issues.create(title="canary", description="x"),
        {"operation": "CreateIssue", "drop": "reset"},
    ),
    "read-timeout": (APITimeoutError, lambda c, s: c.me.get(), {"operation": "GetMe", "delay": 0.5}),
    "429-too-long": (
        RateLimitError,
        lambda c, s: c.me.get(),
        {"operation": "GetMe", "status": 429, "headers": {"Retry-After": "500"}},
    ),
    "page-2-fails": (
        ServerError,
        lambda c, s: c.issues.search(filters.F.tags.contains("api"), limit=5).collect(),
        {"operation": "SearchIssues", "status": 503, "after": 1},
    ),
}  # fmt: skip


def test_s01_to_s04_no_canary_anywhere(
    debug_logs: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str], served: Served
) -> None:
    found: list[BaseException] = []
    options: dict[str, Any] = {
        "api_key": CANARY,
        "rate_limit": False,
        "max_retries": 1,
        "timeout": httpx.Timeout(5.0, read=0.2),
    }
    with Pylon(base_url=served.url, **options) as client:
        for expected, call, fault in SCENARIOS.values():
            served.sim.faults.clear()
            if fault is not None:
                served.sim.faults.add(**fault)
            with pytest.raises(expected) as caught:
                call(client, served)
            found.append(caught.value)
        served.sim.faults.clear()
        objects: list[Any] = [
            client,
            client.raw,
            client.config,
            client.with_options(max_retries=0),
            client.issues.search(filters.F.state.equals("new")),
            client._http,
            client._http._transport,
        ]

    unauthorized = http_response(401, {"errors": ["bad token"], "request_id": "r401"})
    with RawServer(lambda n, hit: unauthorized) as raw, Pylon(base_url=raw.url, **options) as c:
        with pytest.raises(AuthenticationError) as caught_401:
            c.me.get()
        found.append(caught_401.value)
    with Pylon(base_url=f"http://127.0.0.1:{closed_port()}", **options) as c:
        with pytest.raises(APIConnectionError) as caught_refused:
            c.me.get()
        found.append(caught_refused.value)
        c.close()
    with pytest.raises(PylonError) as caught_closed:
        c.me.get()
    found.append(caught_closed.value)
    objects.append(AsyncPylon(api_key=CANARY, base_url=served.url))

    for obj in objects:
        assert leaks(repr(obj)) == [] and leaks(str(obj)) == [], type(obj).__name__
    for error in found:
        for text in error_texts(error):
            assert leaks(text) == [], f"{type(error).__name__}: {text[:300]}"

    log_text = debug_logs.text + capfd.readouterr().err
    assert leaks(log_text) == []
    assert len(debug_logs.records) > 20
    assert "attempt" in log_text and "-> 404" in log_text and "-> 500" in log_text
    first_404 = next(r for r in served.sim.requests if r.status == 404)
    assert first_404.request_id in log_text  # request ids are logged, the key is not


def test_the_detector_finds_a_leak() -> None:
    """The checks above can fail: a key in a header, a body or a message is found."""
    request = httpx.Request("GET", "http://x", headers={"Authorization": f"Bearer {CANARY}"})
    assert leaks(" ".join(reachable(RuntimeError("boom", request))))
    assert leaks(f"...{CANARY[5:14]}...")
    assert not leaks(f"api_key='…{CANARY[-4:]}'")
