"""A command group written elsewhere (export, bulk) joins the tree with one line in MOUNTS."""

from __future__ import annotations

import json

import click
import pytest

from pylon.cli import PylonGroup, Settings, example, main
from pylon.cli._root import MOUNTS

from .conftest import KEY, Served


@click.group(cls=PylonGroup, epilog=example("pylon demo-export count"))
def demo_export() -> None:
    """A stand-in for the export jobs' group."""


@demo_export.command(epilog=example("pylon demo-export count --format json"))
@click.pass_context
def count(ctx: click.Context) -> None:
    """Count the accounts, with the client and output the global options choose."""
    settings = Settings.of(ctx)
    with settings.client() as client:
        total = sum(1 for _ in client.accounts.list())
    settings.output().one({"accounts": total})


def test_a_mounted_group_gets_the_tree_global_options_and_settings(
    served: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(MOUNTS, "demo-export", f"{__name__}:demo_export")  # the one line
    monkeypatch.setenv("PYLON_BASE_URL", served.url)
    assert main(["demo-export", "count", "--api-key", KEY, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"accounts": served.sim.store.count("accounts")}
    assert main(["--help"]) == 0
    assert "demo-export" in capsys.readouterr().out
    assert main(["demo-exprt"]) == 2
    assert "Did you mean 'demo-export'" in capsys.readouterr().err
