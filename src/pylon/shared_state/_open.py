"""`shared_state=` as users write it: a URL or a store object, checked and opened once."""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import unquote, urlsplit

from .._errors import PylonConfigError
from ._memory import InProcessStore
from ._types import StateStore, StoreUnavailableError

__all__ = ["SharedStateSetting", "open_store"]

SharedStateSetting = str | StateStore | None

_SCHEMES = "'sqlite:///path/to/file.db', 'redis://host:6379/0', 'rediss://...'"


def open_store(
    setting: SharedStateSetting, *, clock: Callable[[], float] = time.monotonic
) -> StateStore:
    """The store for a `shared_state=` setting.

    None gives a fresh in-process store; a URL opens SQLite or Redis; a store object is used as
    given. Shared stores come wrapped in a `ResilientStore`, so an outage - at construction
    too - is one WARNING and in-process pacing, never an exception into the application. A
    malformed setting raises `PylonConfigError` naming `shared_state` (never a password).
    """
    if setting is None:
        return InProcessStore(clock=clock)
    from ._resilient import ResilientStore  # only for shared stores: `import pylon` stays light

    if isinstance(setting, (InProcessStore, ResilientStore)):
        return setting
    if isinstance(setting, str):
        store = _from_url(setting)
    elif isinstance(setting, StateStore):
        store = setting
    else:
        raise PylonConfigError(
            f"shared_state must be a URL ({_SCHEMES}) or a store object, not"
            f" {type(setting).__name__}."
        )
    resilient = ResilientStore(store, clock=clock)
    ping = getattr(store, "ping", None)
    if callable(ping):
        try:
            ping()
        except StoreUnavailableError as error:
            resilient.failed(error)
    return resilient


def _from_url(url: str) -> StateStore:
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme == "sqlite":
        path = unquote(urlsplit(url).path)
        if not path or path == "/":
            raise PylonConfigError(
                "shared_state: a SQLite URL needs a file path, e.g. 'sqlite:///var/run/app/pylon.db'"
                " (three slashes, then the absolute path)."
            )
        from ._sqlite import SQLiteStore

        return SQLiteStore(path)
    if scheme in ("redis", "rediss", "unix", "valkey", "valkeys"):
        from ._redis import RedisStore

        if scheme.startswith("valkey"):
            url = "redis" + url[len("valkey") :]
        return RedisStore(url)
    shown = f"'{scheme}://'" if scheme else "no scheme"
    raise PylonConfigError(
        f"shared_state: unknown kind of store ({shown}); use {_SCHEMES}, or a store object."
    )
