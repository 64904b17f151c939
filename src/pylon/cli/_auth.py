"""`pylon auth login|status|logout`: store a key in a profile, and test the connection.

`login` reads the key from a hidden prompt or, with `--with-token`, from stdin (never from the
command line, where other users could see it in the process list), checks it with GET /me, and
stores it in the system keyring when one is available, else in the config file with mode 0600;
it says which. `status` runs `client.health()` (one GET /me) and prints the organisation, host,
region, the masked key and where the key came from, and the operations near their rate limit
(`--limits`: every operation's); it exits 1 with the reason when the key is refused or the host
cannot be reached.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from . import _keyring
from ._command import PylonGroup, example
from ._profiles import ConfigFile
from ._settings import Settings


@click.group(cls=PylonGroup, epilog=example("pylon auth login", "pylon auth status"))
def auth() -> None:
    """Store an API key in a profile and check that it works."""


def _masked(key: str) -> str:
    from pylon import ClientConfig

    return str(ClientConfig.create(key).masked_api_key)


@auth.command(
    epilog=example(
        "pylon auth login",
        "pylon auth login --profile eu --region eu",
        'echo "$KEY" | pylon auth login --with-token --store file',
    )
)
@click.option("--with-token", is_flag=True, help="Read the key from stdin instead of a prompt.")
@click.option(
    "--store",
    type=click.Choice(["auto", "keyring", "file"]),
    default="auto",
    show_default=True,
    help="Where to keep the key: the system keyring, the config file (0600), or the keyring when"
    " available.",
)
@click.option("--no-verify", is_flag=True, help="Store the key without calling GET /me first.")
@click.pass_context
def login(ctx: click.Context, with_token: bool, store: str, no_verify: bool) -> None:
    """Save an API key (and the region or base URL given) in a profile."""
    settings = Settings.of(ctx)
    name = (
        settings.profile_name.value if settings.given.get("profile") else _login_profile(settings)
    )
    if with_token:
        key = sys.stdin.readline().strip()
    else:
        key = click.prompt("Pylon API key", hide_input=True).strip()
    if not key:
        raise click.UsageError("no key given.")
    if not no_verify:
        from pylon import Pylon

        # The host this profile will use: the flags, the environment, else what it already has.
        host = settings.endpoint_of(name)
        with Pylon(api_key=key, base_url=host.base_url, region=host.region) as client:
            me = client.me.get()
        click.echo(f"The key works for {_who(me)} at {client.base_url}.", err=True)
    config = settings.config
    chosen = _keyring.backend() if store != "file" else None
    if store == "keyring" and chosen is None:
        raise click.UsageError(
            "no usable system keyring: pip install 'py-usepylon-sdk[keyring]', or use --store file."
        )
    base_url, region = settings.given.get("base_url"), settings.given.get("region")
    values: dict[str, str | None] = {}
    if base_url or region:  # a host given now replaces the profile's, kept otherwise
        values.update(base_url=base_url, region=region)
    if chosen is not None:
        _keyring.set_key(chosen, name, key)
        values.update(api_key=None, key_store="keyring")
        where = _keyring.describe(chosen)
    else:
        values.update(api_key=key, key_store=None)
        where = f"{config.path} (mode 0600)"
    config.set_profile(name, values)
    config.save()
    click.echo(f"Stored the key {_masked(key)} for profile {name!r} in {where}.", err=True)


def _login_profile(settings: Settings) -> str:
    """Without --profile: PYLON_PROFILE or the default profile, which need not exist yet."""
    return settings.env.get("PYLON_PROFILE") or settings.config.default_profile or "default"


def _who(me: Any) -> str:
    data = me.to_dict() if hasattr(me, "to_dict") else dict(me or {})
    name, ident = data.get("name"), data.get("id")
    return f"{name} ({ident})" if name else str(ident)


@auth.command(
    epilog=example(
        "pylon auth status",
        "pylon auth status --profile eu",
        "PYLON_SHARED_STATE=sqlite:///tmp/pylon.db pylon auth status --limits",
    )
)
@click.option(
    "--limits",
    is_flag=True,
    help="Also list every operation's rate limit: used in the current window, next free slot,"
    " last 429 (across processes when PYLON_SHARED_STATE or the profile's shared_state is set).",
)
@click.pass_context
def status(ctx: click.Context, limits: bool) -> None:
    """Check the key with one GET /me and report who and where (exit 1 if refused or
    unreachable), and the operations near their rate limit."""
    settings = Settings.of(ctx)
    key = settings.require_api_key()
    with settings.client() as client:
        health = client.health()
        if not health.ok:
            raise click.ClickException(_why_unhealthy(health, client, key.source))
        near = [str(state) for state in client.rate_limits.busy()]
        rows = [_limit_row(client.rate_limits[op]) for op in client.rate_limits] if limits else None
    shown: dict[str, Any] = {
        "organisation": health.organization_name,
        "organisation_id": health.organization_id,
        "base_url": health.base_url,
        "region": health.region or "custom host",
        "api_key": client.config.masked_api_key,
        "api_key_source": key.source,
        "profile": settings.profile_name.value,
        "round_trip_ms": round(health.round_trip * 1000, 1) if health.round_trip else None,
        "shared_state": settings.shared_state.source if settings.shared_state else None,
        "near_rate_limit": near,
    }
    if rows is not None:
        shown["rate_limits"] = rows
    settings.output().one(shown)


def _why_unhealthy(health: Any, client: Any, source: str) -> str:
    if health.reason in ("bad_key", "forbidden"):
        return (
            f"the key {client.config.masked_api_key} from {source} was refused by"
            f" {health.base_url} ({health.status_code})."
        )
    if health.reason in ("unreachable", "timeout"):
        return f"cannot reach {health.base_url}: {health.detail}"
    return f"{health.base_url}: {health.detail}"


def _limit_row(state: Any) -> dict[str, Any]:
    last = state.last_429
    return {
        "operation_id": state.operation_id,
        "limit": state.limit,
        "per_seconds": state.per_seconds,
        "used": state.used,
        "remaining": state.remaining,
        "waiting": state.waiting,
        "next_free_in": round(state.next_free_in, 3),
        "last_429_at": last.at.isoformat() if last else None,
        "last_429_retry_after": last.retry_after if last else None,
    }


@auth.command(epilog=example("pylon auth logout --profile eu"))
@click.pass_context
def logout(ctx: click.Context) -> None:
    """Remove the stored key of a profile (from the keyring and the config file)."""
    settings = Settings.of(ctx)
    name = settings.profile_name.value
    config: ConfigFile = settings.config
    if name not in config.profiles:
        raise config.no_such_profile(name)
    removed = _keyring.delete_key(name)
    config.set_profile(name, {"api_key": None, "key_store": None})
    config.save()
    click.echo(
        f"Removed the key of profile {name!r}{' (and from the keyring)' if removed else ''}.",
        err=True,
    )
