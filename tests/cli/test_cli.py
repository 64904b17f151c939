"""The `pylon` command against the served simulator: output, errors, and the key never shown."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from pylon.cli import main
from pylon.testing import seeded_simulator

CANARY = "pylon_CANARY_cli_0123456789abcdef"


@pytest.fixture(scope="module")
def sim_url() -> Iterator[str]:
    sim = seeded_simulator(issues=60, seed=3)
    with sim.serve(port=0) as url:
        yield url


@pytest.fixture
def env(sim_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("PYLON_API_KEY", CANARY)
    monkeypatch.setenv("PYLON_BASE_URL", sim_url)
    return sim_url


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[Any], str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert CANARY not in out and CANARY not in err
    assert CANARY[-12:] not in out + err  # not even a long fragment of it
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    return code, rows, err


def test_me_and_accounts(env: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, rows, _ = run(capsys, "me")
    assert code == 0 and rows[0]["id"]
    code, rows, _ = run(capsys, "accounts", "list", "--max-items", "3")
    assert code == 0 and len(rows) == 3


def test_issues_search_with_the_text_form(env: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, rows, _ = run(
        capsys, "issues", "search", "state in (new, on_hold) and tags contains billing"
    )
    assert code == 0 and rows
    assert all(r["state"] in {"new", "on_hold"} and "billing" in r["tags"] for r in rows)


def test_issues_get_by_number_and_table(env: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, rows, _ = run(capsys, "issues", "get", "1005")
    assert code == 0 and rows[0]["number"] == 1005
    assert main(["--format", "table", "issues", "get", "1005"]) == 0
    header, row = capsys.readouterr().out.splitlines()
    assert header.split() == ["NUMBER", "ID", "TITLE", "STATE", "CREATED_AT"]
    assert row.startswith("1005  ")
    # The global option after the subcommand means the same.
    assert main(["issues", "get", "1005", "--format", "table"]) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("1005  ")


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (["issues", "get", "no-such-issue"], 1, "NotFoundError"),
        (["issues", "search", "state = "], 2, "FilterParseError"),
        (["issues", "search", "state in (open)"], 2, "FilterError"),
    ],
)
def test_errors_are_one_line_on_stderr(
    env: str, capsys: pytest.CaptureFixture[str], argv: list[str], status: int, message: str
) -> None:
    code, rows, err = run(capsys, *argv)
    assert code == status and rows == []
    assert err.startswith("error: ") and message in err
    assert len(err.strip().splitlines()) == 1


def test_config_show_masks_the_key(env: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, rows, _ = run(capsys, "config", "show")
    assert code == 0 and rows[0]["api_key"] == "…cdef" and rows[0]["base_url"] == env


def test_missing_key_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Any
) -> None:
    monkeypatch.delenv("PYLON_API_KEY", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert main(["me"]) == 2
    err = capsys.readouterr().err
    # The three places a key can come from.
    assert "--api-key" in err and "PYLON_API_KEY" in err and "pylon auth login" in err


def test_mock_serve_prints_its_url_and_serves() -> None:
    """`pylon mock serve` as a real process: prints the URL once listening, answers, stops on SIGINT."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "pylon", "mock", "serve", "--port", "0", "--issues", "5"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert line.startswith("Pylon simulator listening on http://127.0.0.1:")
        url = line.rsplit(" ", 1)[-1].strip()
        import httpx

        answer = httpx.get(f"{url}/me", headers={"Authorization": "Bearer t"}, timeout=10)
        assert answer.status_code == 200 and answer.json()["data"]["id"]
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


def test_mock_serve_on_a_busy_port_exits_1_saying_why() -> None:
    """The simulator's own failure code reaches the shell (it used to end 0)."""
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "pylon", "mock", "serve", "--port", str(port), "--empty"],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith("pylon simulator: ") and done.stdout == ""


def test_help_exits_0_with_the_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["issues", "--help"]) == 0
    assert capsys.readouterr().out.startswith("Usage: pylon issues [OPTIONS] COMMAND")
