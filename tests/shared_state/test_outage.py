"""A shared store that stops answering: one WARNING per outage, in-process pacing meanwhile,
503 for webhook deliveries, and sharing again once it answers - then the same against a real
redis-server killed by its PID. Bad settings give clear errors that never show a password."""

from __future__ import annotations

import logging
from pathlib import Path

import httpx
import pytest

from pylon import AsyncPylon, Pylon, PylonConfigError
from pylon.shared_state import (
    InProcessStore,
    LimitSpec,
    ResilientStore,
    StoreUnavailableError,
    open_store,
)
from pylon.testing._redis_server import RedisServer
from pylon.webhooks import WebhookConfigError, WebhookEvent, WebhookHandler

from ..webhooks._support import SECRET, VECTOR_BODY, VECTOR_HEX
from ._switchable import SwitchableStore
from .conftest import FakeClock

SPEC = LimitSpec(10, 60.0, burst=1)
KEY = "pylon_test_key_0123456789"


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def test_one_warning_per_outage_local_pacing_and_recovery(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = FakeClock(0.0)
    shared = SwitchableStore(clock=clock)
    store = ResilientStore(shared, clock=clock)
    assert store.reserve("b", SPEC).wait == 0.0
    shared.down = True
    with caplog.at_level(logging.WARNING, logger="pylon"):
        waits = [store.reserve("b", SPEC).wait for _ in range(4)]
        assert waits == [0.0, 6.0, 12.0, 18.0]  # paced in-process at the documented limit
        with pytest.raises(StoreUnavailableError):
            store.claim("k", 10.0)  # no local stand-in for a claim another process may hold
        clock.now += 10  # past the retry pause, but still down: no second warning
        store.reserve("b", SPEC)
        assert len(warnings_of(caplog)) == 1 and "unavailable" in warnings_of(caplog)[0]
        shared.down = False
        clock.now += 10
        assert store.reserve("b", SPEC).token is None  # the shared store's again
        assert store.claim("k", 10.0).state == "claimed"
        assert len(warnings_of(caplog)) == 2 and "answers again" in warnings_of(caplog)[1]
        shared.down = True
        clock.now += 10
        store.reserve("b", SPEC)
        assert len(warnings_of(caplog)) == 3  # a new outage, a new warning
        store.failed(StoreUnavailableError("slow"), started=clock.now - 100)
        assert len(warnings_of(caplog)) == 3  # a call from before the recovery: not new


def test_a_webhook_handler_answers_503_while_the_store_is_down() -> None:
    clock = FakeClock(0.0)
    shared = SwitchableStore(clock=clock)
    handler = WebhookHandler(SECRET, shared_state=ResilientStore(shared, clock=clock))
    ran: list[str] = []
    handler.on_any()(lambda event: ran.append(event.event_type))
    shared.down = True
    response = handler.handle(VECTOR_BODY, {"X-Pylon-Signature": VECTOR_HEX})
    assert response.status == 503 and "Retry-After" in response.headers
    assert ran == []
    shared.down = False
    clock.now += 10
    assert handler.handle(VECTOR_BODY, {"X-Pylon-Signature": VECTOR_HEX}).status == 200
    assert handler.handle(VECTOR_BODY, {"X-Pylon-Signature": VECTOR_HEX}).status == 200
    assert ran == ["issue_new"]  # the sender's retry ran it once


def test_a_delivery_handled_as_the_store_went_away_is_recorded_when_it_is_back() -> None:
    """Otherwise its claim would lapse after the lease and a retry would run the handlers
    again."""
    clock = FakeClock(0.0)
    shared = SwitchableStore(clock=clock)
    store = ResilientStore(shared, clock=clock)
    claim = store.claim("k", 30.0)
    assert claim.token is not None
    shared.down = True
    store.complete("k", claim.token, 3600.0)  # no exception: kept for later
    shared.down = False
    clock.now += 10
    assert store.claim("other", 30.0).state == "claimed"  # the next delivery records it
    clock.now += 30  # past the lease: still done, not claimable again
    assert store.claim("k", 30.0).state == "done"


def _ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"data": {"id": "iss_1"}})


def test_killing_redis_mid_run_falls_back_and_recovers(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    """A real redis-server of the test's own, killed by PID and started again on its port."""
    import redis

    server = RedisServer()
    server.start()
    try:
        client = Pylon(
            api_key=KEY, transport=httpx.MockTransport(_ok), shared_state=server.url,
            rate_limit={"GetIssue": (1000, 60.0)}, deadline=None,
        )  # fmt: skip
        with client, caplog.at_level(logging.WARNING, logger="pylon"):
            client.issues.get("iss_1")
            assert redis.Redis.from_url(server.url).keys("*")  # the schedule lives in Redis
            server.kill()
            for _ in range(5):
                client.issues.get("iss_1")  # no exception: paced in-process
            outage = warnings_of(caplog)
            assert len(outage) == 1 and "unavailable" in outage[0]
            server.start()  # back, empty, on the same port
            store = client._shared.root._shared.store
            assert isinstance(store, ResilientStore)
            store._retry_at = 0.0  # the retry pause has passed
            client.issues.get("iss_1")
            assert redis.Redis.from_url(server.url).keys("*")  # shared again
            assert len(warnings_of(caplog)) == 2 and "answers again" in warnings_of(caplog)[1]
    finally:
        server.close()


async def test_async_client_uses_the_async_redis_client(redis_url: str) -> None:
    calls = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(200, json={"data": {"id": "iss_1"}})

    async with AsyncPylon(
        api_key=KEY, transport=httpx.MockTransport(handler), shared_state=redis_url
    ) as client:
        store = client._shared.root._shared.store.shared

        def blocking(*args: object) -> None:
            raise AssertionError("the sync Redis client was used on the event loop")

        store.reserve = store.cancel = store.penalize = blocking
        import asyncio

        await asyncio.gather(*(client.issues.get("iss_1") for _ in range(3)))
    assert calls == 3


def test_an_unreachable_store_at_construction_warns_without_the_password(
    caplog: pytest.LogCaptureFixture,
) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"redis://user:s3cretpw@127.0.0.1:{port}/0"
    with caplog.at_level(logging.WARNING, logger="pylon"):
        client = Pylon(api_key=KEY, transport=httpx.MockTransport(_ok), shared_state=url)
        with client:
            client.issues.get("iss_1")
            assert "s3cretpw" not in repr(client._shared.root._shared.store)
    [warning] = warnings_of(caplog)
    assert f"127.0.0.1:{port}" in warning and "s3cretpw" not in warning


@pytest.mark.parametrize(
    ("setting", "names"),
    [
        ("mysql://user:s3cretpw@db/pylon", "unknown kind of store ('mysql://')"),
        ("127.0.0.1:6379", "unknown kind of store (no scheme)"),
        ("sqlite://", "needs a file path"),
        (42, "must be a URL"),
    ],
)
def test_bad_settings_are_refused_by_name(setting: object, names: str) -> None:
    with pytest.raises(PylonConfigError) as raised:
        Pylon(api_key=KEY, shared_state=setting)  # type: ignore[arg-type]
    assert "shared_state" in str(raised.value) and names in str(raised.value)
    assert "s3cretpw" not in str(raised.value)


def test_a_sqlite_file_in_a_missing_directory_is_refused(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "dir"
    with pytest.raises(PylonConfigError, match="shared_state") as raised:
        Pylon(api_key=KEY, shared_state=f"sqlite:///{missing}/pylon.db")
    assert str(missing) in str(raised.value) and "create it" in str(raised.value)


def test_without_the_redis_package_the_error_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "redis", None)
    with pytest.raises(PylonConfigError, match=r"py-usepylon-sdk\[redis\]"):
        open_store("redis://127.0.0.1:6379/0")


def test_the_store_is_chosen_once(tmp_path: Path) -> None:
    client = Pylon(api_key=KEY, shared_state=f"sqlite:///{tmp_path / 'a.db'}")
    with client, pytest.raises(PylonConfigError, match="chosen once"):
        client.with_options(shared_state=None)
    with pytest.raises(WebhookConfigError):
        WebhookHandler(SECRET, shared_state="sqlite:///x.db", dedup_store=InProcessStore())


def test_two_receivers_on_one_sqlite_file_share_claims(tmp_path: Path) -> None:
    """Two handlers (as in two worker processes) on one file: a copy during the other's run is
    told to retry, and after success it is a duplicate."""
    setting = f"sqlite:///{tmp_path / 'hooks.db'}"
    first, second = (
        WebhookHandler(SECRET, shared_state=setting),
        WebhookHandler(SECRET, shared_state=setting),
    )
    seen: list[int] = []

    @first.on_any()
    def slow(event: WebhookEvent) -> None:
        # While this runs, the other receiver gets the same delivery.
        seen.append(second.handle(VECTOR_BODY, {"X-Pylon-Signature": VECTOR_HEX}).status)

    assert first.handle(VECTOR_BODY, {"X-Pylon-Signature": VECTOR_HEX}).status == 200
    assert seen == [503]
    assert second.handle(VECTOR_BODY, {"X-Pylon-Signature": VECTOR_HEX}).status == 200
    assert second.process(VECTOR_BODY, {"X-Pylon-Signature": VECTOR_HEX}).duplicate
