"""Bad input fails before any request; a stopped or killed export resumes and writes items once."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pylon.jobs import JobInputError, JobMismatchError, OutputExistsError
from pylon.jobs.export import ExportStoppedError, export
from pylon.tabular import MissingExtraError

from .conftest import API_KEY

CHILD = Path(__file__).with_name("_child.py")
KILLS = int(os.environ.get("PYLON_EXPORT_KILLS", "20"))


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in _lines(path)]


# -- bad input: one line, before any request -------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "options", "error", "words"),
    [
        (("nope", "x.csv"), {}, JobInputError, "unknown collection 'nope'"),
        (("issues", "x.txt"), {}, JobInputError, "can't tell the format"),
        (("issues", "x.csv"), {"format": "dbf"}, JobInputError, "unknown format 'dbf'"),
        (("issues", "x.csv"), {"filter": "state contains new"}, JobInputError, "contains"),
        (("issues", "x.csv"), {"filter": "state in (("}, JobInputError, "filter"),
        (("issues", "x.csv"), {"since": "last tuesday"}, JobInputError, "since must be a date"),
        (
            ("issues", "x.csv"),
            {"include": ["attachments"]},
            JobInputError,
            "can't include 'attachments'",
        ),
        (("teams", "x.csv"), {"filter": "name = a"}, JobInputError, "can't be filtered"),
        (("custom-objects", "x.csv"), {}, JobInputError, "needs the object type"),
        (("issues", None), {}, JobInputError, "exactly one"),
        (("issues", None), {"incremental": "d", "format": "csv"}, JobInputError, "incremental"),
    ],
)
def test_bad_input_fails_before_any_request(served, client, tmp_path, args, options, error, words):
    before = served.requests()
    name, out = args
    if "incremental" in options:
        options["incremental"] = tmp_path / options["incremental"]
    with pytest.raises(error, match=words) as caught:
        export(client, name, tmp_path / out if out else None, bar=False, **options)
    assert "\n" not in str(caught.value)
    assert served.requests() == before
    assert not list(tmp_path.iterdir())


def test_an_existing_output_without_checkpoint_is_refused_unless_overwrite(
    served, client, tmp_path
):
    out = tmp_path / "teams.csv"
    out.write_text("precious\n")
    before = served.requests()
    with pytest.raises(OutputExistsError, match="--overwrite"):
        export(client, "teams", out, bar=False)
    assert served.requests() == before and out.read_text() == "precious\n"
    export(client, "teams", out, overwrite=True, bar=False)
    assert len(_lines(out)) == served.sim.count("teams") + 1


def test_a_checkpoint_from_another_command_is_refused_naming_the_difference(
    served, client, tmp_path
):
    out = tmp_path / "issues.jsonl"
    served.sim.faults.add(operation="GetIssueMessages", status=403, after=3)
    try:
        with pytest.raises(ExportStoppedError):
            export(client, "issues", out, include=["messages"], bar=False)
    finally:
        served.sim.faults.clear()
    before = served.requests()
    with pytest.raises(JobMismatchError, match="include") as caught:
        export(client, "issues", out, include=["messages", "followers"], bar=False)
    assert "include" in caught.value.differences
    assert served.requests() == before


def test_a_missing_extra_is_named(client, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "xlsxwriter", None)
    with pytest.raises(MissingExtraError, match=r"xlsxwriter.*\[export\]"):
        export(client, "teams", tmp_path / "t.xlsx", bar=False)


def test_a_permanent_failure_stops_with_a_typed_error_and_the_same_call_resumes(
    served, client, tmp_path
):
    out = tmp_path / "issues.jsonl"
    served.sim.faults.add(operation="GetIssueMessages", status=401, after=30)
    seen = []
    try:
        with pytest.raises(
            ExportStoppedError, match="run the same command again to resume"
        ) as caught:
            export(
                client, "issues", out, include=["messages"], page_size=50, bar=False,
                progress=seen.append,
            )  # fmt: skip
    finally:
        served.sim.faults.clear()
    assert caught.value.resumable
    assert seen and not seen[-1].finished  # the last snapshot says the job did not finish
    assert not out.exists()  # a half-done export never looks finished
    assert Path(f"{out}.checkpoint").exists()
    served.sim.reset_stats()
    result = export(client, "issues", out, include=["messages"], page_size=50, bar=False)
    truth = served.messages()
    assert sorted(_ids(out)) == sorted(truth)
    assert sorted(_ids(tmp_path / "issues.messages.jsonl")) == sorted(
        m for v in truth.values() for m in v
    )
    # the resumed run did not fetch again the messages it had already written
    assert served.sim.stats["GetIssueMessages"] < len(truth)
    assert result.tables["messages"].rows == sum(len(v) for v in truth.values())


def test_sigkill_at_random_moments_then_resume_writes_everything_exactly_once(served, tmp_path):
    """Kill the export with SIGKILL at seeded random moments, run it again each time."""
    out = tmp_path / "issues.jsonl"
    rng = random.Random(20261206)
    kills = finished = 0
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, str(CHILD), served.url, API_KEY, str(out)])
        time.sleep(rng.uniform(0.15, 1.2))
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            kills += 1
        child.wait(timeout=60)
        if child.returncode == 0:
            finished += 1
            break
    if not finished:
        done = subprocess.run(
            [sys.executable, str(CHILD), served.url, API_KEY, str(out)], timeout=120
        )
        assert done.returncode == 0
    print(f"{kills} kills, finished by itself: {bool(finished)}")
    assert kills >= min(KILLS, 5)
    # The same export, never interrupted, is the reference.
    reference = tmp_path / "reference" / "issues.jsonl"
    reference.parent.mkdir()
    done = subprocess.run(
        [sys.executable, str(CHILD), served.url, API_KEY, str(reference)], timeout=120
    )
    assert done.returncode == 0
    truth = served.messages()
    for table in ("issues.jsonl", "issues.messages.jsonl"):
        got, expected = _lines(tmp_path / table), _lines(reference.parent / table)
        assert len(got) == len(set(got)), f"{table}: a row written twice"
        assert sorted(got) == sorted(expected), f"{table}: differs from an uninterrupted export"
    assert sorted(_ids(out)) == sorted(truth)
    assert sorted(_ids(tmp_path / "issues.messages.jsonl")) == sorted(
        m for v in truth.values() for m in v
    )
    assert not Path(f"{out}.checkpoint").exists() and not Path(f"{out}.partial").exists()
