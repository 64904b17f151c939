"""Running a flow: the one loop, once for sync and once for async, that every method call goes through.

A flow is a generator that yields `ApiCall`s and receives their results (or has their errors thrown
into it); `execute` sends one call. Nothing else differs between `Pylon` and `AsyncPylon`. (The
response cache drives its own steps - store reads and writes, one send - through the same loops.)
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from typing import Any, TypeVar

from ._errors import PylonError

T = TypeVar("T")
S = TypeVar("S")  # a step of the flow: an `ApiCall`, or the cache's store steps


def drive_sync(flow: Generator[S, Any, T], execute: Callable[[S], Any]) -> T:
    """Run a flow to completion, sending each call's result back (or throwing its error in)."""
    try:
        call = next(flow)
        while True:
            try:
                result = execute(call)
            except PylonError as exc:
                call = flow.throw(exc)
            else:
                call = flow.send(result)
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]


async def drive_async(flow: Generator[S, Any, T], execute: Callable[[S], Awaitable[Any]]) -> T:
    """`drive_sync` for coroutines: the same loop, awaiting each call."""
    try:
        call = next(flow)
        while True:
            try:
                result = await execute(call)
            except PylonError as exc:
                call = flow.throw(exc)
            else:
                call = flow.send(result)
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]
