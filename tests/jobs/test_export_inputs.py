"""Export's inputs at their edges: filters and times in every accepted form, bad ones refused in
one line before any request; `read_export` and `Simulator(from_export=...)` given the wrong
directory or options; a JSONL export (in nested folders) seeding a simulator."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from pylon import Pylon, filters
from pylon.jobs import JobInputError
from pylon.jobs.export import export, read_export
from pylon.tabular import parse_timestamp
from pylon.testing import Simulator

from .conftest import API_KEY, Served, _serve


@pytest.fixture(scope="module")
def small() -> Iterator[Served]:
    yield from _serve(issues=16, accounts=4, contacts=4)


@pytest.fixture
def client(small: Served) -> Iterator[Pylon]:
    with small.client() as c:
        yield c


def _exported_ids(path: Path) -> list[str]:
    import pyarrow.parquet as pq

    return sorted(pq.read_table(path).column("id").to_pylist())


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"filter": 42}, "filter must be a pylon.filters filter, its text form or a dict, got int."),
        ({"page_size": 0}, "page_size must be a positive whole number, got 0."),
        ({"page_size": True}, "page_size must be a positive whole number, got True."),
        ({"until": "yesterday-ish"}, "until must be a date or an RFC 3339 time"),
    ],
)  # fmt: skip
def test_a_bad_option_is_refused_before_any_request(
    small: Served, client: Pylon, tmp_path: Path, options: dict[str, Any], words: str
) -> None:
    before = small.requests()
    with pytest.raises(JobInputError) as caught:
        export(client, "issues", tmp_path / "issues.parquet", bar=False, **options)
    assert words in str(caught.value) and "\n" not in str(caught.value)
    assert small.requests() == before and not list(tmp_path.iterdir())


def test_filters_and_times_in_every_form_select_the_same_issues(
    small: Served, client: Pylon, tmp_path: Path
) -> None:
    issues = list(small.sim.store.collection("issues"))
    times = sorted(parse_timestamp(i["created_at"]) for i in issues)
    since, until = times[2], times[-3]  # a window that leaves some out on both sides
    inside = [i for i in issues if since <= parse_timestamp(i["created_at"]) < until]
    state = inside[0]["state"]
    expected = sorted(i["id"] for i in inside if i["state"] == state)
    assert expected
    forms: list[tuple[Any, Any, Any]] = [
        (f"state = {state}", since.isoformat(), until.isoformat().replace("+00:00", "Z")),
        (filters.F.state == state, since, until.replace(tzinfo=None)),  # naive: UTC
        ({"field": "state", "operator": "equals", "value": state}, since, until),
    ]
    for n, (where, start, end) in enumerate(forms):
        out = tmp_path / f"issues-{n}.parquet"
        export(client, "issues", out, filter=where, since=start, until=end, bar=False)
        assert _exported_ids(out) == expected, where


def test_a_date_means_its_midnight_utc(small: Served, client: Pylon, tmp_path: Path) -> None:
    issues = list(small.sim.store.collection("issues"))
    day = min(parse_timestamp(i["created_at"]) for i in issues).date()
    midnight = datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
    out = tmp_path / "issues.parquet"
    export(client, "issues", out, until=date(day.year, day.month, day.day), bar=False)
    assert _exported_ids(out) == sorted(
        i["id"] for i in issues if parse_timestamp(i["created_at"]) < midnight
    )


def test_read_export_refuses_what_it_cannot_read(client: Pylon, tmp_path: Path) -> None:
    with pytest.raises(JobInputError, match="is not an incremental export directory"):
        read_export(tmp_path)
    folder = tmp_path / "sync"
    export(client, "accounts", incremental=folder, bar=False)
    with pytest.raises(JobInputError, match=r"`to` is arrow, pandas or polars, not 'excel'\."):
        read_export(folder, to="excel")
    frame = read_export(folder, to="polars")
    assert sorted(frame["id"].to_list()) == sorted(read_export(folder).column("id").to_pylist())


def test_an_incremental_export_that_found_nothing_reads_as_an_empty_table(
    client: Pylon, tmp_path: Path
) -> None:
    folder = tmp_path / "sync"
    export(
        client,
        "issues",
        incremental=folder,
        format="jsonl",
        filter="title string_contains zzz-nothing",
        bar=False,
    )
    assert read_export(folder).num_rows == 0


def test_a_jsonl_export_in_nested_folders_seeds_a_simulator(
    small: Served, client: Pylon, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    (data / "people").mkdir(parents=True)
    export(client, "accounts", data / "accounts.jsonl", bar=False)
    export(client, "contacts", data / "people" / "contacts.jsonl", bar=False)
    (data / ".accounts.jsonl").write_text('{"id": "hidden"}\n')  # a dotfile is not an export
    (data / "notes.jsonl").write_text('{"id": "not-a-collection"}\n')
    sim = Simulator(api_key=API_KEY, from_export=data)
    assert sim.count("accounts") == small.sim.count("accounts")
    assert sim.count("contacts") == small.sim.count("contacts")


def test_from_export_of_a_path_that_is_not_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(
        JobInputError, match=r"from_export: .*missing is not a directory of exports"
    ):
        Simulator(from_export=tmp_path / "missing")
