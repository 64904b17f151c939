"""Every script in examples/ runs against the simulator, and what it did is checked in the
simulator's own state (the created issue exists with its tags, the state changed, the webhook
handler ran for the signed delivery only), not just in its output."""

from __future__ import annotations

import runpy
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from ._workspace import EXAMPLE_TIME_SCALE, EXAMPLES, served_example_workspace


@pytest.fixture
def workspace(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    with served_example_workspace(monkeypatch) as sim:
        yield sim


def run(name: str, capsys: pytest.CaptureFixture[str]) -> str:
    runpy.run_path(str(EXAMPLES / name), run_name="__main__")
    return capsys.readouterr().out


def _issues_titled(sim: Any, title: str) -> list[dict[str, Any]]:
    return [r for r in sim.store.collection("issues") if r.get("title") == title]


def test_every_example_is_covered() -> None:
    scripts = {p.name for p in EXAMPLES.glob("*.py")} - {"run_with_simulator.py"}
    assert scripts == {
        "quickstart.py",
        "plan_sync.py",
        "plan_async.py",
        "plan_bound.py",
        "plan_webhooks.py",
        "bulk_changes.py",
    }


def test_quickstart(workspace: Any, capsys: pytest.CaptureFixture[str]) -> None:
    out = run("quickstart.py", capsys)
    assert "Signed in as" in out and "page 2:" in out
    [created] = _issues_titled(workspace, "Webhook retries look duplicated")
    assert created["state"] == "waiting_on_customer"
    assert sorted(created["tags"]) == ["api", "question"]
    assert workspace.stats["CreateIssueReply"] == 1 and workspace.stats["CreateIssueNote"] == 1
    assert "Signed delivery answered 200" in out
    assert "Tampered delivery answered 401" in out


def test_plan_sync(workspace: Any, capsys: pytest.CaptureFixture[str]) -> None:
    out = run("plan_sync.py", capsys)
    [created] = _issues_titled(workspace, "API Integration Question")
    assert sorted(created["tags"]) == ["api", "question"]
    assert created["body_html"] == "<p>How do I authenticate?</p>"
    assert created["account"]["id"] == "acc_123"
    [number_36800] = [r for r in workspace.store.collection("issues") if r["number"] == 36800]
    assert number_36800["state"] == "resolved"
    assert "Found #36800" in out and "is now resolved" in out


def test_plan_async(workspace: Any, capsys: pytest.CaptureFixture[str]) -> None:
    out = run("plan_async.py", capsys)
    lines = [line for line in out.splitlines() if line.startswith("Issue #")]
    assert len(lines) == 5 and all(line.endswith("messages") for line in lines)


def test_plan_bound(workspace: Any, capsys: pytest.CaptureFixture[str]) -> None:
    out = run("plan_bound.py", capsys)
    assert "no endpoint that lists an account's activities" in out
    assert "replied to, assigned and closed" in out
    assert "'open', 'pending' are not a built-in Pylon state" in out
    assert workspace.stats["CreateActivity"] == 1


def test_plan_webhooks(workspace: Any, capsys: pytest.CaptureFixture[str]) -> None:
    out = run("plan_webhooks.py", capsys)
    assert out.count("New issue: Invoice charged twice") == 1  # the signed delivery only
    assert "signed delivery -> 200" in out and "tampered delivery -> 401" in out
    [issue] = _issues_titled(workspace, "Invoice charged twice")
    assert issue["team"]["id"] == "billing_team"


def test_plan_names_live_where_the_plan_says() -> None:
    import pylon
    from pylon import (
        AsyncPylon,
        AsyncPylonClient,
        Pylon,
        PylonAPIError,
        PylonAuthenticationError,
        PylonClient,
        PylonError,
        PylonNotFoundError,
        PylonRateLimitError,
        PylonServerError,
        PylonValidationError,
        filters,
    )
    from pylon.webhooks import WebhookHandler

    assert PylonClient is Pylon and AsyncPylonClient is AsyncPylon
    assert PylonAPIError is pylon.APIError and PylonNotFoundError is pylon.NotFoundError
    assert PylonAuthenticationError is pylon.AuthenticationError
    assert PylonRateLimitError is pylon.RateLimitError and PylonServerError is pylon.ServerError
    assert issubclass(pylon.BadRequestError, PylonValidationError)
    assert issubclass(pylon.UnprocessableEntityError, PylonValidationError)
    assert issubclass(PylonValidationError, PylonError) and issubclass(PylonAPIError, PylonError)
    assert issubclass(filters.FilterError, PylonValidationError)
    assert callable(filters.And) and callable(filters.Field) and callable(WebhookHandler)


def test_bulk_changes(workspace: Any, capsys: pytest.CaptureFixture[str]) -> None:
    # The example's client paces itself to the documented limits over scaled windows (see
    # _workspace); the simulator enforces the same scaled limits here, so the run proves the
    # pacing too: not one 429.
    workspace.rate_limiter.enabled = True
    workspace.rate_limiter.time_scale = EXAMPLE_TIME_SCALE
    on_hold = [i["id"] for i in workspace.store.collection("issues") if i["state"] == "on_hold"]
    assert on_hold
    out = run("bulk_changes.py", capsys)
    assert [r for r in workspace.requests if r.status == 429] == []
    assert workspace.stats["UpdateIssue"] >= len(on_hold) + 5
    assert f"issues.update (dry run): {len(on_hold)} items: {len(on_hold)} planned" in out
    assert f"issues.update: {len(on_hold)} items: {len(on_hold)} done" in out
    issues = {i["id"]: i for i in workspace.store.collection("issues")}
    assert all(issues[i]["state"] == "waiting_on_you" for i in on_hold)
    assert sum("vip" in i["tags"] for i in issues.values()) >= 5
    emails = Counter(c.get("email") for c in workspace.store.collection("contacts"))
    assert emails["grace@example.com"] == emails["alan@example.com"] == 1
