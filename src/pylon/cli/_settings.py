"""Which key, host and profile a command uses, and where each came from.

Every setting is resolved the same way: a command-line flag beats an environment variable, which
beats the profile, which beats the default. The profile itself is `--profile`, else
`PYLON_PROFILE`, else the config file's `default_profile`, else "default". `pylon config show`
prints the outcome with the source of each value (the key masked).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

import click

from . import _keyring
from ._command import flags
from ._profiles import ConfigFile

if TYPE_CHECKING:
    from pylon import Pylon

    from ._output import Output


@dataclass(frozen=True)
class Sourced:
    value: str
    source: str


@dataclass(frozen=True)
class Endpoint:
    """Where requests go: a base URL or a region name (the SDK knows the regions' hosts)."""

    base_url: str | None
    region: str | None
    source: str

    def config(self) -> Any:
        from pylon import ClientConfig

        # The key is a placeholder: this only resolves and validates the host.
        return ClientConfig.create("placeholder", base_url=self.base_url, region=self.region)


class Settings:
    def __init__(
        self,
        given: Mapping[str, Any],
        env: Mapping[str, str] | None = None,
        config: ConfigFile | None = None,
    ) -> None:
        self.given = dict(given)
        self.env = os.environ if env is None else env
        self._config = config

    @classmethod
    def of(cls, ctx: click.Context) -> Settings:
        return cls(flags(ctx))

    @cached_property
    def config(self) -> ConfigFile:
        return self._config or ConfigFile.load()

    # -- the profile ---------------------------------------------------------------------------
    @cached_property
    def profile_name(self) -> Sourced:
        if self.given.get("profile"):
            return Sourced(self.given["profile"], "flag --profile")
        if self.env.get("PYLON_PROFILE"):
            return Sourced(self.env["PYLON_PROFILE"], "env PYLON_PROFILE")
        if self.config.default_profile:
            return Sourced(self.config.default_profile, f"default_profile in {self.config.path}")
        return Sourced("default", "default")

    @cached_property
    def profile(self) -> dict[str, Any]:
        name = self.profile_name
        found = self.config.profiles.get(name.value)
        if found is not None:
            return found
        if name.source == "default":
            return {}  # no profiles at all is fine: flags and the environment suffice
        raise self.config.no_such_profile(name.value, name.source)

    def _from_profile(self, key: str, name: str | None = None) -> Sourced | None:
        """`key` of the profile in use, or of profile `name` (which may not exist yet)."""
        profile = self.profile if name is None else self.config.profiles.get(name, {})
        value = profile.get(key)
        if isinstance(value, str) and value:
            label = self.profile_name.value if name is None else name
            return Sourced(value, f"profile {label!r} in {self.config.path}")
        return None

    # -- the key -------------------------------------------------------------------------------
    @cached_property
    def api_key(self) -> Sourced | None:
        if self.given.get("api_key"):
            return Sourced(self.given["api_key"], "flag --api-key")
        if self.env.get("PYLON_API_KEY"):
            return Sourced(self.env["PYLON_API_KEY"], "env PYLON_API_KEY")
        name = self.profile_name.value
        if self.profile.get("key_store") == "keyring":
            key = _keyring.get_key(name)
            return Sourced(key, f"profile {name!r} (system keyring)") if key else None
        return self._from_profile("api_key")

    def require_api_key(self) -> Sourced:
        if self.api_key is None:
            raise click.UsageError(
                "no Pylon API key. Give one with --api-key, set PYLON_API_KEY, or store one in"
                f" profile {self.profile_name.value!r} with 'pylon auth login'."
            )
        return self.api_key

    # -- the host ------------------------------------------------------------------------------
    @cached_property
    def endpoint(self) -> Endpoint:
        return self.endpoint_of()

    def endpoint_of(self, profile: str | None = None) -> Endpoint:
        """Where requests go with the profile in use, or with profile `profile` instead."""
        levels: list[tuple[Sourced | None, Sourced | None]] = [
            (_given(self.given, "base_url", "flag --base-url"),
             _given(self.given, "region", "flag --region")),
            (_given(self.env, "PYLON_BASE_URL", "env PYLON_BASE_URL"),
             _given(self.env, "PYLON_REGION", "env PYLON_REGION")),
            (self._from_profile("base_url", profile), self._from_profile("region", profile)),
        ]  # fmt: skip
        for url, region in levels:
            if url and region:
                raise click.UsageError(
                    f"both a base URL ({url.source}) and a region ({region.source}) are set at"
                    " the same level; keep one."
                )
            if url:
                return Endpoint(url.value, None, url.source)
            if region:
                return Endpoint(None, region.value, region.source)
        return Endpoint(None, "us", "default")

    # -- the shared-state store ----------------------------------------------------------------
    @cached_property
    def shared_state(self) -> Sourced | None:
        """Where the rate limiters live when several `pylon` runs (or programs) share the key:
        `PYLON_SHARED_STATE`, else the profile's `shared_state` (a sqlite:/// or redis:// URL)."""
        return _given(self.env, "PYLON_SHARED_STATE", "env PYLON_SHARED_STATE") or (
            self._from_profile("shared_state")
        )

    # -- what commands use ---------------------------------------------------------------------
    def client(self) -> Pylon:
        from pylon import Pylon

        key, where = self.require_api_key().value, self.endpoint
        store = self.shared_state.value if self.shared_state else None
        return Pylon(api_key=key, base_url=where.base_url, region=where.region, shared_state=store)

    def output(self, default_columns: tuple[str, ...] = ()) -> Output:
        from ._output import Output

        return Output(
            fmt=self.given.get("format") or "jsonl",
            query=self.given.get("query"),
            columns=self.given.get("columns") or default_columns,
            no_color=bool(self.given.get("no_color")),
        )


def _given(values: Mapping[str, Any], key: str, source: str) -> Sourced | None:
    value = values.get(key)
    return Sourced(value, source) if isinstance(value, str) and value else None
