"""Optional packages, imported only when a feature needs them, with an error that names the extra."""

from __future__ import annotations

import importlib
from types import ModuleType

from .._errors import PylonError

EXPORT_EXTRA = "export"


class MissingExtraError(PylonError, ImportError):
    """An optional package a feature needs is not installed; the message says what to install."""


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
