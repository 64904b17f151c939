"""Keep the generated package importable on every Python the SDK supports (3.10 and newer).

openapi-python-client itself needs Python 3.11, and its output uses names that the standard
library only has from 3.11 on: ``typing.Self``, and ``datetime.fromisoformat`` reading a ``Z``
offset (Pylon writes times as ``2026-01-31T09:30:00Z``; on 3.10 that raises). The SDK supports 3.10
and depends on typing-extensions, so ``Self`` comes from there, and a trailing ``Z`` is turned into
``+00:00`` before parsing. Runs after generation; the same input always gives the same output.
"""

from __future__ import annotations

import re
from pathlib import Path

# Names the generator imports from `typing` that Python 3.10's `typing` lacks.
NEWER_TYPING_NAMES = ("Self",)

_TYPING_IMPORT = re.compile(r"^from typing import (?P<names>[^\n(]+)$", re.M)


def backport_typing_imports(source: str) -> str:
    """Move NEWER_TYPING_NAMES from a one-line ``from typing import ...`` to typing_extensions."""

    def rewrite(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group("names").split(",") if n.strip()]
        newer = [n for n in names if n in NEWER_TYPING_NAMES]
        if not newer:
            return match.group(0)
        kept = [n for n in names if n not in NEWER_TYPING_NAMES]
        lines = [f"from typing import {', '.join(kept)}"] if kept else []
        lines.append(f"from typing_extensions import {', '.join(newer)}")
        return "\n".join(lines)

    return _TYPING_IMPORT.sub(rewrite, source)


_FROMISOFORMAT = re.compile(r"datetime\.datetime\.fromisoformat\((?P<arg>\w+)\)")


def backport_fromisoformat(source: str) -> str:
    """``datetime.datetime.fromisoformat(x)`` that reads a ``Z`` offset on Python 3.10 too."""
    return _FROMISOFORMAT.sub(
        lambda m: (
            f'datetime.datetime.fromisoformat({m["arg"]}[:-1] + "+00:00" '
            f'if {m["arg"]}.endswith(("Z", "z")) else {m["arg"]})'
        ),
        source,
    )


def make_py310_compatible(package: Path) -> None:
    for path in sorted(package.rglob("*.py")):
        text = path.read_text()
        new = backport_fromisoformat(backport_typing_imports(text))
        if new != text:
            path.write_text(new)
