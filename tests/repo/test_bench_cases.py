"""`make bench ONLY=...` picks benchmark cases by name or group; nothing here runs a benchmark."""

from __future__ import annotations

import pytest

from benchmarks.__main__ import CASES, GROUPS, _selected


def test_no_selection_runs_every_case() -> None:
    assert _selected(None) == set(CASES)


def test_the_speed_group_is_the_table_of_docs_speed() -> None:
    assert _selected("speed") == {"iterate", "get", "cli", "startup", "concurrency", "memory"}
    assert set(GROUPS["speed"]) <= set(CASES)


def test_cases_and_groups_combine() -> None:
    assert _selected("get, startup") == {"get", "startup"}
    assert _selected("speed,bulk") == {*GROUPS["speed"], "bulk"}


def test_an_unknown_case_is_refused_with_the_known_ones() -> None:
    with pytest.raises(SystemExit, match="unknown case 'gett'; known: speed, iterate, get"):
        _selected("gett")
