"""pytest fixtures for testing code that talks to Pylon (registered as the ``pylon`` plugin).

``pylon_simulator``: a fresh, seeded, in-process :class:`Simulator` per test.
``pylon_simulator_url``: the same simulator served on 127.0.0.1 (free port), stopped after the
test. ``pylon_client``/``pylon_async_client``: SDK clients wired to the in-process simulator.
``pylon_respx``: for suites built on respx, requests to
https://api.usepylon.com answered by ``pylon_simulator`` through respx's ``respx_mock``. Nothing
heavy is imported until a fixture is used.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from ._simulator import Simulator

TEST_API_KEY = "pylon_test_key"
BASE_URL = "https://api.usepylon.com"


@pytest.fixture
def pylon_simulator() -> Simulator:
    """A new simulator seeded with the default dataset (seed 42)."""
    from . import seeded_simulator

    return seeded_simulator()


@pytest.fixture
def pylon_simulator_url(pylon_simulator: Simulator) -> Iterator[str]:
    """Base URL of ``pylon_simulator`` served over loopback HTTP for this test."""
    with pylon_simulator.serve() as url:
        yield url


@pytest.fixture
def pylon_client(pylon_simulator: Simulator) -> Iterator[Any]:
    """``pylon.Pylon`` talking to ``pylon_simulator`` in-process, closed after the test."""
    from pylon import Pylon

    with Pylon(
        api_key=TEST_API_KEY, base_url=BASE_URL, transport=pylon_simulator.transport()
    ) as client:
        yield client


@pytest.fixture
async def pylon_async_client(pylon_simulator: Simulator) -> AsyncIterator[Any]:
    """``pylon.AsyncPylon`` talking to ``pylon_simulator`` in-process, closed after the test."""
    from pylon import AsyncPylon

    async with AsyncPylon(
        api_key=TEST_API_KEY, base_url=BASE_URL, transport=pylon_simulator.transport()
    ) as client:
        yield client


@pytest.fixture
def pylon_respx(respx_mock: Any, pylon_simulator: Simulator) -> Simulator:
    """``pylon_simulator``, answering every request to https://api.usepylon.com that goes
    through respx's ``respx_mock`` router (needs respx installed); the other routes of the test
    stay as the test sets them. Returns the simulator, to seed it or check what was done."""
    from ._respx import route_to_simulator

    route_to_simulator(respx_mock, pylon_simulator)
    return pylon_simulator
