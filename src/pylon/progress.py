"""Progress for long work: a tqdm bar on a terminal, nothing anywhere else.

    from pylon.progress import progress

    with progress(total=len(windows), unit="window", desc="issues") as bar:
        for window in windows:
            ...
            bar.update(1)

The `pylon` command uses it for lists that take many requests, and the export and bulk jobs can
use the same bar. It draws on stderr, and only when stderr is a terminal: a pipe, a log file or CI
gets nothing, so output stays clean. tqdm (in the `cli` extra) is imported only when a bar is
drawn; without it, or with `PYLON_PROGRESS=0`, the bar does nothing.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any, Protocol

__all__ = ["ProgressBar", "progress"]


class ProgressBar(Protocol):
    def update(self, n: int = 1) -> object: ...

    def set_postfix_str(self, s: str = "", refresh: bool = True) -> object: ...


class _Silent:
    """The bar when none is drawn."""

    def update(self, n: int = 1) -> None:
        pass

    def set_postfix_str(self, s: str = "", refresh: bool = True) -> None:
        pass


def _wanted(stream: IO[str]) -> bool:
    if os.environ.get("PYLON_PROGRESS", "").strip().lower() in ("0", "false", "no", "off"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and importlib.util.find_spec("tqdm") is not None


@contextmanager
def progress(
    *,
    total: int | None = None,
    desc: str = "",
    unit: str = "item",
    stream: IO[str] | None = None,
) -> Iterator[ProgressBar]:
    """A bar counting `unit`s toward `total` (None: a running count with a rate)."""
    target = stream if stream is not None else sys.stderr
    if not _wanted(target):
        yield _Silent()
        return
    tqdm = importlib.import_module("tqdm").tqdm  # typed as Any: tqdm ships no stubs
    bar: Any = tqdm(total=total, desc=desc or None, unit=unit, file=target, leave=False,
                    dynamic_ncols=True)  # fmt: skip
    try:
        yield bar
    finally:
        bar.close()
