"""Optional packages, imported only when a feature needs them, with an error that names the extra."""

from __future__ import annotations

import importlib
from types import ModuleType

# Defined with every other error of the SDK; importable from here as before.
from .._errors import MissingExtraError as MissingExtraError

EXPORT_EXTRA = "export"


def require(module: str, *, feature: str, extra: str = EXPORT_EXTRA) -> ModuleType:
    """Import `module`, or raise `MissingExtraError` naming the extra that provides it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        package = module.split(".", 1)[0]
        raise MissingExtraError(
            f"{feature} needs {package}, which is not installed: pip install"
            f" 'py-usepylon-sdk[{extra}]'."
        ) from exc
