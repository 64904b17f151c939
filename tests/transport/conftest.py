"""Fixtures for the transport tests (helpers live in `_support`)."""

from __future__ import annotations

import pytest

from ._support import FakeClock, Harness


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(params=["sync", "async"])
def harness(request: pytest.FixtureRequest, clock: FakeClock) -> Harness:
    return Harness(request.param, clock)


@pytest.fixture
def sync_harness(clock: FakeClock) -> Harness:
    return Harness("sync", clock)
