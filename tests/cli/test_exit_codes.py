"""How a `pylon` command ends, run in-process: exit 1 for what the API or the network did, 2 for
settings refused before sending, the error's type and message on one line, a quiet 1 when the
output pipe is closed, and a bug's own traceback rather than a disguised exit code."""

from __future__ import annotations

import io
import os
import sys

import pytest

from pylon.cli import main
from pylon.testing import Simulator

from .conftest import aim_cli_at, served_simulator_fixture

sim_url = served_simulator_fixture(issues=3, seed=5)


@pytest.fixture
def url(sim_url: tuple[Simulator, str], monkeypatch: pytest.MonkeyPatch) -> str:
    aim_cli_at(monkeypatch, sim_url[1])
    return sim_url[1]


def test_a_setting_refused_before_sending_exits_2(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--base-url", "ftp://files.example.com", "me"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert err.startswith("error: PylonConfigError: base_url 'ftp://files.example.com' must be")


def test_a_page_loop_stops_with_exit_1_after_printing_what_came(
    sim_url: tuple[Simulator, str], url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    page = {"data": [{"id": "acc_1"}], "pagination": {"cursor": "c1", "has_next_page": True}}
    sim_url[0].faults.add(operation="GetAccounts", status=200, body=page, times=2)
    assert main(["accounts", "list"]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == ['{"id": "acc_1"}', '{"id": "acc_1"}']  # both pages, as they came
    assert err == (
        "error: PaginationError: GET /accounts: the page says there is a next page but gives a"
        " cursor already used; stopping rather than looping.\n"
    )


def test_a_400_is_an_api_error_exit_1_not_a_usage_error(
    sim_url: tuple[Simulator, str], url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    sim_url[0].faults.add(operation="GetMe", status=400, times=1)
    assert main(["me"]) == 1  # a BadRequestError is also a PylonValidationError
    assert capsys.readouterr().err.startswith("error: BadRequestError: ")


def test_a_bug_in_a_command_is_raised_not_turned_into_an_exit_code(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pylon.cli import _output

    def broken(self: object, value: object) -> None:
        raise RuntimeError("a bug in the printer")

    monkeypatch.setattr(_output.Output, "one", broken)
    with pytest.raises(RuntimeError, match="a bug in the printer"):
        main(["me"])


def test_output_buffered_for_a_closed_pipe_ends_quietly_with_1(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The answer fits in stdout's buffer, so the closed pipe shows only at the final flush."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head -0`
    stdout = io.TextIOWrapper(io.FileIO(write_end, "w"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stdout)
    try:
        assert main(["me"]) == 1
        assert capsys.readouterr().err == ""  # no traceback, no "Exception ignored"
        stdout.write("later output goes nowhere\n")
        stdout.flush()  # stdout now points at the null device: no second BrokenPipeError
    finally:
        stdout.close()
