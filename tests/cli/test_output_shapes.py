"""What `--format`, `--columns` and `--query` print for the shapes a query can make: plain values,
lists of lists, one object, nothing; cells that are lists, objects or missing. In-process, against
a simulator of this module's own."""

from __future__ import annotations

import csv
import io
import json

import pytest

from pylon.cli import main
from pylon.testing import Simulator

from .conftest import aim_cli_at, served_simulator_fixture

sim_url = served_simulator_fixture(issues=2, accounts=3, contacts=1, seed=3)


@pytest.fixture
def accounts(sim_url: tuple[Simulator, str], monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    aim_cli_at(monkeypatch, sim_url[1])
    return sorted(sim_url[0].store.collection("accounts"), key=lambda a: a["name"])


def _out(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out


def _names(accounts: list[dict]) -> list[str]:
    return [a["name"] for a in accounts]


@pytest.mark.parametrize(("fmt", "header"), [("table", "VALUE"), ("csv", "value")])
def test_a_query_of_plain_values_is_one_column(
    accounts: list[dict], capsys: pytest.CaptureFixture[str], fmt: str, header: str
) -> None:
    """It crashed with IndexError in table format: the default columns were kept for values."""
    out = _out(capsys, "accounts", "list", "--query", "sort([].name)", "--format", fmt)
    assert out.splitlines() == [header, *_names(accounts)]


def test_a_query_that_picks_one_object_is_a_one_row_table(
    accounts: list[dict], capsys: pytest.CaptureFixture[str]
) -> None:
    out = _out(capsys, "accounts", "list", "--query", "max_by(@, &name)", "--format", "csv",
               "--columns", "id,name")  # fmt: skip
    assert list(csv.reader(io.StringIO(out))) == [
        ["id", "name"],
        [accounts[-1]["id"], accounts[-1]["name"]],
    ]


def test_lists_and_objects_in_cells(
    accounts: list[dict], capsys: pytest.CaptureFixture[str]
) -> None:
    out = _out(capsys, "accounts", "list", "--format", "csv", "--columns", "name,tags,owner,tags.x")
    rows = {r["name"]: r for r in csv.DictReader(io.StringIO(out))}
    for account in accounts:
        row = rows[account["name"]]
        assert row["tags"] == ",".join(account.get("tags") or [])  # a list of words: joined
        assert json.loads(row["owner"]) == account["owner"]  # an object: compact JSON
        assert row["tags.x"] == ""  # a path through a list: nothing there


def test_a_query_that_matches_nothing_prints_the_header_only(
    accounts: list[dict], capsys: pytest.CaptureFixture[str]
) -> None:
    out = _out(capsys, "accounts", "list", "--format", "csv", "--columns", "id,name",
               "--query", "[?name=='nobody']")  # fmt: skip
    assert out == "id,name\n"


def test_one_object_queried_into_a_list_prints_its_items(
    accounts: list[dict], capsys: pytest.CaptureFixture[str]
) -> None:
    account = accounts[0]
    out = _out(capsys, "accounts", "get", account["id"], "--query", "[id, name]")
    assert [json.loads(line) for line in out.splitlines()] == [account["id"], account["name"]]
    table = _out(capsys, "accounts", "get", account["id"], "--query", "name", "--format", "table")
    assert table == f"{account['name']}\n"  # a bare value, no header
