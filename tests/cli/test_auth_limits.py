"""`pylon auth status` shows the rate limiters: the operations near their limit, and with
`--limits` every operation's. With `PYLON_SHARED_STATE` it sees what other programs sharing the
store used - here a library client that made calls and met a 429 before the command ran."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pylon import Pylon, RateLimitError
from pylon.cli import main
from pylon.testing import seeded_simulator

from .conftest import KEY


def test_status_lists_the_limits_another_client_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = f"sqlite:///{tmp_path / 'limits.db'}"
    sim = seeded_simulator(issues=2, accounts=1, contacts=1, users=1, teams=1)
    with sim.serve(port=0) as url:
        with Pylon(api_key=KEY, base_url=url, shared_state=store, max_retries=0) as other:
            other.tags.list().first_page()
            sim.faults.add(operation="SearchIssues", status=429, headers={"Retry-After": "5"})
            with pytest.raises(RateLimitError):
                other.issues.search(
                    {"field": "state", "operator": "equals", "value": "new"}
                ).first_page()
        monkeypatch.setenv("PYLON_BASE_URL", url)
        monkeypatch.setenv("PYLON_API_KEY", KEY)
        monkeypatch.setenv("PYLON_SHARED_STATE", store)
        code = main(["auth", "status", "--limits"])
    out, err = capsys.readouterr()
    assert code == 0, err
    status = json.loads(out)
    assert status["shared_state"] == "env PYLON_SHARED_STATE" and status["round_trip_ms"] > 0
    assert [line.split(":")[0] for line in status["near_rate_limit"]] == ["SearchIssues"]
    assert "last 429 at" in status["near_rate_limit"][0]
    rows = {row["operation_id"]: row for row in status["rate_limits"]}
    assert rows["GetTags"]["used"] == 1 and rows["GetTags"]["last_429_at"] is None
    assert rows["SearchIssues"]["last_429_retry_after"] == 5.0
    assert rows["SearchIssues"]["next_free_in"] > 0
    assert rows["GetMe"]["used"] == 1  # the status check's own call
    assert KEY not in out + err and KEY[-12:] not in out + err


def test_status_without_limits_keeps_its_short_form(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sim = seeded_simulator(issues=1, accounts=1, contacts=1, users=1, teams=1)
    with sim.serve(port=0) as url:
        monkeypatch.setenv("PYLON_BASE_URL", url)
        monkeypatch.setenv("PYLON_API_KEY", KEY)
        assert main(["auth", "status"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["near_rate_limit"] == [] and "rate_limits" not in status
    assert status["shared_state"] is None


def test_config_show_says_where_the_store_is_set_never_its_url(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PYLON_SHARED_STATE", "redis://:hunter2-store-password@127.0.0.1:1/0")
    assert main(["config", "show"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out)["shared_state_source"] == "env PYLON_SHARED_STATE"
    assert "hunter2" not in out


def test_status_exits_1_with_the_reason_when_pylon_fails(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sim = seeded_simulator(issues=1, accounts=1, contacts=1, users=1, teams=1)
    sim.faults.add(operation="GetMe", status=503)
    with sim.serve(port=0) as url:
        monkeypatch.setenv("PYLON_BASE_URL", url)
        monkeypatch.setenv("PYLON_API_KEY", KEY)
        assert main(["auth", "status"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and f"{url} failed (503)" in err and KEY not in err
