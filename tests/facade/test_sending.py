"""A facade call hands its request to the client's transport itself, not through httpx's
`Client.send`; what `send` did that a caller can see still happens, on `Pylon` and `AsyncPylon`:
cookies a response sets are stored and sent back, `response.elapsed` is set, httpx logs its INFO
line, and the response points at the keyless request."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from .conftest import KEY, Recorder

ISSUE = {"id": "iss_1", "title": "Printer on fire", "state": "new"}


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200,
        json={"data": ISSUE, "request_id": "req_1"},
        headers={"Set-Cookie": "lb=node-7; Path=/"},
    )


def test_a_cookie_pylon_sets_is_sent_on_the_next_call(make_client: Callable[..., Any]) -> None:
    client, recorder = make_client(_answer)
    client.issues.get("iss_1")
    client.issues.get("iss_1")
    assert "cookie" not in recorder.requests[0].headers
    assert recorder.requests[1].headers["cookie"] == "lb=node-7"


def test_the_response_has_its_elapsed_time_and_the_keyless_request(
    make_client: Callable[..., Any],
) -> None:
    client, recorder = make_client(_answer)
    raw = client.issues.with_raw_response.get("iss_1")
    response = raw.http_response
    assert response.elapsed.total_seconds() >= 0
    assert response.request.url.path == "/issues/iss_1"
    assert "authorization" not in response.request.headers
    assert recorder.auth == [f"Bearer {KEY}"]  # the server did get the key


def test_httpx_logs_its_request_line(
    make_client: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    client, _ = make_client(_answer)
    with caplog.at_level(logging.INFO, logger="httpx"):
        client.issues.get("iss_1")
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert lines == ['HTTP Request: GET http://127.0.0.1:9/issues/iss_1 "HTTP/1.1 200 OK"']
    assert KEY not in caplog.text


def test_the_async_client_does_the_same() -> None:
    from pylon import AsyncPylon

    recorder = Recorder(_answer)

    async def run() -> httpx.Response:
        async with AsyncPylon(
            api_key=KEY,
            base_url="http://127.0.0.1:9",
            transport=httpx.MockTransport(recorder),
            max_retries=0,
            rate_limit=False,
        ) as client:
            await client.issues.get("iss_1")
            raw = await client.issues.with_raw_response.get("iss_1")
            return raw.http_response

    response = asyncio.run(run())
    assert recorder.requests[1].headers["cookie"] == "lb=node-7"
    assert response.elapsed.total_seconds() >= 0
    assert "authorization" not in response.request.headers


def test_a_closed_client_still_refuses_to_send(make_client: Callable[..., Any]) -> None:
    from pylon import PylonError

    client, recorder = make_client(_answer)
    client.close()
    with pytest.raises(PylonError, match="closed"):
        client.issues.get("iss_1")
    assert recorder.requests == []


def test_a_new_client_has_its_bound_model_classes_before_its_first_call(
    make_client: Callable[..., Any],
) -> None:
    """Made when the client is built (off the first call's path); the first call returns an
    instance of the very class that was made, bound to this client."""
    client, _ = make_client(_answer)
    made = dict(client.__dict__["_bound_models"])
    assert set(made) == {"Issue", "Account"}
    issue = client.issues.get("iss_1")
    assert type(issue) is made["Issue"] and issue._pylon_client is client
