"""A proxy that labels a body gzip when it is not, over real loopback HTTP (issue 11, item 5)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from pylon import APIResponseValidationError, AsyncPylon, Pylon, ServerError

from .conftest import RawServer, envelope, http_response

ME = envelope({"id": "u1", "name": "Raw"})
LIES = {"Content-Encoding": "gzip"}


def _options(server: RawServer) -> dict[str, Any]:
    return {"api_key": "pylon_raw_key_0123456789", "base_url": server.url, "rate_limit": False}


def test_false_gzip_200_is_a_typed_error_sync_and_async() -> None:
    # Fails on the old main: httpx.DecodingError escaped from client.me.get().
    answer = http_response(body=ME, headers=LIES)
    with RawServer(lambda n, hit: answer) as server:
        with Pylon(**_options(server)) as client, pytest.raises(APIResponseValidationError):
            client.me.get()

        async def go() -> None:
            async with AsyncPylon(**_options(server)) as client:
                with pytest.raises(APIResponseValidationError) as caught:
                    await client.me.get()
                assert caught.value.status_code == 200

        asyncio.run(go())
        assert len(server.hits) == 2  # one each, never retried


def test_false_gzip_503_on_a_read_is_retried_then_a_server_error() -> None:
    answer = http_response(503, body=b"<html>503</html>", content_type="text/html", headers=LIES)
    with RawServer(lambda n, hit: answer) as server, Pylon(**_options(server)) as client:
        with pytest.raises(ServerError) as caught:
            client.me.get()
        assert caught.value.status_code == 503 and caught.value.retries_taken == 2
        assert len(server.hits) == 3


def test_false_gzip_500_on_a_create_is_sent_once() -> None:
    answer = http_response(500, body=b"garbage", headers=LIES)
    with RawServer(lambda n, hit: answer) as server, Pylon(**_options(server)) as client:
        with pytest.raises(ServerError) as caught:
            client.issues.create(title="t", description="x")
        assert caught.value.maybe_processed
        assert len(server.hits) == 1
