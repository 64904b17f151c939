"""Several real processes on one store: the limit holds across them and each webhook claim is
won by exactly one. Counts, not timing: nobody sleeps, each process only asks for slots."""

from __future__ import annotations

import multiprocessing
import random
from pathlib import Path

import pytest

from pylon.shared_state import LimitSpec, open_store

from .test_backends import max_in_any_window

SPEC = LimitSpec(10, 6.0)


def _reserve_many(setting: str, count: int) -> list[float]:
    store = open_store(setting)
    return [store.reserve("pylon:rl:test:op", SPEC).at for _ in range(count)]


def _claim_all(setting: str, keys: list[str], seed: int) -> list[str]:
    store = open_store(setting)
    order = list(keys)
    random.Random(seed).shuffle(order)
    return [key for key in order if store.claim(key, 60.0).state == "claimed"]


@pytest.fixture(params=["sqlite", "redis"])
def setting(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'shared.db'}"
    url: str = request.getfixturevalue("redis_url")
    return url


def test_four_processes_never_exceed_the_limit_together(setting: str) -> None:
    with multiprocessing.get_context("fork").Pool(4) as pool:
        results = pool.starmap(_reserve_many, [(setting, 25)] * 4)
    grants = [at for result in results for at in result]
    assert len(grants) == 100
    assert max_in_any_window(grants, SPEC.per_seconds) <= SPEC.requests
    # Smooth: the grants conform to the GCRA spacing (a burst of 3, then one per interval).
    tat = float("-inf")
    for grant in sorted(grants):
        assert grant >= tat - SPEC.tolerance - 1e-6
        tat = max(tat, grant) + SPEC.interval


def test_each_delivery_is_claimed_by_exactly_one_process(setting: str) -> None:
    keys = [f"delivery-{i}" for i in range(60)]
    with multiprocessing.get_context("fork").Pool(4) as pool:
        won = pool.starmap(_claim_all, [(setting, keys, seed) for seed in range(4)])
    claimed = [key for result in won for key in result]
    assert sorted(claimed) == sorted(keys)
