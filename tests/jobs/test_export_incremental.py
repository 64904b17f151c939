"""Incremental export: later runs fetch only what changed; the reader equals a fresh full export."""

from __future__ import annotations

import json

import duckdb
import pyarrow.parquet as pq
import pytest

from pylon.jobs import JobInputError, JobMismatchError
from pylon.jobs.export import export, read_export

from .conftest import _serve


@pytest.fixture(scope="module")
def changing():
    yield from _serve(issues=80, accounts=6, contacts=10)


def _rows(table, keys):
    rows = table.to_pylist()
    return {tuple(r[k] for k in keys): r for r in rows}


def _change(client, sim):
    issues = list(sim.store.collection("issues"))
    account = next(iter(sim.store.collection("accounts")))["id"]
    created = client.issues.create(
        title="A brand new issue", description="help", account_id=account
    )
    client.issues.note(issues[0]["id"], "a new internal note")
    client.issues.note(issues[1]["id"], "another note")
    open_issue = next(i for i in issues[2:] if i["state"] != "closed")
    client.issues.resolve(open_issue["id"])
    return created.id, {issues[0]["id"], issues[1]["id"], open_issue["id"]}


def test_later_runs_fetch_only_changes_and_the_reader_equals_a_full_export(changing, tmp_path):
    folder = tmp_path / "sync"
    with changing.client() as client:
        first = export(client, "issues", incremental=folder, include=["messages"], bar=False)
        assert first.part == 1 and first.tables["issues"].rows == changing.sim.count("issues")
        new_id, touched = _change(client, changing.sim)
        changing.sim.reset_stats()
        second = export(client, "issues", incremental=folder, include=["messages"], bar=False)
        delta = set(
            pq.read_table(folder / "issues" / "part-00002.parquet").column("id").to_pylist()
        )
        # Only the changed issues (and any the seed touched in the margin before run 1) came again.
        assert {new_id} | touched <= delta
        assert len(delta) < changing.sim.count("issues") // 2
        assert changing.sim.stats["GetIssueMessages"] == len(delta)
        assert second.part == 2
        full = tmp_path / "full.parquet"
        export(client, "issues", full, include=["messages"], bar=False)

    merged = read_export(folder)
    reference = pq.read_table(full)
    assert _rows(merged, ["id"]) == _rows(reference, ["id"])
    merged_messages = read_export(folder, "messages")
    reference_messages = pq.read_table(tmp_path / "full.messages.parquet")
    assert _rows(merged_messages, ["issue_id", "id"]) == _rows(
        reference_messages, ["issue_id", "id"]
    )
    # The DuckDB one-liner from the docs gives the same rows.
    sql = (
        f"SELECT * EXCLUDE (filename) FROM read_parquet('{folder}/issues/*.parquet', filename = true,"
        " union_by_name = true) QUALIFY row_number() OVER (PARTITION BY id ORDER BY filename DESC) = 1"
    )
    via_duckdb = duckdb.sql(sql).df()
    assert dict(zip(via_duckdb["id"], via_duckdb["state"], strict=True)) == dict(
        zip(reference.column("id").to_pylist(), reference.column("state").to_pylist(), strict=True)
    )
    state = json.loads((folder / "export-state.json").read_text())
    assert [run["part"] for run in state["runs"]] == [1, 2]
    assert state["runs"][1]["changed_since"] < state["runs"][1]["started_at"]
    assert read_export(folder, to="pandas").shape[0] == reference.num_rows


def test_incremental_jsonl_parts_and_other_collections_snapshot(changing, tmp_path):
    folder = tmp_path / "accounts"
    with changing.client() as client:
        export(client, "accounts", incremental=folder, format="jsonl", bar=False)
        export(client, "accounts", incremental=folder, format="jsonl", bar=False)
        with pytest.raises(JobMismatchError, match="incremental export of accounts"):
            export(client, "contacts", incremental=folder, format="jsonl", bar=False)
    assert sorted(p.name for p in (folder / "accounts").iterdir()) == [
        "part-00001.jsonl",
        "part-00002.jsonl",
    ]
    assert read_export(folder).num_rows == changing.sim.count("accounts")
    with pytest.raises(JobInputError, match="no table 'nope'"):
        read_export(folder, "nope")
