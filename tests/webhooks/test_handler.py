"""WebhookHandler: routing, responses, dedup (W-13), failure isolation, sync and async dispatch."""

from __future__ import annotations

import asyncio
import gc
import json
import logging
from typing import Any

import pytest

from pylon.webhooks import (
    Claim,
    DedupStore,
    Delivery,
    InMemoryDedupStore,
    IssueMessageNewEvent,
    IssueNewEvent,
    WebhookConfigError,
    WebhookEvent,
    WebhookHandler,
    WebhookPayloadError,
    WebhookResponse,
    WebhookResult,
    WebhookSignatureError,
    WebhookTimestampError,
    default_dedup_key,
)

from ._support import NOW, SECRET, VECTOR_BODY, VECTOR_HEX, body_for, signed

A = "X-Pylon-Signature"


def make(**options: Any) -> WebhookHandler:
    options.setdefault("clock", lambda: NOW)
    return WebhookHandler(SECRET, **options)


def deliver(handler: WebhookHandler, body: bytes, timestamp: int | None = None) -> WebhookResult:
    return handler.process(body, signed(body, timestamp=timestamp))


class FakeStore:
    """A store kept outside the SDK, to check the protocol is all the handler needs."""

    def __init__(self) -> None:
        self.keys: dict[str, str] = {}
        self.ttls: dict[str, float] = {}
        self.released: list[str] = []

    def claim(self, key: str, lease: float) -> Claim:
        state = self.keys.get(key)
        if state is not None:
            return Claim("done" if state == "done" else "in_progress")
        self.keys[key] = "token"
        return Claim("claimed", "token")

    def complete(self, key: str, token: str, ttl: float) -> None:
        self.keys[key] = "done"
        self.ttls[key] = ttl

    def release(self, key: str, token: str) -> None:
        self.released.append(key)
        if self.keys.get(key) == token:
            del self.keys[key]


# -- routing -------------------------------------------------------------------------------------


def test_routes_by_event_type_in_registration_order() -> None:
    handler = make()
    calls: list[str] = []

    @handler.on("issue_new")
    def first(event: IssueNewEvent) -> None:
        calls.append(f"new:{event.issue_id}")

    @handler.on_any()
    def every(event: WebhookEvent) -> None:
        calls.append(f"any:{event.event_type}")

    @handler.on("issue_new", "issue_message_new")
    def several(event: WebhookEvent) -> None:
        calls.append(f"several:{event.event_type}")

    deliver(handler, body_for("issue_new", issue_id="i1"))
    deliver(handler, body_for("issue_message_new"))
    deliver(handler, body_for("brand_new_type"))
    deliver(handler, json.dumps({"no": "type"}).encode())
    assert calls == [
        "new:i1",
        "any:issue_new",
        "several:issue_new",
        "any:issue_message_new",
        "several:issue_message_new",
        "any:brand_new_type",
        "any:None",
    ]


def test_decorators_return_the_function_unchanged() -> None:
    handler = make()

    def function(event: WebhookEvent) -> None:
        pass

    assert handler.on("issue_new")(function) is function
    assert handler.on_any()(function) is function
    assert handler.handlers_for("issue_new") == [function, function]
    assert handler.handlers_for("other") == [function]


@pytest.mark.parametrize("types", [(), ("",), (None,), (["issue_new"],)])
def test_on_refuses_bad_event_types(types: tuple[Any, ...]) -> None:
    with pytest.raises(TypeError):
        make().on(*types)


def test_on_refuses_non_callables() -> None:
    with pytest.raises(TypeError):
        make().on("issue_new")("not callable")  # type: ignore[type-var]


def test_result_carries_the_typed_event() -> None:
    handler = make()
    handler.on("issue_message_new")(lambda event: None)
    result = deliver(handler, body_for("issue_message_new", message_is_private="true"))
    assert isinstance(result.event, IssueMessageNewEvent)
    assert result.event.message_is_private is True
    assert (result.ok, result.duplicate, result.handled, result.failures) == (True, False, 1, ())
    assert result.dedup_key is not None


def test_construct_event_verifies_without_dispatching_or_dedup() -> None:
    store = FakeStore()
    handler = make(dedup_store=store)
    handler.on_any()(pytest.fail)
    event = handler.construct_event(VECTOR_BODY, {A: VECTOR_HEX})
    assert isinstance(event, IssueNewEvent)
    assert store.keys == {}
    with pytest.raises(WebhookSignatureError):
        handler.construct_event(VECTOR_BODY, {A: VECTOR_HEX[::-1]})


# -- responses -----------------------------------------------------------------------------------


def test_handle_returns_a_flask_style_tuple() -> None:
    response = make().handle(VECTOR_BODY, {A: VECTOR_HEX})
    body, status, headers = response
    assert isinstance(response, tuple) and isinstance(response, WebhookResponse)
    assert (json.loads(body), status, headers) == (
        {"ok": True},
        200,
        {"Content-Type": "application/json"},
    )
    assert response.status_line == "200 OK"
    assert response.body_bytes == body.encode()


@pytest.mark.parametrize(
    ("body", "headers", "status", "error", "reason"),
    [
        (VECTOR_BODY, {}, 401, "invalid_signature", "missing"),
        (VECTOR_BODY, {A: "00"}, 401, "invalid_signature", "malformed"),
        (VECTOR_BODY, {A: VECTOR_HEX[::-1]}, 401, "invalid_signature", "mismatch"),
        (
            VECTOR_BODY,
            signed(VECTOR_BODY, timestamp=NOW - 301),
            401,
            "invalid_timestamp",
            "too_old",
        ),
        (b"[]", signed(b"[]"), 400, "invalid_payload", "not_object"),
        (b"\xff", signed(b"\xff"), 400, "invalid_payload", "not_utf8"),
    ],
)
def test_handle_maps_errors_to_statuses(
    body: bytes, headers: dict[str, str], status: int, error: str, reason: str
) -> None:
    handler = make()
    handler.on_any()(pytest.fail)
    response = handler.handle(body, headers)
    assert response.status == status
    assert json.loads(response.body) == {"ok": False, "error": error, "reason": reason}


def test_process_raises_the_typed_errors() -> None:
    handler = make(require_timestamp=True)
    with pytest.raises(WebhookTimestampError):
        handler.process(VECTOR_BODY, {A: VECTOR_HEX})
    with pytest.raises(WebhookPayloadError):
        deliver(handler, b"[]", timestamp=NOW)


def test_injected_clock_drives_the_tolerance() -> None:
    now = [NOW]
    handler = WebhookHandler(SECRET, clock=lambda: now[0], dedup_window=0)
    headers = signed(VECTOR_BODY, timestamp=NOW)
    assert handler.process(VECTOR_BODY, headers).ok
    now[0] = NOW + 301
    with pytest.raises(WebhookTimestampError):
        handler.process(VECTOR_BODY, headers)


def test_wsgi_helper_starts_the_response() -> None:
    started: list[Any] = []
    chunks = WebhookResponse.for_status(405, Allow="POST").to_wsgi(
        lambda status, headers: started.append((status, headers))
    )
    assert started == [
        (
            "405 Method Not Allowed",
            [
                ("Content-Type", "application/json"),
                ("Allow", "POST"),
                ("Content-Length", str(len(chunks[0]))),
            ],
        )
    ]
    assert json.loads(chunks[0]) == {"ok": False, "error": "method_not_allowed"}


# -- W-13: dedup ---------------------------------------------------------------------------------


def test_w13_a_replayed_delivery_runs_handlers_once() -> None:
    handler = make()
    calls: list[WebhookEvent] = []
    handler.on("issue_new")(calls.append)
    first = handler.handle(VECTOR_BODY, {A: VECTOR_HEX})
    second = handler.handle(VECTOR_BODY, {A: VECTOR_HEX.upper()})
    assert len(calls) == 1
    assert first.status == second.status == 200
    assert json.loads(second.body) == {"ok": True, "duplicate": True}
    result = handler.process(VECTOR_BODY, {A: VECTOR_HEX})
    assert (result.duplicate, result.handled, result.ok) == (True, 0, True)


def test_w13_dedup_key_covers_exactly_the_signed_content() -> None:
    handler = make()
    calls: list[WebhookEvent] = []
    handler.on_any()(calls.append)
    assert not deliver(handler, VECTOR_BODY, timestamp=NOW).duplicate
    assert deliver(handler, VECTOR_BODY, timestamp=NOW).duplicate
    # A re-signed retry (new timestamp) is a new key: documented in default_dedup_key.
    assert not deliver(handler, VECTOR_BODY, timestamp=NOW + 1).duplicate
    # The body-signature scheme keys on the body alone.
    assert not deliver(handler, VECTOR_BODY).duplicate
    assert deliver(handler, VECTOR_BODY).duplicate
    assert len(calls) == 3


def test_default_dedup_key_is_a_hash_of_the_signed_content() -> None:
    event = WebhookEvent()
    plain = Delivery(VECTOR_BODY, event, "signature")
    stamped = Delivery(VECTOR_BODY, event, "timestamp", NOW)
    assert default_dedup_key(plain) != default_dedup_key(stamped)
    assert default_dedup_key(stamped) == default_dedup_key(
        Delivery(VECTOR_BODY, event, "timestamp", NOW)
    )
    assert VECTOR_BODY.decode() not in repr(plain)
    assert len(default_dedup_key(plain).split(":")[1]) == 64


def test_custom_store_and_window() -> None:
    store = FakeStore()
    handler = make(dedup_store=store, dedup_window=60)
    assert isinstance(store, DedupStore)
    result = deliver(handler, VECTOR_BODY)
    assert store.keys == {result.dedup_key: "done"}
    assert store.ttls == {result.dedup_key: 60}
    assert deliver(handler, VECTOR_BODY).duplicate


def test_custom_dedup_key_and_opting_out() -> None:
    keys: list[Delivery] = []

    def by_issue(delivery: Delivery) -> str | None:
        keys.append(delivery)
        return delivery.event.raw.get("issue_id")

    handler = make(dedup_key=by_issue)
    assert not deliver(handler, body_for(issue_id="a", n=1)).duplicate
    assert deliver(handler, body_for(issue_id="a", n=2)).duplicate
    assert not deliver(handler, body_for(n=3)).duplicate
    assert not deliver(handler, body_for(n=3)).duplicate  # None: never deduplicated
    assert keys[0].scheme == "signature" and keys[0].body == body_for(issue_id="a", n=1)


def test_dedup_window_zero_disables_dedup() -> None:
    store = FakeStore()
    handler = make(dedup_store=store, dedup_window=0)
    assert not deliver(handler, VECTOR_BODY).duplicate
    assert not deliver(handler, VECTOR_BODY).duplicate
    assert store.keys == {}


@pytest.mark.parametrize("window", [-1, "1", True, None])
def test_bad_dedup_window_is_a_config_error(window: Any) -> None:
    with pytest.raises(WebhookConfigError):
        make(dedup_window=window)


def test_default_store_is_in_memory() -> None:
    assert isinstance(make().dedup_store, InMemoryDedupStore)


# -- failure isolation ---------------------------------------------------------------------------


def test_a_failing_handler_does_not_stop_the_others(caplog: pytest.LogCaptureFixture) -> None:
    store = FakeStore()
    handler = make(dedup_store=store)
    calls: list[str] = []

    @handler.on("issue_new")
    def before(event: WebhookEvent) -> None:
        calls.append("before")

    @handler.on_any()
    def broken(event: WebhookEvent) -> None:
        raise LookupError("boom")

    @handler.on("issue_new")
    def after(event: WebhookEvent) -> None:
        calls.append("after")

    with caplog.at_level(logging.ERROR, logger="pylon.webhooks"):
        result = deliver(handler, VECTOR_BODY)
    assert calls == ["before", "after"]
    assert not result.ok and result.handled == 3
    [failure] = result.failures
    assert isinstance(failure.exception, LookupError)
    assert failure.handler.endswith("broken")
    [record] = caplog.records
    assert record.name == "pylon.webhooks" and record.exc_info is not None
    assert "broken" in record.getMessage()
    # The key is released so that the sender's retry runs the handlers again.
    assert store.released == [result.dedup_key]
    assert not deliver(handler, VECTOR_BODY).duplicate
    assert calls == ["before", "after", "before", "after"]


def test_a_failing_handler_answers_500_without_details() -> None:
    handler = make()

    @handler.on_any()
    def broken(event: WebhookEvent) -> None:
        raise RuntimeError("internal detail")

    response = handler.handle(VECTOR_BODY, {A: VECTOR_HEX})
    assert response.status == 500
    assert "internal detail" not in response.body
    assert json.loads(response.body) == {"ok": False, "error": "handler_failed"}


def test_base_exceptions_propagate_and_release_the_key() -> None:
    store = FakeStore()
    handler = make(dedup_store=store)

    @handler.on_any()
    def interrupted(event: WebhookEvent) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        deliver(handler, VECTOR_BODY)
    assert store.keys == {} and len(store.released) == 1


# -- async ---------------------------------------------------------------------------------------


async def test_async_handlers_are_awaited_on_the_running_loop() -> None:
    handler = make()
    loop = asyncio.get_running_loop()
    seen: list[Any] = []

    @handler.on("issue_new")
    async def first(event: WebhookEvent) -> None:
        await asyncio.sleep(0)
        seen.append(("async", asyncio.get_running_loop() is loop))

    @handler.on_any()
    def second(event: WebhookEvent) -> None:
        seen.append(("sync", event.event_type))

    response = await handler.ahandle(VECTOR_BODY, {A: VECTOR_HEX})
    assert response.status == 200
    assert seen == [("async", True), ("sync", "issue_new")]
    again = await handler.aprocess(VECTOR_BODY, {A: VECTOR_HEX})
    assert again.duplicate


async def test_async_failures_are_isolated_too() -> None:
    handler = make()
    ran: list[str] = []

    @handler.on_any()
    async def broken(event: WebhookEvent) -> None:
        raise ValueError("async boom")

    @handler.on_any()
    async def fine(event: WebhookEvent) -> None:
        ran.append("fine")

    result = await handler.aprocess(VECTOR_BODY, {A: VECTOR_HEX})
    assert ran == ["fine"]
    assert [type(f.exception) for f in result.failures] == [ValueError]
    assert (await handler.ahandle(VECTOR_BODY, {A: VECTOR_HEX})).status == 500


async def test_async_errors_are_typed_and_answered() -> None:
    handler = make()
    with pytest.raises(WebhookSignatureError):
        await handler.aprocess(VECTOR_BODY, {})
    assert (await handler.ahandle(b"[]", signed(b"[]"))).status == 400


async def test_cancellation_propagates_and_releases_the_key() -> None:
    store = FakeStore()
    handler = make(dedup_store=store)

    @handler.on_any()
    async def cancelled(event: WebhookEvent) -> None:
        raise asyncio.CancelledError

    with pytest.raises(asyncio.CancelledError):
        await handler.aprocess(VECTOR_BODY, {A: VECTOR_HEX})
    assert store.keys == {}


def test_sync_process_runs_async_handlers_on_a_private_loop() -> None:
    handler = make()
    seen: list[str] = []

    @handler.on_any()
    async def handler_function(event: WebhookEvent) -> None:
        await asyncio.sleep(0)
        seen.append(event.event_type or "")

    assert handler.process(VECTOR_BODY, {A: VECTOR_HEX}).ok
    assert seen == ["issue_new"]


@pytest.mark.filterwarnings("error::RuntimeWarning")
async def test_sync_process_inside_a_loop_reports_async_handlers_cleanly() -> None:
    handler = make()

    @handler.on_any()
    async def needs_a_loop(event: WebhookEvent) -> None:
        raise AssertionError("never runs")

    result = handler.process(VECTOR_BODY, {A: VECTOR_HEX})
    [failure] = result.failures
    assert isinstance(failure.exception, RuntimeError)
    assert "aprocess" in str(failure.exception)
    gc.collect()  # a coroutine left un-awaited would warn here


def test_repr_is_informative() -> None:
    handler = make(tolerance=60)
    handler.on_any()(print)
    assert repr(handler) == (
        "<WebhookHandler secrets=1 tolerance=60 require_timestamp=False handlers=1>"
    )
