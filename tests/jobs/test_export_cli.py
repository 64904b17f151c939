"""`pylon export ...` through click's CliRunner against the served simulator."""

from __future__ import annotations

import subprocess
import sys
from functools import partial

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import pylon
from pylon.jobs._cli import export_group

from .conftest import API_KEY


@pytest.fixture(autouse=True)
def no_user_config(tmp_path, monkeypatch):
    # The command line reads profiles from the user's config: keep the tests off the real one.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name in ("PYLON_PROFILE", "PYLON_API_KEY", "PYLON_BASE_URL", "PYLON_REGION"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def no_real_time_limits(monkeypatch):
    # The command builds its client with Pylon's real limits (GetIssueMessages: 20 a minute), and
    # the simulator here has none: exporting 120 issues' messages would wait 6 real minutes.
    monkeypatch.setattr(pylon, "Pylon", partial(pylon.Pylon, rate_limit=False))


def _invoke(served, *args):
    runner = CliRunner()
    return runner.invoke(
        export_group,
        [*args, "--base-url", served.url],
        env={"PYLON_API_KEY": API_KEY},
        catch_exceptions=False,
    )


def test_export_issues_with_messages_filter_and_since(served, tmp_path):
    out = tmp_path / "issues.parquet"
    result = _invoke(
        served,
        "issues",
        "--since",
        "2000-01-01",
        "--filter",
        "state in (new, on_hold)",
        "--with",
        "messages",
        "-o",
        str(out),
    )
    assert result.exit_code == 0, result.output
    expected = {
        r["id"] for r in served.sim.store.collection("issues") if r["state"] in ("new", "on_hold")
    }
    assert set(pq.read_table(out).column("id").to_pylist()) == expected
    assert (tmp_path / "issues.messages.parquet").exists()
    assert "issues:" in result.stderr and "answered 429" in result.stderr
    assert API_KEY not in result.output


def test_export_accounts_to_csv_with_the_format_from_the_name(served, tmp_path):
    out = tmp_path / "accounts.csv"
    result = _invoke(served, "accounts", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert len(out.read_text().splitlines()) == served.sim.count("accounts") + 1


def test_incremental_and_format_option(served, tmp_path):
    result = _invoke(served, "issues", "--incremental", str(tmp_path / "sync"), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "sync" / "issues" / "part-00001.jsonl").exists()


def test_bad_input_exits_2_with_one_line_and_sends_nothing(served, tmp_path):
    before = served.requests()
    for args in (
        ["issues", "-o", str(tmp_path / "x.txt")],
        ["issues", "--with", "nope", "-o", str(tmp_path / "x.csv")],
    ):
        result = _invoke(served, *args)
        assert result.exit_code == 2
        assert "Error:" in result.output
    assert served.requests() == before
    existing = tmp_path / "tags.csv"
    existing.write_text("x")
    result = _invoke(served, "tags", "-o", str(existing))
    assert result.exit_code == 2 and "--overwrite" in result.output
    assert _invoke(served, "tags", "-o", str(existing), "--overwrite").exit_code == 0


def test_a_stopped_export_exits_1_and_says_how_to_resume(served, tmp_path):
    served.sim.faults.add(operation="GetIssueMessages", status=403, after=5)
    try:
        result = _invoke(served, "issues", "--with", "messages", "-o", str(tmp_path / "i.jsonl"))
    finally:
        served.sim.faults.clear()
    assert result.exit_code == 1
    assert "run the same command again to resume" in result.output
    again = _invoke(served, "issues", "--with", "messages", "-o", str(tmp_path / "i.jsonl"))
    assert again.exit_code == 0, again.output


def test_every_collection_is_a_command_with_help():
    runner = CliRunner()
    listing = runner.invoke(export_group, ["--help"])
    for name in ("issues", "accounts", "custom-objects", "survey-responses"):
        assert name in listing.output
    issues_help = runner.invoke(export_group, ["issues", "--help"]).output
    assert "--with" in issues_help and "--incremental" in issues_help and "Examples:" in issues_help
    assert "--with" not in runner.invoke(export_group, ["teams", "--help"]).output


def test_python_dash_m_runs_the_same_group(served, tmp_path):
    out = tmp_path / "teams.jsonl"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pylon.jobs",
            "export",
            "teams",
            "-o",
            str(out),
            "--base-url",
            served.url,
        ],
        env={"PYLON_API_KEY": API_KEY, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert len(out.read_text().splitlines()) == served.sim.count("teams")


def test_pylon_export_is_mounted_in_the_pylon_command(served, tmp_path):
    from pylon.cli import main as pylon_main  # noqa: F401 - the installed `pylon` entry point
    from pylon.cli._root import MOUNTS, _load

    assert _load(MOUNTS["export"]) is export_group
    out = tmp_path / "teams.csv"
    done = subprocess.run(
        [sys.executable, "-m", "pylon", "export", "teams", "-o", str(out), "--base-url", served.url],
        env={"PYLON_API_KEY": API_KEY, "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert len(out.read_text().splitlines()) == served.sim.count("teams") + 1


def test_the_key_and_host_come_from_the_profile_like_every_other_command(served, tmp_path):
    config = tmp_path / "config" / "pylon" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text(f'[profiles.sim]\napi_key = "{API_KEY}"\nbase_url = "{served.url}"\n')
    out = tmp_path / "teams.csv"
    runner = CliRunner()
    result = runner.invoke(export_group, ["teams", "-o", str(out), "--profile", "sim"], env={})
    assert result.exit_code == 0, result.output
    assert len(out.read_text().splitlines()) == served.sim.count("teams") + 1
    assert API_KEY not in result.output
    # Through the `pylon` root, the profile given before the command; -o is the export's file.
    from pylon.cli._root import root

    again = runner.invoke(
        root, ["--profile", "sim", "export", "tags", "-o", str(tmp_path / "tags.jsonl")],
        prog_name="pylon", env={},
    )  # fmt: skip
    assert again.exit_code == 0, again.output
    assert len((tmp_path / "tags.jsonl").read_text().splitlines()) == served.sim.count("tags")
    # Without a profile, a key or PYLON_API_KEY: the command line's one-line usage error.
    missing = runner.invoke(export_group, ["teams", "-o", str(tmp_path / "t2.csv")], env={})
    assert missing.exit_code == 2 and "no Pylon API key" in missing.output
    assert not (tmp_path / "t2.csv").exists()
