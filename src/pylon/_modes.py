"""Whether a client is sync or async (and raw or parsed): the marker classes and their type variable.

In a module of their own because `Pylon` and `AsyncPylon` are defined with them, and `from pylon
import Pylon` should not load the resource machinery (`_resource`) to get five small classes.
"""

from __future__ import annotations

from typing import TypeVar

from ._public import publish

M = TypeVar("M", bound="Mode")


class Mode:
    """Marks a client as sync or async (and raw or parsed) for the type checker and at run time."""

    is_async = False


class SyncMode(Mode):
    pass


class AsyncMode(Mode):
    is_async = True


class RawSyncMode(SyncMode):
    """A sync resource reached through `with_raw_response`."""


class RawAsyncMode(AsyncMode):
    """An async resource reached through `with_raw_response`."""


publish(__name__)
