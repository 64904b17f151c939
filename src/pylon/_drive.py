"""Running a flow: the one loop, once for sync and once for async, that every method call goes through.

A flow is a generator that yields `ApiCall`s and receives their results (or has their errors thrown
into it); `execute` sends one call. Nothing else differs between `Pylon` and `AsyncPylon`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from typing import TYPE_CHECKING, Any, TypeVar

from ._errors import PylonError

if TYPE_CHECKING:
    from ._calls import ApiCall  # annotations only: importing the client stays light

T = TypeVar("T")


def drive_sync(flow: Generator[ApiCall, Any, T], execute: Callable[[ApiCall], Any]) -> T:
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


async def drive_async(
    flow: Generator[ApiCall, Any, T], execute: Callable[[ApiCall], Awaitable[Any]]
) -> T:
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
