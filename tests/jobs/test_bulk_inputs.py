"""Bad targets and values given to `bulk`: files that can't be read or parsed, cells of the wrong
type, ids that aren't strings. Each is one typed line naming the file, row and field, before any
request; and the forms of a good input (JSON or comma lists, filter objects) all work."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pylon import Pylon, filters
from pylon.jobs import JobInputError
from pylon.jobs.bulk import bulk

from .conftest import Served, _serve


@pytest.fixture(scope="module")
def small() -> Iterator[Served]:
    yield from _serve(issues=12, accounts=3, contacts=3)


@pytest.fixture
def client(small: Served) -> Iterator[Pylon]:
    with small.client() as c:
        yield c


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


BAD_FILES = [
    # (change, file name, its text, what the error says)
    ("contacts.create", "rows.txt", "name\nAda\n", "rows come from a .csv or .jsonl file, not 'rows.txt'"),
    ("contacts.create", "rows.csv", "name,,email\nAda,x,ada@example.com\n", "rows.csv has a column without a name"),
    ("contacts.create", "rows.jsonl", '{"name": "Ada"}\n{name: Bob}\n', "rows.jsonl line 2 is not JSON"),
    ("contacts.create", "rows.ndjson", '["Ada"]\n', "rows.ndjson line 1 is not a JSON object"),
    ("issues.update", "rows.csv", "id,state\niss_x,closed\n,closed\n", "rows.csv row 2 has no id"),
    ("issues.update", "rows.csv", "id,customer_portal_visible\niss_x,maybe\n",
     "(rows.csv row 1): customer_portal_visible must be true or false, got 'maybe'"),
    ("contacts.create", "rows.csv", "name,custom_fields\nAda,color=red\n",
     "custom_fields is a list of objects; give it as JSON"),
    ("contacts.create", "rows.csv", 'name,custom_fields\nAda,"[{""slug"": 1"\n',
     """custom_fields must be JSON here, got '[{"slug": 1'"""),
    ("issues.create", "rows.csv", "title,destination_metadata\nHello,{oops}\n",
     "destination_metadata must be JSON here, got '{oops}'"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "name", "text", "words"), BAD_FILES)
def test_a_bad_rows_file_is_refused_naming_the_file_and_row(
    small: Served, client: Pylon, tmp_path: Path, change: str, name: str, text: str, words: str
) -> None:
    before = len(small.sim.requests)
    with pytest.raises(JobInputError) as caught:
        bulk(client, change, rows=_file(tmp_path, name, text), bar=False)
    assert words in str(caught.value) and "\n" not in str(caught.value)
    assert len(small.sim.requests) == before


def test_a_rows_file_that_is_not_utf8_is_refused_naming_the_line(
    client: Pylon, tmp_path: Path
) -> None:
    rows = tmp_path / "contacts.csv"
    rows.write_bytes(
        "name,email\nAda,ada@example.com\nRen\u00e9,rene@example.com\n".encode("latin-1")
    )
    with pytest.raises(JobInputError) as caught:
        bulk(client, "contacts.create", rows=rows, bar=False)
    assert "contacts.csv is not UTF-8 text (line 3); save it as UTF-8." in str(caught.value)


def test_a_rows_file_with_a_bom_reads_its_first_column(client: Pylon, tmp_path: Path) -> None:
    rows = tmp_path / "contacts.csv"
    rows.write_bytes("name,email\nAda,ada@example.com\n".encode("utf-8-sig"))  # as Excel saves
    result = bulk(client, "contacts.create", rows=rows, dry_run=True, bar=False)
    [item] = result.items.values()
    assert item.preview == {"name": [None, "Ada"], "email": [None, "ada@example.com"]}


def test_a_rows_file_that_is_not_there_says_so(client: Pylon, tmp_path: Path) -> None:
    missing = tmp_path / "contacts.csv"
    with pytest.raises(JobInputError, match="can't read") as caught:
        bulk(client, "contacts.create", rows=missing, bar=False)
    assert f"{str(missing)!r}: No such file or directory." in str(caught.value)


BAD_VALUES: list[tuple[str, dict[str, Any], str]] = [
    ("issues.create", {"rows": [{"title": "T", "tags": [1, 2]}]}, "tags must be a list of strings, got [1, 2]"),
    ("contacts.create", {"rows": [{"name": "A", "zzzzzz": 1}]}, "column 'zzzzzz' that is no field of CreateContact; known fields: account_external_id,"),
    ("issues.update", {"where": 42, "state": "closed"}, "where must be a pylon.filters filter, its text form or a dict."),
    ("issues.set_state", {"ids": ["iss_1", 7], "state": "closed"}, "ids must be strings, got int."),
    ("issues.set_state", {"ids": "iss_1", "state": "closed"}, "ids must be a list of ids, not one string."),
]  # fmt: skip


@pytest.mark.parametrize(("change", "options", "words"), BAD_VALUES)
def test_a_bad_value_is_refused_by_name(
    small: Served, client: Pylon, change: str, options: dict[str, Any], words: str
) -> None:
    before = len(small.sim.requests)
    with pytest.raises(JobInputError) as caught:
        bulk(client, change, bar=False, **options)
    assert words in str(caught.value) and "\n" not in str(caught.value)
    assert len(small.sim.requests) == before


def test_cells_are_read_by_their_field_type(client: Pylon, tmp_path: Path) -> None:
    rows = _file(
        tmp_path,
        "contacts.csv",
        "name,email,phone_numbers,custom_fields\n"
        'Ada,ada@example.com,"+1 555 0100, +1 555 0101",\n'
        'Bob,bob@example.com,"[""+44 20 7946 0000""]","[{""slug"": ""tier"", ""value"": ""gold""}]"\n',
    )
    result = bulk(client, "contacts.create", rows=rows, dry_run=True, bar=False)
    previews = [item.preview for item in result.items.values()]
    assert previews[0]["phone_numbers"] == [None, ["+1 555 0100", "+1 555 0101"]]  # comma list
    assert previews[1]["phone_numbers"] == [None, ["+44 20 7946 0000"]]  # JSON list
    assert previews[1]["custom_fields"] == [None, [{"slug": "tier", "value": "gold"}]]
    assert "custom_fields" not in previews[0]  # an empty cell is no value


def test_jsonl_rows_skip_blank_lines_and_ids_skip_comments_and_repeats(
    client: Pylon, tmp_path: Path
) -> None:
    rows = _file(tmp_path, "c.jsonl", '{"name": "Ada"}\n\n   \n{"name": "Bob"}\n')
    assert len(bulk(client, "contacts.create", rows=rows, dry_run=True, bar=False).items) == 2
    ids = ["iss_a", "", "# a comment", "  iss_a  ", "iss_b"]
    result = bulk(client, "issues.set_state", ids=ids, state="closed", dry_run=True, bar=False)
    assert sorted(item.id for item in result.items.values()) == ["iss_a", "iss_b"]


def test_where_as_text_a_dict_or_a_filter_finds_the_same_targets(
    small: Served, client: Pylon
) -> None:
    expected = sorted(i["id"] for i in small.sim.store.collection("issues") if i["state"] == "new")
    assert expected
    forms = [
        "state = new",
        {"field": "state", "operator": "equals", "value": "new"},
        filters.F.state == "new",
    ]
    for where in forms:
        result = bulk(client, "issues.update", where=where, title="x", dry_run=True, bar=False)
        assert sorted(item.id for item in result.items.values()) == expected, where


def test_a_true_or_false_cell_is_read_as_a_boolean(
    small: Served, client: Pylon, tmp_path: Path
) -> None:
    first, second = small.ids("issues")[:2]
    rows = _file(tmp_path, "i.csv", f"id,customer_portal_visible\n{first},Yes\n{second},false\n")
    result = bulk(client, "issues.update", rows=rows, dry_run=True, bar=False)
    assert [item.preview for item in result.items.values()] == [
        {"customer_portal_visible": ["<not read>", True]},
        {"customer_portal_visible": ["<not read>", False]},
    ]
