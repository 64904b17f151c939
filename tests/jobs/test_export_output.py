"""`Outputs`: an export's files, written in batches as rows become durable, renamed at the end."""

from __future__ import annotations

import json

import pytest

from pylon.jobs.export import _output
from pylon.jobs.export._output import Outputs
from pylon.tabular import table_schema


def test_rows_are_written_in_batches_and_the_file_appears_only_when_finished(tmp_path, monkeypatch):
    monkeypatch.setattr(_output, "BATCH", 2)
    batches = []
    real = _output.open_writer

    def recording(fmt, path, schema, table):
        writer = real(fmt, path, schema, table)
        write = writer.write
        writer.write = lambda rows: (batches.append(len(rows)), write(rows))
        return writer

    monkeypatch.setattr(_output, "open_writer", recording)
    path = tmp_path / "tags.jsonl"
    outputs = Outputs("jsonl", {"tags": table_schema("Tag")}, {"tags": path})
    outputs.add("tags", [{"id": "t1", "value": "a"}])
    assert batches == []  # fewer than a batch: held back
    outputs.add("tags", [{"id": "t2", "value": "b"}, {"id": "t3", "value": "c"}])
    assert batches == [3]  # a batch reached: written
    assert not path.exists()  # a half-written file never looks finished
    outputs.add("tags", [{"id": "t4", "value": "d"}])
    results = outputs.finish()
    assert batches == [3, 1]
    assert results["tags"].rows == 4 and results["tags"].path == path
    assert [json.loads(x)["id"] for x in path.read_text().splitlines()] == ["t1", "t2", "t3", "t4"]
    assert not (tmp_path / ".tags.jsonl.tmp").exists()


def test_a_table_that_cannot_be_opened_leaves_no_temporary_file(tmp_path, monkeypatch):
    opened = []
    real = _output.open_writer

    def failing_second(fmt, path, schema, table):
        if opened:
            raise OSError("disk full")
        opened.append(path)
        return real(fmt, path, schema, table)

    monkeypatch.setattr(_output, "open_writer", failing_second)
    schemas = {"issues": table_schema("Issue"), "messages": table_schema("Message")}
    paths = {"issues": tmp_path / "i.csv", "messages": tmp_path / "i.messages.csv"}
    with pytest.raises(OSError, match="disk full"):
        Outputs("csv", schemas, paths)
    assert opened and not opened[0].exists()
    assert list(tmp_path.iterdir()) == []
