"""`pylon export <collection>`: the export job as a click command group.

    pylon export issues --since 2026-01-01 --filter 'state in (new, on_hold)' --with messages -o issues.parquet
    pylon export accounts -o accounts.csv
    pylon export issues --incremental ./pylon-sync --with messages

One command per collection the export can read; the format comes from the file name or --format.
The key, host and profile come from the command line's settings like every other command's
(`--api-key`, `--base-url`, `--region`, `--profile`, then PYLON_* variables, then the profile in
the config file); the key is never printed. `-o` and `--format` name the file and its format here,
so the export takes only those global options, not the output ones. A progress bar is drawn on a
terminal (tqdm, from the `cli` extra); the summary goes to stderr. Exit codes: 0 done, 1 stopped
(run the same command to resume), 2 bad input (nothing was sent).
"""

from __future__ import annotations

from typing import Any

try:
    import click
except ImportError as exc:  # pragma: no cover - depends on the install
    from ..tabular._extras import MissingExtraError

    raise MissingExtraError(
        "pylon export needs click, which is not installed: pip install 'py-usepylon-sdk[cli]'."
    ) from exc

from .._errors import PylonError
from ..cli import CONNECTION_OPTIONS, PylonCommand, PylonGroup, Settings
from ._errors import JobInputError
from .export import COLLECTIONS, export
from .export._formats import SUFFIX

_EXAMPLES = {
    "issues": "pylon export issues --since 2026-01-01 --filter 'state in (new, on_hold)'"
    " --with messages -o issues.parquet",
    "accounts": "pylon export accounts -o accounts.csv",
}


def _split(values: tuple[str, ...]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _run(collection: str, options: dict[str, Any]) -> None:
    settings = Settings.of(click.get_current_context())
    output = options.pop("output")
    incremental = options.pop("incremental")
    include = _split(options.pop("include", ()) or ())
    try:
        with settings.client() as client:
            result = export(
                client, collection, output, incremental=incremental, include=include, **options
            )
    except JobInputError as exc:
        raise click.UsageError(str(exc)) from None
    except PylonError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(result.summary(), err=True)


def _command(name: str) -> click.Command:
    spec = COLLECTIONS[name]

    def run(**options: Any) -> None:
        _run(name, options)

    params: list[click.Parameter] = [
        click.Option(["-o", "--output"], type=click.Path(dir_okay=False), help="File to write; its suffix picks the format."),
        click.Option(["--format", "format"], type=click.Choice(sorted(SUFFIX)), help="Format when the file name does not say it."),
        click.Option(["--incremental"], type=click.Path(file_okay=False), help="Directory of an incremental export: add a part with what changed since the last run."),
        click.Option(["--overwrite"], is_flag=True, help="Replace an existing output that no checkpoint claims."),
        click.Option(["--page-size"], type=click.IntRange(1), help="Items per request (default: the largest the API allows)."),
    ]  # fmt: skip
    if spec.search_operation:
        params += [
            click.Option(["--filter", "filter"], help="Search filter in the text form, e.g. 'state in (new, on_hold)'."),
            click.Option(["--since"], help="Only items created at or after this date or time (RFC 3339)."),
            click.Option(["--until"], help="Only items created before this date or time."),
        ]  # fmt: skip
    if spec.children:
        params.append(
            click.Option(["--with", "include"], multiple=True, help=f"Linked tables to add: {', '.join(spec.children)} (repeat or comma-separate).")
        )  # fmt: skip
    if spec.needs_object_type or name == "custom-fields":
        params.append(
            click.Option(["--type", "object_type"], required=spec.needs_object_type, help="Object type (custom objects; custom fields: issue, account, contact).")
        )  # fmt: skip
    example = _EXAMPLES.get(name, f"pylon export {name} -o {name}.parquet")
    return PylonCommand(
        name,
        callback=run,
        params=params,
        global_names=CONNECTION_OPTIONS,
        help=f"Export {name} ({spec.model} objects) to JSONL, CSV, Parquet or XLSX.",
        epilog=f"\b\nExamples:\n  {example}",
    )


class _ExportGroup(PylonGroup):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COLLECTIONS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return _command(cmd_name) if cmd_name in COLLECTIONS else None


export_group = _ExportGroup(
    name="export",
    help="Export a collection to files: resumable (run the same command again), at Pylon's rate"
    " limits, with a progress bar on a terminal.",
    epilog=f"\b\nExamples:\n  {_EXAMPLES['issues']}\n  {_EXAMPLES['accounts']}",
    global_names=CONNECTION_OPTIONS,
)
