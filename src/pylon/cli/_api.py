"""`pylon api METHOD PATH`: any request, with the client's auth, retries, rate limits and host.

Like `gh api`: `-f key=value` adds a string field, `-F key=value` a typed one (true, false, null,
numbers, JSON, `@file` for a file's text); fields go in the query string of a GET or DELETE and in
the JSON body otherwise. `--input FILE` is the whole JSON body. The JSON response is printed whole;
`--paginate` walks the cursor where the spec says the operation takes it (query or body) and prints
the items of every page.
"""

from __future__ import annotations

from typing import Any

import click

from . import _values
from ._command import PylonCommand, example
from ._settings import Settings


@click.command(
    cls=PylonCommand,
    epilog=example(
        "pylon api GET /me",
        "pylon api GET /accounts -F limit=5",
        "pylon api POST /issues/search --input filter.json --paginate --format jsonl",
        "pylon api PATCH /issues/ISSUE_ID -f state=closed",
    ),
)
@click.argument("method", type=click.Choice(["GET", "POST", "PATCH", "PUT", "DELETE"],
                                            case_sensitive=False))  # fmt: skip
@click.argument("path")
@click.option("-f", "--raw-field", "raw_fields", multiple=True, metavar="KEY=VALUE",
              help="A string field (repeatable).")  # fmt: skip
@click.option("-F", "--field", "typed_fields", multiple=True, metavar="KEY=VALUE",
              help="A typed field: true, false, null, numbers, JSON, @file (repeatable).")  # fmt: skip
@click.option("--input", "input_file", metavar="FILE", help="The JSON body from FILE ('-': stdin).")
@click.option("--paginate", is_flag=True, help="Follow the cursor and print every page's items.")
@click.pass_context
def api(
    ctx: click.Context,
    method: str,
    path: str,
    raw_fields: tuple[str, ...],
    typed_fields: tuple[str, ...],
    input_file: str | None,
    paginate: bool,
) -> None:
    """Send METHOD PATH (relative to the API root, e.g. /issues/search) and print the JSON."""
    method = method.upper()
    if not path.startswith("/") or path.startswith("//"):
        raise click.BadParameter(
            "a path on the API such as /me or /issues/search", param_hint="PATH"
        )
    fields: dict[str, Any] = {}
    for text in raw_fields:
        key, value = _values.split_assignment(text, "-f")
        fields[key] = value
    for text in typed_fields:
        key, value = _values.split_assignment(text, "-F")
        fields[key] = _values.literal(value)
    body: Any = None
    if input_file is not None:
        body = _values.load_json(_values.read_text_arg(input_file), "--input")
    in_query = method in ("GET", "DELETE")
    if fields and not in_query:
        if body is not None and not isinstance(body, dict):
            raise click.BadParameter("fields need a JSON object body", param_hint="--input")
        body = {**(body or {}), **fields}
    params = fields if in_query else {}
    from pylon.spec import catalog

    from ._paging import send, walk

    settings = Settings.of(ctx)
    output = settings.output()
    # The operation this is, if the spec has it: where its cursor goes, how its query is written.
    op = catalog().match(method, path.split("?", 1)[0])
    encode = op.query_string if op else None
    if paginate:
        if op is None or not op.paged:
            what = f"operation {op.id}" if op else "no operation in the spec"
            raise click.UsageError(f"--paginate: {method} {path} is {what} without pages.")
        with settings.client() as client:
            output.items(walk(client, method, path, cursor_in=op.cursor_in, params=params,
                              body=body, encode=encode))  # fmt: skip
        return
    with settings.client() as client:
        payload = send(client, method, path, params=params, encode=encode, json=body)
    if payload is not None:
        output.one(payload)
