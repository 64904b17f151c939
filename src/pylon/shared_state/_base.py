"""The async half of a store whose work is synchronous (in-process, SQLite), written once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from ._schedule import LimitSpec
from ._types import Claim, Reservation

__all__ = ["SyncBackedStore"]

_R = TypeVar("_R")


class SyncBackedStore:
    """Gives a store with synchronous methods their async twins.

    `blocking` says whether the work may block (file locks, I/O): then it runs in a worker thread so
    an event loop is never blocked; otherwise it runs inline, which is cheaper.
    """

    blocking = False

    async def _run(self, function: Callable[..., _R], *args: object) -> _R:
        if not self.blocking:
            return function(*args)
        import asyncio  # loaded in any coroutine; kept out of `import pylon`

        return await asyncio.to_thread(function, *args)

    # The sync methods come from the concrete store.
    def reserve(self, bucket: str, spec: LimitSpec) -> Reservation:
        raise NotImplementedError

    def cancel(self, bucket: str, spec: LimitSpec, reservation: Reservation) -> None:
        raise NotImplementedError

    def sent(self, bucket: str, spec: LimitSpec, reservation: Reservation) -> Reservation:
        raise NotImplementedError

    def penalize(self, bucket: str, spec: LimitSpec, delay: float | None) -> None:
        raise NotImplementedError

    def claim(self, key: str, lease: float) -> Claim:
        raise NotImplementedError

    def complete(self, key: str, token: str, ttl: float) -> None:
        raise NotImplementedError

    def release(self, key: str, token: str) -> None:
        raise NotImplementedError

    def get(self, key: str) -> bytes | None:
        raise NotImplementedError

    def set(self, key: str, value: bytes, ttl: float) -> None:
        raise NotImplementedError

    async def aget(self, key: str) -> bytes | None:
        return await self._run(self.get, key)

    async def aset(self, key: str, value: bytes, ttl: float) -> None:
        await self._run(self.set, key, value, ttl)

    async def areserve(self, bucket: str, spec: LimitSpec) -> Reservation:
        return await self._run(self.reserve, bucket, spec)

    async def acancel(self, bucket: str, spec: LimitSpec, reservation: Reservation) -> None:
        await self._run(self.cancel, bucket, spec, reservation)

    async def asent(self, bucket: str, spec: LimitSpec, reservation: Reservation) -> Reservation:
        return await self._run(self.sent, bucket, spec, reservation)

    async def apenalize(self, bucket: str, spec: LimitSpec, delay: float | None) -> None:
        await self._run(self.penalize, bucket, spec, delay)

    async def aclaim(self, key: str, lease: float) -> Claim:
        return await self._run(self.claim, key, lease)

    async def acomplete(self, key: str, token: str, ttl: float) -> None:
        await self._run(self.complete, key, token, ttl)

    async def arelease(self, key: str, token: str) -> None:
        await self._run(self.release, key, token)

    def close(self) -> None:
        raise NotImplementedError

    async def aclose(self) -> None:
        await self._run(self.close)
