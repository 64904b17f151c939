"""The system keyring, when the `keyring` extra is installed and a real backend is present.

On a headless machine keyring falls back to a backend that cannot store anything; that counts as
no keyring, so the key goes to the config file (mode 0600) instead, and the user is told which.
"""

from __future__ import annotations

import importlib
from typing import Any

SERVICE = "py-usepylon-sdk"


def backend() -> Any | None:
    """The usable keyring backend, or None."""
    try:
        # Through importlib: the keyring extra is optional and ships no type stubs.
        keyring: Any = importlib.import_module("keyring")
    except ImportError:
        return None
    try:
        chosen = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is "no keyring", never a crash
        return None
    module = type(chosen).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return None
    if getattr(chosen, "priority", 1) <= 0:
        return None
    return chosen


def describe(chosen: Any) -> str:
    return f"the system keyring ({type(chosen).__module__}.{type(chosen).__name__})"


def get_key(profile: str) -> str | None:
    chosen = backend()
    if chosen is None:
        return None
    value = chosen.get_password(SERVICE, profile)
    return value if isinstance(value, str) else None


def set_key(chosen: Any, profile: str, key: str) -> None:
    chosen.set_password(SERVICE, profile, key)


def delete_key(profile: str) -> bool:
    chosen = backend()
    if chosen is None:
        return False
    try:
        chosen.delete_password(SERVICE, profile)
    except Exception:  # keyring raises PasswordDeleteError when there is nothing to delete
        return False
    return True
