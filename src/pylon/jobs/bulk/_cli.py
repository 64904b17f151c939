"""`pylon issues update|tag|assign|...`, `pylon contacts create ...`: bulk changes on the command line.

    pylon issues update --where "tags contains spam and created_at > 2026-11-01" --set state=closed --dry-run
    pylon issues tag --ids-from ids.txt --add vip
    pylon contacts create --from contacts.csv --journal run.jsonl

One click group per resource (`GROUPS`); the main command line mounts their commands under its own
`issues`, `contacts` and `accounts` groups (`add_bulk_commands(group, "issues")`). Targets come from
--where (a search), --ids-from (one id a line) or --from (CSV/JSONL rows whose columns are the
operation's body fields). Exit codes: 0 done (or nothing matched), 1 something failed, is unknown
or was not sent, 2 bad input (nothing was sent).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

try:
    import click
except ImportError as exc:  # pragma: no cover - depends on the install
    from ...tabular._extras import MissingExtraError

    raise MissingExtraError(
        "pylon's bulk commands need click, which is not installed: pip install 'py-usepylon-sdk[cli]'."
    ) from exc

from ... import PylonError
from .._errors import JobInputError
from ._fields import parse_assignments
from ._job import DEFAULT_CONCURRENCY, bulk
from ._methods import METHODS, method
from ._result import BulkResult
from ._targets import read_ids

# Above this many items a run on a terminal asks before the first write (unless --yes).
CONFIRM_ABOVE = 1000


def on_terminal() -> bool:
    return sys.stdin.isatty() and sys.stderr.isatty()


def _confirm(yes: bool) -> Callable[[int], bool] | None:
    if yes or not on_terminal():
        return None

    def ask(count: int) -> bool:
        if count <= CONFIRM_ABOVE:
            return True
        return click.confirm(f"This changes {count} items. Go ahead?", default=False, err=True)

    return ask


def _common(creates: bool) -> list[click.Parameter]:
    targets: list[click.Parameter] = [
        click.Option(["--from", "rows"], type=click.Path(dir_okay=False, exists=True), help="CSV or JSONL rows; columns are the operation's body fields" + ("." if creates else " plus 'id'.")),
    ]  # fmt: skip
    if not creates:
        targets = [
            click.Option(["--where"], help="Search filter in the text form, e.g. 'state = new and tags contains spam'."),
            click.Option(["--ids-from"], type=click.Path(dir_okay=False, exists=True), help="File with one id a line."),
            *targets,
        ]  # fmt: skip
    return [
        *targets,
        click.Option(["--dry-run"], is_flag=True, help="Show what would change (current -> new) and send no write."),
        click.Option(["--preview"], type=click.Path(dir_okay=False), default="bulk-preview.jsonl", show_default=True, help="Where a dry run writes its per-item preview (JSONL)."),
        click.Option(["--journal"], type=click.Path(dir_okay=False), help="Journal file: run the same command again to resume."),
        click.Option(["--failures"], type=click.Path(dir_okay=False), help="Where failed and unknown items are written (default: beside the journal, or bulk-failures.jsonl)."),
        click.Option(["--fail-fast"], is_flag=True, help="Stop at the first failure."),
        click.Option(["--concurrency"], type=click.IntRange(1, 50), default=DEFAULT_CONCURRENCY, show_default=True, help="Requests in flight."),
        click.Option(["--yes", "-y"], is_flag=True, help=f"Don't ask before changing more than {CONFIRM_ABOVE} items."),
        click.Option(["--api-key"], envvar="PYLON_API_KEY", show_envvar=True, help="API token (never printed)."),
        click.Option(["--base-url"], help="API root (default: PYLON_BASE_URL, else Pylon's US host)."),
    ]  # fmt: skip


def _change_options(name: str) -> list[click.Parameter]:
    verb = name.split(".", 1)[1]
    if verb == "update":
        return [click.Option(["--set", "assignments"], multiple=True, metavar="FIELD=VALUE", help="A field and its new value (repeat); lists comma-separated or JSON.")]  # fmt: skip
    if verb == "tags":
        return [
            click.Option(["--add"], multiple=True, help="Tags to add (repeat or comma-separate)."),
            click.Option(["--remove"], multiple=True, help="Tags to remove (repeat or comma-separate)."),
        ]  # fmt: skip
    if verb == "set_state":
        return [click.Argument(["state"])]
    if verb == "assign":
        return [click.Option(["--user", "user_id"]), click.Option(["--team", "team_id"])]
    if verb == "snooze":
        return [click.Option(["--until"], required=True, help="RFC 3339 time or date.")]
    if verb == "note":
        return [click.Option(["--text"], required=True, help="The note, plain text.")]
    if verb == "create":
        return [click.Option(["--reconcile"], metavar="FIELD", help="Settle creates left unknown by looking them up by this unique field (e.g. email).")]  # fmt: skip
    return []


def _split(values: tuple[str, ...]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _change(name: str, options: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The method to run and its change, from the command's options."""
    if name.endswith(".tags"):
        add, remove = _split(options.pop("add", ())), _split(options.pop("remove", ()))
        if bool(add) == bool(remove):
            raise JobInputError(f"{name.replace('.', ' ')}: give --add or --remove (one of them).")
        resource = name.split(".")[0]
        return (f"{resource}.add_tags" if add else f"{resource}.remove_tags"), {
            "tags": add or remove
        }
    if name.endswith(".update"):
        chosen = method(name)
        assignments = list(options.pop("assignments", ()))
        return name, parse_assignments(
            f"bulk {name}", chosen.operation_id, chosen.params(), assignments
        )
    keys = ("state", "user_id", "team_id", "until", "text")
    return name, {k: options.pop(k) for k in keys if options.get(k) is not None}


def _report(result: BulkResult, options: dict[str, Any]) -> None:
    click.echo(result.summary(), err=True)
    if result.dry_run:
        if result.items:
            count = result.write(options["preview"])
            click.echo(f"preview of {count} items written to {options['preview']}", err=True)
        return
    if result.cancelled:
        click.echo("cancelled; nothing was sent.", err=True)
        raise SystemExit(1)
    bad = result.failures + result.unknown
    if bad:
        journal = options.get("journal")
        path = options.get("failures") or (
            f"{journal}.failures.jsonl" if journal else "bulk-failures.jsonl"
        )
        result.write(path, "failed", "unknown")
        click.echo(f"{len(bad)} failed or unknown items written to {path}", err=True)
    if not result.ok:
        raise SystemExit(1)


def _run(name: str, options: dict[str, Any]) -> None:
    from ... import Pylon

    api_key, base_url = options.pop("api_key"), options.pop("base_url")
    try:
        chosen, change = _change(name, options)
        ids_from = options.get("ids_from")
        with Pylon(api_key=api_key, base_url=base_url) as client:
            result = bulk(
                client, chosen, change=change, where=options.get("where"),
                ids=read_ids(ids_from) if ids_from else None, rows=options.get("rows"),
                dry_run=options["dry_run"], journal=options.get("journal"),
                reconcile=options.get("reconcile"), fail_fast=options["fail_fast"],
                concurrency=options["concurrency"], confirm=_confirm(options["yes"]),
            )  # fmt: skip
    except JobInputError as exc:
        raise click.UsageError(str(exc)) from None
    except PylonError as exc:
        raise click.ClickException(str(exc)) from None
    _report(result, options)


# command name -> the change it runs ("tags" picks add_tags or remove_tags from --add/--remove)
_COMMANDS = {
    "issues": {"update": "update", "tag": "tags", "set-state": "set_state", "assign": "assign",
               "snooze": "snooze", "note": "note", "create": "create", "delete": "delete"},
    "contacts": {"update": "update", "create": "create", "delete": "delete"},
    "accounts": {"update": "update", "tag": "tags", "create": "create", "delete": "delete"},
}  # fmt: skip
_EXAMPLES = {
    "issues update": "pylon issues update --where 'tags contains spam' --set state=closed --dry-run",
    "issues tag": "pylon issues tag --ids-from ids.txt --add vip",
    "contacts create": "pylon contacts create --from contacts.csv --journal run.jsonl",
}


def bulk_command(resource: str, command: str) -> click.Command:
    """The click command `pylon <resource> <command>` for a bulk change."""
    name = f"{resource}.{_COMMANDS[resource][command]}"
    creates = name.endswith(".create")
    help_of = METHODS.get(name) or METHODS[f"{resource}.add_tags"]

    def run(**options: Any) -> None:
        _run(name, options)

    return click.Command(
        command,
        callback=run,
        params=_change_options(name) + _common(creates),
        help=f"Bulk {command} of {resource}: paced at {help_of.operation_id}'s rate limit,"
        " journaled and resumable; --dry-run previews without writing.",
        epilog=f"Example: {_EXAMPLES.get(f'{resource} {command}', '')}".rstrip(": "),
    )


def add_bulk_commands(group: click.Group, resource: str) -> click.Group:
    """Mount the bulk commands of `resource` on an existing click group (`pylon issues`)."""
    for command in _COMMANDS[resource]:
        group.add_command(bulk_command(resource, command))
    return group


GROUPS = {
    resource: add_bulk_commands(
        click.Group(resource, help=f"Bulk changes to {resource}."), resource
    )
    for resource in _COMMANDS
}


def main() -> None:
    """`python -m pylon.jobs.bulk issues update ...` without the full command line."""
    cli = click.Group("pylon", help="Bulk changes to Pylon objects.")
    for group in GROUPS.values():
        cli.add_command(group)
    cli.main(prog_name="pylon")


if __name__ == "__main__":  # pragma: no cover
    main()


__all__ = ["CONFIRM_ABOVE", "GROUPS", "add_bulk_commands", "bulk_command", "main"]
