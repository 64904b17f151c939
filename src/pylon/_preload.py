"""What every API call needs, whatever its operation, imported when the first client is built.

`import pylon` stays light (the names load on first use), and a call imports only its own
operation's generated module (cheap: it imports its response models only when it parses one) and
model. What all calls share (attrs, the generated package's core, the spec tables, the packages the
operation modules live in, the resource groups, the issue and account models) would otherwise land on a program's first call, which for
`AsyncPylon` runs on the event loop; building a client already costs more than this (its TLS
context), once per process.
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
    "pylon_openapi.api",  # the package of every operation module
    "pylon._calls",
    "pylon.resources",
    # Issues and accounts as the client returns them (with their conveniences): every call of the
    # two main resource groups that returns one needs these classes.
    "pylon._bound_models",
)
_done = False


def _operation_packages() -> list[str]:
    """The generated packages holding the operation modules, one per tag (`pylon_openapi.api.issues`).

    Importing a package is what costs most of importing the first module in it (a directory new
    to the import system is listed and its package initialised): about two thirds of a first call's
    import, for about 2 ms for all of them here."""
    from pylon_openapi.spec_tables import OPERATIONS

    tags = {entry["module"].partition(".")[0] for entry in OPERATIONS.values()}
    return [f"pylon_openapi.api.{tag}" for tag in sorted(tags)]


def preload_shared_modules() -> None:
    global _done
    if not _done:
        for name in (*_SHARED, *_operation_packages()):
            importlib.import_module(name)
        _done = True
