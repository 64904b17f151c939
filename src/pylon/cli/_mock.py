"""`pylon mock serve`: the embedded simulator on 127.0.0.1 (pylon.testing's own command)."""

from __future__ import annotations

import click

from ._command import example


@click.group(epilog=example("pylon mock serve --port 8080 --issues 500"))
def mock() -> None:
    """The embedded Pylon simulator, for trying commands without a Pylon account."""


@mock.command(
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
    add_help_option=False,
    epilog=example("pylon mock serve --port 8080 --issues 500", "pylon mock serve --help"),
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def serve(args: tuple[str, ...]) -> None:
    """Serve a seeded simulator until interrupted (options: `pylon mock serve --help`)."""
    from pylon.testing import main

    code = main(list(args))
    if code:
        # Not click's Exit: click's main (not standalone) returns that as a value, which the
        # command line would drop and exit 0.
        raise SystemExit(code)
