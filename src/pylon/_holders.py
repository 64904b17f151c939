"""Values a transport must not carry across a `fork()` or from one event loop to the next.

A connection pool and a concurrency gate belong to the process, and for asyncio to the event
loop, that first used them. `PerProcess` rebuilds its value in a forked child; `PerLoop` keeps one
value per running loop; `PoolPerLoop` is an async transport made of one pool per loop.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

import httpx

if TYPE_CHECKING:
    import asyncio

__all__ = ["PerLoop", "PerProcess", "PoolPerLoop", "semaphore_per_loop"]

_V = TypeVar("_V")


class PerProcess(Generic[_V]):
    """A value that a forked child must not inherit: rebuilt on first use after `fork()`.

    A pooled connection used before `fork()` is shared by parent and child, whose requests can
    then interleave on one socket; a semaphore may have been held by a
    parent thread that does not exist in the child. The inherited value is dropped, not closed:
    closing could send a TLS close_notify on a socket the parent still uses. Values the caller
    supplied (`rebuild=False`) are theirs to manage and are kept.
    """

    def __init__(self, factory: Callable[[], _V], *, rebuild: bool = True) -> None:
        self._factory = factory
        self._rebuild = rebuild
        self._value = factory()
        self._pid = os.getpid()
        self._lock = threading.Lock()

    @classmethod
    def fixed(cls, value: _V) -> PerProcess[_V]:
        """Wrap a caller-supplied value, which is never replaced."""
        return cls(lambda: value, rebuild=False)

    def get(self) -> _V:
        if self._rebuild and os.getpid() != self._pid:
            with self._lock:
                if os.getpid() != self._pid:
                    self._value, self._pid = self._factory(), os.getpid()
        return self._value


class PerLoop(Generic[_V]):
    """A value per running event loop, made by `factory` on first use in that loop.

    Semaphores and pooled connections belong to the loop they were used in, and one client may
    be used from successive `asyncio.run` calls. Values of loops that have closed are dropped
    when the next value is made.
    """

    def __init__(self, factory: Callable[[], _V]) -> None:
        self._factory = factory
        self._values: dict[asyncio.AbstractEventLoop, _V] = {}
        self._lock = threading.Lock()

    def get(self) -> _V:
        import asyncio

        loop = asyncio.get_running_loop()
        with self._lock:
            value = self._values.get(loop)
            if value is None:
                for old in [old for old in self._values if old.is_closed()]:
                    del self._values[old]
                value = self._values[loop] = self._factory()
            return value

    def forget_all(self) -> _V | None:
        """Forget every loop's value; return the running loop's, if it had one."""
        import asyncio

        loop = asyncio.get_running_loop()
        with self._lock:
            current = self._values.pop(loop, None)
            self._values.clear()
        return current


def semaphore_per_loop(size: int) -> PerLoop[asyncio.Semaphore]:
    import asyncio

    return PerLoop(lambda: asyncio.Semaphore(size))


class PoolPerLoop(httpx.AsyncBaseTransport):
    """One connection pool per event loop.

    A pooled connection belongs to the loop that opened it: reused from another loop (the next
    `asyncio.run` of a script that keeps one client) it fails with `RuntimeError: Event loop is
    closed`. Pools of loops that have ended are dropped, not closed: their sockets cannot be
    closed politely without their loop, and the garbage collector closes them.
    """

    def __init__(self, factory: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._pools = PerLoop(factory)

    def _pool(self) -> httpx.AsyncBaseTransport:
        return self._pools.get()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._pool().handle_async_request(request)

    async def aclose(self) -> None:
        pool = self._pools.forget_all()  # other loops' pools: see the class docstring
        if pool is not None:
            await pool.aclose()
