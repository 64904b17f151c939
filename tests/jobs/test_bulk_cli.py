"""The bulk commands through the `pylon` command line (`pylon bulk ...`), against the served simulator."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from pylon.cli._root import root
from pylon.jobs.bulk import _cli
from pylon.jobs.bulk._cli import add_bulk_commands

from .conftest import API_KEY, _serve


@pytest.fixture
def fresh():
    yield from _serve(issues=30, accounts=5, contacts=5)


@pytest.fixture(autouse=True)
def no_user_config(tmp_path, monkeypatch):
    # The command line reads profiles from the user's config: keep the tests off the real one.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("PYLON_PROFILE", raising=False)


def _invoke(fresh, resource, *args, **kw):
    """`pylon bulk <resource> <args>` through the root group the `pylon` script runs."""
    return CliRunner().invoke(
        root, ["bulk", resource, *args, "--base-url", fresh.url], prog_name="pylon",
        env={"PYLON_API_KEY": API_KEY}, **kw,
    )  # fmt: skip


def _writes(sim):
    return [r for r in sim.requests if r.method != "GET" and not r.path.endswith("/search")]


def test_update_dry_run_prints_a_summary_writes_the_preview_and_sends_no_write(fresh, tmp_path):
    preview = tmp_path / "preview.jsonl"
    where = "state = new and created_at > 2000-01-01"
    result = _invoke(fresh, "issues", "update", "--where", where, "--set", "state=closed",
                     "--dry-run", "--preview", str(preview))  # fmt: skip
    assert result.exit_code == 0, result.output
    new = [i for i in fresh.sim.store.collection("issues") if i["state"] == "new"]
    assert f"{len(new)} planned" in result.output and str(preview) in result.output
    rows = [json.loads(line) for line in preview.read_text().splitlines()]
    assert {r["id"] for r in rows} == {i["id"] for i in new}
    assert all(r["preview"] == {"state": ["new", "closed"]} for r in rows)
    assert _writes(fresh.sim) == []


def test_tag_from_an_ids_file_and_the_journal_makes_a_rerun_send_nothing(fresh, tmp_path):
    ids = [i["id"] for i in fresh.sim.store.collection("issues")][:4]
    ids_file = tmp_path / "ids.txt"
    ids_file.write_text("\n".join(ids) + "\n# a comment\n\n")
    journal = tmp_path / "run.jsonl"
    args = ["tag", "--ids-from", str(ids_file), "--add", "vip", "--journal", str(journal)]
    first = _invoke(fresh, "issues", *args)
    assert first.exit_code == 0, first.output
    assert "4 done" in first.output
    assert all("vip" in fresh.sim.store.collection("issues").get(i)["tags"] for i in ids)
    fresh.sim.reset_stats()
    again = _invoke(fresh, "issues", *args)
    assert again.exit_code == 0 and "4 done" in again.output
    assert _writes(fresh.sim) == []


def test_contacts_create_from_csv_failures_exit_1_and_are_written(fresh, tmp_path):
    rows = tmp_path / "contacts.csv"
    rows.write_text("name,email\nAda,ada@example.com\nBob,bob@example.com\nCy,cy@example.com\n")
    journal = tmp_path / "run.jsonl"
    fresh.sim.faults.add(operation="CreateContact", status=400, times=1)
    result = _invoke(fresh, "contacts", "create", "--from", str(rows), "--journal", str(journal))
    assert result.exit_code == 1
    failures = tmp_path / "run.jsonl.failures.jsonl"
    assert str(failures) in result.output
    (failed,) = [json.loads(x) for x in failures.read_text().splitlines()]
    assert failed["status"] == "failed" and failed["error"] == "BadRequestError"
    assert failed["request_id"]
    rerun = _invoke(fresh, "contacts", "create", "--from", str(rows), "--journal", str(journal))
    assert rerun.exit_code == 0, rerun.output
    emails = Counter(c.get("email") for c in fresh.sim.store.collection("contacts"))
    assert [emails[e] for e in ("ada@example.com", "bob@example.com", "cy@example.com")] == [
        1,
        1,
        1,
    ]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["update", "--where", "state = new", "--set", "stat=closed"], "did you mean state"),
        (["update", "--where", "state = new", "--set", "customer_portal_visible=maybe"], "true or false"),
        (["update", "--where", "state contains new", "--set", "state=closed"], "refuses this filter"),
        (["update", "--where", "state = new", "--set", "state"], "field=value"),
        (["tag", "--where", "state = new"], "--add or --remove"),
    ],
)  # fmt: skip
def test_bad_input_exits_2_before_any_request(fresh, args, words):
    fresh.sim.reset_stats()
    result = _invoke(fresh, "issues", *args)
    assert result.exit_code == 2 and words in result.output
    assert list(fresh.sim.requests) == []


def test_an_ids_file_that_is_not_utf8_is_refused_naming_the_line(fresh, tmp_path):
    ids = tmp_path / "ids.txt"
    ids.write_bytes(b"iss_1\n\xff\xfeiss_2\n")  # UTF-16 text pasted into a list
    result = _invoke(fresh, "issues", "tag", "--ids-from", str(ids), "--add", "vip")
    assert result.exit_code == 2, result.output
    assert (
        f"the ids file {str(ids)!r} is not UTF-8 text (line 2); save it as UTF-8." in result.output
    )
    assert "Traceback" not in result.output and _writes(fresh.sim) == []


def test_unknown_column_is_refused_naming_the_closest_field(fresh, tmp_path):
    rows = tmp_path / "c.csv"
    rows.write_text("name,emial\nAda,ada@example.com\n")
    result = _invoke(fresh, "contacts", "create", "--from", str(rows))
    assert result.exit_code == 2 and "did you mean email" in result.output
    assert _writes(fresh.sim) == []


def test_a_journal_of_another_command_is_refused(fresh, tmp_path):
    journal = tmp_path / "j.jsonl"
    ok = _invoke(fresh, "issues", "update", "--where", "state = new", "--set", "state=on_hold", "--journal", str(journal))  # fmt: skip
    assert ok.exit_code == 0, ok.output
    other = _invoke(fresh, "issues", "update", "--where", "state = new", "--set", "state=closed", "--journal", str(journal))  # fmt: skip
    assert other.exit_code == 2 and "different command" in other.output


def test_an_empty_target_set_says_so_and_exits_0(fresh):
    result = _invoke(fresh, "issues", "update", "--where", "title string_contains zzz-none", "--set", "state=closed")  # fmt: skip
    assert result.exit_code == 0 and "no targets matched" in result.output


def test_more_than_the_threshold_asks_on_a_terminal_unless_yes(fresh, monkeypatch):
    monkeypatch.setattr(_cli, "on_terminal", lambda: True)
    monkeypatch.setattr(_cli, "CONFIRM_ABOVE", 1)
    before = {i["id"]: i["state"] for i in fresh.sim.store.collection("issues")}
    assert Counter(before.values())["new"] > 1
    refused = _invoke(fresh, "issues", "update", "--where", "state = new", "--set", "state=closed", input="n\n")  # fmt: skip
    assert (
        refused.exit_code == 1
        and "Go ahead?" in refused.output
        and "nothing was sent" in refused.output
    )
    assert {i["id"]: i["state"] for i in fresh.sim.store.collection("issues")} == before
    accepted = _invoke(fresh, "issues", "update", "--where", "state = new", "--set", "state=closed", "--yes")  # fmt: skip
    assert accepted.exit_code == 0 and "Go ahead?" not in accepted.output


def test_the_commands_mount_on_another_group():
    import click

    group = add_bulk_commands(click.Group("contacts"), "contacts")
    assert sorted(group.commands) == ["create", "delete", "update"]


def test_pylon_bulk_lists_every_resource_and_its_commands():
    runner = CliRunner()
    top = runner.invoke(root, ["--help"], prog_name="pylon")
    assert top.exit_code == 0 and "bulk" in top.output
    listed = runner.invoke(root, ["bulk", "--help"], prog_name="pylon")
    assert listed.exit_code == 0
    assert {"issues", "contacts", "accounts"} <= set(listed.output.split())
    issues = runner.invoke(root, ["bulk", "issues", "--help"], prog_name="pylon")
    for command in ("update", "tag", "set-state", "assign", "snooze", "note", "create", "delete"):
        assert f"  {command} " in issues.output, command
    update = runner.invoke(root, ["bulk", "issues", "update", "--help"], prog_name="pylon")
    for option in (
        "--where",
        "--ids-from",
        "--from",
        "--set",
        "--dry-run",
        "--journal",
        "--profile",
    ):
        assert option in update.output, option


def test_the_single_object_command_is_left_as_it_was(fresh):
    # `pylon issues update ID` is still one PATCH of one issue; bulk forms live under `pylon bulk`.
    issue = next(iter(fresh.sim.store.collection("issues")))
    result = CliRunner().invoke(
        root, ["issues", "update", issue["id"], "--state", "on_hold", "--base-url", fresh.url],
        prog_name="pylon", env={"PYLON_API_KEY": API_KEY},
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert fresh.sim.store.get("issues", issue["id"])["state"] == "on_hold"
    assert [r.method for r in fresh.sim.requests] == ["PATCH"]


def test_the_pylon_script_runs_a_bulk_tag_by_ids(fresh, tmp_path):
    ids = [i["id"] for i in fresh.sim.store.collection("issues")][:3]
    (tmp_path / "ids.txt").write_text("\n".join(ids) + "\n")
    script = Path(sys.executable).with_name("pylon")  # the console script `make install` writes
    done = subprocess.run(
        [str(script), "bulk", "issues", "tag", "--ids-from", "ids.txt", "--add", "vip",
         "--journal", "run.jsonl", "--base-url", fresh.url],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
        env={"PATH": "/usr/bin:/bin", "PYLON_API_KEY": API_KEY, "HOME": str(tmp_path)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "3 done" in done.stderr and API_KEY not in done.stderr + done.stdout
    assert all("vip" in fresh.sim.store.get("issues", i)["tags"] for i in ids)
    assert (tmp_path / "run.jsonl").exists()


@pytest.mark.parametrize(
    ("args", "bulk"),
    [
        (["issues", "update", "--where", "tags contains spam", "--set", "state=closed"], "pylon bulk issues update --where"),
        (["issues", "update", "ISSUE_ID", "--ids-from", "ids.txt"], "pylon bulk issues update --ids-from"),
        (["contacts", "create", "--from", "contacts.csv"], "pylon bulk contacts create --from"),
    ],
)  # fmt: skip
def test_a_bulk_option_on_a_one_object_command_names_the_bulk_command(fresh, args, bulk):
    from pylon.cli._opcommands import UseBulkCommandError

    result = CliRunner().invoke(
        root, [*args, "--base-url", fresh.url], prog_name="pylon", env={"PYLON_API_KEY": API_KEY}
    )
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)
    (line,) = [x for x in result.output.splitlines() if x.startswith("Error:")]
    assert f"'{bulk} ...'" in line and "acts on one object" in line
    assert list(fresh.sim.requests) == []
    # The typed error, as click raises it before the command runs.
    with pytest.raises(UseBulkCommandError, match="pylon bulk"):
        root.main([*args], prog_name="pylon", standalone_mode=False)


def test_an_option_no_command_has_stays_clicks_own_error(fresh):
    result = CliRunner().invoke(
        root, ["issues", "update", "ID", "--wher", "x"], prog_name="pylon",
        env={"PYLON_API_KEY": API_KEY},
    )  # fmt: skip
    assert result.exit_code == 2 and "No such option '--wher'" in result.output
    assert "pylon bulk" not in result.output
    teams = CliRunner().invoke(root, ["teams", "update", "ID", "--where", "x"], prog_name="pylon")
    assert teams.exit_code == 2 and "No such option '--where'" in teams.output
    assert "pylon bulk" not in teams.output
