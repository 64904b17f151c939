"""DataFrames from pagers (sync and async) against the simulator, and the flattening rules."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timezone

import httpx
import pytest

from pylon import AsyncPylon, Pylon
from pylon.tabular import (
    EXTRA_COLUMN,
    MissingExtraError,
    flatten,
    json_row,
    parse_timestamp,
    table_schema,
    text_cells,
)
from pylon.testing import seeded_simulator

KEY = "pylon_frames_key_0123456789"
LOOPBACK = "http://127.0.0.1:9"


@pytest.fixture(scope="module")
def sim():
    return seeded_simulator(issues=60, accounts=12, contacts=30, seed=7)


@pytest.fixture
def client(sim):
    with Pylon(api_key=KEY, base_url=LOOPBACK, transport=sim.transport(), rate_limit=False) as c:
        yield c


def _issues_in_store(sim):
    return {record["id"]: record for record in sim.store.collection("issues")}


def test_to_arrow_has_every_issue_with_spec_types(client, sim):
    import pyarrow as pa

    table = client.issues.search(
        {"field": "created_at", "operator": "time_is_after", "value": "2000-01-01T00:00:00Z"},
        limit=7,
    ).to_arrow()
    truth = _issues_in_store(sim)
    assert table.num_rows == len(truth)
    assert sorted(table.column("id").to_pylist()) == sorted(truth)
    schema = table.schema
    assert schema.field("number").type == pa.int64()
    assert schema.field("created_at").type == pa.timestamp("us", tz="UTC")
    assert schema.field("tags").type == pa.list_(pa.string())
    assert schema.field("account.id").type == pa.string()
    assert schema.field("custom_fields.components").type == pa.list_(pa.string())
    assert schema.names[0] == "id" and schema.names[-1] == EXTRA_COLUMN
    row = table.slice(0, 1).to_pylist()[0]
    record = truth[row["id"]]
    assert row["title"] == record["title"]
    assert row["account.id"] == record["account"]["id"]
    assert row["tags"] == record["tags"]
    created = datetime.fromisoformat(record["created_at"].replace("Z", "+00:00"))
    assert row["created_at"] == created.astimezone(timezone.utc)


def test_to_pandas_and_to_polars_match(client, sim):
    frame = client.accounts.list(limit=5).to_pandas()
    polars_frame = client.accounts.list(limit=5).to_polars()
    assert len(frame) == len(polars_frame) == sim.count("accounts")
    assert list(frame.columns) == polars_frame.columns
    assert str(frame["created_at"].dtype).startswith("datetime64")


async def test_async_pagers_give_the_same_tables(sim, client):
    async with AsyncPylon(
        api_key=KEY, base_url=LOOPBACK, transport=sim.transport(), rate_limit=False
    ) as aclient:
        arrow = await aclient.contacts.list(limit=9).to_arrow()
        pandas_frame = await aclient.contacts.list(limit=9).to_pandas()
        polars_frame = await aclient.contacts.list(limit=9).to_polars()
    expected = client.contacts.list(limit=9).to_arrow()
    assert arrow.equals(expected)
    assert len(pandas_frame) == len(polars_frame) == sim.count("contacts")


def _page_transport(items):
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            json={
                "data": items,
                "request_id": "r",
                "pagination": {"cursor": None, "has_next_page": False},
            },
        )

    return httpx.MockTransport(answer)


def test_an_empty_result_has_the_spec_columns():
    with Pylon(
        api_key=KEY, base_url=LOOPBACK, transport=_page_transport([]), rate_limit=False
    ) as c:
        table = c.issues.search({"field": "state", "operator": "equals", "value": "new"}).to_arrow()
    assert table.num_rows == 0
    assert table.schema.names == table_schema("Issue").names


def test_fields_pylon_adds_later_land_in_extra():
    item = {
        "id": "i1",
        "number": 5,
        "brand_new": {"x": 1},
        "account": {"id": "a", "tier": "gold"},
        "created_at": "not a time",
    }
    with Pylon(
        api_key=KEY, base_url=LOOPBACK, transport=_page_transport([item]), rate_limit=False
    ) as c:
        row = (
            c.issues.search({"field": "state", "operator": "equals", "value": "new"})
            .to_arrow()
            .to_pylist()[0]
        )
    assert row["number"] == 5 and row["account.id"] == "a" and row["created_at"] is None
    assert json.loads(row[EXTRA_COLUMN]) == {
        "brand_new": {"x": 1},
        "account.tier": "gold",
        "created_at": "not a time",
    }


@pytest.mark.parametrize("module", ["pandas", "polars", "pyarrow"])
def test_a_missing_extra_is_named_before_any_request(sim, client, monkeypatch, module):
    monkeypatch.setitem(sys.modules, module, None)  # makes `import module` raise ImportError
    before = sum(sim.stats.values())
    method = {"pandas": "to_pandas", "polars": "to_polars", "pyarrow": "to_arrow"}[module]
    with pytest.raises(MissingExtraError, match=rf"needs {module}.*py-usepylon-sdk\[export\]"):
        getattr(client.accounts.list(), method)()
    assert sum(sim.stats.values()) == before
    assert isinstance(MissingExtraError("x"), ImportError)


def test_import_pylon_imports_no_dataframe_library():
    code = (
        "import sys, pylon; from pylon import Pylon; import pylon.tabular;"
        "print([m for m in ('pyarrow', 'pandas', 'polars', 'xlsxwriter', 'tqdm') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- the flattening rules, one by one --------------------------------------------------------------


def test_custom_fields_one_column_per_slug_multi_values_as_lists():
    schema = table_schema("Issue", {"priority": False, "components": True})
    row = flatten(
        {
            "id": "i",
            "custom_fields": {
                "priority": {"slug": "priority", "value": "high"},
                "components": {"slug": "components", "values": ["api", "ui"]},
                "unknown": {"slug": "unknown", "value": "x"},
            },
        },
        schema,
    )
    assert row["custom_fields.priority"] == "high"
    assert row["custom_fields.components"] == ["api", "ui"]
    assert row[EXTRA_COLUMN] == {"custom_fields.unknown": {"slug": "unknown", "value": "x"}}


def test_text_cells_use_rfc3339_and_json_text():
    schema = table_schema("Issue", {"components": True})
    row = flatten(
        {
            "id": "i",
            "created_at": "2026-03-01T10:00:00+02:00",
            "tags": ["a", "b"],
            "customer_portal_visible": True,
            "custom_fields": {"components": {"slug": "components", "values": ["x"]}},
            "time_in_status_seconds": {"new": 5},
        },
        schema,
    )
    cells = dict(zip(schema.names, text_cells(row, schema), strict=True))
    assert cells["created_at"] == "2026-03-01T08:00:00Z"
    assert cells["tags"] == '["a","b"]'
    assert cells["customer_portal_visible"] == "true"
    assert cells["custom_fields.components"] == '["x"]'
    assert cells["time_in_status_seconds"] == '{"new":5}'
    assert cells["title"] is None
    as_json = json_row(row, schema)
    assert as_json["tags"] == ["a", "b"] and as_json["created_at"] == "2026-03-01T08:00:00Z"
    assert list(as_json) == schema.names


def test_schemas_are_stable_and_nested_objects_are_dotted():
    first, second = table_schema("Issue"), table_schema("Issue")
    assert first.names == second.names
    assert "account.id" in first.names and "assignee.email" in first.names
    assert "account" not in first.names
    message = table_schema("Message").names
    assert "author.user.id" in message or "author.name" in message


def test_a_value_of_the_wrong_type_moves_to_extra_and_the_rest_of_its_column_stays():
    """Pylon sending a value its spec does not promise costs that cell, never the row or the
    column: the value is kept, whole, in `extra`."""
    items = [
        {"id": "i1", "number": 7, "tags": ["a"], "account": {"id": "acc_1"}},
        {
            "id": "i2",
            "number": "eight",  # not an integer
            "tags": "b",  # not a list
            "created_at": 1767225600,  # not an RFC 3339 string
            "updated_at": "2026-03-01T10:00:00",  # no offset: read as UTC
            "external_issues": [{"source": "linear", "external_id": "LIN-1"}],
        },
    ]
    with Pylon(
        api_key=KEY, base_url=LOOPBACK, transport=_page_transport(items), rate_limit=False
    ) as c:
        first, second = c.issues.list().to_arrow().to_pylist()
    assert (first["number"], first["tags"], first["account.id"]) == (7, ["a"], "acc_1")
    assert first[EXTRA_COLUMN] is None
    assert (second["id"], second["number"], second["tags"]) == ("i2", None, None)
    assert second["created_at"] is None
    assert second["updated_at"] == datetime(2026, 3, 1, 10, tzinfo=timezone.utc)
    assert [json.loads(x) for x in second["external_issues"]] == items[1]["external_issues"]
    assert json.loads(second[EXTRA_COLUMN]) == {
        "number": "eight",
        "tags": "b",
        "created_at": 1767225600,
    }
    # An object where the spec has one, given as something else, is kept the same way.
    row = flatten({"id": "i3", "account": "acc_3"}, table_schema("Issue"))
    assert "account.id" not in row and row[EXTRA_COLUMN] == {"account": "acc_3"}


def test_custom_field_values_of_the_wrong_shape_are_kept_whole_in_extra():
    schema = table_schema("Issue", {"priority": False, "components": True})
    row = flatten(
        {
            "id": "i",
            "custom_fields": {
                "components": {"slug": "components", "values": "api"},  # one, not a list
                "priority": {"slug": "priority", "values": ["high", "low"]},  # a list, not one
                "unset": None,
            },
        },
        schema,
    )
    assert "custom_fields.components" not in row and "custom_fields.priority" not in row
    assert row[EXTRA_COLUMN] == {
        "custom_fields.components": {"slug": "components", "values": "api"},
        "custom_fields.priority": {"slug": "priority", "values": ["high", "low"]},
    }


def test_parse_timestamp_reads_datetimes_and_rfc3339_as_utc():
    naive = datetime(2026, 3, 1, 10, 0)
    assert parse_timestamp(naive) == datetime(2026, 3, 1, 10, tzinfo=timezone.utc)
    assert parse_timestamp("2026-03-01T12:00:00+02:00") == datetime(2026, 3, 1, 10, tzinfo=timezone.utc)  # fmt: skip
    assert parse_timestamp("2026-03-01T10:00:00z") == datetime(2026, 3, 1, 10, tzinfo=timezone.utc)


def test_a_nested_object_of_the_wrong_type_keeps_its_row_in_every_pager():
    """A string where the spec declares an object (`account`) moves to `extra` and the row is
    kept - also through `issues.list()`, whose pager reads each item's id to drop repeats across
    its time windows: that read made `to_arrow()` rebuild the model with `to_dict()`, which
    raised FieldValueError on the bad field (fails on the old main)."""
    items = [
        {"id": "i1", "account": "acc_1", "title": {"text": "an object, not a string"}},
        {"id": "i2", "account": {"id": "a2"}, "title": "Refund"},
    ]
    with Pylon(
        api_key=KEY, base_url=LOOPBACK, transport=_page_transport(items), rate_limit=False
    ) as c:
        searched = c.issues.search({"field": "state", "operator": "equals", "value": "new"})
        tables = [c.issues.list().to_arrow(), searched.to_arrow()]
    for table in tables:
        first, second = table.select(["id", "account.id", "title", EXTRA_COLUMN]).to_pylist()
        assert (first["id"], first["account.id"], first["title"]) == ("i1", None, None)
        assert json.loads(first[EXTRA_COLUMN]) == {
            "account": "acc_1",
            "title": {"text": "an object, not a string"},
        }
        assert (second["account.id"], second["title"], second[EXTRA_COLUMN]) == (
            "a2",
            "Refund",
            None,
        )
