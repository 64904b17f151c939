"""One dispatch flow, driven either synchronously or asynchronously.

The handler writes its dispatch logic once, as a generator (the way httpx writes an auth flow
once): it yields a :class:`Call` for every handler to run and receives back the exception that
call raised, or None; and a :class:`StoreStep` for every question to the dedup store, receiving
the answer. :func:`run_sync` and :func:`run_async` are the only places that differ;
they run the calls and feed the outcomes in. Exceptions are captured per call, so one failing
handler never stops the others, while ``BaseException`` (cancellation, KeyboardInterrupt)
propagates and closes the flow.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass
from typing import Any, TypeVar

from ._events import WebhookEvent

__all__ = ["Call", "Flow", "Step", "StoreStep", "run_async", "run_sync"]

_T = TypeVar("_T")


@dataclass(frozen=True)
class Call:
    """Run ``handler(event)``."""

    handler: Callable[[Any], object]
    event: WebhookEvent


@dataclass(frozen=True)
class StoreStep:
    """Ask the dedup store something: ``run`` from sync code, ``arun`` from async code.

    The flow is sent back the answer, or the exception the store raised (never raised into the
    flow: a store that cannot answer is an outcome the flow decides about).
    """

    run: Callable[[], object]
    arun: Callable[[], Awaitable[object]]


Step = Call | StoreStep
Flow = Generator[Step, object, _T]


async def _awaited(awaitable: Awaitable[object]) -> object:
    return await awaitable


def _await_blocking(awaitable: Awaitable[object]) -> None:
    """Finish an async handler from synchronous code, on a fresh event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        asyncio.run(_awaited(awaitable))
        return
    if inspect.iscoroutine(awaitable):
        awaitable.close()  # never awaited on purpose: say so, rather than warn at GC time
    raise RuntimeError(
        "an async webhook handler cannot run from process()/handle() inside a running event "
        "loop; call aprocess()/ahandle() instead"
    )


def _call_sync(call: Call) -> Exception | None:
    try:
        outcome = call.handler(call.event)
        if inspect.isawaitable(outcome):
            _await_blocking(outcome)
    except Exception as exc:
        return exc
    return None


async def _call_async(call: Call) -> Exception | None:
    # Synchronous handlers run inline on the event loop: keep them short, or offload them.
    try:
        outcome = call.handler(call.event)
        if inspect.isawaitable(outcome):
            await outcome
    except Exception as exc:
        return exc
    return None


def _step_sync(step: Step) -> object:
    if isinstance(step, Call):
        return _call_sync(step)
    try:
        return step.run()
    except Exception as exc:
        return exc


async def _step_async(step: Step) -> object:
    if isinstance(step, Call):
        return await _call_async(step)
    try:
        return await step.arun()
    except Exception as exc:
        return exc


def run_sync(flow: Flow[_T]) -> _T:
    """Drive ``flow`` to its result, awaiting async handlers on a private event loop."""
    try:
        step = next(flow)
        while True:
            step = flow.send(_step_sync(step))
    except StopIteration as stop:
        result: _T = stop.value
        return result
    finally:
        flow.close()


async def run_async(flow: Flow[_T]) -> _T:
    """Drive ``flow`` to its result on the running event loop."""
    try:
        step = next(flow)
        while True:
            step = flow.send(await _step_async(step))
    except StopIteration as stop:
        result: _T = stop.value
        return result
    finally:
        flow.close()
