"""The SQLite store: every process on one machine shares one file, with no server to run.

Each operation is one short transaction (`BEGIN IMMEDIATE`, so concurrent writers queue on the
file lock instead of failing at commit): read the bucket's schedule, run the shared schedule
functions, write it back. The file is in WAL mode, so readers never block the writer. A lock held
past `timeout` seconds (a stuck process, a slow disk) raises `StoreUnavailableError`, and the
limiter paces in-process until the file answers again.

Connections are per thread and per process (rebuilt after `fork()`); async callers run the work
in a worker thread, so an event loop never waits on the file lock. Times are wall-clock seconds,
the one clock every process on the machine shares.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from .._errors import PylonConfigError
from . import _schedule
from ._base import SyncBackedStore
from ._schedule import BucketState, LimitSpec
from ._types import Claim, Reservation, StoreUnavailableError, Usage

__all__ = ["SQLiteStore"]

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS pylon_rate_limits ("
    " bucket TEXT PRIMARY KEY, state TEXT NOT NULL, expires REAL NOT NULL)",
    "CREATE TABLE IF NOT EXISTS pylon_webhook_claims ("
    " key TEXT PRIMARY KEY, state TEXT NOT NULL, token TEXT NOT NULL, expires REAL NOT NULL)",
    "CREATE TABLE IF NOT EXISTS pylon_values ("
    " key TEXT PRIMARY KEY, value BLOB NOT NULL, expires REAL NOT NULL)",
)
_PURGE_EVERY = 256  # writes between sweeps of expired rows
_OPEN_FIRST_PAUSE = 0.005  # seconds; doubled per busy answer while a connection opens
_OPEN_MAX_PAUSE = 0.1


class SQLiteStore(SyncBackedStore):
    """Rate-limit schedules, webhook claims and cached responses in one SQLite file.

    **Parameters:**

    * `path` - the database file (created if missing; its directory must exist).
    * `timeout` - seconds to wait for the file lock before the store counts as unavailable.
    * `clock` - wall-clock seconds shared by every process (injectable for tests).
    """

    blocking = True

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        timeout: float = 2.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = os.fspath(path)
        directory = os.path.dirname(os.path.abspath(self.path))
        if not os.path.isdir(directory):
            raise PylonConfigError(
                f"shared_state: the directory of the SQLite file does not exist ({directory});"
                " create it or choose another path."
            )
        self.timeout = timeout
        self._clock = clock
        self._local = threading.local()
        self._writes = 0
        with self._transaction() as db:
            for statement in _SCHEMA:
                db.execute(statement)

    @property
    def description(self) -> str:
        return f"sqlite:///{self.path}"

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"

    # -- connections and transactions ---------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        local = self._local
        if getattr(local, "pid", None) != os.getpid():
            local.db, local.pid = self._open(), os.getpid()
        connection: sqlite3.Connection = local.db
        return connection

    def _open(self) -> sqlite3.Connection:
        """A new connection in WAL mode, retried until `timeout`.

        SQLite answers "database is locked" at once, without waiting on its busy handler, when
        several processes open a file together (switching it to WAL, or recovering its WAL index,
        needs a moment's exclusive lock). Those are not outages, so they are retried here.
        """
        deadline = time.monotonic() + self.timeout
        pause = _OPEN_FIRST_PAUSE
        while True:
            db: sqlite3.Connection | None = None
            try:
                db = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
                if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                    db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                return db
            except sqlite3.Error as exc:
                if db is not None:
                    db.close()
                busy = isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc)
                if not busy or time.monotonic() + pause > deadline:
                    raise self._unavailable(exc) from None
            time.sleep(pause * (0.5 + secrets.randbelow(1000) / 1000))  # jitter splits the herd
            pause = min(pause * 2, _OPEN_MAX_PAUSE)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        db = self._connection()
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._unavailable(exc) from None
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        try:
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            db.execute("ROLLBACK")
            raise self._unavailable(exc) from None

    def _unavailable(self, exc: sqlite3.Error) -> StoreUnavailableError:
        return StoreUnavailableError(
            f"The SQLite shared_state file {self.path} did not answer within {self.timeout:g} s"
            f" ({type(exc).__name__}: {exc})."
        )

    def _load(self, db: sqlite3.Connection, bucket: str) -> BucketState:
        row = db.execute(
            "SELECT state FROM pylon_rate_limits WHERE bucket = ?", (bucket,)
        ).fetchone()
        return BucketState.from_json(json.loads(row[0])) if row else BucketState()

    def _save(
        self, db: sqlite3.Connection, bucket: str, state: BucketState, spec: LimitSpec
    ) -> None:
        horizon = max([state.tat, state.floor, state.penalty, *state.log[-1:]]) + spec.window
        db.execute(
            "INSERT INTO pylon_rate_limits (bucket, state, expires) VALUES (?, ?, ?)"
            " ON CONFLICT(bucket) DO UPDATE SET state = excluded.state, expires = excluded.expires",
            (bucket, json.dumps(state.to_json()), horizon),
        )
        self._wrote(db)

    def _wrote(self, db: sqlite3.Connection) -> None:
        """Count a write; every `_PURGE_EVERY` writes, sweep the expired rows of every table."""
        self._writes += 1
        if self._writes % _PURGE_EVERY == 0:
            now = self._clock()
            for table in ("pylon_rate_limits", "pylon_webhook_claims", "pylon_values"):
                db.execute(f"DELETE FROM {table} WHERE expires < ?", (now,))

    # -- rate limits ----------------------------------------------------------------------------

    def reserve(self, bucket: str, spec: LimitSpec) -> Reservation:
        with self._transaction() as db:
            now = self._clock()
            state = self._load(db, bucket)
            at = _schedule.reserve(state, spec, now)
            self._save(db, bucket, state, spec)
        return Reservation(at, at - now, None, _schedule.after_penalty(state, spec, at))

    def cancel(self, bucket: str, spec: LimitSpec, reservation: Reservation) -> None:
        with self._transaction() as db:
            state = self._load(db, bucket)
            if _schedule.cancel(state, reservation.at, self._clock()):
                self._save(db, bucket, state, spec)

    def sent(self, bucket: str, spec: LimitSpec, reservation: Reservation) -> Reservation:
        with self._transaction() as db:
            state = self._load(db, bucket)
            now = self._clock()
            if _schedule.sent(state, reservation.at, now):
                self._save(db, bucket, state, spec)
                return replace(reservation, at=now)
            return reservation

    def penalize(self, bucket: str, spec: LimitSpec, delay: float | None) -> None:
        with self._transaction() as db:
            state = self._load(db, bucket)
            _schedule.penalize(state, spec, self._clock(), delay)
            self._save(db, bucket, state, spec)

    def usage(self, bucket: str, spec: LimitSpec) -> Usage:
        # One SELECT is a consistent snapshot in WAL mode: a read never takes the write lock.
        try:
            state = self._load(self._connection(), bucket)
        except sqlite3.Error as exc:
            raise self._unavailable(exc) from None
        return Usage.of(state, spec, self._clock())

    # -- webhook claims -------------------------------------------------------------------------

    def claim(self, key: str, lease: float) -> Claim:
        with self._transaction() as db:
            now = self._clock()
            row = db.execute(
                "SELECT state FROM pylon_webhook_claims WHERE key = ? AND expires > ?", (key, now)
            ).fetchone()
            if row is not None:
                return Claim("done" if row[0] == "done" else "in_progress")
            token = secrets.token_hex(8)
            self._put_claim(db, key, "in_progress", token, now + lease)
        return Claim("claimed", token)

    def complete(self, key: str, token: str, ttl: float) -> None:
        with self._transaction() as db:
            self._put_claim(db, key, "done", token, self._clock() + ttl)

    def release(self, key: str, token: str) -> None:
        with self._transaction() as db:
            db.execute(
                "DELETE FROM pylon_webhook_claims WHERE key = ? AND state = 'in_progress'"
                " AND token = ?",
                (key, token),
            )

    def _put_claim(
        self, db: sqlite3.Connection, key: str, state: str, token: str, expires: float
    ) -> None:
        db.execute(
            "INSERT INTO pylon_webhook_claims (key, state, token, expires) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(key) DO UPDATE SET state = excluded.state, token = excluded.token,"
            " expires = excluded.expires",
            (key, state, token, expires),
        )

    # -- values with an expiry (the response cache) -----------------------------------------

    def get(self, key: str) -> bytes | None:
        try:  # one SELECT is its own transaction; in WAL mode it never waits for a writer
            row = (
                self._connection()
                .execute(
                    "SELECT value FROM pylon_values WHERE key = ? AND expires > ?",
                    (key, self._clock()),
                )
                .fetchone()
            )
        except sqlite3.Error as exc:
            raise self._unavailable(exc) from None
        return None if row is None else bytes(row[0])

    def set(self, key: str, value: bytes, ttl: float) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT INTO pylon_values (key, value, expires) VALUES (?, ?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value,"
                " expires = excluded.expires",
                (key, value, self._clock() + ttl),
            )
            self._wrote(db)

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None and getattr(self._local, "pid", None) == os.getpid():
            db.close()
            self._local.db = None
            self._local.pid = None
