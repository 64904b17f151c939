"""One job engine for both clients: the engine is asyncio; a sync client's calls run in threads.

A `Pylon` client is thread-safe (its limiter and connection pool are), so each blocking call runs
in a small thread pool sized to the job's concurrency, while an `AsyncPylon` client's calls are
awaited directly. Jobs call `runner.call(fn)` and `runner.pages(pager)` and never care which.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any


def queueing(client: Any) -> Any:
    """The client a job calls through: the same connections and rate limiters, no per-call deadline.

    A client's deadline (120 s by default) covers the wait for a rate-limit slot, and a call whose
    slot lies further away is refused with `RateLimitError` before it is sent. A job queues many
    calls on one operation on purpose - they wait their turn at the documented rate - so its
    calls must not carry that deadline; each attempt is still bounded by the client's timeout.
    """
    if getattr(client, "config", None) is None or client.config.deadline is None:
        return client
    return client.with_options(deadline=None)


class ClientRunner:
    def __init__(self, client: Any, threads: int) -> None:
        from .. import AsyncPylon

        self.client = client
        self.is_async = isinstance(client, AsyncPylon)
        self._pool = None if self.is_async else ThreadPoolExecutor(threads, "pylon-job")

    async def call(self, fn: Callable[[], Any]) -> Any:
        """Run `fn` (which calls the client) and return its result."""
        if self._pool is None:
            result = fn()
            return await result if inspect.isawaitable(result) else result
        return await asyncio.get_running_loop().run_in_executor(self._pool, fn)

    def stepper(self, pager: Any) -> Callable[[], Awaitable[Any]]:
        """A function that fetches the next page of a sync or async pager (None after the last),
        so each page is one unit of work a scheduler can run in the pager's bucket."""
        if self._pool is None:
            pages: AsyncIterator[Any] = pager.pages()

            async def next_async() -> Any:
                return await anext(pages, None)

            return next_async
        iterator: Iterator[Any] = iter(pager.pages())

        async def next_sync() -> Any:
            return await self.call(lambda: next(iterator, None))

        return next_sync

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
