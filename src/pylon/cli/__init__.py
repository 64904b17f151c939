"""The `pylon` command: every API operation, raw calls, profiles and webhooks from a shell.

    pylon me
    pylon issues list --days 7 --format table
    pylon issues search 'state in (new, on_hold)' --max-items 20 --columns number,state,title
    pylon issues update ISSUE_ID --state closed
    pylon api POST /issues/search -F filter='{"field":"state","operator":"equals","value":"new"}'
    pylon auth login && pylon auth status
    pylon webhooks listen --port 9000 --secret S --forward-to http://127.0.0.1:8000/hook

The command lives in the `cli` extra (`pip install 'py-usepylon-sdk[cli]'`, built on click); this
module imports none of it until the command runs, so `import pylon` stays light and a missing extra
is one clear line. Exit codes: 0 ok, 1 the API or the network failed, 2 bad usage or settings,
130 interrupted.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # loaded on first use (below), so that importing this module loads no click
    from ._command import CONNECTION_OPTIONS, PylonCommand, PylonGroup, example
    from ._settings import Settings

__all__ = [
    "CONNECTION_OPTIONS",
    "EXIT_API_ERROR",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "PylonCommand",
    "PylonGroup",
    "Settings",
    "example",
    "main",
]

EXIT_OK = 0
EXIT_API_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

# What the command needs at start-up; jmespath and tqdm are imported only when used.
_REQUIRED = ("click", "platformdirs")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `pylon` command with `argv` (default: `sys.argv[1:]`); returns the exit code."""
    missing = [name for name in _REQUIRED if importlib.util.find_spec(name) is None]
    if missing:
        print(
            f"error: the pylon command needs {', '.join(missing)}:"
            " pip install 'py-usepylon-sdk[cli]'",
            file=sys.stderr,
        )
        return EXIT_USAGE
    from ._main import run

    return run(list(sys.argv[1:] if argv is None else argv))


# What a command group mounted into the tree (export, bulk) builds on, loaded on first use so that
# importing this module still loads no click: `PylonGroup`/`PylonCommand` take the global options,
# `Settings.of(ctx).client()` is the client those options choose and `.output()` the printer,
# `example(...)` the help epilog; `CONNECTION_OPTIONS` names the global options a command that
# writes its own files (export) takes: the key, host and profile, not the output format.
_LAZY = {
    "CONNECTION_OPTIONS": "._command",
    "PylonCommand": "._command",
    "PylonGroup": "._command",
    "example": "._command",
    "Settings": "._settings",
}


def __getattr__(name: str) -> Any:
    import importlib

    if name not in _LAZY:
        raise AttributeError(f"module 'pylon.cli' has no attribute {name!r}")
    return getattr(importlib.import_module(_LAZY[name], __name__), name)
