"""Shared state for rate limits and webhook deliveries: one seam, three backends.

Pylon's limits are per API key, and a redelivered webhook may reach any of an application's
processes. The client's rate limiters and the webhook handler's delivery claims therefore live in
a *store*, chosen once (`Pylon(shared_state=...)`, `WebhookHandler(shared_state=...)`):

* in-process (the default): one process, its threads and tasks;
* SQLite (`"sqlite:///path/to/file.db"`): every process on one machine, no server to run;
* Redis or Valkey (`"redis://host:6379/0"`, `"rediss://..."`): any number of machines; needs
  `pip install 'py-usepylon-sdk[redis]'`.

A shared store that stops answering never blocks the application: the limiter paces in-process
at the documented limits (one WARNING per outage) and goes back to sharing once the store answers
again; the webhook handler answers 503 with Retry-After so the sender delivers again later.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._memory import InMemoryDedupStore, InProcessStore
from ._schedule import LimitSpec
from ._types import (
    Claim,
    ClaimState,
    DedupStore,
    Reservation,
    StateStore,
    StoreUnavailableError,
    Usage,
)

if TYPE_CHECKING:
    from ._open import open_store
    from ._redis import RedisStore
    from ._resilient import ResilientStore
    from ._sqlite import SQLiteStore

__all__ = [
    "Claim",
    "ClaimState",
    "DedupStore",
    "InMemoryDedupStore",
    "InProcessStore",
    "LimitSpec",
    "RedisStore",
    "Reservation",
    "ResilientStore",
    "SQLiteStore",
    "StateStore",
    "StoreUnavailableError",
    "Usage",
    "open_store",
]

_LAZY = {
    "RedisStore": "_redis",
    "ResilientStore": "_resilient",
    "SQLiteStore": "_sqlite",
    "open_store": "_open",
}


def __getattr__(name: str) -> Any:
    # sqlite3 and redis load only when a program asks for them: `import pylon` stays light.
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'pylon.shared_state' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
