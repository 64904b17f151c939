"""The root of the command tree: mounted command groups plus one group per API resource.

`MOUNTS` is the one place where a command group written elsewhere joins the tree: a name and the
"module:attribute" of its click command, imported only when that command runs (or its help is
shown), so start-up stays fast. Export and bulk mount here the same way, one line each (e.g.
`"export": "pylon.jobs.cli:export"`), building their group on `pylon.cli.PylonGroup` and getting
their client from `pylon.cli.Settings.of(ctx).client()`. A mounted name wins over
an API group of the same name; the tests check that no mount hides one today.

The API groups come from `pylon.spec.catalog()` through `_tree`, and each operation's command is
built only when it is reached.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import Any

import click

from pylon import __version__

from ._command import PylonGroup, example

MOUNTS: dict[str, str] = {
    "api": "pylon.cli._api:api",
    "auth": "pylon.cli._auth:auth",
    "config": "pylon.cli._config:config",
    "webhooks": "pylon.cli._webhooks:webhooks",
    "mock": "pylon.cli._mock:mock",
    "completion": "pylon.cli._completion:completion",
    "export": "pylon.jobs._cli:export_group",
    "bulk": "pylon.jobs.bulk._cli:bulk_group",
}


def _load(target: str) -> click.Command:
    module, _, attribute = target.partition(":")
    command: click.Command = getattr(importlib.import_module(module), attribute)
    return command


class _Tree:
    """The API command tree, built from the spec on first use."""

    @cached_property
    def root(self) -> Any:
        from pylon.spec import catalog

        from ._tree import build

        return build(catalog().operations())


_tree = _Tree()


class ResourceGroup(PylonGroup):
    """A group of API commands (`pylon issues ...`), its commands built when reached."""

    def __init__(self, node: Any, words: tuple[str, ...]) -> None:
        self.node, self.words = node, words
        verbs = ", ".join(node.names())
        super().__init__(
            name=node.name,
            help=f"{' '.join(words)}: {verbs}.",
            short_help=verbs,
            epilog=example(f"pylon {' '.join(words)} --help"),
        )

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.node.names())

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        return _resolve(self.node, self.words, name)


def _resolve(node: Any, words: tuple[str, ...], name: str) -> click.Command | None:
    from pylon.spec import catalog

    from ._opcommands import build_command

    child = node.children.get(name)
    if child is not None and child.leaf:
        return build_command((*words, name), catalog().operation(child.leaf))
    if child is not None:
        return ResourceGroup(child, (*words, name))
    operation_id = node.verbs.get(name)
    if operation_id is not None:
        return build_command((*words, name), catalog().operation(operation_id))
    return None


class RootGroup(PylonGroup):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*MOUNTS, *_tree.root.names()})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in MOUNTS:
            return _load(MOUNTS[name])
        return _resolve(_tree.root, (), name)


root = RootGroup(
    name="pylon",
    help="Pylon from the command line: every API operation, raw calls, profiles and webhooks.\n\n"
    "Exit codes: 0 ok, 1 API or network error, 2 bad usage or settings, 130 interrupted.",
    epilog=example(
        "pylon auth login",
        "pylon issues list --days 7 --format table",
        "pylon issues update ISSUE_ID --state closed",
        "pylon api GET /me",
    ),
)
root.params.append(
    click.Option(
        ["--version"],
        is_flag=True,
        expose_value=False,
        is_eager=True,
        help="Print the version and exit.",
        callback=lambda ctx, _p, v: _version(ctx, v),
    )
)


def _version(ctx: click.Context, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"pylon {__version__} (py-usepylon-sdk)")
        ctx.exit(0)


__all__ = ["MOUNTS", "root"]
