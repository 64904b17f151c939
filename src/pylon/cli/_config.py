"""`pylon config show|path|profiles`: the settings a command would use, and where each came from."""

from __future__ import annotations

import click

from ._command import PylonGroup, example
from ._settings import Settings


@click.group(
    cls=PylonGroup, epilog=example("pylon config show", "pylon config show --format table")
)
def config() -> None:
    """Settings: profiles in the config file, the environment, flags."""


@config.command(epilog=example("pylon config show", "PYLON_PROFILE=eu pylon config show"))
@click.pass_context
def show(ctx: click.Context) -> None:
    """The resolved profile, key (masked), host and region, each with its source.

    Precedence: flag > environment variable > profile > default.
    """
    settings = Settings.of(ctx)
    endpoint = settings.endpoint
    resolved = endpoint.config()
    key = settings.api_key
    settings.output().one(
        {
            "profile": settings.profile_name.value,
            "profile_source": settings.profile_name.source,
            "api_key": resolved.replace(api_key=key.value).masked_api_key if key else None,
            "api_key_source": key.source if key else "none",
            "base_url": resolved.base_url,
            "base_url_source": endpoint.source,
            "region": resolved.region,
            # Only where it is set: a store URL may carry a password.
            "shared_state_source": settings.shared_state.source if settings.shared_state else None,
            "config_file": str(settings.config.path),
        }
    )


@config.command(epilog=example("pylon config path"))
def path() -> None:
    """Print where the config file is (it may not exist yet)."""
    from ._profiles import config_path

    click.echo(str(config_path()))


@config.command(epilog=example("pylon config profiles --format table"))
@click.pass_context
def profiles(ctx: click.Context) -> None:
    """The profiles in the config file (keys never shown)."""
    settings = Settings.of(ctx)
    default = settings.config.default_profile or "default"
    settings.output(("name", "default", "key", "region", "base_url")).items(
        {
            "name": name,
            "default": name == default,
            "key": "keyring" if values.get("key_store") == "keyring"
            else ("config file" if values.get("api_key") else "none"),
            "region": values.get("region"),
            "base_url": values.get("base_url"),
        }
        for name, values in sorted(settings.config.profiles.items())
    )  # fmt: skip


@config.command(epilog=example("pylon config use work"))
@click.argument("name")
@click.pass_context
def use(ctx: click.Context, name: str) -> None:
    """Make NAME the default profile (PYLON_PROFILE and --profile still win)."""
    settings = Settings.of(ctx)
    if name not in settings.config.profiles:
        raise settings.config.no_such_profile(name)
    settings.config.data["default_profile"] = name
    settings.config.save()
    click.echo(f"Profile {name!r} is now the default.", err=True)
