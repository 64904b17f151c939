"""The `pylon` pytest plugin as a user's suite meets it: its fixtures found through the package's
entry point (no import in the user's conftest), each one working and cleaned up after its test."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

USER_TESTS = """
import httpx

def test_the_simulator_is_seeded(pylon_simulator):
    assert pylon_simulator.count("issues") > 0

def test_the_client_reads_the_simulator(pylon_client, pylon_simulator):
    assert pylon_client.me.get().id
    assert pylon_simulator.stats["GetMe"] == 1

async def test_the_async_client_reads_the_simulator(pylon_async_client, pylon_simulator):
    assert (await pylon_async_client.me.get()).id
    assert pylon_simulator.stats["GetMe"] == 1

def test_the_simulator_is_served(pylon_simulator_url):
    answer = httpx.get(f"{pylon_simulator_url}/me", headers={"Authorization": "Bearer t"})
    assert answer.status_code == 200
    CLOSED.append(pylon_simulator_url)

def test_the_server_stopped_after_its_test():
    [url] = CLOSED
    try:
        httpx.get(f"{url}/me", timeout=2)
    except httpx.TransportError:
        return
    raise AssertionError("the simulator still answers after its test")

CLOSED = []
"""


def test_a_users_suite_gets_every_fixture_from_the_entry_point(
    pytester: pytest.Pytester,
) -> None:
    pytester.makeini(
        "[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n"
    )
    pytester.makepyfile(test_user=USER_TESTS)
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=5)
