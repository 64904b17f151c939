"""Colour only on a terminal, never with NO_COLOR (https://no-color.org) or --no-color."""

from __future__ import annotations

import os
import sys
from typing import IO

_BOLD, _RED, _RESET = "\x1b[1m", "\x1b[31m", "\x1b[0m"


def use_color(stream: IO[str], disabled: bool = False) -> bool:
    if disabled or os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def bold(text: str, color: bool) -> str:
    return f"{_BOLD}{text}{_RESET}" if color else text


def error_line(message: str) -> None:
    """One line on stderr: `error: <message>` (newlines folded, so it stays one line)."""
    text = " ".join(message.split("\n"))
    label = f"{_RED}error:{_RESET}" if use_color(sys.stderr) else "error:"
    print(f"{label} {text}", file=sys.stderr)
