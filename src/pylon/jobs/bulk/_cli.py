"""`pylon bulk issues update|tag|...`, `pylon bulk contacts create ...`: bulk changes on the command line.

    pylon bulk issues update --where "tags contains spam and created_at > 2026-11-01" --set state=closed --dry-run
    pylon bulk issues tag --ids-from ids.txt --add vip
    pylon bulk contacts create --from contacts.csv --journal run.jsonl

The commands live under their own `bulk` group (mounted in `pylon.cli`'s MOUNTS) rather than beside
the per-operation commands (`pylon issues update ID`): a bulk change is a different kind of run -
many targets, paced, journaled, previewed - and a name of its own keeps `pylon issues update` one
request, whatever options are given. The key, host and profile come from the command line's global
options (`--api-key`, `--base-url`, `--profile`, ...) like every other command. Targets come from
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
from ...cli import PylonCommand, PylonGroup, Settings, example
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
    settings = Settings.of(click.get_current_context())
    try:
        chosen, change = _change(name, options)
        ids_from = options.get("ids_from")
        with settings.client() as client:
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
    "issues update": "pylon bulk issues update --where 'tags contains spam' --set state=closed --dry-run",
    "issues tag": "pylon bulk issues tag --ids-from ids.txt --add vip",
    "issues set-state": "pylon bulk issues set-state closed --where 'tags contains spam'",
    "issues assign": "pylon bulk issues assign --ids-from ids.txt --team TEAM_ID",
    "issues snooze": "pylon bulk issues snooze --where 'state = on_hold' --until 2026-12-24",
    "issues note": "pylon bulk issues note --ids-from ids.txt --text 'Merged into #123'",
    "issues create": "pylon bulk issues create --from issues.csv --journal issues.jsonl",
    "issues delete": "pylon bulk issues delete --ids-from ids.txt --dry-run",
    "contacts update": "pylon bulk contacts update --from contacts.csv --journal run.jsonl",
    "contacts create": "pylon bulk contacts create --from contacts.csv --journal run.jsonl",
    "contacts delete": "pylon bulk contacts delete --ids-from ids.txt",
    "accounts update": "pylon bulk accounts update --ids-from ids.txt --set owner_id=USER_ID",
    "accounts tag": "pylon bulk accounts tag --where 'name string_contains Acme' --add key",
    "accounts create": "pylon bulk accounts create --from accounts.csv --journal run.jsonl",
    "accounts delete": "pylon bulk accounts delete --ids-from ids.txt --dry-run",
}


def bulk_command(resource: str, command: str) -> click.Command:
    """The click command `pylon bulk <resource> <command>` for a bulk change."""
    name = f"{resource}.{_COMMANDS[resource][command]}"
    creates = name.endswith(".create")
    help_of = METHODS.get(name) or METHODS[f"{resource}.add_tags"]

    def run(**options: Any) -> None:
        _run(name, options)

    made: click.Command = PylonCommand(
        command,
        callback=run,
        params=_change_options(name) + _common(creates),
        help=f"Bulk {command} of {resource}: paced at {help_of.operation_id}'s rate limit,"
        " journaled and resumable; --dry-run previews without writing.",
        epilog=example(_EXAMPLES[f"{resource} {command}"]),
    )
    return made


def add_bulk_commands(group: click.Group, resource: str) -> click.Group:
    """Add the bulk commands of `resource` to a click group."""
    for command in _COMMANDS[resource]:
        group.add_command(bulk_command(resource, command))
    return group


GROUPS = {
    resource: add_bulk_commands(
        PylonGroup(
            resource,
            help=f"Bulk changes to {resource}: one change over the {resource} a search finds,"
            " a list of ids or the rows of a file.",
            epilog=example(*(v for k, v in _EXAMPLES.items() if k.startswith(f"{resource} "))),
        ),
        resource,
    )
    for resource in _COMMANDS
}

bulk_group = PylonGroup(
    "bulk",
    help="One change over many objects: paced at the operation's rate limit, previewed with"
    " --dry-run, journaled and resumable (--journal), never re-sending a create whose outcome"
    " is unknown. For one object use the operation's own command (`pylon issues update ID`).",
    epilog=example(
        _EXAMPLES["issues update"], _EXAMPLES["issues tag"], _EXAMPLES["contacts create"]
    ),
)
for _group in GROUPS.values():
    bulk_group.add_command(_group)


def main() -> None:
    """`python -m pylon.jobs.bulk issues update ...`: the `pylon bulk` group on its own."""
    bulk_group.main(prog_name="pylon bulk")


if __name__ == "__main__":  # pragma: no cover
    main()


__all__ = ["CONFIRM_ABOVE", "GROUPS", "add_bulk_commands", "bulk_command", "bulk_group", "main"]
