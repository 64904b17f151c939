"""Stores under test: in-process, SQLite in a temp file, and a real redis-server of our own.

The Redis tests need `redis-server` (Debian: `apt-get install redis-server`; `.ci/run` installs
it). Without it they are skipped with that message locally, and fail under CI=true.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pylon.testing._redis_server import RedisServer, redis_server_executable

NEEDS_REDIS = (
    "redis-server is not installed: apt-get install redis-server (CI installs it in .ci/run)"
)


class FakeClock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    if redis_server_executable() is None:
        if os.environ.get("CI") == "true":
            pytest.fail(NEEDS_REDIS)
        pytest.skip(NEEDS_REDIS)
    with RedisServer.running() as server:
        yield server


@pytest.fixture
def redis_url(redis_server: RedisServer) -> Iterator[str]:
    import redis

    yield redis_server.url
    redis.Redis.from_url(redis_server.url).flushdb()


StoreFactory = Callable[[FakeClock], object]


@pytest.fixture(params=["memory", "sqlite", "redis"])
def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> StoreFactory:
    """A factory of stores of one backend, all on a fake clock."""
    kind = request.param

    def make(clock: FakeClock) -> object:
        if kind == "memory":
            from pylon.shared_state import InProcessStore

            return InProcessStore(clock=clock)
        if kind == "sqlite":
            from pylon.shared_state import SQLiteStore

            return SQLiteStore(tmp_path / "state.db", clock=clock)
        from pylon.shared_state import RedisStore

        return RedisStore(request.getfixturevalue("redis_url"), clock=clock)

    return make
