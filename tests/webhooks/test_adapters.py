"""W-22: every adapter over real loopback HTTP, held to one contract.

Starlette (a route, and the standalone ASGI app) runs under uvicorn; Flask and the plain WSGI app
run under wsgiref. Each serves the same handler; each test states one expectation for all four.
In-process checks (httpx's ASGITransport, Flask's test client) and the optional-import errors
are at the end.
"""

from __future__ import annotations

import asyncio
import io
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, MutableMapping
from typing import Any

import httpx
import pytest
from flask import Flask
from starlette.applications import Starlette

import pylon.webhooks
from pylon.webhooks import InMemoryDedupStore, WebhookEvent, WebhookHandler, WebhookResponse
from pylon.webhooks.flask import webhook_blueprint, webhook_view
from pylon.webhooks.starlette import (
    WebhookApp,
    to_starlette_response,
    webhook_endpoint,
    webhook_route,
)
from pylon.webhooks.wsgi import WebhookWSGIApp

from ._support import SECRET, body_for, signed

LIMIT = 4096
PATH = "/webhooks/pylon"
RECORDED: list[tuple[str, WebhookEvent]] = []


def build_handler() -> WebhookHandler:
    handler = WebhookHandler(SECRET)

    @handler.on_any()
    def record(event: WebhookEvent) -> None:
        RECORDED.append(("sync", event))

    @handler.on("issue_message_new")
    async def record_async(event: WebhookEvent) -> None:
        await asyncio.sleep(0)
        RECORDED.append(("async", event))

    @handler.on("explodes")
    def explode(event: WebhookEvent) -> None:
        raise RuntimeError("handler bug")

    return handler


APPS: dict[str, Callable[[WebhookHandler], Any]] = {
    "starlette-route": lambda h: Starlette(routes=[webhook_route(h, PATH, max_body_bytes=LIMIT)]),
    "asgi-app": lambda h: WebhookApp(h, max_body_bytes=LIMIT),
    "flask": lambda h: _flask_app(h),
    "wsgi": lambda h: WebhookWSGIApp(h, max_body_bytes=LIMIT),
}
ASGI = {"starlette-route", "asgi-app"}


def _flask_app(handler: WebhookHandler) -> Flask:
    app = Flask(__name__)
    app.register_blueprint(webhook_blueprint(handler, path=PATH, max_body_bytes=LIMIT))
    return app


@pytest.fixture(scope="module")
def handler() -> WebhookHandler:
    return build_handler()


@pytest.fixture(scope="module", params=sorted(APPS))
def served(
    request: pytest.FixtureRequest,
    handler: WebhookHandler,
    serve_wsgi: Callable[[Any], str],
    serve_asgi: Callable[[Any], str],
) -> tuple[str, str]:
    kind: str = request.param
    serve = serve_asgi if kind in ASGI else serve_wsgi
    return kind, serve(APPS[kind](handler)) + PATH


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5) as client:
        yield client


@pytest.fixture(autouse=True)
def fresh_state(handler: WebhookHandler) -> None:
    handler.dedup_store = InMemoryDedupStore()
    RECORDED.clear()


def post(http: httpx.Client, url: str, body: Any, headers: dict[str, Any]) -> httpx.Response:
    return http.post(url, content=body, headers={"Content-Type": "application/json", **headers})


def test_valid_delivery_runs_the_handler(http: httpx.Client, served: tuple[str, str]) -> None:
    body = body_for("issue_new", issue_id="iss_9", issue_tags="a,b")
    response = post(http, served[1], body, signed(body))
    assert (response.status_code, response.json()) == (200, {"ok": True})
    assert response.headers["content-type"] == "application/json"
    [(kind, event)] = RECORDED
    assert (kind, event.issue_id, event.issue_tags) == ("sync", "iss_9", ["a", "b"])  # type: ignore[attr-defined]


def test_duplicate_delivery_is_acknowledged_once(
    http: httpx.Client, served: tuple[str, str]
) -> None:
    body = body_for("issue_new", issue_id="dup")
    first = post(http, served[1], body, signed(body))
    second = post(http, served[1], body, signed(body))
    assert (first.status_code, second.status_code) == (200, 200)
    assert second.json() == {"ok": True, "duplicate": True}
    assert len(RECORDED) == 1


def test_raw_bytes_are_verified_before_any_parsing(
    http: httpx.Client, served: tuple[str, str]
) -> None:
    body = b'{ "issue_id" : "caf\\u00e9",\n\t"event_type":"issue_new" }\n'
    response = post(http, served[1], body, signed(body))
    assert response.status_code == 200
    assert RECORDED[0][1].issue_id == "café"  # type: ignore[attr-defined]


def test_async_handlers_run(http: httpx.Client, served: tuple[str, str]) -> None:
    body = body_for("issue_message_new", message_is_private=True)
    assert post(http, served[1], body, signed(body)).status_code == 200
    assert sorted(kind for kind, _ in RECORDED) == ["async", "sync"]


def test_timestamped_delivery(http: httpx.Client, served: tuple[str, str]) -> None:
    body = body_for("issue_new")
    assert post(http, served[1], body, signed(body, timestamp=int(time.time()))).status_code == 200


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({}, "missing"),
        ({"X-Pylon-Signature": "0" * 64}, "mismatch"),
        ({"X-Pylon-Signature": ("é" * 32).encode()}, "malformed"),  # 64 bytes, not hex
    ],
)
def test_signature_errors_are_401(
    http: httpx.Client, served: tuple[str, str], headers: dict[str, Any], reason: str
) -> None:
    response = post(http, served[1], body_for(), headers)
    assert response.status_code == 401
    assert response.json() == {"ok": False, "error": "invalid_signature", "reason": reason}
    assert RECORDED == []


def test_stale_timestamp_is_401(http: httpx.Client, served: tuple[str, str]) -> None:
    body = body_for()
    response = post(http, served[1], body, signed(body, timestamp=1_000_000_000))
    assert (response.status_code, response.json()["reason"]) == (401, "too_old")


@pytest.mark.parametrize("body", [b"[]", b"\xff\xfe", b"not json"])
def test_payload_errors_are_400(http: httpx.Client, served: tuple[str, str], body: bytes) -> None:
    response = post(http, served[1], body, signed(body))
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_payload"


def test_handler_failure_is_500(http: httpx.Client, served: tuple[str, str]) -> None:
    body = body_for("explodes")
    response = post(http, served[1], body, signed(body))
    assert response.status_code == 500
    assert "handler bug" not in response.text
    assert len(RECORDED) == 1  # the other handler still ran


def _padded(size: int) -> bytes:
    body = body_for("issue_new", pad="")
    return body_for("issue_new", pad="x" * (size - len(body)))


def test_body_at_the_cap_is_accepted(http: httpx.Client, served: tuple[str, str]) -> None:
    body = _padded(LIMIT)
    assert len(body) == LIMIT
    assert post(http, served[1], body, signed(body)).status_code == 200


def test_body_over_the_cap_is_413(http: httpx.Client, served: tuple[str, str]) -> None:
    body = _padded(LIMIT + 1)
    response = post(http, served[1], body, signed(body))
    assert response.status_code == 413
    assert response.json() == {"ok": False, "error": "request_entity_too_large"}
    assert RECORDED == []


def test_chunked_bodies(http: httpx.Client, served: tuple[str, str]) -> None:
    kind, url = served
    small, large = body_for("issue_new"), _padded(LIMIT * 4)
    small_status = post(http, url, iter([small[:5], small[5:]]), signed(small)).status_code
    large_status = post(http, url, iter([large[:LIMIT], large[LIMIT:]]), signed(large)).status_code
    # ASGI servers de-chunk; wsgiref does not, so a WSGI app without a length answers 411.
    expected = (200, 413) if kind in ASGI else (411, 411)
    assert (small_status, large_status) == expected
    assert len(RECORDED) == (1 if kind in ASGI else 0)


def test_other_methods_are_405(http: httpx.Client, served: tuple[str, str]) -> None:
    response = http.get(served[1])
    assert response.status_code == 405
    assert "POST" in response.headers["allow"]
    assert RECORDED == []


# -- in process ------------------------------------------------------------------------------------


async def test_starlette_endpoint_through_asgi_transport() -> None:
    handler = build_handler()
    RECORDED.clear()
    app = Starlette()
    app.add_route("/hook", webhook_endpoint(handler, max_body_bytes=64), methods=["POST"])
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        body = body_for("issue_new")
        assert (await client.post("/hook", content=body, headers=signed(body))).status_code == 200
        assert (await client.post("/hook", content=body, headers={})).status_code == 401
        big = _padded(65)
        assert (await client.post("/hook", content=big, headers=signed(big))).status_code == 413

        async def stream() -> Any:
            yield big[:32]
            yield big[32:]

        assert (
            await client.post("/hook", content=stream(), headers=signed(big))
        ).status_code == 413
    assert len(RECORDED) == 1


async def test_asgi_app_lifespan_and_websocket_scopes() -> None:
    app = WebhookApp(build_handler())
    inbox = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> MutableMapping[str, Any]:
        return inbox.pop(0)

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    await app({"type": "lifespan"}, receive, send)
    await app({"type": "websocket"}, receive, send)
    assert [m["type"] for m in sent] == [
        "lifespan.startup.complete",
        "lifespan.shutdown.complete",
        "websocket.close",
    ]


def test_the_starlette_adapter_converts_a_response() -> None:
    # The conversion lives in the adapter: the response type knows no optional framework.
    assert not hasattr(WebhookResponse, "to_starlette")
    response = to_starlette_response(WebhookResponse.json(401, {"ok": False}))
    assert (response.status_code, response.body, response.headers["content-type"]) == (
        401,
        b'{"ok":false}',
        "application/json",
    )


def test_flask_view_through_the_test_client() -> None:
    handler = build_handler()
    RECORDED.clear()
    app = Flask(__name__)
    app.add_url_rule("/hook", view_func=webhook_view(handler, max_body_bytes=64), methods=["POST"])
    client = app.test_client()
    body = body_for("issue_message_new")
    assert client.post("/hook", data=body, headers=signed(body)).status_code == 200
    assert client.post("/hook", data=body, headers={"X-Pylon-Signature": "x"}).status_code == 401
    big = _padded(65)
    assert client.post("/hook", data=big, headers=signed(big)).status_code == 413
    assert sorted(kind for kind, _ in RECORDED) == ["async", "sync"]


def test_flask_blueprint_prefix_and_endpoint_name() -> None:
    app = Flask(__name__)
    app.register_blueprint(webhook_blueprint(build_handler(), url_prefix="/v1", path="/pylon"))
    assert [
        rule.rule for rule in app.url_map.iter_rules() if rule.endpoint == "pylon_webhooks.receive"
    ] == ["/v1/pylon"]


class StartResponse:
    """A WSGI ``start_response`` that records the statuses it was given."""

    def __init__(self) -> None:
        self.statuses: list[str] = []

    def __call__(
        self, status: str, headers: list[tuple[str, str]], exc_info: Any = None
    ) -> Callable[[bytes], object]:
        self.statuses.append(status)
        return lambda data: None


def _environ(body: bytes, **extra: Any) -> dict[str, Any]:
    cgi_headers = {f"HTTP_{k.upper().replace('-', '_')}": v for k, v in signed(body).items()}
    return {
        "REQUEST_METHOD": "POST",
        "wsgi.input": io.BytesIO(body + b"trailing bytes that must not be read"),
        **cgi_headers,
        **extra,
    }


@pytest.mark.parametrize(
    ("extra", "status"),
    [
        ({"CONTENT_LENGTH": "abc"}, 400),
        ({"CONTENT_LENGTH": "-1"}, 400),
        ({"CONTENT_LENGTH": ""}, 411),
        ({}, 411),
        ({"wsgi.input_terminated": True}, 401),  # read to EOF: the trailing bytes break the MAC
        ({"CONTENT_LENGTH": "9" * 30}, 400),
        ({"CONTENT_LENGTH": str(LIMIT + 1)}, 413),
    ],
)
def test_wsgi_length_handling(extra: dict[str, Any], status: int) -> None:
    body = body_for("issue_new")
    start = StartResponse()
    WebhookWSGIApp(build_handler(), max_body_bytes=LIMIT)(_environ(body, **extra), start)
    assert int(start.statuses[0].split()[0]) == status


def test_wsgi_reads_exactly_content_length() -> None:
    body = body_for("issue_new")
    environ = _environ(body, CONTENT_LENGTH=str(len(body)))
    start = StartResponse()
    WebhookWSGIApp(build_handler())(environ, start)
    assert start.statuses == ["200 OK"]
    assert environ["wsgi.input"].read() == b"trailing bytes that must not be read"


def test_wsgi_reads_to_eof_when_the_server_terminates_input() -> None:
    body = body_for("issue_new")
    environ = {**_environ(body), "wsgi.input": io.BytesIO(body), "wsgi.input_terminated": True}
    start = StartResponse()
    WebhookWSGIApp(build_handler())(environ, start)
    assert start.statuses == ["200 OK"]


@pytest.mark.parametrize("limit", [-1, 1.5, True])
def test_adapters_refuse_a_bad_limit(limit: Any) -> None:
    handler = build_handler()
    for factory in (webhook_endpoint, webhook_view, WebhookWSGIApp, WebhookApp):
        with pytest.raises(ValueError):
            factory(handler, max_body_bytes=limit)


# -- optional dependencies -----------------------------------------------------------------------


@pytest.mark.parametrize(("module", "package"), [("starlette", "starlette"), ("flask", "flask")])
def test_missing_framework_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, module: str, package: str
) -> None:
    for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, package, None)
    monkeypatch.delitem(sys.modules, f"pylon.webhooks.{module}")
    monkeypatch.delattr(pylon.webhooks, module, raising=False)
    with pytest.raises(ImportError, match=rf"py-usepylon-sdk\[{package}\]"):
        __import__(f"pylon.webhooks.{module}")


def test_importing_webhooks_imports_no_framework() -> None:
    code = (
        "import sys, pylon.webhooks; "
        "print(sorted(m for m in ('starlette', 'flask', 'werkzeug', 'uvicorn') if m in sys.modules))"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert output.strip() == "[]"
