"""The click classes every `pylon` command is built from.

Global options (`--format`, `--profile`, `--api-key`, ...) are accepted before or after the
subcommand: the root group declares them and so does every command built on `PylonCommand`; each
occurrence records its value in the root context, so `pylon --format csv issues list` and
`pylon issues list --format csv` mean the same. An unknown command suggests the closest names
(click already does so for options).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Collection
from typing import Any

import click

FLAGS_KEY = "pylon.flags"
FORMATS = ("jsonl", "json", "table", "csv")
# The global options that choose the key and the host: a command that writes files of its own
# (`pylon export`, whose -o/--format name the file) takes these and not the output ones.
CONNECTION_OPTIONS = ("profile", "api_key", "base_url", "region")


class GlobalOption(click.Option):
    """An option that may appear on any command and means the same on all of them."""


def _remember(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    if param.name and value is not None and value is not False and value != ():
        ctx.find_root().meta.setdefault(FLAGS_KEY, {})[param.name] = value
    return value


def _check_query(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    if value is not None:
        from ._output import compile_query

        compile_query(value)  # refuses a bad expression before anything is sent
    return _remember(ctx, param, value)


def _columns(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    if value is not None:
        value = tuple(c.strip() for c in value.split(",") if c.strip())
        if not value:
            raise click.BadParameter("give one or more column names, comma-separated")
    return _remember(ctx, param, value)


def global_options(only: Collection[str] | None = None) -> list[click.Option]:
    """Fresh option objects (click binds an option to one command); `only` names the ones
    wanted (e.g. CONNECTION_OPTIONS), default all."""

    def option(*decls: str, callback: Callable[..., Any] = _remember, **kw: Any) -> click.Option:
        return GlobalOption(decls, expose_value=False, callback=callback, **kw)

    options = [
        option(
            "--format",
            "-o",
            "format",
            type=click.Choice(FORMATS),
            help="Output: jsonl (default, one JSON value a line), json, table or csv.",
        ),
        option(
            "--query",
            "-q",
            callback=_check_query,
            help="A JMESPath expression applied to the result (lists: to all items), e.g."
            " '[?state==`new`].number'.",
        ),
        option(
            "--columns",
            callback=_columns,
            help="Comma-separated fields for table and csv output (dotted paths allowed).",
        ),
        option("--no-color", is_flag=True, default=None, help="Never colour the output."),
        option("--profile", "-p", help="Profile from the config file (default: $PYLON_PROFILE)."),
        option("--api-key", help="API key (default: $PYLON_API_KEY, then the profile)."),
        option("--base-url", help="API root URL (default: $PYLON_BASE_URL, then the profile)."),
        option("--region", type=click.Choice(["us", "eu"]), help="Pylon region (us or eu)."),
    ]
    return [o for o in options if only is None or o.name in only]


def flags(ctx: click.Context) -> dict[str, Any]:
    """The global options given anywhere on the command line."""
    found: dict[str, Any] = ctx.find_root().meta.setdefault(FLAGS_KEY, {})
    return found


class _HelpSections:
    """Lists a command's own options; the root lists the global ones in full, others name them."""

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        own: list[tuple[str, str]] = []
        shared: list[tuple[str, str]] = []
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            record = param.get_help_record(ctx) if isinstance(param, click.Option) else None
            if record is not None:
                (shared if isinstance(param, GlobalOption) else own).append(record)
        if own:
            with formatter.section("Options"):
                formatter.write_dl(own)
        if shared and ctx.parent is None:
            with formatter.section("Global options (before or after any command)"):
                formatter.write_dl(shared)
        elif shared:
            names = ", ".join(
                next(t for t in record[0].replace(",", " ").split() if t.startswith("--"))
                for record in shared
            )
            with formatter.section("Global options"):
                formatter.write_text(f"{names} (see 'pylon --help')")
        if isinstance(self, click.Group):
            self.format_commands(ctx, formatter)


class PylonCommand(_HelpSections, click.Command):
    """A command that takes the global options (`global_names`: only those, default all)."""

    def __init__(
        self, *args: Any, global_names: Collection[str] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.params.extend(global_options(global_names))


class PylonGroup(_HelpSections, click.Group):
    command_class = PylonCommand

    def __init__(
        self, *args: Any, global_names: Collection[str] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.params.extend(global_options(global_names))

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if (
            args
            and not ctx.resilient_parsing
            and not name.startswith("-")
            and self.get_command(ctx, name) is None
        ):
            close = difflib.get_close_matches(name, self.list_commands(ctx), n=3, cutoff=0.5)
            hint = f" Did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
            raise click.UsageError(f"No such command {name!r}.{hint}", ctx)
        return super().resolve_command(ctx, args)


PylonGroup.group_class = PylonGroup


def example(*lines: str) -> str:
    """An epilog click prints as written (the \\b marker stops it re-wrapping the lines)."""
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)
