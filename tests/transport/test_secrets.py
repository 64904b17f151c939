"""Secret hygiene with a canary key (S-01..S-04): it must appear nowhere the caller can look."""

from __future__ import annotations

import logging
import pickle
import socket
import traceback
from collections.abc import Iterator

import httpx
import pytest

from pylon._config import ClientConfig
from pylon._errors import (
    APIConnectionError,
    PylonConfigError,
    PylonError,
    error_for_response,
    response_json,
)
from pylon._ratelimit import RateLimiterRegistry, bucket_prefix
from pylon._transport import PylonTransport
from pylon._wiring import SharedState, build_http_client
from pylon.shared_state import InProcessStore

from ._support import (
    CANARY,
    ROUTES,
    FakeClock,
    LoopbackServer,
    json_response,
    loopback_server,
    make_config,
    respond,
    wired_client,
)

FRAGMENTS = {CANARY[i : i + 8] for i in range(len(CANARY) - 7)}


def assert_clean(text: str | bytes, where: str = "") -> None:
    if isinstance(text, bytes):
        text = text.decode("latin-1")
    leaked = [fragment for fragment in FRAGMENTS if fragment in text]
    assert not leaked, f"key fragment found in {where}: {leaked[:3]}"


def attribute_graph(obj: object, depth: int = 6, seen: set[int] | None = None) -> Iterator[object]:
    """Everything reachable from `obj` through attributes, causes, headers and containers."""
    seen = set() if seen is None else seen
    yield obj
    if depth == 0 or id(obj) in seen or isinstance(obj, str | bytes | int | float | type(None)):
        return
    seen.add(id(obj))
    children: list[object] = []
    if isinstance(obj, BaseException):
        children += [obj.__cause__, obj.__context__, *obj.args]
    if isinstance(obj, httpx.Headers):
        children.append(obj.raw)
    if isinstance(obj, httpx.Request | httpx.Response):
        children += [obj.headers, obj.extensions, str(obj.url) if hasattr(obj, "url") else None]
    if isinstance(obj, dict):
        children += [*obj.keys(), *obj.values()]
    if isinstance(obj, list | tuple | set | frozenset):
        children += list(obj)
    if hasattr(obj, "__dict__"):
        children += list(vars(obj).values())
    for child in children:
        yield from attribute_graph(child, depth - 1, seen)


def scenario_errors(clock: FakeClock) -> list[PylonError]:
    """One of every error the transport and `error_for_response` produce."""
    made: list[PylonError] = []
    config = make_config(deadline=30)

    def run(handler: object, method: str = "GET", path: str = "/issues/iss_1") -> None:
        transport = httpx.MockTransport(handler)  # type: ignore[arg-type]
        with wired_client(config, routes=ROUTES, transport=transport, hooks=clock.hooks()) as c:
            try:
                response = c.request(method, path, json={"x": 1} if method == "POST" else None)
            except PylonError as error:
                made.append(error)
                return
            if response.is_success:
                try:
                    response_json(response)
                except PylonError as error:
                    made.append(error)
            else:
                made.append(error_for_response(response))

    for status in (400, 401, 403, 404, 408, 409, 413, 422, 429, 500, 502, 503):
        run(respond(json_response(status, {"errors": ["e"], "request_id": "r"})))
    run(respond(httpx.Response(502, text="<html>bad gateway</html>")))
    run(respond(httpx.Response(200, text="<html>portal</html>")))
    for exc_type in (httpx.ConnectError, httpx.ReadTimeout, httpx.RemoteProtocolError):

        def fail(request: httpx.Request, exc_type: type[httpx.RequestError] = exc_type) -> None:
            raise exc_type("failed", request=request)  # as if the request was attached to it

        run(fail)
        run(fail, "POST", "/issues")
    run(respond(json_response(429, {}, **{"retry-after": "3600"})))
    try:
        ClientConfig(api_key=CANARY[:8] + "\n" + CANARY[8:])
    except PylonConfigError as error:
        made.append(error)
    return made


@pytest.fixture(scope="module")
def errors() -> list[PylonError]:
    return scenario_errors(FakeClock())


def test_scenario_covers_every_error_kind(errors: list[PylonError]) -> None:
    kinds = {type(error).__name__ for error in errors}
    assert {
        "BadRequestError", "AuthenticationError", "PermissionDeniedError", "NotFoundError",
        "ConflictError", "UnprocessableEntityError", "RateLimitError", "ServerError", "APIError",
        "APIConnectionError", "APITimeoutError", "APIResponseValidationError", "PylonConfigError",
    } <= kinds  # fmt: skip


# -- S-01 -----------------------------------------------------------------------------------------


def test_reprs_hold_no_key(clock: FakeClock) -> None:
    config = make_config()
    transport = PylonTransport(
        config, ROUTES, transport=httpx.MockTransport(lambda r: httpx.Response(200))
    )
    shared = SharedState.create(config, hooks=clock.hooks())
    client = build_http_client(config, shared)
    for obj in (config, transport, transport.with_config(config), shared, client, ROUTES,
                RateLimiterRegistry(InProcessStore(), bucket_prefix(CANARY))):  # fmt: skip
        assert_clean(repr(obj), type(obj).__name__)
        assert_clean(str(obj), type(obj).__name__)
    assert_clean(repr(dict(client.headers)), "client headers")
    shared.close_sync(client)


# -- S-02 / S-03 ------------------------------------------------------------------------------------


def test_errors_render_without_the_key(errors: list[PylonError]) -> None:
    for error in errors:
        name = type(error).__name__
        assert_clean(str(error), f"str({name})")
        assert_clean(repr(error), f"repr({name})")
        assert_clean("".join(traceback.format_exception(error)), f"traceback({name})")
        assert_clean(pickle.dumps(error), f"pickle({name})")


def test_error_attribute_graphs_hold_no_key(errors: list[PylonError]) -> None:
    for error in errors:
        for value in attribute_graph(error):
            if isinstance(value, str | bytes):
                assert_clean(value, f"attributes of {type(error).__name__}")


# -- S-04 --------------------------------------------------------------------------------------------


@pytest.fixture
def loopback() -> Iterator[LoopbackServer]:
    with loopback_server(lambda n: 503 if n == 1 else 200) as server:
        yield server


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_debug_logs_of_a_faulty_run_hold_no_key(
    caplog: pytest.LogCaptureFixture, loopback: LoopbackServer
) -> None:
    caplog.set_level(logging.DEBUG)  # root: the SDK, httpx, httpcore, h11 ...
    for name in ("httpx", "httpcore", "pylon"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    clock = FakeClock()
    scenario_errors(clock)

    # Real sockets too, so httpcore and h11 log what they log.
    config = make_config(base_url=loopback.url, max_retries=2)
    with wired_client(config, routes=ROUTES, hooks=clock.hooks()) as client:
        assert client.get("/issues/iss_1").status_code == 200
    refused = make_config(base_url=f"http://127.0.0.1:{closed_port()}", max_retries=1)
    with (
        wired_client(refused, routes=ROUTES, hooks=clock.hooks()) as client,
        pytest.raises(APIConnectionError),
    ):
        client.get("/issues/iss_1")

    text = "\n".join(f"{r.name} {r.getMessage()}" for r in caplog.records)
    assert_clean(text, "log records")
    assert_clean(caplog.text, "formatted log")
    names = {record.name for record in caplog.records}
    assert {"pylon", "httpx"} <= names and any(n.startswith("httpcore") for n in names)
    pylon = [r.getMessage() for r in caplog.records if r.name == "pylon"]
    assert any(
        "GET /issues/iss_1 -> 503" in m and "attempt 1" in m and "req_loop" in m for m in pylon
    )
    assert any("ConnectError" in m for m in pylon)
