"""One click command per API operation, built from its spec when the command is first used.

Path parameters are arguments (`ID`, `ARTICLE_ID`); query parameters and top-level body fields are
options with the spec's type and enum (`--state`, `--tags a --tags b`); booleans are `--x/--no-x`;
nested values take JSON. The whole body may come from `--json '{...}'` or `--input file.json`
(`-` for stdin), and `--field key=value` sets one field by its spec type; named options win over
`--field`, which wins over the whole-body sources. Searches take their filter as an argument in
pylon.filters' text form (`'state in (new, on_hold)'`) or as JSON. Lists page through every page
(`--limit` per page, `--max-items` in all); time-window lists take `--days`. Every value is
checked against the spec before the request is sent.
"""

from __future__ import annotations

from typing import Any

import click

from pylon.spec import Field, OperationSpec

from . import _values
from ._command import PylonCommand, example
from ._oprun import DEFAULT_DAYS, Slot, plan, send_and_print
from ._output import default_columns
from ._settings import Settings

# Option names the command itself uses; a spec field with one of these names gets a prefix.
_RESERVED = frozenset(
    {"format", "query", "columns", "no-color", "profile", "api-key", "base-url", "region",
     "field", "json", "input", "limit", "max-items", "cursor", "days", "help", "version"}
)  # fmt: skip
_MAX_DAYS = 36_500


def _scalar_type(field: Field) -> Any:
    if field.enum and field.type == "string":
        return click.Choice([str(v) for v in field.enum])
    return {"integer": click.INT, "number": click.FLOAT, "boolean": click.BOOL}.get(
        field.type, click.STRING
    )


class _JsonValue(click.ParamType):  # type: ignore[type-arg]
    """A nested value given as JSON, checked against its spec type."""

    name = "json"

    def __init__(self, operation_id: str, field: Field) -> None:
        self.operation_id, self.field = operation_id, field

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        parsed = _values.load_json(value, f"--{_option_name(self.field)}")
        _values.check(self.operation_id, self.field, parsed)
        return parsed


class _FilterArg(click.ParamType):  # type: ignore[type-arg]
    """A search filter: pylon.filters' text form, checked for this endpoint, or JSON."""

    name = "filter"

    def __init__(self, operation_id: str) -> None:
        self.operation_id = operation_id

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        if value.lstrip().startswith("{"):  # JSON that starts with { is an object or invalid
            return _values.load_json(value, "FILTER")
        from pylon import PylonError, filters

        try:
            parsed_filter = filters.parse(value)
            parsed_filter.validate(self.operation_id)
        except PylonError as exc:
            self.fail(f"{type(exc).__name__}: {exc}", param, ctx)
        wire: dict[str, Any] = parsed_filter.to_dict()
        return wire


def _option_name(field: Field) -> str:
    name = field.name.replace("_", "-")
    return f"{field.location}-{name}" if name in _RESERVED or name.startswith("no-") else name


def _help(field: Field) -> str:
    parts = [field.description.rstrip(".")] if field.description else []
    if field.type == "array" and field.item_type not in ("object", "array"):
        parts.append("repeat for several")
    elif field.type in ("object", "array", "any"):
        parts.append(f"JSON {field.type if field.type != 'any' else 'value'}")
    if field.is_file:
        parts.append("path of a file to upload")
    if field.required:
        parts.append("required")
    return "; ".join(parts) or f"{field.type} {field.location} field"


def _option(operation_id: str, field: Field, key: str) -> click.Option:
    name = _option_name(field)
    decls = [f"--{name}", key]
    if field.is_file:
        multiple = field.type == "array"
        path = click.Path(exists=True, dir_okay=False)
        return click.Option(decls, type=path, multiple=multiple, help=_help(field))
    if field.type == "boolean":
        return click.Option([f"--{name}/--no-{name}", key], default=None, help=_help(field))
    if field.type == "array" and field.item_type in ("string", "integer", "number", "boolean"):
        item = Field(field.name, field.location, field.item_type or "string")
        return click.Option(decls, type=_scalar_type(item), multiple=True, help=_help(field))
    if field.type in ("object", "array", "any"):
        return click.Option(decls, type=_JsonValue(operation_id, field), help=_help(field))
    return click.Option(decls, type=_scalar_type(field), help=_help(field))


def _example(words: tuple[str, ...], op: OperationSpec, body: list[Field]) -> str:
    line = ["pylon", *words, *(p.name.upper() for p in op.path_params)]
    if op.searchable:
        line.append(_filter_example(op))
    shown = [f for f in body if f.required][:2] or [f for f in body if f.enum][:1]
    for f in shown:
        sample = str(f.enum[0]) if f.enum else {"integer": "1", "boolean": ""}.get(f.type, "VALUE")
        if f.type == "boolean":
            line.append(f"--{_option_name(f)}")
        else:
            line.append(f"--{_option_name(f)} {sample}")
    if op.data_is_list:
        line.append("--max-items 20 --format table")
    return " ".join(line)


def _filter_example(op: OperationSpec) -> str:
    """A filter this endpoint accepts, in text form: a field that takes `equals` (one with listed
    values first, so the example runs as written)."""
    from pylon import filters

    fields = sorted(op.filter_fields.items(), key=lambda item: not item[1].get("values"))
    for name, facts in fields:
        if "equals" in facts.get("operators", ()):
            value = (facts.get("values") or ["VALUE"])[0]
            return f"'{filters.Condition(name, 'equals', value=value)}'"
    return "FILTER"


class UseBulkCommandError(click.UsageError):
    """An option of `pylon bulk <words>` given to the one-object command `pylon <words>` (e.g.
    `pylon issues update --where ...`): the error names the bulk command that takes it."""


def _bulk_counterpart(ctx: click.Context, words: tuple[str, ...]) -> click.Command | None:
    """`pylon bulk <words>` in the tree this command was reached from, if there is one."""
    command: click.Command | None = ctx.find_root().command
    for name in ("bulk", *words):
        if not isinstance(command, click.Group):
            return None
        command = command.get_command(ctx, name)
    return command


class OperationCommand(PylonCommand):
    """The command of one API operation, reached as `pylon <words...>`."""

    def __init__(self, words: tuple[str, ...], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.words = words

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as exc:
            bulk = _bulk_counterpart(ctx, self.words)
            if bulk is None or not any(exc.option_name in p.opts for p in bulk.params):
                raise
            mine, theirs = " ".join(self.words), " ".join(("bulk", *self.words))
            raise UseBulkCommandError(
                f"No such option '{exc.option_name}': 'pylon {mine}' acts on one object;"
                f" for many at once use 'pylon {theirs} {exc.option_name} ...'"
                f" (see 'pylon {theirs} --help').",
                ctx,
            ) from None


def build_command(words: tuple[str, ...], op: OperationSpec) -> click.Command:
    """The click command for `op`, reached as `pylon <words...>`."""
    paging = {"cursor", "limit"} if op.paged else set()
    window = {op.time_window.start, op.time_window.end} if op.time_window else set()
    query = [f for f in op.query_params if f.name not in paging]
    body = [
        f
        for f in op.body_fields
        if not (op.cursor_in == "body" and f.name in paging)
        and not (op.searchable and f.name == "filter")
    ]
    slots = [Slot(f, f"p_{i}") for i, f in enumerate([*query, *body])]
    params: list[click.Parameter] = [
        click.Argument([f"a_{i}"], metavar=p.name.upper()) for i, p in enumerate(op.path_params)
    ]
    if op.searchable:
        params.append(
            click.Argument(["filter_"], metavar="[FILTER]", required=False, type=_FilterArg(op.id))
        )
    params += [_option(op.id, s.field, s.key) for s in slots]
    if op.body_media == "application/json":
        params += [
            click.Option(["--field", "-F", "fields"], multiple=True, metavar="KEY=VALUE",
                         help="Set one body field, converted by its spec type."),
            click.Option(["--json", "json_body"], metavar="JSON", help="The whole body as JSON."),
            click.Option(["--input", "input_file"], metavar="FILE",
                         help="Read the whole body as JSON from FILE ('-': stdin)."),
        ]  # fmt: skip
    if op.data_is_list:
        params.append(
            click.Option(["--max-items"], type=click.IntRange(min=1), help="Stop after N items.")
        )
    if op.paged:
        bounds = click.IntRange(min=op.limit_min or 1, max=op.limit_max)
        params += [
            click.Option(["--limit"], type=bounds, help=f"Items per page ({_page_sizes(op)})."),
            click.Option(["--cursor"], help="Start from this cursor (from an earlier page)."),
        ]
    if op.time_window:
        params.append(
            click.Option(
                ["--days"],
                type=click.IntRange(1, _MAX_DAYS),
                help=f"The last N days (default {DEFAULT_DAYS} unless"
                f" --{op.time_window.start.replace('_', '-')} is given), in windows of"
                f" {op.time_window.max_days} days.",
            )
        )

    def callback(**values: Any) -> None:
        ctx = click.get_current_context()
        request = plan(op, slots, values, window)
        settings = Settings.of(ctx)
        output = settings.output(default_columns(op.item_fields))
        with settings.client() as client:
            send_and_print(client, op, request, values, output)

    summary = op.summary or op.id
    return OperationCommand(
        words,
        name=words[-1],
        params=params,
        callback=callback,
        help=f"{summary} ({op.method} {op.path}, operation {op.id}).",
        short_help=summary,
        epilog=example(_example(words, op, body)),
    )


def _page_sizes(op: OperationSpec) -> str:
    low, high = op.limit_min or 1, op.limit_max
    return f"{low}-{high}" if high else f"at least {low}"
