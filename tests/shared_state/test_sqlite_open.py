"""Opening the SQLite file while other processes open it too.

SQLite answers "database is locked" at once (its busy handler is not consulted) when a connection
switches a file to WAL or recovers its WAL index while another process does the same. CI met
that when four processes opened one fresh file on a loaded machine; these tests play it without
the race, by failing the first statements of a connection.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from pylon.shared_state import SQLiteStore, StoreUnavailableError

_REAL_CONNECT = sqlite3.connect


class _Flaky:
    """`sqlite3.connect` whose connections fail their first `busy_answers` PRAGMAs as locked."""

    def __init__(self, busy_answers: int, message: str = "database is locked") -> None:
        self.busy_answers = busy_answers
        self.message = message
        self.opened = 0
        self.closed = 0

    def connect(self, *args: Any, **kwargs: Any) -> Any:
        real = _REAL_CONNECT(*args, **kwargs)
        self.opened += 1
        flaky = self

        class Connection:
            def execute(self, sql: str, *params: Any) -> sqlite3.Cursor:
                if sql.startswith("PRAGMA") and flaky.busy_answers > 0:
                    flaky.busy_answers -= 1
                    raise sqlite3.OperationalError(flaky.message)
                return real.execute(sql, *params)

            def close(self) -> None:
                flaky.closed += 1
                real.close()

        return Connection()


def test_locked_answers_while_opening_are_waited_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flaky = _Flaky(busy_answers=3)
    monkeypatch.setattr(sqlite3, "connect", flaky.connect)
    store = SQLiteStore(tmp_path / "shared.db", timeout=2.0)
    assert flaky.opened == 4 and flaky.closed == 3  # each failed connection is closed
    assert store.claim("delivery-1", 60.0).state == "claimed"
    assert (tmp_path / "shared.db").exists()


def test_a_lock_that_outlasts_the_timeout_is_an_outage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flaky = _Flaky(busy_answers=10_000)
    monkeypatch.setattr(sqlite3, "connect", flaky.connect)
    with pytest.raises(StoreUnavailableError, match=r"did not answer within 0\.05 s"):
        SQLiteStore(tmp_path / "shared.db", timeout=0.05)
    assert flaky.opened == flaky.closed >= 2  # retried, and nothing left open


def test_other_errors_are_not_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    flaky = _Flaky(busy_answers=1, message="disk I/O error")
    monkeypatch.setattr(sqlite3, "connect", flaky.connect)
    with pytest.raises(StoreUnavailableError, match="disk I/O error"):
        SQLiteStore(tmp_path / "shared.db", timeout=2.0)
    assert flaky.opened == 1


def test_the_file_is_in_wal_mode(tmp_path: Path) -> None:
    SQLiteStore(tmp_path / "shared.db")
    mode = sqlite3.connect(tmp_path / "shared.db").execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
