"""The config file: TOML in the platform's config folder, holding named profiles.

    # ~/.config/pylon/config.toml on Linux (platformdirs decides elsewhere)
    default_profile = "work"

    [profiles.work]
    api_key = "..."          # or key_store = "keyring": the key is in the system keyring
    region = "eu"

    [profiles.sim]
    base_url = "http://127.0.0.1:8080"

The file is written with mode 0600 because it may hold a key. Writing uses a small TOML writer
for this one shape (string values in named tables), so reading needs only tomllib.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

PROFILE_KEYS = ("api_key", "key_store", "region", "base_url")


def config_path() -> Path:
    import platformdirs

    return platformdirs.user_config_path("pylon") / "config.toml"


def _load_toml(text: str) -> dict[str, Any]:
    # tomllib is in the standard library from 3.11; the cli extra installs tomli before that.
    module: Any = importlib.import_module("tomllib" if sys.version_info >= (3, 11) else "tomli")
    loaded: dict[str, Any] = module.loads(text)
    return loaded


@dataclass
class ConfigFile:
    path: Path
    data: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None = None) -> ConfigFile:
        path = path or config_path()
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls(path)
        except OSError as exc:
            raise click.UsageError(f"cannot read the config file {path}: {exc.strerror}") from None
        try:
            data = _load_toml(text)
        except ValueError as exc:
            raise click.UsageError(f"the config file {path} is not valid TOML: {exc}") from None
        profiles = data.get("profiles", {})
        if not isinstance(profiles, dict) or not all(
            isinstance(p, dict) for p in profiles.values()
        ):
            raise click.UsageError(
                f"the config file {path}: `profiles` must be tables, e.g. [profiles.work]"
            )
        return cls(path, data)

    @property
    def profiles(self) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = self.data.get("profiles", {})
        return found

    @property
    def default_profile(self) -> str | None:
        value = self.data.get("default_profile")
        return value if isinstance(value, str) else None

    def no_such_profile(self, name: str, source: str = "") -> click.UsageError:
        """The error for a profile that is not in the file, listing those that are."""
        existing = ", ".join(sorted(self.profiles)) or "none yet"
        given = f" (from {source})" if source else ""
        return click.UsageError(
            f"no profile {name!r}{given} in {self.path}; profiles: {existing}."
            f" Create it with 'pylon auth login --profile {name}'."
        )

    def set_profile(self, name: str, values: dict[str, str | None]) -> None:
        profile = self.data.setdefault("profiles", {}).setdefault(name, {})
        for key, value in values.items():
            if value is None:
                profile.pop(key, None)
            else:
                profile[key] = value

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = dump_toml(self.data)
        # Created 0600 (never briefly world-readable), and tightened if it already existed.
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.chmod(self.path, 0o600)


def _toml_string(value: str) -> str:
    # A JSON string is a TOML basic string, except that TOML also forbids a raw DEL.
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def _toml_key(key: str) -> str:
    bare = key and all(c.isascii() and (c.isalnum() or c in "-_") for c in key)
    return key if bare else _toml_string(key)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return _toml_string(str(value))


def dump_toml(data: dict[str, Any]) -> str:
    """TOML for top-level scalars and `[profiles.<name>]` tables of scalars."""
    lines = [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in data.items() if k != "profiles"]
    for name, profile in data.get("profiles", {}).items():
        lines.append("")
        lines.append(f"[profiles.{_toml_key(name)}]")
        lines.extend(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in profile.items())
    return "\n".join(lines).lstrip("\n") + "\n"
