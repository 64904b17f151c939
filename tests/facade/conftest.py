from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

KEY = "pylon_test_key_0123456789"


class Recorder:
    """A MockTransport handler that records requests and answers from a script."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []
        # The transport adds Authorization to a private copy and removes it after the attempt,
        # so what the server saw is recorded here, as it arrives.
        self.auth: list[str | None] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.auth.append(request.headers.get("authorization"))
        return self.answer(request)

    def bodies(self) -> list[Any]:
        return [json.loads(r.content) if r.content else None for r in self.requests]


def envelope(data: Any, **extra: Any) -> httpx.Response:
    return httpx.Response(200, json={"data": data, "request_id": "req_1", **extra})


@pytest.fixture
def make_client() -> Callable[..., Any]:
    from pylon import Pylon

    made: list[Any] = []

    def make(
        answer: Callable[[httpx.Request], httpx.Response], **options: Any
    ) -> tuple[Any, Recorder]:
        recorder = Recorder(answer)
        options.setdefault("max_retries", 0)
        options.setdefault("rate_limit", False)
        client = Pylon(
            api_key=KEY,
            base_url="http://127.0.0.1:9",
            transport=httpx.MockTransport(recorder),
            **options,
        )
        made.append(client)
        return client, recorder

    yield make
    for client in made:
        client.close()
