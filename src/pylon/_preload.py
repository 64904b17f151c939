"""What every API call needs, whatever its operation, imported when the first client is built.

`import pylon` stays light (the names load on first use), and a call imports only the model its
answer is parsed into (it builds its request from the spec tables' recipe, not by importing the
operation's generated module, which only `client.raw` uses). What all calls share (attrs, the
generated package's core, the spec tables, the resource groups, the issue and account models) would
otherwise land on a program's first call, which for `AsyncPylon` runs on the event loop; building a
client already costs more than this (its TLS context), once per process.
"""

from __future__ import annotations

import importlib

__all__ = ["preload_shared_modules"]

_SHARED = (
    "attrs",
    "pylon_openapi.types",
    "pylon_openapi.errors",
    "pylon_openapi.client",
    "pylon_openapi._lazy",
    "pylon._calls",
    "pylon.resources",
    # Issues and accounts as the client returns them (with their conveniences): every call of the
    # two main resource groups that returns one needs these classes.
    "pylon._bound_models",
)
_done = False


def preload_shared_modules() -> None:
    global _done
    if not _done:
        for name in _SHARED:
            importlib.import_module(name)
        _done = True
