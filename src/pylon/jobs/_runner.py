"""One job engine for both clients: the engine is asyncio; a sync client's calls run in threads.

A `Pylon` client is thread-safe (its limiter and connection pool are), so each blocking call runs
in a small thread pool sized to the job's concurrency, while an `AsyncPylon` client's calls are
awaited directly. Jobs call `runner.call(fn)` and `runner.pages(pager)` and never care which.

Work that is neither a request nor quick - turning a page into rows, writing and fsyncing the
checkpoint, writing the output - goes to `runner.offload(fn)`: one worker thread, in the order
given. The event loop then stays free to send every other bucket's requests when their slots
start; a loop held for a page's worth of conversion sends them late, and a late request is a slot
of the rate limit lost for good.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from ._retries import RetryCounter

T = TypeVar("T")


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
    """Runs a job's calls on `client` (through `queueing`: jobs wait their turn, never refused),
    counting the retries they meet in `retries`."""

    def __init__(self, client: Any, threads: int) -> None:
        from .. import AsyncPylon

        self.retries = RetryCounter()
        self.client = queueing(client).with_options(hooks=self.retries.hooks())
        self.is_async = isinstance(client, AsyncPylon)
        self._pool = None if self.is_async else ThreadPoolExecutor(threads, "pylon-job")
        self._worker = ThreadPoolExecutor(1, "pylon-job-io")

    async def call(self, fn: Callable[[], Any]) -> Any:
        """Run `fn` (which calls the client) and return its result."""
        if self._pool is None:
            result = fn()
            return await result if inspect.isawaitable(result) else result
        return await asyncio.get_running_loop().run_in_executor(self._pool, fn)

    async def offload(self, fn: Callable[[], T]) -> T:
        """Run `fn` (CPU or disk work, no client call) in the job's one worker thread, after
        everything offloaded before it."""
        return await asyncio.get_running_loop().run_in_executor(self._worker, fn)

    def offload_now(self, fn: Callable[[], T]) -> T:
        """`offload` for code that cannot await (cleanup after a cancellation): blocks until
        `fn` has run after everything offloaded before it."""
        return self._worker.submit(fn).result()

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
        self._worker.shutdown(wait=True)
